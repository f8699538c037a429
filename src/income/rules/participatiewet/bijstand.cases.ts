// SPDX-License-Identifier: EUPL-1.2
/**
 * Rule cases for bijstand (Participatiewet). Expected amounts worked out by hand from
 * /work/shared/reference/nl-income-rules.json; the arithmetic is in the comment of each case.
 * Date 2026-03-01 unless stated.
 */
import type { RuleCase } from '../../testing/rule-cases';
import type { BijstandInput, VrijlatingRegime } from './bijstand';

export interface BijstandCaseInput extends Partial<BijstandInput> {
  datum?: string;
  regime?: VrijlatingRegime;
}

export const BIJSTAND_CASES: RuleCase<BijstandCaseInput>[] = [
  // Norms (art. 20-22)
  { naam: 'alleenstaande van 30 zonder inkomen krijgt de volle norm', invoer: {}, verwacht: { norm: 140150, bijstand: 140150, vakantietoeslag: 6727, uitbetaling: 133423 } }, // 140150 * 0.048 = 6727.2 -> 6727; 140150 - 6727 = 133423
  { naam: 'gehuwden van 35 en 33 zonder inkomen krijgen de gehuwdennorm', invoer: { kind: 'gehuwden', ageA: 35, ageP: 33 }, verwacht: { norm: 200213, vakantietoeslag: 9610 } }, // 200213 * 0.048 = 9610.2 -> 9610
  { naam: 'alleenstaande ouder van 30 krijgt dezelfde norm als een alleenstaande', invoer: { kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 4 }, verwacht: { norm: 140150 } },
  { naam: 'alleenstaande van 68 krijgt de AOW-norm', invoer: { ageA: 68 }, verwacht: { norm: 156469 } },
  { naam: 'alleenstaande van 66 krijgt nog de norm 21 tot AOW', invoer: { ageA: 66 }, verwacht: { norm: 140150 } },
  { naam: 'gehuwden van 68 en 60 krijgen de norm met één AOW-gerechtigde', invoer: { kind: 'gehuwden', ageA: 68, ageP: 60 }, verwacht: { norm: 214416 } },
  { naam: 'alleenstaande van 20 krijgt de jongerennorm', invoer: { ageA: 20 }, verwacht: { norm: 34599 } },
  { naam: 'alleenstaande van 20 wiens ouders niet kunnen bijdragen krijgt de verhoging', invoer: { ageA: 20, oudersKunnenNietBijdragen: true }, verwacht: { norm: 109244 } }, // 34599 + 74645 = 109244 (< 140150, cap not reached)
  { naam: 'alleenstaande van 21 krijgt de volwassennorm', invoer: { ageA: 21 }, verwacht: { norm: 140150 } },
  { naam: 'gehuwden van 19 en 25 zonder kinderen', invoer: { kind: 'gehuwden', ageA: 25, ageP: 19 }, verwacht: { norm: 134706 } },
  { naam: 'gehuwden van 19 en 20 met kinderen', invoer: { kind: 'gehuwden', ageA: 20, ageP: 19, hasChildren: true, youngestChildAge: 1 }, verwacht: { norm: 109241 } },
  { naam: 'alleenstaande van 30 op 1 juli 2026 krijgt de geïndexeerde norm', invoer: { datum: '2026-07-01' }, verwacht: { norm: 141946 } },
  { naam: 'alleenstaande van 30 op 30 juni 2026 krijgt nog de januarinorm', invoer: { datum: '2026-06-30' }, verwacht: { norm: 140150 } },
  // Kostendelersnorm (art. 22a): B x (40 + 30A) / (100A), half up
  { naam: 'alleenstaande van 30 met 1 kostendeler krijgt de helft van de gehuwdennorm', invoer: { kostendelers: 1 }, verwacht: { norm: 100107 } }, // 200213 * 100 / 200 = 100106.5 -> 100107
  { naam: 'alleenstaande van 30 met 2 kostendelers', invoer: { kostendelers: 2 }, verwacht: { norm: 86759 } }, // 200213 * 130 / 300 = 86758.97 -> 86759
  { naam: 'alleenstaande van 30 met 3 kostendelers', invoer: { kostendelers: 3 }, verwacht: { norm: 80085 } }, // 200213 * 160 / 400 = 80085.2 -> 80085
  { naam: 'alleenstaande van 30 met 5 kostendelers', invoer: { kostendelers: 5 }, verwacht: { norm: 73411 } }, // 200213 * 220 / 600 = 73411.43 -> 73411
  { naam: 'gehuwden van 35 en 33 met 1 kostendeler', invoer: { kind: 'gehuwden', ageA: 35, ageP: 33, kostendelers: 1 }, verwacht: { norm: 173518 } }, // A=3: 2 x 86759 = 173518
  { naam: 'alleenstaande van 68 met 1 kostendeler rekent met de AOW-gehuwdennorm', invoer: { ageA: 68, kostendelers: 1 }, verwacht: { norm: 107208 } }, // 214416 * 100 / 200 = 107208
  { naam: 'alleenstaande van 20 met een kostendeler houdt de jongerennorm', invoer: { ageA: 20, kostendelers: 2 }, verwacht: { norm: 34599 } },
  { naam: 'gehuwden van 19 en 25 met 2 kostendelers: kostendelersnorm oudere plus vast bedrag', invoer: { kind: 'gehuwden', ageA: 25, ageP: 19, kostendelers: 2 }, verwacht: { norm: 121358 } }, // A=3: 86759 + 34599 = 121358
  { naam: 'alleenstaande van 30 met 1 kostendeler op 1 juli 2026', invoer: { kostendelers: 1, datum: '2026-07-01' }, verwacht: { norm: 101390 } }, // 202779 / 2 = 101389.5 -> 101390
  // Verrekening and vrijlating (art. 31 lid 2 onder n, r, y; lid 5)
  { naam: 'alleenstaande van 30 met €400 loon in de eerste maand houdt 25% vrij', invoer: { loonA: 40000 }, verwacht: { counted: 30000, bijstand: 110150 } }, // 40000*0.25 = 10000; 140150 - 30000 = 110150
  { naam: 'alleenstaande van 30 met €1.500 loon: vrijlating begrensd op €285', invoer: { loonA: 150000 }, verwacht: { counted: 121500, bijstand: 18650 } }, // 37500 > 28500; 150000 - 28500 = 121500; 140150 - 121500 = 18650
  { naam: 'alleenstaande van 30 in de zevende maand met loon: algemene vrijlating is op', invoer: { loonA: 40000, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 100150 } }, // 140150 - 40000
  { naam: 'alleenstaande van 30 in de zesde maand met loon heeft nog vrijlating', invoer: { loonA: 40000, vrijA: { nUsed: 5, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 110150 } },
  { naam: 'alleenstaande van 26 krijgt geen algemene vrijlating', invoer: { ageA: 26, loonA: 40000 }, verwacht: { bijstand: 100150 } }, // art. 31 lid 5
  { naam: 'alleenstaande van 27 krijgt wel algemene vrijlating', invoer: { ageA: 27, loonA: 40000 }, verwacht: { bijstand: 110150 } },
  { naam: 'vrijlating wordt half naar boven afgerond: €400,02 loon', invoer: { loonA: 40002 }, verwacht: { counted: 30001, bijstand: 110149 } }, // 40002*0.25 = 10000.5 -> 10001; 40002 - 10001 = 30001
  { naam: 'vrijlating wordt afgerond: €400,01 loon', invoer: { loonA: 40001 }, verwacht: { counted: 30001, bijstand: 110149 } }, // 10000.25 -> 10000
  { naam: 'alleenstaande ouder na de algemene vrijlating krijgt 12,5%', invoer: { kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 5, loonA: 40000, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 105150 } }, // 40000*0.125 = 5000; 140150 - 35000
  { naam: 'alleenstaande ouder: vrijlating onder r begrensd op €177,66', invoer: { kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 5, loonA: 150000, vrijA: { nUsed: 6, rUsed: 10, pibUsed: 0 } }, verwacht: { bijstand: 7916 } }, // 18750 > 17766; 150000 - 17766 = 132234; 140150 - 132234 = 7916
  { naam: 'alleenstaande ouder na 30 maanden onder r krijgt geen vrijlating meer', invoer: { kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 5, loonA: 40000, vrijA: { nUsed: 6, rUsed: 30, pibUsed: 0 } }, verwacht: { bijstand: 100150 } },
  { naam: 'alleenstaande ouder met jongste kind van 12 krijgt geen vrijlating onder r', invoer: { kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 12, loonA: 40000, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 100150 } },
  { naam: 'medisch urenbeperkte na de algemene vrijlating houdt 15% vrij', invoer: { medischA: true, loonA: 40000, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 106150 } }, // 40000*0.15 = 6000; 140150 - 34000
  { naam: 'alleenstaande van 68 met loon houdt 25% vrij zonder termijn', invoer: { ageA: 68, loonA: 40000, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 126469 } }, // 156469 - (40000 - 10000)
  { naam: 'overig netto inkomen wordt volledig verrekend', invoer: { overig: 50000 }, verwacht: { bijstand: 90150 } },
  { naam: 'netto loon €1 onder de norm geeft €0,01 bijstand', invoer: { loonA: 140149, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 1 } },
  { naam: 'netto loon gelijk aan de norm geeft geen bijstand', invoer: { loonA: 140150, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 0 } },
  { naam: 'netto loon boven de norm geeft geen bijstand', invoer: { loonA: 140151, vrijA: { nUsed: 6, rUsed: 0, pibUsed: 0 } }, verwacht: { bijstand: 0 } },
  { naam: 'gehuwden: loon van beide partners wordt verrekend met ieders vrijlating', invoer: { kind: 'gehuwden', ageA: 35, ageP: 33, loonA: 40000, loonP: 20000 }, verwacht: { counted: 45000, bijstand: 155213 } }, // 30000 + 15000 = 45000; 200213 - 45000
  // Vermogen (art. 34)
  { naam: 'alleenstaande met vermogen precies op de grens houdt recht', invoer: { vermogen: 800000 }, verwacht: { bijstand: 140150 } },
  { naam: 'alleenstaande met €0,01 boven de vermogensgrens heeft geen recht', invoer: { vermogen: 800001 }, verwacht: { bijstand: 0, vermogenBoven: true } },
  { naam: 'alleenstaande ouder heeft de hogere vermogensgrens', invoer: { kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 3, vermogen: 1600000 }, verwacht: { bijstand: 140150 } },
  // Participatiewet in balans (art. 34a), applied early by the municipality in the toleration year 2026:
  // only for people under 27 (reference participatiewet.vrijlating.pib_2027 notes); from 27 the 2026 law (art. 31) applies.
  { naam: 'bijverdiengrens in balans: 15% zonder maximum (24 jaar, gedoogjaar)', invoer: { regime: 'participatiewet-in-balans', ageA: 24, loonA: 160000 }, verwacht: { bijstand: 4150, vrijA: { kind: 'pib', amount: 24000 } } }, // 160000*0.15 = 24000 (no cap); 140150 - 136000
  { naam: 'bijverdiengrens in balans geldt onder 27', invoer: { regime: 'participatiewet-in-balans', ageA: 24, loonA: 40000 }, verwacht: { bijstand: 106150 } }, // 140150 - 34000
  { naam: 'gedoogjaar 2026: op 26 jaar geldt de bijverdiengrens in balans (15%)', invoer: { regime: 'participatiewet-in-balans', ageA: 26, loonA: 40000 }, verwacht: { bijstand: 106150, vrijA: { kind: 'pib', amount: 6000 } } }, // 140150 - (40000 - 6000)
  { naam: 'gedoogjaar 2026: op 27 jaar geldt nog art. 31 lid 2 onder n (25%)', invoer: { regime: 'participatiewet-in-balans', ageA: 27, loonA: 40000 }, verwacht: { bijstand: 110150, vrijA: { kind: 'n', amount: 10000 } } }, // 140150 - (40000 - 10000)
  { naam: 'gedoogjaar 2026: 35 jaar met €600 netto loon houdt €150 vrij, niet €90', invoer: { regime: 'participatiewet-in-balans', ageA: 35, loonA: 60000 }, verwacht: { bijstand: 95150, vrijA: { kind: 'n', amount: 15000 } } }, // 25% of 60000 = 15000 <= 28500; 140150 - 45000
  { naam: 'bijverdiengrens in balans is op na 12 maanden', invoer: { regime: 'participatiewet-in-balans', ageA: 24, loonA: 40000, vrijA: { nUsed: 0, rUsed: 0, pibUsed: 12 } }, verwacht: { bijstand: 100150 } },
  { naam: 'gedoogjaar 2026 met de AOW-leeftijd: art. 31 lid 2 onder n, 25% tot €285', invoer: { regime: 'participatiewet-in-balans', ageA: 70, loonA: 100000 }, verwacht: { bijstand: 81469, vrijA: { kind: 'aow', amount: 25000 } } }, // 25000 <= 28500; 156469 - (100000 - 25000)
  // 2025 (reference nl-income-rules-2025.json), for look-backs to 1 January 2025
  { naam: '2025 eerste halfjaar: alleenstaande van 30 zonder inkomen krijgt €1.345,45', invoer: { datum: '2025-03-01' }, verwacht: { norm: 134545, bijstand: 134545 } },
  { naam: '2025 tweede halfjaar: alleenstaande van 30 zonder inkomen krijgt €1.369,06', invoer: { datum: '2025-09-01' }, verwacht: { norm: 136906, bijstand: 136906 } },
  { naam: '2025: algemene vrijlating 25% van €400 loon', invoer: { datum: '2025-03-01', loonA: 40000 }, verwacht: { bijstand: 104545 } }, // 134545 - (40000 - 10000)
  { naam: '2025 eerste halfjaar: algemene vrijlating begrensd op €273', invoer: { datum: '2025-03-01', loonA: 120000 }, verwacht: { bijstand: 41845, vrijA: { kind: 'n', amount: 27300 } } }, // 134545 - (120000 - 27300)
  { naam: '2025 tweede halfjaar: algemene vrijlating begrensd op €278', invoer: { datum: '2025-09-01', loonA: 120000 }, verwacht: { bijstand: 44706, vrijA: { kind: 'n', amount: 27800 } } }, // 136906 - (120000 - 27800)
  { naam: '2025: alleenstaande ouder onder r begrensd op €170,61', invoer: { datum: '2025-03-01', kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 5, loonA: 150000, vrijA: { nUsed: 6, rUsed: 10, pibUsed: 0 } }, verwacht: { bijstand: 1606 } }, // 18750 > 17061; 134545 - (150000 - 17061)
  { naam: '2025: kostendelersnorm met twee kostendelers (A = 3) is €832,90', invoer: { datum: '2025-03-01', kostendelers: 2 }, verwacht: { norm: 83290 } }, // 192207 x 130 / 300 = 83289.7 -> 83290 (reference per_persoon_A3)
  { naam: '2025: vermogen €0,01 boven de grens van €7.770 geeft geen bijstand', invoer: { datum: '2025-03-01', vermogen: 777001 }, verwacht: { bijstand: 0, vermogenBoven: true } },
  { naam: '2025: vermogen precies op de grens van €7.770 houdt recht', invoer: { datum: '2025-03-01', vermogen: 777000 }, verwacht: { bijstand: 134545 } },
];
