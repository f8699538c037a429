// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Cents } from '../platform/money';
import { budgetHolderCorrectionRefusal, centsToDutchDecimal, coverage, decideSpend, drawSample, effectiveMandate, exceededMandate, forecast, sampleExplanation, settle, toCsv, type Mandate } from './model';
import { reviewerProblem } from './policy';
import { mulberry32 } from '../platform/random';

const c = (n: number) => n as Cents;
const roleMandate = (role: Mandate['role'], maxPerSpend: number, maxPerCase: number, categories: string[] = []): Mandate => ({ id: `m-${role}`, role, userId: null, maxPerSpend: c(maxPerSpend), maxPerCase: c(maxPerCase), categories });

describe('effectiveMandate', () => {
  const mandates: Mandate[] = [roleMandate('professional', 50_000, 150_000, ['vervoer', 'identiteitsbewijs']), roleMandate('teamleider', 200_000, 500_000), { id: 'u', role: null, userId: 'sanne', maxPerSpend: c(10_000), maxPerCase: c(20_000), categories: [] }];

  it('lets a mandate for the user override the role mandate, even when it is lower', () => {
    const m = effectiveMandate(mandates, { userId: 'sanne', roles: ['professional'] })!;
    expect(m.source).toBe('gebruiker');
    expect(m.maxPerSpend).toBe(10_000);
  });
  it('takes the widest of two role mandates: highest limits, and all categories when one covers all', () => {
    const m = effectiveMandate(mandates, { userId: 'x', roles: ['professional', 'teamleider'] })!;
    expect([m.maxPerSpend, m.maxPerCase, m.categories]).toEqual([200_000, 500_000, []]);
  });
  it('gives null when no mandate applies', () => {
    expect(effectiveMandate(mandates, { userId: 'x', roles: ['budgethouder'] })).toBeNull();
  });
});

describe('decideSpend', () => {
  const mandate = effectiveMandate([roleMandate('professional', 50_000, 150_000, ['vervoer', 'huur_woonlasten'])], { userId: 'p', roles: ['professional'] });
  const base = { amount: c(2_340), category: 'vervoer', caseCommitted: c(0), potRemaining: c(1_000_000), allowNegative: false, mandate };

  it('grants a train ticket of € 23,40 within the mandate at once, and says why', () => {
    const d = decideSpend(base);
    expect(d.outcome).toBe('toegekend');
    expect(d.reason).toContain('€ 500,00 per uitgave');
  });
  it('grants exactly the maximum per spend (the limit is inclusive)', () => {
    expect(decideSpend({ ...base, amount: c(50_000) }).outcome).toBe('toegekend');
  });
  it('sends € 500,01 to the budget holder', () => {
    const d = decideSpend({ ...base, amount: c(50_001) });
    expect(d.outcome).toBe('wacht_op_akkoord');
    expect(d.reason).toContain('€ 500,01 is meer dan € 500,00 per uitgave');
  });
  it('sends a spend that takes the case over € 1.500 in the period to the budget holder', () => {
    const d = decideSpend({ ...base, amount: c(40_000), caseCommitted: c(120_000) });
    expect(d.outcome).toBe('wacht_op_akkoord');
    expect(d.reason).toContain('€ 1.600,00');
    expect(decideSpend({ ...base, amount: c(30_000), caseCommitted: c(120_000) }).outcome).toBe('toegekend');
  });
  it('sends a category outside the mandate to the budget holder', () => {
    const d = decideSpend({ ...base, category: 'kinderen' });
    expect(d.outcome).toBe('wacht_op_akkoord');
    expect(d.reason).toContain('Kinderen');
  });
  it('sends every spend to the budget holder when the actor has no mandate', () => {
    expect(decideSpend({ ...base, mandate: null }).outcome).toBe('wacht_op_akkoord');
  });
  it('refuses what the pot cannot hold, whoever asks, and says how much is left', () => {
    const d = decideSpend({ ...base, amount: c(10_001), potRemaining: c(10_000) });
    expect(d).toMatchObject({ outcome: 'geweigerd', field: 'amountCents', remaining: 10_000 });
    expect(d.reason).toContain('nog € 100,00 beschikbaar');
    expect(decideSpend({ ...base, amount: c(10_000), potRemaining: c(10_000) }).outcome).toBe('toegekend');
    expect(decideSpend({ ...base, amount: c(80_000), potRemaining: c(10_000), mandate: null }).outcome).toBe('geweigerd');
  });
  it('lets a pot that may go below zero grant beyond what is left, and says so', () => {
    const d = decideSpend({ ...base, amount: c(20_000), potRemaining: c(5_000), allowNegative: true });
    expect(d.outcome).toBe('toegekend');
    expect(d.reason).toContain('onder nul (-€ 150,00)');
  });
});

describe('drawSample (seeded, reproducible)', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `spend-${String(i).padStart(2, '0')}`);
  it('gives the same sample for the same seed, whatever order the population comes in', () => {
    const a = drawSample(ids, 10, 12345);
    const b = drawSample([...ids].reverse(), 10, 12345);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(10);
    a.forEach((id) => expect(ids).toContain(id));
  });
  it('gives a different sample for another seed', () => {
    expect(drawSample(ids, 10, 12345)).not.toEqual(drawSample(ids, 10, 54321));
  });
  it('takes everything when the population is smaller than N', () => {
    expect(drawSample(ids.slice(0, 3), 10, 1).sort()).toEqual(ids.slice(0, 3));
  });
  it('uses the standard mulberry32 sequence', () => {
    // First output of mulberry32 for seed 1, as published with the algorithm.
    expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 12);
  });
});

describe('review', () => {
  it('refuses a reviewer who registered the spend (four eyes)', () => {
    expect(reviewerProblem('u1', 'u1')).toMatch(/vier ogen/);
    expect(reviewerProblem('u2', 'u1')).toBeNull();
  });
  it('computes coverage with counts and amounts', () => {
    const cov = coverage([{ amount: c(100) }, { amount: c(200) }, { amount: c(300) }, { amount: c(400) }], [{ amount: c(100), verdict: 'passend' }, { amount: c(300), verdict: 'niet_passend' }, { amount: c(400), verdict: null }]);
    expect(cov).toMatchObject({ population: 4, populationAmount: 1000, sampled: 3, sampledAmount: 800, reviewed: 2, passend: 1, nietPassend: 1, reviewedPercent: 50 });
  });
});

describe('forecast at the current pace', () => {
  it('projects linearly: € 100.000 in the first 73 of 365 days gives € 500.000', () => {
    const f = forecast('2026-01-01', '2026-12-31', '2026-03-14', c(40_000_000), c(10_000_000));
    expect([f.elapsedDays, f.totalDays, f.projected, f.projectedRemaining]).toEqual([73, 365, 50_000_000, -10_000_000]);
    expect(f.explanation).toContain('boven');
  });
  it('rounds to whole cents and clamps today to the period', () => {
    expect(forecast('2026-01-01', '2026-01-03', '2026-01-01', c(1000), c(100)).projected).toBe(300);
    expect(forecast('2026-01-01', '2026-01-03', '2026-01-02', c(1000), c(101)).projected).toBe(152); // 151,5 rounds half up
    expect(forecast('2026-01-01', '2026-12-31', '2027-02-01', c(1000), c(900)).projected).toBe(900);
    expect(forecast('2026-01-01', '2026-12-31', '2025-12-01', c(1000), c(0))).toMatchObject({ elapsedDays: 0, projected: 0 });
  });
});

describe('settle a joint pot per funder', () => {
  const spends = [
    { category: 'zorg_grijs_gebied', amount: c(100_001) },
    { category: 'zorg_grijs_gebied', amount: c(50_000) },
    { category: 'overbrugging', amount: c(33_333) },
  ];
  it('splits by one percentage per category total; the shares add up to exactly what was spent', () => {
    const s = settle(spends, { kind: 'percentage', coFunderPercent: 50 }, 'Gemeente Leeuwarden', 'De Friesland');
    const zorg = s.lines.find((l) => l.category === 'zorg_grijs_gebied')!;
    expect([zorg.total, zorg.coFunder, zorg.owner]).toEqual([150_001, 75_001, 75_000]); // 75.000,5 rounds half up for the co-funder
    expect(s.totals.owner + s.totals.coFunder).toBe(s.totals.total);
    expect(s.totals.total).toBe(183_334);
  });
  it('splits per category with a default', () => {
    const s = settle(spends, { kind: 'per_categorie', coFunderPercentByCategory: { zorg_grijs_gebied: 70 }, defaultPercent: 0 }, 'Gemeente', 'Verzekeraar');
    expect(s.lines.find((l) => l.category === 'zorg_grijs_gebied')!.coFunder).toBe(105_001);
    expect(s.lines.find((l) => l.category === 'overbrugging')!.coFunder).toBe(0);
    expect(s.explanation.join(' ')).toContain('70%');
  });
});

describe('CSV', () => {
  it('uses ; and a decimal comma, quotes what needs it and defuses formulas', () => {
    expect(centsToDutchDecimal(123456)).toBe('1234,56');
    expect(centsToDutchDecimal(-5)).toBe('-0,05');
    const out = toCsv(['Bedrag', 'Ontvanger'], [[centsToDutchDecimal(2340), 'NS; reizigers'], ['-1,00', '=HYPERLINK("x")']]);
    expect(out).toBe('Bedrag;Ontvanger\r\n23,40;"NS; reizigers"\r\n-1,00;"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('joint funds', () => {
  it('both funders approve to grant; either refusal refuses; otherwise it waits', async () => {
    const { jointOutcome } = await import('./model');
    expect(jointOutcome([])).toBe('wacht_op_akkoord');
    expect(jointOutcome([{ funder: 'medefinancier', approve: true }])).toBe('wacht_op_akkoord');
    expect(jointOutcome([{ funder: 'medefinancier', approve: true }, { funder: 'eigenaar', approve: true }])).toBe('toegekend');
    expect(jointOutcome([{ funder: 'eigenaar', approve: true }, { funder: 'medefinancier', approve: false }])).toBe('afgewezen');
  });
  it('numbers cases by their first spend, stable', async () => {
    const { caseNumbers } = await import('./model');
    const n = caseNumbers([
      { caseId: 'b', registeredAt: '2026-02-01T10:00:00Z', id: 's3' },
      { caseId: 'a', registeredAt: '2026-01-05T10:00:00Z', id: 's1' },
      { caseId: 'b', registeredAt: '2026-01-06T10:00:00Z', id: 's2' },
    ]);
    expect([...n.entries()]).toEqual([['a', 1], ['b', 2]]);
  });
});

describe('exceededMandate: the approval card says which mandate a waiting spend goes beyond', () => {
  const who = { name: 'Sanne de Vries', roleLabels: { professional: 'Professional', teamleider: 'Teamleider' } };
  const role = { source: 'rol' as const, label: 'x', roles: ['professional' as const], maxPerSpend: 100_000 as Cents, maxPerCase: 250_000 as Cents, categories: [] as string[] };
  it('names the limit per spend and the amount', () => {
    expect(exceededMandate(role, who, { amount: 150_000 as Cents, category: 'vervoer', caseCommittedOthers: 0 as Cents })).toBe('Boven het mandaat van de professional: € 1.000,00 per uitgave; deze uitgave is € 1.500,00.');
  });
  it('names the limit per case with the case total', () => {
    expect(exceededMandate(role, who, { amount: 60_000 as Cents, category: 'vervoer', caseCommittedOthers: 200_000 as Cents })).toBe('Boven het mandaat van de professional: € 2.500,00 per casus in deze periode; met deze uitgave komt de casus op € 2.600,00.');
  });
  it('names a category outside a personal mandate, and no mandate at all', () => {
    expect(exceededMandate({ ...role, source: 'gebruiker', roles: [], categories: ['vervoer'] }, who, { amount: 100 as Cents, category: 'kinderen', caseCommittedOthers: 0 as Cents })).toBe('Buiten het persoonlijke mandaat van Sanne de Vries: de categorie Kinderen valt er niet onder.');
    expect(exceededMandate(null, who, { amount: 100 as Cents, category: 'kinderen', caseCommittedOthers: 0 as Cents })).toBe('Sanne de Vries heeft geen mandaat voor dit budget; elke uitgave wacht op akkoord.');
  });
});

describe('sampleExplanation and budgetHolderCorrectionRefusal', () => {
  it('says how many from how many, how, and who can redo it, without algorithm names', () => {
    const e = sampleExplanation({ population: 12, drawn: 1, from: '2026-01-01', to: '2026-03-31', seed: 7, reproducible: true });
    expect(e).toContain('Uit de 12 toegekende uitgaven van 1 januari 2026 tot en met 31 maart 2026');
    expect(e).toContain('is er 1 door loting gekozen');
    expect(e).toContain('lotnummer 7');
    expect(e).not.toMatch(/mulberry|fisher|zaad|seed/i);
    expect(sampleExplanation({ population: 3, drawn: 3, from: '2026-01-01', to: '2026-01-31', seed: 1, reproducible: false })).toContain('NIET dezelfde');
  });
  it('lets a budget holder lower an amount but not raise it or change the category', () => {
    expect(budgetHolderCorrectionRefusal({ amountCents: 5_000, category: 'vervoer' }, { amountCents: 5_000, category: 'vervoer' })).toBeNull();
    expect(budgetHolderCorrectionRefusal({ amountCents: 5_000, category: 'vervoer' }, { amountCents: 4_000, category: 'vervoer' })).toBeNull();
    expect(budgetHolderCorrectionRefusal({ amountCents: 5_000, category: 'vervoer' }, { amountCents: 5_001, category: 'vervoer' })).toContain('nu € 50,00');
    expect(budgetHolderCorrectionRefusal({ amountCents: 5_000, category: 'vervoer' }, { amountCents: 5_000, category: 'kinderen' })).toContain('categorie');
  });
});
