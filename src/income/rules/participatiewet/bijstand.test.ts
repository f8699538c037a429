// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../../../platform/errors';
import { versionAt } from '../../engine';
import { runRuleCases } from '../../testing/rule-cases';
import { advanceVrijlating, calcBijstand, compileBijstand, FRESH_VRIJLATING, kostendelerNormPerPersoon, vrijlatingFor, type BijstandInput, type VrijlatingState } from './bijstand';
import { BIJSTAND_CASES, type BijstandCaseInput } from './bijstand.cases';
import { normen } from './parameters';
import type { Step } from '../../types';

export const BASE: BijstandInput = {
  kind: 'alleenstaande',
  ageA: 30,
  ageP: -1,
  hasChildren: false,
  youngestChildAge: -1,
  kostendelers: 0,
  loonA: 0,
  loonP: 0,
  overig: 0,
  vermogen: 0,
  oudersKunnenNietBijdragen: false,
  medischA: false,
  medischP: false,
  vrijA: FRESH_VRIJLATING,
  vrijP: FRESH_VRIJLATING,
};

function compute(c: BijstandCaseInput): Record<string, unknown> {
  const { datum = '2026-03-01', regime = 'huidig', ...rest } = c;
  const compiled = compileBijstand(datum, { regime, pibVooruitlopen: true });
  const r = calcBijstand(compiled, { ...BASE, ...rest });
  return { ...r };
}

runRuleCases('bijstand (Participatiewet)', BIJSTAND_CASES, compute);

describe('kostendelersnorm art. 22a', () => {
  it('reproduceert de gepubliceerde bedragen per persoon voor 2026 (A = 2..6)', () => {
    // reference participatiewet.kostendelersnorm per_persoon_A2..A6
    expect([2, 3, 4, 5, 6].map((A) => kostendelerNormPerPersoon(200213, A, 40, 30))).toEqual([100107, 86759, 80085, 76081, 73411]);
  });
  it('reproduceert de tabel van Velsen 1 juli 2024 (B = 1.869,21)', () => {
    expect([2, 3, 4, 5, 6].map((A) => kostendelerNormPerPersoon(186921, A, 40, 30))).toEqual([93461, 80999, 74768, 71030, 68538]);
  });
  it('reproduceert RSD De Liemers 2024 bij A = 8 (B = 1.834,04)', () => {
    // 183404 * (40 + 240) / 800 = 64191.4 -> 64191
    expect(kostendelerNormPerPersoon(183404, 8, 40, 30)).toBe(64191);
  });
});

describe('vrijlating over maanden', () => {
  const c = compileBijstand('2026-03-01');
  function run(months: number[], singleParent: boolean, youngest: number): number[] {
    let st: VrijlatingState = FRESH_VRIJLATING;
    return months.map((loon) => {
      const v = vrijlatingFor(c, loon, 30, false, singleParent, youngest, st);
      st = advanceVrijlating(st, v.kind);
      return v.amount;
    });
  }
  it('algemene vrijlating telt alleen maanden met loon en is na 6 zulke maanden op', () => {
    // month 3 has no wage: it does not use up a month of onder n
    const out = run([40000, 40000, 0, 40000, 40000, 40000, 40000, 40000], false, -1);
    expect(out).toEqual([10000, 10000, 0, 10000, 10000, 10000, 10000, 0]);
  });
  it('alleenstaande ouder: na 6 maanden onder n volgen 30 aaneengesloten maanden onder r, ook maanden zonder loon tellen', () => {
    const months = Array.from({ length: 40 }, (_, i) => (i === 10 ? 0 : 40000));
    const out = run(months, true, 5);
    expect(out.slice(0, 6)).toEqual(Array(6).fill(10000)); // 25% of 40000
    expect(out[6]).toBe(5000); // 12.5% of 40000, r starts in month 7
    expect(out[10]).toBe(0); // no wage, but the r period keeps running
    expect(out.slice(6, 36).filter((x) => x === 5000).length).toBe(29); // 30 months of r minus the month without wage
    expect(out[36]).toBe(0); // month 37: r has run out (6 + 30 = 36)
  });
  it('participatiewet in balans: één aaneengesloten periode van 12 maanden', () => {
    const pib = compileBijstand('2026-03-01', { regime: 'participatiewet-in-balans', pibVooruitlopen: true });
    let st: VrijlatingState = FRESH_VRIJLATING;
    const out: number[] = [];
    for (let i = 0; i < 14; i++) {
      const v = vrijlatingFor(pib, i === 3 ? 0 : 40000, 24, false, false, -1, st);
      st = advanceVrijlating(st, v.kind);
      out.push(v.amount);
    }
    expect(out.filter((x) => x === 6000).length).toBe(11); // months 1-12 minus month 4 without wage
    expect(out.slice(12)).toEqual([0, 0]);
  });
});

describe('gedateerde parameters', () => {
  it('kiest de norm die op de datum geldt, ook voor 2025', () => {
    expect(versionAt(normen, '2025-09-01').values.alleenstaande_of_alleenstaande_ouder_21_tot_aow.value).toBe(136906);
    expect(versionAt(normen, '2026-01-01').values.alleenstaande_of_alleenstaande_ouder_21_tot_aow.value).toBe(140150);
  });
  it('rekent 2025 met de normen en vrijlating van 2025 en weigert 2024 met veld datum', () => {
    const c25 = compileBijstand('2025-09-01');
    expect([c25.single21, c25.nMax, c25.limitSingle]).toEqual([136906, 27800, 777000]);
    try {
      compileBijstand('2024-12-31');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Problem);
      expect((e as Problem).invalidParams[0].name).toBe('datum');
    }
  });
  it('weigert in 2025 de verhoging voor 18-20-jarigen: dat bedrag staat niet in de referentie', () => {
    expect(() => calcBijstand(compileBijstand('2025-03-01'), { ...BASE, ageA: 19, oudersKunnenNietBijdragen: true })).toThrow(/jongeren_verhoging/);
  });
  it('weigert de Participatiewet in balans in 2026 als de gemeente niet vooruitloopt', () => {
    expect(() => compileBijstand('2026-03-01', { regime: 'participatiewet-in-balans' })).toThrow(/34a/);
  });
  it('past de Participatiewet in balans vanaf 2027 zonder vooruitlopen toe', () => {
    const c = compileBijstand('2027-02-01', { regime: 'participatiewet-in-balans' });
    expect(c.pibEarly).toBe(false);
    // From 2027 the bijverdiengrens applies at every age below the AOW age, also at 35.
    expect(vrijlatingFor(c, 60000, 35, false, false, -1, FRESH_VRIJLATING)).toEqual({ kind: 'pib', amount: 9000 });
    expect(c.warnings.some((w) => w.includes('laatst bekende'))).toBe(true);
  });
  it('weigert gehuwden van 19 en 70 omdat die norm niet in de referentie staat', () => {
    const c = compileBijstand('2026-03-01');
    expect(() => calcBijstand(c, { ...BASE, kind: 'gehuwden', ageA: 70, ageP: 19 })).toThrow(Problem);
  });
});

describe('uitleg', () => {
  it('noemt artikel, lid en gebruikte parameters per stap', () => {
    const trace: Step[] = [];
    calcBijstand(compileBijstand('2026-03-01'), { ...BASE, kostendelers: 2, loonA: 40000 }, trace);
    const kd = trace.find((s) => s.rule === 'bijstand.kostendelersnorm');
    expect(kd?.article).toMatchObject({ law: 'Participatiewet', bwbId: 'BWBR0015703', article: 'art. 22a', lid: '1' });
    expect(kd?.amounts).toMatchObject({ A: 3, norm: 86759 });
    expect(kd?.parameters.map((p) => p.name)).toEqual(['vaste_voet', 'per_persoon', 'gehuwden_beiden_21_tot_aow']);
    const vr = trace.find((s) => s.rule === 'bijstand.vrijlating');
    expect(vr?.article.lid).toBe('2 onder n');
    expect(vr?.amounts.vrijlating).toBe(10000);
    expect(trace.find((s) => s.rule === 'bijstand.verrekening')?.amounts.bijstand).toBe(86759 - 30000);
  });
  it('bouwt geen uitleg zonder trace (snelle route) maar rekent hetzelfde', () => {
    const c = compileBijstand('2026-03-01');
    const i = { ...BASE, kostendelers: 1, loonA: 55555 };
    const trace: Step[] = [];
    expect(calcBijstand(c, i)).toEqual(calcBijstand(c, i, trace));
    expect(trace.length).toBeGreaterThan(2);
  });
});

describe('uitleg: exacte artikelen, echte huishoudtypen, alle parameters gedateerd (issue #15 punt 6)', () => {
  const c = compileBijstand('2026-03-01');
  it('een alleenstaande ouder heet geen alleenstaande', () => {
    expect(calcBijstand(c, { ...BASE, kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 4 }).normLabel).toBe('alleenstaande ouder 21+');
    expect(calcBijstand(c, { ...BASE, kind: 'alleenstaande-ouder', hasChildren: true, youngestChildAge: 4, kostendelers: 1 }).normLabel).toBe('alleenstaande ouder 21+, kostendelersnorm (2 kostendelers)');
    expect(calcBijstand(c, BASE).normLabel).toBe('alleenstaande 21+');
  });
  it('de verrekening noemt art. 31 lid 3, geen artikelreeks', () => {
    const t: Step[] = [];
    calcBijstand(c, { ...BASE, loonA: 40000 }, t);
    const v = t.find((s) => s.rule === 'bijstand.verrekening')!;
    expect(v.article).toMatchObject({ article: 'art. 31', lid: '3' });
    for (const s of t) expect(s.article.article).toMatch(/^art\. \d+[a-z]?$/);
  });
  it('de kostendelersnorm voor gehuwden noemt de gehuwdennorm als gedateerde parameter', () => {
    const t: Step[] = [];
    calcBijstand(c, { ...BASE, kind: 'gehuwden', ageP: 32, kostendelers: 1 }, t);
    const k = t.find((s) => s.rule === 'bijstand.kostendelersnorm')!;
    expect(k.article).toMatchObject({ article: 'art. 22a', lid: '2' });
    expect(k.parameters.map((p) => p.name)).toEqual(['vaste_voet', 'per_persoon', 'gehuwden_beiden_21_tot_aow']);
    expect(k.parameters.every((p) => p.validFrom === '2026-01-01')).toBe(true);
  });
});
