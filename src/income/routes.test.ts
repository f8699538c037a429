// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, countLog, type TestApp, type Client } from '../platform/testing';

const alleenstaande = (leden: unknown[] = [{ rol: 'aanvrager', geboortedatum: '1996-01-15' }]) => ({
  gemeente: 'landelijk',
  huishouden: { type: 'alleenstaande', leden, huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 },
});

describe.each(DB_KINDS)('income API on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
  });
  afterAll(async () => t?.close());

  describe('an evaluation of a posted profile', () => {
    it('needs a login', async () => {
      expect((await t.anonymous().post('/income/evaluations', { datum: '2026-03-01', profiel: alleenstaande() })).status).toBe(401);
    });

    it('computes bijstand for a single person of 30 without income, with its article and explanation', async () => {
      const r = await prof.post('/income/evaluations', { datum: '2026-03-01', profiel: alleenstaande() });
      expect(r.status).toBe(200);
      // Participatiewet art. 21: norm alleenstaande 21 tot AOW per 1-1-2026 = 140150 cents, incl. vakantietoeslag;
      // vakantietoeslag 4.8%: 140150 * 0.048 = 6727.2 -> 6727; paid monthly 140150 - 6727 = 133423.
      expect(r.body.bijstand.bedragPerMaand).toBe(140150);
      expect(r.body.bijstand.vakantietoeslagPerMaand).toBe(6727);
      expect(r.body.bijstand.uitbetalingPerMaand).toBe(133423);
      const steps = r.body.bijstand.uitleg;
      expect(steps.some((s: any) => s.article.law === 'Participatiewet' && /21/.test(s.article.article))).toBe(true);
      expect(r.body.uitlegTekst).toMatch(/Participatiewet/);
    });

    it('lowers the norm with the kostendelersnorm for one kostendeler', async () => {
      const r = await prof.post('/income/evaluations', {
        datum: '2026-03-01',
        profiel: alleenstaande([{ rol: 'aanvrager', geboortedatum: '1996-01-15' }, { rol: 'medebewoner', geboortedatum: '1970-01-01' }]),
      });
      expect(r.status).toBe(200);
      // art. 22a: 200213 * (40 + 30*2) / (100*2) = 200213 * 100 / 200 = 100106.5 -> 100107
      expect(r.body.bijstand.bedragPerMaand).toBe(100107);
    });

    it('names every bad field under profiel, in Dutch', async () => {
      const r = await prof.post('/income/evaluations', {
        datum: '2026-03-01',
        profiel: { gemeente: 'atlantis', huishouden: { type: 'commune', leden: [{ rol: 'aanvrager', geboortedatum: '2027-01-01', nettoLoonPerMaand: -5 }], huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 } },
      });
      expect(r.status).toBe(400);
      const names = r.body.invalidParams.map((p: any) => p.name);
      expect(names).toContain('profiel.gemeente');
      expect(names).toContain('profiel.huishouden.type');
      expect(names).toContain('profiel.huishouden.leden.0.nettoLoonPerMaand');
      for (const p of r.body.invalidParams) expect(p.reason).toMatch(/[a-z]/);
    });

    it('refuses an impossible date and an unknown field in the envelope', async () => {
      const r = await prof.post('/income/evaluations', { datum: '2026-02-30', profiel: alleenstaande(), extra: 1 });
      expect(r.status).toBe(400);
      expect(r.body.invalidParams.map((p: any) => p.name).sort()).toEqual(['datum', 'extra']);
    });
  });

  it('evaluates a batch and reports the bad profile by its index without failing the rest', async () => {
    const r = await prof.post('/income/evaluations/batch', { datum: '2026-03-01', profielen: [alleenstaande(), { gemeente: 'landelijk' }, alleenstaande()] });
    expect(r.status).toBe(200);
    expect(r.body.aantal).toBe(3);
    expect(r.body.fouten).toBe(1);
    expect(r.body.resultaten[0].bijstandPerMaand).toBe(140150);
    expect(r.body.resultaten[1].fout.invalidParams[0].name).toMatch(/^profielen\.1\./);
    expect(r.body.resultaten[2].bijstandPerMaand).toBe(140150);
    const tooMany = await prof.post('/income/evaluations/batch', { datum: '2026-03-01', profielen: Array.from({ length: 1001 }, () => alleenstaande()) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.invalidParams[0].name).toBe('profielen');
  });

  it('runs the three regimes for fluctuating income and gives a chart', async () => {
    const r = await prof.post('/income/scenarios/fluctuating-income', { profiel: alleenstaande(), startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] });
    expect(r.status).toBe(200);
    expect(r.body.regimes.length).toBe(3);
    expect(r.body.aantalMaanden).toBe(6);
    expect(r.body.totaalLoon).toBe(40000 + 62000 + 18000 + 55000 + 30000 + 70000);
    expect(r.body.grafiekSvg).toMatch(/^<svg/);
    const short = await prof.post('/income/scenarios/fluctuating-income', { profiel: alleenstaande(), startMaand: '2026-01', loonPerMaand: [1, 2] });
    expect(short.status).toBe(400);
    expect(short.body.invalidParams[0].name).toBe('loonPerMaand');
  });

  it('serves the minima-effectrapportage as JSON, CSV and printable HTML', async () => {
    const body = { gemeente: 'utrecht', datum: '2026-07-01', huishoudtypen: ['alleenstaande'], vanProcent: 100, totProcent: 110, stapProcent: 5 };
    const json = await prof.post('/income/scenarios/minima-effect', body);
    expect(json.status).toBe(200);
    const csv = await prof.post('/income/scenarios/minima-effect?formaat=csv', body);
    expect(csv.contentType).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/minima-effectrapportage/);
    expect(String(csv.body).split('\n').filter(Boolean).length).toBe(1 + 3); // header + 100%, 105%, 110%
    const html = await prof.post('/income/scenarios/minima-effect?formaat=html', body);
    expect(html.contentType).toContain('text/html');
    expect(String(html.body)).toMatch(/<svg/);
    expect((await prof.post('/income/scenarios/minima-effect?formaat=pdf', body)).status).toBe(400);
  });

  describe('inputs stored on a case', () => {
    it('stores a profile (validated first), runs it, logs both, and keeps other teams and organisations out', async () => {
      const c = await prof.post('/cases', { title: 'Inkomenscheck aan de keukentafel', household: { name: 'H', members: [{ name: 'Nadia', birthDate: '1996-01-15', role: 'aanvrager' }] } });
      const url = `/cases/${c.body.id}/income/huishouden`;
      const bad = await prof.put(url, { gemeente: 'landelijk' });
      expect(bad.status).toBe(400);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM case_income_inputs WHERE case_id = $1`, [c.body.id])).rows[0].n).toBe(0);
      const saved = await prof.put(url, alleenstaande());
      expect(saved.status).toBe(200);
      expect(saved.headers.get('etag')).toBe('"1"');
      expect((await prof.put(url, alleenstaande())).status).toBe(412); // exists: replacing needs If-Match
      expect((await prof.put(url, alleenstaande(), { 'if-match': '"1"' })).status).toBe(200);
      const run = await prof.post(`${url}/run`, { datum: '2026-03-01' });
      expect(run.status).toBe(200);
      expect(run.body.bijstand.bedragPerMaand).toBe(140150);
      expect(await countLog(t.db, { case_id: c.body.id, resource: 'inkomensgegevens' })).toBe(3);
      expect((await (await t.as('professional2')).post(`${url}/run`, {})).status).toBe(403);
      expect((await (await t.as('z-professional')).post(`${url}/run`, {})).status).toBe(404);
      expect((await (await t.as('handhaving')).get(`/cases/${c.body.id}/income`)).status).toBe(403);
    });
    it('derives the profile from the case household and the income per member: no household typed twice, no toeslag on a missing income', async () => {
      const c = await prof.post('/cases', { title: 'Keukentafel', household: { name: 'H', members: [{ name: 'Cindy', birthDate: '1990-05-01', role: 'aanvrager' }, { name: 'Kim', birthDate: '2018-04-02', role: 'kind' }] } });
      const p0 = await prof.get(`/cases/${c.body.id}/income/profiel`);
      expect(p0.status).toBe(200);
      expect(p0.body.profiel.huishouden.type).toBe('alleenstaande-ouder');
      const [cindy, kim] = p0.body.leden;
      expect([cindy.naam, kim.naam]).toEqual(['Cindy', 'Kim']);
      const bad = await prof.put(`/cases/${c.body.id}/income/inkomen-leden`, { leden: [{ lidId: cindy.lidId, nettoLoonPerMaand: 'veel' }] });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((x: any) => x.name)).toEqual(['leden.0.nettoLoonPerMaand']);
      const saved = await prof.put(`/cases/${c.body.id}/income/inkomen-leden`, { leden: [{ lidId: cindy.lidId, nettoLoonPerMaand: 1000000 }], huurPerMaand: 70000 });
      expect(saved.status).toBe(200);
      const run = await prof.post(`/cases/${c.body.id}/income/inkomen-leden/run`, { datum: '2026-03-15' });
      expect(run.status).toBe(200);
      // net 10,000 a month and no toetsingsinkomen entered: the estimate leaves no zorgtoeslag, marked as such
      expect(run.body.zorgtoeslag).toMatchObject({ bedragPerMaand: 0, status: 'schatting' });
      expect(run.body.huurtoeslag.bedragPerMaand).toBe(0);
      const stranger = await prof.put(`/cases/${c.body.id}/income/inkomen-leden`, { leden: [{ lidId: '33333333-3333-4333-8333-333333333333' }] }, { 'if-match': '"1"' });
      expect(stranger.status).toBe(200); // stored as sent; the run refuses it naming the field
      const refused = await prof.post(`/cases/${c.body.id}/income/inkomen-leden/run`, {});
      expect(refused.status).toBe(400);
      expect(refused.body.invalidParams[0].name).toBe('leden.0.lidId');
    });
  });
});
