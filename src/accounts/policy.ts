// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with organisations, teams and users (ADR 11): pure functions of the actor and the
 * facts, each returning the refusal (a problem) or null; `enforce` throws it. The only place in the
 * accounts room that says `forbidden`.
 */
import { ROLE_LABELS, hasRole, type Actor, type Role } from '../platform/authz';
import { forbidden, invalid, type Problem } from '../platform/errors';

/** A refusal, or null when the action is allowed. */
export type Refusal = Problem | null;

/** Throws the refusal, if there is one. */
export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

/** Creating organisations, teams and users, and changing them: the admin. */
export function mayAdminister(actor: Actor): Refusal {
  return hasRole(actor, 'admin') ? null : forbidden(`Deze handeling is voorbehouden aan: ${ROLE_LABELS.admin}.`);
}

/** Changing an organisation: an admin of that organisation, or of the organisation that created it. */
export function mayChangeOrganisation(actor: Actor, organisation: { ownOrCreatedByOwn: boolean }): Refusal {
  return mayAdminister(actor) ?? (organisation.ownOrCreatedByOwn ? null : forbidden('U kunt alleen uw eigen organisatie of een door uw organisatie aangemaakte organisatie wijzigen.'));
}

/** An admin does not switch themselves off nor take away their own admin role (the organisation would be left without one). */
export function mayChangeUser(actor: Actor, userId: string, patch: { active?: boolean; roles?: Role[] }): Refusal {
  const refusal = mayAdminister(actor);
  if (refusal) return refusal;
  if (userId === actor.userId && (patch.active === false || (patch.roles && !patch.roles.includes('admin')))) {
    return invalid(patch.active === false ? 'active' : 'roles', 'u kunt uzelf niet uitschakelen of uw eigen beheerrol afnemen');
  }
  return null;
}
