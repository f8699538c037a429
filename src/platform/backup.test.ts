// SPDX-License-Identifier: EUPL-1.2
/** Backup and restore: a dump restored into a fresh folder or database has the same rows. */
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres } from './db';
import { migrate } from './migrate';
import { seedFixture, openTestDb } from './testing';
import { backupPglite, restorePglite, pgDump, pgRestore, BackupError } from './backup';
import { formatLock, LOCK_FILE, DataDirLockedError } from './lock';
import { summariseDatabase, rowCounts } from './tables';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'maatwerk-backup-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('PGlite backup and restore', () => {
  it('restores into a fresh folder with the same rows; refuses a running app, an existing file and a non-empty folder', { timeout: 120_000 }, async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const db = await openPglite(dataDir);
    await migrate(db);
    const fx = await seedFixture(db);
    await db.query(
      `INSERT INTO processing_log (organisation_id, user_id, user_name, action, resource, purpose, legal_ground) VALUES ($1, $2, 'Test', 'lezen', 'case', 'hulpverlening', 'Wmo 2015')`,
      [fx.orgs.utrecht, fx.users.professional],
    );
    const source = await summariseDatabase(db);
    const sourceCounts = await rowCounts(db);
    await db.close();
    expect(source.users.rows).toBe(Object.keys(fx.users).length);
    expect(source.processing_log.rows).toBe(1);

    // While the app holds the folder (a live process on this host), the backup refuses.
    writeFileSync(join(dataDir, LOCK_FILE), formatLock({ pid: process.ppid, host: hostname(), startedAt: 'nu' }));
    await expect(backupPglite(dataDir, join(root, 'refused.tar.gz'))).rejects.toThrow(DataDirLockedError);
    await expect(backupPglite(dataDir, join(root, 'refused.tar.gz'))).rejects.toThrow(`De datamap ${dataDir} is al in gebruik door een ander Maatwerk-proces (pid ${process.ppid}`);
    expect(existsSync(join(root, 'refused.tar.gz'))).toBe(false);
    rmSync(join(dataDir, LOCK_FILE));

    const file = join(root, 'backup.tar.gz');
    expect(await backupPglite(dataDir, file)).toEqual(sourceCounts);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false); // released
    await expect(backupPglite(dataDir, file)).rejects.toThrow(`Het bestand ${file} bestaat al`);

    const taken = join(root, 'taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'iets.txt'), 'x');
    await expect(restorePglite(file, taken)).rejects.toThrow(BackupError);
    await expect(restorePglite(file, taken)).rejects.toThrow(`De map ${taken} is niet leeg`);

    const fresh = join(root, 'restored');
    expect(await restorePglite(file, fresh)).toEqual(sourceCounts);
    expect(existsSync(join(fresh, LOCK_FILE))).toBe(false);
    const restored = await openPglite(fresh);
    try {
      expect(await summariseDatabase(restored)).toEqual(source);
      expect(await migrate(restored)).toEqual([]);
    } finally {
      await restored.close();
    }
  });
});

const hasPgDump = (() => {
  try {
    execFileSync('pg_dump', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!process.env.TEST_DATABASE_URL || !hasPgDump)('PostgreSQL backup and restore (pg_dump -Fc / pg_restore)', () => {
  it('restores a dump into a fresh database with the same rows; refuses a database that has the tables', { timeout: 120_000 }, async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const { db, close } = await openTestDb('postgres');
    const schema = (await db.query<{ s: string }>(`SELECT current_schema() AS s`)).rows[0].s;
    const target = `maatwerk_restore_${randomBytes(5).toString('hex')}`;
    const targetUrl = Object.assign(new URL(url), { pathname: `/${target}` }).toString();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await seedFixture(db);
      const source = await summariseDatabase(db);
      const file = join(tempDir(), 'maatwerk.dump');
      await pgDump(url, file, { schema });
      await admin.query(`CREATE DATABASE ${target}`);
      await pgRestore(targetUrl, file, { schema });
      const restored = await openPostgres(targetUrl, { schema, max: 1 });
      try {
        expect(await summariseDatabase(restored)).toEqual(source);
        expect(await migrate(restored)).toEqual([]);
      } finally {
        await restored.close();
      }
      await expect(pgRestore(targetUrl, file, { schema })).rejects.toThrow('De doeldatabase bevat al Maatwerk-tabellen');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
      await admin.end();
      await close();
    }
  });
});
