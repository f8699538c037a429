// SPDX-License-Identifier: EUPL-1.2
/**
 * Zorgtoeslag (Wet op de zorgtoeslag art. 2). Yearly amount = standaardpremie (x2 with a
 * toeslagpartner) minus normpremie; normpremie = p x drempelinkomen + 13.73% x (toetsingsinkomen
 * - drempelinkomen). Rounding: the yearly amount is rounded to whole euros (half up), the monthly
 * advance is that divided by 12 and rounded down to whole euros. This reproduces the published
 * 2026 maxima (EUR 129 / EUR 246). All intermediate arithmetic is in integers (percentages in
 * thousandths) so there is no floating-point noise.
 */
import { formatEuro } from '../../../platform/money';
import { step, staleWarning, value, versionAt } from '../../engine';
import type { ParameterVersion, Step } from '../../types';
import { zorgtoeslagParameters } from './parameters';

export interface CompiledZorgtoeslag {
  v: ParameterVersion;
  warning?: string;
  S: number;
  D: number;
  pSingle: number; // thousandths of a percent
  pPartner: number;
  afbouw: number;
  limitSingle: number;
  limitPartner: number;
  awirMin: number;
}

export interface ZorgtoeslagInput {
  hasPartner: boolean;
  /** Joint toetsingsinkomen per year (Awir art. 8), in cents. */
  toetsingsinkomen: number;
  vermogen: number;
}

export interface ZorgtoeslagResult {
  perJaar: number;
  perMaand: number;
}

const milli = (p: number) => Math.round(p * 1000);

export function compileZorgtoeslag(date: string): CompiledZorgtoeslag {
  const v = versionAt(zorgtoeslagParameters, date);
  return {
    v,
    warning: staleWarning(zorgtoeslagParameters, date),
    S: value(v, 'standaardpremie_jaar'),
    D: value(v, 'drempelinkomen_jaar_gepubliceerd'),
    pSingle: milli(value(v, 'normpremie_drempel_alleenstaande')),
    pPartner: milli(value(v, 'normpremie_drempel_met_partner')),
    afbouw: milli(value(v, 'afbouw_boven_drempel')),
    limitSingle: value(v, 'vermogensgrens_alleenstaande'),
    limitPartner: value(v, 'vermogensgrens_met_partner'),
    awirMin: value(v, 'awir_minimum_uit_te_keren_per_jaar'),
  };
}

const SCALE = 100_000; // percent x 1000

export function calcZorgtoeslag(c: CompiledZorgtoeslag, i: ZorgtoeslagInput, trace?: Step[]): ZorgtoeslagResult {
  const limit = i.hasPartner ? c.limitPartner : c.limitSingle;
  if (i.vermogen > limit) {
    trace?.push(step('zorgtoeslag.vermogen', c.v, 'art. 3', undefined, `Vermogen ${formatEuro(i.vermogen)} boven de vermogensgrens: geen zorgtoeslag.`, [i.hasPartner ? 'vermogensgrens_met_partner' : 'vermogensgrens_alleenstaande'], { vermogen: i.vermogen, vermogensgrens: limit }));
    return { perJaar: 0, perMaand: 0 };
  }
  const p = i.hasPartner ? c.pPartner : c.pSingle;
  const S = i.hasPartner ? 2 * c.S : c.S;
  const above = Math.max(0, i.toetsingsinkomen - c.D);
  const normpremieScaled = p * c.D + c.afbouw * above;
  const yearScaled = S * SCALE - normpremieScaled;
  // Whole euros, half up: cents = scaled / SCALE; euros = cents / 100.
  const yearEuros = yearScaled <= 0 ? 0 : Math.floor((2 * yearScaled + 100 * SCALE) / (200 * SCALE));
  const paid = yearEuros * 100 >= c.awirMin;
  const perJaar = paid ? yearEuros * 100 : 0;
  const perMaand = paid ? Math.floor(yearEuros / 12) * 100 : 0;
  if (trace) {
    trace.push(
      step('zorgtoeslag.normpremie', c.v, 'art. 2', '2', `Normpremie = ${i.hasPartner ? '4,289' : '1,912'}% van het drempelinkomen plus 13,73% van het toetsingsinkomen boven het drempelinkomen.`, [i.hasPartner ? 'normpremie_drempel_met_partner' : 'normpremie_drempel_alleenstaande', 'afbouw_boven_drempel', 'drempelinkomen_jaar_gepubliceerd'], {
        toetsingsinkomen: i.toetsingsinkomen,
        inkomenBovenDrempel: above,
        normpremie: Math.round(normpremieScaled / SCALE),
      }),
      step('zorgtoeslag.bedrag', c.v, 'art. 2', '1', `Zorgtoeslag per jaar = standaardpremie${i.hasPartner ? ' x 2 (toeslagpartner)' : ''} min normpremie, afgerond op hele euro's; per maand het jaarbedrag / 12, naar beneden afgerond op hele euro's.${paid ? '' : ' Het jaarbedrag ligt onder het Awir-minimum: er wordt niets uitbetaald.'}`, ['standaardpremie_jaar', 'awir_minimum_uit_te_keren_per_jaar'], {
        standaardpremie: S,
        perJaar,
        perMaand,
      }),
    );
  }
  return { perJaar, perMaand };
}
