// SPDX-License-Identifier: EUPL-1.2
/** Data for the load benchmark (and the EXPLAIN in docs/operations.md): extra cases and income profiles. */
import type { Db } from '../src/platform/db';
import { mulberry32 } from '../src/platform/random';

/** Extra cases with households, members, actions and assessment scores, so the list has work to do. */
export async function seed(db: Db, n: number): Promise<void> {
  if (n <= 0) return;
  const inTeam = Math.min(1000, n);
  await db.transaction(async (tx) => {
    const u = (await tx.query<{ id: string; org: string; team: string }>(`SELECT id, organisation_id AS org, team_id AS team FROM users WHERE username = 'sanne'`)).rows[0];
    const other = (await tx.query<{ id: string }>(`INSERT INTO teams (organisation_id, name) VALUES ($1, 'Buurtteam Bench') RETURNING id`, [u.org])).rows[0].id;
    const otherUser = (await tx.query<{ id: string }>(`INSERT INTO users (organisation_id, team_id, username, display_name, password_hash, roles) VALUES ($1,$2,'bench-regisseur','Bench Regisseur','x','{professional}') RETURNING id`, [u.org, other])).rows[0].id;
    for (const [team, uid, count] of [[u.team, u.id, inTeam], [other, otherUser, n - inTeam]] as const) {
      if (count <= 0) continue;
      await tx.query(
        `WITH h AS (INSERT INTO households (organisation_id, name) SELECT $1, 'Huishouden ' || g FROM generate_series(1, $4::int) g RETURNING id)
         INSERT INTO cases (organisation_id, team_id, household_id, regisseur_id, title, summary, status, opened_on, updated_at)
         SELECT $1, $2, h.id, $3, 'Casus ' || left(h.id::text, 8), 'Ondersteuning bij schulden en werk',
                CASE WHEN random() < 0.3 THEN 'gesloten' ELSE 'open' END, current_date - 400, now() - random() * interval '300 days' FROM h`,
        [u.org, team, uid, count],
      );
    }
    await tx.query(`UPDATE cases SET closed_on = current_date - 1, close_reason = 'afgerond' WHERE status = 'gesloten' AND closed_on IS NULL`);
    await tx.query(
      `INSERT INTO members (organisation_id, household_id, name, birth_date, role)
       SELECT h.organisation_id, h.id, 'Lid ' || left(h.id::text, 6), date '1980-01-01' + (random() * 9000)::int, 'aanvrager' FROM households h WHERE h.name LIKE 'Huishouden %'`,
    );
    await tx.query(
      `INSERT INTO actions (organisation_id, case_id, description, due_date, status)
       SELECT c.organisation_id, c.id, 'Actie ' || g, current_date + (random() * 60)::int - 30, CASE WHEN random() < 0.5 THEN 'open' ELSE 'gedaan' END
         FROM cases c, generate_series(1, 3) g WHERE c.title LIKE 'Casus %'`,
    );
    await tx.query(
      `INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on)
       SELECT c.organisation_id, c.id, d, 1 + (random() * 4)::int, current_date - 100 FROM cases c, unnest(ARRAY['financien','huisvesting']) d WHERE c.title LIKE 'Casus %'`,
    );
  });
  if (db.kind === 'postgres') await db.query('ANALYZE');
}

export function profiles(n: number, seedNr: number): Record<string, unknown>[] {
  const rng = mulberry32(seedNr);
  const types = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const type = types[Math.floor(rng() * 3)];
    const year = 1960 + Math.floor(rng() * 45);
    const leden: Record<string, unknown>[] = [{ rol: 'aanvrager', geboortedatum: `${year}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`, nettoLoonPerMaand: rng() < 0.4 ? Math.floor(rng() * 120000) : 0, toetsingsinkomenPerJaar: Math.floor(rng() * 3500000) }];
    if (type === 'gehuwden') leden.push({ rol: 'partner', geboortedatum: `${year + 1}-05-05` });
    const kids = type === 'alleenstaande' ? 0 : type === 'alleenstaande-ouder' ? 1 + Math.floor(rng() * 3) : Math.floor(rng() * 4);
    for (let k = 0; k < kids; k++) leden.push({ rol: 'kind', geboortedatum: `${2009 + Math.floor(rng() * 16)}-0${1 + Math.floor(rng() * 9)}-15` });
    out.push({ gemeente: 'utrecht', huishouden: { type, leden, huurPerMaand: 40000 + Math.floor(rng() * 60000), vermogen: Math.floor(rng() * 900000), maandenLaagInkomen: Math.floor(rng() * 60) } });
  }
  return out;
}

