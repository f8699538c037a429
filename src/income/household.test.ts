// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../platform/errors';
import { evaluateHousehold, renderEvaluation } from './household';
import { parseHouseholdProfile } from './profile';
import { profielInput } from './testing/factories';

describe('evaluateHousehold', () => {
  const ouder = parseHouseholdProfile(
    profielInput({
      gemeente: 'utrecht',
      type: 'alleenstaande-ouder',
      huurPerMaand: 70000,
      maandenLaagInkomen: 40,
      leden: [
        { rol: 'aanvrager', geboortedatum: '1990-05-01', nettoLoonPerMaand: 40000, toetsingsinkomenPerJaar: 2000000 },
        { rol: 'kind', geboortedatum: '2018-03-01' },
        { rol: 'kind', geboortedatum: '2013-09-15' },
      ],
    }),
  );
  const e = evaluateHousehold(ouder, '2026-03-15');

  it('berekent bijstand voor een ouder van 35 in Utrecht met art. 31 (het gedoogjaar 2026 geldt alleen onder 27)', () => {
    // Utrecht applies art. 34a early, but the toleration year only covers under-27s: art. 31 lid 2 onder n
    // 140150 - (40000 - 25% x 40000) = 140150 - 30000 = 110150
    expect(e.bijstand.bedragPerMaand).toBe(110150);
    expect(e.bijstand.vakantietoeslagPerMaand).toBe(5287); // 110150 * 0.048 = 5287.2
    expect(e.bijstand.uitleg.find((s) => s.rule === 'bijstand.vrijlating')?.article).toMatchObject({ article: 'art. 31', lid: '2 onder n' });
  });
  it('berekent de toeslagen', () => {
    expect(e.zorgtoeslag.bedragPerMaand).toBe(12900);
    // 3 persons, rent 700: (49820 - 20071) + (70000 - 49820) * 0.65 = 29749 + 13117 = 42866
    expect(e.huurtoeslag.bedragPerMaand).toBe(42866);
    // children aged 7 and 12 (12th birthday Sept 2025): 2*2580 + 724 + 3416 = 9300 euro; /12 = 775
    expect(e.kindgebondenBudget.bedragPerMaand).toBe(77500);
    // Q1: age 7 -> 35830, age 12 -> 42153; (35830 + 42153) / 3 = 25994.33 -> 25994
    expect(e.kinderbijslag).toMatchObject({ bedragPerKwartaal: 77983, bedragPerMaand: 25994 });
  });
  it('telt het besteedbaar inkomen op uit de onderdelen', () => {
    const toeslagen = 12900 + 42866 + 77500 + 25994;
    expect(e.totaal.toeslagenPerMaand).toBe(toeslagen);
    expect(e.totaal.besteedbaarZonderGemeentelijkPerMaand).toBe(40000 + 110150 + toeslagen);
    const gem = e.gemeentelijk.reduce((s, g) => s + g.bedragPerMaand, 0);
    expect(e.totaal.besteedbaarPerMaand).toBe(40000 + 110150 + toeslagen + gem);
    // income 40000 + 110150 = 146150 <= 125% of 140150: IIT (650/12 = 54.17) and kindpakket (300 + 450 = 750/12 = 62.50); above 100%: no kwijtschelding
    expect(e.gemeentelijk.map((g) => [g.regeling, g.bedragPerMaand])).toEqual([
      ['gemeentelijk.individuele-inkomenstoeslag', 5417],
      ['gemeentelijk.collectieve-zorgverzekering', 2500],
      ['gemeentelijk.kwijtschelding', 0],
      ['gemeentelijk.kindpakket', 6250],
    ]);
  });
  it('waarschuwt dat de gemeentelijke regelingen illustratief zijn en rendert Nederlandse tekst', () => {
    expect(e.waarschuwingen.join(' ')).toMatch(/illustratief/);
    const text = renderEvaluation(e);
    expect(text).toContain('Participatiewet (BWBR0015703), art. 21 lid 1 onder a');
    expect(text).toContain('Besteedbaar inkomen per maand');
  });
  it('is JSON-serialiseerbaar', () => {
    expect(JSON.parse(JSON.stringify(e)).bijstand.bedragPerMaand).toBe(110150);
  });
  it('telt een medebewoner van 27+ als kostendeler en een student niet', () => {
    const mk = (geenKostendeler: boolean) =>
      evaluateHousehold(
        parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01' }, { rol: 'medebewoner', geboortedatum: '1990-01-01', geenKostendeler }] })),
        '2026-03-01',
      );
    expect(mk(false).bijstand.bedragPerMaand).toBe(100107);
    expect(mk(true).bijstand.bedragPerMaand).toBe(140150);
  });
  it('een medebewoner van 26 is (nog) geen kostendeler', () => {
    const e2 = evaluateHousehold(parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01' }, { rol: 'medebewoner', geboortedatum: '1999-03-02' }] })), '2026-03-01');
    expect(e2.bijstand.bedragPerMaand).toBe(140150);
  });
  it('weigert een onmogelijke berekeningsdatum met veld datum', () => {
    try {
      evaluateHousehold(ouder, '2026-02-30');
      expect.unreachable();
    } catch (x) {
      expect((x as Problem).invalidParams[0]).toMatchObject({ name: 'datum' });
    }
  });
});
