// SPDX-License-Identifier: EUPL-1.2
/**
 * npm run restore -- <file> [folder]
 * PGlite (no DATABASE_URL): restore a dump made by `npm run backup` into [folder] (default DATA_DIR),
 * which must not exist or be empty. PostgreSQL (DATABASE_URL): pg_restore into that database,
 * which must not hold Maatwerk tables yet. See docs/operations.md for the restore drill.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../src/platform/config';
import { restorePglite, pgRestore, BackupError } from '../src/platform/backup';
import { DataDirLockedError } from '../src/platform/lock';
import { openPostgres } from '../src/platform/db';
import { rowCounts } from '../src/platform/tables';

const [arg, dirArg] = process.argv.slice(2);
if (!arg) {
  process.stderr.write('Gebruik: npm run restore -- <bestand> [map]\n');
  process.exit(2);
}
const file = resolve(arg);
const config = loadConfig();
try {
  let counts: Record<string, number>;
  let where: string;
  if (config.databaseUrl) {
    await pgRestore(config.databaseUrl, file);
    const db = await openPostgres(config.databaseUrl, { max: 1 });
    counts = await rowCounts(db);
    await db.close();
    where = 'de PostgreSQL-database van DATABASE_URL';
  } else {
    where = dirArg ? resolve(dirArg) : config.dataDir;
    counts = await restorePglite(file, where);
  }
  process.stdout.write(`Back-up ${file} teruggezet in ${where}.\nRijen per tabel:\n`);
  for (const [t, n] of Object.entries(counts)) process.stdout.write(`  ${t.padEnd(28)} ${n}\n`);
} catch (e) {
  if (e instanceof BackupError || e instanceof DataDirLockedError) {
    process.stderr.write(`Niets teruggezet. ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
