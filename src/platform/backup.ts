// SPDX-License-Identifier: EUPL-1.2
/**
 * Backup and restore. PGlite: PGlite's own dump of the data directory (a .tar.gz), taken under the
 * folder's lock so that it is consistent (the app is not running; one process per folder), restored
 * into a new empty folder. PostgreSQL: pg_dump in custom format and pg_restore. See docs/operations.md.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir, LOCK_FILE } from './lock';
import { openPglite } from './db';
import { rowCounts } from './tables';

const run = promisify(execFile);

/** A Dutch refusal of a backup or restore; the CLI prints the message and exits 1. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function refuseExistingFile(file: string) {
  if (existsSync(file)) throw new BackupError(`Het bestand ${file} bestaat al; kies een nieuwe naam, een back-up wordt nooit overschreven.`);
}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Write a consistent dump of a PGlite data directory to `file` (refused when it exists). Takes the
 * folder's lock first, so it refuses while the app runs on that folder. Returns the row counts.
 */
export async function backupPglite(dataDir: string, file: string): Promise<Record<string, number>> {
  refuseExistingFile(file);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new BackupError(`In ${dataDir} staat geen PGlite-database; controleer DATA_DIR.`);
  const lock = lockDataDir(dataDir, { purpose: 'backup' });
  try {
    const counts = await withDb(dataDir, rowCounts);
    const db = await PGlite.create(dataDir);
    let tarball: Buffer;
    try {
      await db.query('CHECKPOINT');
      tarball = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await db.close();
    }
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.part`;
    writeFileSync(tmp, tarball);
    renameSync(tmp, file);
    return counts;
  } finally {
    lock.release();
  }
}

/** Restore a PGlite dump into a folder that does not exist or is empty. Returns the row counts. */
export async function restorePglite(file: string, dataDir: string): Promise<Record<string, number>> {
  if (!existsSync(file)) throw new BackupError(`Het back-upbestand ${file} bestaat niet.`);
  if (!isEmptyDir(dataDir)) throw new BackupError(`De map ${dataDir} is niet leeg; zet een back-up alleen terug in een nieuwe, lege map.`);
  const lock = lockDataDir(dataDir, { purpose: 'restore' });
  try {
    const db = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)], { type: 'application/gzip' }) });
    await db.close();
    // The dump holds the lock file of the backup process; it means nothing here.
    rmSync(join(dataDir, LOCK_FILE), { force: true });
    return await withDb(dataDir, rowCounts);
  } catch (e) {
    lock.release();
    // Leave no half-restored folder behind.
    for (const f of readdirSync(dataDir)) rmSync(join(dataDir, f), { recursive: true, force: true });
    throw e;
  } finally {
    lock.release();
  }
}

async function withDb<T>(dataDir: string, fn: (db: Awaited<ReturnType<typeof openPglite>>) => Promise<T>): Promise<T> {
  const db = await openPglite(dataDir);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** pg_dump in custom format (-Fc) of a database, or of one schema of it. */
export async function pgDump(url: string, file: string, opts: { schema?: string } = {}): Promise<void> {
  refuseExistingFile(file);
  const tmp = `${file}.${process.pid}.part`;
  await run('pg_dump', ['-Fc', '--no-owner', '--no-privileges', ...(opts.schema ? ['-n', opts.schema] : []), '-f', tmp, '-d', url]);
  renameSync(tmp, file);
}

/**
 * pg_restore of a custom-format dump into a database that has no Maatwerk tables yet (refused
 * otherwise: a restore never mixes with existing data). Stops at the first error.
 */
export async function pgRestore(url: string, file: string, opts: { schema?: string } = {}): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`Het back-upbestand ${file} bestaat niet.`);
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const where = opts.schema ? `${opts.schema}.schema_migrations` : 'schema_migrations';
    const r = await c.query(`SELECT to_regclass($1) IS NOT NULL AS taken`, [where]);
    if (r.rows[0].taken) throw new BackupError('De doeldatabase bevat al Maatwerk-tabellen; zet een back-up alleen terug in een nieuwe, lege database.');
    // The extensions the migrations use live in public (a dump of one schema does not carry them).
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  } finally {
    await c.end();
  }
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '-d', url, file]);
}
