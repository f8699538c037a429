// SPDX-License-Identifier: EUPL-1.2
/** SQL of the patterns: the contribution opt-in, and counts of the Bibliotheek's own tables for the council's report. */
import type { Queryable } from '../../platform/db';

export async function contribution(tx: Queryable, organisationId: string): Promise<{ contributes: boolean; changedAt: string | null }> {
  const r = (await tx.query<{ contributes: boolean; changedAt: string }>(`SELECT contributes, changed_at AS "changedAt" FROM pattern_contributions WHERE organisation_id = $1`, [organisationId])).rows[0];
  return r ?? { contributes: false, changedAt: null };
}

export async function setContribution(tx: Queryable, organisationId: string, contributes: boolean, userId: string): Promise<void> {
  await tx.query(
    `INSERT INTO pattern_contributions (organisation_id, contributes, changed_by, changed_at) VALUES ($1,$2,$3,now())
     ON CONFLICT (organisation_id) DO UPDATE SET contributes = EXCLUDED.contributes, changed_by = EXCLUDED.changed_by, changed_at = now()`,
    [organisationId, contributes, userId],
  );
}

export async function contributors(tx: Queryable): Promise<string[]> {
  return (await tx.query<{ id: string }>(`SELECT organisation_id AS id FROM pattern_contributions WHERE contributes ORDER BY organisation_id`)).rows.map((r) => r.id);
}

/** Breakthroughs the organisation published in [from, to], and reuse in that period: of its entries by others, and of others' entries by it. */
export async function doorbraakFlow(tx: Queryable, organisationId: string, from: string, to: string): Promise<{ shared: number; reusedByOthers: number; reusedHere: number }> {
  return (
    await tx.query<{ shared: number; reusedByOthers: number; reusedHere: number }>(
      `SELECT
         (SELECT count(*)::int FROM doorbraken d WHERE d.organisation_id = $1 AND d.approved_at IS NOT NULL AND NOT d.is_demo AND (d.approved_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2 AND $3) AS shared,
         (SELECT count(*)::int FROM doorbraak_reuse r JOIN doorbraken d ON d.id = r.doorbraak_id WHERE d.organisation_id = $1 AND r.organisation_id <> $1 AND (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2 AND $3) AS "reusedByOthers",
         (SELECT count(*)::int FROM doorbraak_reuse r JOIN doorbraken d ON d.id = r.doorbraak_id WHERE r.organisation_id = $1 AND d.organisation_id <> $1 AND (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2 AND $3) AS "reusedHere"`,
      [organisationId, from, to],
    )
  ).rows[0];
}
