// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ParameterFileError, staleWarning, validateParameterFile, versionAt } from './engine';
import { zorgtoeslagParameters } from './rules/zorgtoeslag/parameters';
import { participatiewetFiles } from './rules/participatiewet/parameters';
import { huurtoeslagParameters } from './rules/huurtoeslag/parameters';
import { kindgebondenBudgetParameters } from './rules/kindgebonden-budget/parameters';
import { kinderbijslagParameters } from './rules/kinderbijslag/parameters';
import type { ParameterFile } from './types';

const clone = (pf: ParameterFile): ParameterFile => structuredClone(pf);

function failure(pf: ParameterFile): ParameterFileError {
  try {
    validateParameterFile(pf);
  } catch (e) {
    if (e instanceof ParameterFileError) return e;
    throw e;
  }
  throw new Error('validation unexpectedly passed');
}

describe('validatie van parameterbestanden', () => {
  it('alle meegeleverde bestanden zijn geldig', () => {
    for (const pf of [...participatiewetFiles, zorgtoeslagParameters, huurtoeslagParameters, kindgebondenBudgetParameters, kinderbijslagParameters]) expect(() => validateParameterFile(pf)).not.toThrow();
  });
  it('een ontbrekende sleutel faalt luid met bestand en sleutel', () => {
    const pf = clone(zorgtoeslagParameters);
    delete (pf.versions[0].values as Record<string, unknown>).standaardpremie_jaar;
    const e = failure(pf);
    expect(e.file).toBe('src/income/rules/zorgtoeslag/parameters.ts');
    expect(e.key).toBe('versions[0].values.standaardpremie_jaar');
    expect(e.message).toContain('src/income/rules/zorgtoeslag/parameters.ts: versions[0].values.standaardpremie_jaar: ontbreekt');
  });
  it('een bedrag met een breuk van centen faalt', () => {
    const pf = clone(zorgtoeslagParameters);
    pf.versions[0].values.standaardpremie_jaar.value = 2119.5;
    expect(failure(pf).key).toBe('versions[0].values.standaardpremie_jaar.value');
  });
  it('een percentage boven 100 faalt', () => {
    const pf = clone(zorgtoeslagParameters);
    pf.versions[0].values.afbouw_boven_drempel.value = 137.3;
    expect(failure(pf).message).toMatch(/afbouw_boven_drempel\.value: percentage/);
  });
  it('een verkeerde eenheid faalt', () => {
    const pf = clone(zorgtoeslagParameters);
    pf.versions[0].values.afbouw_boven_drempel.unit = 'cent';
    expect(failure(pf).key).toBe('versions[0].values.afbouw_boven_drempel.unit');
  });
  it('een onbekende sleutel faalt', () => {
    const pf = clone(zorgtoeslagParameters);
    pf.versions[0].values.tikfout = { value: 1, unit: 'cent' };
    expect(failure(pf).key).toBe('versions[0].values.tikfout');
  });
  it('een onmogelijke datum faalt', () => {
    const pf = clone(zorgtoeslagParameters);
    pf.versions[0].validFrom = '2026-02-30';
    expect(failure(pf).key).toBe('versions[0].validFrom');
  });
  it('overlappende versies falen', () => {
    const pf = clone(kinderbijslagParameters);
    pf.versions[0].validTo = '2026-07-01';
    expect(failure(pf).key).toBe('versions[1].validFrom');
  });
  it('een ontbrekende bron faalt', () => {
    const pf = clone(kinderbijslagParameters);
    pf.versions[1].basis.source = [];
    expect(failure(pf).key).toBe('versions[1].basis');
  });
  it('een onbekende zekerheid faalt', () => {
    const pf = clone(kinderbijslagParameters);
    (pf.versions[1].basis as { confidence: string }).confidence = 'zeker';
    expect(failure(pf).key).toBe('versions[1].basis.confidence');
  });
});

describe('opzoeken op datum', () => {
  it('kiest de versie die op de datum geldt', () => {
    expect(versionAt(kinderbijslagParameters, '2026-06-30').validFrom).toBe('2026-01-01');
    expect(versionAt(kinderbijslagParameters, '2026-07-01').validFrom).toBe('2026-07-01');
  });
  it('een nieuwe versie toevoegen is alleen een datawijziging', () => {
    const pf = clone(kinderbijslagParameters);
    const last = pf.versions.length - 1;
    pf.versions[last].validTo = '2026-12-31';
    pf.versions.push({ ...structuredClone(pf.versions[last]), validFrom: '2027-01-01', validTo: undefined });
    pf.versions[last + 1].values.kind_0_5_kwartaal.value = 30000;
    validateParameterFile(pf);
    expect(versionAt(pf, '2027-03-01').values.kind_0_5_kwartaal.value).toBe(30000);
  });
  it('geeft een 400 met veld datum als er geen versie is', () => {
    expect(() => versionAt(kinderbijslagParameters, '2024-12-31', 'datum')).toThrow(/geen parameters van kinderbijslag bekend voor 31 december 2024/);
  });
  it('waarschuwt voor data na de laatst bekende datum', () => {
    expect(staleWarning(kinderbijslagParameters, '2026-12-31')).toBeUndefined();
    expect(staleWarning(kinderbijslagParameters, '2027-01-01')).toMatch(/laatst bekende/);
  });
});
