// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for households, members, cases, phases, assessments, plans and notes: reads return rows (or
 * null), writes return what they wrote. No rules, no authorisation: those are in commands.ts,
 * queries.ts and policy.ts (ADR 11). Reads that show a name join the accounts room's users and
 * teams tables for display only.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import type { ActionStatus, CaseOrigin, GoalStatus, MemberRole, NotePurpose, PartyStatus, PlanPointKind, WamsPhase } from './model';

// ---- households and members ----------------------------------------------------------------

export interface MemberInput {
  name: string;
  birthDate: string;
  role: MemberRole;
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
export interface HouseholdValues {
  name: string;
  address: string | null;
  postcode: string | null;
}

/** Is this BSN registered for a member of the organisation (other than `exceptId`)? */
export async function bsnTaken(tx: Queryable, organisationId: string, bsn: string, exceptId?: string): Promise<boolean> {
  const r = await tx.query(`SELECT 1 FROM members WHERE organisation_id = $1 AND bsn = $2 AND id IS DISTINCT FROM $3`, [organisationId, bsn, exceptId ?? null]);
  return r.rows.length > 0;
}

export async function insertHouseholdRow(tx: Queryable, organisationId: string, h: HouseholdValues): Promise<string> {
  const r = await tx.query<{ id: string }>(`INSERT INTO households (organisation_id, name, address, postcode) VALUES ($1,$2,$3,$4) RETURNING id`, [organisationId, h.name, h.address, h.postcode]);
  return r.rows[0].id;
}

export async function insertMember(tx: Queryable, organisationId: string, householdId: string, m: MemberInput): Promise<MemberRow> {
  const r = await tx.query<MemberRow>(
    `INSERT INTO members (organisation_id, household_id, name, birth_date, role, bsn) VALUES ($1,$2,$3,$4,$5,$6) RETURNING ${MEMBER_COLS}`,
    [organisationId, householdId, m.name, m.birthDate, m.role, m.bsn ?? null],
  );
  return r.rows[0];
}

export async function findHousehold(tx: Queryable, organisationId: string, id: string): Promise<HouseholdRow | null> {
  const r = await tx.query<Omit<HouseholdRow, 'members'>>(`SELECT id, organisation_id AS "organisationId", name, address, postcode, version FROM households WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
  if (!r.rows[0]) return null;
  const members = (await tx.query<MemberRow>(`SELECT ${MEMBER_COLS} FROM members WHERE household_id = $1 ORDER BY birth_date, name`, [id])).rows;
  return { ...r.rows[0], members };
}

export async function lockHousehold(tx: Queryable, organisationId: string, id: string): Promise<void> {
  await tx.query(`SELECT 1 FROM households WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [id, organisationId]);
}

/** Whether the household has any case, and whether one of them is of this team. */
export async function householdCaseTeams(tx: Queryable, householdId: string, teamId: string | null): Promise<{ mine: boolean; any: boolean }> {
  const r = await tx.query<{ mine: boolean | null; any: boolean }>(`SELECT bool_or(team_id = $2) AS mine, count(*) > 0 AS any FROM cases WHERE household_id = $1`, [householdId, teamId]);
  return { mine: !!r.rows[0].mine, any: r.rows[0].any };
}

/** Writes the household when it still has `version`; false when it has not. */
export async function updateHousehold(tx: Queryable, organisationId: string, id: string, version: number, v: HouseholdValues): Promise<boolean> {
  const r = await tx.query(`UPDATE households SET name = $3, address = $4, postcode = $5, version = version + 1 WHERE id = $1 AND organisation_id = $2 AND version = $6`, [id, organisationId, v.name, v.address, v.postcode, version]);
  return r.rowCount === 1;
}

export async function lockMember(tx: Queryable, organisationId: string, householdId: string, id: string): Promise<MemberRow | null> {
  const r = await tx.query<MemberRow>(`SELECT ${MEMBER_COLS} FROM members WHERE id = $1 AND household_id = $2 AND organisation_id = $3 FOR UPDATE`, [id, householdId, organisationId]);
  return r.rows[0] ?? null;
}

/** Writes the member when it still has `version`; null when it has not. */
export async function updateMember(tx: Queryable, id: string, version: number, m: Required<MemberInput>): Promise<MemberRow | null> {
  const u = await tx.query<MemberRow>(`UPDATE members SET name = $2, birth_date = $3, role = $4, bsn = $5, version = version + 1 WHERE id = $1 AND version = $6 RETURNING ${MEMBER_COLS}`, [id, m.name, m.birthDate, m.role, m.bsn, version]);
  return u.rows[0] ?? null;
}

/** The member (person) by id or BSN, for subject access. */
export async function findMember(tx: Queryable, organisationId: string, by: { personId?: string; bsn?: string }): Promise<{ id: string; householdId: string } | null> {
  const r = by.personId
    ? await tx.query<{ id: string; householdId: string }>(`SELECT id, household_id AS "householdId" FROM members WHERE id = $1 AND organisation_id = $2`, [by.personId, organisationId])
    : await tx.query<{ id: string; householdId: string }>(`SELECT id, household_id AS "householdId" FROM members WHERE bsn = $1 AND organisation_id = $2`, [by.bsn, organisationId]);
  return r.rows[0] ?? null;
}

export interface PersonHit {
  id: string;
  name: string;
  birthDate: string;
  householdId: string;
  householdName: string;
}
/** Members by (part of) their name or by BSN, at most 25. */
export async function searchMembers(tx: Queryable, organisationId: string, q: string): Promise<PersonHit[]> {
  const like = `%${q.replace(/[\\%_]/g, (m) => '\\' + m)}%`;
  return (
    await tx.query<PersonHit>(
      `SELECT m.id, m.name, m.birth_date AS "birthDate", m.household_id AS "householdId", h.name AS "householdName"
         FROM members m JOIN households h ON h.id = m.household_id
        WHERE m.organisation_id = $1 AND (m.name ILIKE $2 OR m.bsn = $3) ORDER BY m.name LIMIT 25`,
      [organisationId, like, q.trim()],
    )
  ).rows;
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
  origin: CaseOrigin;
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
  FROM cases c JOIN teams_directory t ON t.id = c.team_id JOIN households h ON h.id = c.household_id JOIN users_directory u ON u.id = c.regisseur_id`;

/** The case of the organisation, optionally locked (FOR UPDATE), or null. */
export async function findCase(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<CaseRow | null> {
  const r = await tx.query<CaseRow>(`${CASE_SELECT} WHERE c.id = $1 AND c.organisation_id = $2${forUpdate ? ' FOR UPDATE OF c' : ''}`, [id, organisationId]);
  return r.rows[0] ?? null;
}

/** The case's own columns, without names of the team, household or regisseur (for subject access). */
export async function findCaseRecord(tx: Queryable, organisationId: string, id: string) {
  const r = await tx.query<{ id: string; title: string; summary: string; status: string; origin: string; wamsPhase: WamsPhase; openedOn: string; closedOn: string | null; closeReason: string | null }>(
    `SELECT id, title, summary, status, origin, wams_phase AS "wamsPhase", opened_on AS "openedOn", closed_on AS "closedOn", close_reason AS "closeReason" FROM cases WHERE id = $1 AND organisation_id = $2`,
    [id, organisationId],
  );
  return r.rows[0] ?? null;
}

/** The ids of the household's cases, oldest first. */
export async function caseIdsOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<string[]> {
  return (await tx.query<{ id: string }>(`SELECT id FROM cases WHERE household_id = $1 AND organisation_id = $2 ORDER BY opened_on`, [householdId, organisationId])).rows.map((x) => x.id);
}

export async function insertCaseRow(tx: Queryable, c: { organisationId: string; teamId: string | null; householdId: string; regisseurId: string; title: string; summary: string; origin: CaseOrigin; openedOn: string }): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO cases (organisation_id, team_id, household_id, regisseur_id, title, summary, origin, opened_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [c.organisationId, c.teamId, c.householdId, c.regisseurId, c.title, c.summary, c.origin, c.openedOn],
  );
  return r.rows[0].id;
}

export async function insertPhase(tx: Queryable, actor: Actor, caseId: string, phase: WamsPhase, startedOn: string): Promise<void> {
  await tx.query(`INSERT INTO case_phases (organisation_id, case_id, phase, started_on, recorded_by) VALUES ($1,$2,$3,$4,$5)`, [actor.organisationId, caseId, phase, startedOn, actor.userId]);
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

export async function updateCase(tx: Queryable, id: string, v: { title: string; summary: string; regisseurId: string; wamsPhase: WamsPhase }): Promise<void> {
  await tx.query(`UPDATE cases SET title = $2, summary = $3, regisseur_id = $4, wams_phase = $5, updated_at = now(), version = version + 1 WHERE id = $1`, [id, v.title, v.summary, v.regisseurId, v.wamsPhase]);
}

export async function setCaseStatus(tx: Queryable, id: string, to: 'open' | 'gesloten', closedOn: string | null, closeReason: string | null): Promise<void> {
  await tx.query(`UPDATE cases SET status = $2, closed_on = $3, close_reason = $4, updated_at = now(), version = version + 1 WHERE id = $1`, [id, to, closedOn, closeReason]);
}

export async function listPhases(tx: Queryable, caseId: string) {
  return (await tx.query<{ phase: WamsPhase; startedOn: string }>(`SELECT phase, started_on AS "startedOn" FROM case_phases WHERE case_id = $1 ORDER BY started_on, recorded_at`, [caseId])).rows;
}
export async function listEvents(tx: Queryable, caseId: string) {
  return (
    await tx.query<{ kind: string; detail: string; at: string; userName: string | null; regisseurName: string | null }>(
      `SELECT e.kind, e.detail, e.at, u.display_name AS "userName", r.display_name AS "regisseurName"
         FROM case_events e LEFT JOIN users_directory u ON u.id = e.user_id
         LEFT JOIN users_directory r ON e.kind = 'regisseur_gewijzigd' AND r.id::text = e.detail AND r.organisation_id = e.organisation_id
        WHERE e.case_id = $1 ORDER BY e.at, e.id`,
      [caseId],
    )
  ).rows;
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
  // One statement: the trigger keeping case_problem_domains (migration 081) then runs once.
  await tx.query(
    `INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, reason, assessed_by) SELECT $1, $2, d, s, $3, r, $4 FROM unnest($5::text[], $6::int[], $7::text[]) WITH ORDINALITY AS x(d, s, r, n) ORDER BY n`,
    [actor.organisationId, caseId, assessedOn, actor.userId, scores.map((s) => s.domain), scores.map((s) => s.score), scores.map((s) => s.reason)],
  );
}
export async function listScores(tx: Queryable, caseId: string): Promise<ScoreRowDb[]> {
  return (
    await tx.query<ScoreRowDb>(
      `SELECT s.id, s.domain, s.score, s.assessed_on AS "assessedOn", s.reason, u.display_name AS "assessedBy" FROM assessment_scores s LEFT JOIN users_directory u ON u.id = s.assessed_by WHERE s.case_id = $1 ORDER BY s.assessed_on, s.created_at`,
      [caseId],
    )
  ).rows;
}

// ---- plan: goals, actions, parties ---------------------------------------------------------------

export interface GoalRow { id: string; domain: string; description: string; targetDate: string | null; status: GoalStatus; version: number }
export interface ActionRow { id: string; goalId: string | null; description: string; ownerUserId: string | null; ownerUserName: string | null; ownerPartyId: string | null; ownerLabel: string; dueDate: string | null; status: ActionStatus; version: number }
export interface PartyRow { id: string; partyOrganisationId: string | null; organisationName: string; contactName: string; contact: string; role: string; status: PartyStatus; informal: boolean; byResident: boolean; version: number }
export interface GoalValues { domain: string; description: string; targetDate: string | null; status: GoalStatus }
export interface ActionValues { goalId: string | null; description: string; ownerUserId: string | null; ownerPartyId: string | null; ownerLabel: string; dueDate: string | null; status: ActionStatus }
export interface PartyValues { organisationName: string; contactName: string; contact: string; role: string; status: PartyStatus }

const GOAL_COLS = `id, domain, description, target_date AS "targetDate", status, version`;
const PARTY_COLS = `id, party_organisation_id AS "partyOrganisationId", organisation_name AS "organisationName", contact_name AS "contactName", contact, role, status, informal, by_resident AS "byResident", version`;
const ACTION_SELECT = `SELECT a.id, a.goal_id AS "goalId", a.description, a.owner_user_id AS "ownerUserId", u.display_name AS "ownerUserName", a.owner_party_id AS "ownerPartyId",
  a.owner_label AS "ownerLabel", a.due_date AS "dueDate", a.status, a.version FROM actions a LEFT JOIN users_directory u ON u.id = a.owner_user_id`;

export async function planOf(tx: Queryable, caseId: string) {
  const goals = (await tx.query<GoalRow>(`SELECT ${GOAL_COLS} FROM goals WHERE case_id = $1 ORDER BY created_at`, [caseId])).rows;
  const actions = (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.case_id = $1 ORDER BY a.due_date NULLS LAST, a.created_at`, [caseId])).rows;
  const parties = (await tx.query<PartyRow>(`SELECT ${PARTY_COLS} FROM parties WHERE case_id = $1 ORDER BY created_at`, [caseId])).rows;
  const points = await listPlanPoints(tx, caseId);
  const perspective = (await tx.query<{ perspective: string; perspectiveUpdatedAt: string | null }>(`SELECT perspective, perspective_updated_at AS "perspectiveUpdatedAt" FROM cases WHERE id = $1`, [caseId])).rows[0] ?? { perspective: '', perspectiveUpdatedAt: null };
  return { goals, actions, parties, points, ...perspective };
}

export async function insertGoal(tx: Queryable, actor: Actor, caseId: string, g: GoalValues): Promise<GoalRow> {
  return (await tx.query<GoalRow>(`INSERT INTO goals (organisation_id, case_id, domain, description, target_date, status) VALUES ($1,$2,$3,$4,$5,$6) RETURNING ${GOAL_COLS}`, [actor.organisationId, caseId, g.domain, g.description, g.targetDate, g.status])).rows[0];
}
export async function lockGoal(tx: Queryable, caseId: string, id: string): Promise<GoalRow | null> {
  return (await tx.query<GoalRow>(`SELECT ${GOAL_COLS} FROM goals WHERE id = $1 AND case_id = $2 FOR UPDATE`, [id, caseId])).rows[0] ?? null;
}
export async function updateGoal(tx: Queryable, id: string, g: GoalValues): Promise<GoalRow> {
  return (await tx.query<GoalRow>(`UPDATE goals SET domain = $2, description = $3, target_date = $4, status = $5, version = version + 1 WHERE id = $1 RETURNING ${GOAL_COLS}`, [id, g.domain, g.description, g.targetDate, g.status])).rows[0];
}
export async function goalOfCase(tx: Queryable, caseId: string, id: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM goals WHERE id = $1 AND case_id = $2`, [id, caseId])).rows.length > 0;
}
export async function partyOfCase(tx: Queryable, caseId: string, id: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM parties WHERE id = $1 AND case_id = $2`, [id, caseId])).rows.length > 0;
}

export async function insertAction(tx: Queryable, actor: Actor, caseId: string, a: ActionValues): Promise<ActionRow> {
  const r = await tx.query<{ id: string }>(`INSERT INTO actions (organisation_id, case_id, goal_id, description, owner_user_id, owner_party_id, owner_label, due_date, status) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`, [
    actor.organisationId, caseId, a.goalId, a.description, a.ownerUserId, a.ownerPartyId, a.ownerLabel, a.dueDate, a.status,
  ]);
  return (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.id = $1`, [r.rows[0].id])).rows[0];
}
export async function lockAction(tx: Queryable, caseId: string, id: string): Promise<ActionRow | null> {
  return (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.id = $1 AND a.case_id = $2 FOR UPDATE OF a`, [id, caseId])).rows[0] ?? null;
}
export async function updateAction(tx: Queryable, id: string, a: ActionValues): Promise<ActionRow> {
  await tx.query(`UPDATE actions SET goal_id = $2, description = $3, owner_user_id = $4, owner_party_id = $5, owner_label = $6, due_date = $7, status = $8, version = version + 1 WHERE id = $1`, [id, a.goalId, a.description, a.ownerUserId, a.ownerPartyId, a.ownerLabel, a.dueDate, a.status]);
  return (await tx.query<ActionRow>(`${ACTION_SELECT} WHERE a.id = $1`, [id])).rows[0];
}

export async function insertParty(tx: Queryable, actor: Actor, caseId: string, p: { partyOrganisationId: string | null; organisationName: string; contactName: string; contact: string; role: string; informal?: boolean; byResident?: boolean }): Promise<PartyRow> {
  return (await tx.query<PartyRow>(`INSERT INTO parties (organisation_id, case_id, party_organisation_id, organisation_name, contact_name, contact, role, informal, by_resident) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING ${PARTY_COLS}`, [
    actor.organisationId, caseId, p.partyOrganisationId, p.organisationName, p.contactName, p.contact, p.role, p.informal ?? false, p.byResident ?? false,
  ])).rows[0];
}
export async function lockParty(tx: Queryable, caseId: string, id: string): Promise<PartyRow | null> {
  return (await tx.query<PartyRow>(`SELECT ${PARTY_COLS} FROM parties WHERE id = $1 AND case_id = $2 FOR UPDATE`, [id, caseId])).rows[0] ?? null;
}
export async function updateParty(tx: Queryable, id: string, p: PartyValues): Promise<PartyRow> {
  return (await tx.query<PartyRow>(`UPDATE parties SET organisation_name = $2, contact_name = $3, contact = $4, role = $5, status = $6, version = version + 1 WHERE id = $1 RETURNING ${PARTY_COLS}`, [id, p.organisationName, p.contactName, p.contact, p.role, p.status])).rows[0];
}

// ---- notes ----------------------------------------------------------------------------------------

export interface NoteRevision { body: string; replacedAt: string; replacedByName: string }
export interface NoteRow { id: string; purpose: NotePurpose; body: string; authorId: string | null; authorName: string; createdAt: string; editedAt: string | null; sharedWithResident: boolean; version: number; revisions: NoteRevision[] }
type NoteBase = Omit<NoteRow, 'revisions'>;
const NOTE_COLS = `id, purpose, body, author_id AS "authorId", author_name AS "authorName", created_at AS "createdAt", edited_at AS "editedAt", shared_with_resident AS "sharedWithResident", version`;

/** The notes with the texts their corrections replaced, oldest first. */
async function withRevisions(tx: Queryable, notes: NoteBase[]): Promise<NoteRow[]> {
  const edited = notes.filter((n) => n.editedAt !== null).map((n) => n.id);
  const revs = edited.length
    ? (await tx.query<NoteRevision & { noteId: string }>(`SELECT note_id AS "noteId", body, replaced_at AS "replacedAt", replaced_by_name AS "replacedByName" FROM note_revisions WHERE note_id = ANY($1) ORDER BY replaced_at, id`, [edited])).rows
    : [];
  return notes.map((n) => ({ ...n, revisions: revs.filter((r) => r.noteId === n.id).map(({ body, replacedAt, replacedByName }) => ({ body, replacedAt, replacedByName })) }));
}

export async function listNotes(tx: Queryable, caseId: string, purposes: readonly NotePurpose[]): Promise<NoteRow[]> {
  return withRevisions(tx, (await tx.query<NoteBase>(`SELECT ${NOTE_COLS} FROM notes WHERE case_id = $1 AND purpose = ANY($2) ORDER BY created_at DESC`, [caseId, purposes])).rows);
}
export async function insertNote(tx: Queryable, actor: Actor, caseId: string, n: { purpose: NotePurpose; body: string; sharedWithResident?: boolean }): Promise<NoteRow> {
  const row = (await tx.query<NoteBase>(`INSERT INTO notes (organisation_id, case_id, purpose, body, author_id, author_name, shared_with_resident) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING ${NOTE_COLS}`, [actor.organisationId, caseId, n.purpose, n.body, actor.userId, actor.userName, n.sharedWithResident ?? false])).rows[0];
  return { ...row, revisions: [] };
}
export async function findNote(tx: Queryable, caseId: string, id: string): Promise<NoteBase | null> {
  return (await tx.query<NoteBase>(`SELECT ${NOTE_COLS} FROM notes WHERE id = $1 AND case_id = $2`, [id, caseId])).rows[0] ?? null;
}
/**
 * Writes the body when the note still has `version` (checked in the same statement; null when it has
 * not) and keeps the text it replaced as a revision, with who replaced it.
 */
export async function updateNoteBody(tx: Queryable, actor: Actor, caseId: string, id: string, version: number, body: string): Promise<NoteRow | null> {
  const r = (
    await tx.query<NoteBase & { oldBody: string; organisationId: string }>(
      `UPDATE notes n SET body = $2, edited_at = now(), version = n.version + 1
         FROM (SELECT id, body AS old_body FROM notes WHERE id = $1) o
        WHERE n.id = o.id AND n.case_id = $3 AND n.version = $4
        RETURNING n.id, n.purpose, n.body, n.author_id AS "authorId", n.author_name AS "authorName", n.created_at AS "createdAt", n.edited_at AS "editedAt", n.version, o.old_body AS "oldBody", n.organisation_id AS "organisationId"`,
      [id, body, caseId, version],
    )
  ).rows[0];
  if (!r) return null;
  await tx.query(`INSERT INTO note_revisions (organisation_id, note_id, body, replaced_by_name) VALUES ($1,$2,$3,$4)`, [r.organisationId, r.id, r.oldBody, actor.userName]);
  const { oldBody: _old, organisationId: _org, ...note } = r;
  return (await withRevisions(tx, [note]))[0];
}

/** The notes a professional explicitly shared with the resident (hulpverlening only; never enforcement). */
export async function listSharedNotes(tx: Queryable, caseId: string): Promise<NoteRow[]> {
  return (await tx.query<NoteRow>(`SELECT ${NOTE_COLS} FROM notes WHERE case_id = $1 AND shared_with_resident AND purpose = 'hulpverlening' ORDER BY created_at DESC`, [caseId])).rows;
}

// ---- the household's own plan: perspective, krachten and zorgen (issue 17) -----------------------

export interface PlanPointRow { id: string; kind: PlanPointKind; text: string; byResident: boolean; createdAt: string }
const POINT_COLS = `id, kind, text, by_resident AS "byResident", created_at AS "createdAt"`;

export async function listPlanPoints(tx: Queryable, caseId: string): Promise<PlanPointRow[]> {
  return (await tx.query<PlanPointRow>(`SELECT ${POINT_COLS} FROM plan_points WHERE case_id = $1 ORDER BY kind, created_at`, [caseId])).rows;
}
export async function insertPlanPoint(tx: Queryable, actor: Actor, caseId: string, p: { kind: PlanPointKind; text: string; byResident: boolean }): Promise<PlanPointRow> {
  return (await tx.query<PlanPointRow>(`INSERT INTO plan_points (organisation_id, case_id, kind, text, by_resident, created_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING ${POINT_COLS}`, [actor.organisationId, caseId, p.kind, p.text, p.byResident, actor.userId])).rows[0];
}
export async function setPerspective(tx: Queryable, caseId: string, text: string): Promise<void> {
  await tx.query(`UPDATE cases SET perspective = $2, perspective_updated_at = now() WHERE id = $1`, [caseId, text]);
}
/** The cases of a household in the organisation, open first, newest first (no authorisation). */
export async function casesOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<CaseRow[]> {
  const ids = (await tx.query<{ id: string }>(`SELECT id FROM cases WHERE organisation_id = $1 AND household_id = $2 ORDER BY (status = 'open') DESC, opened_on DESC, created_at DESC`, [organisationId, householdId])).rows;
  const out: CaseRow[] = [];
  for (const { id } of ids) {
    const c = await findCase(tx, organisationId, id);
    if (c) out.push(c);
  }
  return out;
}

// ---- life events and applications ------------------------------------------------------------------

export interface LifeEventRow { id: string; seq: number; caseId: string; type: string; occurredOn: string; note: string; recordedByName: string; recordedAt: string }
const LIFE_EVENT_SELECT = `SELECT id, seq::int AS seq, case_id AS "caseId", type, occurred_on AS "occurredOn", note, recorded_by_name AS "recordedByName", recorded_at AS "recordedAt" FROM case_life_events`;

export async function insertLifeEvent(tx: Queryable, a: Actor, cs: { id: string; organisationId: string; householdId: string }, e: { type: string; occurredOn: string; note: string }): Promise<LifeEventRow> {
  return (await tx.query<LifeEventRow>(
    `WITH ins AS (INSERT INTO case_life_events (organisation_id, case_id, household_id, type, occurred_on, note, recorded_by, recorded_by_name) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *)
     SELECT id, seq::int AS seq, case_id AS "caseId", type, occurred_on AS "occurredOn", note, recorded_by_name AS "recordedByName", recorded_at AS "recordedAt" FROM ins`,
    [cs.organisationId, cs.id, cs.householdId, e.type, e.occurredOn, e.note, a.userId, a.userName],
  )).rows[0];
}
export async function listLifeEvents(tx: Queryable, caseId: string): Promise<LifeEventRow[]> {
  return (await tx.query<LifeEventRow>(`${LIFE_EVENT_SELECT} WHERE case_id = $1 ORDER BY occurred_on, seq`, [caseId])).rows;
}

// ---- aggregate reads for the patterns and the council's report (learning room) -----------------

export interface PatternCaseRow {
  caseId: string;
  openedOn: string;
  closedOn: string | null;
  /** The life domains scored 1 or 2 on the latest score per domain, sorted and joined by commas ('' for none). */
  problemDomains: string;
  hasChildren: boolean;
}
/**
 * Cases of an organisation active in [from, to] (optionally one team): dates, the problem domains, children in the household. No names.
 * Issue 12 (ADR 30, ADR 33): the problem domains and the children come from case_problem_domains and
 * households_with_children (migration 081, kept by triggers on assessment_scores and members), not
 * from every score and member on each read. Narrow rows on purpose: at 50,000 cases, turning rows into objects costs more than
 * the query, and an array column costs more than the same domains joined into one string.
 */
export async function patternCases(tx: Queryable, organisationId: string, f: { from: string; to: string; teamId?: string | null }): Promise<PatternCaseRow[]> {
  return (
    await tx.query<PatternCaseRow>(
      `SELECT c.id AS "caseId", c.opened_on AS "openedOn", c.closed_on AS "closedOn",
              COALESCE(array_to_string(p.domains, ','), '') AS "problemDomains", (k.household_id IS NOT NULL) AS "hasChildren"
         FROM cases c
         LEFT JOIN case_problem_domains p ON p.case_id = c.id
         LEFT JOIN households_with_children k ON k.household_id = c.household_id
        WHERE c.organisation_id = $1 AND c.opened_on <= $3 AND (c.closed_on IS NULL OR c.closed_on >= $2) AND ($4::uuid IS NULL OR c.team_id = $4)`,
      [organisationId, f.from, f.to, f.teamId ?? null],
    )
  ).rows;
}

/** Cases opened and closed in [from, to]. */
export async function caseFlow(tx: Queryable, organisationId: string, from: string, to: string): Promise<{ opened: number; closed: number }> {
  return (
    await tx.query<{ opened: number; closed: number }>(
      `SELECT count(*) FILTER (WHERE opened_on BETWEEN $2 AND $3)::int AS opened, count(*) FILTER (WHERE closed_on BETWEEN $2 AND $3)::int AS closed FROM cases WHERE organisation_id = $1`,
      [organisationId, from, to],
    )
  ).rows[0];
}

export interface SyntheticCaseInput {
  householdName: string;
  members: Array<{ name: string; birthDate: string; role: MemberRole }>;
  title: string;
  summary: string;
  openedOn: string;
  assessedOn: string;
  scores: Array<{ domain: string; score: number; reason: string }>;
  closedOn: string | null;
  closeReason: string | null;
}
/** Demo only: many synthetic cases in the actor's team, in six statements (arrays through unnest). */
export async function insertSyntheticCases(tx: Queryable, actor: Actor, rows: SyntheticCaseInput[]): Promise<Array<{ id: string; householdId: string }>> {
  const hh = rows.map(() => crypto.randomUUID());
  const cs = rows.map(() => crypto.randomUUID());
  await tx.query(`INSERT INTO households (id, organisation_id, name) SELECT id, $1, name FROM unnest($2::uuid[], $3::text[]) AS x(id, name)`, [actor.organisationId, hh, rows.map((r) => r.householdName)]);
  const m = rows.flatMap((r, i) => r.members.map((x) => ({ h: hh[i], ...x })));
  await tx.query(`INSERT INTO members (organisation_id, household_id, name, birth_date, role) SELECT $1, h, n, b, r FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[]) AS x(h, n, b, r)`, [actor.organisationId, m.map((x) => x.h), m.map((x) => x.name), m.map((x) => x.birthDate), m.map((x) => x.role)]);
  await tx.query(
    `INSERT INTO cases (id, organisation_id, team_id, household_id, regisseur_id, title, summary, origin, opened_on, status, closed_on, close_reason)
     SELECT id, $1, $2, h, $3, t, s, 'inwoner', o, CASE WHEN c IS NULL THEN 'open' ELSE 'gesloten' END, c, cr
       FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::date[], $9::date[], $10::text[]) AS x(id, h, t, s, o, c, cr)`,
    [actor.organisationId, actor.teamId, actor.userId, cs, hh, rows.map((r) => r.title), rows.map((r) => r.summary), rows.map((r) => r.openedOn), rows.map((r) => r.closedOn), rows.map((r) => r.closeReason)],
  );
  await tx.query(`INSERT INTO case_phases (organisation_id, case_id, phase, started_on, recorded_by) SELECT $1, c, 'verkenning', o, $2 FROM unnest($3::uuid[], $4::date[]) AS x(c, o)`, [actor.organisationId, actor.userId, cs, rows.map((r) => r.openedOn)]);
  const ev = rows.flatMap((r, i) => [{ c: cs[i], kind: 'geopend', detail: 'inwoner' }, ...(r.closedOn ? [{ c: cs[i], kind: 'gesloten', detail: r.closeReason ?? '' }] : [])]);
  await tx.query(`INSERT INTO case_events (organisation_id, case_id, kind, detail, user_id) SELECT $1, c, k, d, $2 FROM unnest($3::uuid[], $4::text[], $5::text[]) AS x(c, k, d)`, [actor.organisationId, actor.userId, ev.map((e) => e.c), ev.map((e) => e.kind), ev.map((e) => e.detail)]);
  const sc = rows.flatMap((r, i) => r.scores.map((s) => ({ c: cs[i], on: r.assessedOn, ...s })));
  await tx.query(
    `INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, reason, assessed_by) SELECT $1, c, d, s, o, r, $2 FROM unnest($3::uuid[], $4::text[], $5::int[], $6::date[], $7::text[]) AS x(c, d, s, o, r)`,
    [actor.organisationId, actor.userId, sc.map((s) => s.c), sc.map((s) => s.domain), sc.map((s) => s.score), sc.map((s) => s.on), sc.map((s) => s.reason)],
  );
  return cs.map((id, i) => ({ id, householdId: hh[i] }));
}
