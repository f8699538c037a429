// SPDX-License-Identifier: EUPL-1.2
/**
 * The cases room's use cases (ADR 11), one function each, run inside the caller's transaction:
 * lock, load, ask the policy, apply the model's rules, write through the store, log the processing.
 * Used by the routes, by other rooms and by the demo loaders.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { conflict, invalid, notFound, preconditionFailed } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { defineEvent } from '../platform/events';
import { activeTeamMemberRoles, isOrganisationUser, organisationName } from '../accounts/queries';
import { MAX_MEMBERS, caseChangeText, checkBirthDates, checkCaseOpen, checkNotFuture, isLifeEventType, noteText, planItemText, scoresText, withOverdue, type ActionStatus, type CaseOrigin, type GoalStatus, type NotePurpose, type PartyStatus, type PlanPointKind, type WamsPhase } from './model';
import { enforce, mayCorrectNote, mayEditCase, mayWorkOnCases, mayWriteNote, notePurposeOfProcessing } from './policy';
import { assessmentOf, getCaseForActor, getHousehold, householdForActor } from './queries';
import * as store from './store';

const memberFields = (m: object) => Object.keys(m).filter((k) => k !== 'id');
const stripUndefined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
const bsnTakenProblem = (field: string) => conflict(`${field}: dit BSN is al geregistreerd bij een ander huishouden van uw organisatie.`, 'bsn_bestaat');

// ---- households and members ----------------------------------------------------------------

export interface HouseholdInput {
  name: string;
  address?: string | null;
  postcode?: string | null;
  members: store.MemberInput[];
}

/** Registers a household with its members (a BSN is unique within the organisation). No authorisation: for commands and the demo. */
export async function insertHousehold(tx: Queryable, organisationId: string, h: HouseholdInput): Promise<store.HouseholdRow> {
  const id = await store.insertHouseholdRow(tx, organisationId, { name: h.name, address: h.address ?? null, postcode: h.postcode ?? null });
  for (const [i, m] of h.members.entries()) await addMemberRow(tx, organisationId, id, m, `household.members.${i}.bsn`);
  return getHousehold(tx, organisationId, id);
}

async function addMemberRow(tx: Queryable, organisationId: string, householdId: string, m: store.MemberInput, bsnField: string): Promise<store.MemberRow> {
  if (m.bsn && (await store.bsnTaken(tx, organisationId, m.bsn))) throw bsnTakenProblem(bsnField);
  return store.insertMember(tx, organisationId, householdId, m);
}

/** POST /households: a household with its members, registered by a support worker. */
export async function createHousehold(tx: Queryable, a: Actor, body: HouseholdInput, today: string): Promise<store.HouseholdRow> {
  enforce(mayEditCase(a));
  enforce(mayWorkOnCases(a));
  checkBirthDates(body.members, 'members', today);
  const h = await insertHousehold(tx, a.organisationId, body);
  await logProcessing(tx, a, [
    { action: 'aanmaken', resource: 'huishouden', resourceId: h.id, householdId: h.id, fields: ['name', 'address', 'postcode'].filter((k) => k in body), purpose: 'hulpverlening' },
    ...h.members.map((m, i) => ({ action: 'aanmaken' as const, resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: memberFields(body.members[i]), purpose: 'hulpverlening' as const })),
  ]);
  return h;
}

/** PATCH /households/{id}: name and address, when the version still matches (the row is locked first). */
export async function updateHousehold(tx: Queryable, a: Actor, id: string, version: number, patch: { name?: string; address?: string | null; postcode?: string | null }): Promise<store.HouseholdRow> {
  enforce(mayEditCase(a));
  await householdForActor(tx, a, id);
  // Lock first, compare after: exactly one of several writers with the same If-Match wins.
  await store.lockHousehold(tx, a.organisationId, id);
  const cur = await getHousehold(tx, a.organisationId, id);
  if (cur.version !== version) throw preconditionFailed();
  const ok = await store.updateHousehold(tx, a.organisationId, id, version, {
    name: patch.name ?? cur.name,
    address: patch.address === undefined ? cur.address : patch.address,
    postcode: patch.postcode === undefined ? cur.postcode : patch.postcode,
  });
  if (!ok) throw preconditionFailed();
  const h = await getHousehold(tx, a.organisationId, id);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'huishouden', resourceId: h.id, householdId: h.id, fields: Object.keys(patch), purpose: 'hulpverlening' });
  return h;
}

/** POST /households/{id}/members. */
export async function addMember(tx: Queryable, a: Actor, householdId: string, body: store.MemberInput, today: string): Promise<store.MemberRow> {
  enforce(mayEditCase(a));
  checkBirthDates([body], null, today);
  const h = await householdForActor(tx, a, householdId);
  if (h.members.length >= MAX_MEMBERS) throw invalid('members', `een huishouden heeft hoogstens ${MAX_MEMBERS} gezinsleden`);
  const m = await addMemberRow(tx, a.organisationId, h.id, body, 'bsn');
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: memberFields(body), purpose: 'hulpverlening' });
  return m;
}

/** PATCH /households/{id}/members/{itemId}, when the version still matches. */
export async function updateMember(tx: Queryable, a: Actor, householdId: string, id: string, version: number, patch: Partial<store.MemberInput>, today: string): Promise<store.MemberRow> {
  enforce(mayEditCase(a));
  if (patch.birthDate) checkBirthDates([{ birthDate: patch.birthDate }], null, today);
  await householdForActor(tx, a, householdId);
  const cur = await store.lockMember(tx, a.organisationId, householdId, id);
  if (!cur) throw notFound('Gezinslid');
  if (cur.version !== version) throw preconditionFailed();
  if (patch.bsn && (await store.bsnTaken(tx, a.organisationId, patch.bsn, id))) throw bsnTakenProblem('bsn');
  const m = await store.updateMember(tx, id, version, {
    name: patch.name ?? cur.name,
    birthDate: patch.birthDate ?? cur.birthDate,
    role: patch.role ?? cur.role,
    bsn: patch.bsn === undefined ? cur.bsn : patch.bsn,
  });
  if (!m) throw preconditionFailed();
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'gezinslid', resourceId: m.id, householdId, personId: m.id, fields: Object.keys(patch), purpose: 'hulpverlening' });
  return m;
}

// ---- cases -------------------------------------------------------------------------------------

/** Opens a case in the actor's team with the actor as regisseur, in the phase verkenning. No authorisation: for commands and the demo. */
export async function insertCase(tx: Queryable, actor: Actor, c: { householdId: string; title: string; summary: string; origin: CaseOrigin; openedOn: string }): Promise<store.CaseRow> {
  await getHousehold(tx, actor.organisationId, c.householdId);
  const id = await store.insertCaseRow(tx, { organisationId: actor.organisationId, teamId: actor.teamId, householdId: c.householdId, regisseurId: actor.userId, title: c.title, summary: c.summary, origin: c.origin, openedOn: c.openedOn });
  await store.insertPhase(tx, actor, id, 'verkenning', c.openedOn);
  await store.addCaseEvent(tx, actor, id, 'geopend', c.origin);
  return getCaseForActor(tx, actor, id);
}

export interface OpenCaseInput {
  householdId?: string;
  household?: HouseholdInput;
  title: string;
  summary?: string;
  origin?: CaseOrigin;
  openedOn?: string;
}
/** POST /cases: a case for an existing household, or for a new one registered with it. */
export async function openCase(tx: Queryable, a: Actor, body: OpenCaseInput, today: string): Promise<store.CaseRow> {
  enforce(mayEditCase(a));
  enforce(mayWorkOnCases(a));
  if (!body.householdId === !body.household) throw invalid('householdId', 'geef óf householdId (bestaand huishouden) óf household (nieuw huishouden)');
  const openedOn = body.openedOn ?? today;
  checkNotFuture('openedOn', openedOn, today);
  if (body.household) checkBirthDates(body.household.members, 'household.members', today);
  let householdId = body.householdId;
  if (body.household) {
    const h = await insertHousehold(tx, a.organisationId, body.household);
    householdId = h.id;
    await logProcessing(tx, a, h.members.map((m, i) => ({ action: 'aanmaken' as const, resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: memberFields(body.household!.members[i]), purpose: 'hulpverlening' as const })));
  } else {
    await householdForActor(tx, a, householdId!);
  }
  const cs = await insertCase(tx, a, { householdId: householdId!, title: body.title, summary: body.summary ?? '', origin: body.origin ?? 'inwoner', openedOn });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['title', 'summary', 'origin'], purpose: 'hulpverlening' });
  return cs;
}

export interface EditCaseInput {
  title?: string;
  summary?: string;
  regisseurId?: string;
  wamsPhase?: WamsPhase;
  phaseStartedOn?: string;
}
/** PATCH /cases/{id}: title, summary, regisseur (of the case's team), Wams phase; when the version still matches. */
export async function editCase(tx: Queryable, a: Actor, id: string, version: number, patch: EditCaseInput, today: string): Promise<store.CaseRow> {
  enforce(mayEditCase(a));
  if (patch.phaseStartedOn && !patch.wamsPhase) throw invalid('phaseStartedOn', 'kan alleen samen met wamsPhase worden meegestuurd');
  checkNotFuture('phaseStartedOn', patch.phaseStartedOn, today);
  const cur = await getCaseForActor(tx, a, id, { forUpdate: true });
  if (cur.version !== version) throw preconditionFailed();
  checkCaseOpen(cur);
  if (patch.regisseurId && patch.regisseurId !== cur.regisseurId) {
    const roles = await activeTeamMemberRoles(tx, a.organisationId, cur.teamId, patch.regisseurId);
    if (!roles || !roles.some((r) => r === 'professional' || r === 'teamleider')) throw invalid('regisseurId', 'moet een actieve professional of teamleider van het team van de casus zijn');
    await store.addCaseEvent(tx, a, id, 'regisseur_gewijzigd', patch.regisseurId);
  }
  if (patch.wamsPhase && patch.wamsPhase !== cur.wamsPhase) {
    const started = patch.phaseStartedOn ?? today;
    if (started < cur.openedOn) throw invalid('phaseStartedOn', 'ligt voor de datum waarop de casus is geopend');
    await store.insertPhase(tx, a, id, patch.wamsPhase, started);
  }
  const changeText = caseChangeText(cur, patch, today);
  if (changeText) await store.addCaseEvent(tx, a, id, 'gewijzigd', changeText);
  await store.updateCase(tx, id, { title: patch.title ?? cur.title, summary: patch.summary ?? cur.summary, regisseurId: patch.regisseurId ?? cur.regisseurId, wamsPhase: patch.wamsPhase ?? cur.wamsPhase });
  const cs = await getCaseForActor(tx, a, id);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(patch), purpose: 'hulpverlening' });
  return cs;
}

/** POST /cases/{id}/close and /reopen: with a reason; `version` null when the caller sent no If-Match. */
export async function setCaseStatus(tx: Queryable, a: Actor, id: string, version: number | null, to: 'open' | 'gesloten', body: { reason: string; closedOn?: string }, today: string): Promise<store.CaseRow> {
  enforce(mayEditCase(a));
  const on = body.closedOn ?? today;
  checkNotFuture('closedOn', on, today);
  const cur = await getCaseForActor(tx, a, id, { forUpdate: true });
  if (version !== null && cur.version !== version) throw preconditionFailed();
  if (cur.status === to) throw conflict(to === 'gesloten' ? 'Deze casus is al gesloten.' : 'Deze casus is al open.', 'status_ongewijzigd');
  if (to === 'gesloten' && on < cur.openedOn) throw invalid('closedOn', 'ligt voor de datum waarop de casus is geopend');
  await store.setCaseStatus(tx, id, to, to === 'gesloten' ? on : null, to === 'gesloten' ? body.reason : null);
  await store.addCaseEvent(tx, a, id, to === 'gesloten' ? 'gesloten' : 'heropend', body.reason);
  const cs = await getCaseForActor(tx, a, id);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['status', 'closeReason'], purpose: 'hulpverlening' });
  return cs;
}

export const closeCase = (tx: Queryable, a: Actor, id: string, version: number | null, body: { reason: string; closedOn?: string }, today: string) => setCaseStatus(tx, a, id, version, 'gesloten', body, today);
export const reopenCase = (tx: Queryable, a: Actor, id: string, version: number | null, body: { reason: string }, today: string) => setCaseStatus(tx, a, id, version, 'open', body, today);

/** The case locked for a change of its file: a support worker's, and open. */
async function openCaseForEdit(tx: Queryable, a: Actor, id: string): Promise<store.CaseRow> {
  enforce(mayEditCase(a));
  const c = await getCaseForActor(tx, a, id, { forUpdate: true });
  checkCaseOpen(c);
  return c;
}

// ---- assessment ---------------------------------------------------------------------------------

/** POST /cases/{id}/assessments: scores for the domains chosen, on a date between the opening and today. */
export async function recordAssessment(tx: Queryable, a: Actor, id: string, body: { assessedOn: string; scores: { domain: string; score: number; reason: string }[] }, today: string) {
  checkNotFuture('assessedOn', body.assessedOn, today);
  const cs = await openCaseForEdit(tx, a, id);
  if (body.assessedOn < cs.openedOn) throw invalid('assessedOn', 'ligt voor de datum waarop de casus is geopend');
  await store.insertScores(tx, a, cs.id, body.assessedOn, body.scores);
  await store.addCaseEvent(tx, a, cs.id, 'zelfredzaamheid.vastgelegd', scoresText(body.assessedOn, body.scores));
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'zelfredzaamheid', caseId: cs.id, householdId: cs.householdId, fields: body.scores.map((s) => s.domain), purpose: 'hulpverlening' });
  return assessmentOf(tx, cs.id);
}

// ---- plan: goals, actions, parties ---------------------------------------------------------------

type PlanKind = 'goals' | 'actions' | 'parties' | 'plan_points';
/** A plan item is added or changed on an open case of the actor, and logged. */
async function onPlan<T extends { id: string }>(tx: Queryable, a: Actor, caseId: string, kind: PlanKind, action: 'aanmaken' | 'wijzigen', body: object, write: (cs: store.CaseRow) => Promise<T>): Promise<T> {
  const cs = await openCaseForEdit(tx, a, caseId);
  const item = await write(cs);
  await store.addCaseEvent(tx, a, cs.id, `plan.${kind}.${action}`, planItemText(kind, action, item as { description?: string; organisationName?: string; text?: string }, body as Record<string, unknown>));
  await logProcessing(tx, a, { action, resource: kind, resourceId: item.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
  return item;
}

export interface GoalInput { domain: string; description: string; targetDate?: string | null; status?: GoalStatus }
export function addGoal(tx: Queryable, a: Actor, caseId: string, body: GoalInput): Promise<store.GoalRow> {
  return onPlan(tx, a, caseId, 'goals', 'aanmaken', body, (cs) => store.insertGoal(tx, a, cs.id, { domain: body.domain, description: body.description, targetDate: body.targetDate ?? null, status: body.status ?? 'open' }));
}
export function updateGoal(tx: Queryable, a: Actor, caseId: string, id: string, version: number, patch: Partial<GoalInput>): Promise<store.GoalRow> {
  return onPlan(tx, a, caseId, 'goals', 'wijzigen', patch, async (cs) => {
    const cur = await store.lockGoal(tx, cs.id, id);
    if (!cur) throw notFound('Doel');
    if (cur.version !== version) throw preconditionFailed();
    return store.updateGoal(tx, id, { ...cur, ...stripUndefined(patch) });
  });
}

export interface ActionInput { goalId?: string | null; description: string; ownerUserId?: string | null; ownerPartyId?: string | null; ownerLabel?: string; dueDate?: string | null; status?: ActionStatus }
/** An action's goal and party belong to the case; its owner works in the organisation. */
async function checkActionRefs(tx: Queryable, a: Actor, caseId: string, x: Partial<ActionInput>) {
  if (x.goalId && !(await store.goalOfCase(tx, caseId, x.goalId))) throw invalid('goalId', 'is geen doel van deze casus');
  if (x.ownerPartyId && !(await store.partyOfCase(tx, caseId, x.ownerPartyId))) throw invalid('ownerPartyId', 'is geen betrokken partij van deze casus');
  if (x.ownerUserId && !(await isOrganisationUser(tx, a.organisationId, x.ownerUserId))) throw invalid('ownerUserId', 'is geen medewerker van uw organisatie');
}
/**
 * An action of the plan was put on a party (new, or moved to another party): emitted in the same
 * transaction, so another room can react without the cases room knowing it (the partners room sends
 * the invited partner of that party a melding). ADR 0028.
 */
export interface ActionAssigned { actor: Actor; organisationId: string; caseId: string; householdId: string; actionId: string; partyId: string; description: string; dueDate: string | null }
export const actionAssigned = defineEvent<ActionAssigned>('plan.actie_toegewezen');

export async function addAction(tx: Queryable, a: Actor, caseId: string, body: ActionInput, today: string) {
  let householdId = '';
  let theCase = '';
  const item = await onPlan(tx, a, caseId, 'actions', 'aanmaken', body, async (cs) => {
    await checkActionRefs(tx, a, cs.id, body);
    householdId = cs.householdId;
    theCase = cs.id;
    return store.insertAction(tx, a, cs.id, { goalId: body.goalId ?? null, description: body.description, ownerUserId: body.ownerUserId ?? null, ownerPartyId: body.ownerPartyId ?? null, ownerLabel: body.ownerLabel ?? '', dueDate: body.dueDate ?? null, status: body.status ?? 'open' });
  });
  if (item.ownerPartyId) await actionAssigned.emit(tx, { actor: a, organisationId: a.organisationId, caseId: theCase, householdId, actionId: item.id, partyId: item.ownerPartyId, description: item.description, dueDate: item.dueDate });
  return withOverdue([item], today)[0];
}
export async function updateAction(tx: Queryable, a: Actor, caseId: string, id: string, version: number, patch: Partial<ActionInput>, today: string) {
  let householdId = '';
  let theCase = '';
  let previousParty: string | null = null;
  const item = await onPlan(tx, a, caseId, 'actions', 'wijzigen', patch, async (cs) => {
    const cur = await store.lockAction(tx, cs.id, id);
    if (!cur) throw notFound('Actie');
    if (cur.version !== version) throw preconditionFailed();
    await checkActionRefs(tx, a, cs.id, patch);
    householdId = cs.householdId;
    theCase = cs.id;
    previousParty = cur.ownerPartyId;
    return store.updateAction(tx, id, { ...cur, ...stripUndefined(patch) });
  });
  if (item.ownerPartyId && item.ownerPartyId !== previousParty) await actionAssigned.emit(tx, { actor: a, organisationId: a.organisationId, caseId: theCase, householdId, actionId: item.id, partyId: item.ownerPartyId, description: item.description, dueDate: item.dueDate });
  return withOverdue([item], today)[0];
}

export interface PartyInput { partyOrganisationId?: string | null; organisationName?: string; contactName?: string; contact?: string; role: string; informal?: boolean }
export interface PartyPatch { organisationName?: string; contactName?: string; contact?: string; role?: string; status?: PartyStatus }
export function addParty(tx: Queryable, a: Actor, caseId: string, body: PartyInput): Promise<store.PartyRow> {
  return onPlan(tx, a, caseId, 'parties', 'aanmaken', body, async (cs) => {
    let name = body.organisationName ?? '';
    if (body.partyOrganisationId) {
      const known = await organisationName(tx, body.partyOrganisationId);
      if (known === null) throw invalid('partyOrganisationId', 'is geen bekende organisatie');
      name ||= known;
    }
    if (!name) throw invalid('organisationName', 'is verplicht als er geen partyOrganisationId is gekozen');
    if (body.informal && body.partyOrganisationId) throw invalid('informal', 'een persoon uit het eigen netwerk hoort niet bij een organisatie');
    return store.insertParty(tx, a, cs.id, { partyOrganisationId: body.partyOrganisationId ?? null, organisationName: name, contactName: body.contactName ?? '', contact: body.contact ?? '', role: body.role, informal: body.informal ?? false });
  });
}
export function updateParty(tx: Queryable, a: Actor, caseId: string, id: string, version: number, patch: PartyPatch): Promise<store.PartyRow> {
  return onPlan(tx, a, caseId, 'parties', 'wijzigen', patch, async (cs) => {
    const cur = await store.lockParty(tx, cs.id, id);
    if (!cur) throw notFound('Betrokken partij');
    if (cur.version !== version) throw preconditionFailed();
    return store.updateParty(tx, id, { ...cur, ...stripUndefined(patch) });
  });
}

// ---- notes ----------------------------------------------------------------------------------------

/** POST /cases/{id}/notes: a note with its purpose, which is fixed from then on. */
export async function writeNote(tx: Queryable, a: Actor, caseId: string, body: { purpose: NotePurpose; body: string; sharedWithResident?: boolean }): Promise<store.NoteRow> {
  enforce(mayWriteNote(a, body.purpose));
  if (body.sharedWithResident && body.purpose !== 'hulpverlening') throw invalid('sharedWithResident', 'alleen een notitie met het doel hulpverlening kan met de inwoner worden gedeeld');
  const cs = await getCaseForActor(tx, a, caseId, { forUpdate: true });
  checkCaseOpen(cs, 'een notitie te schrijven');
  const note = await store.insertNote(tx, a, cs.id, body);
  await store.addCaseEvent(tx, a, cs.id, `notitie.${body.purpose}.aanmaken`, noteText('aanmaken', body.purpose));
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'notitie', resourceId: note.id, caseId: cs.id, householdId: cs.householdId, fields: ['body'], purpose: notePurposeOfProcessing(body.purpose) });
  return note;
}

/** PATCH /cases/{id}/notes/{itemId}: the author corrects the text; the purpose cannot change. */
export async function correctNote(tx: Queryable, a: Actor, caseId: string, id: string, version: number, body: { body: string; purpose?: NotePurpose }): Promise<store.NoteRow> {
  const cs = await getCaseForActor(tx, a, caseId, { forUpdate: true });
  const cur = await store.findNote(tx, cs.id, id);
  if (!cur) throw notFound('Notitie');
  enforce(mayCorrectNote(a, cur));
  if (body.purpose && body.purpose !== cur.purpose) throw conflict('Het doel van een notitie kan niet worden gewijzigd. Schrijf zo nodig een nieuwe notitie met het juiste doel.', 'doel_onveranderlijk');
  checkCaseOpen(cs, 'een notitie te wijzigen');
  // The version is checked in the same statement: a parallel writer with the same If-Match matches no row.
  const note = await store.updateNoteBody(tx, a, cs.id, id, version, body.body);
  if (!note) throw preconditionFailed();
  await store.addCaseEvent(tx, a, cs.id, `notitie.${cur.purpose}.wijzigen`, noteText('wijzigen', cur.purpose));
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'notitie', resourceId: note.id, caseId: cs.id, householdId: cs.householdId, fields: ['body'], purpose: notePurposeOfProcessing(cur.purpose) });
  return note;
}

// ---- krachten and zorgen; the resident's own changes to the plan (issue 17) --------------------------

/** POST /cases/{id}/plan-points: a kracht or zorg written by the professional. */
export function addPlanPoint(tx: Queryable, a: Actor, caseId: string, body: { kind: PlanPointKind; text: string }): Promise<store.PlanPointRow> {
  return onPlan(tx, a, caseId, 'plan_points', 'aanmaken', body, (cs) => store.insertPlanPoint(tx, a, cs.id, { ...body, byResident: false }));
}

/**
 * The resident's own changes to the plan of their household's case. The resident room has checked
 * that the actor is a resident linked to this case's household (`cs` is that case); the case must be open.
 * The data the resident gives is processed for the help in the plan (purpose hulpverlening).
 */
async function byResident<T extends { id?: string }>(tx: Queryable, a: Actor, cs: store.CaseRow, resource: string, fields: string[], write: () => Promise<T>): Promise<T> {
  checkCaseOpen(cs, 'het plan aan te vullen');
  const item = await write();
  await logProcessing(tx, a, { action: 'aanmaken', resource, resourceId: item.id ?? null, caseId: cs.id, householdId: cs.householdId, fields, purpose: 'hulpverlening' });
  return item;
}
/** The resident writes their own goal for the year (perspectief) in their own words. */
export async function residentSetPerspective(tx: Queryable, a: Actor, cs: store.CaseRow, text: string): Promise<void> {
  await byResident(tx, a, cs, 'perspectief', ['perspective'], async () => {
    await store.setPerspective(tx, cs.id, text);
    return {};
  });
}
/** The resident adds a kracht or zorg. */
export function residentAddPlanPoint(tx: Queryable, a: Actor, cs: store.CaseRow, body: { kind: PlanPointKind; text: string }): Promise<store.PlanPointRow> {
  return byResident(tx, a, cs, 'plan_points', ['kind', 'text'], () => store.insertPlanPoint(tx, a, cs.id, { ...body, byResident: true }));
}
/** The resident adds family or a friend to the plan (informal network). */
export function residentAddNetworkParty(tx: Queryable, a: Actor, cs: store.CaseRow, body: { name: string; relation: string; contact?: string }): Promise<store.PartyRow> {
  return byResident(tx, a, cs, 'parties', ['name', 'relation', 'contact'], () =>
    store.insertParty(tx, a, cs.id, { partyOrganisationId: null, organisationName: body.name, contactName: body.name, contact: body.contact ?? '', role: body.relation, informal: true, byResident: true }),
  );
}

// ---- partners in the plan (ADR 0017) ----------------------------------------------------------------

/**
 * A partner sets the status of an action of the plan. No authorisation here: the partners room has
 * checked the invitation, the consent and that the action belongs to the partner's party, and logs
 * the change in both organisations. The version is checked on the locked row; a closed case is refused.
 */
export async function setActionStatusForPartner(tx: Queryable, caseOrganisationId: string, caseId: string, actionId: string, version: number, status: ActionStatus, today: string) {
  const cs = await store.findCase(tx, caseOrganisationId, caseId, true);
  if (!cs) throw notFound('Casus');
  checkCaseOpen(cs, 'een actie bij te werken');
  const cur = await store.lockAction(tx, cs.id, actionId);
  if (!cur) throw notFound('Actie');
  if (cur.version !== version) throw preconditionFailed();
  const item = await store.updateAction(tx, actionId, { ...cur, status });
  return withOverdue([item], today)[0];
}

// ---- life events and applications ---------------------------------------------------------------

/**
 * Records a life event or application on an open case of the actor (a date up to today). Signal rules are evaluated by the caller (src/learning/signals/commands.ts).
 */
export async function recordLifeEvent(tx: Queryable, a: Actor, caseId: string, body: { type: string; occurredOn: string; note: string }, today: string): Promise<{ cs: store.CaseRow; event: store.LifeEventRow }> {
  if (!isLifeEventType(body.type)) throw invalid('type', 'kies een gebeurtenis uit de lijst');
  checkNotFuture('occurredOn', body.occurredOn, today);
  const cs = await openCaseForEdit(tx, a, caseId);
  const event = await store.insertLifeEvent(tx, a, cs, body);
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'levensgebeurtenis', resourceId: event.id, caseId: cs.id, householdId: cs.householdId, fields: ['type', 'occurredOn', ...(body.note ? ['note'] : [])], purpose: 'hulpverlening' });
  return { cs, event };
}

/**
 * Demo only: many synthetic cases at once in the actor's team — households and members (no BSN),
 * the case opened (phase and event), one assessment, and closed where a closing date is given. No
 * authorisation and no processing-log lines: these are no real people, like the other demo inserts.
 */
export async function insertSyntheticCases(tx: Queryable, actor: Actor, rows: store.SyntheticCaseInput[]): Promise<Array<{ id: string; householdId: string; teamId: string }>> {
  if (!actor.teamId) throw invalid('teamId', 'de medewerker hoort bij geen team');
  const teamId = actor.teamId;
  return (await store.insertSyntheticCases(tx, actor, rows)).map((r) => ({ ...r, teamId }));
}
