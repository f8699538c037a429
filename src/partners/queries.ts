// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads of partners in the plan (ADR 11, ADR 0017): the partner's invitations and the part of a case
 * its purpose needs, and the regisseur's view of the invitations of a case. Every read of personal
 * data is logged in BOTH organisations: the case's (the controller) and the partner's.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { notFound } from '../platform/errors';
import { logProcessing, type LogEntry } from '../platform/processing-log';
import * as cases from '../cases/queries';
import { checkConsent, type ConsentView } from '../privacy/queries';
import { ACCESS_LABELS, PARTNER_NEEDS, accessState, firstName, partnerHousehold, partnerPlan, type AccessState } from './model';
import { enforce, mayAccessThrough, mayInvite, mayUseInvitation } from './policy';
import * as store from './store';

export type { InvitationRow, MessageRow } from './store';

/** The legal ground of a partner's access: the resident's recorded consent. */
export const CONSENT_GROUND = 'AVG art. 6 lid 1 sub a en art. 9 lid 2 sub a (uitdrukkelijke toestemming van de inwoner, vastgelegd)';

/** The same log entry in the case's organisation and in the partner's. */
export function bothOrganisations(inv: store.InvitationRow, e: Omit<LogEntry, 'organisationId' | 'purpose'>): LogEntry[] {
  return [inv.organisationId, inv.partnerOrganisationId].map((organisationId) => ({ ...e, purpose: 'hulpverlening' as const, legalGround: CONSENT_GROUND, organisationId, caseId: inv.caseId, householdId: inv.householdId }));
}

/** The state of an invitation's access today, from its consent and its case. */
async function stateOf(tx: Queryable, inv: store.InvitationRow, today: string): Promise<{ state: AccessState; consent: ConsentView | null; caseStatus: 'open' | 'gesloten' }> {
  const check = await checkConsent(tx, { consentId: inv.consentId, organisationId: inv.organisationId, caseId: inv.caseId, needs: PARTNER_NEEDS, recipientOrganisationId: inv.partnerOrganisationId }, today);
  const cs = await cases.caseOfOrganisation(tx, inv.organisationId, inv.caseId);
  const caseStatus = cs?.status ?? 'gesloten';
  return { state: accessState(inv, caseStatus, { allowed: check.allowed, state: check.consent?.state ?? null }), consent: check.consent, caseStatus };
}

/** The partner's access through an invitation today (for the commands of this room and the resident's preview). */
export async function accessOf(tx: Queryable, inv: store.InvitationRow, today: string): Promise<AccessState> {
  return (await stateOf(tx, inv, today)).state;
}

/**
 * For the resident's own page (the resident room authorises and logs): the invitations of the case to
 * professionals of one organisation, with their access today — to show, before the resident confirms,
 * who would stop or start seeing the plan.
 */
export async function invitationsForResident(tx: Queryable, caseId: string, partnerOrganisationId: string, today: string): Promise<Array<{ partnerUserName: string; active: boolean; access: AccessState }>> {
  const out = [];
  for (const inv of await store.invitationsOfCaseForOrganisation(tx, caseId, partnerOrganisationId)) out.push({ partnerUserName: inv.partnerUserName, active: inv.status === 'actief', access: (await stateOf(tx, inv, today)).state });
  return out;
}

/**
 * The partner's grant on an invitation: its own invitation (else 404), and access today (else 403
 * with the reason). Called at the start of every partner request, so a withdrawn consent ends access
 * at once.
 */
export async function grantFor(tx: Queryable, a: Actor, invitationId: string, today: string, opts: { forUpdate?: boolean } = {}) {
  const inv = await store.findInvitation(tx, invitationId, opts.forUpdate);
  enforce(mayUseInvitation(a, inv));
  const s = await stateOf(tx, inv!, today);
  enforce(mayAccessThrough(s.state));
  return { inv: inv!, consent: s.consent! };
}

export interface PartnerInvitationItem {
  id: string;
  organisationName: string;
  partyName: string;
  purpose: string;
  invitedByName: string;
  invitedAt: string;
  access: AccessState;
  accessLabel: string;
  /** The first name of the household's aanvrager, only while there is access. */
  householdLabel: string | null;
  validUntil: string | null;
}
/** The partner's invitations with their access today. The aanvrager's first name is shown (and logged) only where there is access. */
export async function partnerInvitations(tx: Queryable, a: Actor, today: string): Promise<PartnerInvitationItem[]> {
  const out: PartnerInvitationItem[] = [];
  const log: LogEntry[] = [];
  for (const inv of await store.invitationsOfPartner(tx, a.organisationId, a.userId)) {
    if (mayUseInvitation(a, inv)) continue;
    const s = await stateOf(tx, inv, today);
    let householdLabel: string | null = null;
    if (s.state === 'toegang') {
      const h = await cases.getHousehold(tx, inv.organisationId, inv.householdId);
      const main = h.members.find((m) => m.role === 'aanvrager') ?? h.members[0];
      householdLabel = main ? `Huishouden van ${firstName(main.name)}` : 'Huishouden';
      if (main) log.push(...bothOrganisations(inv, { action: 'lezen', resource: 'partner_overzicht', resourceId: inv.id, personId: main.id, fields: ['firstName'] }));
    }
    out.push({ id: inv.id, organisationName: inv.organisationName, partyName: inv.partyName, purpose: inv.purpose, invitedByName: inv.invitedByName, invitedAt: inv.invitedAt, access: s.state, accessLabel: ACCESS_LABELS[s.state], householdLabel, validUntil: s.consent?.validUntil ?? null });
  }
  await logProcessing(tx, a, log);
  return out;
}

/** What the partner sees of a case: exactly what its purpose needs (see model.ts); the read is logged in both organisations. */
export async function partnerCase(tx: Queryable, a: Actor, invitationId: string, today: string) {
  const { inv, consent } = await grantFor(tx, a, invitationId, today);
  const cs = (await cases.caseOfOrganisation(tx, inv.organisationId, inv.caseId))!;
  const household = await cases.getHousehold(tx, inv.organisationId, inv.householdId);
  const plan = partnerPlan(await cases.planOf(tx, inv.caseId), inv.partyId, today);
  const messages = await store.messagesOf(tx, [inv.id]);
  await logProcessing(tx, a, [
    ...bothOrganisations(inv, { action: 'lezen', resource: 'partner_casus', resourceId: inv.id, fields: ['goals', 'actions', 'parties', 'members.firstName', 'members.ageBand', 'messages'] }),
  ]);
  return {
    invitation: { id: inv.id, organisationName: inv.organisationName, partyName: inv.partyName, purpose: inv.purpose, invitedByName: inv.invitedByName, regisseurName: cs.regisseurName, invitedAt: inv.invitedAt, validUntil: consent.validUntil },
    household: partnerHousehold(household.members, today),
    ...plan,
    messages,
  };
}

/** The invitations of a case for the regisseur, with their access today, the consent and the messages; the read is logged. */
export async function invitationsOfCase(tx: Queryable, a: Actor, caseId: string, today: string) {
  enforce(mayInvite(a));
  const cs = await cases.getCaseForActor(tx, a, caseId);
  const invs = await store.invitationsOfCase(tx, cs.id);
  const messages = await store.messagesOf(tx, invs.map((i) => i.id));
  const items = [];
  for (const inv of invs) {
    const s = await stateOf(tx, inv, today);
    items.push({ ...inv, access: s.state, accessLabel: ACCESS_LABELS[s.state], consent: s.consent ? { id: s.consent.id, state: s.consent.state, stateLabel: s.consent.stateLabel, validUntil: s.consent.validUntil, personName: s.consent.personName, dataLabels: s.consent.dataLabels } : null, messages: messages.filter((m) => m.invitationId === inv.id) });
  }
  if (items.length) await logProcessing(tx, a, { action: 'lezen', resource: 'partneruitnodigingen', caseId: cs.id, householdId: cs.householdId, fields: ['partner', 'purpose', 'messages'], purpose: 'hulpverlening' });
  return items;
}

/** One invitation of the actor's organisation, for the regisseur's commands (404 for anyone else). */
export async function invitationOfOrganisation(tx: Queryable, a: Actor, id: string, forUpdate = false): Promise<store.InvitationRow> {
  const inv = await store.findInvitation(tx, id, forUpdate);
  if (!inv || inv.organisationId !== a.organisationId) throw notFound('Uitnodiging');
  return inv;
}
