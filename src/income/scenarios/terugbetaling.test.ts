// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/errors';
import { parseHouseholdProfile } from '../profile';
import { forecastRepayment, yearIncome } from './terugbetaling';

const single = (ti: number) =>
  parseHouseholdProfile({ gemeente: 'landelijk', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-05-05', toetsingsinkomenPerJaar: ti }], huurPerMaand: 0, vermogen: 0 } });

describe('toeslagen paid back after the year (Awir art. 16, 19, 24)', () => {
  it('mixes the yearly income by months', () => {
    expect(yearIncome(2_000_000, 4_000_000, 7)).toBe(3_000_000);
    expect(yearIncome(4_000_000, 2_000_000, 10)).toBe(3_500_000);
    expect(yearIncome(1_000_000, 2_000_000, 1)).toBe(2_000_000);
  });

  it('income rises in July: zorgtoeslag to pay back, less when the change is reported at once', () => {
    // Advance on EUR 20,000 (below the drempelinkomen 29,735.42): normpremie 1.912% x 29,735.42 = 568.5412304;
    // 2,119 - 568.54 = 1,550.46 a year; advance: 1,550 / 12 = 129 (down) a month.
    // Real income (6 x 20,000 + 6 x 40,000) / 12 = 30,000: normpremie 568.5412304 + 13.73% x 264.58 = 604.8680644;
    // 2,119 - 604.87 = 1,514.13 definitive; reported advance 1,514 / 12 = 126.
    const r = forecastRepayment(single(2_000_000), { jaar: 2026, vanafMaand: 7, doorgegevenInMaand: 7, wijzigingen: [{ lid: 0, wie: 'aanvrager', toetsingsinkomenPerJaar: 4_000_000, veld: 'wijzigingen.0.lidId' }] });
    const zt = r.toeslagen.find((t) => t.regeling === 'zorgtoeslag')!;
    expect(r.inkomens[0].werkelijkPerJaar).toBe(3_000_000);
    expect(zt.status).toBe('berekend');
    expect(zt.voorschotten).toBe(12 * 12900);
    expect(zt.definitief).toBe(151413);
    expect(zt.terugNietDoorgegeven).toBe(154800 - 151413);
    expect(zt.voorschottenDoorgegeven).toBe(6 * 12900 + 6 * 12600);
    expect(zt.terugDoorgegeven).toBe(153000 - 151413);
    expect(zt.perMaand[5]).toEqual({ maand: '2026-06', voorschot: 12900, voorschotDoorgegeven: 12900 });
    expect(zt.perMaand[6]).toEqual({ maand: '2026-07', voorschot: 12900, voorschotDoorgegeven: 12600 });
    // No rent, no children: nothing for the other two.
    for (const id of ['huurtoeslag', 'kindgebonden-budget']) expect(r.toeslagen.find((t) => t.regeling === id)).toMatchObject({ voorschotten: 0, definitief: 0, terugNietDoorgegeven: 0 });
    expect(r.totaal.terugNietDoorgegeven).toBe(3387);
    expect(r.totaal.terugDoorgegeven).toBe(1587);
    expect(r.uitleg.map((s) => s.article.article)).toEqual(['art. 16', 'art. 8', 'art. 19', 'art. 24', 'art. 17']);
    expect(r.uitleg[0].article.bwbId).toBe('BWBR0018472');
    expect(r.uitleg[3].description).toContain('€ 33,87 terugbetalen');
  });

  it('income falls in October, reported in December: a payment after the year (nabetaling)', () => {
    // Advance on EUR 40,000: normpremie 568.5412304 + 13.73% x 10,264.58 = 1,977.8680644; 2,119 - 1,977.87 = 141.13;
    // advance 141 / 12 = 11. Real (9 x 40,000 + 3 x 20,000) / 12 = 35,000: normpremie 568.5412304 + 13.73% x 5,264.58
    // = 1,291.3680644; 2,119 - 1,291.37 = 827.63 definitive; advance on it 828 / 12 = 69.
    const r = forecastRepayment(single(4_000_000), { jaar: 2026, vanafMaand: 10, doorgegevenInMaand: 12, wijzigingen: [{ lid: 0, wie: 'aanvrager', toetsingsinkomenPerJaar: 2_000_000, veld: 'wijzigingen.0.lidId' }] });
    const zt = r.toeslagen.find((t) => t.regeling === 'zorgtoeslag')!;
    expect(zt.voorschotten).toBe(12 * 1100);
    expect(zt.definitief).toBe(82763);
    expect(zt.terugNietDoorgegeven).toBe(13200 - 82763);
    expect(zt.voorschottenDoorgegeven).toBe(11 * 1100 + 6900);
    expect(zt.terugDoorgegeven).toBe(19000 - 82763);
    expect(r.uitleg[3].description).toContain('€ 695,63 nabetaling');
  });

  it('refuses a change for a member whose yearly income nobody entered, naming the field', () => {
    const p = parseHouseholdProfile({ gemeente: 'landelijk', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-05-05', nettoLoonPerMaand: 150000 }] } });
    try {
      forecastRepayment(p, { jaar: 2026, vanafMaand: 3, doorgegevenInMaand: 3, wijzigingen: [{ lid: 0, wie: 'Cindy', toetsingsinkomenPerJaar: 100, veld: 'wijzigingen.0.lidId' }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Problem);
      expect((e as Problem).invalidParams[0]).toMatchObject({ name: 'wijzigingen.0.lidId' });
      expect((e as Problem).invalidParams[0].reason).toContain('nog geen toetsingsinkomen');
    }
    expect(() => forecastRepayment(single(100), { jaar: 2026, vanafMaand: 5, doorgegevenInMaand: 4, wijzigingen: [{ lid: 0, wie: 'x', toetsingsinkomenPerJaar: 1, veld: 'w' }] })).toThrow(Problem);
  });
});
