// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with the cost catalogue and business cases: one pure function per action,
 * `(actor, facts) → refusal or null` (ADR 11). The only place in this room that says `forbidden`.
 * Access to the case itself is the cases room's decision (its queries); this policy says which
 * roles come that far.
 */
import { hasRole, ROLE_LABELS, type Actor, type Role } from '../platform/authz';
import { forbidden, type Problem } from '../platform/errors';

/** A refusal: the 403 problem to answer with. */
export type Refusal = Problem;

/** Throw the refusal, if any. */
export function enforce(refusal: Refusal | null): void {
  if (refusal) throw refusal;
}

const onlyRoles = (a: Actor, ...roles: Role[]): Refusal | null =>
  hasRole(a, ...roles) ? null : forbidden(`Deze handeling is voorbehouden aan: ${roles.map((r) => ROLE_LABELS[r]).join(', ')}.`);

/** Own prices and own items in the organisation's catalogue: its administrators and policy advisers. */
export const mayEditCatalogue = (a: Actor): Refusal | null => onlyRoles(a, 'admin', 'beleid');

/** Reading the catalogue and calculating without storing (no personal data): every signed-in user. */
export const mayCalculate = (_a: Actor): Refusal | null => null;

/** Writing a business case on a case: the case's professionals (which case: the cases room decides). */
export const mayEditBusinessCase = (a: Actor): Refusal | null =>
  hasRole(a, 'professional', 'teamleider') ? null : forbidden('Alleen een professional of teamleider kan een businesscase bij een casus opstellen.');

/** The business cases of a case: the case's professionals. */
export const mayListBusinessCasesOfCase = (a: Actor): Refusal | null =>
  hasRole(a, 'professional', 'teamleider') ? null : forbidden('Uw rol geeft geen toegang tot businesscases van casussen.');

/** Whether this actor reads a business case through its case (and so the cases room must allow the case). */
export const readsThroughCase = (a: Actor): boolean => hasRole(a, 'professional', 'teamleider');

/**
 * One business case: the case's professionals (through the case), or the own organisation's
 * doorbraaktafel when the business case belongs to a knelpunt.
 */
export function mayReadBusinessCase(a: Actor, b: { knelpuntId: string | null }): Refusal | null {
  if (readsThroughCase(a)) return null;
  if (hasRole(a, 'doorbraaktafel') && b.knelpuntId) return null;
  return forbidden('Uw rol geeft geen toegang tot businesscases van casussen.');
}
