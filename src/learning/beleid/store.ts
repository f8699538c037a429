// SPDX-License-Identifier: EUPL-1.2
/** SQL for proposals from doorbraak to beleid (tables beleid_proposals, beleid_proposal_events). Nothing else. */
import type { Queryable } from '../../platform/db';
import type { ChangeKind, Decision, ProposalStage } from './model';

export interface ProposalRow {
  id: string;
  organisationId: string;
  organisationName: string;
  targetOrganisationId: string | null;
  targetOrganisationName: string | null;
  ruleKey: string;
  ruleLabel: string;
  proposal: string;
  knelpuntCount: number;
  firstKnelpuntOn: string | null;
  stage: ProposalStage;
  agendaTable: string | null;
  agendaOn: string | null;
  decision: Decision | null;
  decisionReason: string | null;
  decidedOn: string | null;
  changeKind: ChangeKind | null;
  changeDescription: string | null;
  changeFrom: string | null;
  answer: string | null;
  answeredOn: string | null;
  answeredByName: string | null;
  createdByName: string;
  createdOn: string;
  isDemo: boolean;
  version: number;
}
const SELECT = `SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.target_organisation_id AS "targetOrganisationId", t.name AS "targetOrganisationName",
  p.rule_key AS "ruleKey", p.rule_label AS "ruleLabel", p.proposal, p.knelpunt_count AS "knelpuntCount", p.first_knelpunt_on AS "firstKnelpuntOn", p.stage,
  p.agenda_table AS "agendaTable", p.agenda_on AS "agendaOn", p.decision, p.decision_reason AS "decisionReason", p.decided_on AS "decidedOn",
  p.change_kind AS "changeKind", p.change_description AS "changeDescription", p.change_from AS "changeFrom", p.answer, p.answered_on AS "answeredOn", p.answered_by_name AS "answeredByName",
  p.created_by_name AS "createdByName", p.created_on AS "createdOn", p.is_demo AS "isDemo", p.version
  FROM beleid_proposals p JOIN organisations_directory o ON o.id = p.organisation_id LEFT JOIN organisations_directory t ON t.id = p.target_organisation_id`;

export async function insertProposal(tx: Queryable, p: { organisationId: string; targetOrganisationId: string | null; ruleKey: string; ruleLabel: string; proposal: string; knelpuntCount: number; firstKnelpuntOn: string | null; createdBy: string; createdByName: string; createdOn: string; isDemo?: boolean }): Promise<string> {
  return (await tx.query<{ id: string }>(
    `INSERT INTO beleid_proposals (organisation_id, target_organisation_id, rule_key, rule_label, proposal, knelpunt_count, first_knelpunt_on, created_by, created_by_name, created_on, is_demo) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
    [p.organisationId, p.targetOrganisationId, p.ruleKey, p.ruleLabel, p.proposal, p.knelpuntCount, p.firstKnelpuntOn, p.createdBy, p.createdByName, p.createdOn, p.isDemo ?? false],
  )).rows[0].id;
}

/** A proposal the organisation sent or received; null otherwise (another organisation's proposal does not exist for it). */
export async function getProposal(tx: Queryable, organisationId: string, id: string): Promise<ProposalRow | null> {
  return (await tx.query<ProposalRow>(`${SELECT} WHERE p.id = $1 AND (p.organisation_id = $2 OR p.target_organisation_id = $2)`, [id, organisationId])).rows[0] ?? null;
}
export async function listProposals(tx: Queryable, organisationId: string): Promise<ProposalRow[]> {
  return (await tx.query<ProposalRow>(`${SELECT} WHERE p.organisation_id = $1 OR p.target_organisation_id = $1 ORDER BY p.created_on DESC, p.id`, [organisationId])).rows;
}

export type StageFields =
  | { stage: 'geagendeerd'; agendaTable: string; agendaOn: string }
  | { stage: 'besloten'; decision: Decision; decisionReason: string; decidedOn: string }
  | { stage: 'ingevoerd'; changeKind: ChangeKind; changeDescription: string; changeFrom: string };

/** Atomic: only the version and stage the caller saw are changed; null otherwise. */
export async function moveProposal(tx: Queryable, id: string, version: number, fromStage: ProposalStage, f: StageFields): Promise<number | null> {
  const sets =
    f.stage === 'geagendeerd' ? { agenda_table: f.agendaTable, agenda_on: f.agendaOn }
    : f.stage === 'besloten' ? { decision: f.decision, decision_reason: f.decisionReason, decided_on: f.decidedOn }
    : { change_kind: f.changeKind, change_description: f.changeDescription, change_from: f.changeFrom };
  const cols = Object.keys(sets);
  const res = await tx.query<{ version: number }>(
    `UPDATE beleid_proposals SET stage = $4, ${cols.map((c, i) => `${c} = $${i + 5}`).join(', ')}, version = version + 1 WHERE id = $1 AND version = $2 AND stage = $3 RETURNING version`,
    [id, version, fromStage, f.stage, ...Object.values(sets)],
  );
  return res.rows[0]?.version ?? null;
}
export async function answerProposal(tx: Queryable, id: string, version: number, targetOrganisationId: string, answer: string, on: string, byName: string): Promise<number | null> {
  const res = await tx.query<{ version: number }>(
    `UPDATE beleid_proposals SET answer = $4, answered_on = $5, answered_by_name = $6, version = version + 1 WHERE id = $1 AND version = $2 AND target_organisation_id = $3 RETURNING version`,
    [id, version, targetOrganisationId, answer, on, byName],
  );
  return res.rows[0]?.version ?? null;
}

export async function addEvent(tx: Queryable, e: { proposalId: string; kind: string; detail: string; userName: string; userOrganisation: string; on: string }): Promise<void> {
  await tx.query(`INSERT INTO beleid_proposal_events (proposal_id, kind, detail, user_name, user_organisation, on_date) VALUES ($1,$2,$3,$4,$5,$6)`, [e.proposalId, e.kind, e.detail, e.userName, e.userOrganisation, e.on]);
}
export async function eventsOf(tx: Queryable, proposalId: string) {
  return (await tx.query<{ kind: string; detail: string; userName: string; userOrganisation: string; on: string }>(
    `SELECT kind, detail, user_name AS "userName", user_organisation AS "userOrganisation", on_date AS "on" FROM beleid_proposal_events WHERE proposal_id = $1 ORDER BY id`, [proposalId])).rows;
}

/**
 * Structural changes made: proposals of the organisation (sent, or received and carried out by it)
 * that reached 'ingevoerd' with the change in force from a day in [from, through], per change kind.
 */
export async function implementedChanges(tx: Queryable, organisationId: string, from: string, through: string): Promise<Array<{ kind: ChangeKind; count: number }>> {
  return (await tx.query<{ kind: ChangeKind; count: number }>(
    `SELECT change_kind AS kind, count(*)::int AS count FROM beleid_proposals
     WHERE (organisation_id = $1 OR target_organisation_id = $1) AND stage = 'ingevoerd' AND change_from BETWEEN $2 AND $3
     GROUP BY change_kind`, [organisationId, from, through])).rows;
}
