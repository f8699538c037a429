// SPDX-License-Identifier: EUPL-1.2
/**
 * Test support: a fresh database per test file (in-memory PGlite, and a throw-away schema on the
 * PostgreSQL server of TEST_DATABASE_URL when set), the app on it, fixture organisations and users,
 * and a small client that logs in and keeps the session cookie.
 */
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, dropSchema, type Db } from './db';
import { migrate } from './migrate';
import { loadTemplate } from './pglite-template';
import { createApp } from './app';
import { loadConfig, type Config } from './config';
import { hashPassword } from '../accounts/store';
import type { Role } from './authz';
import { ROOMS } from '../rooms';

export type DbKind = 'pglite' | 'postgres';
export const DB_KINDS: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export async function openTestDb(kind: DbKind): Promise<{ db: Db; close: () => Promise<void> }> {
  if (kind === 'pglite') {
    // From the migrated image the global set-up made (pglite-template.ts); migrate is then a no-op.
    const db = await openPglite(undefined, { loadDataDir: loadTemplate() });
    await migrate(db);
    return { db, close: () => db.close() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const db = await openPostgres(url, { schema, max: 8 });
  await migrate(db);
  return {
    db,
    close: async () => {
      await db.close();
      await dropSchema(url, schema);
    },
  };
}

export const TEST_PASSWORD = 'test-wachtwoord-123';
/** The bearer token for /metrics in the test app. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';

export interface Fixture {
  orgs: Record<'utrecht' | 'zaanstad', string>;
  teams: Record<'utrechtWest' | 'utrechtOost' | 'zaanstad', string>;
  users: Record<string, string>;
}

/** Users by username; `<role>` in Utrecht team West, `<role>2` in team Oost, `z-<role>` in Zaanstad. */
export async function seedFixture(db: Db): Promise<Fixture> {
  const pw = await hashPassword(TEST_PASSWORD);
  const org = async (name: string) => (await db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ($1,'gemeente') RETURNING id`, [name])).rows[0].id;
  const team = async (o: string, name: string) => (await db.query<{ id: string }>(`INSERT INTO teams (organisation_id, name) VALUES ($1,$2) RETURNING id`, [o, name])).rows[0].id;
  const orgs = { utrecht: await org('Gemeente Utrecht'), zaanstad: await org('Gemeente Zaanstad') };
  const teams = { utrechtWest: await team(orgs.utrecht, 'Buurtteam West'), utrechtOost: await team(orgs.utrecht, 'Buurtteam Oost'), zaanstad: await team(orgs.zaanstad, 'Wijkteam Zaandam') };
  const users: Record<string, string> = {};
  const roles: Role[] = ['professional', 'teamleider', 'budgethouder', 'doorbraaktafel', 'beleid', 'handhaving', 'privacy', 'admin', 'raad'];
  const user = async (username: string, o: string, t: string | null, rs: Role[]) => {
    users[username] = (
      await db.query<{ id: string }>(`INSERT INTO users (organisation_id, team_id, username, display_name, password_hash, roles) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [o, t, username, `Test ${username}`, pw, rs])
    ).rows[0].id;
  };
  for (const r of roles) {
    await user(r, orgs.utrecht, teams.utrechtWest, [r]);
    await user(`${r}2`, orgs.utrecht, teams.utrechtOost, [r]);
    await user(`z-${r}`, orgs.zaanstad, teams.zaanstad, [r]);
  }
  return { orgs, teams, users };
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  contentType: string;
}

export class Client {
  cookie = '';
  constructor(private app: ReturnType<typeof createApp>) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await this.app.request(`/api/v1${path}`, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /maatwerk_sessie=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `maatwerk_sessie=${m[1]}` : '';
    }
    const ct = res.headers.get('content-type') ?? '';
    const text = await res.text();
    return { status: res.status, body: ct.includes('json') && text ? JSON.parse(text) : text, headers: res.headers, contentType: ct };
  }
  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  patch<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  config: Config;
  fx: Fixture;
  clock: { offsetMs: number };
  /** A client logged in as `username` (password TEST_PASSWORD). */
  as(username: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

export async function makeTestApp(kind: DbKind): Promise<TestApp> {
  const { db, close } = await openTestDb(kind);
  const fx = await seedFixture(db);
  const config = { ...loadConfig({}), cookieSecure: true, metricsToken: TEST_METRICS_TOKEN };
  const clock = { offsetMs: 0 };
  const app = createApp({ rooms: ROOMS, db, config, now: () => new Date(Date.now() + clock.offsetMs) });
  return {
    app,
    db,
    config,
    fx,
    clock,
    anonymous: () => new Client(app),
    async as(username) {
      const c = new Client(app);
      const r = await c.post('/auth/login', { username, password: TEST_PASSWORD });
      if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return c;
    },
    close,
  };
}

/** Count processing-log lines matching the filter, to prove a read or change was logged. */
export async function countLog(db: Db, where: Partial<{ action: string; resource: string; case_id: string; person_id: string; household_id: string; user_id: string; purpose: string }>): Promise<number> {
  const keys = Object.keys(where);
  const sql = `SELECT count(*)::int AS n FROM processing_log ${keys.length ? 'WHERE ' + keys.map((k, i) => `${k} = $${i + 1}`).join(' AND ') : ''}`;
  return (await db.query<{ n: number }>(sql, Object.values(where))).rows[0].n;
}
