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
import type { ActionAssigned } from '../cases/commands';
import { dutchDate } from '../platform/dutch-date';
import { todayInAmsterdam } from '../platform/today';
import { giveConsent } from '../privacy/commands';
import { checkConsent } from '../privacy/queries';
import { notifyUser } from '../escalation/commands';
import { ACCESS_LABELS, PARTNER_NEEDS, type PartnerActionStatus } from './model';
import { enforce, mayInvite, mayReply } from './policy';
import { accessOf, bothOrganisations, grantFor, invitationOfOrganisation, invitationsOfCase } from './queries';
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
  await notifyUser(tx, { organisationId: input.partnerOrganisationId, userId: user.id, invitationId: id, kind: 'partner_uitnodiging', title: 'U bent uitgenodigd om mee te werken aan een plan', body: `${a.userName} (${(await organisationName(tx, cs.organisationId)) ?? 'de gemeente'}) nodigt u uit als ${party.organisationName}. Doel: ${input.purpose}` });
  return (await invitationsOfCase(tx, a, cs.id, today)).find((i) => i.id === id)!;
}

/** The regisseur ends an invitation (the consent stays as recorded; withdrawing it is the resident's). */
export async function endInvitation(tx: Queryable, a: Actor, id: string, input: { reason: string }, today: string) {
  enforce(mayInvite(a));
  const inv = await invitationOfOrganisation(tx, a, id, true);
  const cs = await cases.getCaseForActor(tx, a, inv.caseId);
  if (!(await store.endInvitation(tx, inv.id, a.userId, input.reason))) throw conflict('Deze uitnodiging is al beëindigd.', 'uitnodiging_beeindigd');
  await logProcessing(tx, a, bothOrganisations(inv, { action: 'wijzigen', resource: 'partneruitnodiging', resourceId: inv.id, fields: ['status', 'endReason'] }));
  await notifyUser(tx, { organisationId: inv.partnerOrganisationId, userId: inv.partnerUserId, invitationId: inv.id, kind: 'partner_beeindigd', title: 'Uw uitnodiging voor een plan is beëindigd', body: `${a.userName} (${inv.organisationName}) heeft uw uitnodiging als ${inv.partyName} beëindigd. U kunt de casus niet meer openen.` });
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
  const cs = (await cases.caseOfOrganisation(tx, inv.organisationId, inv.caseId))!;
  await notifyUser(tx, { organisationId: inv.organisationId, userId: cs.regisseurId, caseId: inv.caseId, kind: 'partner_bericht', title: `Bericht van ${a.userName} (${inv.partnerOrganisationName})`, body: input.body });
  return (await store.messagesOf(tx, [inv.id])).find((m) => m.id === id)!;
}

/**
 * The regisseur (or a colleague of the case's team) answers the partner on the invitation's thread.
 * Refused while the partner has no access (the invitation ended, the consent is gone, the case is
 * closed): the answer would not reach anyone allowed to read it. The partner gets a melding; the
 * write is logged in both organisations, because the answer is shared with the partner's.
 */
export async function replyToPartner(tx: Queryable, a: Actor, invitationId: string, input: { body: string }, today: string) {
  enforce(mayInvite(a));
  const inv = await invitationOfOrganisation(tx, a, invitationId, true);
  await cases.getCaseForActor(tx, a, inv.caseId);
  const access = await accessOf(tx, inv, today);
  enforce(mayReply(access));
  const id = await store.insertMessage(tx, { organisationId: inv.organisationId, invitationId: inv.id, caseId: inv.caseId, authorUserId: a.userId, authorName: a.userName, authorOrganisationId: a.organisationId, body: input.body });
  await logProcessing(tx, a, bothOrganisations(inv, { action: 'delen', resource: 'partnerbericht', resourceId: id, fields: ['body'] }));
  await notifyUser(tx, { organisationId: inv.partnerOrganisationId, userId: inv.partnerUserId, invitationId: inv.id, kind: 'partner_antwoord', title: `Antwoord van ${a.userName} (${inv.organisationName})`, body: input.body });
  return (await store.messagesOf(tx, [inv.id])).find((m) => m.id === id)!;
}

/**
 * An action was put on a party of the plan (event of the cases room, ADR 0028): every partner invited
 * for that party who has access today gets a melding with the action, logged in both organisations
 * (the action's text is shared with the partner's organisation). A partner without access gets nothing.
 */
export async function notifyActionAssigned(tx: Queryable, e: ActionAssigned): Promise<void> {
  for (const inv of await store.activeInvitationsOfParty(tx, e.caseId, e.partyId)) {
    if ((await accessOf(tx, inv, todayInAmsterdam(new Date()))) !== 'toegang') continue;
    await notifyUser(tx, { organisationId: inv.partnerOrganisationId, userId: inv.partnerUserId, invitationId: inv.id, kind: 'partner_actie', title: `Nieuwe actie voor ${inv.partyName}`, body: `${e.actor.userName} (${inv.organisationName}) zette een actie op uw organisatie: ${e.description}${e.dueDate ? ` (uiterlijk ${dutchDate(e.dueDate)})` : ''}` });
    await logProcessing(tx, e.actor, bothOrganisations(inv, { action: 'delen', resource: 'actions', resourceId: e.actionId, fields: ['description', 'dueDate'] }));
  }
}

/**
 * The resident gave consent again on their own page (resident room, ADR 0028): each ACTIVE invitation
 * of the case to that organisation whose consent no longer allows access now rests on the new
 * consent, so its partner sees the case again at once. An invitation the regisseur ended stays ended:
 * consent is a ground for sharing, not an invitation. No authorisation here: the resident room checked
 * that the actor is the case's resident. Answers the names of the partners who regained access.
 */
export async function resumeInvitationsWithConsent(tx: Queryable, a: Actor, caseId: string, partnerOrganisationId: string, consentId: string, today: string): Promise<string[]> {
  const resumed: string[] = [];
  for (const inv of await store.invitationsOfCaseForOrganisation(tx, caseId, partnerOrganisationId)) {
    if (inv.status !== 'actief') continue;
    const check = await checkConsent(tx, { consentId: inv.consentId, organisationId: inv.organisationId, caseId: inv.caseId, needs: PARTNER_NEEDS, recipientOrganisationId: inv.partnerOrganisationId }, today);
    if (check.allowed) continue;
    if (!(await store.setInvitationConsent(tx, inv.id, consentId))) continue;
    if ((await accessOf(tx, { ...inv, consentId }, today)) !== 'toegang') continue;
    resumed.push(inv.partnerUserName);
    await logProcessing(tx, a, bothOrganisations(inv, { action: 'wijzigen', resource: 'partneruitnodiging', resourceId: inv.id, fields: ['consentId'] }));
    await notifyUser(tx, { organisationId: inv.partnerOrganisationId, userId: inv.partnerUserId, invitationId: inv.id, kind: 'partner_toegang', title: `U kijkt weer mee als ${inv.partyName}`, body: `De inwoner heeft opnieuw toestemming gegeven. ${ACCESS_LABELS.toegang}.` });
  }
  return resumed;
}
