// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ParameterFileError } from '../../engine';
import { GEMEENTE_CONFIGS, RAW_GEMEENTE_CONFIGS } from './parameters';
import { evaluateRegeling, type RegelingFacts } from './regelingen';
import { validateGemeenteConfig } from './schema';

const utrecht = GEMEENTE_CONFIGS.utrecht;
const reg = (id: string) => utrecht.regelingen.find((r) => r.id === id)!;
const F: RegelingFacts = { kind: 'alleenstaande', ageA: 30, aowAge: 67, childAges: [], adults: 1, persons: 1, inkomen: 140150, sociaalMinimum: 140150, maandenLaagInkomen: 36, vermogen: 0 };

describe('gemeentelijke regelingen (illustratief Utrecht)', () => {
  it('alle vijf voorbeeldgemeenten zijn geldig en als illustratief gemarkeerd', () => {
    expect(Object.keys(GEMEENTE_CONFIGS).sort()).toEqual(['den-haag', 'groningen', 'tilburg', 'utrecht', 'zaanstad']);
    for (const g of Object.values(GEMEENTE_CONFIGS)) {
      expect(g.illustratief).toBe(true);
      expect(g.regelingen.every((r) => r.grondslag.confidence === 'illustrative')).toBe(true);
    }
  });
  // IIT Utrecht: 125% of 140150 = 175187.5 -> limit 175187
  it('individuele inkomenstoeslag: inkomen precies op 125% geeft recht', () => {
    const r = evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, inkomen: 175187 });
    expect(r).toMatchObject({ recht: true, perJaar: 50000, perMaand: 4167 }); // 50000 / 12 = 4166.67 -> 4167
  });
  it('individuele inkomenstoeslag: €0,01 boven 125% geeft geen recht', () => {
    const r = evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, inkomen: 175188 });
    expect(r.recht).toBe(false);
    expect(r.redenen[0]).toMatch(/boven 125% van het sociaal minimum/);
  });
  it('individuele inkomenstoeslag vereist 36 maanden laag inkomen', () => {
    expect(evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, maandenLaagInkomen: 35 }).recht).toBe(false);
    expect(evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, maandenLaagInkomen: 36 }).recht).toBe(true);
  });
  it('individuele inkomenstoeslag niet met de AOW-leeftijd of onder 21', () => {
    expect(evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, ageA: 67 }).redenen).toContain('aanvrager heeft de AOW-leeftijd');
    expect(evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, ageA: 20 }).recht).toBe(false);
  });
  it('individuele inkomenstoeslag: vermogen boven de grens', () => {
    expect(evaluateRegeling(reg('individuele-inkomenstoeslag'), { ...F, vermogen: 800001 }).recht).toBe(false);
  });
  it('collectieve zorgverzekering: bijdrage per volwassene per maand', () => {
    expect(evaluateRegeling(reg('collectieve-zorgverzekering'), { ...F, kind: 'gehuwden', adults: 2, persons: 2 })).toMatchObject({ perMaand: 5000, perJaar: 60000 });
  });
  it('kindpakket: bedrag per kind naar leeftijdsgroep, alleen met kinderen', () => {
    // 0-3: 15000, 4-11: 30000, 12-17: 45000 -> ages 2, 4, 12 = 90000 per year, 7500 per month
    expect(evaluateRegeling(reg('kindpakket'), { ...F, kind: 'alleenstaande-ouder', childAges: [2, 4, 12], persons: 4 })).toMatchObject({ recht: true, perJaar: 90000, perMaand: 7500 });
    expect(evaluateRegeling(reg('kindpakket'), F).redenen).toContain('minder dan 1 minderjarig(e) kind(eren)');
  });
  it('kwijtschelding: eenpersoons- of meerpersoonsbedrag, tot 100% van het sociaal minimum', () => {
    expect(evaluateRegeling(reg('kwijtschelding'), F)).toMatchObject({ recht: true, perJaar: 42000, perMaand: 3500 });
    expect(evaluateRegeling(reg('kwijtschelding'), { ...F, persons: 3 }).perJaar).toBe(56000);
    expect(evaluateRegeling(reg('kwijtschelding'), { ...F, inkomen: 140151 }).recht).toBe(false);
  });
});

describe('schema van gemeentelijke configuratie', () => {
  const raw = () => structuredClone(RAW_GEMEENTE_CONFIGS.zaanstad) as Record<string, any>;
  function fail(x: unknown): ParameterFileError {
    try {
      validateGemeenteConfig(x, 'test.ts');
    } catch (e) {
      if (e instanceof ParameterFileError) return e;
      throw e;
    }
    throw new Error('passed');
  }
  it('een negatief bedrag faalt met bestand en sleutel', () => {
    const r = raw();
    r.regelingen[0].bedrag.bedragen.gehuwden = -5;
    const e = fail(r);
    expect(e.message).toBe('test.ts: regelingen.0.bedrag.bedragen.gehuwden: moet een niet-negatief geheel aantal eurocent zijn');
  });
  it('een onbekend veld faalt', () => {
    const r = raw();
    r.regelingen[1].voorwaarden.postcode = '1500';
    expect(fail(r).key).toBe('regelingen.1.voorwaarden.postcode');
  });
  it('een onbekende soort faalt', () => {
    const r = raw();
    r.regelingen[2].soort = 'cadeaubon';
    expect(fail(r).key).toBe('regelingen.2.soort');
  });
  it('illustratieve configuratie met officiële zekerheid faalt', () => {
    const r = raw();
    r.regelingen[0].grondslag.confidence = 'official';
    expect(fail(r).key).toBe('regelingen.0.grondslag.confidence');
  });
  it('inkomensgrens onder 100% faalt', () => {
    const r = raw();
    r.regelingen[0].voorwaarden.maxInkomenProcentSociaalMinimum = 90;
    expect(fail(r).key).toBe('regelingen.0.voorwaarden.maxInkomenProcentSociaalMinimum');
  });
});
