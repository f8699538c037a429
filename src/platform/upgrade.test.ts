// SPDX-License-Identifier: EUPL-1.2
/**
 * Upgrades keep every row: the previous release's data (test/fixtures/upgrade, made by
 * scripts/upgrade-fixture.ts on that release) opens in this code, migrates, and every table of
 * that release still has the same rows: count and checksum over the columns it had.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { openPglite, openPostgres, dropSchema, type Db } from './db';
import { migrate, migrationFiles, splitSql } from './migrate';
import { summariseTable, type TableSummary } from './tables';

const FIXTURE = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'upgrade');
const manifest = JSON.parse(readFileSync(join(FIXTURE, 'manifest.json'), 'utf8')) as {
  release: string;
  migrations: string[];
  tables: Record<string, TableSummary>;
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Migrate the fixture database with this code and compare it with the manifest. */
async function upgradeAndCompare(db: Db) {
  const before = (await db.query<{ name: string }>(`SELECT name FROM schema_migrations ORDER BY name`)).rows.map((r) => r.name);
  expect(before).toEqual(manifest.migrations);
  const applied = await migrate(db);
  expect(applied).toEqual(migrationFiles().filter((f) => !manifest.migrations.includes(f)));
  const after: Record<string, Pick<TableSummary, 'rows' | 'md5'>> = {};
  const expected: Record<string, Pick<TableSummary, 'rows' | 'md5'>> = {};
  for (const [table, t] of Object.entries(manifest.tables)) {
    const s = await summariseTable(db, table, t.columns);
    after[table] = { rows: s.rows, md5: s.md5 };
    expected[table] = { rows: t.rows, md5: t.md5 };
  }
  expect(after).toEqual(expected);
  // The fixture is not empty: cases, notes, spends and log lines are part of it.
  for (const t of ['cases', 'notes', 'budget_spends', 'processing_log', 'knelpunten']) expect(manifest.tables[t].rows).toBeGreaterThan(0);
  // Facts a migration fills from existing rows (081: problem domains per case, households with a
  // child) hold what the rows say, and the fixture has some of each.
  const domains = (sql: string) => db.query<{ c: string; d: string[] }>(sql).then((r) => r.rows);
  const fromScores = await domains(`SELECT l.case_id AS c, COALESCE(array_agg(l.domain ORDER BY l.domain) FILTER (WHERE l.score <= 2), '{}') AS d
      FROM (SELECT DISTINCT ON (case_id, domain) case_id, domain, score FROM assessment_scores ORDER BY case_id, domain, assessed_on DESC, created_at DESC, id DESC) l GROUP BY l.case_id ORDER BY 1`);
  expect(fromScores.some((r) => r.d.length > 0)).toBe(true);
  expect(await domains(`SELECT case_id AS c, domains AS d FROM case_problem_domains ORDER BY 1`)).toEqual(fromScores);
  const withChild = (await db.query<{ h: string }>(`SELECT DISTINCT household_id AS h FROM members WHERE role = 'kind' ORDER BY 1`)).rows;
  expect(withChild.length).toBeGreaterThan(0);
  expect((await db.query<{ h: string }>(`SELECT household_id AS h FROM households_with_children ORDER BY 1`)).rows).toEqual(withChild);
}

describe(`upgrade from release ${manifest.release}`, () => {
  it('a PGlite data directory of that release opens, migrates and keeps every row', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maatwerk-upgrade-'));
    dirs.push(dir);
    const raw = await PGlite.create(join(dir, 'data'), {
      loadDataDir: new Blob([readFileSync(join(FIXTURE, 'pglite-datadir.tar.gz'))], { type: 'application/gzip' }),
    });
    await raw.close();
    const db = await openPglite(join(dir, 'data'));
    try {
      await upgradeAndCompare(db);
      // The comparison notices a changed row.
      await db.query(`UPDATE notes SET body = body || '.' WHERE id = (SELECT id FROM notes ORDER BY id LIMIT 1)`);
      expect((await summariseTable(db, 'notes', manifest.tables.notes.columns)).md5).not.toBe(manifest.tables.notes.md5);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('a PostgreSQL database of that release migrates and keeps every row', { timeout: 120_000 }, async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `t_upg_${randomBytes(5).toString('hex')}`;
    const db = await openPostgres(url, { schema, max: 2 });
    try {
      const sql = gunzipSync(readFileSync(join(FIXTURE, 'postgres.sql.gz'))).toString('utf8');
      await db.transaction(async (tx) => {
        for (const stmt of splitSql(sql)) await tx.query(stmt);
      });
      await upgradeAndCompare(db);
    } finally {
      await db.close();
      await dropSchema(url, schema);
    }
  });
});
