// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type TestApp } from '../platform/testing';
import { passwordStrengthProblem } from './password';

describe('password strength', () => {
  it('refuses common and guessable passwords of twelve or more characters, explaining why in Dutch', () => {
    for (const pw of ['wachtwoord123', 'welkom01welkom01', 'qwertyuiop123', 'amsterdam2024!']) {
      expect(passwordStrengthProblem(pw, ['jdevries']), pw).toMatch(/^is te makkelijk te raden/);
    }
    expect(passwordStrengthProblem('welkom01welkom01')).toMatch(/Herhalende patronen/);
  });

  it('refuses a short one with the length rule', () => {
    expect(passwordStrengthProblem('welkom01')).toBe('moet minstens 12 tekens hebben');
  });

  it('refuses the username itself, or a password built on it', () => {
    expect(passwordStrengthProblem('tilburg-beheer', ['tilburg-beheer'])).toBe('mag de gebruikersnaam niet zijn of bevatten');
    expect(passwordStrengthProblem('Tilburg-Beheer-2024', ['tilburg-beheer'])).toBe('mag de gebruikersnaam niet zijn of bevatten');
  });

  it('refuses whitespace only', () => {
    expect(passwordStrengthProblem('            ')).toBe('mag niet alleen uit spaties of andere witruimte bestaan');
    expect(passwordStrengthProblem('\t \n')).toBe('mag niet alleen uit spaties of andere witruimte bestaan');
  });

  it('accepts a passphrase of uncommon words', () => {
    expect(passwordStrengthProblem('fiets-paraplu-koffie-lantaarn', ['jdevries', 'Jan de Vries'])).toBeNull();
    expect(passwordStrengthProblem('correct horse battery staple')).toBeNull();
  });
});

describe.each(DB_KINDS)('password strength wherever a password is set, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());

  const userCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`)).rows[0].n;

  it('POST /users refuses weak passwords, naming the field with a Dutch reason, and writes nothing', async () => {
    const admin = await t.as('admin');
    const before = await userCount();
    const cases: Array<[string, RegExp]> = [
      ['wachtwoord123', /te makkelijk te raden/],
      ['welkom01', /minstens 12 tekens/],
      ['jan.de.vries', /gebruikersnaam/],
      ['jan.de.vries2024', /gebruikersnaam/],
      ['            ', /witruimte/],
    ];
    for (const [pw, reason] of cases) {
      const r = await admin.post('/users', { username: 'jan.de.vries', displayName: 'Jan de Vries', roles: ['professional'], password: pw });
      expect(r.status, pw).toBe(400);
      expect(r.contentType).toContain('application/problem+json');
      expect(r.body.invalidParams[0].name).toBe('password');
      expect(r.body.invalidParams[0].reason).toMatch(reason);
    }
    expect(await userCount()).toBe(before);
    const ok = await admin.post('/users', { username: 'jan.de.vries', displayName: 'Jan de Vries', roles: ['professional'], password: 'fiets-paraplu-koffie-lantaarn' });
    expect(ok.status).toBe(201);
  });

  it('PATCH /users/{id} refuses a weak new password and the username, and keeps the old password', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/users', { username: 'pieter.bakker', displayName: 'Pieter Bakker', roles: ['professional'], password: 'rode-kool-met-appeltjes' });
    const etag = created.headers.get('etag')!;
    const weak = await admin.patch(`/users/${created.body.id}`, { password: 'wachtwoord123' }, { 'if-match': etag });
    expect(weak.status).toBe(400);
    expect(weak.body.invalidParams[0]).toMatchObject({ name: 'password' });
    const own = await admin.patch(`/users/${created.body.id}`, { password: 'Pieter.Bakker' }, { 'if-match': etag });
    expect(own.status).toBe(400);
    expect(own.body.invalidParams[0].reason).toBe('mag de gebruikersnaam niet zijn of bevatten');
    expect((await t.anonymous().post('/auth/login', { username: 'pieter.bakker', password: 'rode-kool-met-appeltjes' })).status).toBe(200);
    const good = await admin.patch(`/users/${created.body.id}`, { password: 'lantaarn-fiets-kool-paraplu' }, { 'if-match': etag });
    expect(good.status).toBe(200);
  });

  it('POST /organisations refuses a weak first admin password as firstAdmin.password and creates nothing', async () => {
    const admin = await t.as('admin');
    const r = await admin.post('/organisations', { name: 'Gemeente Zwolle', kind: 'gemeente', firstAdmin: { username: 'zwolle-beheer', displayName: 'Beheer Zwolle', password: 'zwolle-beheer' } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams[0]).toMatchObject({ name: 'firstAdmin.password', reason: 'mag de gebruikersnaam niet zijn of bevatten' });
    const common = await admin.post('/organisations', { name: 'Gemeente Zwolle', kind: 'gemeente', firstAdmin: { username: 'zwolle-beheer', displayName: 'Beheer Zwolle', password: 'welkom01welkom01' } });
    expect(common.status).toBe(400);
    expect(common.body.invalidParams[0].name).toBe('firstAdmin.password');
    expect((await t.db.query(`SELECT 1 FROM organisations WHERE name = 'Gemeente Zwolle'`)).rows.length).toBe(0);
  });
});

describe('password strength cost', () => {
  it('estimates only the first 40 characters, so a long crafted password cannot tie up the event loop', () => {
    passwordStrengthProblem('warm-up-wachtwoord');
    const crafted = ['abcd1234'.repeat(25), 'ab1!'.repeat(50), Array.from({ length: 200 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('')];
    for (const pw of crafted) {
      const t0 = performance.now();
      passwordStrengthProblem(pw, ['gebruiker.naam']);
      expect(performance.now() - t0, pw.slice(0, 8)).toBeLessThan(1000); // unbounded: 1.5-3.7 s on the reference machine
    }
    expect(passwordStrengthProblem('w4chtw00rd1234')).toMatch(/te makkelijk te raden/);
  });
});
