// SPDX-License-Identifier: EUPL-1.2
/** Kinderbijslag 2026 rule cases: per quarter, age on the first day of the quarter. */
import type { RuleCase } from '../../testing/rule-cases';

export interface KbCase {
  datum: string;
  geboortedata: string[];
}

export const KINDERBIJSLAG_CASES: RuleCase<KbCase>[] = [
  // 29507 / 3 = 9835.67 -> 9836
  { naam: 'kind van 5 in het eerste kwartaal', invoer: { datum: '2026-02-10', geboortedata: ['2020-06-10'] }, verwacht: { perKwartaal: 29507, perMaandGemiddeld: 9836 } },
  { naam: 'kind dat op de eerste dag van het kwartaal 6 wordt krijgt het bedrag 6-11', invoer: { datum: '2026-01-15', geboortedata: ['2020-01-01'] }, verwacht: { perKwartaal: 35830 } },
  { naam: 'kind dat op de tweede dag van het kwartaal 6 wordt houdt het bedrag 0-5', invoer: { datum: '2026-01-15', geboortedata: ['2020-01-02'] }, verwacht: { perKwartaal: 29507 } },
  { naam: 'kind van 12 in het derde kwartaal krijgt het julibedrag', invoer: { datum: '2026-08-01', geboortedata: ['2014-02-01'] }, verwacht: { perKwartaal: 42629 } },
  { naam: 'kind geboren op de eerste dag van het kwartaal telt mee', invoer: { datum: '2026-01-20', geboortedata: ['2026-01-01'] }, verwacht: { kinderen: 1, perKwartaal: 29507 } },
  { naam: 'kind geboren na de eerste dag telt pas het volgende kwartaal', invoer: { datum: '2026-03-31', geboortedata: ['2026-01-02'] }, verwacht: { kinderen: 0, perKwartaal: 0 } },
  { naam: 'kind geboren in januari telt in het tweede kwartaal', invoer: { datum: '2026-04-01', geboortedata: ['2026-01-02'] }, verwacht: { kinderen: 1, perKwartaal: 29507 } },
  { naam: 'kind dat op de eerste dag van het kwartaal 18 is telt niet', invoer: { datum: '2026-02-01', geboortedata: ['2008-01-01'] }, verwacht: { kinderen: 0 } },
  { naam: 'kind dat in het kwartaal 18 wordt telt nog het hele kwartaal', invoer: { datum: '2026-02-01', geboortedata: ['2008-01-02'] }, verwacht: { kinderen: 1, perKwartaal: 42153 } },
  // 29507 + 35830 + 42153 = 107490; /3 = 35830
  { naam: 'drie kinderen in drie leeftijdsgroepen', invoer: { datum: '2026-03-01', geboortedata: ['2022-05-05', '2017-05-05', '2011-05-05'] }, verwacht: { kinderen: 3, perKwartaal: 107490, perMaandGemiddeld: 35830 } },
  // 2025
  { naam: '2025 eerste kwartaal: kind van 7 krijgt €347,83', invoer: { datum: '2025-02-01', geboortedata: ['2017-05-05'] }, verwacht: { kinderen: 1, perKwartaal: 34783 } },
  { naam: '2025 derde kwartaal: kind van 7 krijgt €353,95', invoer: { datum: '2025-08-01', geboortedata: ['2018-05-05'] }, verwacht: { kinderen: 1, perKwartaal: 35395 } },
  { naam: '2025 eerste kwartaal: kind van 3 krijgt 70% van het basisbedrag, €286,45', invoer: { datum: '2025-02-01', geboortedata: ['2021-05-05'] }, verwacht: { perKwartaal: 28645 } },
];
