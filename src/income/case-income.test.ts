// SPDX-License-Identifier: EUPL-1.2
/**
 * Entered once (issue #15), over HTTP: the wage series and the huishoudboekje stored per case (zod
 * validation naming the field in Dutch, If-Match, processing log, other organisations get 404), the
 * derived profile round-tripping the case's members, and the repayment forecast on the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, countLog, makeTestApp, type Client, type TestApp } from '../platform/testing';

describe.each(DB_KINDS)('income stored per case on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
  }, 120_000);
  afterAll(async () => t?.close());

  const newCase = async (members = [{ name: 'Nadia', birthDate: '1990-05-05', role: 'aanvrager' }]) => {
    const c = await prof.post('/cases', { title: 'Inkomen per casus', household: { name: 'H', members } });
    expect(c.status).toBe(201);
    return c.body as { id: string; householdId: string };
  };
  const rows = async (caseId: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_income_inputs WHERE case_id = $1`, [caseId])).rows[0].n;

  it('stores the wage series without a household, refuses bad months naming the field, guards with If-Match and runs on the derived household', async () => {
    const c = await newCase();
    const url = `/cases/${c.id}/income/loonreeks`;
    const bad = await prof.put(url, { startMaand: '2026-13', loonPerMaand: [1, 2, 3], profiel: {} });
    expect(bad.status).toBe(400);
    const names = bad.body.invalidParams.map((x: any) => x.name);
    expect(names).toEqual(expect.arrayContaining(['startMaand', 'loonPerMaand', 'profiel']));
    expect(bad.body.invalidParams.find((x: any) => x.name === 'loonPerMaand').reason).toBe('moet 6 tot en met 24 elementen bevatten');
    expect(bad.body.invalidParams.find((x: any) => x.name === 'profiel').reason).toBe('onbekend veld');
    expect(await rows(c.id)).toBe(0); // nothing half-written
    const series = { startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] };
    const saved = await prof.put(url, series);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect(saved.body.input).toEqual(series);
    expect((await prof.put(url, series)).status).toBe(412); // replacing needs If-Match
    expect((await prof.put(url, { ...series, loondag: 20 }, { 'if-match': '"7"' })).status).toBe(412); // stale
    const second = await prof.put(url, { ...series, loondag: 20 }, { 'if-match': '"1"' });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
    const run = await prof.post(`${url}/run`, {});
    expect(run.status).toBe(200);
    expect(run.body.regimes.map((g: any) => g.regime)).toEqual(['verrekening-achteraf', 'bestaansbalans-buffer', 'drechtsteden-voorschot']);
    expect(run.body.totaalLoon).toBe(275000);
    // The bijstand rests on the household of the case: a single person of 35, norm 1,401.50 (art. 21), month 1 with 400 wages.
    expect(run.body.maanden[0].loon).toBe(40000);
    expect(run.body.maanden[0].volledigeUitkering).toBe(140150);
    expect(await countLog(t.db, { case_id: c.id, resource: 'inkomensgegevens', action: 'wijzigen' })).toBe(1);
    expect(await countLog(t.db, { case_id: c.id, resource: 'inkomensgegevens', action: 'aanmaken' })).toBe(1);
    // Another organisation does not see the case at all; a role without income work is refused.
    const z = await t.as('z-professional');
    expect((await z.put(url, series, { 'if-match': '"2"' })).status).toBe(404);
    expect((await z.post(`${url}/run`, {})).status).toBe(404);
    expect((await z.get(`/cases/${c.id}/income`)).status).toBe(404);
    expect((await (await t.as('handhaving')).put(url, series)).status).toBe(403);
  });

  it('stores the huishoudboekje with days of the month, naming bad days and streams in Dutch', async () => {
    const c = await newCase();
    const url = `/cases/${c.id}/income/huishoudboekje`;
    const bad = await prof.put(url, { startDatum: '2026-02-30', inkomsten: [{ naam: 'Loon', bedrag: 150000, frequentie: 'maandelijks' }], vasteLasten: [{ naam: 'Huur', bedrag: 65000, dag: 32 }] });
    expect(bad.status).toBe(400);
    const by = Object.fromEntries(bad.body.invalidParams.map((x: any) => [x.name, x.reason]));
    expect(Object.keys(by)).toEqual(expect.arrayContaining(['startDatum', 'inkomsten.0.dag', 'vasteLasten.0.dag']));
    expect(by['vasteLasten.0.dag']).toMatch(/1 tot en met 31/);
    expect(await rows(c.id)).toBe(0);
    const book = { startDatum: '2026-03-01', inkomsten: [{ naam: 'Loon', bedrag: 150000, frequentie: 'maandelijks', dag: 25 }], vasteLasten: [{ naam: 'Huur', bedrag: 65000, dag: 1 }] };
    expect((await prof.put(url, book)).status).toBe(200);
    const run = await prof.post(`${url}/run`, {});
    expect(run.status).toBe(200);
    expect(run.body.inkomenPerMaand).toBe(150000);
    expect(run.body.vasteLastenPerMaand).toBe(65000);
    // Rent on 1 March, wages only on the 25th: red from the first day.
    expect(run.body.huidig.eersteRodeDag).toBe('2026-03-01');
    expect((await (await t.as('z-professional')).put(url, book, { 'if-match': '"1"' })).status).toBe(404);
  });

  it('round-trips the case members: a member added to the household appears by id, income stays with the right member', async () => {
    const c = await newCase([{ name: 'Cindy', birthDate: '1991-03-14', role: 'aanvrager' }, { name: 'Noah', birthDate: '2013-06-02', role: 'kind' }]);
    const p0 = (await prof.get(`/cases/${c.id}/income/profiel`)).body;
    const [cindy, noah] = p0.leden;
    expect(await prof.put(`/cases/${c.id}/income/inkomen-leden`, { leden: [{ lidId: cindy.lidId, nettoLoonPerMaand: 40000, toetsingsinkomenPerJaar: 1800000 }] })).toMatchObject({ status: 200 });
    // A partner moves in: the profile follows the household; Cindy keeps her income, the partner has none yet.
    const m = await prof.post(`/households/${c.householdId}/members`, { name: 'Sem', birthDate: '1989-01-01', role: 'partner' });
    expect(m.status).toBe(201);
    const p1 = (await prof.get(`/cases/${c.id}/income/profiel`)).body;
    expect(p1.leden.map((l: any) => [l.naam, l.rol, l.inkomenOpgegeven])).toEqual([['Cindy', 'aanvrager', true], ['Sem', 'partner', false], ['Noah', 'kind', false]]);
    expect(p1.profiel.huishouden.type).toBe('gehuwden');
    expect(p1.profiel.huishouden.leden.map((l: any) => [l.rol, l.geboortedatum, l.nettoLoonPerMaand, l.toetsingsinkomenPerJaar])).toEqual([
      ['aanvrager', '1991-03-14', 40000, 1800000],
      ['partner', '1989-01-01', 0, undefined],
      ['kind', '2013-06-02', 0, undefined],
    ]);
    expect(noah.lidId).toBe(p1.leden[2].lidId);
  });

  it('forecasts the toeslagen to pay back when the income rises during the year, and refuses a stranger or an unknown income', async () => {
    const c = await newCase();
    const { leden } = (await prof.get(`/cases/${c.id}/income/profiel`)).body;
    const url = `/cases/${c.id}/income/terugbetaling`;
    const body = { jaar: 2026, vanafMaand: 7, wijzigingen: [{ lidId: leden[0].lidId, toetsingsinkomenPerJaar: 4_000_000 }] };
    // Nothing entered yet: the forecast does not rest on an income nobody gave.
    const unknown = await prof.post(url, body);
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams[0].name).toBe('wijzigingen.0.lidId');
    expect(unknown.body.invalidParams[0].reason).toMatch(/nog geen toetsingsinkomen/);
    await prof.put(`/cases/${c.id}/income/inkomen-leden`, { leden: [{ lidId: leden[0].lidId, toetsingsinkomenPerJaar: 2_000_000 }] });
    const r = await prof.post(url, body);
    expect(r.status).toBe(200);
    // See scenarios/terugbetaling.test.ts for the hand computation: 12 x 129 = 1,548 advances, definitive 1,514.13.
    expect(r.body.totaal).toEqual({ voorschotten: 154800, voorschottenDoorgegeven: 153000, definitief: 151413, terugNietDoorgegeven: 3387, terugDoorgegeven: 1587 });
    expect(r.body.uitleg[0].article).toMatchObject({ law: 'Algemene wet inkomensafhankelijke regelingen', bwbId: 'BWBR0018472', article: 'art. 16' });
    const stranger = await prof.post(url, { ...body, wijzigingen: [{ lidId: '33333333-3333-4333-8333-333333333333', toetsingsinkomenPerJaar: 1 }] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.invalidParams[0]).toMatchObject({ name: 'wijzigingen.0.lidId', reason: 'is geen gezinslid van het huishouden van deze casus' });
    const badMonth = await prof.post(url, { ...body, vanafMaand: 13 });
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.invalidParams[0].name).toBe('vanafMaand');
    expect((await (await t.as('z-professional')).post(url, body)).status).toBe(404);
  });
});
