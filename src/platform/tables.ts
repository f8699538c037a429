// SPDX-License-Identifier: EUPL-1.2
/**
 * What is in the database, table by table: the list of tables, row counts and a checksum per table.
 * Used by the upgrade fixture (record before, compare after migrating), by backup/restore checks
 * and by the operator's restore drill. Works the same on PGlite and PostgreSQL (the current schema,
 * i.e. the first one on the search path).
 */
import type { Db, Queryable } from './db';

export interface TableSummary {
  /** Columns that were summed, in order (a later release may add columns; they are not part of the checksum). */
  columns: string[];
  rows: number;
  /** md5 of the rows' text (the listed columns only), sorted byte-wise, joined by newlines. */
  md5: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Base tables of the current schema, by name. */
export async function listTables(db: Queryable): Promise<string[]> {
  const r = await db.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"`,
  );
  return r.rows.map((x) => x.t);
}

/** Columns of a table in their ordinal order. */
export async function listColumns(db: Queryable, table: string): Promise<string[]> {
  const r = await db.query<{ c: string }>(
    `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.c);
}

/** The columns an INSERT may name: every column except generated ones (PostgreSQL refuses a value there). */
export async function insertableColumns(db: Queryable, table: string): Promise<string[]> {
  const r = await db.query<{ c: string }>(
    `SELECT column_name AS c FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.c);
}

/**
 * Row count and checksum of one table over the given columns. The text form of a row does not
 * depend on the server's collation (byte order) and time zone (UTC for the duration), so PGlite and
 * PostgreSQL give the same checksum for the same rows.
 */
export async function summariseTable(db: Db, table: string, columns?: string[]): Promise<TableSummary> {
  const cols = columns ?? (await listColumns(db, table));
  return db.transaction(async (tx) => {
    await tx.query(`SET LOCAL TimeZone = 'UTC'`);
    await tx.query(`SET LOCAL DateStyle = 'ISO, YMD'`);
    await tx.query(`SET LOCAL extra_float_digits = 1`);
    const row = cols.length > 1 ? `ROW(${cols.map(ident).join(', ')})::text` : `(${ident(cols[0])})::text`;
    const r = await tx.query<{ n: number; md5: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(coalesce(x, '<null>'), E'\\n' ORDER BY x COLLATE "C"), '')) AS md5
         FROM (SELECT ${row} AS x FROM ${ident(table)}) s`,
    );
    return { columns: cols, rows: r.rows[0].n, md5: r.rows[0].md5 };
  });
}

/** Every base table except schema_migrations, with its summary. */
export async function summariseDatabase(db: Db): Promise<Record<string, TableSummary>> {
  const out: Record<string, TableSummary> = {};
  for (const t of await listTables(db)) if (t !== 'schema_migrations') out[t] = await summariseTable(db, t);
  return out;
}

/** Row counts per table (schema_migrations included). */
export async function rowCounts(db: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await listTables(db)) out[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(t)}`)).rows[0].n;
  return out;
}

/**
 * Tables in an order in which their rows can be inserted: a table after every other table it
 * references. A reference to itself is fine (checked at the end of the statement).
 */
export async function tablesInDependencyOrder(db: Queryable): Promise<string[]> {
  const tables = await listTables(db);
  const deps = await db.query<{ t: string; r: string }>(
    `SELECT DISTINCT c.relname AS t, p.relname AS r
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema() AND k.conrelid <> k.confrelid`,
  );
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const d of deps.rows) needs.get(d.t)?.add(d.r);
  const out: string[] = [];
  const done = new Set<string>();
  while (out.length < tables.length) {
    const next = tables.find((t) => !done.has(t) && [...needs.get(t)!].every((r) => done.has(r)));
    if (!next) throw new Error(`circular foreign keys between ${tables.filter((t) => !done.has(t)).join(', ')}`);
    done.add(next);
    out.push(next);
  }
  return out;
}
