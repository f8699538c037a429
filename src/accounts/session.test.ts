// SPDX-License-Identifier: EUPL-1.2
/**
 * Sessions with the in-process cache: correctness first (logout, deactivation and role changes take
 * effect at once in this process; idle expiry still holds), and no write of the session row on
 * every request. Also the clean-up of expired sessions and LOGIN_ENDS_OTHER_SESSIONS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../platform/app';
import { Client, DB_KINDS, makeTestApp, TEST_PASSWORD, type TestApp } from '../platform/testing';
import { cleanUpSessions, startSessionCleanup } from './session';
import { hashToken } from './model';
import { ROOMS } from '../rooms';

describe.each(DB_KINDS)('sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());

  const stored = async (c: Client) => {
    const r = await t.db.query<{ expiresAt: string }>(`SELECT expires_at AS "expiresAt" FROM sessions WHERE token_hash = $1`, [hashToken(c.cookie.split('=')[1])]);
    return r.rows[0] ? new Date(r.rows[0].expiresAt).getTime() : null;
  };
  const withClock = async (offsetMs: number, fn: () => Promise<void>) => {
    t.clock.offsetMs = offsetMs;
    try {
      await fn();
    } finally {
      t.clock.offsetMs = 0;
    }
  };

  it('does not rewrite the session row on every request, only when the idle expiry moves by more than a minute', async () => {
    const c = await t.as('professional');
    const atLogin = await stored(c);
    for (let i = 0; i < 5; i++) expect((await c.get('/auth/me')).status).toBe(200);
    expect(await stored(c)).toBe(atLogin);
    await withClock(3 * 60_000, async () => {
      expect((await c.get('/auth/me')).status).toBe(200);
      const moved = (await stored(c))! - atLogin!;
      expect(moved).toBeGreaterThan(2.9 * 60_000);
      expect(moved).toBeLessThan(3.1 * 60_000);
    });
  });

  it('keeps a session alive that is used: the written-behind expiry holds past the expiry at login', async () => {
    const c = await t.as('teamleider');
    const idle = t.config.sessionIdleMinutes * 60_000;
    await withClock(idle - 5 * 60_000, async () => expect((await c.get('/auth/me')).status).toBe(200));
    await withClock(idle + 5 * 60_000, async () => expect((await c.get('/auth/me')).status).toBe(200));
  });

  it('refuses an idle session even when this process has it cached, and deletes it', async () => {
    const c = await t.as('beleid');
    expect((await c.get('/auth/me')).status).toBe(200);
    const hash = hashToken(c.cookie.split('=')[1]);
    await withClock((t.config.sessionIdleMinutes + 1) * 60_000, async () => {
      const r = await c.get('/auth/me');
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('sessie_verlopen');
    });
    expect((await t.db.query(`SELECT 1 FROM sessions WHERE token_hash = $1`, [hash])).rows.length).toBe(0);
  });

  it('refuses a logged-out token at once, although it was cached a moment before', async () => {
    const c = await t.as('privacy');
    expect((await c.get('/auth/me')).status).toBe(200);
    const saved = c.cookie;
    expect((await c.post('/auth/logout')).status).toBe(204);
    c.cookie = saved;
    expect((await c.get('/auth/me')).status).toBe(401);
  });

  it('refuses a deactivated user at once, although the session was cached', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/users', { username: 'tijdelijk', displayName: 'Tijdelijk', roles: ['professional'], password: 'fiets-paraplu-koffie-lantaarn' });
    expect(created.status).toBe(201);
    const u = t.anonymous();
    expect((await u.post('/auth/login', { username: 'tijdelijk', password: 'fiets-paraplu-koffie-lantaarn' })).status).toBe(200);
    expect((await u.get('/auth/me')).status).toBe(200);
    expect((await admin.patch(`/users/${created.body.id}`, { active: false }, { 'if-match': created.headers.get('etag')! })).status).toBe(200);
    expect((await u.get('/auth/me')).status).toBe(401);
  });

  it('applies a role change at once, although the session was cached', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/users', { username: 'wisselrol', displayName: 'Wissel Rol', roles: ['admin'], password: 'fiets-paraplu-koffie-lantaarn' });
    const u = t.anonymous();
    await u.post('/auth/login', { username: 'wisselrol', password: 'fiets-paraplu-koffie-lantaarn' });
    expect((await u.post('/teams', { name: 'Team van wisselrol' })).status).toBe(201);
    expect((await admin.patch(`/users/${created.body.id}`, { roles: ['professional'] }, { 'if-match': created.headers.get('etag')! })).status).toBe(200);
    expect((await u.post('/teams', { name: 'Nog een team van wisselrol' })).status).toBe(403);
  });

  it('shows a renamed team and organisation in /auth/me at once, although the profile was cached', async () => {
    const admin = await t.as('admin');
    expect((await admin.get('/auth/me')).body.user.teamName).toBe('Buurtteam West');
    expect((await admin.patch(`/teams/${t.fx.teams.utrechtWest}`, { name: 'Buurtteam West-Centrum' }, { 'if-match': '"1"' })).status).toBe(200);
    expect((await admin.get('/auth/me')).body.user.teamName).toBe('Buurtteam West-Centrum');
    const org = (await admin.get('/auth/me')).body.organisation;
    expect((await admin.patch(`/organisations/${org.id}`, { name: 'Gemeente Utrecht (test)' }, { 'if-match': `"${org.version}"` })).status).toBe(200);
    const me = await admin.get('/auth/me');
    expect(me.body.organisation.name).toBe('Gemeente Utrecht (test)');
    expect(me.body.user.organisationName).toBe('Gemeente Utrecht (test)');
    await admin.patch(`/teams/${t.fx.teams.utrechtWest}`, { name: 'Buurtteam West' }, { 'if-match': '"2"' });
    await admin.patch(`/organisations/${org.id}`, { name: 'Gemeente Utrecht' }, { 'if-match': `"${org.version + 1}"` });
  });

  it('lets another process see a deleted session within the cache time (documented), not later', async () => {
    const c = await t.as('handhaving');
    expect((await c.get('/auth/me')).status).toBe(200);
    // another process logs this session out: its row is gone, this process still has it cached
    await t.db.query(`DELETE FROM sessions WHERE token_hash = $1`, [hashToken(c.cookie.split('=')[1])]);
    expect((await c.get('/auth/me')).status).toBe(200);
    await withClock(t.config.sessionCacheSeconds * 1000 + 1, async () => expect((await c.get('/auth/me')).status).toBe(401));
  });

  it('keeps several sessions per user by default; with LOGIN_ENDS_OTHER_SESSIONS a new login ends the older ones', async () => {
    const first = await t.as('budgethouder');
    await t.as('budgethouder');
    expect((await first.get('/auth/me')).status).toBe(200);
    const single = createApp({ rooms: ROOMS, db: t.db, config: { ...t.config, loginEndsOtherSessions: true } });
    const older = new Client(single);
    expect((await older.post('/auth/login', { username: 'doorbraaktafel', password: TEST_PASSWORD })).status).toBe(200);
    expect((await older.get('/auth/me')).status).toBe(200);
    const newer = new Client(single);
    expect((await newer.post('/auth/login', { username: 'doorbraaktafel', password: TEST_PASSWORD })).status).toBe(200);
    expect((await older.get('/auth/me')).status).toBe(401);
    expect((await newer.get('/auth/me')).status).toBe(200);
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [t.fx.users.doorbraaktafel])).rows[0].n).toBe(1);
  });

  it('cleans up expired sessions and forgotten throttle rows, and leaves live ones', async () => {
    const uid = t.fx.users['z-privacy'];
    const org = t.fx.orgs.zaanstad;
    await t.db.query(`INSERT INTO sessions (token_hash, user_id, organisation_id, expires_at) VALUES ('oud-1', $1, $2, now() - interval '1 minute'), ('oud-2', $1, $2, now() - interval '3 days'), ('levend', $1, $2, now() + interval '10 minutes')`, [uid, org]);
    await t.db.query(`INSERT INTO login_throttle (username, source, attempts, lockouts, blocked_until, updated_at) VALUES ('oud', '1.2.3.4', 3, 0, NULL, now() - interval '2 days'), ('vers', '1.2.3.4', 3, 0, NULL, now())`);
    const r = await cleanUpSessions(t.db, new Date());
    expect(r.sessions).toBeGreaterThanOrEqual(2);
    expect(r.throttle).toBe(1);
    const left = (await t.db.query<{ token_hash: string }>(`SELECT token_hash FROM sessions WHERE user_id = $1 ORDER BY token_hash`, [uid])).rows.map((x) => x.token_hash);
    expect(left).toEqual(['levend']);
    expect((await t.db.query(`SELECT username FROM login_throttle WHERE username IN ('oud', 'vers')`)).rows).toEqual([{ username: 'vers' }]);
  });

  it('runs the clean-up on a timer that does not keep the process alive', async () => {
    const uid = t.fx.users['z-beleid'];
    await t.db.query(`INSERT INTO sessions (token_hash, user_id, organisation_id, expires_at) VALUES ('verlopen-timer', $1, $2, now() - interval '1 minute')`, [uid, t.fx.orgs.zaanstad]);
    const stop = startSessionCleanup(t.db, { intervalMs: 20 });
    try {
      for (let i = 0; i < 100; i++) {
        if (!(await t.db.query(`SELECT 1 FROM sessions WHERE token_hash = 'verlopen-timer'`)).rows.length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await t.db.query(`SELECT 1 FROM sessions WHERE token_hash = 'verlopen-timer'`)).rows.length).toBe(0);
      expect(stop.timer.hasRef()).toBe(false);
    } finally {
      stop();
    }
  });
});
