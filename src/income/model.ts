// SPDX-License-Identifier: EUPL-1.2
/**
 * The income room's public types and pure decisions (ADR 11): the kinds of input a case can hold
 * and their validation. The engine itself is pure too (index.ts); this is what other files of the
 * room and other rooms may lean on.
 */
import type { z } from '@hono/zod-openapi';
import { LedenInkomenSchema, parseLedenInkomen } from './derived';
import { HouseholdProfileSchema, parseHouseholdProfile } from './profile';
import { CashflowInputSchema, parseCashflowInput } from './scenarios/cashflow';
import { FluctuatingInputSchema, parseFluctuatingInput } from './scenarios/fluctuating';

/** `inkomen-leden`: income data per member of the case's own household (the profile is derived from it). */
export const INPUT_KINDS = ['huishouden', 'wisselend-inkomen', 'huishoudboekje', 'inkomen-leden'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** An input as stored on a case: what was sent, once its kind's schema accepted it. */
export interface StoredInput {
  kind: InputKind;
  input: StoredInputBody;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
}
export type StoredInputBody = z.input<typeof HouseholdProfileSchema> | z.input<typeof FluctuatingInputSchema> | z.input<typeof CashflowInputSchema> | z.input<typeof LedenInkomenSchema>;

/** Validate an input for a case by its kind (throws a 400 naming every bad field); returns it as sent. */
export function checkInput(kind: InputKind, input: unknown): StoredInputBody {
  if (kind === 'huishouden') parseHouseholdProfile(input);
  else if (kind === 'wisselend-inkomen') parseFluctuatingInput(input);
  else if (kind === 'inkomen-leden') parseLedenInkomen(input);
  else parseCashflowInput(input);
  return input as StoredInputBody;
}
