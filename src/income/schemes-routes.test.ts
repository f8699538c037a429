// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type TestApp, type Client } from '../platform/testing';
import { simulationDone } from './simulations';

/** One individuele inkomenstoeslag of EUR 600 a year for a single person, up to 120 % of the social minimum. */
const versie = (geldigVanaf: string, alleenstaande = 60000) => ({
  geldigVanaf,
  illustratief: false,
  regelingen: [
    {
      id: 'iit',
      soort: 'individuele-inkomenstoeslag',
      naam: 'Individuele inkomenstoeslag',
      validFrom: '2026-01-01',
      grondslag: { law: 'Verordening individuele inkomenstoeslag', article: 'art. 3', cvdrId: 'CVDR712345', source: 'Verordening, art. 3', confidence: 'official' },
      voorwaarden: { maxInkomenProcentSociaalMinimum: 120 },
      bedrag: { type: 'per-jaar-per-huishouden', bedragen: { alleenstaande, 'alleenstaande-ouder': 70000, gehuwden: 80000 } },
    },
  ],
});

describe.each(DB_KINDS)('the organisation\'s own schemes and simulations over HTTP on %s', (kind) => {
  let t: TestApp;
  let beleid: Client;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    // The Utrecht test organisation gets Utrecht's CBS code, so its own schemes replace the built-in ones.
    await t.db.query(`UPDATE organisations SET municipality_code = 'GM0344' WHERE id = $1`, [t.fx.orgs.utrecht]);
    beleid = await t.as('beleid');
  });
  afterAll(async () => t?.close());

  it('only a policy adviser enters or reads them', async () => {
    const prof = await t.as('professional');
    expect((await prof.post('/income/regelingen', versie('2026-01-01'))).status).toBe(403);
    expect((await prof.get('/income/regelingen')).status).toBe(403);
    expect((await t.anonymous().get('/income/regelingen')).status).toBe(401);
  });

  it('refuses a bad configuration naming the field, and writes nothing', async () => {
    const bad = versie('2026-01-01') as any;
    bad.regelingen[0].voorwaarden.maxInkomenProcentSociaalMinimum = 250;
    delete bad.regelingen[0].grondslag.cvdrId;
    const r = await beleid.post('/income/regelingen', bad);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    expect(r.body.invalidParams.map((p: any) => p.name)).toEqual(['regelingen.0.voorwaarden.maxInkomenProcentSociaalMinimum']);
    const r2 = await beleid.post('/income/regelingen', { ...versie('2026-01-01'), regelingen: [{ ...versie('2026-01-01').regelingen[0], grondslag: { ...versie('2026-01-01').regelingen[0].grondslag, cvdrId: undefined } }] });
    expect(r2.status).toBe(400);
    expect(r2.body.invalidParams).toEqual([expect.objectContaining({ name: 'regelingen.0.grondslag.cvdrId' })]);
    expect((await beleid.get('/income/regelingen')).body.versies).toEqual([]);
  });

  it('keeps every version and picks the one in force on a date; the export imports again', async () => {
    expect((await beleid.post('/income/regelingen', versie('2026-01-01'))).status).toBe(201);
    expect((await beleid.post('/income/regelingen', versie('2026-07-01', 90000))).status).toBe(201);
    const march = await beleid.get('/income/regelingen?datum=2026-03-01');
    expect(march.body.versies).toHaveLength(2);
    expect(march.body.inWerking.geldigVanaf).toBe('2026-01-01');
    expect((await beleid.get('/income/regelingen?datum=2026-08-01')).body.inWerking.geldigVanaf).toBe('2026-07-01');
    expect((await beleid.get('/income/regelingen?datum=2025-12-31')).body.inWerking).toBeNull();
    const exp = await beleid.get('/income/regelingen/export?datum=2026-08-01');
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-disposition')).toMatch(/gemeentelijke-regelingen-vanaf-2026-07-01\.json/);
    expect(exp.body).toEqual(versie('2026-07-01', 90000));
    expect((await beleid.post('/income/regelingen', exp.body)).status).toBe(201);
    expect((await beleid.get('/income/regelingen/export?datum=2026-08-01')).body).toEqual(exp.body);
    expect((await beleid.get('/income/regelingen/export?datum=2025-01-01')).status).toBe(404);
    // Another organisation sees none of them.
    expect((await (await t.as('z-beleid')).get('/income/regelingen')).body.versies).toEqual([]);
  });

  it('the minima-effect report and an evaluation use the stored version of the date', async () => {
    const body = (datum: string) => ({ gemeente: 'utrecht', datum, huishoudtypen: ['alleenstaande'], vanProcent: 100, totProcent: 100, stapProcent: 5 });
    // March: EUR 600 a year -> 60000 / 12 = 5000 cents a month; August: EUR 900 -> 7500.
    const march = await beleid.post('/income/scenarios/minima-effect', body('2026-03-01'));
    expect(march.status).toBe(200);
    expect(march.body.rijen[0].gemeentelijk).toBe(5000);
    expect(march.body.illustratief).toBe(false);
    expect(march.body.gemeenteNaam).toMatch(/eigen regelingen vanaf 1 januari 2026/);
    expect((await beleid.post('/income/scenarios/minima-effect', body('2026-08-01'))).body.rijen[0].gemeentelijk).toBe(7500);
    // Zaanstad's policy adviser (no own schemes) still gets the built-in illustrative example for Utrecht.
    const other = await (await t.as('z-beleid')).post('/income/scenarios/minima-effect', body('2026-03-01'));
    expect(other.body.illustratief).toBe(true);
    const prof = await t.as('professional');
    const e = await prof.post('/income/evaluations', { datum: '2026-08-01', profiel: { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01' }], huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 } } });
    expect(e.body.gemeentelijk).toEqual([expect.objectContaining({ regeling: 'gemeentelijk.iit', bedragPerMaand: 7500, recht: true })]);
  });

  it('a simulation runs as a job with progress and answers', async () => {
    const r = await beleid.post('/income/simulaties', { populatie: { soort: 'synthetisch', huishoudens: 3000, gemiddeldLoonPerMaand: 60000, spreidingProcent: 50, aandeelWisselendProcent: 70 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ status: 'bezig', huishoudensTotaal: 3000 });
    await simulationDone(r.body.id);
    const j = await beleid.get(`/income/simulaties/${r.body.id}`);
    expect(j.body).toMatchObject({ status: 'klaar', huishoudensKlaar: 3000 });
    const u = j.body.uitkomst;
    expect(u.maandenVermeden).toBe(u.maandenInhoudingRegulier - u.maandenInhoudingBuffer);
    expect(u.fondsBijZekerheid).toBe(Math.max(...u.perMaand.map((m: any) => m.bovengrens)));
    expect(u.perMaand).toHaveLength(38);
    // Someone else's organisation does not see it; a professional may not start one.
    expect((await (await t.as('z-beleid')).get(`/income/simulaties/${r.body.id}`)).status).toBe(404);
    expect((await (await t.as('professional')).post('/income/simulaties', {})).status).toBe(403);
  });

  it('refuses bad simulation input naming the field', async () => {
    const r = await beleid.post('/income/simulaties', { populatie: { soort: 'synthetisch', huishoudens: 2_000_000, gemiddeldLoonPerMaand: 60000, spreidingProcent: 50, aandeelWisselendProcent: 70 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'populatie.huishoudens' })]);
    const csv = await beleid.post('/income/simulaties', { populatie: { soort: 'reeksen', csv: 'alleenstaande;abc' }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 });
    expect(csv.status).toBe(400);
    expect(csv.body.invalidParams[0].name).toBe('populatie.csv: regel 1, kolom 2');
  });
});
