// SPDX-License-Identifier: EUPL-1.2
/** Renaming a team is guarded by If-Match (issue 16); deactivating and reactivating a user decides whether they can log in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, TEST_PASSWORD, type TestApp } from '../platform/testing';

describe.each(DB_KINDS)('team rename and user (de)activation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('renames a team only with the current version, refuses others with Dutch problems', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/teams', { name: 'Team Hernoemen' });
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);
    const id = created.body.id;
    const prof = await t.as('professional');
    const refused = await prof.patch(`/teams/${id}`, { name: 'Niet van mij' });
    expect(refused.status).toBe(403); // 403 before 428: the refusal is not hidden behind a missing header
    const missing = await admin.patch(`/teams/${id}`, { name: 'Team Zonder Versie' });
    expect(missing.status).toBe(428);
    expect(missing.body.detail).toMatch(/If-Match/);
    const short = await admin.patch(`/teams/${id}`, { name: 'X' }, { 'If-Match': '"1"' });
    expect(short.status).toBe(400);
    expect(short.body.invalidParams[0].name).toBe('name');
    const ok = await admin.patch(`/teams/${id}`, { name: 'Team Hernoemd' }, { 'If-Match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Team Hernoemd', version: 2 });
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await admin.patch(`/teams/${id}`, { name: 'Team Te Laat' }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);
    const taken = await admin.patch(`/teams/${id}`, { name: 'buurtteam west' }, { 'If-Match': '"2"' });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe('Er bestaat al een team met de naam "buurtteam west".');
    const list = (await admin.get('/teams')).body.items;
    expect(list.find((x: { id: string }) => x.id === id)).toMatchObject({ name: 'Team Hernoemd', version: 2 });
  });

  it('a deactivated user cannot log in; reactivated, they can again', async () => {
    const admin = await t.as('admin');
    const u = await admin.post('/users', { username: 'tijdelijk.weg', displayName: 'Tijdelijk Weg', roles: ['professional'], password: TEST_PASSWORD });
    expect(u.status).toBe(201);
    const off = await admin.patch(`/users/${u.body.id}`, { active: false }, { 'If-Match': u.headers.get('etag')! });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const login = await t.anonymous().post('/auth/login', { username: 'tijdelijk.weg', password: TEST_PASSWORD });
    expect(login.status).toBe(401);
    expect(login.body.detail).toBe('De gebruikersnaam of het wachtwoord klopt niet.');
    const on = await admin.patch(`/users/${u.body.id}`, { active: true }, { 'If-Match': off.headers.get('etag')! });
    expect(on.status).toBe(200);
    expect((await t.anonymous().post('/auth/login', { username: 'tijdelijk.weg', password: TEST_PASSWORD })).status).toBe(200);
  });
});
