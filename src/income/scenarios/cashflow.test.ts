// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/errors';
import { monthlyEquivalent, parseCashflowInput, runCashflowScenario } from './cashflow';

const INPUT = {
  startDatum: '2026-03-01',
  aantalDagen: 31,
  startSaldo: 20000,
  inkomsten: [
    { naam: 'Toeslagen', bedrag: 50000, frequentie: 'maandelijks', dag: 20 },
    { naam: 'Loon', bedrag: 60000, frequentie: 'maandelijks', dag: 25 },
    { naam: 'Bijstand', bedrag: 80000, frequentie: 'maandelijks', dag: 28 },
  ],
  vasteLasten: [
    { naam: 'Huur', bedrag: 70000, dag: 1 },
    { naam: 'Zorgverzekering', bedrag: 15000, dag: 1 },
    { naam: 'Energie', bedrag: 15000, dag: 5 },
    { naam: 'Water', bedrag: 3000, dag: 10 },
  ],
  dagelijkseUitgaven: 1000,
};

describe('kasstroom (Huishoudboekje)', () => {
  const r = runCashflowScenario(parseCashflowInput(INPUT));
  it('huidige situatie: dagsaldo, dagen rood en grootste tekort', () => {
    // day 1: 20000 - 70000 - 15000 - 1000 = -66000; day 19: lowest, -102000; day 25: +2000
    expect(r.huidig.dagen[0].saldo).toBe(-66000);
    expect(r.huidig.dagen[18]).toMatchObject({ datum: '2026-03-19', saldo: -102000 });
    expect(r.huidig.dagen[24].saldo).toBe(2000);
    expect(r.huidig.dagen[30].saldo).toBe(76000); // 20000 + 190000 - 103000 - 31000
    expect(r.huidig).toMatchObject({ dagenRood: 24, grootsteTekort: 102000, eersteRodeDag: '2026-03-01' });
  });
  it('plan: leefgeld per week, leefgelddagen en benodigde buffer', () => {
    // (190000 - 103000) * 12 / 52 = 20076.9 -> 20076; Mondays in March 2026: 2, 9, 16, 23, 30
    expect(r.plan.leefgeldPerWeek).toBe(20076);
    expect(r.plan.leefgeldDagen).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    // managed account: -85000 (1st) -20076 (2nd) -15000 (5th) -20076 (9th) -3000 (10th) -20076 (16th) = -163228
    expect(r.plan.bufferNodig).toBe(163228);
    // fixed costs alone: -85000 (1st) -15000 (5th) -3000 (10th) = -103000 before the income arrives;
    // the rest is leefgeld paid on 2, 9 and 16 March before the income: 3 x 20076 = 60228
    expect(r.plan.bufferVasteLasten).toBe(103000);
    expect(r.plan.bufferLeefgeldVoorInkomen).toBe(60228);
    expect(r.plan.beheerrekening.laagsteSaldo).toBe(-163228);
    expect(r.plan.client.dagenRood).toBe(0);
    expect(r.plan.structureelTekort).toBe(false);
  });
  it('maandbedragen van wekelijkse, vierwekelijkse en kwartaalstromen', () => {
    expect(monthlyEquivalent({ naam: 'x', bedrag: 10000, frequentie: 'wekelijks', eersteDatum: '2026-01-05' })).toBe(43333); // 10000*52/12
    expect(monthlyEquivalent({ naam: 'x', bedrag: 10000, frequentie: 'vierwekelijks', eersteDatum: '2026-01-05' })).toBe(10833); // 10000*13/12
    expect(monthlyEquivalent({ naam: 'x', bedrag: 77983, frequentie: 'kwartaal', dag: 3 })).toBe(25994);
  });
  it('vierwekelijks loon valt op de juiste dagen en de 31e schuift naar de laatste dag', () => {
    const r2 = runCashflowScenario(
      parseCashflowInput({
        startDatum: '2026-02-01',
        aantalDagen: 59,
        inkomsten: [
          { naam: 'Loon', bedrag: 100, frequentie: 'vierwekelijks', eersteDatum: '2026-01-09' },
          { naam: 'WW', bedrag: 1, frequentie: 'maandelijks', dag: 31 },
        ],
      }),
    );
    expect(r2.huidig.dagen.filter((d) => d.posten.includes('+ Loon')).map((d) => d.datum)).toEqual(['2026-02-06', '2026-03-06']);
    expect(r2.huidig.dagen.filter((d) => d.posten.includes('+ WW')).map((d) => d.datum)).toEqual(['2026-02-28', '2026-03-31']);
  });
  it('structureel tekort: geen leefgeld', () => {
    const r3 = runCashflowScenario(parseCashflowInput({ ...INPUT, vasteLasten: [{ naam: 'Huur', bedrag: 200000, dag: 1 }] }));
    expect(r3.plan).toMatchObject({ structureelTekort: true, leefgeldPerWeek: 0 });
  });
  it('weigert foute invoer met alle velden', () => {
    try {
      parseCashflowInput({ startDatum: '2026-02-29', aantalDagen: 10, inkomsten: [{ naam: 'Loon', bedrag: -5, frequentie: 'dagelijks', dag: 3 }] });
      expect.unreachable();
    } catch (e) {
      expect((e as Problem).invalidParams.map((p) => p.name)).toEqual(['startDatum', 'inkomsten.0.frequentie', 'inkomsten.0.bedrag', 'aantalDagen']);
    }
  });
});
