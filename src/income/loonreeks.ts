// SPDX-License-Identifier: EUPL-1.2
/**
 * Entered once: the wage series of a case (kind `loonreeks`) holds only the aanvrager's net wages
 * per month and the settings of the comparison, never a copy of the household. The comparison of
 * the three ways of settling bijstand runs it on the profile the server derives from the case
 * (derived.ts). The fields and their Dutch reasons are those of the fluctuating-income scenario.
 */
import { z } from '@hono/zod-openapi';
import type { HouseholdProfile } from './profile';
import { MAX_MAANDEN, MIN_MAANDEN, REGIME_SETTINGS } from './scenarios/fluctuating';
import { cents, list, month, obj, parseWith } from './validation';


export const LoonreeksSchema = obj({
  startMaand: month(),
  loonPerMaand: list(cents({ max: 10_000_000 }), MIN_MAANDEN, MAX_MAANDEN).openapi({ description: `Netto loon van de aanvrager per maand (${MIN_MAANDEN} tot ${MAX_MAANDEN} maanden), eurocent` }),
  ...REGIME_SETTINGS,
}).openapi('Loonreeks', { description: 'Wisselend loon van de aanvrager per maand, zonder huishouden: het huishouden komt uit de casus', example: { startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] } });
export type Loonreeks = z.output<typeof LoonreeksSchema>;

export function parseLoonreeks(input: unknown): Loonreeks {
  return parseWith(LoonreeksSchema, input);
}

/** The fluctuating-income scenario's input: the series on the derived profile (validated again by its parser). */
export function fluctuatingInputFor(profiel: HouseholdProfile, reeks: Loonreeks): Record<string, unknown> {
  return { profiel, ...reeks };
}
