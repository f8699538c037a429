// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { analyse, cocktailsOf, strongerFirst, wilsonLower, derivable, flatten, fpGrowth, HVB_COCKTAILS, holdsCocktail, isStuck, itemKey, itemsOf, lawKey, measures, medianP90, parsePeriod, quarterOf, suppress, suppressForReaders, type Cell, type Constraint } from './model';

/**
 * Eight cases over items a=0, b=1, c=2, d=3; cases 1, 2, 4 and 7 are stuck (4 of 8, base rate 0.5).
 *   1: a b c  stuck      5: b c
 *   2: a b    stuck      6: a
 *   3: a c               7: a b d  stuck
 *   4: a b c  stuck      8: c d
 * By hand: a 6, b 5, c 5, d 2; ab 4 (stuck 4), ac 3 (stuck 2: cases 1, 4), bc 3 (stuck 2: 1, 4),
 * abc 2 (stuck 2); ad, bd, cd, abd 1 each.
 */
const SMALL = [
  { items: [0, 1, 2], stuck: true },
  { items: [0, 1], stuck: true },
  { items: [0, 2], stuck: false },
  { items: [0, 1, 2], stuck: true },
  { items: [1, 2], stuck: false },
  { items: [0], stuck: false },
  { items: [0, 1, 3], stuck: true },
  { items: [2, 3], stuck: false },
];
const key = (s: { items: number[] }) => s.items.join('');

describe('FP-growth', () => {
  it('finds exactly the itemsets held by at least two cases, with their counts and stuck counts', () => {
    const got = fpGrowth(flatten(SMALL), 4, { minCount: 2 });
    const byKey = Object.fromEntries(got.map((s) => [key(s), [s.count, s.stuck]]));
    expect(byKey).toEqual({ '0': [6, 4], '1': [5, 4], '2': [5, 2], '3': [2, 1], '01': [4, 4], '02': [3, 2], '12': [3, 2], '012': [2, 2] });
  });

  it('with minimum count 1 also finds the single-case combinations, and respects the maximum length', () => {
    const got = fpGrowth(flatten(SMALL), 4, { minCount: 1 });
    const byKey = Object.fromEntries(got.map((s) => [key(s), s.count]));
    expect(byKey['03']).toBe(1);
    expect(byKey['13']).toBe(1);
    expect(byKey['23']).toBe(1);
    expect(byKey['013']).toBe(1);
    expect(byKey['0123']).toBeUndefined();
    expect(got).toHaveLength(4 + 6 - 0 + 2); // a b c d; ab ac ad bc bd cd; abc abd
    const short = fpGrowth(flatten(SMALL), 4, { minCount: 1, maxLength: 2 });
    expect(short.every((s) => s.items.length <= 2)).toBe(true);
    expect(short).toHaveLength(10);
  });

  it('agrees with counting by brute force on a larger pseudo-random set', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const txs = Array.from({ length: 400 }, () => ({ items: [0, 1, 2, 3, 4, 5].filter((i) => rnd() < 0.2 + i * 0.08), stuck: rnd() < 0.3 }));
    const got = fpGrowth(flatten(txs), 6, { minCount: 15 });
    for (let mask = 1; mask < 64; mask++) {
      const items = [0, 1, 2, 3, 4, 5].filter((i) => mask & (1 << i));
      const holding = txs.filter((t) => items.every((i) => t.items.includes(i)));
      const found = got.find((s) => key(s) === items.join(''));
      if (holding.length >= 15) expect(found, items.join('')).toEqual({ items, count: holding.length, stuck: holding.filter((t) => t.stuck).length });
      else expect(found).toBeUndefined();
    }
  });

  it('counts a weighted transaction as that many cases and an item twice in one case once', () => {
    const flat = flatten([{ items: [0, 1, 1], stuck: true }, { items: [1], stuck: false }]);
    flat.weight = Int32Array.from([3, 2]);
    const got = fpGrowth(flat, 2, { minCount: 1 });
    expect(Object.fromEntries(got.map((s) => [key(s), [s.count, s.stuck]]))).toEqual({ '0': [3, 3], '1': [5, 3], '01': [3, 3] });
  });
});

describe('measures', () => {
  it('support, confidence and lift of the hand-computed combinations', () => {
    // ab: 4 of 8 cases (0.5), all 4 stuck (confidence 1), base rate 4/8 → lift 2.
    expect(measures(4, 4, 8, 4)).toEqual({ count: 4, stuck: 4, support: 0.5, confidence: 1, confidenceLow: wilsonLower(4, 4), lift: 2 });
    // ac: 3 of 8 (0.375), 2 of 3 stuck, lift (2/3)/(1/2) = 4/3.
    const ac = measures(3, 2, 8, 4);
    expect(ac.support).toBe(0.375);
    expect(ac.confidence).toBeCloseTo(2 / 3, 12);
    expect(ac.lift).toBeCloseTo(4 / 3, 12);
    // No stuck case at all: lift is undefined, not zero.
    expect(measures(3, 0, 8, 0).lift).toBeNull();
  });

  it('the Wilson lower bound (one-sided 95 %): worked by hand for 4 of 4, 24 of 24, 5 of 5 and 4 of 6', () => {
    // (p + z²/2n - z·√(p(1-p)/n + z²/4n²)) / (1 + z²/n), z = 1.644854.
    const z2 = 1.644854 ** 2;
    expect(wilsonLower(4, 4)).toBeCloseTo(1 / (1 + z2 / 4), 10); // p = 1: the root is z²/2n, the numerator 1
    expect(wilsonLower(4, 4)).toBeCloseTo(0.5965, 4);
    expect(wilsonLower(24, 24)).toBeCloseTo(0.8987, 4);
    expect(wilsonLower(5, 5)).toBeCloseTo(0.6489, 4);
    expect(wilsonLower(4, 6)).toBeCloseTo(0.3470, 4);
    expect(wilsonLower(0, 10)).toBe(0);
    expect(wilsonLower(0, 0)).toBe(0);
  });

  it('ranks a share seen in many cases above the same share seen in a few, and a high share in few below a slightly lower one in many', () => {
    const rows = [
      { key: 'a', ...measures(5, 5, 100, 50) }, // 100 % of 5: at least 65 %
      { key: 'b', ...measures(24, 24, 100, 50) }, // 100 % of 24: at least 90 %
      { key: 'c', ...measures(60, 54, 100, 50) }, // 90 % of 60: at least 82 %
      { key: 'd', ...measures(24, 24, 100, 50) }, // as b: then by name
    ].sort(strongerFirst);
    expect(rows.map((r) => r.key)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('analyse mines named items and orders strongest first', () => {
    const names = ['leefgebied:financien', 'leefgebied:huisvesting', 'huishouden:kinderen', 'knelpunt:wachtlijst'];
    const cases = SMALL.map((c) => ({ items: c.items.map((i) => names[i]), stuck: c.stuck }));
    const a = analyse(cases, { minCount: 2 });
    expect(a.total).toBe(8);
    expect(a.totalStuck).toBe(4);
    expect(a.combinations.map((c) => [c.items.map((i) => i.key).join('+'), c.count, c.stuck, c.lift])).toEqual([
      ['leefgebied:financien+leefgebied:huisvesting', 4, 4, 2],
      ['huishouden:kinderen+leefgebied:financien+leefgebied:huisvesting', 2, 2, 2],
      ['huishouden:kinderen+leefgebied:financien', 3, 2, 4 / 3],
      ['huishouden:kinderen+leefgebied:huisvesting', 3, 2, 4 / 3],
    ]);
    // Debts + housing + children is Hart van Brabant's third cocktail: 2 cases, both stuck.
    expect(a.combinations[1].cocktails).toEqual(['hvb-3']);
    const hvb3 = a.cocktails.find((c) => c.key === 'hvb-3')!;
    expect([hvb3.count, hvb3.stuck, hvb3.lift]).toEqual([2, 2, 2]);
  });
});

describe('items, stuck and the Hart van Brabant cocktails', () => {
  it('takes problem domains, children, knelpunt types and the blocking law without article', () => {
    expect(lawKey('Participatiewet art. 22a')).toBe('Participatiewet');
    expect(lawKey('Huisvestingsverordening (urgentie)')).toBe('Huisvestingsverordening');
    expect(lawKey('  Jeugdwet ')).toBe('Jeugdwet');
    const items = itemsOf({ caseId: 'c', teamId: 't', openedOn: '2026-01-05', closedOn: null, problemDomains: ['huisvesting', 'onbekend'], hasChildren: true, knelpunten: [{ type: 'wachtlijst', blockingLaw: 'Jeugdwet art. 2.3', escalated: false }] });
    expect(items).toEqual(['huishouden:kinderen', 'knelpunt:wachtlijst', 'leefgebied:huisvesting', 'wet:Jeugdwet']);
  });

  it('stuck by escalation, by working days open to closing or to today, and not stuck otherwise', () => {
    const deadline = () => '2026-04-01';
    expect(isStuck({ openedOn: '2026-01-05', closedOn: null, knelpunten: [{ type: 'anders', blockingLaw: 'x', escalated: true }] }, '2026-02-01', deadline)).toEqual({ stuck: true, reason: 'escalatie' });
    expect(isStuck({ openedOn: '2026-01-05', closedOn: null, knelpunten: [] }, '2026-04-02', deadline)).toEqual({ stuck: true, reason: 'duur' });
    expect(isStuck({ openedOn: '2026-01-05', closedOn: null, knelpunten: [] }, '2026-04-01', deadline)).toEqual({ stuck: false, reason: null });
    expect(isStuck({ openedOn: '2026-01-05', closedOn: '2026-03-01', knelpunten: [] }, '2026-09-01', deadline)).toEqual({ stuck: false, reason: null });
  });

  it('recognises each cocktail by any of its items, and a mined combination only when it is exactly that cocktail', () => {
    const hvb1 = HVB_COCKTAILS[0];
    expect(holdsCocktail(new Set([itemKey.domain('geestelijke_gezondheid'), itemKey.law('Huisvestingswet art. 2'), itemKey.children, itemKey.type('aanbod_ontbreekt')]), hvb1)).toBe(true);
    expect(holdsCocktail(new Set([itemKey.domain('geestelijke_gezondheid'), itemKey.domain('huisvesting'), itemKey.children]), hvb1)).toBe(false);
    expect(cocktailsOf([itemKey.domain('geestelijke_gezondheid'), itemKey.domain('huisvesting'), itemKey.law('Participatiewet')])).toEqual(['hvb-4']);
    expect(cocktailsOf([itemKey.domain('geestelijke_gezondheid'), itemKey.domain('huisvesting'), itemKey.domain('werk_opleiding'), itemKey.children])).toEqual([]);
  });
});

describe('periods and percentiles', () => {
  it('quarters and years', () => {
    expect(quarterOf('2026-11-30')).toEqual({ key: '2026-K4', label: '4e kwartaal 2026', from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2026-K2')).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(parsePeriod('2025')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('2025-K5')).toBeNull();
  });
  it('median and p90 by nearest rank', () => {
    expect(medianP90([5, 1, 3, 2, 4, 6, 7, 8, 9, 10])).toEqual({ median: 5, p90: 9 });
    expect(medianP90([4])).toEqual({ median: 4, p90: 4 });
    expect(medianP90([])).toBeNull();
  });
});

/**
 * An attacker independent of `derivable`: Gaussian elimination over all constraints, solving every
 * cell that the published (and known) values pin down, also through combinations of equations.
 */
function solvedByAttacker(cells: Cell[], constraints: Constraint[], suppressed: Set<string>): Map<string, number> {
  const ids = cells.map((c) => c.id);
  const known = new Map(cells.filter((c) => c.known || (!c.hidden && !suppressed.has(c.id))).map((c) => [c.id, c.value]));
  const unknown = ids.filter((id) => !known.has(id));
  const col = new Map(unknown.map((id, i) => [id, i]));
  const rows: number[][] = constraints.map((k) => {
    const row = new Array(unknown.length + 1).fill(0);
    let rhs = 0;
    const term = (id: string, sign: number) => (col.has(id) ? (row[col.get(id)!] += sign) : (rhs -= sign * known.get(id)!));
    term(k.total, -1);
    for (const p of k.parts) term(p, 1);
    row[unknown.length] = rhs;
    return row;
  });
  let r = 0;
  const pivots: number[] = [];
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p], rows[r]];
    const piv = rows[r][c];
    rows[r] = rows[r].map((v) => v / piv);
    for (let i = 0; i < rows.length; i++) if (i !== r && Math.abs(rows[i][c]) > 1e-9) {
      const f = rows[i][c];
      rows[i] = rows[i].map((v, j) => v - f * rows[r][j]);
    }
    pivots.push(c);
    r++;
  }
  const solved = new Map(known);
  pivots.forEach((c, i) => {
    const others = rows[i].slice(0, unknown.length).some((v, j) => j !== c && Math.abs(v) > 1e-9);
    if (!others) solved.set(unknown[c], Math.round(rows[i][unknown.length]));
  });
  return solved;
}
const small = (v: number) => v > 0 && v < 10;
const leaks = (cells: Cell[], constraints: Constraint[], suppressed: Set<string>) => {
  const solved = solvedByAttacker(cells, constraints, suppressed);
  return cells.filter((c) => !c.known && small(c.value) && solved.has(c.id)).map((c) => c.id);
};

describe('suppression', () => {
  it('suppresses every count from 1 to 9, and publishes 0 and 10', () => {
    const cells = [{ id: 'a', value: 0 }, { id: 'b', value: 9 }, { id: 'c', value: 10 }, { id: 'd', value: 1 }];
    expect([...suppress(cells, []).suppressed].sort()).toEqual(['b', 'd']);
  });

  it('a lone small part under a published total: its complement goes too, so subtracting gives nothing', () => {
    const cells = [{ id: 'total', value: 30 }, { id: 'a', value: 25 }, { id: 'b', value: 5 }];
    const k = [{ total: 'total', parts: ['a', 'b'] }];
    // Without complementary suppression the attacker reads b = 30 - 25.
    expect(leaks(cells, k, new Set(['b']))).toEqual(['b']);
    const r = suppress(cells, k);
    expect([...r.suppressed].sort()).toEqual(['a', 'b']);
    expect(r.reason.get('a')).toBe('aanvullend');
    expect(leaks(cells, k, r.suppressed)).toEqual([]);
    expect(derivable(cells, k, r.suppressed).has('b')).toBe(false);
  });

  it('two small parts whose sum would still be small: a third cell goes', () => {
    const cells = [{ id: 't', value: 20 }, { id: 'a', value: 12 }, { id: 'b', value: 4 }, { id: 'c', value: 4 }];
    const r = suppress(cells, [{ total: 't', parts: ['a', 'b', 'c'] }]);
    expect([...r.suppressed].sort()).toEqual(['a', 'b', 'c']);
  });

  it('an organisation cannot subtract its own count from the regional one', () => {
    // Region 25 = Tilburg 20 (Tilburg knows it) + another municipality 5.
    const cells: Cell[] = [{ id: 'regio', value: 25 }, { id: 'tilburg', value: 20, hidden: true }, { id: 'breda', value: 5, hidden: true }];
    const k = [{ total: 'regio', parts: ['tilburg', 'breda'] }];
    expect(leaks(cells.map((c) => ({ ...c, known: c.id === 'tilburg' })), k, new Set())).toEqual(['breda']);
    const r = suppressForReaders(cells, k, [new Set(['tilburg']), new Set(['breda'])]);
    expect(r.suppressed.has('regio')).toBe(true);
    expect(leaks(cells.map((c) => ({ ...c, known: c.id === 'tilburg' })), k, r.suppressed)).toEqual([]);
  });

  it('nor through the national total minus the other regions', () => {
    const cells: Cell[] = [
      { id: 'nl', value: 65 },
      { id: 'brabant', value: 25 },
      { id: 'utrecht', value: 40 },
      { id: 'tilburg', value: 20, hidden: true },
      { id: 'breda', value: 5, hidden: true },
      { id: 'u', value: 40, hidden: true },
    ];
    const k = [{ total: 'nl', parts: ['brabant', 'utrecht'] }, { total: 'brabant', parts: ['tilburg', 'breda'] }, { total: 'utrecht', parts: ['u'] }];
    const readers = [new Set(['tilburg']), new Set(['breda']), new Set(['u'])];
    const r = suppressForReaders(cells, k, readers);
    for (const own of readers) expect(leaks(cells.map((c) => ({ ...c, known: own.has(c.id) })), k, r.suppressed)).toEqual([]);
    // Brabant goes, and so does its complement in the national sum (else national minus Utrecht gives Brabant).
    expect(r.suppressed.has('brabant')).toBe(true);
    expect(r.suppressed.has('nl') || r.suppressed.has('utrecht')).toBe(true);
  });

  it('a two-way table (stuck and not stuck per combination, with totals): no small cell can be solved', () => {
    const counts: Record<string, [number, number]> = { x: [14, 3], y: [22, 15], z: [7, 30], w: [0, 12] };
    const cells: Cell[] = [];
    const k: Constraint[] = [];
    for (const [id, [s, n]] of Object.entries(counts)) {
      cells.push({ id: `${id}.stuck`, value: s }, { id: `${id}.niet`, value: n, hidden: true }, { id: `${id}.all`, value: s + n });
      k.push({ total: `${id}.all`, parts: [`${id}.stuck`, `${id}.niet`] });
    }
    const ids = Object.keys(counts);
    cells.push({ id: 'T.stuck', value: ids.reduce((s, i) => s + counts[i][0], 0) }, { id: 'T.niet', value: ids.reduce((s, i) => s + counts[i][1], 0) }, { id: 'T.all', value: ids.reduce((s, i) => s + counts[i][0] + counts[i][1], 0) });
    k.push({ total: 'T.stuck', parts: ids.map((i) => `${i}.stuck`) }, { total: 'T.niet', parts: ids.map((i) => `${i}.niet`) }, { total: 'T.all', parts: ids.map((i) => `${i}.all`) }, { total: 'T.all', parts: ['T.stuck', 'T.niet'] });
    expect(leaks(cells, k, new Set(cells.filter((c) => small(c.value)).map((c) => c.id))).length).toBeGreaterThan(0);
    const r = suppress(cells, k);
    expect(leaks(cells, k, r.suppressed)).toEqual([]);
    expect(r.suppressed.has('w.stuck')).toBe(false); // zero is published
    expect(r.suppressed.has('y.stuck')).toBe(false); // 22 and 15 carry no risk
  });
});

