// SPDX-License-Identifier: EUPL-1.2
/**
 * Generic evaluation of municipal schemes from their config: eligibility (income as % of the
 * social minimum, age, children, duration of low income, wealth) and amount. Yearly amounts are
 * converted to a monthly budget figure by dividing by 12 and rounding half up to whole cents.
 */
import { formatEuro } from '../../../platform/money';
import type { Step } from '../../types';
import type { HouseholdKind } from '../participatiewet/bijstand';
import type { GemeenteConfig, Regeling } from './schema';
import { countText } from '../../../platform/dutch-count';

export interface RegelingFacts {
  kind: HouseholdKind;
  ageA: number;
  aowAge: number;
  /** Ages of minor children on the date. */
  childAges: readonly number[];
  adults: number;
  persons: number;
  /** Net household income per month incl. bijstand, excl. toeslagen and kinderbijslag. */
  inkomen: number;
  sociaalMinimum: number;
  maandenLaagInkomen: number;
  vermogen: number;
}

export interface RegelingResult {
  id: string;
  naam: string;
  soort: Regeling['soort'];
  recht: boolean;
  /** Reasons (Dutch) why there is no right; empty when there is. */
  redenen: string[];
  perJaar: number;
  perMaand: number;
}

export function activeRegelingen(cfg: GemeenteConfig, date: string): Regeling[] {
  return cfg.regelingen.filter((r) => r.validFrom <= date && (r.validTo === undefined || date <= r.validTo));
}

function amountPerYear(r: Regeling, f: RegelingFacts): { perJaar: number; perMaand: number } {
  const b = r.bedrag;
  switch (b.type) {
    case 'per-jaar-per-huishouden': {
      const y = b.bedragen[f.kind];
      return { perJaar: y, perMaand: Math.floor((2 * y + 12) / 24) };
    }
    case 'per-maand-per-volwassene': {
      const m = b.bedrag * f.adults;
      return { perJaar: m * 12, perMaand: m };
    }
    case 'per-jaar-per-kind': {
      let y = 0;
      for (const age of f.childAges) for (const g of b.leeftijdsgroepen) if (age >= g.vanaf && age <= g.totEnMet) y += g.bedrag;
      return { perJaar: y, perMaand: Math.floor((2 * y + 12) / 24) };
    }
    case 'kwijtschelding-per-jaar': {
      const y = f.persons <= 1 ? b.eenpersoons : b.meerpersoons;
      return { perJaar: y, perMaand: Math.floor((2 * y + 12) / 24) };
    }
  }
}

const NONE: string[] = [];

/** Numeric eligibility check without building reason texts (hot path). */
function eligible(r: Regeling, f: RegelingFacts): boolean {
  const v = r.voorwaarden;
  return (
    f.inkomen * 100 <= f.sociaalMinimum * v.maxInkomenProcentSociaalMinimum &&
    (v.minLeeftijd === undefined || f.ageA >= v.minLeeftijd) &&
    (v.maxLeeftijd === undefined || f.ageA <= v.maxLeeftijd) &&
    (v.huishoudtypen === undefined || v.huishoudtypen.includes(f.kind)) &&
    !(v.onderAowLeeftijd && f.ageA >= f.aowAge) &&
    (v.minKinderen === undefined || f.childAges.length >= v.minKinderen) &&
    (v.minMaandenLaagInkomen === undefined || f.maandenLaagInkomen >= v.minMaandenLaagInkomen) &&
    (v.maxVermogen === undefined || f.vermogen <= v.maxVermogen[f.kind])
  );
}

/**
 * Evaluate one scheme. With `withReasons` false (and no trace) only the numbers are computed,
 * which keeps the batch paths fast; the reasons are the same checks spelled out in Dutch.
 */
export function evaluateRegeling(r: Regeling, f: RegelingFacts, trace?: Step[], withReasons = true): RegelingResult {
  if (!trace && !withReasons) {
    if (!eligible(r, f)) return { id: r.id, naam: r.naam, soort: r.soort, recht: false, redenen: NONE, perJaar: 0, perMaand: 0 };
    const a = amountPerYear(r, f);
    return { id: r.id, naam: r.naam, soort: r.soort, recht: a.perJaar > 0, redenen: NONE, perJaar: a.perJaar, perMaand: a.perMaand };
  }
  const v = r.voorwaarden;
  const redenen: string[] = [];
  const grens = Math.floor((f.sociaalMinimum * v.maxInkomenProcentSociaalMinimum) / 100);
  if (f.inkomen > grens) redenen.push(`inkomen ${formatEuro(f.inkomen)} ligt boven ${v.maxInkomenProcentSociaalMinimum}% van het sociaal minimum (${formatEuro(grens)})`);
  if (v.minLeeftijd !== undefined && f.ageA < v.minLeeftijd) redenen.push(`aanvrager is jonger dan ${v.minLeeftijd}`);
  if (v.maxLeeftijd !== undefined && f.ageA > v.maxLeeftijd) redenen.push(`aanvrager is ouder dan ${v.maxLeeftijd}`);
  if (v.huishoudtypen !== undefined && !v.huishoudtypen.includes(f.kind)) redenen.push(`regeling geldt alleen voor ${v.huishoudtypen.join(', ')}`);
  if (v.onderAowLeeftijd && f.ageA >= f.aowAge) redenen.push('aanvrager heeft de AOW-leeftijd');
  if (v.minKinderen !== undefined && f.childAges.length < v.minKinderen) redenen.push(`minder dan ${v.minKinderen} minderjarig(e) kind(eren)`);
  if (v.minMaandenLaagInkomen !== undefined && f.maandenLaagInkomen < v.minMaandenLaagInkomen) redenen.push(`${countText(f.maandenLaagInkomen, 'maand', 'maanden')} laag inkomen, vereist ${v.minMaandenLaagInkomen}`);
  if (v.maxVermogen && f.vermogen > v.maxVermogen[f.kind]) redenen.push(`vermogen boven ${formatEuro(v.maxVermogen[f.kind])}`);
  const recht = redenen.length === 0;
  const a = recht ? amountPerYear(r, f) : { perJaar: 0, perMaand: 0 };
  if (recht && a.perJaar === 0) redenen.push('geen bedrag voor deze huishoudsituatie');
  if (trace) {
    trace.push({
      rule: `gemeentelijk.${r.soort}`,
      article: { law: r.grondslag.law, article: r.grondslag.article, ...(r.grondslag.bwbId ? { bwbId: r.grondslag.bwbId } : {}), ...(r.grondslag.cvdrId ? { cvdrId: r.grondslag.cvdrId } : {}) },
      description: `${r.naam}: ${recht ? 'voldoet aan de voorwaarden' : `geen recht (${redenen.join('; ')})`}. Inkomensgrens ${v.maxInkomenProcentSociaalMinimum}% van het sociaal minimum.${r.grondslag.confidence === 'illustrative' ? ' Let op: illustratief voorbeeldbeleid, niet de echte verordening.' : ''}`,
      parameters: [{ name: 'maxInkomenProcentSociaalMinimum', value: v.maxInkomenProcentSociaalMinimum, unit: 'percent', validFrom: r.validFrom, confidence: r.grondslag.confidence }],
      amounts: { inkomen: f.inkomen, sociaalMinimum: f.sociaalMinimum, inkomensgrens: grens, perJaar: a.perJaar, perMaand: a.perMaand },
    });
  }
  return { id: r.id, naam: r.naam, soort: r.soort, recht: recht && a.perJaar > 0, redenen, ...a };
}
