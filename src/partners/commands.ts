// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases of partners in the plan (ADR 11, ADR 0017): the regisseur invites a partner's
 * professional with the resident's consent and may end the invitation; the partner updates the status
 * of its actions and writes a short message to the regisseur. Each in the caller's transaction, each
 * change logged in both organisations.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { conflict, invalid, notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { organisationName, userByLogin } from '../accounts/queries';
import * as cases from '../cases/queries';
import * as caseCommands from '../cases/commands';
import { checkCaseOpen } from '../cases/model';
import { giveConsent } from '../privacy/commands';
import { PARTNER_NEEDS, type PartnerActionStatus } from './model';
import { enforce, mayInvite } from './policy';
import { bothOrganisations, grantFor, invitationOfOrganisation, invitationsOfCase } from './queries';
import * as store from './store';

export interface InviteInput {
  /** The party of the plan the partner works for; its actions become the partner's. */
  partyId: string;
  partnerOrganisationId: string;
  /** The partner professional's username or e-mail address. */
  partnerLogin: string;
  purpose: string;
  consent: { personId: string; givenOn?: string; validUntil: string };
}

/**
 * Invite a partner's professional to a case for a stated purpose. The resident's consent is recorded
 * in the privacy room in the same transaction (what: PARTNER_NEEDS; with: the partner organisation
 * and person; for: the purpose; until: validUntil). Nothing is written when any check fails.
 */
export async function invitePartner(tx: Queryable, a: Actor, caseId: string, input: InviteInput, today: string) {
  enforce(mayInvite(a));
  const cs = await cases.getCaseForActor(tx, a, caseId, { forUpdate: true });
  checkCaseOpen(cs, 'een partner uit te nodigen');
  const party = (await cases.planOf(tx, cs.id)).parties.find((p) => p.id === input.partyId);
  if (!party) throw invalid('partyId', 'is geen betrokken partij van deze casus');
  if (input.partnerOrganisationId === cs.organisationId) throw invalid('partnerOrganisationId', 'is uw eigen organisatie; nodig collega\'s uit via het team');
  if ((await organisationName(tx, input.partnerOrganisationId)) === null) throw invalid('partnerOrganisationId', 'is geen bekende organisatie');
  const user = await userByLogin(tx, input.partnerOrganisationId, input.partnerLogin);
  if (!user || !user.active) throw invalid('partnerLogin', 'is geen actieve medewerker van deze organisatie (gebruikersnaam of e-mailadres)');
  if (!user.roles.includes('professional')) throw invalid('partnerLogin', 'is geen professional bij deze organisatie');
  if (await store.activeInvitationExists(tx, cs.id, party.id, user.id)) throw conflict(`${user.displayName} is al uitgenodigd voor deze partij in deze casus.`, 'al_uitgenodigd');
  const consent = await giveConsent(tx, a, cs.id, { personId: input.consent.personId, dataCategories: [...PARTNER_NEEDS], recipientOrganisationId: input.partnerOrganisationId, recipientPerson: user.displayName, purpose: input.purpose, givenOn: input.consent.givenOn, validUntil: input.consent.validUntil }, today);
  const id = await store.insertInvitation(tx, { organisationId: cs.organisationId, caseId: cs.id, householdId: cs.householdId, partyId: party.id, partnerOrganisationId: input.partnerOrganisationId, partnerUserId: user.id, purpose: input.purpose, consentId: consent.id, invitedBy: a.userId });
  await logProcessing(tx, a, { action: 'delen', resource: 'partneruitnodiging', resourceId: id, caseId: cs.id, householdId: cs.householdId, fields: [...PARTNER_NEEDS], purpose: 'hulpverlening' });
  return (await invitationsOfCase(tx, a, cs.id, today)).find((i) => i.id === id)!;
}

/** The regisseur ends an invitation (the consent stays as recorded; withdrawing it is the resident's). */
export async function endInvitation(tx: Queryable, a: Actor, id: string, input: { reason: string }, today: string) {
  enforce(mayInvite(a));
  const inv = await invitationOfOrganisation(tx, a, id, true);
  const cs = await cases.getCaseForActor(tx, a, inv.caseId);
  if (!(await store.endInvitation(tx, inv.id, a.userId, input.reason))) throw conflict('Deze uitnodiging is al beëindigd.', 'uitnodiging_beeindigd');
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'partneruitnodiging', resourceId: inv.id, caseId: cs.id, householdId: cs.householdId, fields: ['status', 'endReason'], purpose: 'hulpverlening' });
  return (await invitationsOfCase(tx, a, cs.id, today)).find((i) => i.id === id)!;
}

/** The partner sets the status of one of its own actions (If-Match on the action's version). */
export async function updatePartnerAction(tx: Queryable, a: Actor, invitationId: string, actionId: string, version: number, status: PartnerActionStatus, today: string) {
  const { inv } = await grantFor(tx, a, invitationId, today);
  const plan = await cases.planOf(tx, inv.caseId);
  if (!plan.actions.some((x) => x.id === actionId && x.ownerPartyId === inv.partyId)) throw notFound('Actie');
  const item = await caseCommands.setActionStatusForPartner(tx, inv.organisationId, inv.caseId, actionId, version, status, today);
  await logProcessing(tx, a, bothOrganisations(inv, { action: 'wijzigen', resource: 'actions', resourceId: actionId, fields: ['status'] }));
  return { id: item.id, goalId: item.goalId, description: item.description, dueDate: item.dueDate, status: item.status, overdue: item.overdue, version: item.version };
}

/** The partner writes a short message to the regisseur. */
export async function sendPartnerMessage(tx: Queryable, a: Actor, invitationId: string, input: { body: string }, today: string) {
  const { inv } = await grantFor(tx, a, invitationId, today);
  const id = await store.insertMessage(tx, { organisationId: inv.organisationId, invitationId: inv.id, caseId: inv.caseId, authorUserId: a.userId, authorName: a.userName, authorOrganisationId: a.organisationId, body: input.body });
  await logProcessing(tx, a, bothOrganisations(inv, { action: 'aanmaken', resource: 'partnerbericht', resourceId: id, fields: ['body'] }));
  return (await store.messagesOf(tx, [inv.id])).find((m) => m.id === id)!;
}
