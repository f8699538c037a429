// SPDX-License-Identifier: EUPL-1.2
/** Issue #15 item 1: no toeslag rests on an income nobody entered. */
import { describe, expect, it } from 'vitest';
import { evaluateHousehold, householdAmounts, renderEvaluation } from './household';
import { parseHouseholdProfile } from './profile';
import { profielInput } from './testing/factories';

const DATUM = '2026-03-15';

describe('toetsingsinkomen niet opgegeven', () => {
  it('€10.000 netto per maand zonder toetsingsinkomen geeft geen zorgtoeslag of huurtoeslag, gemarkeerd als schatting', () => {
    const p = parseHouseholdProfile(profielInput({ huurPerMaand: 70000, leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01', nettoLoonPerMaand: 1000000 }] }));
    const e = evaluateHousehold(p, DATUM);
    expect(e.zorgtoeslag).toMatchObject({ bedragPerMaand: 0, status: 'schatting' });
    expect(e.huurtoeslag).toMatchObject({ bedragPerMaand: 0, status: 'schatting' });
    expect(e.zorgtoeslag.uitlegTekst).toMatch(/SCHATTING/);
    expect(e.zorgtoeslag.uitleg[0].amounts.toetsingsinkomenGeschat).toBeGreaterThan(20000000);
    expect(e.waarschuwingen.join(' ')).toMatch(/Zorgtoeslag rust op een geschat toetsingsinkomen/);
  });
  it('zonder enig inkomen in de bijstand: zorgtoeslag op de geschatte bruto bijstand, als schatting', () => {
    const p = parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01' }] }));
    const e = evaluateHousehold(p, DATUM);
    expect(e.bijstand.bedragPerMaand).toBe(140150);
    // 12 x 1401.50 net = 16818 -> gross about 21,328 (below the drempelinkomen): the maximum
    expect(e.zorgtoeslag).toMatchObject({ bedragPerMaand: 12900, status: 'schatting' });
    expect(e.zorgtoeslag.uitleg[0].amounts.nettoPerJaar).toBe(1681800);
  });
  it('een opgegeven toetsingsinkomen van 0 is geen schatting', () => {
    const p = parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01', toetsingsinkomenPerJaar: 0 }] }));
    const e = evaluateHousehold(p, DATUM);
    expect(e.zorgtoeslag).toMatchObject({ bedragPerMaand: 12900, status: 'berekend' });
    expect(e.zorgtoeslag.melding).toBeUndefined();
  });
  it('weigert de zorgtoeslag als het inkomen niet te schatten is (loon op de AOW-leeftijd) en zegt waarom', () => {
    const p = parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1950-01-01', nettoLoonPerMaand: 50000 }] }));
    const e = evaluateHousehold(p, DATUM);
    expect(e.zorgtoeslag).toMatchObject({ bedragPerMaand: 0, recht: false, status: 'niet-berekend' });
    expect(e.zorgtoeslag.melding).toMatch(/niet berekend.*aanvrager.*AOW-leeftijd/);
    expect(e.totaal.toeslagenPerMaand).toBe(0);
    expect(renderEvaluation(e)).toContain('Zorgtoeslag: niet berekend');
    expect(householdAmounts(p, DATUM).status.zorgtoeslag).toBe('niet-berekend');
  });
  it('huurtoeslag telt het geschatte inkomen van een medebewoner mee', () => {
    const p = parseHouseholdProfile(
      profielInput({ huurPerMaand: 70000, leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01', toetsingsinkomenPerJaar: 0 }, { rol: 'medebewoner', geboortedatum: '1970-01-01', nettoLoonPerMaand: 300000 }] }),
    );
    const e = evaluateHousehold(p, DATUM);
    expect(e.zorgtoeslag.status).toBe('berekend');
    expect(e.huurtoeslag.status).toBe('schatting');
    expect(e.huurtoeslag.uitlegTekst).toMatch(/medebewoner 1/);
  });
});

describe('terugkijken naar 2025 (issue #15 punt 7)', () => {
  const p = parseHouseholdProfile(profielInput({ huurPerMaand: 60000, leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01', toetsingsinkomenPerJaar: 0 }] }));
  it('rekent bijstand en zorgtoeslag met de bedragen van 2025', () => {
    const e = evaluateHousehold(p, '2025-03-15');
    expect(e.bijstand.bedragPerMaand).toBe(134545);
    expect(e.zorgtoeslag).toMatchObject({ bedragPerMaand: 13100, bedragPerJaar: 157343, status: 'berekend' });
  });
  it('weigert de huurtoeslag 2025 (oud stelsel, factoren ontbreken) en zegt waarom', () => {
    const e = evaluateHousehold(p, '2025-03-15');
    expect(e.huurtoeslag).toMatchObject({ bedragPerMaand: 0, status: 'niet-berekend' });
    expect(e.huurtoeslag.melding).toMatch(/oude stelsel/);
    // from 2026 the linear system computes it
    expect(evaluateHousehold(p, '2026-03-15').huurtoeslag.status).toBe('berekend');
  });
  it('schat in 2025 geen toetsingsinkomen (geen belastingtarieven 2025) en berekent dan geen zorgtoeslag', () => {
    const zonder = parseHouseholdProfile(profielInput({ leden: [{ rol: 'aanvrager', geboortedatum: '1980-01-01', nettoLoonPerMaand: 50000 }] }));
    const e = evaluateHousehold(zonder, '2025-03-15');
    expect(e.zorgtoeslag).toMatchObject({ bedragPerMaand: 0, status: 'niet-berekend' });
    expect(e.zorgtoeslag.melding).toMatch(/kan voor 15 maart 2025 niet worden geschat/);
  });
});
