// SPDX-License-Identifier: EUPL-1.2
/**
 * The database behind one interface: embedded PGlite (default, data in ./data) or a PostgreSQL
 * server (DATABASE_URL). Same SQL dialect, same migrations. Type parsing is aligned so both return
 * the same JavaScript values: int8 and numeric as number, date as 'YYYY-MM-DD' string, timestamptz
 * as ISO string.
 */
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a row is what the SQL selects: callers name its type (query<{ id: string }>), the default stays open
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run fn in one transaction; it commits when fn resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;

const toIso = (v: string) => new Date(v.includes('T') || /[+-]\d\d(:?\d\d)?$/.test(v) ? v : v + 'Z').toISOString();

/** PGlite in `dataDir` (in memory without one); `loadDataDir` starts it from a data-folder image (tests). */
export async function openPglite(dataDir?: string, opts: { loadDataDir?: Blob } = {}): Promise<Db & { pglite: PGlite }> {
  const db = await PGlite.create(dataDir, {
    // Trigram similarity for the Bibliotheek's typo-tolerant search (the same extension as on PostgreSQL).
    extensions: { pg_trgm },
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    parsers: {
      [INT8]: (v: string) => Number(v),
      [NUMERIC]: (v: string) => Number(v),
      [DATE]: (v: string) => v,
      [TIMESTAMPTZ]: (v: string) => toIso(v),
      [TIMESTAMP]: (v: string) => toIso(v),
    },
  });
  void pgliteTypes;
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const r = await q.query<T>(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  return {
    kind: 'pglite',
    pglite: db,
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

let pgTypesSet = false;
function setPgTypes() {
  if (pgTypesSet) return;
  pgTypesSet = true;
  pg.types.setTypeParser(INT8, (v) => Number(v));
  pg.types.setTypeParser(NUMERIC, (v) => Number(v));
  pg.types.setTypeParser(DATE, (v) => v);
  pg.types.setTypeParser(TIMESTAMPTZ, (v) => toIso(v));
  pg.types.setTypeParser(TIMESTAMP, (v) => toIso(v));
}

/** Open a pool on a PostgreSQL server. `schema` puts every table in that schema (used by tests). */
export async function openPostgres(url: string, opts: { schema?: string; max?: number } = {}): Promise<Db> {
  setPgTypes();
  if (opts.schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
    // Extensions are per database, not per schema: create them once in public, under a lock so that
    // test files starting together do not race, and keep public on the search path to find them.
    await admin.query('SELECT pg_advisory_lock(727274)');
    try {
      await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    } finally {
      await admin.query('SELECT pg_advisory_unlock(727274)');
    }
    await admin.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    ...(opts.schema ? { options: `-c search_path="${opts.schema}",public` } : {}),
  });
  const wrap = (c: { query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult> }): Queryable => ({
    async query(sql, params) {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
}
