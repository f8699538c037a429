// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { runRuleCases } from '../../testing/rule-cases';
import type { Step } from '../../types';
import { calcHuurtoeslag, compileHuurtoeslag, type HuurtoeslagInput } from './huurtoeslag';
import { HUURTOESLAG_CASES } from './huurtoeslag.cases';

const c = compileHuurtoeslag('2026-05-01');
const BASE: HuurtoeslagInput = { huur: 0, persons: 1, allUnder21NoChildren: false, hasPartner: false, inkomenVolwassenen: 0, inkomensJongerDan23: [], vermogen: 0 };
runRuleCases('huurtoeslag', HUURTOESLAG_CASES, (i) => ({ ...calcHuurtoeslag(c, { ...BASE, ...i }) }));

describe('huurtoeslag', () => {
  it('markeert secundaire en ongeverifieerde parameters in de uitleg', () => {
    const t: Step[] = [];
    calcHuurtoeslag(c, { ...BASE, huur: 60000 }, t);
    const params = t.flatMap((s) => s.parameters);
    expect(params.find((p) => p.name === 'basishuur_eenpersoons')?.confidence).toBe('secondary');
    expect(params.find((p) => p.name === 'kindinkomen_vrijstelling_onder_23_jaar')?.confidence).toBe('unverified');
  });
});
