// SPDX-License-Identifier: EUPL-1.2
/**
 * Kindgebonden budget (WKB art. 2). The right is determined per calendar month: a child counts
 * from the month after birth up to and including the month it turns 18; the 12-15 and 16-17
 * supplements start the month after the 12th / 16th birthday. Rounding: the yearly amount for
 * the month's situation is computed exactly (percentage in tenths of a percent) and rounded half
 * up to whole cents; the monthly amount is the yearly amount / 12 rounded down to whole cents.
 * The drempelinkomen is the statutory one (art. 1 lid 1 onder d: the zorgtoeslag drempelinkomen,
 * 108% x 12 x the January minimum wage, unrounded). The rounding of the monthly advance by the
 * Belastingdienst was not found in any stored source (open point): rounding down to cents is an
 * assumption of this engine and the explanation says so.
 */
import { formatEuro } from '../../../platform/money';
import { step, staleWarning, value, versionAt } from '../../engine';
import type { ParameterVersion, Step } from '../../types';
import { kindgebondenBudgetParameters } from './parameters';

export interface CompiledKgb {
  v: ParameterVersion;
  warning?: string;
  /** Month index (y*12+m-1) of the calculation date. */
  month: number;
  perKind: number;
  v12: number;
  v16: number;
  alo: number;
  extraPartner: number;
  D: number;
  limitSingle: number;
  limitPartner: number;
  afbouw: number; // percent x 10
}

export interface KgbInput {
  hasPartner: boolean;
  /** Parent without toeslagpartner who receives kinderbijslag: ALO-kop. */
  alleenstaandeOuder: boolean;
  /** Birth month indices (y*12 + m-1) of the children in the household. */
  childBirthMonths: readonly number[];
  toetsingsinkomen: number;
  vermogen: number;
}

export interface KgbResult {
  kinderen: number;
  perJaar: number;
  perMaand: number;
}

export function compileKgb(date: string, month: number): CompiledKgb {
  const v = versionAt(kindgebondenBudgetParameters, date);
  return {
    v,
    warning: staleWarning(kindgebondenBudgetParameters, date),
    month,
    perKind: value(v, 'bedrag_per_kind_jaar'),
    v12: value(v, 'verhoging_kind_12_15_jaar'),
    v16: value(v, 'verhoging_kind_16_17_jaar'),
    alo: value(v, 'alleenstaande_ouderkop_jaar'),
    extraPartner: value(v, 'extra_drempel_met_partner_jaar'),
    D: value(v, 'drempelinkomen_jaar_wettelijke_formule'),
    limitSingle: value(v, 'vermogensgrens_zonder_partner'),
    limitPartner: value(v, 'vermogensgrens_met_partner'),
    afbouw: Math.round(value(v, 'afbouw') * 10),
  };
}

export function calcKgb(c: CompiledKgb, i: KgbInput, trace?: Step[]): KgbResult {
  let n = 0;
  let n12 = 0;
  let n16 = 0;
  for (const b of i.childBirthMonths) {
    if (b >= c.month || b + 216 < c.month) continue; // month after birth .. month of 18th birthday
    n++;
    if (b + 192 < c.month) n16++;
    else if (b + 144 < c.month) n12++;
  }
  if (n === 0) return { kinderen: 0, perJaar: 0, perMaand: 0 };
  const limit = i.hasPartner ? c.limitPartner : c.limitSingle;
  if (i.vermogen > limit) {
    trace?.push(step('kgb.vermogen', c.v, 'art. 1', '4', `Vermogen ${formatEuro(i.vermogen)} boven de vermogensgrens: geen kindgebonden budget.`, [i.hasPartner ? 'vermogensgrens_met_partner' : 'vermogensgrens_zonder_partner'], { vermogen: i.vermogen, vermogensgrens: limit }));
    return { kinderen: n, perJaar: 0, perMaand: 0 };
  }
  const alo = i.alleenstaandeOuder && !i.hasPartner ? c.alo : 0;
  const max = n * c.perKind + n12 * c.v12 + n16 * c.v16 + alo;
  const drempel = c.D + (i.hasPartner ? c.extraPartner : 0);
  const over = Math.max(0, i.toetsingsinkomen - drempel);
  const scaled = max * 1000 - over * c.afbouw;
  const perJaar = scaled <= 0 ? 0 : Math.floor((2 * scaled + 1000) / 2000);
  const perMaand = Math.floor(perJaar / 12);
  if (trace) {
    trace.push(
      step('kgb.maximum', c.v, 'art. 2', '2-3', `Maximaal kindgebonden budget voor ${n} kind(eren), waarvan ${n12} van 12-15 en ${n16} van 16-17 jaar${alo ? ', plus de alleenstaande-ouderkop' : ''}.`, ['bedrag_per_kind_jaar', 'verhoging_kind_12_15_jaar', 'verhoging_kind_16_17_jaar', ...(alo ? ['alleenstaande_ouderkop_jaar'] : [])], { aantalKinderen: n, maximumPerJaar: max }),
      step('kgb.afbouw', c.v, 'art. 2', '5-6', `Afbouw: ${(c.afbouw / 10).toLocaleString('nl-NL')}% van het toetsingsinkomen boven het wettelijke drempelinkomen (${formatEuro(c.D)}, niet afgerond)${i.hasPartner ? ' plus de extra drempel voor partners' : ''}. Jaarbedrag half naar boven afgerond op centen. Per maand: jaarbedrag / 12, naar beneden afgerond op centen — de afronding die de Belastingdienst toepast is niet gevonden in de bronnen; dit is een aanname.`, ['afbouw', 'drempelinkomen_jaar_wettelijke_formule', ...(i.hasPartner ? ['extra_drempel_met_partner_jaar'] : [])], {
        toetsingsinkomen: i.toetsingsinkomen,
        drempel,
        perJaar,
        perMaand,
      }),
    );
  }
  return { kinderen: n, perJaar, perMaand };
}
