// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { runRuleCases } from '../../testing/rule-cases';
import type { Step } from '../../types';
import { calcZorgtoeslag, compileZorgtoeslag } from './zorgtoeslag';
import { ZORGTOESLAG_CASES } from './zorgtoeslag.cases';

const c = compileZorgtoeslag('2026-03-01');
runRuleCases('zorgtoeslag', ZORGTOESLAG_CASES, ({ datum, ...i }) => ({ ...calcZorgtoeslag(datum ? compileZorgtoeslag(datum) : c, { hasPartner: false, toetsingsinkomen: 0, vermogen: 0, ...i }) }));

describe('zorgtoeslag', () => {
  it('maandbedrag is altijd een veelvoud van €1 en daalt monotoon met het inkomen', () => {
    let prev = Infinity;
    for (let y = 0; y <= 4500000; y += 12345) {
      const r = calcZorgtoeslag(c, { hasPartner: false, toetsingsinkomen: y, vermogen: 0 });
      expect(r.perMaand % 100).toBe(0);
      expect(r.perMaand).toBeLessThanOrEqual(prev);
      prev = r.perMaand;
    }
  });
  it('legt de normpremie uit met artikel 2', () => {
    const t: Step[] = [];
    calcZorgtoeslag(c, { hasPartner: false, toetsingsinkomen: 3073542, vermogen: 0 }, t);
    expect(t[0].article).toMatchObject({ bwbId: 'BWBR0018451', article: 'art. 2' });
    expect(t[0].amounts.normpremie).toBe(70584); // 1.912% x 29,735.42 = 56854.12 + 13730 = 70584.12
    expect(t[0].amounts.drempelinkomen).toBe(2973542);
    const drempel = t[0].parameters.find((p) => p.name === 'drempelinkomen_jaar_wettelijke_formule');
    expect(drempel).toMatchObject({ value: 2973542 });
    expect(t[1].description).toMatch(/naar beneden afgerond op hele euro/);
  });
  it('heeft parameters vanaf 2025 en niet ervoor', () => {
    expect(compileZorgtoeslag('2025-12-31').D).toBe(2840573);
    expect(() => compileZorgtoeslag('2024-12-31')).toThrow(/zorgtoeslag/);
  });
});
