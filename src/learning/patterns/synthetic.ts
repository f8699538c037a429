// SPDX-License-Identifier: EUPL-1.2
/**
 * Synthetic cases for the demo and the benchmark: deterministic for a seed, with the problems
 * clustered the way DOMAIN.md describes (housing as the crux; the four Hart van Brabant cocktails
 * more often stuck). Pure: no I/O. Nothing here is a real household.
 */
import { DOMAIN_KEYS, type Domain } from '../../cases/model';
import { KNELPUNT_TYPES, type KnelpuntType } from '../../escalation/model';
import { mulberry32 } from '../../platform/random';

export interface SyntheticCase {
  problemDomains: Domain[];
  hasChildren: boolean;
  knelpunten: Array<{ type: KnelpuntType; blockingLaw: string; escalated: boolean }>;
  /** Whether the generator made it stuck (escalated, or meant to stay open long). */
  stuck: boolean;
}

/** Blocking laws with an article, as professionals write them. */
export const SYNTHETIC_LAWS = ['Huisvestingswet 2014 art. 12', 'Jeugdwet art. 2.3', 'Participatiewet art. 18', 'Wmo 2015 art. 2.3.5'];

/** The 1-2 themes a case draws its problems from; the first four are Hart van Brabant's cocktails. */
const THEMES: Array<{ weight: number; domains: Domain[]; children: number; types: KnelpuntType[]; laws: number[]; stuck: number }> = [
  { weight: 10, domains: ['geestelijke_gezondheid', 'huisvesting'], children: 0.9, types: ['aanbod_ontbreekt'], laws: [0], stuck: 0.7 },
  { weight: 8, domains: ['huisvesting', 'huiselijke_relaties'], children: 0.95, types: ['wachtlijst'], laws: [1, 0], stuck: 0.6 },
  { weight: 12, domains: ['financien', 'huisvesting'], children: 0.85, types: ['regel_botst'], laws: [2, 0], stuck: 0.55 },
  { weight: 9, domains: ['geestelijke_gezondheid', 'huisvesting', 'werk_opleiding'], children: 0.2, types: ['regel_botst'], laws: [2], stuck: 0.6 },
  { weight: 14, domains: ['financien'], children: 0.4, types: ['financiering_onduidelijk'], laws: [2], stuck: 0.2 },
  { weight: 10, domains: ['lichamelijke_gezondheid', 'adl'], children: 0.1, types: ['wachtlijst'], laws: [3], stuck: 0.25 },
  { weight: 8, domains: ['verslaving', 'justitie', 'sociaal_netwerk'], children: 0.15, types: ['gegevens_delen'], laws: [], stuck: 0.35 },
  { weight: 9, domains: ['tijdsbesteding', 'maatschappelijke_participatie'], children: 0.3, types: ['anders'], laws: [], stuck: 0.1 },
];
const TOTAL_WEIGHT = THEMES.reduce((s, t) => s + t.weight, 0);

/** `n` cases for `seed`; `withKnelpunt` is the share of cases with a knelpunt. */
export function syntheticCases(n: number, seed: number, withKnelpunt = 0.6): SyntheticCase[] {
  const rng = mulberry32(seed);
  const out: SyntheticCase[] = [];
  const theme = () => {
    let x = rng() * TOTAL_WEIGHT;
    for (const t of THEMES) if ((x -= t.weight) < 0) return t;
    return THEMES[THEMES.length - 1];
  };
  for (let i = 0; i < n; i++) {
    const t = theme();
    const second = rng() < 0.25 ? theme() : null;
    const domains = new Set<Domain>();
    for (const d of t.domains) if (rng() < 0.85) domains.add(d);
    for (const d of second?.domains ?? []) if (rng() < 0.5) domains.add(d);
    if (rng() < 0.15) domains.add(DOMAIN_KEYS[Math.floor(rng() * DOMAIN_KEYS.length)]);
    const stuck = rng() < t.stuck;
    const knelpunten: SyntheticCase['knelpunten'] = [];
    if (rng() < withKnelpunt || stuck) {
      const type = rng() < 0.8 ? t.types[0] : KNELPUNT_TYPES[Math.floor(rng() * KNELPUNT_TYPES.length)];
      const law = t.laws.length && rng() < 0.85 ? SYNTHETIC_LAWS[t.laws[Math.floor(rng() * t.laws.length)]] : SYNTHETIC_LAWS[3];
      knelpunten.push({ type, blockingLaw: law, escalated: stuck && rng() < 0.7 });
    }
    out.push({ problemDomains: [...domains], hasChildren: rng() < t.children, knelpunten, stuck });
  }
  return out;
}
