// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in the privacy room (ADR 11): the privacy officer reads the processing log, finds
 * persons and exports what the system holds on one of them. Each function returns the refusal or null.
 */
import { ROLE_LABELS, hasRole, type Actor } from '../platform/authz';
import { forbidden, type Problem } from '../platform/errors';

/** A refusal, or null when the action is allowed. */
export type Refusal = Problem | null;

/** Throws the refusal, if there is one. */
export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

const privacyOfficerOnly = (actor: Actor): Refusal => (hasRole(actor, 'privacy') ? null : forbidden(`Deze handeling is voorbehouden aan: ${ROLE_LABELS.privacy}.`));

/** Reading the processing log of the own organisation. */
export const mayReadProcessingLog = privacyOfficerOnly;
/** Searching persons by name or BSN, to handle a subject-access request. */
export const maySearchPersons = privacyOfficerOnly;
/** Exporting everything held on one person (AVG art. 15). */
export const mayExportInzage = privacyOfficerOnly;

/**
 * Recording the resident's consent, or the resident's withdrawal of it: the support workers who work
 * on the case (the caller checks access to the case through the cases room). A withdrawal is never
 * refused to them: the resident's word ends the consent.
 */
export const mayRecordConsent = (actor: Actor): Refusal =>
  hasRole(actor, 'professional', 'teamleider') ? null : forbidden('Alleen een professional of teamleider van het team van de casus legt toestemming van de inwoner vast.');
/** Seeing the consents of a case: the same support workers. */
export const mayReadConsents = mayRecordConsent;
