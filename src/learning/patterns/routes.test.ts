// SPDX-License-Identifier: EUPL-1.2
/**
 * Patterns and the council's report over the API: twelve Utrecht cases (six with debts, housing and
 * a child, four of them escalated), the policy adviser's cocktails with counts computed by hand, the
 * exports, the pooled view with small counts suppressed, and the griffie who reaches only the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../../platform/testing';
import { todayInAmsterdam } from '../../platform/today';
import { quarterOf } from './model';

const knelpunt = { solutionNeeded: 'Huur betalen terwijl de uitkering wordt verrekend', blockingLaw: 'Participatiewet art. 18', blockingArticle: '', blockingOrganisation: 'Sociale dienst', type: 'regel_botst', toetsRuleGoal: 'x', toetsCounterproductive: 'y', toetsProportionate: 'z' };

describe.each(DB_KINDS)('Patronen en raadsrapportage API on %s', (kind) => {
  let t: TestApp;
  let prof: Client, beleid: Client, raad: Client;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [prof, beleid, raad] = await Promise.all([t.as('professional'), t.as('beleid'), t.as('raad')]);
    const admin = await t.as('admin');
    expect((await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }] })).status).toBe(200);
    const today = todayInAmsterdam(new Date());
    for (let i = 0; i < 12; i++) {
      const debts = i < 6;
      const members = [{ name: `Ouder ${i}`, birthDate: '1985-03-01', role: 'aanvrager' }, ...(debts ? [{ name: `Kind ${i}`, birthDate: '2015-05-05', role: 'kind' }] : [])];
      const c = await prof.post('/cases', { title: `Zaak ${i}`, household: { name: `Huishouden ${i}`, members } });
      expect(c.status).toBe(201);
      const scores = debts
        ? [{ domain: 'financien', score: 2, reason: 'schulden' }, { domain: 'huisvesting', score: 1, reason: 'huisuitzetting dreigt' }, { domain: 'werk_opleiding', score: 4, reason: 'werkt' }]
        : [{ domain: 'lichamelijke_gezondheid', score: 2, reason: 'ziek' }, { domain: 'financien', score: 4, reason: 'rond' }];
      expect((await prof.post(`/cases/${c.body.id}/assessments`, { assessedOn: today, scores })).status).toBe(201);
      if (debts) {
        const k = await prof.post(`/cases/${c.body.id}/knelpunten`, knelpunt);
        expect(k.status).toBe(201);
        if (i < 4) expect((await prof.post(`/knelpunten/${k.body.id}/escalations`, {})).status).toBe(201);
      }
    }
  });
  afterAll(async () => t?.close());

  it('the policy adviser sees the combinations with count, support, confidence and lift as computed by hand', async () => {
    const r = await beleid.get('/patronen?minimum=5');
    expect(r.status).toBe(200);
    expect(r.body.period).toEqual(quarterOf(todayInAmsterdam(new Date())));
    expect([r.body.total, r.body.totalStuck]).toEqual([12, 4]);
    // Debts + housing: 6 of 12 cases (support 0.5), 4 of them stuck (confidence 2/3), base rate 4/12 → lift 2.
    const key = (c: { items: Array<{ key: string }> }) => c.items.map((i) => i.key).join('+');
    const dh = r.body.combinations.find((c: any) => key(c) === 'leefgebied:financien+leefgebied:huisvesting');
    expect(dh).toMatchObject({ count: 6, stuck: 4, support: 0.5 });
    expect(dh.confidence).toBeCloseTo(2 / 3, 10);
    expect(dh.lift).toBeCloseTo(2, 10);
    // The four-item one is Hart van Brabant's debts + housing + children, with the knelpunt type or law on top;
    // the three-item one is the cocktail exactly.
    const hvb3 = r.body.combinations.find((c: any) => key(c) === 'huishouden:kinderen+leefgebied:financien+leefgebied:huisvesting');
    expect(hvb3.cocktails).toEqual(['hvb-3']);
    expect(r.body.cocktails.find((c: any) => c.key === 'hvb-3')).toMatchObject({ count: 6, stuck: 4 });
    expect(r.body.cocktails.find((c: any) => c.key === 'hvb-1')).toMatchObject({ count: 0, stuck: 0 });
    // The single-domain cases (physical health) hold no combination of five cases.
    expect(r.body.combinations.every((c: any) => c.count >= 5)).toBe(true);
  });

  it('filters by team: the other team has none of these cases', async () => {
    const teams = (await beleid.get('/patronen')).body.teams as Array<{ id: string; name: string }>;
    const oost = teams.find((x) => x.name === 'Buurtteam Oost')!;
    const r = await beleid.get(`/patronen?team=${oost.id}`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(0);
    expect(r.body.combinations).toEqual([]);
  });

  it('refuses bad filters naming the field, and other roles', async () => {
    for (const [q, field] of [['periode=2026-K7', 'periode'], ['werkdagen=2', 'werkdagen'], ['team=niet-een-id', 'team'], ['periode=2099', 'periode']]) {
      const r = await beleid.get(`/patronen?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.contentType).toContain('application/problem+json');
      expect(JSON.stringify(r.body)).toContain(field);
    }
    expect((await prof.get('/patronen')).status).toBe(403);
    expect((await raad.get('/patronen')).status).toBe(403);
  });

  it('exports CSV and XLSX', async () => {
    const csv = await beleid.get('/patronen.csv?minimum=5');
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    const text = String(csv.body);
    expect(text).toContain('Combinatie;Aantal zaken;Waarvan vastgelopen');
    // 4 of 6 stuck: 66,7 %, at least 34,7 % with 95 % certainty (Wilson, one-sided), lift 2.
    expect(text).toMatch(/Financiën \+ Huisvesting;6;4;50;66,7;34,7;2;/);
    const xlsx = await beleid.get('/patronen.xlsx?minimum=5');
    expect(xlsx.status).toBe(200);
    expect(xlsx.contentType).toContain('spreadsheetml');
  });

  it('pools counts only of organisations that contribute, and suppresses counts below 10', async () => {
    expect((await prof.put('/patronen/bijdrage', { contributes: true })).status).toBe(403);
    expect((await beleid.get('/patronen/gedeeld')).body.contributors).toBe(0);
    const on = await beleid.put('/patronen/bijdrage', { contributes: true });
    expect(on.status).toBe(200);
    expect(on.body.contributes).toBe(true);
    const r = await beleid.get('/patronen/gedeeld?niveau=landelijk');
    expect(r.status).toBe(200);
    expect(r.body.contributors).toBe(1);
    // 12 cases are shown; 4 stuck is not (and no combination reaches 10 cases).
    expect(r.body.total).toBe(12);
    expect(r.body.totalStuck).toBeNull();
    expect(r.body.rows).toEqual([]);
    // The test organisation has no province yet: no regional view, and nothing guessed.
    const regio = await beleid.get('/patronen/gedeeld?niveau=regio');
    expect(regio.status).toBe(400);
    expect(regio.body.invalidParams[0]).toMatchObject({ name: 'niveau', reason: expect.stringMatching(/^regio onbekend: bij uw organisatie is geen provincie ingesteld/) });
    // Its admin sets the province: the regional view is that province's.
    const admin = await t.as('admin');
    const org = (await admin.get('/organisations')).body.items.find((o: any) => o.id === t.fx.orgs.utrecht);
    expect((await admin.patch(`/organisations/${org.id}`, { province: 'Utrecht' }, { 'if-match': `"${org.version}"` })).status).toBe(200);
    const inRegion = await beleid.get('/patronen/gedeeld?niveau=regio');
    expect(inRegion.status).toBe(200);
    expect(inRegion.body).toMatchObject({ region: 'Utrecht', contributors: 1, total: 12 });
    expect((await admin.patch(`/organisations/${org.id}`, { province: null }, { 'if-match': `"${org.version + 1}"` })).status).toBe(200);
    expect((await beleid.put('/patronen/bijdrage', { contributes: 'ja' })).status).toBe(400);
  });

  it('the griffie reaches the council report and nothing else', async () => {
    const r = await raad.get('/raadsrapportage');
    expect(r.status).toBe(200);
    const zaken = r.body.tables.find((x: any) => x.key === 'zaken');
    const q = Number(quarterOf(todayInAmsterdam(new Date())).key.slice(-1));
    // Twelve cases opened this quarter (shown), none closed (zero is shown).
    expect(zaken.rows[0].cells[q - 1]).toEqual({ value: 12, suppressed: false });
    expect(zaken.rows[1].cells[q - 1]).toEqual({ value: 0, suppressed: false });
    // Six knelpunten under the Participatiewet: 2 open and 4 in escalation, each below 10, so suppressed; the total 6 too.
    const kn = r.body.tables.find((x: any) => x.key === 'knelpunten');
    const pw = kn.rows.find((row: any) => row.label === 'Participatiewet');
    expect(pw.cells.map((c: any) => c.value)).toEqual([null, null, 0, 0, 0, null]);
    expect(pw.cells.filter((c: any) => c.suppressed)).toHaveLength(3);
    expect((await raad.get('/raadsrapportage.csv')).contentType).toContain('text/csv');
    expect((await raad.get('/raadsrapportage.xlsx')).status).toBe(200);
    for (const path of ['/cases', '/doorbraken', '/knelpunten', '/budget-pots', '/patronen/bijdrage', '/teams']) expect((await raad.get(path)).status, path).toBe(403);
    expect((await raad.get('/auth/me')).status).toBe(200);
    expect((await prof.get('/raadsrapportage')).status).toBe(403);
    expect((await beleid.get('/raadsrapportage?periode=2026-K9')).status).toBe(400);
  });
});
