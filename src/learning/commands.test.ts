// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type TestApp } from '../platform/testing';
import type { Actor, Role } from '../platform/authz';
import * as commands from './commands';
import * as queries from './queries';
import type { KnelpuntFacts } from './model';

const facts: KnelpuntFacts = {
  knelpuntType: 'regel_botst',
  solutionNeeded: 'Een kamer voor Thijs Bakker bij zijn oom, zonder dat de kostendelersnorm de uitkering van de oom verlaagt.',
  costOfWaiting: 'Dakloosheid en nachtopvang',
  blockingLaw: 'Participatiewet',
  blockingArticle: 'art. 22a',
  blockingOrganisationKind: 'gemeente',
  decisionText: 'Het college paste de kostendelersnorm een jaar niet toe (art. 18 lid 1).',
  decidedLevel: 'Doorbraaktafel',
  outcome: 'toegekend',
  workingDays: 6,
  costs: [{ funder: 'gemeente', regulierCents: 2_850_000, maatwerkCents: 420_000 }],
  lifeDomains: ['huisvesting', 'financien'],
  members: [{ name: 'Thijs Bakker', role: 'aanvrager', age: 19 }],
  municipality: 'Utrecht',
  year: 2026,
};

describe.each(DB_KINDS)('Bibliotheek commands on %s', (kind) => {
  let t: TestApp;
  let knelpunt: { id: string; caseId: string; householdId: string };
  const actor = (username: string, roles: Role[], org: 'utrecht' | 'zaanstad' = 'utrecht'): Actor => ({ userId: t.fx.users[username], userName: username, username, organisationId: t.fx.orgs[org], teamId: null, roles });

  beforeAll(async () => {
    t = await makeTestApp(kind);
    const prof = await t.as('professional');
    const c = await prof.post('/cases', { title: 'Jongere zonder dak', household: { name: 'Huishouden Thijs', members: [{ name: 'Thijs Bakker', birthDate: '2007-02-01', role: 'aanvrager' }] } });
    const k = await prof.post(`/cases/${c.body.id}/knelpunten`, { solutionNeeded: 'Kamer bij de oom', blockingLaw: 'Participatiewet', blockingArticle: 'art. 22a', blockingOrganisation: 'Gemeente', type: 'regel_botst' });
    expect(k.status).toBe(201);
    knelpunt = { id: k.body.id, caseId: c.body.id, householdId: c.body.householdId ?? c.body.household?.id };
  });
  afterAll(async () => t?.close());

  it('shares, keeps the concept inside the organisation, publishes with four eyes, hides a withdrawal at once', async () => {
    const author = actor('professional', ['professional']);
    const shared = await t.db.transaction((tx) => commands.shareDraft(tx, author, { knelpuntId: knelpunt.id, knelpuntOrganisationId: t.fx.orgs.utrecht, caseId: knelpunt.caseId, householdId: knelpunt.householdId, facts, organisationKind: 'gemeente' }));
    expect(shared.entry.status).toBe('concept');
    expect(shared.removalCounts).toEqual({ naam: 2 }); // in the title and the situation
    const id = shared.entry.id;

    // Another organisation: not even its existence (404), and search finds nothing yet.
    await expect(t.db.transaction((tx) => queries.entry(tx, actor('z-professional', ['professional'], 'zaanstad'), id))).rejects.toMatchObject({ status: 404 });
    expect((await t.db.transaction((tx) => queries.search(tx, 'kostendelersnorm', {}, 1, 10))).total).toBe(0);

    let e = await t.db.transaction((tx) => commands.submit(tx, author, id, shared.entry.version));
    expect(e.status).toBe('ter_goedkeuring');
    // The author cannot approve, nor can a professional colleague; a teamleider can.
    await expect(t.db.transaction((tx) => commands.approve(tx, { ...author, roles: ['professional', 'teamleider'] }, id, e.version))).rejects.toMatchObject({ status: 403 });
    await expect(t.db.transaction((tx) => commands.approve(tx, actor('professional2', ['professional']), id, e.version))).rejects.toMatchObject({ status: 403 });
    // A stale version is a 412, and exactly one of two parallel approvals wins.
    await expect(t.db.transaction((tx) => commands.approve(tx, actor('teamleider', ['teamleider']), id, e.version - 1))).rejects.toMatchObject({ status: 412 });
    const both = await Promise.allSettled([
      t.db.transaction((tx) => commands.approve(tx, actor('teamleider', ['teamleider']), id, e.version)),
      t.db.transaction((tx) => commands.approve(tx, actor('privacy', ['privacy']), id, e.version)),
    ]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    e = (await t.db.transaction((tx) => queries.entry(tx, author, id))) as never;

    const found = await t.db.transaction((tx) => queries.search(tx, 'kostendelersnormen', {}, 1, 10));
    expect(found.items.map((i) => i.id)).toEqual([id]);
    expect(JSON.stringify(found)).not.toContain('Thijs');
    // Tilburg's professional (another organisation) now reads it.
    const other = await t.db.transaction((tx) => queries.entry(tx, actor('z-professional', ['professional'], 'zaanstad'), id));
    expect(other.current?.title).toContain('[aanvrager]');
    expect(other.knelpuntId).toBeNull();

    const now = await t.db.transaction((tx) => queries.entry(tx, author, id));
    await expect(t.db.transaction((tx) => commands.withdraw(tx, actor('professional2', ['professional']), id, now.version, 'fout'))).rejects.toMatchObject({ status: 403 });
    await t.db.transaction((tx) => commands.withdraw(tx, author, id, now.version, 'Er stond toch een herleidbaar detail in'));
    expect((await t.db.transaction((tx) => queries.search(tx, 'kostendelersnorm', {}, 1, 10))).total).toBe(0);
    await expect(t.db.transaction((tx) => queries.entry(tx, actor('z-professional', ['professional'], 'zaanstad'), id))).rejects.toMatchObject({ status: 404 });
  });
});
