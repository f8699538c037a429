// SPDX-License-Identifier: EUPL-1.2
/**
 * Zorgtoeslag 2026 rule cases. Scaled integer arithmetic: year x 100000 =
 * S*100000 - p*D - 13730*(Y - D), with p = 1912 (single) / 4289 (partner) and the statutory
 * drempelinkomen D = 2973542 (art. 1 lid 1 onder f: 1.08 x 12 x 2,294.40 = 29,735.42).
 * 1912 * 2973542 = 5685412304; 4289 * 2973542 = 12753521638.
 * The yearly amount is reported to the cent; the monthly advance = floor(round(year in euros) / 12).
 */
import type { RuleCase } from '../../testing/rule-cases';
import type { ZorgtoeslagInput } from './zorgtoeslag';

export const ZORGTOESLAG_CASES: RuleCase<Partial<ZorgtoeslagInput> & { datum?: string }>[] = [
  // (21190000000 - 5685412304) / 1e5 = 155045.88 cents; euros 1550; 1550 / 12 = 129.17 -> 129
  { naam: 'alleenstaande zonder inkomen krijgt de maximale zorgtoeslag van €129 per maand en €1.550,46 per jaar', invoer: {}, verwacht: { perJaar: 155046, perMaand: 12900 } },
  // (42380000000 - 12753521638) / 1e5 = 296264.78 cents; euros 2963; 2963 / 12 = 246.9 -> 246
  { naam: 'met toeslagpartner zonder inkomen is de maximale zorgtoeslag €246 per maand en €2.962,65 per jaar', invoer: { hasPartner: true }, verwacht: { perJaar: 296265, perMaand: 24600 } },
  { naam: 'alleenstaande met inkomen gelijk aan het wettelijke drempelinkomen €29.735,42 krijgt nog het maximum', invoer: { toetsingsinkomen: 2973542 }, verwacht: { perJaar: 155046, perMaand: 12900 } },
  // the published rounded 29,736 is 58 cents above the statutory drempel: 155045.87696 - 0.1373 * 58 = 155037.91 -> 155038
  { naam: 'alleenstaande met inkomen €29.736 (de afgeronde publicatie) ligt al €0,58 boven het drempelinkomen', invoer: { toetsingsinkomen: 2973600 }, verwacht: { perJaar: 155038, perMaand: 12900 } },
  // 155045.87696 - 0.1373 * 100000 = 141315.88 -> 141316; euros 1413; /12 = 117.75 -> 117
  { naam: 'alleenstaande met €1.000 boven het drempelinkomen', invoer: { toetsingsinkomen: 3073542 }, verwacht: { perJaar: 141316, perMaand: 11700 } },
  // 15504587696 - 13730*1112133 = 235001606 -> 2350.02 cents -> 23.50 euro -> 24 euro >= Awir minimum 24; 24/12 = 2
  { naam: 'alleenstaande net onder de inkomensgrens krijgt nog €2 per maand', invoer: { toetsingsinkomen: 2973542 + 1112133 }, verwacht: { perJaar: 2350, perMaand: 200 } },
  // 15504587696 - 13730*1112134 = 234987876 -> 23.4988 euro -> 23 euro < 24: not paid (published limit EUR 40,857)
  { naam: 'alleenstaande net boven de inkomensgrens krijgt niets (Awir-minimum)', invoer: { toetsingsinkomen: 2973542 + 1112134 }, verwacht: { perJaar: 0, perMaand: 0 } },
  { naam: 'alleenstaande met vermogen op de grens houdt recht', invoer: { vermogen: 14601100 }, verwacht: { perMaand: 12900 } },
  { naam: 'alleenstaande met vermogen boven de grens heeft geen recht', invoer: { vermogen: 14601101 }, verwacht: { perMaand: 0 } },
  { naam: 'met toeslagpartner geldt de hogere vermogensgrens', invoer: { hasPartner: true, vermogen: 18463300 }, verwacht: { perMaand: 24600 } },
  // 2025: S = 2112, D = 2840573 (1.08 x 12 x 2,191.80), p = 1.896% / 4.273%, afbouw 13.70%
  // 21120000000 - 1896 x 2840573 = 15734273592 -> 157342.74 cents (reference: EUR 1,573.43); euros 1573 / 12 = 131.08 -> 131
  { naam: '2025: alleenstaande zonder inkomen krijgt €131 per maand en €1.573,43 per jaar', invoer: { datum: '2025-06-01' }, verwacht: { perJaar: 157343, perMaand: 13100 } },
  // 42240000000 - 4273 x 2840573 = 30102231571 -> 301022.32 (reference: EUR 3,010.22); euros 3010 / 12 = 250.8 -> 250
  { naam: '2025: met toeslagpartner zonder inkomen €250 per maand en €3.010,22 per jaar', invoer: { datum: '2025-06-01', hasPartner: true }, verwacht: { perJaar: 301022, perMaand: 25000 } },
  // 15734273592 - 13700 x 100000 = 14364273592 -> 143642.74 -> 143643; euros 1436 / 12 = 119.67 -> 119
  { naam: '2025: alleenstaande €1.000 boven het drempelinkomen', invoer: { datum: '2025-06-01', toetsingsinkomen: 2840573 + 100000 }, verwacht: { perJaar: 143643, perMaand: 11900 } },
  { naam: '2025: vermogen boven €141.896 geeft geen zorgtoeslag', invoer: { datum: '2025-06-01', vermogen: 14189601 }, verwacht: { perMaand: 0 } },
];
