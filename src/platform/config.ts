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
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: ignore the header and
   * use the socket's address). The client address is the entry that many places from the right.
   */
  trustProxy: number;
  /** A new login ends the user's older sessions. */
  loginEndsOtherSessions: boolean;
  /** How long this process may reuse a looked-up session before asking the database again (0: never). */
  sessionCacheSeconds: number;
  /**
   * The address users open (scheme, host, port), e.g. https://maatwerk.gemeente.nl. Writes whose
   * Origin is neither this nor the request's Host are refused; needed only behind a proxy that
   * rewrites the Host header.
   */
  publicUrl?: string;
  /** Bearer token for GET /metrics; when unset /metrics answers 404. */
  metricsToken?: string;
  /**
   * Who answers questions about this installation's API (OpenAPI `info.contact`, required by the
   * Logius API Design Rules): API_CONTACT_NAME, API_CONTACT_URL, API_CONTACT_EMAIL. Unset, the name
   * says so and the e-mail address is on the reserved `.invalid` domain, so nobody mistakes it for a
   * real mailbox (docs/operations.md).
   */
  apiContact: { name: string; url: string; email: string };
}

function int(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Omgevingsvariabele ${name} moet een positief geheel getal zijn, niet "${v}".`);
  return n;
}

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Omgevingsvariabele ${name} moet een geheel getal van 0 of meer zijn, niet "${v}".`);
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
    trustProxy: env.TRUST_PROXY === 'true' ? 1 : env.TRUST_PROXY === 'false' ? 0 : nonNegative(env, 'TRUST_PROXY', 0),
    loginEndsOtherSessions: env.LOGIN_ENDS_OTHER_SESSIONS === 'true',
    sessionCacheSeconds: nonNegative(env, 'SESSION_CACHE_SECONDS', 5),
    publicUrl: publicUrl(env.PUBLIC_URL),
    metricsToken: metricsToken(env.METRICS_TOKEN),
    apiContact: apiContact(env),
  };
}

function apiContact(env: NodeJS.ProcessEnv): Config['apiContact'] {
  const url = env.API_CONTACT_URL || publicUrl(env.PUBLIC_URL) || `http://localhost:${env.PORT || 3000}/`;
  try {
    if (!/^https?:$/.test(new URL(url).protocol)) throw new Error();
  } catch {
    throw new Error(`Omgevingsvariabele API_CONTACT_URL moet een webadres zijn als https://www.gemeente.nl/maatwerk, niet "${url}".`);
  }
  const email = env.API_CONTACT_EMAIL || 'beheer-niet-ingesteld@maatwerk.invalid';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Omgevingsvariabele API_CONTACT_EMAIL moet een e-mailadres zijn, niet "${email}".`);
  return { name: env.API_CONTACT_NAME || 'Beheer van deze Maatwerk-installatie (contact niet ingesteld)', url, email };
}

function publicUrl(v: string | undefined): string | undefined {
  if (!v) return undefined;
  let u: URL | null = null;
  try {
    u = new URL(v);
  } catch {
    u = null;
  }
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) throw new Error(`Omgevingsvariabele PUBLIC_URL moet een adres zijn als https://maatwerk.gemeente.nl, niet "${v}".`);
  return u.origin;
}

function metricsToken(v: string | undefined): string | undefined {
  if (!v) return undefined;
  if (v.length < 16 || /\s/.test(v)) throw new Error('Omgevingsvariabele METRICS_TOKEN moet minstens 16 tekens lang zijn, zonder spaties (bijvoorbeeld: openssl rand -hex 24).');
  return v;
}
