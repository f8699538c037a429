// SPDX-License-Identifier: EUPL-1.2
/**
 * Zorgtoeslag (Wet op de zorgtoeslag art. 2). Yearly amount = standaardpremie (x2 with a
 * toeslagpartner) minus normpremie; normpremie = p x drempelinkomen + 13.73% x (toetsingsinkomen
 * - drempelinkomen), with the statutory drempelinkomen of art. 1 lid 1 onder f (108% x 12 x the
 * January minimum wage, unrounded: EUR 29,735.42 in 2026), not the published rounded EUR 29,736.
 * Rounding: the yearly (definitive) amount is reported unrounded (to the cent, half up); the
 * monthly advance is the yearly amount rounded to whole euros, divided by 12 and rounded down to
 * whole euros, as the reference describes (it reproduces the published 2026 maxima EUR 129 / 246).
 * The Awir minimum payment is tested on the yearly amount in whole euros. All intermediate
 * arithmetic is in integers (percentages in thousandths) so there is no floating-point noise.
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
  /** Yearly (definitive) amount, unrounded to the cent. */
  perJaar: number;
  /** Monthly advance in whole euros (in cents). */
  perMaand: number;
}

const milli = (p: number) => Math.round(p * 1000);

export function compileZorgtoeslag(date: string): CompiledZorgtoeslag {
  const v = versionAt(zorgtoeslagParameters, date);
  return {
    v,
    warning: staleWarning(zorgtoeslagParameters, date),
    S: value(v, 'standaardpremie_jaar'),
    D: value(v, 'drempelinkomen_jaar_wettelijke_formule'),
    pSingle: milli(value(v, 'normpremie_drempel_alleenstaande')),
    pPartner: milli(value(v, 'normpremie_drempel_met_partner')),
    afbouw: milli(value(v, 'afbouw_boven_drempel')),
    limitSingle: value(v, 'vermogensgrens_alleenstaande'),
    limitPartner: value(v, 'vermogensgrens_met_partner'),
    awirMin: value(v, 'awir_minimum_uit_te_keren_per_jaar'),
  };
}

const SCALE = 100_000; // percent x 1000

/** Thousandths of a percent as Dutch text: 1912 -> '1,912'. */
const pct = (milliPct: number) => (milliPct / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 3 });

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
  // Yearly amount to the cent, half up (scaled = cents x SCALE); whole euros, half up, for the advance.
  const yearCents = yearScaled <= 0 ? 0 : Math.floor((2 * yearScaled + SCALE) / (2 * SCALE));
  const yearEuros = yearScaled <= 0 ? 0 : Math.floor((2 * yearScaled + 100 * SCALE) / (200 * SCALE));
  const paid = yearEuros * 100 >= c.awirMin;
  const perJaar = paid ? yearCents : 0;
  const perMaand = paid ? Math.floor(yearEuros / 12) * 100 : 0;
  if (trace) {
    trace.push(
      step('zorgtoeslag.normpremie', c.v, 'art. 2', '2', `Normpremie = ${pct(p)}% van het drempelinkomen plus ${pct(c.afbouw)}% van het toetsingsinkomen boven het drempelinkomen. Het drempelinkomen is het wettelijke bedrag (108% x 12 x het minimumloon per maand in januari, art. 1 lid 1 onder f), niet afgerond: ${formatEuro(c.D)}.`, [i.hasPartner ? 'normpremie_drempel_met_partner' : 'normpremie_drempel_alleenstaande', 'afbouw_boven_drempel', 'drempelinkomen_jaar_wettelijke_formule'], {
        drempelinkomen: c.D,
        toetsingsinkomen: i.toetsingsinkomen,
        inkomenBovenDrempel: above,
        normpremie: Math.round(normpremieScaled / SCALE),
      }),
      step('zorgtoeslag.bedrag', c.v, 'art. 2', '1', `Zorgtoeslag per jaar (definitief) = standaardpremie${i.hasPartner ? ' x 2 (toeslagpartner)' : ''} min normpremie, op de cent. Voorschot per maand: het jaarbedrag afgerond op hele euro's, gedeeld door 12 en naar beneden afgerond op hele euro's (rekenwijze van de gepubliceerde tabel van de Belastingdienst).${paid ? '' : ' Het jaarbedrag ligt onder het minimum dat de Awir uitbetaalt: er wordt niets uitbetaald.'}`, ['standaardpremie_jaar', 'awir_minimum_uit_te_keren_per_jaar'], {
        standaardpremie: S,
        perJaar,
        perMaand,
      }),
    );
  }
  return { perJaar, perMaand };
}
