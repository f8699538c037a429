// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with partners in the plan (ADR 11, ADR 0017). A partner is a professional of
 * another organisation with an invitation grant: the invitation names the user, and every request
 * checks it, the resident's consent and the case. The regisseur's side is for the support roles
 * that work on the case (the caller checks the case through the cases room).
 */
import { hasRole, type Actor } from '../platform/authz';
import { conflict, forbidden, notFound, type Problem } from '../platform/errors';
import { ACCESS_LABELS, type AccessState } from './model';

export type Refusal = Problem | null;
export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

/** Inviting a partner, ending an invitation and reading the invitations of a case: the support roles. */
export const mayInvite = (a: Actor): Refusal => (hasRole(a, 'professional', 'teamleider') ? null : forbidden('Alleen een professional of teamleider van het team van de casus nodigt partners uit.'));

/** The partner's own invitation: addressed to this user of this organisation; anyone else does not learn it exists (404). */
export function mayUseInvitation(a: Actor, inv: { partnerUserId: string; partnerOrganisationId: string } | null): Refusal {
  if (!inv || inv.partnerUserId !== a.userId || inv.partnerOrganisationId !== a.organisationId) return notFound('Uitnodiging');
  if (!hasRole(a, 'professional')) return forbidden('Alleen een professional van de partnerorganisatie werkt mee aan een plan.');
  return null;
}

/** Access through the invitation today: refused, with the reason, when it ended, the consent is gone, or the case is closed. */
export function mayAccessThrough(state: AccessState): Refusal {
  if (state === 'toegang') return null;
  return forbidden(`U heeft geen toegang meer tot deze casus: ${ACCESS_LABELS[state].toLowerCase()}.`);
}

/** The regisseur answers a partner only while the partner can read the answer (409 with the reason otherwise). */
export function mayReply(state: AccessState): Refusal {
  if (state === 'toegang') return null;
  return conflict(`De partner kan uw antwoord niet lezen: ${ACCESS_LABELS[state].toLowerCase()}.`, 'partner_geen_toegang');
}
