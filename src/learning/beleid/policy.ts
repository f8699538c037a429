// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in the follow-up from doorbraak to beleid. Policy advisers write proposals; the
 * organisation that owns the rule (the receiving organisation when the rule is another's) moves it
 * through its stages and answers. A proposal exists only for its sender and its receiver.
 */
import type { Actor } from '../../platform/authz';
import { forbidden, notFound } from '../../platform/errors';

const has = (a: Actor, ...roles: string[]) => a.roles.some((r) => roles.includes(r));
interface Facts { organisationId: string; targetOrganisationId: string | null }

/** The rules with their signals and the proposals: policy advisers and the doorbraaktafel. */
export function assertMayRead(a: Actor): void {
  if (!has(a, 'beleid', 'doorbraaktafel')) throw forbidden('Dit overzicht is voor beleidsadviseurs en de doorbraaktafel.');
}
export function assertMayPropose(a: Actor): void {
  if (!has(a, 'beleid')) throw forbidden('Een voorstel voor beleid wordt gedaan door een beleidsadviseur.');
}
export function assertSees(a: Actor, p: Facts): void {
  if (p.organisationId !== a.organisationId && p.targetOrganisationId !== a.organisationId) throw notFound('Voorstel');
}
/** Agenda, decision and implementation: a policy adviser of the organisation that owns the rule. */
export function assertMayMove(a: Actor, p: Facts): void {
  assertSees(a, p);
  if (!has(a, 'beleid')) throw forbidden('Alleen een beleidsadviseur houdt de voortgang van een voorstel bij.');
  const owner = p.targetOrganisationId ?? p.organisationId;
  if (owner !== a.organisationId) throw forbidden('Het gaat om een regel van de andere organisatie: die houdt de agenda, het besluit en de invoering bij. U ziet de voortgang en het antwoord.');
}
export function assertMayAnswer(a: Actor, p: Facts): void {
  assertSees(a, p);
  if (p.targetOrganisationId !== a.organisationId) throw forbidden('Alleen de organisatie die het voorstel ontving, geeft antwoord.');
  if (!has(a, 'beleid')) throw forbidden('Een beleidsadviseur geeft antwoord op een voorstel.');
}
