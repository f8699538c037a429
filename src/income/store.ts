// SPDX-License-Identifier: EUPL-1.2
/** SQL for income inputs stored on a case. */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { notFound, preconditionFailed } from '../platform/errors';
import type { InputKind, StoredInput, StoredInputBody } from './model';
import type { RegelingenVersie, RegelingenVersieInvoer } from './schemes';

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

// ---- the organisation's own scheme versions (migration 320) ----

interface Row {
  id: string;
  volgnummer: number;
  versie: RegelingenVersieInvoer;
  opgeslagenOp: string;
  opgeslagenDoor: string | null;
}

const toVersion = (r: Row): RegelingenVersie => ({ ...r.versie, id: r.id, volgnummer: r.volgnummer, opgeslagenOp: new Date(r.opgeslagenOp).toISOString(), opgeslagenDoor: r.opgeslagenDoor });

/** Every version of the organisation's schemes, oldest first. */
export async function listSchemeVersions(tx: Queryable, organisationId: string): Promise<RegelingenVersie[]> {
  const r = await tx.query<Row>(
    `SELECT v.id, v.volgnummer, v.versie, v.created_at AS "opgeslagenOp", u.display_name AS "opgeslagenDoor"
       FROM income_scheme_versions v LEFT JOIN users_directory u ON u.id = v.created_by
      WHERE v.organisation_id = $1 ORDER BY v.geldig_vanaf, v.volgnummer`,
    [organisationId],
  );
  return r.rows.map(toVersion);
}

/** Add a version (never replaces one); the organisation's row is locked so numbers stay unique. */
export async function insertSchemeVersion(tx: Queryable, actor: Actor, v: RegelingenVersieInvoer): Promise<RegelingenVersie> {
  await tx.query(`SELECT id FROM organisations_directory WHERE id = $1 FOR UPDATE`, [actor.organisationId]);
  const n = await tx.query<{ n: number }>(`SELECT COALESCE(MAX(volgnummer), 0) + 1 AS n FROM income_scheme_versions WHERE organisation_id = $1`, [actor.organisationId]);
  const volgnummer = Number(n.rows[0].n);
  const r = await tx.query<{ id: string }>(
    `INSERT INTO income_scheme_versions (organisation_id, volgnummer, geldig_vanaf, illustratief, versie, created_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
    [actor.organisationId, volgnummer, v.geldigVanaf, v.illustratief, JSON.stringify(v), actor.userId],
  );
  const all = await listSchemeVersions(tx, actor.organisationId);
  return all.find((x) => x.id === r.rows[0].id)!;
}
