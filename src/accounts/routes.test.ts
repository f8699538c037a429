// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, TEST_PASSWORD, TEST_METRICS_TOKEN, countLog, type TestApp } from '../platform/testing';

describe.each(DB_KINDS)('accounts API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());

  describe('login', () => {
    it('refuses a wrong password with a Dutch problem and no cookie', async () => {
      const c = t.anonymous();
      const r = await c.post('/auth/login', { username: 'professional', password: 'fout-wachtwoord' });
      expect(r.status).toBe(401);
      expect(r.contentType).toContain('application/problem+json');
      expect(r.body.detail).toBe('De gebruikersnaam of het wachtwoord klopt niet.');
      expect(c.cookie).toBe('');
    });

    it('rejects unknown fields and names them', async () => {
      const r = await t.anonymous().post('/auth/login', { username: 'x', password: 'y', remember: true });
      expect(r.status).toBe(400);
      expect(r.body.invalidParams[0].name).toBe('remember');
      expect(r.body.invalidParams[0].reason).toMatch(/onbekend veld/);
    });

    it('answers malformed JSON with 400, not 500', async () => {
      const r = await t.anonymous().request('POST', '/auth/login', '{"username": ', { 'content-type': 'application/json' });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('ongeldige_json');
    });

    it('sets a secure httpOnly cookie, stores only the token hash, and shows who I am', async () => {
      const c = t.anonymous();
      const r = await c.post('/auth/login', { username: 'professional', password: TEST_PASSWORD });
      expect(r.status).toBe(200);
      const sc = r.headers.get('set-cookie')!;
      expect(sc).toMatch(/HttpOnly/i);
      expect(sc).toMatch(/Secure/i);
      expect(sc).toMatch(/SameSite=Lax/i);
      const token = c.cookie.split('=')[1];
      const stored = await t.db.query(`SELECT token_hash FROM sessions WHERE token_hash = $1`, [token]);
      expect(stored.rows.length).toBe(0); // the raw token is not in the database
      const me = await c.get('/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.user.username).toBe('professional');
      expect(me.body.user.roles).toEqual(['professional']);
      expect(me.body.organisation.name).toBe('Gemeente Utrecht');
      expect(me.body.user).not.toHaveProperty('passwordHash');
    });

    it('logs out: the session no longer works', async () => {
      const c = await t.as('teamleider');
      const saved = c.cookie;
      expect((await c.post('/auth/logout')).status).toBe(204);
      c.cookie = saved;
      expect((await c.get('/auth/me')).status).toBe(401);
    });

    it('expires an idle session with a clear message', async () => {
      const c = await t.as('beleid');
      t.clock.offsetMs = (t.config.sessionIdleMinutes + 1) * 60_000;
      try {
        const r = await c.get('/auth/me');
        expect(r.status).toBe(401);
        expect(r.body.code).toBe('sessie_verlopen');
        expect(r.body.detail).toMatch(/sessie is verlopen/);
      } finally {
        t.clock.offsetMs = 0;
      }
    });

    it('is rate-limited after five failures for a username, even with the right password', async () => {
      const c = t.anonymous();
      for (let i = 0; i < 5; i++) expect((await c.post('/auth/login', { username: 'handhaving2', password: 'nee-nee-nee-nee' })).status).toBe(401);
      const r = await c.post('/auth/login', { username: 'handhaving2', password: TEST_PASSWORD });
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('admin: organisations, teams and users', () => {
    it('needs a login (401), the admin role (403), valid input (400)', async () => {
      expect((await t.anonymous().get('/teams')).status).toBe(401);
      const prof = await t.as('professional');
      const forbidden = await prof.post('/teams', { name: 'Nieuw team' });
      expect(forbidden.status).toBe(403);
      const admin = await t.as('admin');
      const bad = await admin.post('/organisations', { name: 'X', kind: 'bank' });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p: any) => p.name).sort()).toEqual(['kind', 'name']);
    });

    it('creates an organisation with its first admin, who then manages it', async () => {
      const admin = await t.as('admin');
      const r = await admin.post('/organisations', { name: 'Gemeente Tilburg', kind: 'gemeente', municipalityCode: 'GM0855', firstAdmin: { username: 'tilburg-beheer', displayName: 'Beheer Tilburg', password: 'een-lang-wachtwoord' } });
      expect(r.status).toBe(201);
      expect(r.body.kind).toBe('gemeente');
      const dup = await admin.post('/organisations', { name: 'gemeente tilburg', kind: 'gemeente' });
      expect(dup.status).toBe(409);
      const tb = t.anonymous();
      expect((await tb.post('/auth/login', { username: 'tilburg-beheer', password: 'een-lang-wachtwoord' })).status).toBe(200);
      const team = await tb.post('/teams', { name: 'Wijkteam Noord' });
      expect(team.status).toBe(201);
      const u = await tb.post('/users', { username: 'tb-prof', displayName: 'Prof Tilburg', roles: ['professional'], teamId: team.body.id, password: 'nog-een-lang-wachtwoord' });
      expect(u.status).toBe(201);
      expect(u.body.teamName).toBe('Wijkteam Noord');
      // Utrecht's admin does not see Tilburg's users
      const list = await admin.get('/users');
      expect(list.body.items.some((x: any) => x.username === 'tb-prof')).toBe(false);
    });

    it('keeps the province of an organisation, one of the twelve, for the regional view', async () => {
      const admin = await t.as('admin');
      const created = await admin.post('/organisations', { name: 'Gemeente Zwolle', kind: 'gemeente', municipalityCode: 'GM0193', province: 'Overijssel' });
      expect(created.status).toBe(201);
      expect(created.body.province).toBe('Overijssel');
      const bad = await admin.patch(`/organisations/${created.body.id}`, { province: 'Twente' }, { 'if-match': `"${created.body.version}"` });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams).toEqual([expect.objectContaining({ name: 'province', reason: expect.stringContaining('moet een van deze waarden zijn: Groningen, Fryslân, Drenthe') })]);
      const cleared = await admin.patch(`/organisations/${created.body.id}`, { province: null }, { 'if-match': `"${created.body.version}"` });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ province: null, municipalityCode: 'GM0193', name: 'Gemeente Zwolle' });
      const withoutOne = await admin.post('/organisations', { name: 'Stichting Zonder Provincie', kind: 'other' });
      expect(withoutOne.body.province).toBeNull();
    });

    it('refuses a team of another organisation and a short password, and writes nothing', async () => {
      const admin = await t.as('admin');
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n;
      const r1 = await admin.post('/users', { username: 'nieuw1', displayName: 'N', roles: ['professional'], teamId: t.fx.teams.zaanstad, password: 'een-lang-wachtwoord' });
      expect(r1.status).toBe(404);
      const r2 = await admin.post('/users', { username: 'nieuw2', displayName: 'N', roles: ['professional'], password: 'kort' });
      expect(r2.status).toBe(400);
      expect(r2.body.invalidParams[0]).toMatchObject({ name: 'password' });
      const after = (await t.db.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n;
      expect(after).toBe(before);
    });

    it('changes roles with If-Match; a stale ETag gets 412, none gets 428; the change is logged', async () => {
      const admin = await t.as('admin');
      const created = await admin.post('/users', { username: 'wisselaar', displayName: 'Wissel', roles: ['professional'], password: 'een-lang-wachtwoord' });
      const etag = created.headers.get('etag')!;
      expect((await admin.patch(`/users/${created.body.id}`, { roles: ['teamleider'] })).status).toBe(428);
      const ok = await admin.patch(`/users/${created.body.id}`, { roles: ['teamleider', 'professional'] }, { 'if-match': etag });
      expect(ok.status).toBe(200);
      expect(ok.body.roles).toEqual(['teamleider', 'professional']);
      const stale = await admin.patch(`/users/${created.body.id}`, { active: false }, { 'if-match': etag });
      expect(stale.status).toBe(412);
      expect(await countLog(t.db, { resource: 'gebruiker', resource_id: created.body.id } as any)).toBe(2);
    });

    it('a deactivated user cannot log in and loses the session', async () => {
      const admin = await t.as('admin');
      const created = await admin.post('/users', { username: 'vertrekker', displayName: 'Weg', roles: ['professional'], password: 'een-lang-wachtwoord' });
      const u = t.anonymous();
      await u.post('/auth/login', { username: 'vertrekker', password: 'een-lang-wachtwoord' });
      expect((await u.get('/auth/me')).status).toBe(200);
      await admin.patch(`/users/${created.body.id}`, { active: false }, { 'if-match': created.headers.get('etag')! });
      expect((await u.get('/auth/me')).status).toBe(401);
      expect((await t.anonymous().post('/auth/login', { username: 'vertrekker', password: 'een-lang-wachtwoord' })).status).toBe(401);
    });
  });
});

describe('input errors in Dutch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp('pglite');
  });
  afterAll(async () => t?.close());

  it('says what type was expected, that a field is required, and refuses a body that is too large', async () => {
    const c = t.anonymous();
    const wrongType = await c.post('/auth/login', { username: 5 });
    expect(wrongType.status).toBe(400);
    const byName = Object.fromEntries(wrongType.body.invalidParams.map((p: any) => [p.name, p.reason]));
    expect(byName).toEqual({ username: 'moet tekst zijn', password: 'is verplicht' });
    const arr = await c.request('POST', '/auth/login', '[1,2]');
    expect(arr.status).toBe(400);
    expect(arr.body.invalidParams[0]).toMatchObject({ name: 'body', reason: 'moet een object zijn' });
    const big = await c.request('POST', '/auth/login', JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }));
    expect(big.status).toBe(413);
    expect(big.contentType).toContain('application/problem+json');
  });

  it('counts requests per route pattern for Prometheus', async () => {
    await t.anonymous().get('/auth/me');
    const res = await t.app.request('/metrics', { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
    const body = await res.text();
    expect(body).toMatch(/maatwerk_http_requests_total\{method="GET",route="\/api\/v1\/auth\/me",status="401"\} 1/);
    expect(body).toMatch(/maatwerk_http_requests_total\{method="POST",route="\/api\/v1\/auth\/login",status="400"\} 2/);
  });
});
