// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy room's reads (ADR 11): the processing log, finding a person, and the inzage export
 * (AVG art. 15). Authorised through the policy; the search and the export are themselves logged.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { invalid, notFound } from '../platform/errors';
import type { InzageSource } from '../platform/inzage';
import { todayInAmsterdam } from '../platform/today';
import { logProcessing } from '../platform/processing-log';
import { getOrganisation } from '../accounts/queries';
import { findPerson, getCaseForActor, searchPersons as searchMembers } from '../cases/queries';
import { CONSENT_DATA, CONSENT_STATE_LABELS, consentAllows, consentState, type ConsentData, type ConsentState } from './model';
import { enforce, mayExportInzage, mayReadConsents, mayReadProcessingLog, maySearchPersons } from './policy';
import * as store from './store';

export type { LogRow, ConsentRow } from './store';

/** A page of the organisation's processing log, newest first. */
export async function readProcessingLog(tx: Queryable, actor: Actor, f: store.LogFilter) {
  enforce(mayReadProcessingLog(actor));
  if (f.from && f.to && f.from > f.to) throw invalid('to', 'ligt voor de begindatum (from)');
  const res = await store.readLog(tx, actor.organisationId, f);
  return { ...res, page: f.page, pageSize: f.pageSize };
}

/** Persons by name or BSN; each one found is logged (purpose inzage). */
export async function searchPersons(tx: Queryable, actor: Actor, q: string) {
  enforce(maySearchPersons(actor));
  const items = await searchMembers(tx, actor.organisationId, q);
  await logProcessing(tx, actor, items.map((p) => ({ action: 'lezen' as const, resource: 'persoon_zoeken', personId: p.id, householdId: p.householdId, fields: ['name', 'birthDate'], purpose: 'inzage' as const })));
  return { items };
}

/** Everything every room holds on one person, with the log of what was done with it; the export itself is logged. */
export async function inzageExport(tx: Queryable, actor: Actor, personId: string, sources: Array<[string, InzageSource]>, now: Date) {
  enforce(mayExportInzage(actor));
  const scope = { organisationId: actor.organisationId, ...(await findPerson(tx, actor.organisationId, { personId })) };
  const sections: Record<string, unknown> = {};
  for (const [name, source] of sources) sections[name] = await source(tx, scope);
  const processingLog = await store.logAboutPerson(tx, actor.organisationId, scope.personId, scope.householdId, scope.caseIds);
  const organisation = (await getOrganisation(tx, actor.organisationId)).name;
  await logProcessing(tx, actor, { action: 'exporteren', resource: 'inzage', personId: scope.personId, householdId: scope.householdId, fields: Object.keys(sections), purpose: 'inzage' });
  return { generatedAt: now.toISOString(), organisation, legalGround: 'AVG art. 15 (recht van inzage)', sections, processingLog };
}

/**
 * The log about one person and their household, newest first, at most `limit` lines, for the
 * resident's own page (issue 17; the resident room authorises and logs). Lines about other members
 * of the household are not included.
 */
export async function logForResident(tx: Queryable, organisationId: string, personId: string, householdId: string, caseIds: string[], limit: number) {
  const rows = await store.logAboutPerson(tx, organisationId, personId, householdId, caseIds);
  return rows.reverse().slice(0, limit);
}
// ---- consent (docs/privacy.md) ------------------------------------------------------------------

/** A consent as the API and other rooms see it: the row with its state today and Dutch labels of its data. */
export interface ConsentView extends Omit<store.ConsentRow, 'dataCategories'> {
  dataCategories: ConsentData[];
  state: ConsentState;
  stateLabel: string;
  dataLabels: string[];
}
export function consentView(row: store.ConsentRow, today: string): ConsentView {
  const state = consentState(row, today);
  return { ...row, dataCategories: row.dataCategories as ConsentData[], state, stateLabel: CONSENT_STATE_LABELS[state], dataLabels: row.dataCategories.map((d) => CONSENT_DATA[d as ConsentData] ?? d) };
}

/** Every consent recorded on a case, newest first, with its state today (for those who work on the case); the read is logged. */
export async function consentsOfCase(tx: Queryable, actor: Actor, caseId: string, today: string): Promise<ConsentView[]> {
  enforce(mayReadConsents(actor));
  const cs = await getCaseForActor(tx, actor, caseId);
  const rows = await store.consentsOfCase(tx, cs.id);
  if (rows.length) await logProcessing(tx, actor, { action: 'lezen', resource: 'toestemmingen', caseId: cs.id, householdId: cs.householdId, fields: ['personName', 'dataCategories', 'recipient', 'purpose'], purpose: 'hulpverlening' });
  return rows.map((r) => consentView(r, today));
}

/** One consent of the actor's organisation (for those who work on its case). */
export async function consentForActor(tx: Queryable, actor: Actor, consentId: string, today: string): Promise<ConsentView> {
  enforce(mayReadConsents(actor));
  const row = await store.findConsent(tx, actor.organisationId, consentId);
  if (!row) throw notFound('Toestemming');
  await getCaseForActor(tx, actor, row.caseId);
  return consentView(row, today);
}

/**
 * For other rooms, before every access that rests on a consent: does consent `consentId`, recorded
 * by `organisationId` on `caseId`, allow the data `needs` today? No authorisation and no log: the
 * caller authorises its own access and logs it. Answers the consent (or null) and whether it allows.
 */
export async function checkConsent(tx: Queryable, q: { consentId: string; organisationId: string; caseId: string; needs?: readonly ConsentData[]; recipientOrganisationId?: string }, today: string): Promise<{ allowed: boolean; consent: ConsentView | null }> {
  const row = await store.findConsent(tx, q.organisationId, q.consentId);
  if (!row || row.caseId !== q.caseId) return { allowed: false, consent: null };
  const recipientOk = !q.recipientOrganisationId || row.recipientOrganisationId === q.recipientOrganisationId;
  return { allowed: recipientOk && consentAllows(row, today, q.needs ?? []), consent: consentView(row, today) };
}

/** The consents on the person's household's cases, for the inzage export (AVG art. 15); the export itself is authorised and logged by inzageExport. */
export const consentsInzage: InzageSource = async (tx, scope) => {
  const rows = await store.consentsOfHousehold(tx, scope.organisationId, scope.householdId);
  return rows.length ? rows.map((r) => consentView(r, todayInAmsterdam(new Date()))) : null;
};
