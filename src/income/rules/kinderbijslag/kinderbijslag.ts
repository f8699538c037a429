// SPDX-License-Identifier: EUPL-1.2
/**
 * Kinderbijslag per calendar quarter (AKW art. 7, 11-13): per child by its age on the first day
 * of the quarter; a child counts when it is born on or before that day and is under 18 then.
 * It is paid per quarter; for a monthly budget the quarterly total / 3 is used, rounded half up
 * to whole cents (a presentation average, not a payment).
 */
import { step, staleWarning, value, versionAt } from '../../engine';
import type { ParameterVersion, Step } from '../../types';
import { kinderbijslagParameters } from './parameters';
import { formatYmd, ymd } from '../../dates';
import { dutchDate } from '../../../platform/dutch-date';

export interface CompiledKinderbijslag {
  v: ParameterVersion;
  warning?: string;
  /** First day of the quarter the calculation date falls in. */
  quarterStart: string;
  qy: number;
  qm: number;
  a0: number;
  a6: number;
  a12: number;
}

export interface ChildBirth {
  y: number;
  m: number;
  d: number;
}

export interface KinderbijslagResult {
  kinderen: number;
  perKwartaal: number;
  perMaandGemiddeld: number;
}

export function compileKinderbijslag(date: string): CompiledKinderbijslag {
  const { y, m } = ymd(date);
  const qm = Math.floor((m - 1) / 3) * 3 + 1;
  const quarterStart = formatYmd(y, qm, 1);
  const v = versionAt(kinderbijslagParameters, quarterStart);
  return {
    v,
    warning: staleWarning(kinderbijslagParameters, date),
    quarterStart,
    qy: y,
    qm,
    a0: value(v, 'kind_0_5_kwartaal'),
    a6: value(v, 'kind_6_11_kwartaal'),
    a12: value(v, 'kind_12_17_kwartaal'),
  };
}

export function calcKinderbijslag(c: CompiledKinderbijslag, children: readonly ChildBirth[], trace?: Step[]): KinderbijslagResult {
  let total = 0;
  let n = 0;
  let n0 = 0;
  let n6 = 0;
  let n12 = 0;
  for (const b of children) {
    // Born on or before the first day of the quarter (qm, day 1).
    if (b.y > c.qy || (b.y === c.qy && (b.m > c.qm || (b.m === c.qm && b.d > 1)))) continue;
    const age = c.qy - b.y - (c.qm < b.m || (c.qm === b.m && 1 < b.d) ? 1 : 0);
    if (age >= 18) continue;
    n++;
    if (age < 6) {
      total += c.a0;
      n0++;
    } else if (age < 12) {
      total += c.a6;
      n6++;
    } else {
      total += c.a12;
      n12++;
    }
  }
  const perMaand = Math.floor((2 * total + 3) / 6);
  if (trace && n > 0) {
    trace.push(
      step('kinderbijslag.kwartaal', c.v, 'art. 12', undefined, `Kinderbijslag voor het kwartaal vanaf ${dutchDate(c.quarterStart)}: ${n0} kind(eren) onder 6, ${n6} van 6-11 en ${n12} van 12-17 jaar (leeftijd op de eerste dag van het kwartaal). Telt niet als inkomen voor de bijstand. Per maand gemiddeld: kwartaalbedrag / 3, afgerond op centen.`, ['kind_0_5_kwartaal', 'kind_6_11_kwartaal', 'kind_12_17_kwartaal'], {
        aantalKinderen: n,
        perKwartaal: total,
        perMaandGemiddeld: perMaand,
      }),
    );
  }
  return { kinderen: n, perKwartaal: total, perMaandGemiddeld: perMaand };
}
