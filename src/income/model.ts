// SPDX-License-Identifier: EUPL-1.2
/**
 * The income room's public types and pure decisions (ADR 11): the kinds of input a case can hold
 * and their validation. The engine itself is pure too (index.ts); this is what other files of the
 * room and other rooms may lean on.
 */
import type { z } from '@hono/zod-openapi';
import { LedenInkomenSchema, parseLedenInkomen } from './derived';
import { LoonreeksSchema, parseLoonreeks } from './loonreeks';
import { HouseholdProfileSchema, parseHouseholdProfile } from './profile';
import { CashflowInputSchema, parseCashflowInput } from './scenarios/cashflow';
import { FluctuatingInputSchema, parseFluctuatingInput } from './scenarios/fluctuating';
import { staleWarning, versionAt } from './engine';
import { normen } from './rules/participatiewet/parameters';
import { invalid } from '../platform/errors';
import { dutchDate } from '../platform/dutch-date';

/**
 * `inkomen-leden`: income data per member of the case's own household (the profile is derived from it);
 * `loonreeks`: the aanvrager's wages per month, run on that derived profile (no household copy).
 */
export const INPUT_KINDS = ['huishouden', 'wisselend-inkomen', 'huishoudboekje', 'inkomen-leden', 'loonreeks'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** An input as stored on a case: what was sent, once its kind's schema accepted it. */
export interface StoredInput {
  kind: InputKind;
  input: StoredInputBody;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
}
export type StoredInputBody = z.input<typeof HouseholdProfileSchema> | z.input<typeof FluctuatingInputSchema> | z.input<typeof CashflowInputSchema> | z.input<typeof LedenInkomenSchema> | z.input<typeof LoonreeksSchema>;

/** Validate an input for a case by its kind (throws a 400 naming every bad field); returns it as sent. */
export function checkInput(kind: InputKind, input: unknown): StoredInputBody {
  if (kind === 'huishouden') parseHouseholdProfile(input);
  else if (kind === 'wisselend-inkomen') parseFluctuatingInput(input);
  else if (kind === 'inkomen-leden') parseLedenInkomen(input);
  else if (kind === 'loonreeks') parseLoonreeks(input);
  else parseCashflowInput(input);
  return input as StoredInputBody;
}

/** One bijstand norm as the income engine holds it on a date, with where it comes from. */
export interface DatedNorm {
  cents: number;
  validFrom: string;
  law: string;
  article: string;
  source: string[];
  confidence: string;
  /** Set when the date lies beyond the last date the figures are known to be current. */
  staleWarning?: string;
}

/**
 * The monthly norm (art. 21, 21+ tot AOW-leeftijd, incl. vakantietoeslag) for a single person or
 * single parent, or for a married couple, on a date; from the engine's own dated parameters.
 * Throws a 400 naming `field` when no norm is known for that date (never a guess).
 */
export function bijstandNorm21(kind: 'alleenstaande' | 'alleenstaande-ouder' | 'gehuwden', date: string, field = 'datum'): DatedNorm {
  const v = versionAt(normen, date, field);
  const key = kind === 'gehuwden' ? 'gehuwden_beiden_21_tot_aow' : 'alleenstaande_of_alleenstaande_ouder_21_tot_aow';
  const pv = v.values[key];
  if (!pv) throw invalid(field, `geen bijstandsnorm bekend voor ${dutchDate(date)}`);
  const stale = staleWarning(normen, date);
  return {
    cents: pv.value,
    validFrom: v.validFrom,
    law: v.basis.law,
    article: pv.article ?? v.basis.article,
    source: Array.isArray(v.basis.source) ? v.basis.source : [v.basis.source],
    confidence: pv.confidence ?? v.basis.confidence,
    ...(stale ? { staleWarning: stale } : {}),
  };
}

/** The first date for which the engine knows a bijstand norm. */
export const FIRST_NORM_DATE: string = normen.versions[0]?.validFrom ?? '9999-12-31';
