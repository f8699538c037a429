// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/errors';
import { minimaCsv, minimaHtml } from '../report/minima-report';
import { parseMinimaInput, runMinimaReport } from './minima';

describe('minima-effectrapportage', () => {
  const r = runMinimaReport(parseMinimaInput({ gemeente: 'utrecht', datum: '2026-03-01', vanProcent: 100, totProcent: 150, stapProcent: 0.5 }));

  it('levert 6 huishoudtypen x 101 inkomenspunten', () => {
    expect(r.rijen.length).toBe(606);
    expect(new Set(r.rijen.map((x) => x.huishoudtype)).size).toBe(6);
  });

  it('alleenstaande op 100%: toeslagen, regelingen en vaste lasten', () => {
    const row = r.rijen.find((x) => x.huishoudtype === 'alleenstaande' && x.procent === 100)!;
    expect(row).toMatchObject({
      sociaalMinimum: 140150,
      nettoInkomen: 140150,
      bijstand: 0,
      zorgtoeslag: 12900, // toetsingsinkomen 12 x 1401.50 = 16818 < drempel
      huurtoeslag: 39435, // (49820 - 20252) + (65000 - 49820) x 0.65 = 29568 + 9867
      // IIT 500/12 = 41.67, CZV 25, kwijtschelding 420/12 = 35 (illustrative Utrecht)
      gemeentelijk: 4167 + 2500 + 3500,
      besteedbaarZonder: 140150 + 12900 + 39435,
      besteedbaarMet: 140150 + 12900 + 39435 + 10167,
      vasteLasten: 25000 + 17658, // + 2119/12 = 176.58 zorgpremie
      overMet: 202652 - 65000 - 42658,
      overZonder: 192485 - 65000 - 42658,
    });
    expect(row.marginaleDrukMetProcent).toBeNull();
  });

  it('toont de armoedeval als de kwijtschelding boven 100% wegvalt', () => {
    const row = r.rijen.find((x) => x.huishoudtype === 'alleenstaande' && x.procent === 100.5)!;
    // netto 140150 x 1.005 = 140850.75 -> 140851; kwijtschelding (35/month) lost
    expect(row.nettoInkomen).toBe(140851);
    expect(row.gemeentelijk).toBe(4167 + 2500);
    // 1 - ((140851 + 12900 + 39435 + 6667) - 202652) / 701 = 1 - (-2799 / 701) = 4.993 -> 499.3%
    expect(row.marginaleDrukMetProcent).toBe(499.3);
    expect(row.marginaleDrukZonderProcent).toBe(0);
  });

  it('zonder gemeentelijke regelingen ligt het besteedbaar inkomen nooit hoger', () => {
    for (const x of r.rijen) expect(x.besteedbaarZonder).toBeLessThanOrEqual(x.besteedbaarMet);
  });

  it('paar met 2 kinderen krijgt kindgebonden budget en kinderbijslag', () => {
    const row = r.rijen.find((x) => x.huishoudtype === 'paar-2-kinderen' && x.procent === 100)!;
    // children 6 and 13: 2 x 2580 + 724 = 5884 per year -> 490.33 -> 49033; toetsingsinkomen 24025.56 < drempel + 9405
    expect(row.kindgebondenBudget).toBe(49033);
    // Q1 (age on 1 January): 5 -> 29507, 12 -> 42153; 71660 / 3 = 23886.67 -> 23887
    expect(row.kinderbijslag).toBe(23887);
    expect(row.sociaalMinimum).toBe(200213);
  });

  it('alleenstaande AOW-gerechtigde gebruikt de AOW-norm en krijgt geen individuele inkomenstoeslag', () => {
    const row = r.rijen.find((x) => x.huishoudtype === 'alleenstaande-aow' && x.procent === 100)!;
    expect(row.sociaalMinimum).toBe(156469);
    expect(row.bijstand).toBe(0); // AOW counted as other income: no work vrijlating
    expect(row.gemeentelijk).toBe(2500 + 3500); // CZV + kwijtschelding, no IIT at AOW age
  });

  it('CSV met puntkomma, Nederlandse kopjes en decimale komma', () => {
    const csv = minimaCsv(r);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.length).toBe(607);
    expect(lines[0].split(';')[0]).toBe('Huishoudtype');
    expect(lines[0]).toContain('Besteedbaar met gemeentelijke regelingen');
    expect(lines[1].split(';').slice(0, 4)).toEqual(['Alleenstaande (35)', '100', '1401,50', '1401,50']);
  });

  it('HTML-rapport is zelfstandig, Nederlandstalig, met SVG, tabel en printopmaak', () => {
    const html = minimaHtml(r);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('@media print');
    expect((html.match(/<svg /g) ?? []).length).toBe(6);
    expect((html.match(/<table>/g) ?? []).length).toBe(6);
    expect(html).toContain('illustratief voorbeeldbeleid');
    expect(html).not.toMatch(/<script/);
  });

  it('weigert foute invoer met de velden', () => {
    try {
      parseMinimaInput({ gemeente: 'Amsterdam', datum: '2026-02-30', vanProcent: 150, totProcent: 100, huishoudtypen: ['kasteel'] });
      expect.unreachable();
    } catch (e) {
      expect((e as Problem).invalidParams.map((p) => p.name)).toEqual(['gemeente', 'datum', 'huishoudtypen.0', 'totProcent']);
    }
  });
});

describe('minima-effectrapportage: toetsingsinkomen geschat uit netto (issue #15 punt 8)', () => {
  const est = runMinimaReport(parseMinimaInput({ gemeente: 'landelijk', datum: '2026-03-01', vanProcent: 200, totProcent: 200, stapProcent: 1, huishoudtypen: ['alleenstaande'] }));
  const fixed = runMinimaReport(parseMinimaInput({ gemeente: 'landelijk', datum: '2026-03-01', vanProcent: 200, totProcent: 200, stapProcent: 1, huishoudtypen: ['alleenstaande'], toetsingsinkomenFactor: 1 }));
  it('rekent standaard met de schatting via box 1 en de heffingskortingen en zegt dat', () => {
    expect(est.aannames.join(' ')).toMatch(/SCHATTING uit het netto inkomen/);
    expect(fixed.aannames.join(' ')).toMatch(/vaste factor/);
  });
  it('200% van het minimum: de schatting geeft minder zorgtoeslag dan netto x 12 (bruto ligt boven netto)', () => {
    // net 2803 a month; 12 x net = 33,636: 155045.88 - 13.73% x (33,636 - 29,735.42) = 101490.9 cents -> €1015 / 12 -> €84
    expect(fixed.rijen[0].zorgtoeslag).toBe(8400);
    // the estimated gross income is higher than the net income, so less zorgtoeslag
    expect(est.rijen[0].zorgtoeslag).toBeLessThan(8400);
    expect(est.rijen[0].zorgtoeslag).toBeGreaterThan(0);
  });
});
