// SPDX-License-Identifier: EUPL-1.2
/**
 * Plain numbered SQL migrations from ./migrations, applied in file-name order, each in its own
 * transaction, recorded in schema_migrations. The same files run on PGlite and PostgreSQL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

/** Advisory-lock class for migrations; the second key is the schema, so separate schemas migrate independently. */
export const MIGRATION_LOCK_CLASS = 0x4d414154; // 'MAAT'

/** The database was migrated by a newer release than this code: starting would risk the data. */
export class SchemaTooNewError extends Error {
  constructor(
    /** Newest migration this code knows. */
    readonly codeNewest: string,
    /** Newest migration recorded in the database. */
    readonly databaseNewest: string,
    /** Migrations in the database that this code does not know. */
    readonly unknown: string[],
  ) {
    super(
      `Het databaseschema is bijgewerkt door een nieuwere versie van Maatwerk: de database staat op ${databaseNewest}, ` +
        `deze versie van de app kent migraties tot en met ${codeNewest} (onbekend in deze versie: ${unknown.join(', ')}). ` +
        'De app start niet, om de gegevens niet te beschadigen. Start de nieuwere versie, of zet een back-up terug die bij deze versie hoort.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Refuse a database that holds migrations this code does not know (pure). */
export function checkSchemaVersion(known: string[], inDatabase: Iterable<string>): void {
  const knownSet = new Set(known);
  const all = [...inDatabase].sort();
  const unknown = all.filter((n) => !knownSet.has(n));
  if (unknown.length) throw new SchemaTooNewError([...known].sort().at(-1) ?? '(geen)', all.at(-1)!, unknown);
}

export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3,}_.+\.sql$/.test(f))
    .sort();
}

/**
 * Apply the pending migrations, one transaction each. On PostgreSQL every step first takes a
 * transaction-scoped advisory lock (per schema) and then reads schema_migrations, so several
 * processes starting at once apply each migration exactly once: one migrates, the others wait and
 * then find it done. A database that holds a migration this code does not know (a newer release
 * migrated it) is refused with SchemaTooNewError before anything is changed.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = migrationFiles(dir);
  const applied: string[] = [];
  for (;;) {
    const next = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, [MIGRATION_LOCK_CLASS]);
      await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
      checkSchemaVersion(files, done);
      const f = files.find((x) => !done.has(x));
      if (!f) return undefined;
      // PGlite's extended protocol takes one statement per query; split on lines ending in ';'
      for (const stmt of splitSql(readFileSync(join(dir, f), 'utf8'))) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [f]);
      return f;
    });
    if (!next) return applied;
    applied.push(next);
  }
}

/** Split a migration into statements: a statement ends with ';' at the end of a line. Dollar-quoted bodies are kept whole. */
export function splitSql(sql: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let inDollar = false;
  for (const line of sql.split('\n')) {
    const trimmed = line.trim();
    if (!inDollar && (trimmed.startsWith('--') || trimmed === '') && cur.length === 0) continue;
    cur.push(line);
    const dollars = (line.match(/\$\$/g) || []).length;
    if (dollars % 2 === 1) inDollar = !inDollar;
    if (!inDollar && trimmed.endsWith(';')) {
      out.push(cur.join('\n'));
      cur = [];
    }
  }
  if (cur.join('').trim()) out.push(cur.join('\n'));
  return out;
}
