// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../platform/errors';
import { MAX_LEDEN, parseHouseholdProfile } from './profile';
import { evaluateHousehold } from './household';
import { profielInput } from './testing/factories';

function problem(fn: () => unknown): Problem {
  try {
    fn();
  } catch (e) {
    if (e instanceof Problem) return e;
    throw e;
  }
  throw new Error('no problem thrown');
}
const names = (p: Problem) => p.invalidParams.map((x) => x.name);

describe('parseHouseholdProfile', () => {
  it('accepteert een geldig profiel en vult standaardwaarden in', () => {
    const p = parseHouseholdProfile(profielInput());
    expect(p.huishouden.leden[0]).toMatchObject({ nettoLoonPerMaand: 0, medischUrenbeperkt: false, vrijlating: { algemeneMaandenGebruikt: 0 } });
  });
  it('weigert negatief inkomen met het veld', () => {
    const p = problem(() => parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1990-05-01', nettoLoonPerMaand: -100 }] })));
    expect(p.status).toBe(400);
    expect(p.invalidParams).toEqual([{ name: 'huishouden.leden.0.nettoLoonPerMaand', reason: 'mag niet negatief zijn', code: 'ongeldige_invoer' }]);
  });
  it('weigert 30 februari als onbestaande datum', () => {
    const p = problem(() => parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '2026-02-30' }] })));
    expect(p.invalidParams[0]).toMatchObject({ name: 'huishouden.leden.0.geboortedatum', reason: 'is geen bestaande datum' });
  });
  it('weigert een onbekend huishoudtype', () => {
    const p = problem(() => parseHouseholdProfile(profielInput({ type: 'woongroep' })));
    expect(names(p)).toEqual(['huishouden.type']);
    expect(p.invalidParams[0].reason).toMatch(/alleenstaande, alleenstaande-ouder, gehuwden/);
  });
  it(`weigert meer dan ${MAX_LEDEN} leden`, () => {
    const leden = [{ rol: 'aanvrager', geboortedatum: '1990-05-01' }, ...Array.from({ length: MAX_LEDEN }, () => ({ rol: 'medebewoner', geboortedatum: '1980-01-01' }))];
    expect(names(problem(() => parseHouseholdProfile(profielInput({ leden }))))).toEqual(['huishouden.leden']);
  });
  it('weigert een lid dat na de berekeningsdatum is geboren', () => {
    const input = profielInput({ type: 'alleenstaande-ouder', leden: [{ rol: 'aanvrager', geboortedatum: '1990-05-01' }, { rol: 'kind', geboortedatum: '2026-08-01' }] });
    const p = problem(() => parseHouseholdProfile(input, '2026-03-01'));
    expect(p.invalidParams).toEqual([{ name: 'huishouden.leden.1.geboortedatum', reason: 'ligt na de berekeningsdatum', code: 'ongeldige_invoer' }]);
    // evaluateHousehold does the same check
    expect(names(problem(() => evaluateHousehold(parseHouseholdProfile(input), '2026-03-01')))).toEqual(['huishouden.leden.1.geboortedatum']);
  });
  it('meldt ALLE fouten tegelijk', () => {
    const p = problem(() =>
      parseHouseholdProfile({
        gemeente: 'Atlantis',
        huishouden: { type: 'gehuwden', huurPerMaand: 12.5, vermogen: -1, extra: true, leden: [{ rol: 'aanvrager', geboortedatum: '1990-13-01', toetsingsinkomenPerJaar: 'veel' }, { rol: 'buurman', geboortedatum: '1990-01-01' }] },
      }),
    );
    expect(names(p).sort()).toEqual(
      ['gemeente', 'huishouden.extra', 'huishouden.leden.0.geboortedatum', 'huishouden.leden.0.toetsingsinkomenPerJaar', 'huishouden.leden.1.rol', 'huishouden.huurPerMaand', 'huishouden.vermogen'].sort(),
    );
    expect(p.detail).toContain('gemeente: moet een van de volgende waarden zijn');
  });
  it('controleert de samenstelling: gehuwden zonder partner, alleenstaande met kind', () => {
    expect(names(problem(() => parseHouseholdProfile(profielInput({ type: 'gehuwden' }))))).toEqual(['huishouden.leden']);
    const p = problem(() => parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1990-05-01' }, { rol: 'kind', geboortedatum: '2020-01-01' }] })));
    expect(p.invalidParams[0]).toMatchObject({ name: 'huishouden.type', reason: 'alleenstaande met kinderen: kies alleenstaande-ouder' });
  });
  it('weigert een aanvrager jonger dan 18 op de datum', () => {
    expect(names(problem(() => parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '2009-01-01' }] }), '2026-03-01')))).toEqual(['huishouden.leden.0.geboortedatum']);
  });
  it('weigert geen object', () => {
    expect(names(problem(() => parseHouseholdProfile('hallo')))).toEqual(['(invoer)']);
  });
});
