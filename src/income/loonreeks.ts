// SPDX-License-Identifier: EUPL-1.2
/**
 * Entered once: the wage series of a case (kind `loonreeks`) holds only the aanvrager's net wages
 * per month and the settings of the comparison, never a copy of the household. The comparison of
 * the three ways of settling bijstand runs it on the profile the server derives from the case
 * (derived.ts). The fields and their Dutch reasons are those of the fluctuating-income scenario.
 */
import { z } from '@hono/zod-openapi';
import type { HouseholdProfile } from './profile';
import { MAX_MAANDEN, MIN_MAANDEN } from './scenarios/fluctuating';
import { bool, cents, int, list, month, obj, opt, parseWith } from './validation';

const nullableCents = () => cents().nullable();

export const LoonreeksSchema = obj({
  startMaand: month(),
  loonPerMaand: list(cents({ max: 10_000_000 }), MIN_MAANDEN, MAX_MAANDEN).openapi({ description: `Netto loon van de aanvrager per maand (${MIN_MAANDEN} tot ${MAX_MAANDEN} maanden), eurocent` }),
  verwachtLoonPerMaand: opt(cents({ max: 10_000_000 }), 'het gemiddelde loon', 'Verwacht loon voor het voorschot, eurocent'),
  loondag: opt(int(1, 31), 25, 'Dag van de maand waarop de werkgever betaalt'),
  betaaldag: opt(int(1, 28), 1, 'Dag van de maand waarop de bijstand wordt betaald'),
  verrekenVertragingMaanden: opt(int(1, 3), 2, 'Maanden tussen een maand en zijn verrekening'),
  maxInhoudingPerMaand: opt(nullableCents(), null, 'Grootste inhouding per betaling; null = geen maximum'),
  bufferMaxPerJaar: opt(nullableCents(), null, 'Jaarmaximum van de buffer; null = geen (100000 = art. 34b)'),
  bufferHerstel: opt(bool(), true, 'Latere nabetalingen vullen eerst de buffer aan'),
  nabetalingNaDagen: opt(int(1, 21), 10, 'Dagen na de loondag dat de nabetaling volgt (Drechtsteden)'),
}).openapi('Loonreeks', { description: 'Wisselend loon van de aanvrager per maand, zonder huishouden: het huishouden komt uit de casus', example: { startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] } });
export type Loonreeks = z.output<typeof LoonreeksSchema>;

export function parseLoonreeks(input: unknown): Loonreeks {
  return parseWith(LoonreeksSchema, input);
}

/** The fluctuating-income scenario's input: the series on the derived profile (validated again by its parser). */
export function fluctuatingInputFor(profiel: HouseholdProfile, reeks: Loonreeks): Record<string, unknown> {
  return { profiel, ...reeks };
}
