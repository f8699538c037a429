// SPDX-License-Identifier: EUPL-1.2
/**
 * Signing in through an organisation's OpenID provider (ADR 0021), against a real provider on
 * localhost (oidc-provider): the admin sets it up (validated, the secret never returned), a
 * professional signs in and gets the normal session with the right roles, and every way a sign-in
 * can go wrong ends on the login page with its reason, without a session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../platform/testing';
import { signInWithoutBrowser, startTestProvider, type TestProvider } from '../../test/e2e/oidc-provider';
import { OIDC_CALLBACK_PATH, OIDC_SIGN_IN_ERRORS } from './oidc-model';

const REDIRECT = `http://localhost:3999${OIDC_CALLBACK_PATH}`;
const POST_LOGOUT = 'http://localhost:3999/inloggen?uitgelogd=1';
const SECRET = 'zaanstad-geheim-dat-nooit-terugkomt-0123456789';
const HS_SECRET = 'utrecht-geheim-voor-een-verkeerd-ondertekend-token-0123456789';

describe.each(DB_KINDS)('OpenID Connect sign-in on %s', (kind) => {
  let t: TestApp;
  let op: TestProvider;
  let zAdmin: Client;
  let uAdmin: Client;
  let settings: Record<string, unknown>;

  beforeAll(async () => {
    op = await startTestProvider([
      { clientId: 'maatwerk-zaanstad', clientSecret: SECRET, redirectUri: REDIRECT, postLogoutRedirectUri: POST_LOGOUT },
      { clientId: 'maatwerk-utrecht-hs', clientSecret: HS_SECRET, redirectUri: REDIRECT, postLogoutRedirectUri: POST_LOGOUT, wrongIdTokenAlg: true },
    ]);
    t = await makeTestApp(kind);
    zAdmin = await t.as('z-admin');
    uAdmin = await t.as('admin');
    settings = { displayName: 'Zaanse inlogdienst', issuer: op.issuer, clientId: 'maatwerk-zaanstad', clientSecret: SECRET, redirectUri: REDIRECT, scopes: 'openid profile email groups', matchClaim: 'preferred_username', roles: { mode: 'platform' }, singleLogout: true, enabled: true };
    // Bram is a professional of Zaanstad in Maatwerk; the provider knows him as bram.mulder.
    const bram = await zAdmin.post('/users', { username: 'bram', displayName: 'Bram Mulder', roles: ['professional'], password: 'Zonnebloem-Kanaal-Fiets-81' });
    expect(bram.status).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await op?.stop();
  });

  const cookieOf = (res: Response, name: string) => new RegExp(`${name}=([^;]*)`).exec(res.headers.get('set-cookie') ?? '')?.[1] ?? null;

  /** The browser's first step: the login page's button. */
  async function start(organisationId: string) {
    const res = await t.app.request(`/api/v1/auth/oidc/organisations/${organisationId}/start`);
    expect(res.status).toBe(302);
    return { location: res.headers.get('location')!, attempt: cookieOf(res, 'maatwerk_oidc') };
  }
  /** The provider's answer arriving at Maatwerk. */
  async function callback(answer: URL | string, attempt: string | null) {
    const search = typeof answer === 'string' ? answer : answer.search;
    const res = await t.app.request(`/api/v1/auth/oidc/callback${search}`, { headers: attempt ? { cookie: `maatwerk_oidc=${attempt}` } : {} });
    expect(res.status).toBe(302);
    return { location: res.headers.get('location')!, session: cookieOf(res, 'maatwerk_sessie') || null };
  }
  async function signIn(organisationId: string, login: string) {
    const s = await start(organisationId);
    expect(s.location.startsWith(`${op.issuer}/`)).toBe(true);
    return callback(await signInWithoutBrowser(s.location, login, REDIRECT), s.attempt);
  }
  const me = async (session: string) => {
    const r = await t.app.request('/api/v1/auth/me', { headers: { cookie: `maatwerk_sessie=${session}` } });
    return { status: r.status, body: (await r.json()) as { user: { username: string; roles: string[]; organisationId: string } } };
  };

  it('refuses settings that do not hold, naming the field in Dutch; only an admin sets them', async () => {
    const bad = async (patch: Record<string, unknown>) => zAdmin.request('PUT', '/openid-connect', { ...settings, ...patch });
    let r = await bad({ issuer: 'ftp://login.zaanstad.nl' });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'issuer', reason: 'moet met https:// beginnen (http:// alleen voor localhost)' })]);
    r = await bad({ redirectUri: 'https://maatwerk.zaanstad.nl/elders' });
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'redirectUri', reason: `moet eindigen op ${OIDC_CALLBACK_PATH} (het adres van Maatwerk zelf)` })]);
    r = await bad({ roles: { mode: 'claims', claim: 'groups', map: { beheerders: ['inwoner'] } } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams[0].name).toBe('roles.map.beheerders.0');
    r = await bad({ roles: { mode: 'claims', claim: 'groups', map: {} } });
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'roles.map', reason: 'noem minstens één waarde van de claim met de rollen die zij geeft' })]);
    r = await bad({ clientSecret: undefined });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'clientSecret' })]);
    expect((await zAdmin.get('/openid-connect')).body).toEqual({});
    const prof = await t.as('z-professional');
    expect((await prof.request('PUT', '/openid-connect', settings)).status).toBe(403);
    expect((await prof.get('/openid-connect')).status).toBe(403);
  });

  it('stores the settings and never returns the client secret; the login page lists the provider', async () => {
    const put = await zAdmin.request('PUT', '/openid-connect', settings);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ displayName: 'Zaanse inlogdienst', clientSecretSet: true, postLogoutRedirectUri: POST_LOGOUT, roles: { mode: 'platform' }, version: 1 });
    const got = await zAdmin.get('/openid-connect');
    const providers = await t.anonymous().get('/auth/oidc/providers');
    for (const body of [put.body, got.body, providers.body]) expect(JSON.stringify(body)).not.toContain(SECRET);
    expect(got.body.settings).not.toHaveProperty('clientSecret');
    expect(providers.body.items).toEqual([{ organisationId: t.fx.orgs.zaanstad, organisationName: 'Gemeente Zaanstad', displayName: 'Zaanse inlogdienst' }]);
    // Without a new secret the stored one stays (and sign-in keeps working, below).
    const again = await zAdmin.request('PUT', '/openid-connect', { ...settings, clientSecret: undefined });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(2);
    const stored = await t.db.query<{ s: string }>(`SELECT client_secret AS s FROM oidc_providers WHERE organisation_id = $1`, [t.fx.orgs.zaanstad]);
    expect(stored.rows[0].s).toBe(SECRET);
  });

  it('signs a professional in through the provider: the normal session with the roles kept in the platform', async () => {
    const done = await signIn(t.fx.orgs.zaanstad, 'bram.mulder');
    expect(done.location).toBe('/');
    expect(done.session).toBeTruthy();
    const m = await me(done.session!);
    expect(m.status).toBe(200);
    expect(m.body.user).toMatchObject({ username: 'bram', roles: ['professional'], organisationId: t.fx.orgs.zaanstad });
    const link = await t.db.query<{ subject: string; last: string | null }>(`SELECT subject, last_sign_in_at AS last FROM oidc_identities WHERE issuer = $1`, [op.issuer]);
    expect(link.rows).toEqual([{ subject: 'bram.mulder', last: expect.anything() }]);
  });

  it('refuses an answer whose state does not belong to this attempt, and an answer without the attempt of this browser', async () => {
    const s = await start(t.fx.orgs.zaanstad);
    const answer = await signInWithoutBrowser(s.location, 'bram.mulder', REDIRECT);
    const forged = new URL(answer);
    forged.searchParams.set('state', 'door-een-ander-gemaakt');
    expect(await callback(forged, s.attempt)).toEqual({ location: '/inloggen?fout=status_onjuist', session: null });
    // The attempt is used once: the real answer afterwards is refused too.
    expect(await callback(answer, s.attempt)).toEqual({ location: '/inloggen?fout=poging_onbekend', session: null });
    const s2 = await start(t.fx.orgs.zaanstad);
    const answer2 = await signInWithoutBrowser(s2.location, 'bram.mulder', REDIRECT);
    expect(await callback(answer2, null)).toEqual({ location: '/inloggen?fout=poging_onbekend', session: null });
  });

  it('refuses an ID token with another nonce', async () => {
    const s = await start(t.fx.orgs.zaanstad);
    const answer = await signInWithoutBrowser(s.location, 'bram.mulder', REDIRECT);
    await t.db.query(`UPDATE oidc_sign_in_attempts SET nonce = 'een-andere-nonce'`);
    expect(await callback(answer, s.attempt)).toEqual({ location: '/inloggen?fout=token_ongeldig', session: null });
  });

  it('refuses an ID token signed otherwise than agreed (HS256 instead of RS256)', async () => {
    expect((await uAdmin.request('PUT', '/openid-connect', { ...settings, displayName: 'Utrechtse dienst', clientId: 'maatwerk-utrecht-hs', clientSecret: HS_SECRET })).status).toBe(200);
    expect(await signIn(t.fx.orgs.utrecht, 'bram.mulder')).toEqual({ location: '/inloggen?fout=token_ongeldig', session: null });
  });

  it('refuses someone the provider knows but Maatwerk does not, with a Dutch reason, and creates no account', async () => {
    const before = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
    expect(await signIn(t.fx.orgs.zaanstad, 'onbekende.collega')).toEqual({ location: '/inloggen?fout=gebruiker_onbekend', session: null });
    expect(OIDC_SIGN_IN_ERRORS.gebruiker_onbekend).toBe('U bent bij de inlogdienst ingelogd, maar Maatwerk kent geen account dat daarbij hoort. Vraag uw beheerder om een account.');
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(before.rows[0].n);
  });

  it('with roles from claims: a new colleague gets an account with the mapped role; unmapped values give none', async () => {
    const claims = { ...settings, clientSecret: undefined, roles: { mode: 'claims', claim: 'groups', map: { 'maatwerk-teamleider': ['teamleider'], 'maatwerk-professional': ['professional'] } } };
    expect((await zAdmin.request('PUT', '/openid-connect', claims)).status).toBe(200);
    const done = await signIn(t.fx.orgs.zaanstad, 'nieuwe.collega');
    expect(done.location).toBe('/');
    expect((await me(done.session!)).body.user).toMatchObject({ username: 'nieuwe.collega', roles: ['teamleider'] });
    // The provider no longer gives Bram's group a role: he is refused, and his roles follow the claim no more.
    const none = { ...claims, roles: { mode: 'claims', claim: 'groups', map: { 'maatwerk-teamleider': ['teamleider'] } } };
    expect((await zAdmin.request('PUT', '/openid-connect', none)).status).toBe(200);
    expect(await signIn(t.fx.orgs.zaanstad, 'bram.mulder')).toEqual({ location: '/inloggen?fout=geen_rol', session: null });
    expect((await zAdmin.request('PUT', '/openid-connect', { ...settings, clientSecret: undefined })).status).toBe(200);
  });

  it('logs out with single logout: the platform session ends and the browser is sent to the provider', async () => {
    const done = await signIn(t.fx.orgs.zaanstad, 'bram.mulder');
    const res = await t.app.request('/api/v1/auth/logout', { method: 'POST', headers: { cookie: `maatwerk_sessie=${done.session}` } });
    expect(res.status).toBe(200);
    const { endSessionUrl } = (await res.json()) as { endSessionUrl: string };
    const u = new URL(endSessionUrl);
    expect(u.origin).toBe(op.issuer);
    expect(u.searchParams.get('post_logout_redirect_uri')).toBe(POST_LOGOUT);
    expect(u.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await me(done.session!)).status).toBe(401);
    // Without single logout the answer is the plain 204.
    expect((await zAdmin.request('PUT', '/openid-connect', { ...settings, clientSecret: undefined, singleLogout: false })).status).toBe(200);
    const plain = await signIn(t.fx.orgs.zaanstad, 'bram.mulder');
    expect((await t.app.request('/api/v1/auth/logout', { method: 'POST', headers: { cookie: `maatwerk_sessie=${plain.session}` } })).status).toBe(204);
  });

  it('ends on the login page when the provider is down or not set up, never with an error page', async () => {
    expect((await start(t.fx.orgs.utrecht.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).location).toBe('/inloggen?fout=niet_ingesteld');
    expect((await uAdmin.request('PUT', '/openid-connect', { ...settings, issuer: 'http://localhost:9' })).status).toBe(200);
    expect((await start(t.fx.orgs.utrecht)).location).toBe('/inloggen?fout=provider_onbereikbaar');
    expect((await uAdmin.request('DELETE', '/openid-connect')).status).toBe(204);
    expect((await start(t.fx.orgs.utrecht)).location).toBe('/inloggen?fout=niet_ingesteld');
  });
});
