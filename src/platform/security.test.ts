// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser surface (ADR 0009): security headers on every answer, writes from another origin
 * refused, /metrics behind a token, and text that hides or reorders characters refused naming the
 * field. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, openTestDb, TEST_METRICS_TOKEN, type Client, type TestApp } from './testing';
import { createApp } from './app';
import { loadConfig } from './config';
import { todayIso } from '../cases/model';
import { ROOMS } from '../rooms';

const CROSS_SITE_FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://aanvaller.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' };

describe.each(DB_KINDS)('browser surface (%s)', (kind) => {
  let t: TestApp;
  let prof: Client;
  let tl: Client;
  let caseId: string;
  let potId: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
    tl = await t.as('teamleider');
    const bh = await t.as('budgethouder');
    const cs = await prof.post('/cases', { title: 'Oppervlak', household: { name: 'Huishouden Oppervlak', members: [{ name: 'Anna', birthDate: '1985-05-05', role: 'aanvrager' }] } });
    expect(cs.status).toBe(201);
    caseId = cs.body.id;
    const year = todayIso().slice(0, 4);
    const pot = await bh.post('/budget-pots', { name: 'Pot oppervlak', goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000, categories: ['vervoer', 'overig'] });
    expect(pot.status).toBe(201);
    potId = pot.body.id;
    expect((await bh.post(`/budget-pots/${potId}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 500_000 })).status).toBe(201);
    // An escalation gives the teamleider a notification to mark as read.
    const admin = await t.as('admin');
    expect((await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }, { name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' }] })).status).toBe(200);
    const k = await prof.post(`/cases/${caseId}/knelpunten`, { solutionNeeded: 'Een woning', blockingLaw: 'Huisvestingsverordening', blockingOrganisation: 'Urgentiecommissie', type: 'regel_botst', toetsRuleGoal: 'Doel', toetsCounterproductive: 'Werkt tegen', toetsProportionate: 'Proportioneel' });
    expect(k.status, JSON.stringify(k.body)).toBe(201);
    expect((await prof.post(`/knelpunten/${k.body.id}/escalations`, {})).status).toBe(201);
  });
  afterAll(() => t.close());

  const spend = (description: string) => ({ potId, amountCents: 1_250, category: 'vervoer', payee: 'NS Reizigers', spentOn: todayIso(), description, justification: 'Zonder kaartje gaat het gesprek niet door' });

  describe('security headers', () => {
    it('sends CSP, COOP, CORP, Permissions-Policy and HSTS (Secure cookie) on API answers, errors included', async () => {
      for (const r of [await prof.get('/auth/me'), await t.anonymous().get('/auth/me'), await t.anonymous().get('/bestaat-niet')]) {
        const csp = r.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(r.headers.get('cross-origin-resource-policy')).toBe('same-origin');
        for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(r.headers.get('permissions-policy')).toContain(`${f}=()`);
        expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
        expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      }
    });

    it('sends no HSTS when the cookie is not Secure (plain http)', async () => {
      const app = createApp({ rooms: ROOMS, db: t.db, config: { ...t.config, cookieSecure: false } });
      const r = await app.request('/health');
      expect(r.status).toBe(200);
      expect(r.headers.get('strict-transport-security')).toBeNull();
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    });
  });

  describe('writes from another origin', () => {
    it('refuses a cross-site empty form POST to logout: 403, and the session lives on', async () => {
      const c = await t.as('professional');
      const r = await c.post('/auth/logout', undefined, CROSS_SITE_FORM);
      expect(r.status).toBe(403);
      expect(r.contentType).toContain('application/problem+json');
      expect(r.body.code).toBe('andere_herkomst');
      expect(r.body.detail).toMatch(/andere website/);
      expect((await c.get('/auth/me')).status).toBe(200);
    });

    it('refuses a cross-site empty form POST to mark a notification as read: 403, still unread', async () => {
      const before = await tl.get('/notifications');
      const n = before.body.items.find((x: any) => !x.readAt);
      expect(n).toBeDefined();
      const r = await tl.post(`/notifications/${n.id}/read`, undefined, CROSS_SITE_FORM);
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('andere_herkomst');
      const after = await tl.get('/notifications');
      expect(after.body.unread).toBe(before.body.unread);
      expect(after.body.items.find((x: any) => x.id === n.id).readAt).toBeNull();
    });

    it('refuses an Origin that is not the app\'s own, with or without Sec-Fetch-Site; also same-site and DELETE/PATCH', async () => {
      const own = 'http://localhost';
      const cases: Array<[string, string, Record<string, string>]> = [
        ['POST', `/cases/${caseId}/notes`, { origin: 'https://aanvaller.example' }],
        ['POST', `/cases/${caseId}/notes`, { origin: 'null' }],
        ['POST', `/cases/${caseId}/notes`, { 'sec-fetch-site': 'cross-site' }],
        ['POST', `/cases/${caseId}/notes`, { origin: 'https://andere.gemeente.example', 'sec-fetch-site': 'same-site' }],
        ['PATCH', `/cases/${caseId}`, { origin: 'http://localhost:8080', 'if-match': '"1"' }],
        ['DELETE', `/cases/${caseId}/notes/00000000-0000-4000-8000-000000000000`, { origin: `${own}.aanvaller.example` }],
      ];
      for (const [method, path, headers] of cases) {
        const r = await prof.request(method, path, method === 'DELETE' ? undefined : { purpose: 'hulpverlening', body: 'Via een andere site' }, headers);
        expect(r.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(r.body.code).toBe('andere_herkomst');
      }
      const notes = await prof.get(`/cases/${caseId}`);
      expect(JSON.stringify(notes.body)).not.toContain('Via een andere site');
    });

    it('accepts writes from its own origin (by Host, or PUBLIC_URL behind a proxy), same-origin fetches, and clients that send neither header', async () => {
      const note = { purpose: 'hulpverlening', body: 'Eigen herkomst' };
      expect((await prof.post(`/cases/${caseId}/notes`, note, { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
      expect((await prof.post(`/cases/${caseId}/notes`, note, { origin: 'https://maatwerk.gemeente.example', host: 'maatwerk.gemeente.example' })).status).toBe(201);
      expect((await prof.post(`/cases/${caseId}/notes`, note, { origin: 'https://maatwerk.gemeente.example:443', host: 'maatwerk.gemeente.example' })).status).toBe(201);
      expect((await prof.post(`/cases/${caseId}/notes`, note)).status).toBe(201);
      // A proxy that rewrites Host: the public address is configured.
      const app = createApp({ rooms: ROOMS, db: t.db, config: { ...t.config, publicUrl: 'https://maatwerk.gemeente.example' } });
      const login = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://maatwerk.gemeente.example', host: '10.0.0.5:3000' }, body: JSON.stringify({ username: 'professional', password: 'test-wachtwoord-123' }) });
      expect(login.status).toBe(200);
      const evil = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://aanvaller.example', host: '10.0.0.5:3000' }, body: JSON.stringify({ username: 'professional', password: 'test-wachtwoord-123' }) });
      expect(evil.status).toBe(403);
    });
  });

  describe('metrics', () => {
    it('needs the bearer token of METRICS_TOKEN', async () => {
      await t.anonymous().get('/auth/me');
      expect((await t.app.request('/metrics')).status).toBe(401);
      expect((await t.app.request('/metrics', { headers: { authorization: 'Bearer fout-token-van-voldoende-lengte' } })).status).toBe(401);
      const ok = await t.app.request('/metrics', { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/maatwerk_http_requests_total\{method="GET",route="\/api\/v1\/auth\/me",status="401"\}/);
    });

    it('answers 404 when no token is configured', async () => {
      const app = createApp({ rooms: ROOMS, db: t.db, config: { ...t.config, metricsToken: undefined } });
      const r = await app.request('/metrics');
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain('maatwerk_http_requests_total');
    });
  });

  describe('hidden and reordering characters', () => {
    it('refuses a right-to-left override in a spend description and a household name, naming the field', async () => {
      const s = await prof.post(`/cases/${caseId}/spends`, spend('factuur abc\u202Egnp.exe'));
      expect(s.status).toBe(400);
      expect(s.body.invalidParams[0].name).toBe('description');
      expect(s.body.invalidParams[0].reason).toMatch(/U\+202E/);
      const h = await prof.post('/cases', { title: 'Test', household: { name: 'Huishouden \u202Eneddiv', members: [{ name: 'Anna', birthDate: '1985-05-05', role: 'aanvrager' }] } });
      expect(h.status).toBe(400);
      expect(h.body.invalidParams[0].name).toBe('household.name');
      // Escaped in the JSON text, the same.
      const esc = await prof.request('POST', `/cases/${caseId}/spends`, JSON.stringify(spend('abc')).replace('"abc"', '"abc\\u2066gnp.exe"'));
      expect(esc.status).toBe(400);
      expect(esc.body.invalidParams[0].name).toBe('description');
    });

    it('refuses other invisible and control characters, in bodies and query values', async () => {
      for (const [ch, cp] of [['\u200B', 'U+200B'], ['\u2060', 'U+2060'], ['\uFEFF', 'U+FEFF'], ['\u0007', 'U+0007'], ['\u009B', 'U+009B'], ['\u2069', 'U+2069'], ['sa\u200Dnne', 'U+200D'], ['\u{E0041}\u{E0042}', 'U+E0041']] as const) {
        const r = await prof.post(`/cases/${caseId}/notes`, { purpose: 'hulpverlening', body: `Gesprek ${ch}gehad` });
        expect(r.status, cp).toBe(400);
        expect(r.body.invalidParams[0].name).toBe('body');
        expect(r.body.invalidParams[0].reason).toContain(cp);
      }
      const q = await prof.get(`/cases?q=${encodeURIComponent('abc\u202Edef')}`);
      expect(q.status).toBe(400);
      expect(q.body.invalidParams[0].name).toBe('q');
    });

    it('accepts ordinary Dutch text with accents, emoji (also joined), newlines and tabs, and right-to-left script', async () => {
      const text = 'Café in Zoë\'s wijk: één kaartje 🚆 voor het gezin 👨‍👩‍👧\nTweede regel\tmet tab\r\nاسم: مريم';
      const s = await prof.post(`/cases/${caseId}/spends`, spend(text));
      expect(s.status, JSON.stringify(s.body)).toBe(201);
      expect(s.body.description).toBe(text);
      const h = await prof.post('/cases', { title: 'Gezin Ünal-Çelik', household: { name: 'Huishouden Ünal-Çelik 🏠', members: [{ name: 'Zoë', birthDate: '1985-05-05', role: 'aanvrager' }] } });
      expect(h.status).toBe(201);
    });
  });
});

describe('static web files', () => {
  let app: ReturnType<typeof createApp>;
  let close: () => Promise<void>;
  let dir: string;
  const js = `export const x = ${JSON.stringify('Maatwerk '.repeat(400))};\n`;
  beforeAll(async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { brotliCompressSync, gzipSync } = await import('node:zlib');
    dir = mkdtempSync(join(tmpdir(), 'maatwerk-web-'));
    mkdirSync(join(dir, 'assets'));
    const html = `<!doctype html><html lang="nl"><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div>${'<!-- opvulling -->'.repeat(40)}</body></html>`;
    for (const [name, body] of [['index.html', html], ['assets/app-abc123.js', js]] as const) {
      writeFileSync(join(dir, name), body);
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
    }
    writeFileSync(join(dir, 'assets/app-abc123.js.map'), '{"version":3,"sources":["../src/geheim.ts"]}');
    const db = await openTestDb('pglite');
    close = db.close;
    app = createApp({ rooms: ROOMS, db: db.db, config: { ...loadConfig({}), cookieSecure: true }, webDir: dir });
  });
  afterAll(async () => {
    await close();
    (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
  });

  it('serves brotli and gzip twins with Content-Encoding and Vary, decompressing to the same bytes; hashed files cached a year', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const br = await app.request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
    expect(brBytes.length).toBeLessThan(js.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(js);

    const gz = await app.request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toBe('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(js);

    const plain = await app.request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(js);
    expect((await app.request('/assets/app-abc123.js')).headers.get('content-encoding')).toBeNull();
  });

  it('serves the app page compressed for every page address, with the page CSP and no-cache', async () => {
    const { brotliDecompressSync } = await import('node:zlib');
    const r = await app.request('/casussen/iets', { headers: { 'accept-encoding': 'br' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('br');
    expect(r.headers.get('cache-control')).toBe('no-cache');
    expect(brotliDecompressSync(Buffer.from(await r.arrayBuffer())).toString()).toContain('id="root"');
    const csp = r.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('never serves source maps, nor the compressed twins by their own name', async () => {
    expect((await app.request('/assets/app-abc123.js.map')).status).toBe(404);
    expect((await app.request('/assets/app-abc123.js.br')).status).toBe(404);
    expect((await app.request('/index.html.gz')).status).toBe(404);
  });
});

describe('the printable minima report under the page policy', () => {
  it('allows exactly the report\'s own style block by its hash, and no other inline style', async () => {
    const { createHash } = await import('node:crypto');
    const { MINIMA_REPORT_CSS } = await import('../income/report/minima-report');
    await import('../income/routes');
    const { pagePolicy } = await import('./security');
    const hash = `'sha256-${createHash('sha256').update(MINIMA_REPORT_CSS).digest('base64')}'`;
    const styleSrc = pagePolicy().split('; ').find((d) => d.startsWith('style-src '));
    expect(styleSrc).toBe(`style-src 'self' ${hash}`);
  });
});

describe('the character rule and the settings, without a database', () => {
  it('knows which characters hide text', async () => {
    const { hiddenChar } = await import('./security');
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    for (const ok of ['Zoë en Inés', `Schotland ${scotland}`, '👩🏽‍💻 werkt', 'می‌خواهم', 'שלום\u200F!', 'regel 1\nregel 2\tmet tab\r\n']) expect(hiddenChar(ok), JSON.stringify(ok)).toBeNull();
    expect(hiddenChar('abc\u202Egnp.exe')).toBe('U+202E');
    expect(hiddenChar('\u200Dsanne')).toBe('U+200D');
    expect(hiddenChar('sanne\u200C')).toBe('U+200C');
    // Tag characters outside a complete flag, also right after a flag: hidden text.
    expect(hiddenChar('\u{1F3F4}\u{E0069}\u{E0067}\u{E006E}')).toBe('U+E0069');
    expect(hiddenChar(`${scotland}\u{E0068}\u{E0069}`)).toBe('U+E0068');
    expect(hiddenChar('a\ud800b')).toBe('U+D800');
    expect(hiddenChar('😀')).toBeNull();
  });

  it('honours q-values in Accept-Encoding', async () => {
    const { acceptedEncodings } = await import('./static');
    const names = (h?: string) => acceptedEncodings(h).map((e) => e.name);
    expect(names('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(names('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(names('*')).toEqual(['br', 'gzip']);
    expect(names('*;q=0, gzip')).toEqual(['gzip']);
    expect(names('identity')).toEqual([]);
    expect(names(undefined)).toEqual([]);
  });

  it('refuses a short METRICS_TOKEN and a PUBLIC_URL that is no address, in Dutch', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'kort' })).toThrow(/METRICS_TOKEN moet minstens 16 tekens/);
    expect(() => loadConfig({ PUBLIC_URL: 'maatwerk.gemeente.nl' })).toThrow(/PUBLIC_URL moet een adres zijn/);
    expect(loadConfig({ PUBLIC_URL: 'https://maatwerk.gemeente.nl/', METRICS_TOKEN: 'a'.repeat(24) })).toMatchObject({ publicUrl: 'https://maatwerk.gemeente.nl', metricsToken: 'a'.repeat(24) });
  });
});
