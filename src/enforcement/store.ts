// SPDX-License-Identifier: EUPL-1.2
/** The enforcement room's SQL, on its own tables only: handhavingszaken, pauzes and vragen. */
import type { Queryable } from '../platform/db';
import type { CalcInput, ConsequenceInput } from './model';
import type { Decision, PauseStatus, ZaakStatus } from './model';

export interface ZaakRow {
  id: string;
  organisationId: string;
  householdId: string;
  officerId: string | null;
  officerName: string | null;
  title: string;
  status: ZaakStatus;
  openedOn: string;
  calcInput: Omit<CalcInput, 'calculationDate'> | null;
  consequences: ConsequenceInput | null;
  toetsGoal: string;
  toetsRuleIntent: string;
  toetsProportionate: string;
  decision: Decision | null;
  decisionReasons: string;
  decidedByName: string | null;
  decidedOn: string | null;
  benefitStoppedOn: string | null;
  restartNeeds: string;
  benefitRestartedOn: string | null;
  isDemo: boolean;
  version: number;
}

const ZAAK = `z.id, z.organisation_id AS "organisationId", z.household_id AS "householdId", z.officer_id AS "officerId", o.display_name AS "officerName",
  z.title, z.status, to_char(z.opened_on, 'YYYY-MM-DD') AS "openedOn", z.calc_input AS "calcInput", z.consequences,
  z.toets_goal AS "toetsGoal", z.toets_rule_intent AS "toetsRuleIntent", z.toets_proportionate AS "toetsProportionate",
  z.decision, z.decision_reasons AS "decisionReasons", d.display_name AS "decidedByName", to_char(z.decided_on, 'YYYY-MM-DD') AS "decidedOn",
  to_char(z.benefit_stopped_on, 'YYYY-MM-DD') AS "benefitStoppedOn", z.restart_needs AS "restartNeeds",
  to_char(z.benefit_restarted_on, 'YYYY-MM-DD') AS "benefitRestartedOn", z.is_demo AS "isDemo", z.version
  FROM handhavingszaken z LEFT JOIN users_directory o ON o.id = z.officer_id LEFT JOIN users_directory d ON d.id = z.decided_by`;

export async function insertZaak(tx: Queryable, z: { organisationId: string; householdId: string; officerId: string; title: string; openedOn: string; isDemo?: boolean }): Promise<string> {
  return (
    await tx.query<{ id: string }>(`INSERT INTO handhavingszaken (organisation_id, household_id, officer_id, title, opened_on, is_demo) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [
      z.organisationId, z.householdId, z.officerId, z.title, z.openedOn, z.isDemo ?? false,
    ])
  ).rows[0].id;
}

export async function getZaak(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<ZaakRow | null> {
  const r = await tx.query<ZaakRow>(`SELECT ${ZAAK} WHERE z.id = $1 AND z.organisation_id = $2${forUpdate ? ' FOR UPDATE OF z' : ''}`, [id, organisationId]);
  return r.rows[0] ?? null;
}

export async function listZaken(tx: Queryable, organisationId: string): Promise<ZaakRow[]> {
  return (await tx.query<ZaakRow>(`SELECT ${ZAAK} WHERE z.organisation_id = $1 ORDER BY z.status = 'afgesloten', z.opened_on DESC, z.id`, [organisationId])).rows;
}

export async function zakenOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<ZaakRow[]> {
  return (await tx.query<ZaakRow>(`SELECT ${ZAAK} WHERE z.organisation_id = $1 AND z.household_id = $2 ORDER BY z.opened_on DESC, z.id`, [organisationId, householdId])).rows;
}

/** One guarded update of a zaak's columns: exactly one writer of a version wins. */
export async function updateZaak(tx: Queryable, id: string, version: number, set: Record<string, unknown>): Promise<boolean> {
  const cols = Object.keys(set);
  const assign = cols.map((c, i) => `${c} = $${i + 3}`).join(', ');
  const r = await tx.query(`UPDATE handhavingszaken SET ${assign}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`, [id, version, ...cols.map((c) => set[c])]);
  return r.rowCount === 1;
}

export interface PauseRow {
  id: string;
  zaakId: string;
  organisationId: string;
  householdId: string;
  requestedBy: string;
  requestedByName: string;
  requestedAs: 'handhaving' | 'regisseur';
  requestedOn: string;
  reason: string;
  until: string;
  owner: string;
  conditions: string;
  status: PauseStatus;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedOn: string | null;
  decisionNote: string;
  endDecision: string;
  endedOn: string | null;
  remindedOn: string | null;
  version: number;
}
const PAUSE = `p.id, p.zaak_id AS "zaakId", p.organisation_id AS "organisationId", p.household_id AS "householdId", p.requested_by AS "requestedBy", r.display_name AS "requestedByName",
  p.requested_as AS "requestedAs", to_char(p.requested_on, 'YYYY-MM-DD') AS "requestedOn", p.reason, to_char(p.until, 'YYYY-MM-DD') AS until, p.owner, p.conditions, p.status,
  p.decided_by AS "decidedBy", d.display_name AS "decidedByName", to_char(p.decided_on, 'YYYY-MM-DD') AS "decidedOn", p.decision_note AS "decisionNote",
  p.end_decision AS "endDecision", to_char(p.ended_on, 'YYYY-MM-DD') AS "endedOn", to_char(p.reminded_on, 'YYYY-MM-DD') AS "remindedOn", p.version
  FROM handhavingspauzes p JOIN users_directory r ON r.id = p.requested_by LEFT JOIN users_directory d ON d.id = p.decided_by`;

export async function insertPause(tx: Queryable, p: { zaakId: string; organisationId: string; householdId: string; requestedBy: string; requestedAs: 'handhaving' | 'regisseur'; requestedOn: string; reason: string; until: string; owner: string; conditions: string }): Promise<string> {
  return (
    await tx.query<{ id: string }>(
      `INSERT INTO handhavingspauzes (zaak_id, organisation_id, household_id, requested_by, requested_as, requested_on, reason, until, owner, conditions) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
      [p.zaakId, p.organisationId, p.householdId, p.requestedBy, p.requestedAs, p.requestedOn, p.reason, p.until, p.owner, p.conditions],
    )
  ).rows[0].id;
}

export async function getPause(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<PauseRow | null> {
  return (await tx.query<PauseRow>(`SELECT ${PAUSE} WHERE p.id = $1 AND p.organisation_id = $2${forUpdate ? ' FOR UPDATE OF p' : ''}`, [id, organisationId])).rows[0] ?? null;
}

export async function pausesOfZaak(tx: Queryable, zaakId: string): Promise<PauseRow[]> {
  return (await tx.query<PauseRow>(`SELECT ${PAUSE} WHERE p.zaak_id = $1 ORDER BY p.created_at, p.id`, [zaakId])).rows;
}

export async function pausesOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<PauseRow[]> {
  return (await tx.query<PauseRow>(`SELECT ${PAUSE} WHERE p.organisation_id = $1 AND p.household_id = $2 ORDER BY p.created_at, p.id`, [organisationId, householdId])).rows;
}

export async function pausesToDecide(tx: Queryable, organisationId: string): Promise<PauseRow[]> {
  return (await tx.query<PauseRow>(`SELECT ${PAUSE} WHERE p.organisation_id = $1 AND p.status = 'aangevraagd' ORDER BY p.created_at, p.id`, [organisationId])).rows;
}

/** Running pauses whose end lies within `days` of today and that were not yet reminded. */
export async function pausesEndingSoon(tx: Queryable, today: string, days: number): Promise<PauseRow[]> {
  return (await tx.query<PauseRow>(`SELECT ${PAUSE} WHERE p.status = 'lopend' AND p.reminded_on IS NULL AND p.until <= ($1::date + $2::int) ORDER BY p.until, p.id`, [today, days])).rows;
}

export async function updatePause(tx: Queryable, id: string, version: number, set: Record<string, unknown>): Promise<boolean> {
  const cols = Object.keys(set);
  const assign = cols.map((c, i) => `${c} = $${i + 3}`).join(', ');
  const r = await tx.query(`UPDATE handhavingspauzes SET ${assign}, version = version + 1 WHERE id = $1 AND version = $2`, [id, version, ...cols.map((c) => set[c])]);
  return r.rowCount === 1;
}

export interface QuestionRow {
  id: string;
  zaakId: string;
  organisationId: string;
  householdId: string;
  askedBy: string;
  askedByName: string;
  askedOn: string;
  known: boolean;
  regisseurId: string | null;
  caseId: string | null;
  answer: string | null;
  answerLegalGround: string | null;
  answeredOn: string | null;
}
const QUESTION = `q.id, q.zaak_id AS "zaakId", q.organisation_id AS "organisationId", q.household_id AS "householdId", q.asked_by AS "askedBy", u.display_name AS "askedByName",
  to_char(q.asked_on, 'YYYY-MM-DD') AS "askedOn", q.known, q.regisseur_id AS "regisseurId", q.case_id AS "caseId", q.answer, q.answer_legal_ground AS "answerLegalGround",
  to_char(q.answered_on, 'YYYY-MM-DD') AS "answeredOn"
  FROM handhavingsvragen q JOIN users_directory u ON u.id = q.asked_by`;

export async function insertQuestion(tx: Queryable, q: { zaakId: string; organisationId: string; householdId: string; askedBy: string; askedOn: string; known: boolean; regisseurId: string | null; caseId: string | null }): Promise<string> {
  return (
    await tx.query<{ id: string }>(
      `INSERT INTO handhavingsvragen (zaak_id, organisation_id, household_id, asked_by, asked_on, known, regisseur_id, case_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
      [q.zaakId, q.organisationId, q.householdId, q.askedBy, q.askedOn, q.known, q.regisseurId, q.caseId],
    )
  ).rows[0].id;
}

export async function getQuestion(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<QuestionRow | null> {
  return (await tx.query<QuestionRow>(`SELECT ${QUESTION} WHERE q.id = $1 AND q.organisation_id = $2${forUpdate ? ' FOR UPDATE OF q' : ''}`, [id, organisationId])).rows[0] ?? null;
}

export async function questionsOfZaak(tx: Queryable, zaakId: string): Promise<QuestionRow[]> {
  return (await tx.query<QuestionRow>(`SELECT ${QUESTION} WHERE q.zaak_id = $1 ORDER BY q.created_at, q.id`, [zaakId])).rows;
}

export async function questionsOfCase(tx: Queryable, caseId: string): Promise<QuestionRow[]> {
  return (await tx.query<QuestionRow>(`SELECT ${QUESTION} WHERE q.case_id = $1 ORDER BY q.created_at, q.id`, [caseId])).rows;
}

export async function answerQuestion(tx: Queryable, id: string, a: { answer: string; legalGround: string; answeredBy: string; answeredOn: string }): Promise<boolean> {
  const r = await tx.query(`UPDATE handhavingsvragen SET answer = $2, answer_legal_ground = $3, answered_by = $4, answered_on = $5 WHERE id = $1 AND answer IS NULL`, [id, a.answer, a.legalGround, a.answeredBy, a.answeredOn]);
  return r.rowCount === 1;
}
