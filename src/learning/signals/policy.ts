// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with signal rules and signals. The policy adviser (beleid) writes the rules and
 * sees how they do, in counts; the case's team sees and handles the signals on its cases.
 * Enforcement (handhaving) never sees a signal: a signal asks a regisseur to look, nothing more.
 */
import type { Actor } from '../../platform/authz';
import { forbidden } from '../../platform/errors';

const has = (a: Actor, ...roles: string[]) => a.roles.some((r) => roles.includes(r));

export function assertMayManageRules(a: Actor): void {
  if (!has(a, 'beleid')) throw forbidden('Signaalregels worden opgesteld door een beleidsadviseur.');
}
/** The rules and their counts: policy advisers, team leads (what fires in their team), the privacy officer (for the register). */
export function assertMayReadRules(a: Actor): void {
  if (!has(a, 'beleid', 'teamleider', 'privacy', 'professional')) throw forbidden('Signaalregels zijn in te zien voor beleidsadviseurs, teams en de privacyfunctionaris.');
}
/** Seeing and handling signals on cases: the support roles of the case's team, never enforcement. */
export function assertMaySeeSignals(a: Actor): void {
  if (has(a, 'handhaving') && !has(a, 'professional', 'teamleider')) throw forbidden('Signalen gaan nooit naar handhaving: een signaal vraagt de regisseur alleen om te kijken.');
  if (!has(a, 'professional', 'teamleider')) throw forbidden('Signalen zijn voor de regisseur en het team van de casus.');
  if (!a.teamId) throw forbidden('U bent nog niet aan een team gekoppeld; vraag de beheerder dit te doen.');
}
