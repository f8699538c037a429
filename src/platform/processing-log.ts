// SPDX-License-Identifier: EUPL-1.2
/**
 * The processing log writer, used by every room that reads or changes personal data. It writes in
 * the caller's transaction, so a failed request leaves no log line for a change that did not happen.
 */
import type { Queryable } from './db';
import { LEGAL_GROUNDS, type Actor, type Purpose } from './authz';

export type LogAction = 'lezen' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'exporteren' | 'delen';

export interface LogEntry {
  action: LogAction;
  resource: string;
  resourceId?: string | null;
  householdId?: string | null;
  caseId?: string | null;
  personId?: string | null;
  fields?: string[];
  purpose: Purpose;
  /** Defaults to the legal ground of the purpose. */
  legalGround?: string;
  /** Defaults to the actor's organisation; a hand-over logs in both organisations. */
  organisationId?: string;
}

/**
 * Write every entry in ONE statement, whatever their number: the values travel as 13 arrays (one
 * per column) that `unnest` turns into rows. A VALUES list with 13 placeholders per row needs a
 * statement text per row count and breaks PostgreSQL's limit of 65,535 parameters above 5,041
 * rows (a large export); the arrays keep the statement and its parameter count fixed. `fields` is
 * a text[] per row, which unnest cannot take as a 2-D array (rows differ in length), so it travels
 * as one JSON array of arrays and is unpacked per row by its ordinal.
 */
export async function logProcessing(tx: Queryable, actor: Actor, entries: LogEntry | LogEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  const role = actor.roles.join(',');
  const cols: unknown[][] = Array.from({ length: 12 }, () => new Array(list.length));
  const fields: string[][] = new Array(list.length);
  list.forEach((e, i) => {
    cols[0][i] = e.organisationId ?? actor.organisationId;
    cols[1][i] = actor.userId;
    cols[2][i] = actor.userName;
    cols[3][i] = role;
    cols[4][i] = e.action;
    cols[5][i] = e.resource;
    cols[6][i] = e.resourceId ?? null;
    cols[7][i] = e.householdId ?? null;
    cols[8][i] = e.caseId ?? null;
    cols[9][i] = e.personId ?? null;
    cols[10][i] = e.purpose;
    cols[11][i] = e.legalGround ?? LEGAL_GROUNDS[e.purpose];
    fields[i] = e.fields ?? [];
  });
  await tx.query(
    `INSERT INTO processing_log (organisation_id, user_id, user_name, role, action, resource, resource_id, household_id, case_id, person_id, purpose, legal_ground, fields)
     SELECT r.o, r.u, r.un, r.ro, r.a, r.re, r.ri, r.h, r.c, r.p, r.pu, r.lg,
            ARRAY(SELECT jsonb_array_elements_text($13::jsonb -> (r.n::int - 1)))
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[], $11::text[], $12::text[])
            WITH ORDINALITY AS r(o, u, un, ro, a, re, ri, h, c, p, pu, lg, n)
      ORDER BY r.n`,
    [...cols, JSON.stringify(fields)],
  );
}
