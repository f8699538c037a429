// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../platform/errors';
import { deriveProfile, parseLedenInkomen } from './derived';

const A = '11111111-1111-4111-8111-111111111111';
const K = '22222222-2222-4222-8222-222222222222';
const members = [
  { id: K, name: 'Kim', birthDate: '2018-04-02', role: 'kind' },
  { id: A, name: 'Cindy', birthDate: '1990-05-01', role: 'aanvrager' },
];

describe('afgeleid inkomensprofiel (ingevoerd één keer)', () => {
  it('neemt de gezinsleden van de casus over op id, met hun geboortedatum en rol, en het inkomen per lid', () => {
    const d = deriveProfile(members, 'GM0344', parseLedenInkomen({ leden: [{ lidId: A, nettoLoonPerMaand: 40000, toetsingsinkomenPerJaar: 900000 }], huurPerMaand: 65000 }));
    expect(d.profiel.gemeente).toBe('utrecht');
    expect(d.profiel.huishouden.type).toBe('alleenstaande-ouder');
    expect(d.leden).toEqual([
      { lidId: A, naam: 'Cindy', rol: 'aanvrager', inkomenOpgegeven: true },
      { lidId: K, naam: 'Kim', rol: 'kind', inkomenOpgegeven: false },
    ]);
    expect(d.profiel.huishouden.leden.map((l) => [l.rol, l.geboortedatum, l.nettoLoonPerMaand, l.toetsingsinkomenPerJaar])).toEqual([
      ['aanvrager', '1990-05-01', 40000, 900000],
      ['kind', '2018-04-02', 0, undefined],
    ]);
    expect(d.profiel.huishouden.huurPerMaand).toBe(65000);
  });
  it('haalt de gemeente uit de gemeentecode, nooit uit een naam; zonder code de landelijke regels met een waarschuwing', () => {
    expect(deriveProfile(members, 'GM0014', null).profiel.gemeente).toBe('groningen');
    const zonder = deriveProfile(members, null, null);
    expect(zonder.profiel.gemeente).toBe('landelijk');
    expect(zonder.waarschuwingen.join(' ')).toMatch(/geen gemeentecode/);
  });
  it('weigert inkomen voor iemand die geen gezinslid is, met het veld', () => {
    try {
      deriveProfile(members, 'GM0344', parseLedenInkomen({ leden: [{ lidId: '33333333-3333-4333-8333-333333333333', nettoLoonPerMaand: 100 }] }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Problem);
      expect((e as Problem).invalidParams.map((p) => p.name)).toEqual(['leden.0.lidId']);
    }
  });
  it('weigert een ongeldige invoer met Nederlandse meldingen per veld', () => {
    try {
      parseLedenInkomen({ leden: [{ lidId: 'x', nettoLoonPerMaand: -1 }], huurPerMaand: 1.5 });
      expect.unreachable();
    } catch (e) {
      expect((e as Problem).invalidParams.map((p) => p.name).sort()).toEqual(['huurPerMaand', 'leden.0.lidId', 'leden.0.nettoLoonPerMaand']);
    }
  });
});
