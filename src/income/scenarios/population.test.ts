// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/errors';
import { chunksOf, mergeChunks, normalQuantile, parseSimulatieInvoer, parseWageCsv, simulatePopulationChunk, summarise, type PopulationChunk } from './population';

const invoer = (extra: Record<string, unknown> = {}) =>
  parseSimulatieInvoer({ populatie: { soort: 'synthetisch', huishoudens: 4000, gemiddeldLoonPerMaand: 60000, spreidingProcent: 60, aandeelWisselendProcent: 80, aandeelMaandenZonderWerkProcent: 5 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95, ...extra }).invoer;

describe('the fund and the months avoided, by hand', () => {
  it('z for 95 % is 1.6449', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
  });
  it('two households, two months', () => {
    // Household A has an advance of EUR 100 in both months, B none and then EUR 200.
    const s: PopulationChunk = {
      huishoudens: 2, voorschot: [10000, 30000], voorschotKwadraat: [10000 ** 2, 10000 ** 2 + 20000 ** 2], somHoogsteVoorschot: 30000, hoogsteVoorschot: 20000,
      huishoudensMetVoorschot: 2, maandenInhoudingRegulier: 10, maandenInhoudingBuffer: 4, kostenFonds: 5000,
    };
    const u = summarise({ ...invoer(), maanden: 2, startMaand: '2026-01' }, s);
    // Month 1: mean 5000, variance 10^8/2 - 5000^2 = 2.5e7; 2*5000 + 1.644854 * sqrt(2 * 2.5e7) = 10000 + 11631.0 -> EUR 216.31 -> EUR 217.
    // Month 2: mean 15000, variance 5e8/2 - 15000^2 = 2.5e7; 30000 + 11631.0 = 41631.0 -> EUR 417.
    expect(u.perMaand).toEqual([
      { maand: '2026-01', voorschot: 10000, bovengrens: 21700 },
      { maand: '2026-02', voorschot: 30000, bovengrens: 41700 },
    ]);
    expect(u.fondsBijZekerheid).toBe(41700);
    expect(u.hoogsteVoorschotSimulatie).toBe(30000);
    expect(u.maandenVermeden).toBe(6);
    expect(u.maandenVermedenPerHuishouden).toBe(3);
    expect(u.kostenPerHuishouden).toBe(2500);
  });
  it('households that earn the same every month need no advance and lose no month', () => {
    const csv = 'huishoudtype;' + Array.from({ length: 12 }, (_, i) => `maand ${i + 1}`).join(';') + '\nalleenstaande;' + Array(12).fill('400,00').join(';') + '\ngehuwden;' + Array(12).fill('0').join(';');
    const { invoer: inv, reeksen } = parseSimulatieInvoer({ populatie: { soort: 'reeksen', csv }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 });
    const s = simulatePopulationChunk({ invoer: inv, from: 0, to: 2, reeksen });
    expect(s).toMatchObject({ huishoudens: 2, somHoogsteVoorschot: 0, maandenInhoudingRegulier: 0, maandenInhoudingBuffer: 0, kostenFonds: 0 });
    expect(summarise(inv, s).fondsBijZekerheid).toBe(0);
  });
  it('a household whose wage falls after the advance: the buffer advances, the regular regime deducts', () => {
    // Wages 0 for 6 months and EUR 1,200 for 6: the advance rests on the average EUR 600, so in the
    // first months too much wage is assumed (the buffer pays the difference) and afterwards too little.
    const csv = 'alleenstaande;' + [...Array(6).fill('0'), ...Array(6).fill('1200')].join(';');
    const { invoer: inv, reeksen } = parseSimulatieInvoer({ populatie: { soort: 'reeksen', csv }, regime: { vertragingMaanden: 1, plafondPerJaar: null }, zekerheidProcent: 95 });
    const s = simulatePopulationChunk({ invoer: inv, from: 0, to: 1, reeksen });
    expect(s.maandenInhoudingRegulier).toBeGreaterThan(s.maandenInhoudingBuffer);
    expect(s.hoogsteVoorschot).toBeGreaterThan(0);
    // One household: the variance is zero, so the fund equals its own deepest advance (rounded up to euros).
    expect(summarise(inv, s).fondsBijZekerheid).toBe(Math.ceil(s.hoogsteVoorschot / 100) * 100);
  });
  it('the split over chunks does not change the result', () => {
    const inv = invoer();
    const whole = simulatePopulationChunk({ invoer: inv, from: 0, to: 4000, reeksen: null });
    const parts = chunksOf(4000).map((c) => simulatePopulationChunk({ invoer: inv, ...c, reeksen: null })).reduce(mergeChunks);
    expect(chunksOf(4000).length).toBe(2);
    expect(parts).toEqual(whole);
    expect(whole.maandenInhoudingRegulier).toBeGreaterThan(whole.maandenInhoudingBuffer);
  });
});

describe('refusals', () => {
  const names = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof Problem) return e.invalidParams.map((p) => `${p.name}: ${p.reason}`);
      throw e;
    }
    throw new Error('accepted');
  };
  it('names the bad parameters', () => {
    expect(names(() => parseSimulatieInvoer({ populatie: { soort: 'synthetisch', huishoudens: 0, gemiddeldLoonPerMaand: 60000, spreidingProcent: 150, aandeelWisselendProcent: 50 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 100 }))).toEqual([
      'populatie.huishoudens: moet een geheel getal van 1 tot en met 1000000 zijn',
      'populatie.spreidingProcent: moet een geheel getal van 0 tot en met 100 zijn',
      'zekerheidProcent: moet een getal van 50 tot en met 99,9 zijn',
    ]);
  });
  it('names the line and column of a bad CSV cell', () => {
    const row = (t: string, w: string) => `${t};${Array(11).fill('500').join(';')};${w}`;
    expect(names(() => parseWageCsv([row('alleenstaande', '500'), row('alleenstaand', '-3'), 'gehuwden;500'].join('\n')))).toEqual([
      'populatie.csv: regel 2, kolom 1: huishoudtype moet alleenstaande, alleenstaande-ouder, gehuwden zijn',
      'populatie.csv: regel 2, kolom 13: moet een netto loon in euro zijn, zoals 612,50 (niet negatief)',
      'populatie.csv: regel 3: heeft 1 maanden, de eerste regel 12',
    ]);
    expect(names(() => parseWageCsv('alleenstaande;1;2'))).toEqual(['populatie.csv: moet 12 tot en met 60 maanden per huishouden hebben, niet 2']);
  });
});
