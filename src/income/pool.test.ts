// SPDX-License-Identifier: EUPL-1.2
/**
 * The income room's heavy work runs in a worker pool (ADR 0010), and a batch without `uitleg`
 * computes only the amounts. These tests hold the pooled answers byte for byte to the in-process
 * computation and the plain amounts to the explained ones. They time nothing (benchmarks measure:
 * bench/income-pool.bench.ts and bench/load.bench.ts).
 */
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../platform/errors';
import { mulberry32 } from '../platform/random';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../platform/testing';
import { computeIncomeTask, encodeAnswer, evaluateBatch, unwrapAnswer, type IncomeTask } from './compute';
import { GEMEENTE_IDS } from './index';
import { closeIncomePool, incomePoolCompleted, runIncomeTask, workerCount } from './pool';

/** Varied households over every municipality: partners, children, kostendelers, wages, rent, wealth. */
function profiles(n: number, seed: number): Record<string, unknown>[] {
  const rng = mulberry32(seed);
  const types = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;
  return Array.from({ length: n }, (_, i) => {
    const type = types[Math.floor(rng() * 3)];
    const year = 1950 + Math.floor(rng() * 55);
    const leden: Record<string, unknown>[] = [
      { rol: 'aanvrager', geboortedatum: `${year}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`, nettoLoonPerMaand: rng() < 0.4 ? Math.floor(rng() * 150000) : 0, toetsingsinkomenPerJaar: Math.floor(rng() * 4000000) },
    ];
    if (type === 'gehuwden') leden.push({ rol: 'partner', geboortedatum: `${year + 2}-05-05`, nettoLoonPerMaand: rng() < 0.3 ? Math.floor(rng() * 90000) : 0 });
    const kids = type === 'alleenstaande' ? 0 : type === 'alleenstaande-ouder' ? 1 + Math.floor(rng() * 3) : Math.floor(rng() * 4);
    for (let k = 0; k < kids; k++) leden.push({ rol: 'kind', geboortedatum: `${2009 + Math.floor(rng() * 17)}-0${1 + Math.floor(rng() * 9)}-15` });
    if (rng() < 0.15) leden.push({ rol: 'medebewoner', geboortedatum: '1970-01-01' });
    return {
      gemeente: GEMEENTE_IDS[i % GEMEENTE_IDS.length],
      huishouden: { type, leden, huurPerMaand: rng() < 0.2 ? 0 : 40000 + Math.floor(rng() * 70000), vermogen: rng() < 0.8 ? Math.floor(rng() * 1500000) : 0, maandenLaagInkomen: Math.floor(rng() * 72) },
    };
  });
}

const DATUM = '2026-03-01';
// A bad profile (unknown municipality, member born after the date) among good ones: reported by index.
const withErrors = () => {
  const list: unknown[] = profiles(300, 11);
  list[17] = { gemeente: 'atlantis', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01' }], huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 } };
  list[42] = { gemeente: 'utrecht', huishouden: { type: 'alleenstaande-ouder', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01' }, { rol: 'kind', geboortedatum: '2026-06-01' }], huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 } };
  return list;
};

describe('a batch without uitleg', () => {
  it('gives the same amounts as with uitleg, for 300 varied households in every municipality, and no explanation', () => {
    const list = withErrors();
    const plain = evaluateBatch(DATUM, list, false);
    const explained = evaluateBatch(DATUM, list, true);
    expect(plain.aantal).toBe(300);
    expect(plain.fouten).toBe(explained.fouten);
    expect(plain.fouten).toBe(2);
    // some households receive bijstand, toeslagen and municipal schemes, so the comparison has teeth
    const evs = explained.resultaten.flatMap((r) => ('evaluatie' in r ? [r.evaluatie] : []));
    expect(evs.filter((e) => e.bijstand.bedragPerMaand > 0).length).toBeGreaterThan(20);
    expect(evs.filter((e) => e.totaal.gemeentelijkPerMaand > 0).length).toBeGreaterThan(20);
    expect(evs.filter((e) => e.huurtoeslag.bedragPerMaand > 0 && e.kindgebondenBudget.bedragPerMaand > 0).length).toBeGreaterThan(5);
    // the answer without uitleg exactly as the route gave it before: amounts picked from the full evaluation
    const expected = explained.resultaten.map((r) => {
      if (!('evaluatie' in r)) return r;
      const e = r.evaluatie;
      return {
        index: r.index,
        totaal: e.totaal,
        bijstandPerMaand: e.bijstand.bedragPerMaand,
        toeslagen: { zorgtoeslag: e.zorgtoeslag.bedragPerMaand, huurtoeslag: e.huurtoeslag.bedragPerMaand, kindgebondenBudget: e.kindgebondenBudget.bedragPerMaand, kinderbijslag: e.kinderbijslag.bedragPerMaand },
        status: { zorgtoeslag: e.zorgtoeslag.status, huurtoeslag: e.huurtoeslag.status, kindgebondenBudget: e.kindgebondenBudget.status },
      };
    });
    expect(JSON.stringify(plain.resultaten)).toBe(JSON.stringify(expected));
    const text = JSON.stringify(plain);
    expect(text).not.toMatch(/uitleg|evaluatie|Grondslag|article/);
    expect(plain.resultaten[17]).toMatchObject({ index: 17, fout: { invalidParams: [{ name: 'profielen.17.gemeente' }] } });
    expect(plain.resultaten[42]).toHaveProperty('fout');
  });
});

describe('the worker pool', () => {
  afterAll(() => closeIncomePool());

  it('has at least one worker by default and reads INCOME_WORKERS, refusing nonsense in Dutch', () => {
    expect(workerCount({})).toBeGreaterThanOrEqual(1);
    expect(workerCount({ INCOME_WORKERS: '3' })).toBe(3);
    expect(workerCount({ INCOME_WORKERS: '0' })).toBe(0);
    expect(() => workerCount({ INCOME_WORKERS: 'veel' })).toThrow(/INCOME_WORKERS/);
    expect(() => workerCount({ INCOME_WORKERS: '-1' })).toThrow(/geheel getal/);
  });

  const tasks: [string, IncomeTask][] = [
    ['a 400-household batch with uitleg', { kind: 'batch', datum: DATUM, profielen: profiles(400, 3), uitleg: true }],
    ['a batch without uitleg, with errors', { kind: 'batch', datum: DATUM, profielen: withErrors() }],
    ['fluctuating income', { kind: 'fluctuating', input: { profiel: profiles(1, 5)[0], startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000, 0, 12000] } }],
    [
      'the Huishoudboekje',
      {
        kind: 'cashflow',
        input: {
          startDatum: '2026-03-01', aantalDagen: 31, startSaldo: 20000,
          inkomsten: [{ naam: 'Loon', bedrag: 60000, frequentie: 'maandelijks', dag: 25 }],
          vasteLasten: [{ naam: 'Huur', bedrag: 70000, dag: 1 }], dagelijkseUitgaven: 1000,
        },
      },
    ],
    ['the minima report as JSON', { kind: 'minima', input: { gemeente: 'utrecht', datum: DATUM, vanProcent: 100, totProcent: 150, stapProcent: 5 }, formaat: 'json' }],
    ['the minima report as CSV', { kind: 'minima', input: { gemeente: 'utrecht', datum: DATUM, vanProcent: 100, totProcent: 150, stapProcent: 5 }, formaat: 'csv' }],
    ['the minima report as HTML', { kind: 'minima', input: { gemeente: 'zaanstad', datum: DATUM, vanProcent: 100, totProcent: 130, stapProcent: 10 }, formaat: 'html' }],
  ];

  it.each(tasks)('computes %s in another thread, byte for byte as in this thread', async (_, task) => {
    const before = incomePoolCompleted();
    const pooled = await runIncomeTask(task);
    expect(pooled.threadId).not.toBe(threadId);
    expect(incomePoolCompleted()).toBe(before + 1);
    const local = computeIncomeTask(task);
    expect(pooled.ok).toBe(true);
    const { threadId: _t, ...answer } = pooled;
    const text = Buffer.from(unwrapAnswer(pooled).bytes).toString('utf8');
    expect(text).toBe(unwrapAnswer(local).body);
    expect(text.length).toBeGreaterThan(100);
    expect({ ...answer, bytes: undefined }).toEqual({ ...encodeAnswer(local), bytes: undefined });
  });

  it('brings a refusal back as the same Problem, naming the field in Dutch', async () => {
    const task: IncomeTask = { kind: 'fluctuating', input: { profiel: profiles(1, 5)[0], startMaand: '2026-13', loonPerMaand: [1, 2] } };
    const pooled = await runIncomeTask(task);
    expect(pooled.ok).toBe(false);
    let thrown: unknown;
    try {
      unwrapAnswer(pooled);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Problem);
    const p = thrown as Problem;
    expect(p.status).toBe(400);
    const { threadId: _t, ...answer } = pooled;
    expect(answer).toEqual(computeIncomeTask(task));
    expect(p.invalidParams.map((x) => x.name)).toEqual(expect.arrayContaining(['startMaand', 'loonPerMaand']));
  });
});

describe.each(DB_KINDS)('income routes use the pool, on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
  });
  afterAll(async () => {
    await t?.close();
    await closeIncomePool();
  });

  it('the batch route computes in a worker and answers what the in-process computation gives', async () => {
    const body = { datum: DATUM, profielen: withErrors().slice(0, 60), uitleg: true };
    const before = incomePoolCompleted();
    const r = await prof.post('/income/evaluations/batch', body);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/json');
    expect(incomePoolCompleted()).toBe(before + 1);
    expect(JSON.stringify(r.body)).toBe(unwrapAnswer(computeIncomeTask({ kind: 'batch', ...body })).body);
    expect(r.body.fouten).toBe(2);
    expect(r.body.resultaten[0].evaluatie.bijstand.uitleg.length).toBeGreaterThan(0);
  });

  it('the scenario and report routes compute in a worker too, and refusals stay 400 problem+json', async () => {
    const before = incomePoolCompleted();
    const csv = await prof.post('/income/scenarios/minima-effect?formaat=csv', { gemeente: 'utrecht', datum: DATUM, vanProcent: 100, totProcent: 120, stapProcent: 10 });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="minima-effectrapportage-utrecht-2026-03-01.csv"');
    const bad = await prof.post('/income/scenarios/fluctuating-income', { profiel: profiles(1, 5)[0], startMaand: '2026-01', loonPerMaand: [1, 2] });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.invalidParams.map((p: any) => p.name)).toContain('loonPerMaand');
    // The body's schema refuses that before the pool; a refusal of the engine itself comes from a worker.
    const noRules = await prof.post('/income/scenarios/minima-effect', { gemeente: 'utrecht', datum: '2000-01-01' });
    expect(noRules.status).toBe(400);
    expect(noRules.contentType).toContain('application/problem+json');
    expect(noRules.body.invalidParams.map((p: any) => p.name)).toContain('datum');
    expect(incomePoolCompleted()).toBe(before + 2);
  });
});
