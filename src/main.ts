// SPDX-License-Identifier: EUPL-1.2
/** Start the app: open the database, migrate, load the demo on first start, serve on PORT. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { loadConfig } from './platform/config';
import { openPglite, openPostgres } from './platform/db';
import { migrate, SchemaTooNewError } from './platform/migrate';
import { lockDataDir, DataDirLockedError } from './platform/lock';
import { createApp } from './platform/app';
import { loadDemoIfEmpty, DEMO_LOGINS, DEMO_PASSWORD } from './demo';
import { startSessionCleanup } from './accounts/session';
import { closeIncomePool, workerCount } from './income/pool';
import { ROOMS } from './rooms';

const config = loadConfig();
workerCount(); // refuses a bad INCOME_WORKERS at start, not at the first income request
const log = pino({ level: config.logLevel });
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// One process per PGlite folder: take the lock before PGlite opens it (released on exit).
if (!config.databaseUrl) {
  try {
    lockDataDir(config.dataDir, { purpose: 'server' });
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
const applied = await migrate(db).catch(async (e) => {
  if (!(e instanceof SchemaTooNewError)) throw e;
  process.stderr.write(`${e.message}\n`);
  await db.close();
  process.exit(1);
});
if (applied.length) log.info({ applied }, 'migraties uitgevoerd');
let demo = false;
if (config.loadDemo) {
  process.stdout.write('Demodata controleren...\n');
  demo = await loadDemoIfEmpty(db, (msg) => process.stdout.write(`  ${msg}\n`));
}

// Expired sessions and forgotten login-throttle rows are deleted every 10 minutes (unref'd timer).
startSessionCleanup(db, { onError: (err) => log.warn({ err }, 'opruimen van sessies mislukt') });

const webDir = join(root, 'web', 'dist');
const app = createApp({ rooms: ROOMS, db, config, logger: log, webDir: existsSync(webDir) ? webDir : undefined });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const url = `http://localhost:${info.port}`;
  process.stdout.write(
    [
      '',
      `Maatwerk draait op ${url}`,
      `  API:      ${url}/api/v1  (OpenAPI: ${url}/api/v1/openapi.json)`,
      `  Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}${demo ? ' — demodata geladen' : ''}`,
      '',
      `Demo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`,
      ...DEMO_LOGINS.map((l) => `  ${l.username.padEnd(22)} ${l.description}`),
      '',
    ].join('\n'),
  );
});

const stop = async () => {
  server.close();
  await closeIncomePool();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
