// SPDX-License-Identifier: EUPL-1.2
/** SQL for households, members, cases, phases, assessments, plans and notes. */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { conflict, forbidden, invalid, notFound, preconditionFailed } from '../platform/errors';
import { caseScope, currentScores, type NotePurpose, type WamsPhase } from './model';

// ---- households and members ----------------------------------------------------------------

export interface MemberInput {
  name: string;
  birthDate: string;
  role: string;
  bsn?: string | null;
}
export interface MemberRow extends MemberInput {
  id: string;
  householdId: string;
  bsn: string | null;
  version: number;
}
const MEMBER_COLS = `id, household_id AS "householdId", name, birth_date AS "birthDate", role, bsn, version`;

export interface HouseholdRow {
  id: string;
  organisationId: string;
  name: string;
  address: string | null;
  postcode: string | null;
  version: number;
  members: MemberRow[];
}

async function bsnTaken(tx: Queryable, organisationId: string, bsn: string, exceptId?: string): Promise<boolean> {
  const r = await tx.query(`SELECT 1 FROM members WHERE organisation_id = $1 AND bsn = $2 AND id IS DISTINCT FROM $3`, [organisationId, bsn, exceptId ?? null]);
  return r.rows.length > 0;
}

export async function insertHousehold(tx: Queryable, organisationId: string, h: { name: string; address?: string | null; postcode?: string | null; members: MemberInput[] }): Promise<HouseholdRow> {
  const r = await tx.query<{ id: string }>(`INSERT INTO households (organisation_id, name, address, postcode) VALUES ($1,$2,$3,$4) RETURNING id`, [organisationId, h.name, h.address ?? null, h.postcode ?? null]);
  const id = r.rows[0].id;
  for (const [i, m] of h.members.entries()) await insertMember(tx, organisationId, id, m, `household.members.${i}.bsn`);
  return getHousehold(tx, organisationId, id);
}

export async function insertMember(tx: Queryable, organisationId: string, householdId: string, m: MemberInput, bsnField = 'bsn'): Promise<MemberRow> {
  if (m.bsn && (await bsnTaken(tx, organisationId, m.bsn))) throw conflict(`${bsnField}: dit BSN is al geregistreerd bij een ander huishouden van uw organisatie.`, 'bsn_bestaat');
  const r = await tx.query<MemberRow>(
    `INSERT INTO members (organisation_id, household_id, name, birth_date, role, bsn) VALUES ($1,$2,$3,$4,$5,$6) RETURNING ${MEMBER_COLS}`,
    [organisationId, householdId, m.name, m.birthDate, m.role, m.bsn ?? null],
  );
  return r.rows[0];
}

export async function getHousehold(tx: Queryable, organisationId: string, id: string): Promise<HouseholdRow> {
  const r = await tx.query<Omit<HouseholdRow, 'members'>>(`SELECT id, organisation_id AS "organisationId", name, address, postcode, version FROM households WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
  if (!r.rows[0]) throw notFound('Huishouden');
  const members = (await tx.query<MemberRow>(`SELECT ${MEMBER_COLS} FROM members WHERE household_id = $1 ORDER BY birth_date, name`, [id])).rows;
  return { ...r.rows[0], members };
}

export async function updateHousehold(tx: Queryable, organisationId: string, id: string, version: number, patch: { name?: string; address?: string | null; postcode?: string | null }): Promise<HouseholdRow> {
  // Lock first, compare after: exactly one of several writers with the same If-Match wins.
  await tx.query(`SELECT 1 FROM households WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [id, organisationId]);
  const cur = await getHousehold(tx, organisationId, id);
  if (cur.version !== version) throw preconditionFailed();
  const updated = await tx.query(`UPDATE households SET name = $3, address = $4, postcode = $5, version = version + 1 WHERE id = $1 AND organisation_id = $2 AND version = $6`, [
    id,
    organisationId,
    patch.name ?? cur.name,
    patch.address === undefined ? cur.address : patch.address,
    patch.postcode === undefined ? cur.postcode : patch.postcode,
    version,
  ]);
  if (updated.rowCount !== 1) throw preconditionFailed();
  return getHousehold(tx, organisationId, id);
}

export async function updateMember(tx: Queryable, organisationId: string, householdId: string, id: string, version: number, patch: Partial<MemberInput>): Promise<MemberRow> {
  const r = await tx.query<MemberRow>(`SELECT ${MEMBER_COLS} FROM members WHERE id = $1 AND household_id = $2 AND organisation_id = $3 FOR UPDATE`, [id, householdId, organisationId]);
  const cur = r.rows[0];
  if (!cur) throw notFound('Gezinslid');
  if (cur.version !== version) throw preconditionFailed();
  if (patch.bsn && (await bsnTaken(tx, organisationId, patch.bsn, id))) throw conflict('bsn: dit BSN is al geregistreerd bij een ander huishouden van uw organisatie.', 'bsn_bestaat');
  const u = await tx.query<MemberRow>(`UPDATE members SET name = $2, birth_date = $3, role = $4, bsn = $5, version = version + 1 WHERE id = $1 AND version = $6 RETURNING ${MEMBER_COLS}`, [
    id,
    patch.name ?? cur.name,
    patch.birthDate ?? cur.birthDate,
    patch.role ?? cur.role,
    patch.bsn === undefined ? cur.bsn : patch.bsn,
    version,
  ]);
  if (!u.rows[0]) throw preconditionFailed();
  return u.rows[0];
}

// ---- cases -------------------------------------------------------------------------------------

export interface CaseRow {
  id: string;
  organisationId: string;
  teamId: string;
  teamName: string;
  householdId: string;
  householdName: string;
  regisseurId: string;
  regisseurName: string;
  title: string;
  summary: string;
  status: 'open' | 'gesloten';
  origin: string;
  wamsPhase: WamsPhase;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  updatedAt: string;
  version: number;
}
const CASE_SELECT = `SELECT c.id, c.organisation_id AS "organisationId", c.team_id AS "teamId", t.name AS "teamName", c.household_id AS "householdId", h.name AS "householdName",
  c.regisseur_id AS "regisseurId", u.display_name AS "regisseurName", c.title, c.summary, c.status, c.origin, c.wams_phase AS "wamsPhase",
  c.opened_on AS "openedOn", c.closed_on AS "closedOn", c.close_reason AS "closeReason", c.updated_at AS "updatedAt", c.version
  FROM cases c JOIN teams t ON t.id = c.team_id JOIN households h ON h.id = c.household_id JOIN users u ON u.id = c.regisseur_id`;

/**
 * The case as the actor may see it: another organisation's case does not exist for them (404);
 * another team's case in their own organisation is refused (403) for team-scoped roles.
 * Other rooms use this to check access before they touch anything hanging on a case.
 */
export async function getCaseForActor(tx: Queryable, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<CaseRow> {
  const r = await tx.query<CaseRow>(`${CASE_SELECT} WHERE c.id = $1 AND c.organisation_id = $2${opts.forUpdate ? ' FOR UPDATE OF c' : ''}`, [id, actor.organisationId]);
  const row = r.rows[0];
  if (!row) throw notFound('Casus');
  const scope = caseScope(actor);
  if (scope === 'none') throw forbidden('Uw rol geeft geen toegang tot casussen.');
  if (scope === 'team' && row.teamId !== actor.teamId) throw forbidden('Deze casus hoort bij een ander team.');
  return row;
}

export async function insertCase(tx: Queryable, actor: Actor, c: { householdId: string; title: string; summary: string; origin: string; openedOn: string }): Promise<CaseRow> {
  await getHousehold(tx, actor.organisationId, c.householdId);
  const r = await tx.query<{ id: string }>(
    `INSERT INTO cases (organisation_id, team_id, household_id, regisseur_id, title, summary, origin, opened_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [actor.organisationId, actor.teamId, c.householdId, actor.userId, c.title, c.summary, c.origin, c.openedOn],
  );
  const id = r.rows[0].id;
  await tx.query(`INSERT INTO case_phases (organisation_id, case_id, phase, started_on, recorded_by) VALUES ($1,$2,'verkenning',$3,$4)`, [actor.organisationId, id, c.openedOn, actor.userId]);
  await addCaseEvent(tx, actor, id, 'geopend', c.origin);
  return getCaseForActor(tx, actor, id);
}

export async function addCaseEvent(tx: Queryable, actor: Actor, caseId: string, kind: string, detail = ''): Promise<void> {
  await tx.query(`INSERT INTO case_events (organisation_id, case_id, kind, detail, user_id) VALUES ($1,$2,$3,$4,$5)`, [actor.organisationId, caseId, kind, detail, actor.userId]);
}

export interface CaseFilter {
  status?: string;
  regisseurId?: string;
  domain?: string;
  q?: string;
  teamId?: string | null;
  page: number;
  pageSize: number;
  today: string;
}
export interface CaseListItem extends CaseRow {
  overdueActions: number;
  openActions: number;
  domains: string[];
}

export async function listCases(tx: Queryable, organisationId: string, f: CaseFilter): Promise<{ items: CaseListItem[]; total: number }> {
  const where = ['c.organisation_id = $1'];
  const p: unknown[] = [organisationId];
  const add = (sql: string, v: unknown) => {
    p.push(v);
    where.push(sql.replace('?', `$${p.length}`));
  };
  if (f.teamId) add('c.team_id = ?', f.teamId);
  if (f.status) add('c.status = ?', f.status);
  if (f.regisseurId) add('c.regisseur_id = ?', f.regisseurId);
  if (f.domain) {
    p.push(f.domain);
    const i = p.length;
    where.push(`(EXISTS (SELECT 1 FROM assessment_scores s WHERE s.case_id = c.id AND s.domain = $${i}) OR EXISTS (SELECT 1 FROM goals g WHERE g.case_id = c.id AND g.domain = $${i}))`);
  }
  if (f.q) {
    p.push(`%${f.q.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    const i = p.length;
    where.push(`(c.title ILIKE $${i} OR c.summary ILIKE $${i} OR h.name ILIKE $${i} OR EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id AND m.name ILIKE $${i}))`);
  }
  const whereSql = where.join(' AND ');
  // The households join is needed for the count only when searching on the household's name.
  const countFrom = f.q ? 'cases c JOIN households h ON h.id = c.household_id' : 'cases c';
  p.push(f.today, f.pageSize, (f.page - 1) * f.pageSize);
  const n = p.length;
  // One round trip: the page (read in index order, see migration 040) carries the total as an
  // uncorrelated subquery that PostgreSQL evaluates once. Only an empty page needs a second query.
  const rows = (
    await tx.query<CaseListItem & { listTotal: number }>(
      `${CASE_SELECT.replace('FROM cases c', `,
        (SELECT count(*)::int FROM actions a WHERE a.case_id = c.id AND a.status IN ('open','bezig') AND a.due_date < $${n - 2}) AS "overdueActions",
        (SELECT count(*)::int FROM actions a WHERE a.case_id = c.id AND a.status IN ('open','bezig')) AS "openActions",
        ARRAY(SELECT DISTINCT s.domain FROM assessment_scores s WHERE s.case_id = c.id ORDER BY 1) AS domains,
        (SELECT count(*)::int FROM ${countFrom} WHERE ${whereSql}) AS "listTotal"
        FROM cases c`)}
       WHERE ${whereSql} ORDER BY c.status, c.updated_at DESC, c.id LIMIT $${n - 1} OFFSET $${n}`,
      p,
    )
  ).rows;
  const total = rows.length ? rows[0].listTotal : (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${countFrom} WHERE ${whereSql}`, p.slice(0, n - 3))).rows[0].n;
  const items: CaseListItem[] = rows.map(({ listTotal: _, ...item }) => item);
  return { items, total };
}

export async function updateCase(tx: Queryable, actor: Actor, id: string, version: number, patch: { title?: string; summary?: string; regisseurId?: string; wamsPhase?: WamsPhase; phaseStartedOn?: string }, today: string): Promise<CaseRow> {
  const cur = await getCaseForActor(tx, actor, id, { forUpdate: true });
  if (cur.version !== version) throw preconditionFailed();
  if (cur.status === 'gesloten') throw conflict('Deze casus is gesloten. Heropen de casus om hem te wijzigen.', 'casus_gesloten');
  if (patch.regisseurId && patch.regisseurId !== cur.regisseurId) {
    const u = await tx.query<{ roles: string[] }>(`SELECT roles FROM users WHERE id = $1 AND organisation_id = $2 AND team_id = $3 AND active`, [patch.regisseurId, actor.organisationId, cur.teamId]);
    if (!u.rows[0] || !u.rows[0].roles.some((r) => r === 'professional' || r === 'teamleider')) throw invalid('regisseurId', 'moet een actieve professional of teamleider van het team van de casus zijn');
    await addCaseEvent(tx, actor, id, 'regisseur_gewijzigd', patch.regisseurId);
  }
  if (patch.wamsPhase && patch.wamsPhase !== cur.wamsPhase) {
    const started = patch.phaseStartedOn ?? today;
    if (started < cur.openedOn) throw invalid('phaseStartedOn', 'ligt voor de datum waarop de casus is geopend');
    await tx.query(`INSERT INTO case_phases (organisation_id, case_id, phase, started_on, recorded_by) VALUES ($1,$2,$3,$4,$5)`, [actor.organisationId, id, patch.wamsPhase, started, actor.userId]);
  }
  await tx.query(`UPDATE cases SET title = $2, summary = $3, regisseur_id = $4, wams_phase = $5, updated_at = now(), version = version + 1 WHERE id = $1`, [
    id,
    patch.title ?? cur.title,
    patch.summary ?? cur.summary,
    patch.regisseurId ?? cur.regisseurId,
    patch.wamsPhase ?? cur.wamsPhase,
  ]);
  return getCaseForActor(tx, actor, id);
}

export async function setCaseStatus(tx: Queryable, actor: Actor, id: string, version: number | null, to: 'open' | 'gesloten', reason: string, on: string): Promise<CaseRow> {
  const cur = await getCaseForActor(tx, actor, id, { forUpdate: true });
  if (version !== null && cur.version !== version) throw preconditionFailed();
  if (cur.status === to) throw conflict(to === 'gesloten' ? 'Deze casus is al gesloten.' : 'Deze casus is al open.', 'status_ongewijzigd');
  if (to === 'gesloten' && on < cur.openedOn) throw invalid('closedOn', 'ligt voor de datum waarop de casus is geopend');
  await tx.query(`UPDATE cases SET status = $2, closed_on = $3, close_reason = $4, updated_at = now(), version = version + 1 WHERE id = $1`, [id, to, to === 'gesloten' ? on : null, to === 'gesloten' ? reason : null]);
  await addCaseEvent(tx, actor, id, to === 'gesloten' ? 'gesloten' : 'heropend', reason);
  return getCaseForActor(tx, actor, id);
}

export async function listPhases(tx: Queryable, caseId: string) {
  return (await tx.query<{ phase: WamsPhase; startedOn: string }>(`SELECT phase, started_on AS "startedOn" FROM case_phases WHERE case_id = $1 ORDER BY started_on, recorded_at`, [caseId])).rows;
}
export async function listEvents(tx: Queryable, caseId: string) {
  return (await tx.query<{ kind: string; detail: string; at: string; userName: string | null }>(`SELECT e.kind, e.detail, e.at, u.display_name AS "userName" FROM case_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.case_id = $1 ORDER BY e.at`, [caseId])).rows;
}

// ---- assessment ---------------------------------------------------------------------------------

export interface ScoreRowDb {
  id: string;
  domain: string;
  score: number;
  assessedOn: string;
  reason: string;
  assessedBy: string | null;
}
export async function insertScores(tx: Queryable, actor: Actor, caseId: string, assessedOn: string, scores: { domain: string; score: number; reason: string }[]): Promise<void> {
  for (const s of scores) {
    await tx.query(`INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, reason, assessed_by) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [actor.organisationId, caseId, s.domain, s.score, assessedOn, s.reason, actor.userId]);
  }
}
export async function listScores(tx: Queryable, caseId: string): Promise<ScoreRowDb[]> {
  return (
    await tx.query<ScoreRowDb>(
      `SELECT s.id, s.domain, s.score, s.assessed_on AS "assessedOn", s.reason, u.display_name AS "assessedBy" FROM assessment_scores s LEFT JOIN users u ON u.id = s.assessed_by WHERE s.case_id = $1 ORDER BY s.assessed_on, s.created_at`,
      [caseId],
    )
  ).rows;
}
export async function assessmentOf(tx: Queryable, caseId: string) {
  const history = await listScores(tx, caseId);
  return { current: currentScores(history), history };
}

// ---- plan: goals, actions, parties ---------------------------------------------------------------

export interface GoalRow { id: string; domain: string; description: string; targetDate: string | null; status: string; version: number }
export interface ActionRow { id: string; goalId: string | null; description: string; ownerUserId: string | null; ownerUserName: string | null; ownerPartyId: string | null; ownerLabel: string; dueDate: string | null; status: string; version: number }
export interface PartyRow { id: string; partyOrganisationId: string | null; organisationName: string; contactName: string; contact: string; role: string; status: string; version: number }

const GOAL_COLS = `id, domain, description, target_date AS "targetDate", status, version`;
const PARTY_COLS = `id, party_organisation_id AS "partyOrganisationId", organisation_name AS "organisationName", contact_name AS "contactName", contact, role, status, version`;
const ACTION_SELECT = `SELECT a.id, a.goal_id AS "goalId", a.description, a.owner_user_id AS "ownerUserId", u.display_name AS "ownerUserName", a.owner_party_id AS "ownerPartyId",
  a.owner_label AS "ownerLabel", a.due_date AS "dueDate", a.status, a.version FROM actions a LEFT JOIN users u ON u.id = a.owner_user_id`;

export async function planOf(tx: Queryable, caseId: string) {
  const goals = (await tx.query<GoalRow>(`SELECT ${GOAL_COLS} FROM goals WHERE case_id = $1 ORDER BY created_at`, [caseId])).rows;
  const actions = (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.case_id = $1 ORDER BY a.due_date NULLS LAST, a.created_at`, [caseId])).rows;
  const parties = (await tx.query<PartyRow>(`SELECT ${PARTY_COLS} FROM parties WHERE case_id = $1 ORDER BY created_at`, [caseId])).rows;
  return { goals, actions, parties };
}

export async function insertGoal(tx: Queryable, actor: Actor, caseId: string, g: { domain: string; description: string; targetDate?: string | null; status?: string }): Promise<GoalRow> {
  return (await tx.query<GoalRow>(`INSERT INTO goals (organisation_id, case_id, domain, description, target_date, status) VALUES ($1,$2,$3,$4,$5,$6) RETURNING ${GOAL_COLS}`, [actor.organisationId, caseId, g.domain, g.description, g.targetDate ?? null, g.status ?? 'open'])).rows[0];
}
export async function updateGoal(tx: Queryable, caseId: string, id: string, version: number, patch: Partial<{ domain: string; description: string; targetDate: string | null; status: string }>): Promise<GoalRow> {
  const cur = (await tx.query<GoalRow>(`SELECT ${GOAL_COLS} FROM goals WHERE id = $1 AND case_id = $2 FOR UPDATE`, [id, caseId])).rows[0];
  if (!cur) throw notFound('Doel');
  if (cur.version !== version) throw preconditionFailed();
  const n = { ...cur, ...stripUndefined(patch) };
  return (await tx.query<GoalRow>(`UPDATE goals SET domain = $2, description = $3, target_date = $4, status = $5, version = version + 1 WHERE id = $1 RETURNING ${GOAL_COLS}`, [id, n.domain, n.description, n.targetDate, n.status])).rows[0];
}

async function checkActionRefs(tx: Queryable, actor: Actor, caseId: string, a: { goalId?: string | null; ownerUserId?: string | null; ownerPartyId?: string | null }) {
  if (a.goalId && !(await tx.query(`SELECT 1 FROM goals WHERE id = $1 AND case_id = $2`, [a.goalId, caseId])).rows.length) throw invalid('goalId', 'is geen doel van deze casus');
  if (a.ownerPartyId && !(await tx.query(`SELECT 1 FROM parties WHERE id = $1 AND case_id = $2`, [a.ownerPartyId, caseId])).rows.length) throw invalid('ownerPartyId', 'is geen betrokken partij van deze casus');
  if (a.ownerUserId && !(await tx.query(`SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2`, [a.ownerUserId, actor.organisationId])).rows.length) throw invalid('ownerUserId', 'is geen medewerker van uw organisatie');
}
export async function insertAction(tx: Queryable, actor: Actor, caseId: string, a: { goalId?: string | null; description: string; ownerUserId?: string | null; ownerPartyId?: string | null; ownerLabel?: string; dueDate?: string | null; status?: string }): Promise<ActionRow> {
  await checkActionRefs(tx, actor, caseId, a);
  const r = await tx.query<{ id: string }>(`INSERT INTO actions (organisation_id, case_id, goal_id, description, owner_user_id, owner_party_id, owner_label, due_date, status) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`, [
    actor.organisationId, caseId, a.goalId ?? null, a.description, a.ownerUserId ?? null, a.ownerPartyId ?? null, a.ownerLabel ?? '', a.dueDate ?? null, a.status ?? 'open',
  ]);
  return (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.id = $1`, [r.rows[0].id])).rows[0];
}
export async function updateAction(tx: Queryable, actor: Actor, caseId: string, id: string, version: number, patch: Partial<{ goalId: string | null; description: string; ownerUserId: string | null; ownerPartyId: string | null; ownerLabel: string; dueDate: string | null; status: string }>): Promise<ActionRow> {
  const cur = (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.id = $1 AND a.case_id = $2 FOR UPDATE OF a`, [id, caseId])).rows[0];
  if (!cur) throw notFound('Actie');
  if (cur.version !== version) throw preconditionFailed();
  await checkActionRefs(tx, actor, caseId, patch);
  const n = { ...cur, ...stripUndefined(patch) };
  await tx.query(`UPDATE actions SET goal_id = $2, description = $3, owner_user_id = $4, owner_party_id = $5, owner_label = $6, due_date = $7, status = $8, version = version + 1 WHERE id = $1`, [id, n.goalId, n.description, n.ownerUserId, n.ownerPartyId, n.ownerLabel, n.dueDate, n.status]);
  return (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.id = $1`, [id])).rows[0];
}

export async function insertParty(tx: Queryable, actor: Actor, caseId: string, p: { partyOrganisationId?: string | null; organisationName?: string; contactName?: string; contact?: string; role: string }): Promise<PartyRow> {
  let name = p.organisationName ?? '';
  if (p.partyOrganisationId) {
    const o = await tx.query<{ name: string }>(`SELECT name FROM organisations WHERE id = $1`, [p.partyOrganisationId]);
    if (!o.rows[0]) throw invalid('partyOrganisationId', 'is geen bekende organisatie');
    name ||= o.rows[0].name;
  }
  if (!name) throw invalid('organisationName', 'is verplicht als er geen partyOrganisationId is gekozen');
  return (await tx.query<PartyRow>(`INSERT INTO parties (organisation_id, case_id, party_organisation_id, organisation_name, contact_name, contact, role) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING ${PARTY_COLS}`, [
    actor.organisationId, caseId, p.partyOrganisationId ?? null, name, p.contactName ?? '', p.contact ?? '', p.role,
  ])).rows[0];
}
export async function updateParty(tx: Queryable, caseId: string, id: string, version: number, patch: Partial<{ organisationName: string; contactName: string; contact: string; role: string; status: string }>): Promise<PartyRow> {
  const cur = (await tx.query<PartyRow>(`SELECT ${PARTY_COLS} FROM parties WHERE id = $1 AND case_id = $2 FOR UPDATE`, [id, caseId])).rows[0];
  if (!cur) throw notFound('Betrokken partij');
  if (cur.version !== version) throw preconditionFailed();
  const n = { ...cur, ...stripUndefined(patch) };
  return (await tx.query<PartyRow>(`UPDATE parties SET organisation_name = $2, contact_name = $3, contact = $4, role = $5, status = $6, version = version + 1 WHERE id = $1 RETURNING ${PARTY_COLS}`, [id, n.organisationName, n.contactName, n.contact, n.role, n.status])).rows[0];
}

// ---- notes ----------------------------------------------------------------------------------------

export interface NoteRow { id: string; purpose: NotePurpose; body: string; authorId: string | null; authorName: string; createdAt: string; editedAt: string | null; version: number }
const NOTE_COLS = `id, purpose, body, author_id AS "authorId", author_name AS "authorName", created_at AS "createdAt", edited_at AS "editedAt", version`;

export async function listNotes(tx: Queryable, caseId: string, purposes: readonly NotePurpose[]): Promise<NoteRow[]> {
  return (await tx.query<NoteRow>(`SELECT ${NOTE_COLS} FROM notes WHERE case_id = $1 AND purpose = ANY($2) ORDER BY created_at DESC`, [caseId, purposes])).rows;
}
export async function insertNote(tx: Queryable, actor: Actor, caseId: string, n: { purpose: NotePurpose; body: string }): Promise<NoteRow> {
  return (await tx.query<NoteRow>(`INSERT INTO notes (organisation_id, case_id, purpose, body, author_id, author_name) VALUES ($1,$2,$3,$4,$5,$6) RETURNING ${NOTE_COLS}`, [actor.organisationId, caseId, n.purpose, n.body, actor.userId, actor.userName])).rows[0];
}
export async function getNote(tx: Queryable, caseId: string, id: string): Promise<NoteRow> {
  const r = (await tx.query<NoteRow>(`SELECT ${NOTE_COLS} FROM notes WHERE id = $1 AND case_id = $2`, [id, caseId])).rows[0];
  if (!r) throw notFound('Notitie');
  return r;
}
export async function updateNoteBody(tx: Queryable, caseId: string, id: string, version: number, body: string): Promise<NoteRow> {
  await getNote(tx, caseId, id);
  // The version is checked in the same statement: a parallel writer with the same If-Match matches no row.
  const r = (await tx.query<NoteRow>(`UPDATE notes SET body = $2, edited_at = now(), version = version + 1 WHERE id = $1 AND case_id = $3 AND version = $4 RETURNING ${NOTE_COLS}`, [id, body, caseId, version])).rows[0];
  if (!r) throw preconditionFailed();
  return r;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
