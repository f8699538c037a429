// SPDX-License-Identifier: EUPL-1.2
/**
 * Login throttling under load and across app instances: the attempt is reserved in the database
 * before the password hash is verified, and counted per account AND source address together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../platform/app';
import { DB_KINDS, makeTestApp, TEST_PASSWORD, type TestApp } from '../platform/testing';
import * as store from './store';
import { ROOMS } from '../rooms';

/** A login from a given socket address, the way @hono/node-server hands it to the app. */
async function loginFrom(app: { request: TestApp['app']['request'] }, address: string, username: string, password: string, headers: Record<string, string> = {}) {
  const res = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) }, { incoming: { socket: { remoteAddress: address } } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

describe.each(DB_KINDS)('login throttling on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('evaluates at most five of 40 parallel wrong passwords for one account and address; the rest get 429 with Retry-After', async () => {
    const before = store.passwordVerifications();
    const results = await Promise.all(Array.from({ length: 40 }, () => loginFrom(t.app, '203.0.113.7', 'professional', 'fout-wachtwoord-123')));
    const verified = store.passwordVerifications() - before;
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(verified).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBe(40 - statuses.filter((s) => s === 401).length);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.code).toBe('te_veel_inlogpogingen');
    expect(refused.body.detail).toMatch(/Te veel mislukte inlogpogingen/);
    // the right password from the same address is refused too while the block lasts
    expect((await loginFrom(t.app, '203.0.113.7', 'professional', TEST_PASSWORD)).status).toBe(429);
  });

  it('lets the right password in from another address while the attacker is blocked', async () => {
    for (let i = 0; i < 6; i++) await loginFrom(t.app, '198.51.100.66', 'teamleider', 'fout-wachtwoord-123');
    expect((await loginFrom(t.app, '198.51.100.66', 'teamleider', TEST_PASSWORD)).status).toBe(429);
    const own = await loginFrom(t.app, '192.0.2.10', 'teamleider', TEST_PASSWORD);
    expect(own.status).toBe(200);
  });

  it('does not lock out an office: colleagues mistyping their own passwords from the same address do not block another account', async () => {
    const colleagues = ['budgethouder', 'doorbraaktafel', 'beleid', 'handhaving', 'privacy', 'budgethouder2', 'beleid2'];
    for (const u of colleagues) for (let i = 0; i < 5; i++) expect((await loginFrom(t.app, '192.0.2.200', u, 'typefout-in-wachtwoord')).status).toBe(401);
    expect((await loginFrom(t.app, '192.0.2.200', 'professional2', TEST_PASSWORD)).status).toBe(200);
  });

  it('doubles the delay for each failure after a block ends, and a success clears the counter', async () => {
    for (let i = 0; i < 5; i++) expect((await loginFrom(t.app, '203.0.113.20', 'teamleider2', 'fout-wachtwoord-123')).status).toBe(401);
    const first = await loginFrom(t.app, '203.0.113.20', 'teamleider2', 'fout-wachtwoord-123');
    expect(first.status).toBe(429);
    expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(Number(first.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // the block has passed: one more attempt, which fails and blocks for twice as long
    await t.db.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE username = 'teamleider2'`);
    expect((await loginFrom(t.app, '203.0.113.20', 'teamleider2', 'fout-wachtwoord-123')).status).toBe(401);
    const second = await loginFrom(t.app, '203.0.113.20', 'teamleider2', TEST_PASSWORD);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(110);
    expect(Number(second.headers.get('retry-after'))).toBeLessThanOrEqual(120);
    await t.db.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE username = 'teamleider2'`);
    expect((await loginFrom(t.app, '203.0.113.20', 'teamleider2', TEST_PASSWORD)).status).toBe(200);
    const left = await t.db.query(`SELECT 1 FROM login_throttle WHERE username = 'teamleider2'`);
    expect(left.rows.length).toBe(0);
  });

  it('keeps the counters in the database: a new app instance on the same database still refuses', async () => {
    for (let i = 0; i < 5; i++) await loginFrom(t.app, '203.0.113.30', 'z-professional', 'fout-wachtwoord-123');
    const fresh = createApp({ rooms: ROOMS, db: t.db, config: t.config });
    const r = await loginFrom(fresh, '203.0.113.30', 'z-professional', TEST_PASSWORD);
    expect(r.status).toBe(429);
  });

  it('throttles unknown usernames the same way, so the answer does not reveal which accounts exist', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await loginFrom(t.app, '203.0.113.40', 'bestaat-niet', 'fout-wachtwoord-123')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    for (let i = 0; i < 5; i++) await loginFrom(t.app, '203.0.113.50', 'z-teamleider', 'fout-wachtwoord-123', { 'x-forwarded-for': `10.0.0.${i}` });
    // without TRUST_PROXY a made-up header does not escape the block of the socket address
    expect((await loginFrom(t.app, '203.0.113.50', 'z-teamleider', TEST_PASSWORD, { 'x-forwarded-for': '10.9.9.9' })).status).toBe(429);
    // behind one trusted proxy the client is the address the proxy appended (the last entry)
    const behindProxy = createApp({ rooms: ROOMS, db: t.db, config: { ...t.config, trustProxy: 1 } });
    for (let i = 0; i < 5; i++) await loginFrom(behindProxy, '10.0.0.1', 'z-budgethouder', 'fout-wachtwoord-123', { 'x-forwarded-for': '6.6.6.6, 198.51.100.9' });
    expect((await loginFrom(behindProxy, '10.0.0.1', 'z-budgethouder', TEST_PASSWORD, { 'x-forwarded-for': '1.1.1.1, 198.51.100.9' })).status).toBe(429);
    expect((await loginFrom(behindProxy, '10.0.0.1', 'z-budgethouder', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.10' })).status).toBe(200);
  });
});
