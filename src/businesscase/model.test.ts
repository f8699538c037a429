// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { computeBusinessCase, computeLine, mergeCatalogue, parseCatalogue, type CostLine } from './model';
import { DEFAULT_CATALOGUE } from './catalogue';

const item = (key: string) => DEFAULT_CATALOGUE.find((i) => i.key === key)!;
const line = (key: string, over: Partial<CostLine> = {}): CostLine => {
  const i = item(key);
  return { itemKey: i.key, label: i.label, unit: i.unit, amountCents: i.amountCents, funder: i.funder, source: i.source, year: i.year, quantity: 1, startMonth: 1, durationMonths: 1, probabilityPct: 100, ...over };
};

describe('the reference catalogue', () => {
  it('loads all items in cents with their source', () => {
    expect(DEFAULT_CATALOGUE.length).toBe(60);
    expect(item('mantelzorgwoning-purchase').amountCents).toBe(4_000_000);
    expect(item('wlz-institution-two-persons-dementia')).toMatchObject({ amountCents: 10_000_000, unit: 'per year', funder: 'wlz' });
    expect(item('wmo-household-help-per-hour').amountCents).toBe(3240); // € 32,40
    expect(item('low-budget-hotel-youth-per-month').source).toBeTruthy();
  });

  it('fails loudly on a broken entry, naming file and key', () => {
    expect(() => parseCatalogue([{ id: 'x-y', label_nl: 'X', unit: 'per week', amount_eur: 1, funder: 'wlz', source: 's', year: 2024 }])).toThrow(/cost-catalogue.json: post 0 \(x-y\): onbekende eenheid "per week"/);
    expect(() => parseCatalogue([{ id: 'a-b', unit: 'per year', amount_eur: 1, funder: 'wlz', year: 2024 }])).toThrow(/\(a-b\): bron/);
  });

  it('lets an organisation override a price (keeping the default it replaced) or add an item', () => {
    const merged = mergeCatalogue(DEFAULT_CATALOGUE, [
      { key: 'night-shelter-per-night', label: 'Nachtopvang Zaanstad', unit: 'per night', amountCents: 9500, funder: 'gemeente-wmo', source: 'Begroting Zaanstad 2025', year: 2025, notes: '' },
      { key: 'tiny-house', label: 'Tiny house', unit: 'one-off', amountCents: 5_500_000, funder: 'gemeente-overig', source: 'Offerte', year: 2025, notes: '' },
    ]);
    expect(merged.length).toBe(61);
    expect(merged.find((i) => i.key === 'night-shelter-per-night')).toMatchObject({ amountCents: 9500, origin: 'eigen', overrides: { amountCents: 9000 } });
    expect(merged.find((i) => i.key === 'tiny-house')).toMatchObject({ origin: 'eigen', overrides: null });
  });
});

describe('the mantelzorgwoning (seed: parents with dementia)', () => {
  // Regular path: both parents to a Wlz institution, about € 100.000 a year for the two (catalogue
  // wlz-institution-two-persons-dementia), paid from the Wlz.
  // Maatwerk path: a mantelzorgwoning of € 40.000 once, which the municipality funds as maatwerk
  // (the catalogue's default funder is the household; the business case names the municipality).
  const regulier = [line('wlz-institution-two-persons-dementia', { durationMonths: 60 })];
  const maatwerk = [line('mantelzorgwoning-purchase', { funder: 'gemeente-wmo' })];

  it('over 12 months: € 100.000 against € 40.000, the Wlz gains and the municipality pays', () => {
    const r = computeBusinessCase({ horizonMonths: 12, regulier, maatwerk });
    // 10.000.000 cents × 12/12 = 10.000.000; 4.000.000 cents once.
    expect(r.regulier.totalCents).toBe(10_000_000);
    expect(r.maatwerk.totalCents).toBe(4_000_000);
    expect(r.differenceCents).toBe(6_000_000);
    expect(r.gainers).toEqual(['wlz']);
    expect(r.payers).toEqual(['gemeente-wmo']);
    expect(r.perFunder).toEqual([
      { funder: 'wlz', label: 'Wlz (zorgkantoor)', regulierCents: 10_000_000, maatwerkCents: 0, differenceCents: 10_000_000, position: 'wint' },
      { funder: 'gemeente-wmo', label: 'Gemeente (Wmo)', regulierCents: 0, maatwerkCents: 4_000_000, differenceCents: -4_000_000, position: 'betaalt' },
    ]);
    expect(r.summary).toContain('€ 60.000,00');
  });

  it('over 60 months the gap grows to € 460.000, per year € 100.000 against € 40.000 in year 1 only', () => {
    const r = computeBusinessCase({ horizonMonths: 60, regulier, maatwerk });
    // 5 years × € 100.000 = € 500.000; minus € 40.000 = € 460.000.
    expect(r.regulier.totalCents).toBe(50_000_000);
    expect(r.differenceCents).toBe(46_000_000);
    expect(r.regulier.perYear.map((y) => y.cents)).toEqual([10_000_000, 10_000_000, 10_000_000, 10_000_000, 10_000_000]);
    expect(r.maatwerk.perYear.map((y) => y.cents)).toEqual([4_000_000, 0, 0, 0, 0]);
  });

  it('explains every figure: item, price, source, quantity', () => {
    const r = computeBusinessCase({ horizonMonths: 24, regulier, maatwerk });
    expect(r.regulier.lines[0].explanation).toBe(
      `Wlz-instelling voor twee personen met dementie: € 100.000,00 per jaar (bron: ${item('wlz-institution-two-persons-dementia').source}, 2024) × 1 × 24/12 jaar (maand 1 t/m 24) = € 200.000,00; betaald door Wlz (zorgkantoor)`.replace('Wlz-instelling voor twee personen met dementie', item('wlz-institution-two-persons-dementia').label),
    );
    expect(r.maatwerk.lines[0].explanation).toContain('× 1, in maand 1 = € 40.000,00; betaald door Gemeente (Wmo)');
  });
});

describe('the young man in his car (seed: low-budget hotel instead of night shelter)', () => {
  // Maatwerk: a low-budget hotel, about € 700 a month, for two months: 2 × € 700 = € 1.400 (municipality).
  // Regular: night shelter € 90 a night, 30 nights a month, two months: 2 × 30 × € 90 = € 5.400; and
  // he probably loses his job (his shift starts at 6, the shelter opens at 8): bijstand € 18.768 a
  // year from month 3 for the rest of the year at 50% chance: 18.768 × 10/12 × 0,5 = € 7.820.
  // Regular total € 13.220; difference € 11.820.
  const regulier = [
    line('night-shelter-per-night', { quantity: 30, durationMonths: 2 }),
    line('social-assistance-benefit-per-year', { startMonth: 3, durationMonths: 10, probabilityPct: 50 }),
  ];
  const maatwerk = [line('low-budget-hotel-youth-per-month', { durationMonths: 2, funder: 'maatwerkbudget' })];

  it('computes both paths, per funder and the difference', () => {
    const r = computeBusinessCase({ horizonMonths: 12, regulier, maatwerk });
    expect(r.maatwerk.totalCents).toBe(140_000);
    expect(r.regulier.lines.map((l) => l.expectedCents)).toEqual([540_000, 782_000]);
    expect(r.regulier.totalCents).toBe(1_322_000);
    expect(r.differenceCents).toBe(1_182_000);
    expect(r.payers).toEqual(['maatwerkbudget']);
    expect(r.gainers.sort()).toEqual(['gemeente-participatiewet', 'gemeente-wmo']);
  });

  it('even without the job loss the hotel is cheaper than the shelter (€ 1.400 vs € 5.400)', () => {
    const r = computeBusinessCase({ horizonMonths: 12, regulier: [regulier[0]], maatwerk });
    expect(r.differenceCents).toBe(400_000);
  });
});

describe('line arithmetic', () => {
  it('rounds once on the cumulative total so the months add up (€ 1.000 a year over 7 months)', () => {
    const l = computeLine({ itemKey: null, label: 'X', unit: 'per year', amountCents: 100_000, funder: 'other', source: 's', year: 2024, quantity: 1, startMonth: 1, durationMonths: 7, probabilityPct: 100 }, 12);
    // 100.000 × 7 / 12 = 58.333,33 → 58.333 cents
    expect(l.expectedCents).toBe(58_333);
    expect(l.perYear).toEqual([58_333]);
  });

  it('splits over years and cuts at the horizon', () => {
    const l = computeLine({ itemKey: null, label: 'X', unit: 'per month', amountCents: 1_000, funder: 'other', source: 's', year: null, quantity: 2, startMonth: 11, durationMonths: 24, probabilityPct: 100 }, 24);
    // months 11..24 = 14 months × 2 × 1.000 = 28.000; year 1: months 11-12 = 4.000, year 2: 24.000
    expect(l.monthsCounted).toBe(14);
    expect(l.perYear).toEqual([4_000, 24_000]);
  });

  it('a one-off cost after the horizon counts zero', () => {
    const l = computeLine({ itemKey: null, label: 'X', unit: 'one-off', amountCents: 1_000, funder: 'other', source: 's', year: null, quantity: 1, startMonth: 13, durationMonths: 1, probabilityPct: 100 }, 12);
    expect(l.expectedCents).toBe(0);
    expect(l.explanation).toMatch(/buiten de horizon/);
  });

  it('applies probability and fractional quantities with half-away rounding', () => {
    const l = computeLine({ itemKey: null, label: 'X', unit: 'per hour', amountCents: 3240, funder: 'gemeente-wmo', source: 's', year: 2023, quantity: 2.5, startMonth: 1, durationMonths: 3, probabilityPct: 33 }, 12);
    // 3240 × 2,5 × 3 × 0,33 = 8019 cents exactly
    expect(l.expectedCents).toBe(8019);
  });
});
