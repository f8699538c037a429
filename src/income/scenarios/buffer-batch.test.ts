// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { histogramPercentile, mergeStats, simulateBufferBatch, type BatchOptions } from './buffer-batch';

const O: BatchOptions = { startMaand: '2026-01-01', maanden: 12, seed: 42, lag: 2, capPerYear: Number.MAX_SAFE_INTEGER };

describe('buffer-simulatie in batch', () => {
  const whole = simulateBufferBatch(O, 0, 300);
  it('hangt niet af van de verdeling over workers', () => {
    expect(mergeStats(simulateBufferBatch(O, 0, 120), simulateBufferBatch(O, 120, 300))).toEqual(whole);
  });
  it('is reproduceerbaar met dezelfde seed en anders met een andere seed', () => {
    expect(simulateBufferBatch(O, 0, 300)).toEqual(whole);
    expect(simulateBufferBatch({ ...O, seed: 43 }, 0, 300).fundCost).not.toBe(whole.fundCost);
  });
  it('een buffer zonder jaarmaximum voorkomt alle inhoudingen; de reguliere verrekening niet', () => {
    expect(whole.households).toBe(300);
    expect(whole.householdMonths).toBe(3600);
    expect(whole.deductionMonthsBuffer).toBe(0);
    expect(whole.deductionMonthsRegular).toBeGreaterThan(0);
    expect(whole.fundCost).toBeGreaterThan(0);
    expect(whole.fundCost).toBeLessThanOrEqual(whole.sumBufferMax);
    expect(whole.bufferMaxHistogram.reduce((a, b) => a + b, 0)).toBe(300);
  });
  it('met het art. 34b-maximum van €1.000 per kalenderjaar blijven er inhoudingen over en is de buffer begrensd', () => {
    const capped = simulateBufferBatch({ ...O, capPerYear: 100000 }, 0, 300);
    // 12 months from January with a 2-month settlement lag: settlements fall in 2026 and 2027,
    // so at most two yearly caps of EUR 1,000 can be advanced by the fund per household
    // (a household's own reserve absorbs overpayments first, so the deepest advance may stay below one cap)
    expect(capped.maxBufferMax).toBeGreaterThan(0);
    expect(capped.maxBufferMax).toBeLessThanOrEqual(200000);
    expect(capped.fundCost).toBeLessThanOrEqual(whole.fundCost);
    expect(capped.deductionMonthsBuffer).toBeGreaterThan(0);
    expect(histogramPercentile(capped, 100)).toBeLessThanOrEqual(205000);
  });
});
