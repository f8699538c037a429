// SPDX-License-Identifier: EUPL-1.2
/**
 * Batch simulation of the Bestaansbalans buffer for a synthetic population of part-time working
 * households on bijstand, for a policy adviser: how big must the fund be, what does it cost, how
 * many deductions does it prevent. Pure: randomness comes from a seeded PRNG per household, so
 * the result does not depend on how the range is split over worker threads.
 */
import { monthIndex, monthIndexToFirstDay } from '../dates';
import { compileRules } from '../household';
import { rngFor, type Rng } from '../../platform/random';
import { LANDELIJK } from '../rules/gemeentelijk/parameters';
import type { GemeenteConfig } from '../rules/gemeentelijk/schema';
import { FRESH_VRIJLATING, type BijstandInput, type CompiledBijstand, type HouseholdKind, type VrijlatingState } from '../rules/participatiewet/bijstand';
import { entitlementStep } from './fluctuating';
import { runBuffer, runVerrekening, type MonthArrays } from './fluctuating-kernels';

export interface BatchOptions {
  startMaand: string; // first day of month
  maanden: number;
  seed: number;
  lag: number;
  /** Yearly cap of the buffer per household (Number.MAX_SAFE_INTEGER = none). */
  capPerYear: number;
  gemeente?: GemeenteConfig;
}

export interface BatchStats {
  households: number;
  householdMonths: number;
  /** Sum over households of the final buffer balance (cost to the fund), cents. */
  fundCost: number;
  /** Sum of the highest buffer balance per household (capital the fund must hold if all peak together). */
  sumBufferMax: number;
  maxBufferMax: number;
  householdsUsingBuffer: number;
  deductionMonthsRegular: number;
  deductionMonthsBuffer: number;
  /** Histogram of per-household buffer maxima in buckets of EUR 50 (last bucket: EUR 5,000+). */
  bufferMaxHistogram: number[];
}

export const HISTOGRAM_BUCKET = 5000;
export const HISTOGRAM_BUCKETS = 101;

export function emptyStats(): BatchStats {
  return { households: 0, householdMonths: 0, fundCost: 0, sumBufferMax: 0, maxBufferMax: 0, householdsUsingBuffer: 0, deductionMonthsRegular: 0, deductionMonthsBuffer: 0, bufferMaxHistogram: new Array(HISTOGRAM_BUCKETS).fill(0) };
}

export function mergeStats(a: BatchStats, b: BatchStats): BatchStats {
  return {
    households: a.households + b.households,
    householdMonths: a.householdMonths + b.householdMonths,
    fundCost: a.fundCost + b.fundCost,
    sumBufferMax: a.sumBufferMax + b.sumBufferMax,
    maxBufferMax: Math.max(a.maxBufferMax, b.maxBufferMax),
    householdsUsingBuffer: a.householdsUsingBuffer + b.householdsUsingBuffer,
    deductionMonthsRegular: a.deductionMonthsRegular + b.deductionMonthsRegular,
    deductionMonthsBuffer: a.deductionMonthsBuffer + b.deductionMonthsBuffer,
    bufferMaxHistogram: a.bufferMaxHistogram.map((x, i) => x + b.bufferMaxHistogram[i]),
  };
}

/** Percentile (0-100) of the buffer maxima from the histogram, as the upper bound of its bucket in cents. */
export function histogramPercentile(s: BatchStats, p: number): number {
  const target = (s.households * p) / 100;
  let acc = 0;
  for (let i = 0; i < s.bufferMaxHistogram.length; i++) {
    acc += s.bufferMaxHistogram[i];
    if (acc >= target) return (i + 1) * HISTOGRAM_BUCKET;
  }
  return HISTOGRAM_BUCKETS * HISTOGRAM_BUCKET;
}

/** A synthetic household: type, ages, kostendelers and a fluctuating part-time wage pattern. */
export function syntheticHousehold(rng: Rng, months: number, wages: Float64Array): { input: BijstandInput; expected: number } {
  const r = rng();
  const kind: HouseholdKind = r < 0.55 ? 'alleenstaande' : r < 0.8 ? 'alleenstaande-ouder' : 'gehuwden';
  const ageA = 22 + Math.floor(rng() * 44);
  const hasChildren = kind !== 'alleenstaande' && (kind === 'alleenstaande-ouder' || rng() < 0.5);
  const youngest = hasChildren ? Math.floor(rng() * 18) : -1;
  const kostendelers = kind === 'alleenstaande' && rng() < 0.15 ? 1 + Math.floor(rng() * 2) : 0;
  // Part-time wage: contract hours around EUR 300-900 net, with month-to-month swings and idle months.
  const base = 30000 + Math.floor(rng() * 60000);
  let sum = 0;
  for (let k = 0; k < months; k++) {
    const idle = rng() < 0.08;
    const w = idle ? 0 : Math.max(0, Math.round(base * (0.5 + rng())));
    wages[k] = w;
    sum += w;
  }
  return {
    input: {
      kind,
      ageA,
      ageP: kind === 'gehuwden' ? ageA - 2 + Math.floor(rng() * 5) : -1,
      hasChildren,
      youngestChildAge: youngest,
      kostendelers,
      loonA: 0,
      loonP: 0,
      overig: 0,
      vermogen: 0,
      oudersKunnenNietBijdragen: false,
      medischA: false,
      medischP: false,
      vrijA: FRESH_VRIJLATING,
      vrijP: FRESH_VRIJLATING,
    },
    expected: Math.round(sum / months),
  };
}

/** Simulate households [from, to) and return aggregate statistics. */
export function simulateBufferBatch(o: BatchOptions, from: number, to: number, onProgress?: (done: number) => void): BatchStats {
  const cfg = o.gemeente ?? LANDELIJK;
  const start = monthIndex(o.startMaand);
  const compiled: CompiledBijstand[] = Array.from({ length: o.maanden }, (_, k) => compileRules(monthIndexToFirstDay(start + k), cfg).bijstand);
  const wages = new Float64Array(o.maanden);
  const recht = new Float64Array(o.maanden);
  const adv = new Float64Array(o.maanden);
  const full = new Float64Array(o.maanden);
  const arrays: MonthArrays = { n: o.maanden, wage: wages, recht, adv, full, yearOf: (k) => Math.floor((start + k) / 12) };
  const s = emptyStats();
  for (let i = from; i < to; i++) {
    const rng = rngFor(o.seed, i);
    const h = syntheticHousehold(rng, o.maanden, wages);
    let st: VrijlatingState = FRESH_VRIJLATING;
    for (let k = 0; k < o.maanden; k++) {
      const e = entitlementStep(compiled[k], h.input, wages[k], h.expected, st);
      recht[k] = e.recht;
      adv[k] = e.adv;
      full[k] = e.full;
      st = e.next;
    }
    const reg = runVerrekening(arrays, o.lag, Number.MAX_SAFE_INTEGER, undefined);
    const buf = runBuffer(arrays, o.lag, o.capPerYear, true, Number.MAX_SAFE_INTEGER, undefined);
    s.households++;
    s.householdMonths += o.maanden;
    const advance = -buf.bufferMin; // deepest advance of the fund for this household
    s.fundCost += buf.fundCost;
    s.sumBufferMax += advance;
    if (advance > s.maxBufferMax) s.maxBufferMax = advance;
    if (buf.bufferDrawn > 0) s.householdsUsingBuffer++;
    s.deductionMonthsRegular += reg.monthsWithDeduction;
    s.deductionMonthsBuffer += buf.monthsWithDeduction;
    s.bufferMaxHistogram[Math.min(HISTOGRAM_BUCKETS - 1, Math.floor(advance / HISTOGRAM_BUCKET))]++;
    if (onProgress && (i - from) % 20000 === 19999) onProgress(i - from + 1);
  }
  return s;
}
