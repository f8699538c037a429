// SPDX-License-Identifier: EUPL-1.2
/** SQL for income inputs stored on a case. */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { notFound, preconditionFailed } from '../platform/errors';
import type { InputKind, StoredInput, StoredInputBody } from './model';

export type { InputKind, StoredInput } from './model';

const COLS = `i.kind, i.input, i.updated_at AS "updatedAt", u.display_name AS "updatedBy", i.version`;

export async function getInput(tx: Queryable, caseId: string, kind: InputKind): Promise<StoredInput> {
  const r = await tx.query<StoredInput>(`SELECT ${COLS} FROM case_income_inputs i LEFT JOIN users_directory u ON u.id = i.updated_by WHERE i.case_id = $1 AND i.kind = $2`, [caseId, kind]);
  if (!r.rows[0]) throw notFound(`Het inkomensgegeven "${kind}" van deze casus`);
  return r.rows[0];
}

export async function listInputs(tx: Queryable, caseId: string): Promise<StoredInput[]> {
  return (await tx.query<StoredInput>(`SELECT ${COLS} FROM case_income_inputs i LEFT JOIN users_directory u ON u.id = i.updated_by WHERE i.case_id = $1 ORDER BY i.kind`, [caseId])).rows;
}

/** Create (version null: must not exist yet) or replace (version must match) the stored input. */
export async function putInput(tx: Queryable, actor: Actor, caseId: string, kind: InputKind, input: StoredInputBody, version: number | null): Promise<StoredInput> {
  const cur = await tx.query<{ version: number }>(`SELECT version FROM case_income_inputs WHERE case_id = $1 AND kind = $2 FOR UPDATE`, [caseId, kind]);
  if (cur.rows[0]) {
    if (version === null || cur.rows[0].version !== version) throw preconditionFailed();
    await tx.query(`UPDATE case_income_inputs SET input = $3, updated_by = $4, updated_at = now(), version = version + 1 WHERE case_id = $1 AND kind = $2`, [caseId, kind, JSON.stringify(input), actor.userId]);
  } else {
    if (version !== null) throw preconditionFailed('Er is nog niets opgeslagen om te wijzigen; laat If-Match weg om het aan te maken.');
    await tx.query(`INSERT INTO case_income_inputs (organisation_id, case_id, kind, input, updated_by) VALUES ($1,$2,$3,$4,$5)`, [actor.organisationId, caseId, kind, JSON.stringify(input), actor.userId]);
  }
  return getInput(tx, caseId, kind);
}
