// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as income from './index';

describe('publieke API', () => {
  it('exporteert de parsers en rekenfuncties', () => {
    for (const f of ['parseHouseholdProfile', 'evaluateHousehold', 'parseFluctuatingInput', 'runFluctuatingScenario', 'parseCashflowInput', 'runCashflowScenario', 'parseMinimaInput', 'runMinimaReport', 'minimaCsv', 'minimaHtml', 'lineChartSvg']) {
      expect(typeof (income as Record<string, unknown>)[f]).toBe('function');
    }
  });
  it('noemt elke ondersteunde wet met BWB-id en geldigheid', () => {
    expect(income.SUPPORTED_LAWS.map((l) => l.id)).toContain('huurtoeslag');
    for (const l of income.SUPPORTED_LAWS) {
      expect(l.bwbId).toMatch(/^BWBR\d{7}$/);
      expect(l.versies.length).toBeGreaterThan(0);
    }
    expect(income.SUPPORTED_LAWS.find((l) => l.id === 'huurtoeslag')?.versies[0].zekerheid).toBe('secondary');
  });
  it('noemt de vijf voorbeeldgemeenten als illustratief', () => {
    expect(income.SUPPORTED_SCHEMES.map((s) => s.gemeente).sort()).toEqual(['den-haag', 'groningen', 'tilburg', 'utrecht', 'zaanstad']);
    expect(income.SUPPORTED_SCHEMES.every((s) => s.illustratief && s.regelingen.length === 4)).toBe(true);
  });
});
