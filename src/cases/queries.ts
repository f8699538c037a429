// SPDX-License-Identifier: EUPL-1.2
/**
 * The cases room's reads (ADR 11), for its routes and for other rooms: authorise through the
 * policy, read through the store, log the processing. Other rooms import these names, never the store.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { DOMAIN_KEYS, DOMAINS, SCORE_LABELS, currentScores, describeCaseEvent, eventVisible, withOverdue } from './model';
import { canEditCase, casePurpose, caseScope, enforce, mayReadCase, mayReadSupportData, mayUseHousehold, mayWorkOnCases, readableNotePurposes, writableNotePurposes } from './policy';
import * as store from './store';

export type { CaseRow, CaseListItem, LifeEventRow, HouseholdRow, MemberRow, NoteRow, GoalRow, ActionRow, PartyRow, ScoreRowDb, PersonHit } from './store';

/** The life domains (ZRM) and the meaning of the scores 1-5. */
export function lifeDomains() {
  return { domains: DOMAIN_KEYS.map((key) => ({ key, label: DOMAINS[key] })), scores: Object.entries(SCORE_LABELS).map(([s, label]) => ({ score: Number(s), label })) };
}

/**
 * The case as the actor may see it: another organisation's case does not exist for them (404);
 * another team's case in their own organisation is refused (403) for team-scoped roles.
 * Other rooms use this to check access before they touch anything hanging on a case.
 */
export async function getCaseForActor(tx: Queryable, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<store.CaseRow> {
  const row = await store.findCase(tx, actor.organisationId, id, opts.forUpdate);
  if (!row) throw notFound('Casus');
  enforce(mayReadCase(actor, row));
  return row;
}

/** The household with its members (no authorisation: the caller has checked access to a case of it). */
export async function getHousehold(tx: Queryable, organisationId: string, id: string): Promise<store.HouseholdRow> {
  const h = await store.findHousehold(tx, organisationId, id);
  if (!h) throw notFound('Huishouden');
  return h;
}

/** The household if the actor may use it (see policy.mayUseHousehold). */
export async function householdForActor(tx: Queryable, actor: Actor, id: string): Promise<store.HouseholdRow> {
  enforce(mayWorkOnCases(actor));
  const h = await getHousehold(tx, actor.organisationId, id);
  enforce(mayUseHousehold(actor, caseScope(actor) === 'team' ? await store.householdCaseTeams(tx, id, actor.teamId) : { any: false, mine: false }));
  return h;
}

/** The plan of a case: goals, actions and parties (no authorisation: the caller has the case). */
export const planOf = (tx: Queryable, caseId: string) => store.planOf(tx, caseId);

/** The assessment of a case: the current score per domain and the history. */
export async function assessmentOf(tx: Queryable, caseId: string) {
  const history = await store.listScores(tx, caseId);
  return { current: currentScores(history), history };
}

// ---- for the routes --------------------------------------------------------------------------------

/** GET /households/{id}: the household, its members' reading logged. */
export async function readHousehold(tx: Queryable, actor: Actor, id: string) {
  const h = await householdForActor(tx, actor, id);
  await logProcessing(tx, actor, h.members.map((m) => ({ action: 'lezen' as const, resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: ['name', 'birthDate', 'role', 'bsn'], purpose: casePurpose(actor) })));
  return h;
}

export interface CaseListQuery {
  status?: 'open' | 'gesloten';
  regisseurId?: string;
  domain?: string;
  q?: string;
  page: number;
  pageSize: number;
}
/** The cases of the actor's team (enforcement: the organisation), a page of them. */
export async function listCases(tx: Queryable, actor: Actor, q: CaseListQuery, today: string) {
  enforce(mayWorkOnCases(actor));
  const res = await store.listCases(tx, actor.organisationId, { ...q, teamId: caseScope(actor) === 'team' ? actor.teamId : null, today });
  await logProcessing(tx, actor, res.items.map((cs) => ({ action: 'lezen' as const, resource: 'casuslijst', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['title', 'householdName', 'status'], purpose: casePurpose(actor) })));
  return { items: res.items, total: res.total, page: q.page, pageSize: q.pageSize };
}

/** The case file: household, phases, assessment, plan and notes, as far as the actor's role may see them. */
export async function caseFile(tx: Queryable, actor: Actor, id: string, today: string) {
  const cs = await getCaseForActor(tx, actor, id);
  const household = await getHousehold(tx, actor.organisationId, cs.householdId);
  const support = canEditCase(actor); // enforcement sees no assessment or plan (health and support data)
  const assessment = support ? await assessmentOf(tx, cs.id) : null;
  const plan = support ? await store.planOf(tx, cs.id) : null;
  const readable = readableNotePurposes(actor);
  const notes = await store.listNotes(tx, cs.id, readable);
  const purpose = casePurpose(actor);
  await logProcessing(tx, actor, [
    { action: 'lezen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['case', 'household', ...(support ? ['assessment', 'plan'] : []), `notes:${readable.join('+')}`], purpose },
    ...household.members.map((m) => ({ action: 'lezen' as const, resource: 'gezinslid', resourceId: m.id, householdId: household.id, caseId: cs.id, personId: m.id, fields: ['name', 'birthDate', 'role', 'bsn'], purpose })),
  ]);
  return {
    case: cs,
    household,
    phases: await store.listPhases(tx, cs.id),
    assessment,
    plan: plan && { ...plan, actions: withOverdue(plan.actions, today) },
    notes,
    events: (await store.listEvents(tx, cs.id))
      .filter((e) => eventVisible(e.kind, { support, notePurposes: readable }))
      .map((e) => ({ kind: e.kind, detail: e.detail, text: describeCaseEvent(e), at: e.at, userName: e.userName })),
    permissions: { edit: support && cs.status === 'open', notePurposesWritable: writableNotePurposes(actor), notePurposesReadable: readable },
  };
}

/** The assessment of a case (support roles only). */
export async function readAssessment(tx: Queryable, actor: Actor, id: string) {
  enforce(mayReadSupportData(actor));
  const cs = await getCaseForActor(tx, actor, id);
  const res = await assessmentOf(tx, cs.id);
  await logProcessing(tx, actor, { action: 'lezen', resource: 'zelfredzaamheid', caseId: cs.id, householdId: cs.householdId, fields: [...new Set(res.history.map((s) => s.domain))], purpose: 'hulpverlening' });
  return res;
}

/** The plan of a case with overdue actions marked (support roles only). */
export async function readPlan(tx: Queryable, actor: Actor, id: string, today: string) {
  enforce(mayReadSupportData(actor));
  const cs = await getCaseForActor(tx, actor, id);
  const plan = await store.planOf(tx, cs.id);
  await logProcessing(tx, actor, { action: 'lezen', resource: 'plan', caseId: cs.id, householdId: cs.householdId, fields: ['goals', 'actions', 'parties'], purpose: 'hulpverlening' });
  return { ...plan, actions: withOverdue(plan.actions, today) };
}

/** The notes of a case with the purposes the actor's role may read (enforcement never sees support notes). */
export async function readNotes(tx: Queryable, actor: Actor, id: string) {
  const cs = await getCaseForActor(tx, actor, id);
  const purposes = readableNotePurposes(actor);
  const items = await store.listNotes(tx, cs.id, purposes);
  await logProcessing(tx, actor, { action: 'lezen', resource: 'notities', caseId: cs.id, householdId: cs.householdId, fields: purposes.map((p) => `notes:${p}`), purpose: casePurpose(actor) });
  return { items };
}

// ---- for subject access (the privacy room authorises and logs) -----------------------------------

/** The person by member id or BSN, with their household and its cases (404 when unknown). */
export async function findPerson(tx: Queryable, organisationId: string, by: { personId?: string; bsn?: string }) {
  const m = await store.findMember(tx, organisationId, by);
  if (!m) throw notFound('Persoon');
  return { personId: m.id, householdId: m.householdId, caseIds: await store.caseIdsOfHousehold(tx, organisationId, m.householdId) };
}

/** Persons by (part of) their name or by BSN, at most 25. */
export const searchPersons = (tx: Queryable, organisationId: string, q: string) => store.searchMembers(tx, organisationId, q);

/** Everything the case room holds on the cases of a household, for the inzage export. */
export async function casesForInzage(tx: Queryable, organisationId: string, caseIds: string[]) {
  const cases = [];
  for (const caseId of caseIds) {
    const c = await store.findCaseRecord(tx, organisationId, caseId);
    if (!c) continue;
    cases.push({
      ...c,
      phases: await store.listPhases(tx, caseId),
      events: (await store.listEvents(tx, caseId)).map((e) => ({ kind: e.kind, detail: e.detail, text: describeCaseEvent(e), at: e.at, userName: e.userName })),
      assessment: (await assessmentOf(tx, caseId)).history,
      plan: await store.planOf(tx, caseId),
      notes: await store.listNotes(tx, caseId, ['hulpverlening', 'toegang', 'handhaving']),
      lifeEvents: await store.listLifeEvents(tx, caseId),
    });
  }
  return cases;
}

/**
 * The open cases of a household with their regisseur and team: nothing of the case's content. For
 * enforcement's "bekend bij een regisseur?" and the pause; the caller logs the processing.
 */
export async function openCaseContactsOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<Array<{ caseId: string; teamId: string; teamName: string; regisseurId: string; regisseurName: string }>> {
  const out: Array<{ caseId: string; teamId: string; teamName: string; regisseurId: string; regisseurName: string }> = [];
  for (const id of await store.caseIdsOfHousehold(tx, organisationId, householdId)) {
    const c = await store.findCase(tx, organisationId, id);
    if (c && c.status === 'open') out.push({ caseId: c.id, teamId: c.teamId, teamName: c.teamName, regisseurId: c.regisseurId, regisseurName: c.regisseurName });
  }
  return out;
}

// ---- for the resident's own page (the resident room authorises and logs) --------------------------

export type { PlanPointRow } from './store';

/** The cases of a household, open first (no authorisation: the resident room checked the link). */
export const casesOfHousehold = (tx: Queryable, organisationId: string, householdId: string) => store.casesOfHousehold(tx, organisationId, householdId);

/**
 * What the applicant may see of one case of their household: the case, the plan (goals, actions with
 * overdue marks, parties, krachten and zorgen, the own perspective) and only the notes a professional
 * shared with the resident. Never the assessment's reasons nor any other note.
 */
export async function caseForResident(tx: Queryable, cs: store.CaseRow, today: string) {
  const plan = await store.planOf(tx, cs.id);
  return { case: cs, plan: { ...plan, actions: withOverdue(plan.actions, today) }, sharedNotes: await store.listSharedNotes(tx, cs.id) };
}

/**
 * A case of an organisation by id, without authorisation, or null: for the partners room, which
 * authorises a partner through an invitation grant with the resident's consent (ADR 0017).
 */
export const caseOfOrganisation = (tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<store.CaseRow | null> => store.findCase(tx, organisationId, id, opts.forUpdate);

/** The life events and applications on a case, in the order they happened (no authorisation: the caller has the case). */
export const lifeEventsOf = (tx: Queryable, caseId: string) => store.listLifeEvents(tx, caseId);

/** GET the life events of a case the actor may see, the reading logged. */
export async function readLifeEvents(tx: Queryable, actor: Actor, caseId: string) {
  enforce(mayReadSupportData(actor));
  const cs = await getCaseForActor(tx, actor, caseId);
  const items = await store.listLifeEvents(tx, cs.id);
  await logProcessing(tx, actor, { action: 'lezen', resource: 'levensgebeurtenissen', caseId: cs.id, householdId: cs.householdId, fields: ['type', 'occurredOn', 'note'], purpose: casePurpose(actor) });
  return { cs, items };
}

/** For the patterns (learning room): the organisation's cases active in a period, without names — dates, problem domains (1-2 on the latest score), children in the household. */
export const patternCases = (tx: Queryable, organisationId: string, f: { from: string; to: string; teamId?: string | null }) => store.patternCases(tx, organisationId, f);
/** For the council's report: cases opened and closed in a period. */
export const caseFlow = (tx: Queryable, organisationId: string, from: string, to: string) => store.caseFlow(tx, organisationId, from, to);
