// SPDX-License-Identifier: EUPL-1.2
/** SQL for the resident room's own tables: messages, proposals for the plan, consent per party and purpose. */
import type { Queryable } from '../platform/db';

export interface MessageRow {
  id: string;
  caseId: string;
  userId: string;
  userName: string;
  kind: 'bericht' | 'correctie' | 'inzage';
  body: string;
  createdAt: string;
  readAt: string | null;
}
const MESSAGE_SELECT = `SELECT m.id, m.case_id AS "caseId", m.user_id AS "userId", u.display_name AS "userName", m.kind, m.body, m.created_at AS "createdAt", m.read_at AS "readAt"
  FROM resident_messages m JOIN users_directory u ON u.id = m.user_id`;

export async function insertMessage(tx: Queryable, m: { organisationId: string; caseId: string; householdId: string; userId: string; kind: string; body: string }): Promise<MessageRow> {
  const id = (await tx.query<{ id: string }>(`INSERT INTO resident_messages (organisation_id, case_id, household_id, user_id, kind, body) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [m.organisationId, m.caseId, m.householdId, m.userId, m.kind, m.body])).rows[0].id;
  return (await tx.query<MessageRow>(`${MESSAGE_SELECT} WHERE m.id = $1`, [id])).rows[0];
}
export async function messagesOfCases(tx: Queryable, caseIds: string[]): Promise<MessageRow[]> {
  return (await tx.query<MessageRow>(`${MESSAGE_SELECT} WHERE m.case_id = ANY($1) ORDER BY m.created_at DESC`, [caseIds])).rows;
}
export async function markRead(tx: Queryable, caseId: string, userId: string): Promise<number> {
  return (await tx.query(`UPDATE resident_messages SET read_at = now(), read_by = $2 WHERE case_id = $1 AND read_at IS NULL`, [caseId, userId])).rowCount ?? 0;
}

export interface ProposalRow {
  id: string;
  caseId: string;
  userName: string;
  domain: string;
  description: string;
  status: 'voorgesteld' | 'aangenomen' | 'afgewezen';
  decidedAt: string | null;
  decisionNote: string;
  goalId: string | null;
  createdAt: string;
}
const PROPOSAL_SELECT = `SELECT p.id, p.case_id AS "caseId", u.display_name AS "userName", p.domain, p.description, p.status, p.decided_at AS "decidedAt", p.decision_note AS "decisionNote",
  p.goal_id AS "goalId", p.created_at AS "createdAt" FROM resident_proposals p JOIN users_directory u ON u.id = p.user_id`;

export async function insertProposal(tx: Queryable, p: { organisationId: string; caseId: string; householdId: string; userId: string; domain: string; description: string }): Promise<ProposalRow> {
  const id = (await tx.query<{ id: string }>(`INSERT INTO resident_proposals (organisation_id, case_id, household_id, user_id, domain, description) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [p.organisationId, p.caseId, p.householdId, p.userId, p.domain, p.description])).rows[0].id;
  return (await tx.query<ProposalRow>(`${PROPOSAL_SELECT} WHERE p.id = $1`, [id])).rows[0];
}
export async function proposalsOfCases(tx: Queryable, caseIds: string[]): Promise<ProposalRow[]> {
  return (await tx.query<ProposalRow>(`${PROPOSAL_SELECT} WHERE p.case_id = ANY($1) ORDER BY p.created_at DESC`, [caseIds])).rows;
}
/** The proposal of this case, locked, or null. */
export async function lockProposal(tx: Queryable, caseId: string, id: string): Promise<ProposalRow | null> {
  await tx.query(`SELECT 1 FROM resident_proposals WHERE id = $1 AND case_id = $2 FOR UPDATE`, [id, caseId]);
  return (await tx.query<ProposalRow>(`${PROPOSAL_SELECT} WHERE p.id = $1 AND p.case_id = $2`, [id, caseId])).rows[0] ?? null;
}
/** Decides a proposal that is still open; false when another decision came first. */
export async function decideProposal(tx: Queryable, id: string, d: { status: 'aangenomen' | 'afgewezen'; userId: string; note: string; goalId: string | null }): Promise<boolean> {
  const r = await tx.query(`UPDATE resident_proposals SET status = $2, decided_by = $3, decided_at = now(), decision_note = $4, goal_id = $5 WHERE id = $1 AND status = 'voorgesteld'`, [id, d.status, d.userId, d.note, d.goalId]);
  return r.rowCount === 1;
}

export interface ConsentRow {
  partyId: string;
  purpose: string;
  given: boolean;
  at: string;
  userName: string;
}
/** The current consent per party and purpose of these cases (the newest row of each). */
export async function currentConsents(tx: Queryable, caseIds: string[]): Promise<ConsentRow[]> {
  return (
    await tx.query<ConsentRow>(
      `SELECT DISTINCT ON (c.party_id, c.purpose) c.party_id AS "partyId", c.purpose, c.given, c.at, u.display_name AS "userName"
         FROM resident_consents c JOIN users_directory u ON u.id = c.user_id WHERE c.case_id = ANY($1) ORDER BY c.party_id, c.purpose, c.at DESC, c.id`,
      [caseIds],
    )
  ).rows;
}
/** Every consent decision of these cases, newest first. */
export async function consentHistory(tx: Queryable, caseIds: string[]): Promise<ConsentRow[]> {
  return (await tx.query<ConsentRow>(`SELECT c.party_id AS "partyId", c.purpose, c.given, c.at, u.display_name AS "userName" FROM resident_consents c JOIN users_directory u ON u.id = c.user_id WHERE c.case_id = ANY($1) ORDER BY c.at DESC`, [caseIds])).rows;
}
export async function insertConsent(tx: Queryable, c: { organisationId: string; caseId: string; householdId: string; partyId: string; purpose: string; given: boolean; userId: string; at?: string }): Promise<void> {
  await tx.query(`INSERT INTO resident_consents (organisation_id, case_id, household_id, party_id, purpose, given, user_id, at) VALUES ($1,$2,$3,$4,$5,$6,$7, COALESCE($8::timestamptz, clock_timestamp()))`, [c.organisationId, c.caseId, c.householdId, c.partyId, c.purpose, c.given, c.userId, c.at ?? null]);
}
