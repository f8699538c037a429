// SPDX-License-Identifier: EUPL-1.2
/**
 * Kindgebonden budget 2026 rule cases, calculation month March 2026 unless `maand` is given.
 * Month index = y*12 + (m-1). Per child 2580, 12-15 +724, 16-17 +964, ALO-kop 3416,
 * statutory drempel 29,735.42 (art. 1 lid 1 onder d; +9,405 with partner), afbouw 7.6%.
 */
import type { RuleCase } from '../../testing/rule-cases';

export interface KgbCase {
  maand?: string;
  hasPartner?: boolean;
  alleenstaandeOuder?: boolean;
  geboortes: string[]; // children's birth months YYYY-MM
  toetsingsinkomen?: number;
  vermogen?: number;
}

export const KGB_CASES: RuleCase<KgbCase>[] = [
  // 258000 + 341600 = 599600 per year; 599600 / 12 = 49966.67 -> 49966
  { naam: 'alleenstaande ouder met één kind van 5 zonder inkomen', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'] }, verwacht: { perJaar: 599600, perMaand: 49966 } },
  // 2*258000 + 72400 = 588400; /12 = 49033.33 -> 49033
  { naam: 'gehuwden met kinderen van 8 en 13', invoer: { hasPartner: true, geboortes: ['2017-11', '2012-09'] }, verwacht: { perJaar: 588400, perMaand: 49033 } },
  { naam: 'kind dat deze maand 12 wordt krijgt de verhoging nog niet', invoer: { hasPartner: true, geboortes: ['2014-03'] }, verwacht: { perJaar: 258000 } },
  { naam: 'kind krijgt de verhoging 12-15 de maand na de 12e verjaardag', invoer: { maand: '2026-04', hasPartner: true, geboortes: ['2014-03'] }, verwacht: { perJaar: 330400 } }, // 258000 + 72400
  { naam: 'kind van 16 krijgt de hoogste verhoging', invoer: { hasPartner: true, geboortes: ['2009-12'] }, verwacht: { perJaar: 354400 } }, // 258000 + 96400
  { naam: 'kind geboren in de rekenmaand telt nog niet mee', invoer: { hasPartner: true, geboortes: ['2026-03'] }, verwacht: { kinderen: 0, perJaar: 0 } },
  { naam: 'kind geboren vorige maand telt mee', invoer: { hasPartner: true, geboortes: ['2026-02'] }, verwacht: { kinderen: 1, perJaar: 258000 } },
  { naam: 'kind dat deze maand 18 wordt telt nog mee', invoer: { hasPartner: true, geboortes: ['2008-03'] }, verwacht: { kinderen: 1, perJaar: 354400 } },
  { naam: 'kind dat vorige maand 18 werd telt niet meer mee', invoer: { hasPartner: true, geboortes: ['2008-02'] }, verwacht: { kinderen: 0, perJaar: 0 } },
  // drempel 2973542 + 940500 = 3914042; over 100000: 7600 -> 588400 - 7600 = 580800
  { naam: 'gehuwden €1.000 boven de verhoogde drempel', invoer: { hasPartner: true, geboortes: ['2017-11', '2012-09'], toetsingsinkomen: 3914042 + 100000 }, verwacht: { perJaar: 580800, perMaand: 48400 } },
  { naam: 'gehuwden precies op de verhoogde drempel krijgen het maximum', invoer: { hasPartner: true, geboortes: ['2017-11', '2012-09'], toetsingsinkomen: 3914042 }, verwacht: { perJaar: 588400 } },
  // 599600 - 1000000*0.076 = 523600; /12 = 43633.33 -> 43633
  { naam: 'alleenstaande ouder €10.000 boven de drempel', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'], toetsingsinkomen: 3973542 }, verwacht: { perJaar: 523600, perMaand: 43633 } },
  // 599600 - 7*0.076 = 599599.468 -> 599599; /12 = 49966.58 -> 49966
  { naam: 'jaarbedrag wordt op centen afgerond: €0,07 boven de drempel', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'], toetsingsinkomen: 2973549 }, verwacht: { perJaar: 599599, perMaand: 49966 } },
  // 599600 - 1*0.076 = 599599.924 -> 599600
  { naam: 'jaarbedrag wordt half naar boven afgerond: €0,01 boven de drempel', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'], toetsingsinkomen: 2973543 }, verwacht: { perJaar: 599600 } },
  // 58 cents above the statutory drempel: 599600 - 58*0.076 = 599595.592 -> 599596 (with the published 29,736 it was the maximum)
  { naam: 'inkomen €29.736 ligt boven het wettelijke drempelinkomen €29.735,42 en bouwt al af', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'], toetsingsinkomen: 2973600 }, verwacht: { perJaar: 599596 } },
  { naam: 'hoog inkomen bouwt het budget volledig af', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'], toetsingsinkomen: 12000000 }, verwacht: { perJaar: 0, perMaand: 0 } },
  { naam: 'vermogen boven de grens zonder partner geeft geen budget', invoer: { alleenstaandeOuder: true, geboortes: ['2020-06'], vermogen: 14601101 }, verwacht: { perJaar: 0 } },
  { naam: 'gehuwden krijgen geen alleenstaande-ouderkop', invoer: { hasPartner: true, alleenstaandeOuder: true, geboortes: ['2020-06'] }, verwacht: { perJaar: 258000 } },
  // 2025: per child 2511, 12-15 +703, ALO-kop 3389, drempel 28,405.73 (+9,139 with partner), afbouw 7.1%
  // 251100 + 338900 = 590000; /12 = 49166.67 -> 49166
  { naam: '2025: alleenstaande ouder met één kind van 5 zonder inkomen', invoer: { maand: '2025-03', alleenstaandeOuder: true, geboortes: ['2020-06'] }, verwacht: { perJaar: 590000, perMaand: 49166 } },
  // 2 x 251100 + 70300 = 572500; /12 = 47708.33 -> 47708
  { naam: '2025: gehuwden met kinderen van 8 en 13', invoer: { maand: '2025-03', hasPartner: true, geboortes: ['2016-11', '2011-09'] }, verwacht: { perJaar: 572500, perMaand: 47708 } },
  // drempel 2840573 + 913900 = 3754473; 100000 above: 7100 -> 565400; /12 = 47116.67 -> 47116
  { naam: '2025: gehuwden €1.000 boven de verhoogde drempel', invoer: { maand: '2025-03', hasPartner: true, geboortes: ['2016-11', '2011-09'], toetsingsinkomen: 3754473 + 100000 }, verwacht: { perJaar: 565400, perMaand: 47116 } },
];
