// SPDX-License-Identifier: EUPL-1.2
/**
 * Zorgtoeslag 2026 rule cases. Scaled integer arithmetic: year x 100000 =
 * S*100000 - p*D - 13730*(Y - D), with p = 1912 (single) / 4289 (partner), D = 2973600.
 * 1912 * 2973600 = 5685523200; 4289 * 2973600 = 12753770400.
 */
import type { RuleCase } from '../../testing/rule-cases';
import type { ZorgtoeslagInput } from './zorgtoeslag';

export const ZORGTOESLAG_CASES: RuleCase<Partial<ZorgtoeslagInput>>[] = [
  // (21190000000 - 5685523200) / 1e5 = 155044.77 cents -> 1550 euro; 1550 / 12 = 129.17 -> 129
  { naam: 'alleenstaande zonder inkomen krijgt de maximale zorgtoeslag van €129', invoer: {}, verwacht: { perJaar: 155000, perMaand: 12900 } },
  // (42380000000 - 12753770400) / 1e5 = 296262.30 -> 2963 euro; 2963 / 12 = 246.9 -> 246
  { naam: 'met toeslagpartner zonder inkomen is de maximale zorgtoeslag €246', invoer: { hasPartner: true }, verwacht: { perJaar: 296300, perMaand: 24600 } },
  { naam: 'alleenstaande met inkomen gelijk aan het drempelinkomen krijgt nog het maximum', invoer: { toetsingsinkomen: 2973600 }, verwacht: { perMaand: 12900 } },
  // 155044.77 - 0.1373 * 100000 = 141314.77 -> 1413 euro; /12 = 117.75 -> 117
  { naam: 'alleenstaande met €1.000 boven het drempelinkomen', invoer: { toetsingsinkomen: 3073600 }, verwacht: { perJaar: 141300, perMaand: 11700 } },
  // 15504476800 - 13730*1112125 = 235000550 -> 23.50006 euro -> 24 euro >= Awir minimum 24; 24/12 = 2
  { naam: 'alleenstaande net onder de inkomensgrens krijgt nog €2 per maand', invoer: { toetsingsinkomen: 2973600 + 1112125 }, verwacht: { perJaar: 2400, perMaand: 200 } },
  // 15504476800 - 13730*1112126 = 234986820 -> 23.4987 euro -> 23 euro < 24: not paid (published limit EUR 40,857)
  { naam: 'alleenstaande net boven de inkomensgrens krijgt niets (Awir-minimum)', invoer: { toetsingsinkomen: 2973600 + 1112126 }, verwacht: { perJaar: 0, perMaand: 0 } },
  { naam: 'alleenstaande met vermogen op de grens houdt recht', invoer: { vermogen: 14601100 }, verwacht: { perMaand: 12900 } },
  { naam: 'alleenstaande met vermogen boven de grens heeft geen recht', invoer: { vermogen: 14601101 }, verwacht: { perMaand: 0 } },
  { naam: 'met toeslagpartner geldt de hogere vermogensgrens', invoer: { hasPartner: true, vermogen: 18463300 }, verwacht: { perMaand: 24600 } },
];
