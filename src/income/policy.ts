// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in the income room (ADR 11): one pure function per action, a refusal or null.
 * The calculations on a posted profile need only a session; the income inputs stored on a case
 * are case-file work.
 */
import type { Actor } from '../platform/authz';
import { forbidden, type Problem } from '../platform/errors';
import { canEditCase } from '../cases/model';

/** Read, store and run the income inputs of a case (the case itself is checked by the cases room). */
export function mayWorkWithCaseIncome(actor: Actor): Problem | null {
  return canEditCase(actor) ? null : forbidden('Alleen een professional of teamleider werkt met de inkomensgegevens van een casus.');
}

/** Throw the refusal, if any. */
export function enforce(refusal: Problem | null): void {
  if (refusal) throw refusal;
}

/** The organisation's own schemes are the policy adviser's to enter, version, export and import. */
export function mayManageSchemes(actor: Actor): Problem | null {
  return actor.roles.includes('beleid') ? null : forbidden('Alleen een beleidsadviseur beheert de gemeentelijke regelingen van de organisatie.');
}

/** Simulations for a whole municipality (synthetic or anonymous data, no personal data) are policy work. */
export function maySimulate(actor: Actor): Problem | null {
  return actor.roles.includes('beleid') ? null : forbidden('Alleen een beleidsadviseur maakt simulaties voor de hele gemeente.');
}
