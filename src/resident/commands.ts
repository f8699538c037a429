// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident room's use cases (ADR 11, ADR 0020), inside the caller's transaction: the resident
 * writes their own goal, krachten and zorgen, adds family and friends, sends a message, proposes a
 * goal and gives or withdraws consent; the regisseur reads and decides; the admin links an account.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { conflict, invalid, notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { linkResidentAccount } from '../accounts/commands';
import { giveConsentForOrganisation, withdrawConsentsForOrganisation } from '../privacy/commands';
import { resumeInvitationsWithConsent } from '../partners/commands';
import { PARTNER_NEEDS } from '../partners/model';
import { todayInAmsterdam } from '../platform/today';
import { addGoal, residentAddNetworkParty, residentAddPlanPoint, residentSetPerspective } from '../cases/commands';
import { checkCaseOpen, type PlanPointKind } from '../cases/model';
import { findPerson, getCaseForActor } from '../cases/queries';
import { CONSENT_PURPOSE_B1, consentEffect, messageReceipt, type ConsentPurpose, type MessageKind } from './model';
import { enforce, mayHandleResidentMessages, mayLinkResident } from './policy';
import { checkDomain, consentParty, partnersEffect, residentCase } from './queries';
import * as store from './store';

/** PUT /mijn/plan/perspectief: the resident's own goal for the year, in their own words. */
export async function setPerspective(tx: Queryable, a: Actor, text: string) {
  const { cs } = await residentCase(tx, a);
  await residentSetPerspective(tx, a, cs, text);
  return { perspective: text };
}

/** POST /mijn/plan/punten: a kracht or zorg the resident adds. */
export async function addPoint(tx: Queryable, a: Actor, body: { kind: PlanPointKind; text: string }) {
  const { cs } = await residentCase(tx, a);
  return residentAddPlanPoint(tx, a, cs, body);
}

/** POST /mijn/plan/netwerk: family or a friend joins the plan. */
export async function addNetwork(tx: Queryable, a: Actor, body: { name: string; relation: string; contact?: string }) {
  const { cs } = await residentCase(tx, a);
  const p = await residentAddNetworkParty(tx, a, cs, body);
  return { id: p.id, name: p.organisationName, relation: p.role, contact: p.contact, byResident: true };
}

/** POST /mijn/berichten: a message, a request for correction or for the full inzage, to the regisseur of the current case. */
export async function sendMessage(tx: Queryable, a: Actor, body: { kind: MessageKind; body: string }) {
  const { scope, cs } = await residentCase(tx, a);
  const m = await store.insertMessage(tx, { organisationId: a.organisationId, caseId: cs.id, householdId: scope.household.id, userId: a.userId, kind: body.kind, body: body.body });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'inwoner_berichten', resourceId: m.id, caseId: cs.id, householdId: cs.householdId, personId: scope.memberId, fields: ['kind', 'body'], purpose: body.kind === 'bericht' ? 'hulpverlening' : 'inzage' });
  return { id: m.id, kind: m.kind, createdAt: m.createdAt, receipt: messageReceipt(body.kind, cs.regisseurName) };
}

/** POST /mijn/voorstellen: a wish or goal for the plan, which the regisseur accepts or declines. */
export async function propose(tx: Queryable, a: Actor, body: { domain: string; description: string }) {
  checkDomain('domain', body.domain);
  const { scope, cs } = await residentCase(tx, a);
  checkCaseOpen(cs, 'een voorstel te doen');
  const p = await store.insertProposal(tx, { organisationId: a.organisationId, caseId: cs.id, householdId: scope.household.id, userId: a.userId, domain: body.domain, description: body.description });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'inwoner_voorstel', resourceId: p.id, caseId: cs.id, householdId: cs.householdId, personId: scope.memberId, fields: ['domain', 'description'], purpose: 'hulpverlening' });
  return { id: p.id, status: p.status, receipt: `Uw voorstel is verstuurd naar ${cs.regisseurName}. U ziet hier wanneer het in uw plan staat.` };
}

/** POST /mijn/toestemmingen: give or withdraw consent for one organisation and purpose; effective at once. */
export async function setConsent(tx: Queryable, a: Actor, body: { partyId: string; purpose: ConsentPurpose; given: boolean }) {
  const { scope, cs, party } = await consentParty(tx, a, body.partyId);
  const current = (await store.currentConsents(tx, [cs.id])).find((r) => r.partyId === party.id && r.purpose === body.purpose);
  if (current && current.given === body.given) {
    throw conflict(body.given ? `U heeft ${party.organisationName} hiervoor al toestemming gegeven.` : `U heeft uw toestemming voor ${party.organisationName} hiervoor al ingetrokken.`, 'toestemming_ongewijzigd');
  }
  if (!current && !body.given) throw conflict(`U heeft ${party.organisationName} hiervoor nooit toestemming gegeven; er is niets in te trekken.`, 'toestemming_ongewijzigd');
  // Computed before the change: who of the organisation stops or starts reading the plan.
  const partners = await partnersEffect(tx, cs.id, party, body.purpose, body.given);
  await store.insertConsent(tx, { organisationId: a.organisationId, caseId: cs.id, householdId: cs.householdId, partyId: party.id, purpose: body.purpose, given: body.given, userId: a.userId });
  const today = todayInAmsterdam(new Date());
  // Withdrawing "plan delen" also ends the consents the regisseur recorded for that organisation, so a
  // partner's access that rests on them ends at once (docs/privacy.md). Giving it records a consent in
  // the privacy room, and a running invitation of that organisation rests on it from now on (ADR 0028).
  if (body.purpose === 'plan_delen' && party.partyOrganisationId) {
    if (!body.given) await withdrawConsentsForOrganisation(tx, cs.id, party.partyOrganisationId, today, a.userName, 'Ingetrokken door de inwoner op de eigen pagina');
    else {
      const consentId = await giveConsentForOrganisation(tx, a, { organisationId: cs.organisationId, caseId: cs.id, householdId: cs.householdId, personId: scope.memberId, recipientOrganisationId: party.partyOrganisationId, dataCategories: [...PARTNER_NEEDS], purpose: `${CONSENT_PURPOSE_B1.plan_delen[0].toUpperCase()}${CONSENT_PURPOSE_B1.plan_delen.slice(1)} (gegeven door de inwoner op de eigen pagina)` }, today);
      await logProcessing(tx, a, { action: 'aanmaken', resource: 'toestemming', resourceId: consentId, caseId: cs.id, householdId: cs.householdId, personId: scope.memberId, fields: ['dataCategories', 'recipient', 'purpose', 'validUntil'], purpose: 'hulpverlening' });
      await resumeInvitationsWithConsent(tx, a, cs.id, party.partyOrganisationId, consentId, today);
    }
  }
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'toestemming', resourceId: party.id, caseId: cs.id, householdId: cs.householdId, personId: scope.memberId, fields: [`${body.purpose}:${body.given ? 'gegeven' : 'ingetrokken'}`], purpose: 'hulpverlening' });
  return { party: party.organisationName, purposeText: CONSENT_PURPOSE_B1[body.purpose], given: body.given, effect: [consentEffect(party.organisationName, body.purpose, body.given), partners].filter(Boolean).join(' ') };
}

// ---- for the regisseur ----------------------------------------------------------------------------------

/** POST /cases/{id}/inwoner/gelezen: the regisseur marks the resident's messages read. */
export async function markMessagesRead(tx: Queryable, a: Actor, caseId: string) {
  enforce(mayHandleResidentMessages(a));
  const cs = await getCaseForActor(tx, a, caseId);
  const n = await store.markRead(tx, cs.id, a.userId);
  return { marked: n };
}

/** POST /cases/{id}/inwoner/voorstellen: the regisseur accepts a proposal (it becomes a goal of the plan) or declines it with a reason. */
export async function decideProposal(tx: Queryable, a: Actor, caseId: string, body: { proposalId: string; accept: boolean; note?: string }) {
  enforce(mayHandleResidentMessages(a));
  const cs = await getCaseForActor(tx, a, caseId, { forUpdate: true });
  const p = await store.lockProposal(tx, cs.id, body.proposalId);
  if (!p) throw notFound('Voorstel');
  if (p.status !== 'voorgesteld') throw conflict('Over dit voorstel is al besloten.', 'voorstel_besloten');
  if (!body.accept && !body.note?.trim()) throw invalid('note', 'geef de inwoner een reden als u het voorstel niet overneemt');
  const goal = body.accept ? await addGoal(tx, a, cs.id, { domain: p.domain, description: p.description }) : null;
  const ok = await store.decideProposal(tx, p.id, { status: body.accept ? 'aangenomen' : 'afgewezen', userId: a.userId, note: body.note?.trim() ?? '', goalId: goal?.id ?? null });
  if (!ok) throw conflict('Over dit voorstel is al besloten.', 'voorstel_besloten');
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'inwoner_voorstel', resourceId: p.id, caseId: cs.id, householdId: cs.householdId, fields: ['status'], purpose: 'hulpverlening' });
  return { id: p.id, status: (body.accept ? 'aangenomen' : 'afgewezen') as 'aangenomen' | 'afgewezen', goalId: goal?.id ?? null };
}

// ---- for the admin --------------------------------------------------------------------------------------

/** PUT /users/{id}/inwoner-koppeling: link a resident's account to a member of a household of the organisation. */
export async function linkAccount(tx: Queryable, a: Actor, userId: string, memberId: string) {
  enforce(mayLinkResident(a));
  const person = await findPerson(tx, a.organisationId, { personId: memberId }).catch((e) => {
    if (e?.status === 404) throw invalid('memberId', 'is geen gezinslid van een huishouden van uw organisatie');
    throw e;
  });
  const u = await linkResidentAccount(tx, a, userId, { memberId: person.personId, householdId: person.householdId });
  return { userId: u.id, memberId: person.personId, householdId: person.householdId };
}
