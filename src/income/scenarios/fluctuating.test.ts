// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/errors';
import { profielInput } from '../testing/factories';
import { fluctuatingChartSvg, parseFluctuatingInput, runFluctuatingScenario } from './fluctuating';

/*
 * Alleenstaande of 30, national rules (vrijlating art. 31 lid 2 onder n: 25%, max EUR 285, 6 months),
 * norm 140150, wages Jan-Jun 2026: 400, 800, 0, 1200, 400, 600; expected wage 600.
 *   month  wage    vrij   recht = 140150 - (wage - vrij)   advance (wage 600, vrij 150)
 *   Jan    40000   10000  110150                           95150
 *   Feb    80000   20000   80150                           95150
 *   Mar        0       0  140150                           95150
 *   Apr   120000   28500   48650  (30000 capped at 28500)  95150
 *   May    40000   10000  110150                           95150
 *   Jun    60000   15000   95150                           95150
 * sum recht = 584400, sum wages = 340000
 */
const INPUT = {
  profiel: profielInput(),
  startMaand: '2026-01',
  loonPerMaand: [40000, 80000, 0, 120000, 40000, 60000],
  verwachtLoonPerMaand: 60000,
};

describe('fluctuerend inkomen', () => {
  const r = runFluctuatingScenario(parseFluctuatingInput(INPUT));
  const [a, b, c] = r.regimes;

  it('berekent het recht per maand met doorlopende vrijlating', () => {
    expect(r.maanden.map((m) => m.rechtBijstand)).toEqual([110150, 80150, 140150, 48650, 110150, 95150]);
    expect(r.maanden.map((m) => m.vrijlating)).toEqual([10000, 20000, 0, 28500, 10000, 15000]);
    expect(r.totaalRecht).toBe(584400);
    expect(r.totaalLoon).toBe(340000);
  });

  it('(a) verrekening achteraf: nabetalingen, inhoudingen en data', () => {
    // settlement lag 2: d = recht - advance = +15000, -15000, +45000, -46500, +15000, 0
    const bijstand = a.betalingen.filter((x) => x.soort !== 'loon');
    expect(bijstand.map((x) => [x.datum, x.soort, x.bedrag])).toEqual([
      ['2026-01-01', 'voorschot', 95150],
      ['2026-02-01', 'voorschot', 95150],
      ['2026-03-01', 'voorschot', 95150],
      ['2026-03-01', 'nabetaling', 15000],
      ['2026-04-01', 'voorschot', 95150],
      ['2026-04-01', 'inhouding', -15000],
      ['2026-05-01', 'voorschot', 95150],
      ['2026-05-01', 'nabetaling', 45000],
      ['2026-06-01', 'voorschot', 95150],
      ['2026-06-01', 'inhouding', -46500],
      ['2026-07-01', 'nabetaling', 15000],
    ]);
    expect(a.maandenMetInhoudingOfTerugvordering).toBe(2);
    expect(a.totaalOntvangen).toBe(340000 + 584400);
    // 6 payment days + 5 wage days (no wage in March) + 1 trailing settlement
    expect(a.aantalBetaalmomenten).toBe(12);
    expect(a.ontvangenPerKalendermaand.map((x) => x.bedrag)).toEqual([135150, 175150, 110150, 200150, 180150, 108650, 15000]);
    expect([a.laagsteMaand, a.hoogsteMaand]).toEqual([108650, 200150]);
  });

  it('(b) Bestaansbalans: de buffer vangt verschillen in beide richtingen op (reserve en voorschot)', () => {
    // d = recht - voorschot per month: +15000, -15000, +45000, -46500, +15000, 0; settled 2 months later
    // Mar +15000 reserve; Apr -15000 from the reserve; May +45000; Jun -46500: 45000 reserve + 1500 advanced by the fund;
    // Jul +15000: pays back the advance and builds 13500 reserve; Aug 0; the reserve is paid out with the last payment
    expect(b.maandenMetInhoudingOfTerugvordering).toBe(0);
    expect(b.buffer?.saldoPerMaand.map((x) => x.saldo)).toEqual([0, 0, 15000, 0, 45000, -1500, 13500, 13500]);
    expect(b.buffer).toMatchObject({ laagsteSaldo: -1500, hoogsteSaldo: 45000, eindSaldo: 13500, kostenFonds: 0, totaalUitBuffer: 1500 });
    expect(b.totaalOntvangen).toBe(340000 + 584400);
    expect(b.betalingen.filter((x) => x.soort === 'nabetaling')).toEqual([]);
    expect(b.betalingen.filter((x) => x.soort === 'buffer-uitkering').map((x) => [x.datum, x.bedrag])).toEqual([['2026-08-01', 13500]]);
  });

  it('(b) loon dat precies uitmiddelt: de buffer gaat onder nul en eindigt op nul, zonder kosten voor het fonds', () => {
    // wages 800, 400, 600, 600, 800, 400 (mean 600): d = -15000, +15000, 0, 0, -15000, +15000
    const even = runFluctuatingScenario(parseFluctuatingInput({ ...INPUT, loonPerMaand: [80000, 40000, 60000, 60000, 80000, 40000] }));
    const buf = even.regimes[1];
    expect(buf.buffer?.saldoPerMaand.map((x) => x.saldo)).toEqual([0, 0, -15000, 0, 0, 0, -15000, 0]);
    expect(buf.buffer).toMatchObject({ laagsteSaldo: -15000, hoogsteSaldo: 0, eindSaldo: 0, kostenFonds: 0, totaalUitBuffer: 30000 });
    expect(buf.maandenMetInhoudingOfTerugvordering).toBe(0);
    expect(buf.totaalOntvangen).toBe(even.totaalLoon + even.totaalRecht);
    // the regular verrekening deducts twice for the same wages
    expect(even.regimes[0].maandenMetInhoudingOfTerugvordering).toBe(2);
  });

  it('(b) met jaarmaximum van het fonds en zonder aanvulling valt terug op inhouding; het negatieve eindsaldo kost het fonds', () => {
    const capped = runFluctuatingScenario(parseFluctuatingInput({ ...INPUT, bufferMaxPerJaar: 20000, bufferHerstel: false })).regimes[1];
    // Apr: 15000 advanced by the fund; Jun: only 5000 left in 2026, 41500 deducted; underpayments paid straight out
    expect(capped.betalingen.filter((x) => x.soort === 'inhouding').map((x) => [x.datum, x.bedrag])).toEqual([['2026-06-01', -41500]]);
    expect(capped.buffer).toMatchObject({ laagsteSaldo: -20000, eindSaldo: -20000, kostenFonds: 20000 });
    expect(capped.totaalOntvangen).toBe(340000 + 584400 + 20000);
    expect(capped.maandenMetInhoudingOfTerugvordering).toBe(1);
  });

  it('(c) Drechtsteden: volledige uitkering op de 1e, afrekening 10 dagen na de loondag', () => {
    expect(c.betalingen.filter((x) => x.naarClient).map((x) => [x.datum, x.bedrag])).toEqual([
      ['2026-01-01', 140150],
      ['2026-02-01', 140150],
      ['2026-02-04', 10000], // Jan: 40000 + 110150 - 140150
      ['2026-03-01', 140150],
      ['2026-03-07', 20000], // Feb 25 + 10 days; 80000 + 80150 - 140150
      ['2026-04-01', 140150],
      ['2026-05-01', 140150],
      ['2026-05-05', 28500], // 120000 + 48650 - 140150
      ['2026-06-01', 140150],
      ['2026-06-04', 10000],
      ['2026-07-05', 15000],
    ]);
    expect(c.aantalBetaalmomenten).toBe(11);
    expect(c.maandenMetInhoudingOfTerugvordering).toBe(0);
    expect(c.totaalOntvangen).toBe(340000 + 584400);
    expect(c.voorfinanciering?.max).toBe(91500); // 140150 - 48650
  });

  it('trekt een resterende vordering na de laatste betaling terug', () => {
    // high wage in the last month with lag 1: the overpayment is reclaimed after the series
    const r2 = runFluctuatingScenario(parseFluctuatingInput({ ...INPUT, loonPerMaand: [60000, 60000, 60000, 60000, 60000, 120000], verrekenVertragingMaanden: 1 }));
    const t = r2.regimes[0].betalingen.filter((x) => x.soort === 'terugvordering');
    // June: recht 140150 - (120000 - 28500) = 48650; advance 95150 -> 46500 reclaimed on 1 July
    expect(t.map((x) => [x.datum, x.bedrag])).toEqual([['2026-07-01', -46500]]);
  });

  it('tekent een SVG-grafiek', () => {
    const svg = fluctuatingChartSvg(r);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect((svg.match(/<path /g) ?? []).length).toBe(4);
  });

  it('is JSON-serialiseerbaar', () => {
    expect(JSON.parse(JSON.stringify(r)).regimes[1].buffer.eindSaldo).toBe(13500);
  });
});

describe('parseFluctuatingInput', () => {
  function names(x: unknown): string[] {
    try {
      parseFluctuatingInput(x);
    } catch (e) {
      return (e as Problem).invalidParams.map((p) => p.name);
    }
    return [];
  }
  it('weigert te weinig maanden, negatief loon en een onbestaande maand', () => {
    expect(names({ ...INPUT, loonPerMaand: [1, 2, 3, 4, 5] })).toEqual(['loonPerMaand']);
    expect(names({ ...INPUT, loonPerMaand: [1, 2, -3, 4, 5, 6] })).toEqual(['loonPerMaand.2']);
    expect(names({ ...INPUT, startMaand: '2026-13' })).toEqual(['startMaand']);
    expect(names({ ...INPUT, loondag: 32, onbekend: 1 })).toEqual(['onbekend', 'loondag']);
  });
  it('noemt velden in het profiel met het voorvoegsel profiel', () => {
    expect(names({ ...INPUT, profiel: profielInput({ type: 'trio' }) })).toEqual(['profiel.huishouden.type']);
  });
  it('neemt het gemiddelde loon als verwacht loon', () => {
    expect(parseFluctuatingInput({ ...INPUT, verwachtLoonPerMaand: undefined }).verwachtLoonPerMaand).toBe(56667); // 340000 / 6
  });
});

describe('fluctuerend inkomen met de Participatiewet in balans (illustratief Utrecht, vooruitlopend)', () => {
  it('past 15% zonder maximum toe in een aaneengesloten periode', () => {
    // A 24-year-old: the toleration year 2026 covers people under 27 only (same norm 140150).
    const r = runFluctuatingScenario(parseFluctuatingInput({ ...INPUT, profiel: profielInput({ gemeente: 'utrecht', maandenLaagInkomen: 0, leden: [{ rol: 'aanvrager', geboortedatum: '2001-06-01' }] }) }));
    expect(r.maanden.map((m) => m.vrijlatingSoort)).toEqual(['pib', 'pib', 'geen', 'pib', 'pib', 'pib']);
    // Apr: 120000 * 0.15 = 18000 (no cap, unlike 28500 under onder n); 140150 - 102000 = 38150
    expect(r.maanden[3]).toMatchObject({ vrijlating: 18000, rechtBijstand: 38150 });
    expect(r.regimes[2].totaalOntvangen).toBe(r.totaalLoon + r.totaalRecht);
  });
  it('past voor iemand van 30 in het gedoogjaar de wet van 2026 toe (onder n)', () => {
    const r = runFluctuatingScenario(parseFluctuatingInput({ ...INPUT, profiel: profielInput({ gemeente: 'utrecht', maandenLaagInkomen: 0 }) }));
    expect(r.maanden.map((m) => m.vrijlatingSoort)).toEqual(['n', 'n', 'geen', 'n', 'n', 'n']);
    expect(r.maanden[3]).toMatchObject({ vrijlating: 28500, rechtBijstand: 48650 });
  });
});
