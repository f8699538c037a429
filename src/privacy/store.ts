// SPDX-License-Identifier: EUPL-1.2
/** SQL for reading the processing log and finding a person for inzage. */
import type { Queryable } from '../platform/db';
import { notFound } from '../platform/errors';

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

export async function findPerson(tx: Queryable, organisationId: string, by: { personId?: string; bsn?: string }) {
  const r = by.personId
    ? await tx.query<{ id: string; householdId: string }>(`SELECT id, household_id AS "householdId" FROM members WHERE id = $1 AND organisation_id = $2`, [by.personId, organisationId])
    : await tx.query<{ id: string; householdId: string }>(`SELECT id, household_id AS "householdId" FROM members WHERE bsn = $1 AND organisation_id = $2`, [by.bsn, organisationId]);
  if (!r.rows[0]) throw notFound('Persoon');
  const caseIds = (await tx.query<{ id: string }>(`SELECT id FROM cases WHERE household_id = $1 AND organisation_id = $2 ORDER BY opened_on`, [r.rows[0].householdId, organisationId])).rows.map((x) => x.id);
  return { personId: r.rows[0].id, householdId: r.rows[0].householdId, caseIds };
}

/** Find persons by name or BSN, for the privacy officer who must locate the subject of a request. */
export async function searchPersons(tx: Queryable, organisationId: string, q: string) {
  const like = `%${q.replace(/[\\%_]/g, (m) => '\\' + m)}%`;
  return (
    await tx.query<{ id: string; name: string; birthDate: string; householdId: string; householdName: string }>(
      `SELECT m.id, m.name, m.birth_date AS "birthDate", m.household_id AS "householdId", h.name AS "householdName"
         FROM members m JOIN households h ON h.id = m.household_id
        WHERE m.organisation_id = $1 AND (m.name ILIKE $2 OR m.bsn = $3) ORDER BY m.name LIMIT 25`,
      [organisationId, like, q.trim()],
    )
  ).rows;
}
