// SPDX-License-Identifier: EUPL-1.2
/**
 * npm run backup -- <file>
 * PGlite (no DATABASE_URL): a dump of DATA_DIR (PGlite's .tar.gz); refused while the app runs on it.
 * PostgreSQL (DATABASE_URL): pg_dump -Fc. Never overwrites a file. See docs/operations.md.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../src/platform/config';
import { backupPglite, pgDump, BackupError } from '../src/platform/backup';
import { DataDirLockedError } from '../src/platform/lock';

const arg = process.argv[2];
if (!arg) {
  process.stderr.write('Gebruik: npm run backup -- <bestand>\n');
  process.exit(2);
}
const file = resolve(arg);
const config = loadConfig();
try {
  if (config.databaseUrl) {
    await pgDump(config.databaseUrl, file);
    process.stdout.write(`Back-up van de PostgreSQL-database geschreven naar ${file} (pg_dump -Fc).\n`);
  } else {
    const counts = await backupPglite(config.dataDir, file);
    process.stdout.write(`Back-up van ${config.dataDir} geschreven naar ${file}.\nRijen per tabel:\n`);
    for (const [t, n] of Object.entries(counts)) process.stdout.write(`  ${t.padEnd(28)} ${n}\n`);
  }
} catch (e) {
  if (e instanceof BackupError || e instanceof DataDirLockedError) {
    process.stderr.write(`Geen back-up gemaakt. ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
