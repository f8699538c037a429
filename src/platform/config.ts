// SPDX-License-Identifier: EUPL-1.2
/** Configuration from the environment, read once at start. Every variable is documented in the README. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded PGlite database; ignored when databaseUrl is set. */
  dataDir: string;
  /** PostgreSQL connection string; when empty the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Session lifetime since last use, in minutes. */
  sessionIdleMinutes: number;
  /** Absolute session lifetime in hours. */
  sessionMaxHours: number;
  /** Set the Secure attribute on the session cookie (browsers accept it on http://localhost too). */
  cookieSecure: boolean;
  logLevel: string;
  /** Load the demo data on first start. */
  loadDemo: boolean;
}

function int(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Omgevingsvariabele ${name} moet een positief geheel getal zijn, niet "${v}".`);
  return n;
}

export function loadConfig(env = process.env): Config {
  return {
    port: int('PORT', 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: int('SESSION_MAX_HOURS', 12),
    cookieSecure: env.COOKIE_SECURE !== 'false',
    logLevel: env.LOG_LEVEL || 'info',
    loadDemo: env.DEMO_DATA !== 'false',
  };
}
