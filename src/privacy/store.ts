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
