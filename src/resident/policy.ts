// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what on the resident's own page (ADR 11, ADR 0020): pure functions, a refusal or null.
 * The resident (role inwoner) uses only their own page; the support roles read and answer what the
 * resident sent on a case of their team; the admin links a resident's account to a household member.
 */
import { ROLE_LABELS, hasRole, type Actor } from '../platform/authz';
import { forbidden, type Problem } from '../platform/errors';

export type Refusal = Problem | null;

export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

/** The own page: only a resident's account. */
export function mayUseOwnPage(actor: Actor): Refusal {
  return hasRole(actor, 'inwoner') ? null : forbidden('Deze pagina is voor inwoners met een eigen account.');
}

/** Reading and answering what the resident sent on a case: the support roles (the case itself is checked by the cases room). */
export function mayHandleResidentMessages(actor: Actor): Refusal {
  return hasRole(actor, 'professional', 'teamleider') ? null : forbidden(`Alleen een ${ROLE_LABELS.professional.toLowerCase()} of ${ROLE_LABELS.teamleider.toLowerCase()} behandelt berichten van inwoners.`);
}

/** Linking a resident's account to a household member: the admin. */
export function mayLinkResident(actor: Actor): Refusal {
  return hasRole(actor, 'admin') ? null : forbidden(`Deze handeling is voorbehouden aan: ${ROLE_LABELS.admin}.`);
}
