// SPDX-License-Identifier: EUPL-1.2
/** SQL for signal rules and their firings (tables signal_rules, signal_firings). Nothing else. */
import type { Queryable } from '../../platform/db';
import type { Actor } from '../../platform/authz';
import type { Condition, FiringStatus } from './model';

export interface RuleRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  purpose: string;
  legalGround: string;
  owner: string;
  events: string[];
  windowDays: number;
  ordered: boolean;
  conditions: Condition[];
  risks: string;
  contact: string;
  active: boolean;
  version: number;
}
const RULE_SELECT = `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.name, r.purpose, r.legal_ground AS "legalGround", r.owner, r.events,
  r.window_days AS "windowDays", r.ordered, r.conditions, r.risks, r.contact, r.active, r.version FROM signal_rules r JOIN organisations_directory o ON o.id = r.organisation_id`;

export interface RuleFields { name: string; purpose: string; legalGround: string; owner: string; events: string[]; windowDays: number; ordered: boolean; conditions: Condition[]; risks: string; contact: string; active: boolean }

export async function insertRule(tx: Queryable, a: Actor, r: RuleFields): Promise<string> {
  return (await tx.query<{ id: string }>(
    `INSERT INTO signal_rules (organisation_id, name, purpose, legal_ground, owner, events, window_days, ordered, conditions, risks, contact, active, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
    [a.organisationId, r.name, r.purpose, r.legalGround, r.owner, r.events, r.windowDays, r.ordered, JSON.stringify(r.conditions), r.risks, r.contact, r.active, a.userId],
  )).rows[0].id;
}
/** Atomic: only the version the caller saw is changed; null when it was not (stale or gone). */
export async function updateRule(tx: Queryable, organisationId: string, id: string, version: number, r: RuleFields): Promise<number | null> {
  const res = await tx.query<{ version: number }>(
    `UPDATE signal_rules SET name=$4, purpose=$5, legal_ground=$6, owner=$7, events=$8, window_days=$9, ordered=$10, conditions=$11, risks=$12, contact=$13, active=$14, updated_at=now(), version=version+1
     WHERE id=$1 AND organisation_id=$2 AND version=$3 RETURNING version`,
    [id, organisationId, version, r.name, r.purpose, r.legalGround, r.owner, r.events, r.windowDays, r.ordered, JSON.stringify(r.conditions), r.risks, r.contact, r.active],
  );
  return res.rows[0]?.version ?? null;
}
export async function getRule(tx: Queryable, organisationId: string, id: string): Promise<RuleRow | null> {
  return (await tx.query<RuleRow>(`${RULE_SELECT} WHERE r.id = $1 AND r.organisation_id = $2`, [id, organisationId])).rows[0] ?? null;
}
export async function listRules(tx: Queryable, organisationId: string, activeOnly = false): Promise<RuleRow[]> {
  return (await tx.query<RuleRow>(`${RULE_SELECT} WHERE r.organisation_id = $1 ${activeOnly ? 'AND r.active' : ''} ORDER BY r.name, r.id`, [organisationId])).rows;
}

/** Per rule: how often it fired, was dismissed, led to action. */
export async function ruleCounts(tx: Queryable, organisationId: string): Promise<Map<string, { fired: number; dismissed: number; acted: number }>> {
  const rows = (await tx.query<{ ruleId: string; fired: number; dismissed: number; acted: number }>(
    `SELECT rule_id AS "ruleId", count(*)::int AS fired, count(*) FILTER (WHERE status = 'terzijde')::int AS dismissed, count(*) FILTER (WHERE status = 'opgepakt')::int AS acted
     FROM signal_firings WHERE organisation_id = $1 GROUP BY rule_id`, [organisationId])).rows;
  return new Map(rows.map((r) => [r.ruleId, { fired: r.fired, dismissed: r.dismissed, acted: r.acted }]));
}
/** Why firings were dismissed, per rule (the reasons only, no case). */
export async function dismissReasons(tx: Queryable, organisationId: string, ruleId: string): Promise<string[]> {
  return (await tx.query<{ reason: string }>(`SELECT reason FROM signal_firings WHERE organisation_id = $1 AND rule_id = $2 AND status = 'terzijde' ORDER BY handled_on DESC, id LIMIT 20`, [organisationId, ruleId])).rows.map((r) => r.reason);
}

export async function lastFiring(tx: Queryable, ruleId: string, caseId: string): Promise<{ on: string; seq: number } | null> {
  return (await tx.query<{ on: string; seq: number }>(`SELECT through_on AS "on", through_seq::int AS seq FROM signal_firings WHERE rule_id = $1 AND case_id = $2 ORDER BY through_seq DESC LIMIT 1`, [ruleId, caseId])).rows[0] ?? null;
}

export async function insertFiring(tx: Queryable, f: { organisationId: string; ruleId: string; caseId: string; householdId: string; teamId: string; eventIds: string[]; throughOn: string; throughSeq: number; firedOn: string }): Promise<string> {
  return (await tx.query<{ id: string }>(
    `INSERT INTO signal_firings (organisation_id, rule_id, case_id, household_id, team_id, event_ids, through_on, through_seq, fired_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
    [f.organisationId, f.ruleId, f.caseId, f.householdId, f.teamId, f.eventIds, f.throughOn, f.throughSeq, f.firedOn],
  )).rows[0].id;
}

export interface FiringRow {
  id: string;
  ruleId: string;
  ruleName: string;
  rulePurpose: string;
  ruleEvents: string[];
  ruleWindowDays: number;
  caseId: string;
  caseTitle: string;
  householdId: string;
  teamId: string;
  regisseurId: string;
  eventIds: string[];
  firedOn: string;
  status: FiringStatus;
  reason: string | null;
  handledByName: string | null;
  handledOn: string | null;
  version: number;
}
const FIRING_SELECT = `SELECT f.id, f.rule_id AS "ruleId", r.name AS "ruleName", r.purpose AS "rulePurpose", r.events AS "ruleEvents", r.window_days AS "ruleWindowDays",
  f.case_id AS "caseId", c.title AS "caseTitle", f.household_id AS "householdId", f.team_id AS "teamId", c.regisseur_id AS "regisseurId", f.event_ids AS "eventIds",
  f.fired_on AS "firedOn", f.status, f.reason, f.handled_by_name AS "handledByName", f.handled_on AS "handledOn", f.version
  FROM signal_firings f JOIN signal_rules r ON r.id = f.rule_id JOIN cases_directory c ON c.id = f.case_id`;

export async function getFiring(tx: Queryable, organisationId: string, id: string): Promise<FiringRow | null> {
  return (await tx.query<FiringRow>(`${FIRING_SELECT} WHERE f.id = $1 AND f.organisation_id = $2`, [id, organisationId])).rows[0] ?? null;
}
export async function listFirings(tx: Queryable, organisationId: string, f: { teamId?: string | null; caseId?: string; status?: FiringStatus }): Promise<FiringRow[]> {
  const where = ['f.organisation_id = $1'];
  const params: unknown[] = [organisationId];
  if (f.teamId) { params.push(f.teamId); where.push(`f.team_id = $${params.length}`); }
  if (f.caseId) { params.push(f.caseId); where.push(`f.case_id = $${params.length}`); }
  if (f.status) { params.push(f.status); where.push(`f.status = $${params.length}`); }
  return (await tx.query<FiringRow>(`${FIRING_SELECT} WHERE ${where.join(' AND ')} ORDER BY f.status = 'open' DESC, f.fired_on DESC, f.id LIMIT 200`, params)).rows;
}
/** Atomic: only an open firing at the version the caller saw (if given) is handled; null otherwise. */
export async function handleFiring(tx: Queryable, a: Actor, id: string, version: number | null, to: 'opgepakt' | 'terzijde', reason: string, on: string): Promise<number | null> {
  const res = await tx.query<{ version: number }>(
    `UPDATE signal_firings SET status=$3, reason=$4, handled_by=$5, handled_by_name=$6, handled_on=$7, version=version+1
     WHERE id=$1 AND organisation_id=$2 AND status='open' AND ($8::int IS NULL OR version=$8) RETURNING version`,
    [id, a.organisationId, to, reason, a.userId, a.userName, on, version],
  );
  return res.rows[0]?.version ?? null;
}
