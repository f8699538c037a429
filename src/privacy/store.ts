// SPDX-License-Identifier: EUPL-1.2
/** SQL for reading the processing log (the person and their household are found through the cases room's queries). */
import type { Queryable } from '../platform/db';

export interface LogFilter {
  userId?: string;
  caseId?: string;
  householdId?: string;
  personId?: string;
  action?: string;
  purpose?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface LogRow {
  id: number;
  at: string;
  userId: string | null;
  userName: string;
  role: string | null;
  action: string;
  resource: string;
  resourceId: string | null;
  householdId: string | null;
  caseId: string | null;
  personId: string | null;
  fields: string[];
  purpose: string;
  legalGround: string;
}
const LOG_COLS = `id, at, user_id AS "userId", user_name AS "userName", role, action, resource, resource_id AS "resourceId", household_id AS "householdId",
  case_id AS "caseId", person_id AS "personId", fields, purpose, legal_ground AS "legalGround"`;

export async function readLog(tx: Queryable, organisationId: string, f: LogFilter): Promise<{ items: LogRow[]; total: number }> {
  const where = ['organisation_id = $1'];
  const p: unknown[] = [organisationId];
  const eq = (col: string, v: unknown) => {
    if (v === undefined) return;
    p.push(v);
    where.push(`${col} = $${p.length}`);
  };
  eq('user_id', f.userId);
  eq('case_id', f.caseId);
  eq('household_id', f.householdId);
  eq('person_id', f.personId);
  eq('action', f.action);
  eq('purpose', f.purpose);
  if (f.from) {
    p.push(f.from);
    where.push(`at >= $${p.length}::date`);
  }
  if (f.to) {
    p.push(f.to);
    where.push(`at < ($${p.length}::date + 1)`);
  }
  const w = where.join(' AND ');
  const total = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM processing_log WHERE ${w}`, p)).rows[0].n;
  p.push(f.pageSize, (f.page - 1) * f.pageSize);
  const items = (await tx.query<LogRow>(`SELECT ${LOG_COLS} FROM processing_log WHERE ${w} ORDER BY at DESC, id DESC LIMIT $${p.length - 1} OFFSET $${p.length}`, p)).rows;
  return { items, total };
}

export async function logAboutPerson(tx: Queryable, organisationId: string, personId: string, householdId: string, caseIds: string[]): Promise<LogRow[]> {
  return (
    await tx.query<LogRow>(
      `SELECT ${LOG_COLS} FROM processing_log WHERE organisation_id = $1 AND (person_id = $2 OR (person_id IS NULL AND (household_id = $3 OR case_id = ANY($4)))) ORDER BY at, id`,
      [organisationId, personId, householdId, caseIds],
    )
  ).rows;
}

// ---- consents ----------------------------------------------------------------------------------

export interface ConsentRow {
  id: string;
  organisationId: string;
  caseId: string;
  householdId: string;
  personId: string;
  personName: string;
  dataCategories: string[];
  recipientOrganisationId: string | null;
  recipientName: string;
  recipientPerson: string;
  purpose: string;
  givenOn: string;
  validUntil: string;
  recordedByName: string;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnOn: string | null;
  withdrawnByName: string | null;
  withdrawReason: string | null;
  version: number;
}
const CONSENT_SELECT = `SELECT c.id, c.organisation_id AS "organisationId", c.case_id AS "caseId", c.household_id AS "householdId", c.person_id AS "personId", m.name AS "personName",
  c.data_categories AS "dataCategories", c.recipient_organisation_id AS "recipientOrganisationId", c.recipient_name AS "recipientName", c.recipient_person AS "recipientPerson",
  c.purpose, c.given_on AS "givenOn", c.valid_until AS "validUntil", c.recorded_by_name AS "recordedByName", c.recorded_at AS "recordedAt",
  c.withdrawn_at AS "withdrawnAt", c.withdrawn_on AS "withdrawnOn", c.withdrawn_by_name AS "withdrawnByName", c.withdraw_reason AS "withdrawReason", c.version
  FROM consents c JOIN members_directory m ON m.id = c.person_id`;

export interface ConsentValues {
  organisationId: string;
  caseId: string;
  householdId: string;
  personId: string;
  dataCategories: string[];
  recipientOrganisationId: string | null;
  recipientName: string;
  recipientPerson: string;
  purpose: string;
  givenOn: string;
  validUntil: string;
  recordedBy: string;
  recordedByName: string;
}
export async function insertConsent(tx: Queryable, v: ConsentValues): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO consents (organisation_id, case_id, household_id, person_id, data_categories, recipient_organisation_id, recipient_name, recipient_person, purpose, given_on, valid_until, recorded_by, recorded_by_name)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
    [v.organisationId, v.caseId, v.householdId, v.personId, v.dataCategories, v.recipientOrganisationId, v.recipientName, v.recipientPerson, v.purpose, v.givenOn, v.validUntil, v.recordedBy, v.recordedByName],
  );
  return r.rows[0].id;
}

/** The consent of the organisation, optionally locked; or, without an organisation, any consent (for the check by other rooms). */
export async function findConsent(tx: Queryable, organisationId: string | null, id: string, forUpdate = false): Promise<ConsentRow | null> {
  const r = await tx.query<ConsentRow>(`${CONSENT_SELECT} WHERE c.id = $1 AND ($2::uuid IS NULL OR c.organisation_id = $2)${forUpdate ? ' FOR UPDATE OF c' : ''}`, [id, organisationId]);
  return r.rows[0] ?? null;
}

export async function consentsOfCase(tx: Queryable, caseId: string): Promise<ConsentRow[]> {
  return (await tx.query<ConsentRow>(`${CONSENT_SELECT} WHERE c.case_id = $1 ORDER BY c.recorded_at DESC, c.id`, [caseId])).rows;
}

/** Records the withdrawal when the consent is not withdrawn yet; false when it already was (a parallel withdrawal). */
export async function withdrawConsent(tx: Queryable, id: string, on: string, byName: string, reason: string): Promise<boolean> {
  const r = await tx.query(`UPDATE consents SET withdrawn_at = clock_timestamp(), withdrawn_on = $2, withdrawn_by_name = $3, withdraw_reason = $4, version = version + 1 WHERE id = $1 AND withdrawn_at IS NULL`, [id, on, byName, reason]);
  return r.rowCount === 1;
}

/** Every consent recorded on the cases of an organisation's household (for the inzage export). */
export async function consentsOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<ConsentRow[]> {
  return (await tx.query<ConsentRow>(`${CONSENT_SELECT} WHERE c.organisation_id = $1 AND c.household_id = $2 ORDER BY c.recorded_at, c.id`, [organisationId, householdId])).rows;
}
