// SPDX-License-Identifier: EUPL-1.2
/**
 * Prints EXPLAIN (ANALYZE) of the case list's two queries (count and page) on a throw-away
 * PostgreSQL database with the demo data plus the load benchmark's extra cases. Used for the
 * "Performance" section of docs/operations.md. Run: TEST_DATABASE_URL=... npx tsx bench/explain-case-list.ts
 */
import pg from 'pg';
import { openPostgres, type Queryable } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { loadDemoIfEmpty } from '../src/demo';
import { listCases } from '../src/cases/store';
import { seed } from './load-data';

const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (!url) throw new Error('Zet TEST_DATABASE_URL of DATABASE_URL.');
const name = `maatwerk_explain_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const u = new URL(url);
u.pathname = `/${name}`;
const db = await openPostgres(u.toString());
try {
  await migrate(db);
  await loadDemoIfEmpty(db);
  await seed(db, Number(process.env.BENCH_CASES ?? 3000));
  const who = (await db.query<{ org: string; team: string }>(`SELECT organisation_id AS org, team_id AS team FROM users WHERE username = 'sanne'`)).rows[0];
  // Capture the SQL listCases sends and EXPLAIN each statement with the same parameters.
  const seen: { sql: string; params: unknown[] }[] = [];
  const spy: Queryable = {
    query<T>(sql: string, params?: unknown[]) {
      seen.push({ sql, params: [...(params ?? [])] });
      return db.query<T>(sql, params);
    },
  };
  await listCases(spy, who.org, { teamId: who.team, today: new Date().toISOString().slice(0, 10), page: 1, pageSize: 20 });
  for (const q of seen) {
    const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${q.sql}`, q.params);
    console.log('-- ' + q.sql.replace(/\s+/g, ' ').slice(0, 120) + ' ...');
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    console.log();
  }
} finally {
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
