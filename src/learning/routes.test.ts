// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bibliotheek end to end over the API: a Zaanstad professional shares a resolved knelpunt, a
 * Zaanstad teamleider approves it, and a Utrecht professional finds it by searching in other words
 * and on their own knelpunt's "Elders opgelost" — and uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../platform/testing';

const knelpunt = (over: Record<string, unknown> = {}) => ({
  solutionNeeded: 'Een kamer voor Thijs bij zijn oom, zonder dat de kostendelersnorm de uitkering van de oom verlaagt',
  blockingLaw: 'Participatiewet',
  blockingArticle: 'art. 22a',
  blockingOrganisation: 'Sociale dienst',
  type: 'regel_botst',
  costOfWaiting: 'Dakloosheid; bel Thijs op 06-12345678',
  toetsRuleGoal: 'Wie samen woont, deelt de kosten',
  toetsCounterproductive: 'De oom zegt de kamer op: de jongere wordt dakloos',
  toetsProportionate: 'Een jaar geen kostendelersnorm',
  ...over,
});

describe.each(DB_KINDS)('Bibliotheek API on %s', (kind) => {
  let t: TestApp;
  let zProf: Client, zTl: Client, uProf: Client;
  let zKnelpunt: string;

  async function resolvedKnelpunt(prof: Client, tl: Client, admin: Client, member: string) {
    expect((await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }] })).status).toBe(200);
    const c = await prof.post('/cases', { title: 'Jongere zonder dak', household: { name: `Huishouden ${member}`, members: [{ name: `${member} Bakker`, birthDate: '2007-02-01', role: 'aanvrager' }] } });
    expect(c.status).toBe(201);
    const k = await prof.post(`/cases/${c.body.id}/knelpunten`, knelpunt({ solutionNeeded: `Een kamer voor ${member} bij zijn oom, zonder dat de kostendelersnorm de uitkering van de oom verlaagt` }));
    expect(k.status).toBe(201);
    const e = await prof.post(`/knelpunten/${k.body.id}/escalations`, {});
    expect(e.status).toBe(201);
    const d = await tl.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'toegekend', text: `Het college past de kostendelersnorm een jaar niet toe voor ${member} (art. 18 lid 1).` });
    expect(d.status).toBe(200);
    return k.body.id as string;
  }

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [zProf, zTl, uProf] = await Promise.all([t.as('z-professional'), t.as('z-teamleider'), t.as('professional')]);
    zKnelpunt = await resolvedKnelpunt(zProf, zTl, await t.as('z-admin'), 'Thijs');
  });
  afterAll(async () => t?.close());

  it('shares, approves with four eyes, and is found elsewhere by stem, typo and on a similar knelpunt', async () => {
    // Only a knelpunt that broke through can be shared; an open one is refused.
    const c = await zProf.post('/cases', { title: 'Open', household: { name: 'Huishouden Open', members: [{ name: 'Anna', birthDate: '1990-01-01', role: 'aanvrager' }] } });
    const open = await zProf.post(`/cases/${c.body.id}/knelpunten`, knelpunt());
    expect((await zProf.post(`/knelpunten/${open.body.id}/doorbraak`, { organisationKind: 'gemeente' })).status).toBe(422);
    // Another organisation cannot share it, nor see it exists.
    expect((await uProf.post(`/knelpunten/${zKnelpunt}/doorbraak`, { organisationKind: 'gemeente' })).status).toBe(404);
    expect((await t.anonymous().post(`/knelpunten/${zKnelpunt}/doorbraak`, { organisationKind: 'x' })).status).toBe(401);
    expect((await zProf.post(`/knelpunten/${zKnelpunt}/doorbraak`, { organisationKind: 'kasteel' })).status).toBe(400);

    const share = await zProf.post(`/knelpunten/${zKnelpunt}/doorbraak`, { organisationKind: 'gemeente' });
    expect(share.status).toBe(201);
    expect(share.body.removalCounts).toEqual({ naam: 4, telefoon: 1 }); // title, situation twice, breakthrough
    const removed = share.body.preview.flatMap((f: any) => f.segments.filter((s: any) => 'removed' in s).map((s: any) => s.removed));
    expect(removed).toEqual(expect.arrayContaining(['Thijs', '06-12345678']));
    const id = share.body.entry.id;
    expect((await zProf.post(`/knelpunten/${zKnelpunt}/doorbraak`, { organisationKind: 'gemeente' })).status).toBe(409);

    // The concept: invisible to Utrecht, not found in search.
    expect((await uProf.get(`/doorbraken/${id}`)).status).toBe(404);
    expect((await uProf.get('/doorbraken?q=kostendelersnorm')).body.total).toBe(0);

    // The author edits (a name typed again is removed again), submits; the author cannot approve, the teamleider can.
    let entry = await zProf.get(`/doorbraken/${id}`);
    const edit = await zProf.put(`/doorbraken/${id}`, { title: 'Kamer bij de oom ondanks de kostendelersnorm', situation: entry.body.current.situation + ' Thijs had nergens anders heen gekund.', breakthrough: entry.body.current.breakthrough }, { 'If-Match': entry.headers.get('etag')! });
    expect(edit.status).toBe(200);
    entry = await zProf.get(`/doorbraken/${id}`);
    expect(entry.body.current.situation).toContain('[aanvrager] had nergens anders heen gekund.');
    expect(JSON.stringify(entry.body)).not.toMatch(/Thijs|06-1234/);
    expect(entry.body.current).toMatchObject({ blockingLaw: 'Participatiewet', blockingArticle: 'art. 22a', outcome: 'toegekend', decidedLevel: 'Eigen team', municipality: 'Zaanstad', householdShape: [{ role: 'aanvrager', ageBand: '18-20' }] });
    const sub = await zProf.post(`/doorbraken/${id}/indienen`, {}, { 'If-Match': entry.headers.get('etag')! });
    expect(sub.status).toBe(200);
    expect((await zProf.post(`/doorbraken/${id}/goedkeuren`, {}, { 'If-Match': sub.headers.get('etag')! })).status).toBe(403);
    expect((await zTl.post(`/doorbraken/${id}/goedkeuren`, {}, { 'If-Match': '"1"' })).status).toBe(412);
    const ok = await zTl.post(`/doorbraken/${id}/goedkeuren`, {}, { 'If-Match': sub.headers.get('etag')! });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('gepubliceerd');

    // Utrecht finds it in its own words: stems and a typo.
    for (const q of ['kostendelersnormen', 'kamer bij oom', 'kostendelrsnorm']) {
      const s = await uProf.get(`/doorbraken?q=${encodeURIComponent(q)}`);
      expect(s.status).toBe(200);
      expect(s.body.items.map((i: any) => i.id), q).toContain(id);
    }
    const filtered = await uProf.get('/doorbraken?gemeente=Zaanstad&uitkomst=toegekend');
    expect(filtered.body.items.map((i: any) => i.id)).toEqual([id]);
    expect(filtered.body.facets.municipality).toEqual([{ value: 'Zaanstad', count: 1 }]);

    // "Elders opgelost" on Utrecht's own similar knelpunt, with the reasons.
    const uc = await uProf.post('/cases', { title: 'Zoon bij oom', household: { name: 'Huishouden Sem', members: [{ name: 'Sem', birthDate: '2006-06-06', role: 'aanvrager' }] } });
    const uk = await uProf.post(`/cases/${uc.body.id}/knelpunten`, knelpunt({ solutionNeeded: 'Sem wil bij zijn oom wonen maar de kostendelersnorm verlaagt diens uitkering' }));
    const similar = await uProf.get(`/knelpunten/${uk.body.id}/vergelijkbare-doorbraken`);
    expect(similar.status).toBe(200);
    expect(similar.body.items[0].id).toBe(id);
    expect(similar.body.items[0].reasons).toEqual(expect.arrayContaining(['zelfde regel: Participatiewet art. 22a', 'zelfde soort knelpunt: regels botsen']));
    expect((await (await t.as('z-professional')).get(`/knelpunten/${uk.body.id}/vergelijkbare-doorbraken`)).status).toBe(404);

    // "Deze doorbraak gebruik ik": counted once per knelpunt, shown with the municipality.
    const r1 = await uProf.post(`/doorbraken/${id}/hergebruik`, { knelpuntId: uk.body.id });
    expect(r1.body).toMatchObject({ added: true, reuse: { count: 1, municipalities: [{ municipality: 'Utrecht', count: 1 }] } });
    expect((await uProf.post(`/doorbraken/${id}/hergebruik`, { knelpuntId: uk.body.id })).body.added).toBe(false);
    expect((await uProf.post(`/doorbraken/${id}/hergebruik`, { knelpuntId: zKnelpunt })).status).toBe(404);

    // Withdrawal by the author hides it from search at once.
    const now = await zProf.get(`/doorbraken/${id}`);
    expect((await zProf.post(`/doorbraken/${id}/intrekken`, { reason: 'Toch te herkenbaar' }, { 'If-Match': now.headers.get('etag')! })).status).toBe(200);
    expect((await uProf.get('/doorbraken?q=kostendelersnorm')).body.total).toBe(0);
    expect((await uProf.get(`/doorbraken/${id}`)).status).toBe(404);
  });
});
