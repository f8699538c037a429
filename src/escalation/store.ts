// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for knelpunten, the ladder, steps and decisions, hand-overs, signals, overbrugging, the
 * Maatwerkregister and notifications — nothing else (ADR 11): no rules, no authorisation, no
 * decisions about whom to notify. Those live in model.ts, policy.ts and commands.ts. A missing row
 * is `null`; the caller decides what that means. Names of users and organisations are read from the
 * accounts room's tables for display (see the report of issue 10).
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { DEFAULT_CALENDAR, type CalendarSettings } from './workdays';
import type { Acceptance, KnelpuntStatus, KnelpuntType, Outcome, SignalKind } from './model';

// ---- settings and ladder ---------------------------------------------------------------------

export async function getCalendar(tx: Queryable, organisationId: string): Promise<CalendarSettings> {
  const r = await tx.query<{ b: boolean }>(`SELECT bevrijdingsdag_is_holiday AS b FROM escalation_settings WHERE organisation_id = $1`, [organisationId]);
  const own = await listNonWorkingDays(tx, organisationId);
  return { ...(r.rows[0] ? { bevrijdingsdagIsHoliday: r.rows[0].b } : DEFAULT_CALENDAR), ownDays: own.map((d) => d.date) };
}

/** The version of the organisation's ladder and calendar together (0 while it has none stored). */
export async function settingsVersion(tx: Queryable, organisationId: string): Promise<number> {
  return (await tx.query<{ version: number }>(`SELECT version FROM escalation_settings WHERE organisation_id = $1`, [organisationId])).rows[0]?.version ?? 0;
}
/** Locks the settings row (created first when missing) so a parallel writer waits; returns its version, 0 when it was just created. */
export async function lockSettings(tx: Queryable, organisationId: string): Promise<number> {
  await tx.query(`INSERT INTO escalation_settings (organisation_id, version) VALUES ($1, 0) ON CONFLICT (organisation_id) DO NOTHING`, [organisationId]);
  return (await tx.query<{ version: number }>(`SELECT version FROM escalation_settings WHERE organisation_id = $1 FOR UPDATE`, [organisationId])).rows[0].version;
}

/** The organisation's own non-working days, in date order. */
export async function listNonWorkingDays(tx: Queryable, organisationId: string): Promise<Array<{ date: string; name: string }>> {
  return (await tx.query<{ date: string; name: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS date, name FROM escalation_non_working_days WHERE organisation_id = $1 ORDER BY day`, [organisationId])).rows;
}

/** Replaces the calendar (checked by the caller): Bevrijdingsdag and the own non-working days; bumps the version. */
export async function replaceCalendar(tx: Queryable, organisationId: string, bevrijdingsdagIsHoliday: boolean, days: Array<{ date: string; name: string }>): Promise<void> {
  await tx.query(`DELETE FROM escalation_non_working_days WHERE organisation_id = $1`, [organisationId]);
  for (const d of days) await tx.query(`INSERT INTO escalation_non_working_days (organisation_id, day, name) VALUES ($1,$2,$3)`, [organisationId, d.date, d.name]);
  await tx.query(`UPDATE escalation_settings SET bevrijdingsdag_is_holiday = $2, version = version + 1 WHERE organisation_id = $1`, [organisationId, bevrijdingsdagIsHoliday]);
}

export interface LevelRow {
  id: string;
  organisationId: string;
  position: number;
  name: string;
  deadlineWorkingDays: number;
  deciderRole: string | null;
  deciderOrganisationId: string | null;
  deciderOrganisationName: string | null;
  active: boolean;
}
const LEVEL_SELECT = `SELECT l.id, l.organisation_id AS "organisationId", l.position, l.name, l.deadline_working_days AS "deadlineWorkingDays", l.decider_role AS "deciderRole",
  l.decider_organisation_id AS "deciderOrganisationId", o.name AS "deciderOrganisationName", l.active FROM escalation_levels l LEFT JOIN organisations_directory o ON o.id = l.decider_organisation_id`;

export async function listLevels(tx: Queryable, organisationId: string): Promise<LevelRow[]> {
  return (await tx.query<LevelRow>(`${LEVEL_SELECT} WHERE l.organisation_id = $1 AND l.active ORDER BY l.position`, [organisationId])).rows;
}
export async function getLevel(tx: Queryable, id: string): Promise<LevelRow | null> {
  return (await tx.query<LevelRow>(`${LEVEL_SELECT} WHERE l.id = $1`, [id])).rows[0] ?? null;
}

export interface LevelInput {
  id?: string;
  name: string;
  deadlineWorkingDays: number;
  deciderRole?: string | null;
  deciderOrganisationId?: string | null;
}

/** The ids of all levels (active or not) of an organisation's ladder, locked for a replacement. */
export async function lockLadder(tx: Queryable, organisationId: string): Promise<string[]> {
  return (await tx.query<{ id: string }>(`SELECT id FROM escalation_levels WHERE organisation_id = $1 FOR UPDATE`, [organisationId])).rows.map((r) => r.id);
}
export async function organisationExists(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM organisations_directory WHERE id = $1`, [id])).rows.length > 0;
}
export async function organisationName(tx: Queryable, id: string): Promise<string | null> {
  return (await tx.query<{ name: string }>(`SELECT name FROM organisations_directory WHERE id = $1`, [id])).rows[0]?.name ?? null;
}

/** Replace the ladder (checked by the caller): given levels in order; levels left out are deactivated (steps keep pointing at them). */
export async function replaceLadder(tx: Queryable, organisationId: string, levels: LevelInput[], calendar: CalendarSettings): Promise<LevelRow[]> {
  await tx.query(`UPDATE escalation_levels SET active = false, position = NULL WHERE organisation_id = $1`, [organisationId]);
  for (const [i, l] of levels.entries()) {
    const vals = [organisationId, i + 1, l.name, l.deadlineWorkingDays, l.deciderOrganisationId ? null : l.deciderRole ?? null, l.deciderOrganisationId ?? null];
    if (l.id) await tx.query(`UPDATE escalation_levels SET position = $2, name = $3, deadline_working_days = $4, decider_role = $5, decider_organisation_id = $6, active = true WHERE organisation_id = $1 AND id = $7`, [...vals, l.id]);
    else await tx.query(`INSERT INTO escalation_levels (organisation_id, position, name, deadline_working_days, decider_role, decider_organisation_id) VALUES ($1,$2,$3,$4,$5,$6)`, vals);
  }
  await tx.query(
    `INSERT INTO escalation_settings (organisation_id, bevrijdingsdag_is_holiday) VALUES ($1,$2)
     ON CONFLICT (organisation_id) DO UPDATE SET bevrijdingsdag_is_holiday = EXCLUDED.bevrijdingsdag_is_holiday, version = escalation_settings.version + 1`,
    [organisationId, calendar.bevrijdingsdagIsHoliday],
  );
  return listLevels(tx, organisationId);
}

// ---- knelpunten -----------------------------------------------------------------------------

export interface KnelpuntInput {
  solutionNeeded: string;
  blockingLaw: string;
  blockingArticle?: string;
  blockingOrganisation: string;
  policyRule?: string;
  type: KnelpuntType;
  toetsRuleGoal?: string;
  toetsCounterproductive?: string;
  toetsProportionate?: string;
  costOfWaiting?: string;
  costOfWaitingCents?: number | null;
}
export interface KnelpuntRow {
  id: string;
  organisationId: string;
  caseId: string;
  householdId: string;
  teamId: string;
  solutionNeeded: string;
  blockingLaw: string;
  blockingArticle: string;
  blockingOrganisation: string;
  policyRule: string;
  type: KnelpuntType;
  toetsRuleGoal: string;
  toetsCounterproductive: string;
  toetsProportionate: string;
  costOfWaiting: string;
  costOfWaitingCents: number | null;
  status: KnelpuntStatus;
  currentStepId: string | null;
  currentLevelName: string | null;
  currentDeadline: string | null;
  consentToShare: boolean;
  consentRecordedOn: string | null;
  consentRecordedBy: string | null;
  createdOn: string;
  backdateReason: string | null;
  createdByName: string | null;
  updatedAt: string;
  version: number;
}
const K_SELECT = `SELECT k.id, k.organisation_id AS "organisationId", k.case_id AS "caseId", k.household_id AS "householdId", k.team_id AS "teamId",
  k.solution_needed AS "solutionNeeded", k.blocking_law AS "blockingLaw", k.blocking_article AS "blockingArticle", k.blocking_organisation AS "blockingOrganisation",
  k.policy_rule AS "policyRule", k.type, k.toets_rule_goal AS "toetsRuleGoal", k.toets_counterproductive AS "toetsCounterproductive", k.toets_proportionate AS "toetsProportionate",
  k.cost_of_waiting AS "costOfWaiting", k.cost_of_waiting_cents AS "costOfWaitingCents", k.status, k.current_step_id AS "currentStepId",
  l.name AS "currentLevelName", CASE WHEN s.status = 'open' THEN s.deadline END AS "currentDeadline",
  k.consent_to_share AS "consentToShare", k.consent_recorded_on AS "consentRecordedOn", cu.display_name AS "consentRecordedBy",
  k.created_on AS "createdOn", k.backdate_reason AS "backdateReason", u.display_name AS "createdByName", k.updated_at AS "updatedAt", k.version
  FROM knelpunten k LEFT JOIN escalation_steps s ON s.id = k.current_step_id LEFT JOIN escalation_levels l ON l.id = s.level_id
  LEFT JOIN users_directory u ON u.id = k.created_by LEFT JOIN users_directory cu ON cu.id = k.consent_recorded_by`;

const K_FIELDS: Array<[keyof KnelpuntInput, string]> = [
  ['solutionNeeded', 'solution_needed'], ['blockingLaw', 'blocking_law'], ['blockingArticle', 'blocking_article'], ['blockingOrganisation', 'blocking_organisation'],
  ['policyRule', 'policy_rule'], ['type', 'type'], ['toetsRuleGoal', 'toets_rule_goal'], ['toetsCounterproductive', 'toets_counterproductive'],
  ['toetsProportionate', 'toets_proportionate'], ['costOfWaiting', 'cost_of_waiting'], ['costOfWaitingCents', 'cost_of_waiting_cents'],
];

export async function addKnelpuntEvent(tx: Queryable, actor: Actor, k: { id: string; organisationId: string }, kind: string, detail = '', from?: string | null, to?: string | null): Promise<void> {
  const org = (await tx.query<{ name: string }>(`SELECT name FROM organisations_directory WHERE id = $1`, [actor.organisationId])).rows[0]?.name ?? '';
  await tx.query(`INSERT INTO knelpunt_events (organisation_id, knelpunt_id, kind, from_status, to_status, detail, user_id, user_name, user_organisation) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
    k.organisationId, k.id, kind, from ?? null, to ?? null, detail, actor.userId, actor.userName, org,
  ]);
}

export async function insertKnelpunt(tx: Queryable, actor: Actor, cs: { id: string; householdId: string; teamId: string }, input: KnelpuntInput, createdOn: string, backdateReason: string | null = null): Promise<KnelpuntRow> {
  const cols = K_FIELDS.filter(([k]) => input[k] !== undefined);
  const vals = cols.map(([k]) => input[k]);
  const r = await tx.query<{ id: string }>(
    `INSERT INTO knelpunten (organisation_id, case_id, household_id, team_id, created_by, created_on, backdate_reason, ${cols.map(([, c]) => c).join(', ')})
     VALUES ($1,$2,$3,$4,$5,$6,$7,${cols.map((_, i) => `$${i + 8}`).join(',')}) RETURNING id`,
    [actor.organisationId, cs.id, cs.householdId, cs.teamId, actor.userId, createdOn, backdateReason, ...vals],
  );
  return (await getKnelpunt(tx, actor.organisationId, r.rows[0].id))!;
}

/** A knelpunt of the organisation, or null; `forUpdate` locks its row first. */
export async function getKnelpunt(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<KnelpuntRow | null> {
  if (forUpdate) await tx.query(`SELECT 1 FROM knelpunten WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [id, organisationId]);
  return (await tx.query<KnelpuntRow>(`${K_SELECT} WHERE k.id = $1 AND k.organisation_id = $2`, [id, organisationId])).rows[0] ?? null;
}

export interface KnelpuntFilter {
  teamId?: string | null;
  caseId?: string;
  status?: string;
  type?: string;
  escalatedOnly?: boolean;
  page: number;
  pageSize: number;
}
export async function listKnelpunten(tx: Queryable, organisationId: string, f: KnelpuntFilter): Promise<{ items: KnelpuntRow[]; total: number }> {
  const where = ['k.organisation_id = $1'];
  const p: unknown[] = [organisationId];
  const add = (sql: string, v: unknown) => {
    p.push(v);
    where.push(sql.replace('?', `$${p.length}`));
  };
  if (f.teamId) add('k.team_id = ?', f.teamId);
  if (f.caseId) add('k.case_id = ?', f.caseId);
  if (f.status) add('k.status = ?', f.status);
  if (f.type) add('k.type = ?', f.type);
  if (f.escalatedOnly) where.push(`EXISTS (SELECT 1 FROM escalation_steps es WHERE es.knelpunt_id = k.id)`);
  const w = where.join(' AND ');
  const total = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM knelpunten k WHERE ${w}`, p)).rows[0].n;
  p.push(f.pageSize, (f.page - 1) * f.pageSize);
  const items = (await tx.query<KnelpuntRow>(`${K_SELECT} WHERE ${w} ORDER BY k.updated_at DESC, k.id LIMIT $${p.length - 1} OFFSET $${p.length}`, p)).rows;
  return { items, total };
}

/** Write the given fields of a knelpunt; returns the names of the fields written (none: nothing changes). */
export async function updateKnelpunt(tx: Queryable, id: string, patch: Partial<KnelpuntInput>): Promise<string[]> {
  const cols = K_FIELDS.filter(([f]) => patch[f] !== undefined);
  if (cols.length) await tx.query(`UPDATE knelpunten SET ${cols.map(([, c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now(), version = version + 1 WHERE id = $1`, [id, ...cols.map(([f]) => patch[f])]);
  return cols.map(([f]) => f);
}

/** Set a knelpunt's status, and its current step when given. */
export async function setStatus(tx: Queryable, knelpuntId: string, to: KnelpuntStatus, stepId?: string | null): Promise<void> {
  await tx.query(`UPDATE knelpunten SET status = $2, current_step_id = COALESCE($3, current_step_id), updated_at = now(), version = version + 1 WHERE id = $1`, [knelpuntId, to, stepId ?? null]);
}

export async function setConsent(tx: Queryable, knelpuntId: string, given: boolean, on: string, userId: string): Promise<void> {
  await tx.query(`UPDATE knelpunten SET consent_to_share = $2, consent_recorded_on = $3, consent_recorded_by = $4, updated_at = now(), version = version + 1 WHERE id = $1`, [knelpuntId, given, on, userId]);
}

/** The user who recorded a knelpunt (to tell of a decision), or null. */
export async function knelpuntCreator(tx: Queryable, knelpuntId: string): Promise<string | null> {
  return (await tx.query<{ created_by: string | null }>(`SELECT created_by FROM knelpunten WHERE id = $1`, [knelpuntId])).rows[0]?.created_by ?? null;
}

export interface KnelpuntEventRow { kind: string; fromStatus: string | null; toStatus: string | null; detail: string; userName: string; userOrganisation: string; at: string }
export async function listKnelpuntEvents(tx: Queryable, knelpuntId: string): Promise<KnelpuntEventRow[]> {
  return (await tx.query<KnelpuntEventRow>(`SELECT kind, from_status AS "fromStatus", to_status AS "toStatus", detail, user_name AS "userName", user_organisation AS "userOrganisation", at FROM knelpunt_events WHERE knelpunt_id = $1 ORDER BY id`, [knelpuntId])).rows;
}

// ---- steps ----------------------------------------------------------------------------------

export interface StepRow {
  id: string;
  organisationId: string;
  knelpuntId: string;
  levelId: string;
  levelName: string;
  levelPosition: number | null;
  deciderRole: string | null;
  deciderOrganisationId: string | null;
  deciderOrganisationName: string | null;
  reason: string;
  escalatedOn: string;
  escalatedByName: string | null;
  deadline: string;
  status: 'open' | 'besloten' | 'doorgeschoven' | 'vervallen';
  outcome: Outcome | null;
  decisionText: string | null;
  referredToLevelId: string | null;
  referredToOrganisation: string | null;
  decidedOn: string | null;
  decidedByName: string | null;
  backdateReason: string | null;
}
const STEP_SELECT = `SELECT s.id, s.organisation_id AS "organisationId", s.knelpunt_id AS "knelpuntId", s.level_id AS "levelId", l.name AS "levelName", l.position AS "levelPosition",
  l.decider_role AS "deciderRole", l.decider_organisation_id AS "deciderOrganisationId", o.name AS "deciderOrganisationName", s.reason, s.escalated_on AS "escalatedOn",
  eu.display_name AS "escalatedByName", s.deadline, s.status, s.outcome, s.decision_text AS "decisionText", s.referred_to_level_id AS "referredToLevelId",
  s.referred_to_organisation AS "referredToOrganisation", s.decided_on AS "decidedOn", s.decided_by_name AS "decidedByName", s.backdate_reason AS "backdateReason"
  FROM escalation_steps s JOIN escalation_levels l ON l.id = s.level_id LEFT JOIN organisations_directory o ON o.id = l.decider_organisation_id LEFT JOIN users_directory eu ON eu.id = s.escalated_by`;

export async function listSteps(tx: Queryable, knelpuntId: string): Promise<StepRow[]> {
  return (await tx.query<StepRow>(`${STEP_SELECT} WHERE s.knelpunt_id = $1 ORDER BY s.escalated_on, s.created_at`, [knelpuntId])).rows;
}
export async function getStep(tx: Queryable, id: string, forUpdate = false): Promise<StepRow | null> {
  if (forUpdate) await tx.query(`SELECT 1 FROM escalation_steps WHERE id = $1 FOR UPDATE`, [id]);
  return (await tx.query<StepRow>(`${STEP_SELECT} WHERE s.id = $1`, [id])).rows[0] ?? null;
}

/** Close a step without a decision: 'doorgeschoven' (escalated further) or 'vervallen' (withdrawn). */
export async function closeStep(tx: Queryable, stepId: string, status: 'doorgeschoven'): Promise<void> {
  await tx.query(`UPDATE escalation_steps SET status = $2 WHERE id = $1`, [stepId, status]);
}
export async function voidOpenSteps(tx: Queryable, knelpuntId: string): Promise<void> {
  await tx.query(`UPDATE escalation_steps SET status = 'vervallen' WHERE knelpunt_id = $1 AND status = 'open'`, [knelpuntId]);
}
export async function voidOpenHandovers(tx: Queryable, knelpuntId: string): Promise<void> {
  await tx.query(`UPDATE handovers SET status = 'vervallen' WHERE knelpunt_id = $1 AND status = 'open'`, [knelpuntId]);
}
export async function insertStep(tx: Queryable, actor: Actor, s: { organisationId: string; knelpuntId: string; levelId: string; reason: string; on: string; deadline: string; backdateReason?: string | null }): Promise<string> {
  return (
    await tx.query<{ id: string }>(`INSERT INTO escalation_steps (organisation_id, knelpunt_id, level_id, reason, escalated_by, escalated_on, deadline, backdate_reason) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`, [
      s.organisationId, s.knelpuntId, s.levelId, s.reason, actor.userId, s.on, s.deadline, s.backdateReason ?? null,
    ])
  ).rows[0].id;
}
export async function recordDecision(tx: Queryable, actor: Actor, stepId: string, d: DecisionInput): Promise<void> {
  await tx.query(
    `UPDATE escalation_steps SET status = 'besloten', outcome = $2, decision_text = $3, referred_to_level_id = $4, referred_to_organisation = $5, decided_on = $6, decided_by = $7, decided_by_name = $8, decided_by_organisation_id = $9 WHERE id = $1`,
    [stepId, d.outcome, d.text, d.referToLevelId ?? null, d.referToOrganisation ?? null, d.decidedOn, actor.userId, actor.userName, actor.organisationId],
  );
}
export async function markHandoversDecided(tx: Queryable, stepId: string): Promise<void> {
  await tx.query(`UPDATE handovers SET status = 'besloten' WHERE step_id = $1 AND status = 'open'`, [stepId]);
}

// ---- notifications (written) ---------------------------------------------------------------------

/** Active users of an organisation with a role, optionally only of one team. */
export async function usersWithRole(tx: Queryable, organisationId: string, role: string, teamId: string | null): Promise<string[]> {
  const r = await tx.query<{ id: string }>(`SELECT id FROM users_directory WHERE organisation_id = $1 AND active AND $2 = ANY(roles) ${teamId ? 'AND team_id = $3' : ''}`, teamId ? [organisationId, role, teamId] : [organisationId, role]);
  return r.rows.map((u) => u.id);
}
export async function insertNotification(tx: Queryable, n: { organisationId: string; userId: string; kind: string; title: string; body: string; knelpuntId: string | null; handoverId?: string | null; caseId?: string | null; invitationId?: string | null }): Promise<void> {
  await tx.query(`INSERT INTO notifications (organisation_id, user_id, kind, title, body, knelpunt_id, handover_id, case_id, invitation_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
    n.organisationId, n.userId, n.kind, n.title, n.body, n.knelpuntId, n.handoverId ?? null, n.caseId ?? null, n.invitationId ?? null,
  ]);
}

export interface DecisionInput {
  outcome: Outcome;
  text: string;
  referToLevelId?: string;
  referToOrganisation?: string;
  decidedOn: string;
}

export interface QueueItem {
  stepId: string;
  knelpuntId: string;
  caseId: string;
  solutionNeeded: string;
  blockingLaw: string;
  blockingArticle: string;
  type: KnelpuntType;
  escalatedOn: string;
  deadline: string;
  reason: string;
}
/** Open steps at a level, oldest deadline first. */
export async function levelQueue(tx: Queryable, levelId: string): Promise<QueueItem[]> {
  return (
    await tx.query<QueueItem>(
      `SELECT s.id AS "stepId", k.id AS "knelpuntId", k.case_id AS "caseId", k.solution_needed AS "solutionNeeded", k.blocking_law AS "blockingLaw", k.blocking_article AS "blockingArticle", k.type,
        s.escalated_on AS "escalatedOn", s.deadline, s.reason
       FROM escalation_steps s JOIN knelpunten k ON k.id = s.knelpunt_id WHERE s.level_id = $1 AND s.status = 'open' ORDER BY s.deadline, s.escalated_on, s.created_at`,
      [levelId],
    )
  ).rows;
}

// ---- hand-overs -------------------------------------------------------------------------------

export interface HandoverRow {
  id: string;
  organisationId: string;
  organisationName: string;
  sourceOrganisationId: string;
  sourceOrganisationName: string;
  stepId: string;
  knelpuntId: string;
  levelName: string;
  deadline: string;
  content: Record<string, unknown>;
  withIdentifiers: boolean;
  status: 'open' | 'besloten' | 'vervallen';
  createdAt: string;
}
const H_SELECT = `SELECT h.id, h.organisation_id AS "organisationId", ro.name AS "organisationName", h.source_organisation_id AS "sourceOrganisationId", so.name AS "sourceOrganisationName",
  h.step_id AS "stepId", h.knelpunt_id AS "knelpuntId", h.level_name AS "levelName", h.deadline, h.content, h.with_identifiers AS "withIdentifiers", h.status, h.created_at AS "createdAt"
  FROM handovers h JOIN organisations_directory ro ON ro.id = h.organisation_id JOIN organisations_directory so ON so.id = h.source_organisation_id`;

export async function insertHandover(tx: Queryable, actor: Actor, h: { receivingOrganisationId: string; sourceOrganisationId: string; stepId: string; knelpuntId: string; levelName: string; deadline: string; content: unknown; withIdentifiers: boolean }): Promise<HandoverRow> {
  const id = (
    await tx.query<{ id: string }>(`INSERT INTO handovers (organisation_id, source_organisation_id, step_id, knelpunt_id, level_name, deadline, content, with_identifiers, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`, [
      h.receivingOrganisationId, h.sourceOrganisationId, h.stepId, h.knelpuntId, h.levelName, h.deadline, JSON.stringify(h.content), h.withIdentifiers, actor.userId,
    ])
  ).rows[0].id;
  return (await getHandover(tx, id))!;
}
export async function getHandover(tx: Queryable, id: string): Promise<HandoverRow | null> {
  return (await tx.query<HandoverRow>(`${H_SELECT} WHERE h.id = $1`, [id])).rows[0] ?? null;
}
/** Hand-overs an organisation received (oldest deadline first), or sent. */
export async function listHandovers(tx: Queryable, organisationId: string, direction: 'ontvangen' | 'verstuurd', status?: string): Promise<HandoverRow[]> {
  const col = direction === 'ontvangen' ? 'h.organisation_id' : 'h.source_organisation_id';
  return (await tx.query<HandoverRow>(`${H_SELECT} WHERE ${col} = $1 ${status ? 'AND h.status = $2' : ''} ORDER BY h.deadline, h.created_at`, status ? [organisationId, status] : [organisationId])).rows;
}
export async function handoversOfKnelpunt(tx: Queryable, knelpuntId: string): Promise<HandoverRow[]> {
  return (await tx.query<HandoverRow>(`${H_SELECT} WHERE h.knelpunt_id = $1 ORDER BY h.created_at`, [knelpuntId])).rows;
}

// ---- structural signals ------------------------------------------------------------------------

export async function insertSignal(tx: Queryable, actor: Actor, k: { id: string; organisationId: string }, stepId: string | null, s: { kind: SignalKind; rule: string; proposal: string }, on: string): Promise<void> {
  await tx.query(`INSERT INTO structural_signals (organisation_id, knelpunt_id, step_id, kind, rule, proposal, created_by, created_on, raised_by_organisation_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
    k.organisationId, k.id, stepId, s.kind, s.rule, s.proposal, actor.userId, on, actor.organisationId,
  ]);
}
export interface SignalRow { id: string; knelpuntId: string; kind: SignalKind; rule: string; proposal: string; createdOn: string }
export async function signalsOfKnelpunt(tx: Queryable, knelpuntId: string): Promise<SignalRow[]> {
  return (await tx.query<SignalRow>(`SELECT id, knelpunt_id AS "knelpuntId", kind, rule, proposal, created_on AS "createdOn" FROM structural_signals WHERE knelpunt_id = $1 ORDER BY created_at`, [knelpuntId])).rows;
}

/** Signals grouped per rule for policy advisers: counts, kinds, proposals, knelpunt types. No case, household or person. */
export async function signalsPerRule(tx: Queryable, organisationId: string) {
  return (
    await tx.query<{ rule: string; count: number; regelWijzigen: number; vasteAfspraak: number; proposals: string[]; knelpuntTypes: string[]; blockingLaws: string[]; latest: string }>(
      `SELECT s.rule, count(*)::int AS count, count(*) FILTER (WHERE s.kind = 'regel_wijzigen')::int AS "regelWijzigen", count(*) FILTER (WHERE s.kind = 'vaste_afspraak')::int AS "vasteAfspraak",
        array_agg(DISTINCT s.proposal) AS proposals, array_agg(DISTINCT k.type) AS "knelpuntTypes", array_agg(DISTINCT k.blocking_law) AS "blockingLaws", max(s.created_on) AS latest
       FROM structural_signals s JOIN knelpunten k ON k.id = s.knelpunt_id WHERE s.organisation_id = $1 GROUP BY s.rule ORDER BY count(*) DESC, s.rule`,
      [organisationId],
    )
  ).rows;
}

/** Aggregate counts of knelpunten per law, type and status: the patterns, never the persons. */
export async function knelpuntPatterns(tx: Queryable, organisationId: string) {
  const perLaw = (await tx.query<{ blockingLaw: string; count: number; open: number; doorbraak: number }>(
    `SELECT blocking_law AS "blockingLaw", count(*)::int AS count, count(*) FILTER (WHERE status IN ('open','in_escalatie'))::int AS open, count(*) FILTER (WHERE status = 'doorbraak')::int AS doorbraak
     FROM knelpunten WHERE organisation_id = $1 GROUP BY blocking_law ORDER BY count(*) DESC, blocking_law`, [organisationId])).rows;
  const perType = (await tx.query<{ type: string; count: number }>(`SELECT type, count(*)::int AS count FROM knelpunten WHERE organisation_id = $1 GROUP BY type ORDER BY count(*) DESC, type`, [organisationId])).rows;
  const perStatus = (await tx.query<{ status: string; count: number }>(`SELECT status, count(*)::int AS count FROM knelpunten WHERE organisation_id = $1 GROUP BY status ORDER BY status`, [organisationId])).rows;
  const perBlockingOrganisation = (await tx.query<{ blockingOrganisation: string; count: number }>(`SELECT blocking_organisation AS "blockingOrganisation", count(*)::int AS count FROM knelpunten WHERE organisation_id = $1 GROUP BY blocking_organisation ORDER BY count(*) DESC, blocking_organisation`, [organisationId])).rows;
  return { perLaw, perType, perStatus, perBlockingOrganisation };
}

// ---- overbrugging ---------------------------------------------------------------------------------

export interface LedgerRow { entryNo: number; kind: 'afrekening' | 'tegenboeking' | 'correctie'; funder: string; amountCents: number; reason: string; bookedOn: string | null; bookedByName: string | null }
export interface OverbruggingRow {
  id: string;
  organisationId: string;
  organisationName: string;
  knelpuntId: string;
  help: string;
  provisionalFunder: string;
  provisionalAmountCents: number;
  startedOn: string;
  status: 'open' | 'afgerekend';
  settledOn: string | null;
  settledTotalCents: number | null;
  settlementNote: string | null;
  decidedByOrganisationId: string;
  decidedByOrganisationName: string;
  funderOrganisationId: string;
  funderOrganisationName: string;
  acceptance: Acceptance;
  acceptanceNote: string | null;
  acceptedOn: string | null;
  acceptedByName: string | null;
  version: number;
  shares: Array<{ funder: string; amountCents: number }>;
  ledger: LedgerRow[];
  claims: ClaimRow[];
}
export interface ClaimRow { id: string; overbruggingId: string; creditor: string; debtor: string; amountCents: number; status: 'open' | 'gesloten'; closedOn: string | null }
const O_SELECT = `SELECT o.id, o.organisation_id AS "organisationId", oo.name AS "organisationName", o.knelpunt_id AS "knelpuntId", o.help, o.provisional_funder AS "provisionalFunder",
  o.provisional_amount_cents AS "provisionalAmountCents", o.started_on AS "startedOn", o.status, o.settled_on AS "settledOn", o.settled_total_cents AS "settledTotalCents",
  o.settlement_note AS "settlementNote", o.decided_by_organisation_id AS "decidedByOrganisationId", dob.name AS "decidedByOrganisationName",
  o.funder_organisation_id AS "funderOrganisationId", fo.name AS "funderOrganisationName", o.acceptance, o.acceptance_note AS "acceptanceNote", o.accepted_on AS "acceptedOn",
  o.accepted_by_name AS "acceptedByName", o.version
  FROM overbruggingen o JOIN organisations_directory oo ON oo.id = o.organisation_id JOIN organisations_directory dob ON dob.id = o.decided_by_organisation_id JOIN organisations_directory fo ON fo.id = o.funder_organisation_id`;
const C_COLS = `c.id, c.overbrugging_id AS "overbruggingId", c.creditor, c.debtor, c.amount_cents AS "amountCents", c.status, c.closed_on AS "closedOn"`;
/** An organisation is involved in an overbrugging as the knelpunt's owner, the decider or the provisional funder. */
const INVOLVED = `(o.organisation_id = $1 OR o.decided_by_organisation_id = $1 OR o.funder_organisation_id = $1)`;

export async function insertOverbrugging(
  tx: Queryable, actor: Actor, k: { id: string; organisationId: string }, stepId: string | null,
  o: { help: string; provisionalFunder: string; provisionalAmountCents: number; startedOn: string; funderOrganisationId: string; acceptance: Acceptance },
): Promise<OverbruggingRow> {
  const id = (
    await tx.query<{ id: string }>(
      `INSERT INTO overbruggingen (organisation_id, knelpunt_id, step_id, help, provisional_funder, provisional_amount_cents, started_on, created_by, decided_by_organisation_id, funder_organisation_id, acceptance)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
      [k.organisationId, k.id, stepId, o.help, o.provisionalFunder, o.provisionalAmountCents, o.startedOn, actor.userId, actor.organisationId, o.funderOrganisationId, o.acceptance],
    )
  ).rows[0].id;
  return (await getOverbrugging(tx, id))!;
}
/** An overbrugging by id (whoever is involved; the caller checks), with its net shares, ledger and claims. */
export async function getOverbrugging(tx: Queryable, id: string, forUpdate = false): Promise<OverbruggingRow | null> {
  if (forUpdate) await tx.query(`SELECT 1 FROM overbruggingen WHERE id = $1 FOR UPDATE`, [id]);
  const o = (await tx.query<OverbruggingRow>(`${O_SELECT} WHERE o.id = $1`, [id])).rows[0];
  if (!o) return null;
  o.ledger = (
    await tx.query<LedgerRow>(
      `SELECT entry_no AS "entryNo", kind, funder, amount_cents::int AS "amountCents", reason, booked_on AS "bookedOn", booked_by_name AS "bookedByName" FROM overbrugging_shares WHERE overbrugging_id = $1 ORDER BY entry_no, amount_cents DESC, funder`,
      [id],
    )
  ).rows;
  o.shares = (
    await tx.query<{ funder: string; amountCents: number }>(
      `SELECT funder, sum(amount_cents)::int AS "amountCents" FROM overbrugging_shares WHERE overbrugging_id = $1 GROUP BY funder HAVING sum(amount_cents) <> 0 ORDER BY sum(amount_cents) DESC, funder`,
      [id],
    )
  ).rows;
  o.claims = (await tx.query<ClaimRow>(`SELECT ${C_COLS} FROM overbrugging_claims c WHERE c.overbrugging_id = $1 ORDER BY c.created_at, c.debtor`, [id])).rows;
  return o;
}
export async function listOverbruggingen(tx: Queryable, organisationId: string, filter: { status?: string; knelpuntId?: string; acceptance?: string }): Promise<OverbruggingRow[]> {
  const ids = (
    await tx.query<{ id: string }>(
      `SELECT o.id FROM overbruggingen o WHERE ${INVOLVED} AND ($2::text IS NULL OR o.status = $2) AND ($3::uuid IS NULL OR o.knelpunt_id = $3) AND ($4::text IS NULL OR o.acceptance = $4) ORDER BY o.started_on, o.created_at`,
      [organisationId, filter.status ?? null, filter.knelpuntId ?? null, filter.acceptance ?? null],
    )
  ).rows;
  const out: OverbruggingRow[] = [];
  for (const { id } of ids) out.push((await getOverbrugging(tx, id))!);
  return out;
}

/** The provisional funder's answer. */
export async function recordAcceptance(tx: Queryable, actor: Actor, id: string, a: { acceptance: 'geaccepteerd' | 'geweigerd'; note: string; on: string }): Promise<void> {
  await tx.query(`UPDATE overbruggingen SET acceptance = $2, acceptance_note = $3, accepted_on = $4, accepted_by_name = $5, version = version + 1 WHERE id = $1`, [id, a.acceptance, a.note, a.on, actor.userName]);
}

/** Add ledger lines (the settlement, or a correction's reversal and new shares). */
export async function addLedgerLines(tx: Queryable, actor: Actor, organisationId: string, id: string, lines: Array<{ entryNo: number; kind: string; funder: string; amountCents: number }>, bookedOn: string, reason: string): Promise<void> {
  for (const l of lines) {
    await tx.query(`INSERT INTO overbrugging_shares (organisation_id, overbrugging_id, funder, amount_cents, entry_no, kind, reason, booked_on, booked_by_name) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
      organisationId, id, l.funder, l.amountCents, l.entryNo, l.kind, reason, bookedOn, actor.userName,
    ]);
  }
}
export async function insertClaims(tx: Queryable, organisationId: string, id: string, claims: Array<{ creditor: string; debtor: string; amountCents: number }>): Promise<void> {
  for (const c of claims) {
    await tx.query(`INSERT INTO overbrugging_claims (organisation_id, overbrugging_id, creditor, debtor, amount_cents) VALUES ($1,$2,$3,$4,$5)`, [organisationId, id, c.creditor, c.debtor, c.amountCents]);
  }
}
/**
 * Mark the overbrugging settled (or re-settled after a correction) with the current total, guarded by
 * the version the client read (If-Match): false when it moved, and nothing is written.
 */
export async function markSettled(tx: Queryable, id: string, version: number, s: { settledOn: string; totalCents: number; note: string }): Promise<boolean> {
  const r = await tx.query(`UPDATE overbruggingen SET status = 'afgerekend', settled_on = $2, settled_total_cents = $3, settlement_note = $4, version = version + 1 WHERE id = $1 AND version = $5`, [id, s.settledOn, s.totalCents, s.note, version]);
  return r.rowCount > 0;
}

export async function listClaims(tx: Queryable, organisationId: string, status?: string): Promise<ClaimRow[]> {
  return (
    await tx.query<ClaimRow>(`SELECT ${C_COLS} FROM overbrugging_claims c JOIN overbruggingen o ON o.id = c.overbrugging_id WHERE ${INVOLVED} AND ($2::text IS NULL OR c.status = $2) ORDER BY c.created_at, c.debtor`, [
      organisationId, status ?? null,
    ])
  ).rows;
}
/** A claim of an overbrugging the organisation is involved in, locked, or null. */
export async function lockClaim(tx: Queryable, organisationId: string, id: string): Promise<ClaimRow | null> {
  await tx.query(`SELECT 1 FROM overbrugging_claims WHERE id = $1 FOR UPDATE`, [id]);
  return (await tx.query<ClaimRow>(`SELECT ${C_COLS} FROM overbrugging_claims c JOIN overbruggingen o ON o.id = c.overbrugging_id WHERE c.id = $2 AND ${INVOLVED}`, [organisationId, id])).rows[0] ?? null;
}
export async function closeClaim(tx: Queryable, id: string, closedOn: string): Promise<ClaimRow> {
  return (await tx.query<ClaimRow>(`UPDATE overbrugging_claims c SET status = 'gesloten', closed_on = $2 WHERE c.id = $1 RETURNING ${C_COLS}`, [id, closedOn])).rows[0];
}

// ---- figures ---------------------------------------------------------------------------------------

/** Decided steps for the figures (no persons): of the organisation's own ladder, or decided by it on other organisations' ladders. */
export async function decidedSteps(tx: Queryable, organisationId: string, scope: 'eigen' | 'voor_anderen'): Promise<Array<{ levelName: string; position: number | null; knelpuntCreatedOn: string; escalatedOn: string; decidedOn: string; deadline: string }>> {
  const where = scope === 'eigen' ? 's.organisation_id = $1' : 's.decided_by_organisation_id = $1 AND s.organisation_id <> $1';
  return (
    await tx.query(
      `SELECT l.name AS "levelName", l.position, k.created_on AS "knelpuntCreatedOn", s.escalated_on AS "escalatedOn", s.decided_on AS "decidedOn", s.deadline
       FROM escalation_steps s JOIN escalation_levels l ON l.id = s.level_id JOIN knelpunten k ON k.id = s.knelpunt_id
       WHERE ${where} AND s.status = 'besloten' AND s.decided_on IS NOT NULL`,
      [organisationId],
    )
  ).rows as never;
}

/** Signals an organisation raised (also on other organisations' knelpunten, e.g. the loket's), newest first. */
export async function signalsRaisedBy(tx: Queryable, organisationId: string): Promise<Array<SignalRow & { sourceOrganisation: string; knelpuntStatus: string }>> {
  return (
    await tx.query<SignalRow & { sourceOrganisation: string; knelpuntStatus: string }>(
      `SELECT s.id, s.knelpunt_id AS "knelpuntId", s.kind, s.rule, s.proposal, s.created_on AS "createdOn", o.name AS "sourceOrganisation", k.status AS "knelpuntStatus"
       FROM structural_signals s JOIN organisations_directory o ON o.id = s.organisation_id JOIN knelpunten k ON k.id = s.knelpunt_id
       WHERE s.raised_by_organisation_id = $1 ORDER BY s.created_on DESC, s.created_at DESC LIMIT 200`,
      [organisationId],
    )
  ).rows;
}

// ---- Maatwerkregister --------------------------------------------------------------------------------

export interface ContactInput { contactOrganisation: string; name: string; role?: string; phone?: string | null; email?: string | null; topics?: string[]; region?: string }
export interface ContactRow { id: string; organisationId: string; contactOrganisation: string; name: string; role: string; phone: string | null; email: string | null; topics: string[]; region: string; active: boolean; version: number }
const CT_COLS = `id, organisation_id AS "organisationId", contact_organisation AS "contactOrganisation", name, role, phone, email, topics, region, active, version`;

/** The register is shared between all participating organisations: everyone searches it; an organisation's admins maintain its own entries. */
export async function searchContacts(tx: Queryable, f: { organisation?: string; topic?: string; region?: string; q?: string; includeInactive?: boolean }): Promise<ContactRow[]> {
  const where = ['true'];
  const p: unknown[] = [];
  if (!f.includeInactive) where.push('active');
  if (f.organisation) {
    p.push(`%${f.organisation.toLowerCase()}%`);
    where.push(`lower(contact_organisation) LIKE $${p.length}`);
  }
  if (f.topic) {
    p.push(f.topic.toLowerCase());
    where.push(`EXISTS (SELECT 1 FROM unnest(topics) t WHERE lower(t) = $${p.length} OR lower(t) LIKE $${p.length} || ' %')`);
  }
  if (f.region) {
    p.push(`%${f.region.toLowerCase()}%`);
    where.push(`lower(region) LIKE $${p.length}`);
  }
  if (f.q) {
    p.push(`%${f.q.toLowerCase()}%`);
    where.push(`lower(name || ' ' || role || ' ' || contact_organisation || ' ' || region || ' ' || array_to_string(topics, ' ')) LIKE $${p.length}`);
  }
  return (await tx.query<ContactRow>(`SELECT ${CT_COLS} FROM register_contacts WHERE ${where.join(' AND ')} ORDER BY contact_organisation, name LIMIT 200`, p)).rows;
}
export async function getContact(tx: Queryable, id: string, forUpdate = false): Promise<ContactRow | null> {
  return (await tx.query<ContactRow>(`SELECT ${CT_COLS} FROM register_contacts WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id])).rows[0] ?? null;
}
export async function insertContact(tx: Queryable, organisationId: string, c: ContactInput): Promise<ContactRow> {
  return (
    await tx.query<ContactRow>(`INSERT INTO register_contacts (organisation_id, contact_organisation, name, role, phone, email, topics, region) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING ${CT_COLS}`, [
      organisationId, c.contactOrganisation, c.name, c.role ?? '', c.phone ?? null, c.email ?? null, c.topics ?? [], c.region ?? '',
    ])
  ).rows[0];
}
/** Write a contact's new content (the caller merged it onto the locked row). */
export async function updateContact(tx: Queryable, id: string, n: ContactRow): Promise<ContactRow> {
  return (
    await tx.query<ContactRow>(`UPDATE register_contacts SET contact_organisation = $2, name = $3, role = $4, phone = $5, email = $6, topics = $7, region = $8, active = $9, version = version + 1 WHERE id = $1 RETURNING ${CT_COLS}`, [
      id, n.contactOrganisation, n.name, n.role, n.phone, n.email, n.topics, n.region, n.active,
    ])
  ).rows[0];
}
/** Link a contact to a knelpunt; false when it was already linked. */
export async function linkContact(tx: Queryable, k: { id: string; organisationId: string }, contactId: string, note: string): Promise<boolean> {
  const r = await tx.query(`INSERT INTO knelpunt_contacts (organisation_id, knelpunt_id, contact_id, note) VALUES ($1,$2,$3,$4) ON CONFLICT (knelpunt_id, contact_id) DO NOTHING`, [k.organisationId, k.id, contactId, note]);
  return r.rowCount > 0;
}
export async function contactsOfKnelpunt(tx: Queryable, knelpuntId: string): Promise<Array<ContactRow & { note: string }>> {
  return (await tx.query<ContactRow & { note: string }>(`SELECT ${CT_COLS.split(', ').map((c) => 'c.' + c).join(', ')}, kc.note FROM knelpunt_contacts kc JOIN register_contacts c ON c.id = kc.contact_id WHERE kc.knelpunt_id = $1 ORDER BY kc.linked_at`, [knelpuntId])).rows;
}

// ---- notifications (read) --------------------------------------------------------------------------

export interface NotificationRow { id: string; kind: string; title: string; body: string; knelpuntId: string | null; caseId: string | null; handoverId: string | null; invitationId: string | null; createdAt: string; readAt: string | null }
const N_COLS = `id, kind, title, body, knelpunt_id AS "knelpuntId", COALESCE(case_id, (SELECT k.case_id FROM knelpunten k WHERE k.id = knelpunt_id)) AS "caseId", handover_id AS "handoverId", invitation_id AS "invitationId", created_at AS "createdAt", read_at AS "readAt"`;
export async function listNotifications(tx: Queryable, userId: string, unreadOnly: boolean): Promise<NotificationRow[]> {
  return (await tx.query<NotificationRow>(`SELECT ${N_COLS} FROM notifications WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY read_at IS NOT NULL, created_at DESC LIMIT 200`, [userId])).rows;
}
export async function markRead(tx: Queryable, userId: string, id: string): Promise<NotificationRow | null> {
  return (await tx.query<NotificationRow>(`UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${N_COLS}`, [id, userId])).rows[0] ?? null;
}

/** For the follow-up of structural signals (learning/beleid): each signal's rule with its day, no case or person. */
export async function signalRuleFacts(tx: Queryable, organisationId: string) {
  return (await tx.query<{ rule: string; kind: SignalKind; proposal: string; createdOn: string; blockingOrganisation: string }>(
    `SELECT s.rule, s.kind, s.proposal, s.created_on AS "createdOn", k.blocking_organisation AS "blockingOrganisation"
     FROM structural_signals s JOIN knelpunten k ON k.id = s.knelpunt_id WHERE s.organisation_id = $1 ORDER BY s.created_on, s.id`, [organisationId])).rows;
}
/** Knelpunten per blocking law and article and day (counts only): what the effect of a rule change is measured on. */
export async function knelpuntRuleDays(tx: Queryable, organisationId: string) {
  return (await tx.query<{ reference: string; on: string; count: number }>(
    `SELECT trim(blocking_law || ' ' || blocking_article) AS reference, created_on AS "on", count(*)::int AS count
     FROM knelpunten WHERE organisation_id = $1 GROUP BY 1, 2 ORDER BY 2, 1`, [organisationId])).rows;
}

// ---- aggregate reads for the patterns and the council's report (learning room) -----------------

export interface PatternKnelpuntRow {
  caseId: string;
  type: string;
  blockingLaw: string;
  status: string;
  createdOn: string;
  /** Whether it went up the ladder on or before the period's end. */
  escalated: boolean;
}
/**
 * The organisation's knelpunten created on or before `to`, withdrawn ones left out, with whether each
 * went up the ladder by then (one hashed set of escalated knelpunten, not a look-up per row: issue 12;
 * a step carries its knelpunt's organisation, see insertStep).
 */
const PATTERN_KNELPUNTEN = `FROM knelpunten k
         LEFT JOIN (SELECT DISTINCT s.knelpunt_id FROM escalation_steps s WHERE s.organisation_id = $1 AND s.escalated_on <= $2) e ON e.knelpunt_id = k.id
        WHERE k.organisation_id = $1 AND k.created_on <= $2 AND k.status <> 'ingetrokken'`;
/** Those knelpunten: type, law, status, date, escalated (the council's report). */
export async function patternKnelpunten(tx: Queryable, organisationId: string, to: string): Promise<PatternKnelpuntRow[]> {
  return (await tx.query<PatternKnelpuntRow>(`SELECT k.case_id AS "caseId", k.type, k.blocking_law AS "blockingLaw", k.status, k.created_on AS "createdOn", (e.knelpunt_id IS NOT NULL) AS escalated ${PATTERN_KNELPUNTEN}`, [organisationId, to])).rows;
}
/** The same knelpunten with only what the giftige cocktails read: at 50,000 cases every column costs (issue 12). */
export async function patternKnelpuntFacts(tx: Queryable, organisationId: string, to: string): Promise<Array<Omit<PatternKnelpuntRow, 'status' | 'createdOn'>>> {
  return (await tx.query<Omit<PatternKnelpuntRow, 'status' | 'createdOn'>>(`SELECT k.case_id AS "caseId", k.type, k.blocking_law AS "blockingLaw", (e.knelpunt_id IS NOT NULL) AS escalated ${PATTERN_KNELPUNTEN}`, [organisationId, to])).rows;
}

/** Decisions taken in [from, to] on the organisation's knelpunten: the level, its position, the knelpunt's date and the decision's. */
export async function decisionsInPeriod(tx: Queryable, organisationId: string, from: string, to: string): Promise<Array<{ levelName: string; position: number | null; createdOn: string; decidedOn: string; outcome: string }>> {
  return (
    await tx.query(
      `SELECT l.name AS "levelName", l.position, k.created_on AS "createdOn", s.decided_on AS "decidedOn", s.outcome
         FROM escalation_steps s JOIN knelpunten k ON k.id = s.knelpunt_id JOIN escalation_levels l ON l.id = s.level_id
        WHERE k.organisation_id = $1 AND s.decided_on BETWEEN $2 AND $3 AND s.outcome IS NOT NULL`,
      [organisationId, from, to],
    )
  ).rows as Array<{ levelName: string; position: number | null; createdOn: string; decidedOn: string; outcome: string }>;
}

/** Structural signals recorded in [from, to], per kind. */
export async function signalsInPeriod(tx: Queryable, organisationId: string, from: string, to: string): Promise<Array<{ kind: string; count: number }>> {
  return (await tx.query<{ kind: string; count: number }>(`SELECT kind, count(*)::int AS count FROM structural_signals WHERE organisation_id = $1 AND created_on BETWEEN $2 AND $3 GROUP BY kind ORDER BY kind`, [organisationId, from, to])).rows;
}
