// SPDX-License-Identifier: EUPL-1.2
/**
 * Bijstand per calendar month: norm (art. 20-22), kostendelersnorm (art. 22a), inkomstenvrijlating
 * (art. 31 lid 2 onder n, r, y, or art. 34a in the Participatiewet-in-balans variant),
 * verrekening of net income (art. 31-32), vermogenstoets (art. 34) and the vakantietoeslag
 * reservation (art. 19 lid 3).
 *
 * `compileBijstand(date)` resolves all parameters valid on that date into plain numbers once;
 * `calcBijstand(compiled, input, trace?)` is then pure arithmetic. The explanation is only built
 * when a trace array is passed, so the same function serves the explained path and the hot path.
 */
import { unprocessable } from '../../../platform/errors';
import { formatEuro } from '../../../platform/money';
import { step, value, versionAt, staleWarning } from '../../engine';
import type { ParameterVersion, Step, Trace } from '../../types';
import { aowLeeftijd, kostendelersnorm, normen, vakantietoeslag, vermogen, vrijlating, vrijlatingPib } from './parameters';
import { dutchDate } from '../../../platform/dutch-date';

export type HouseholdKind = 'alleenstaande' | 'alleenstaande-ouder' | 'gehuwden';
export type VrijlatingRegime = 'huidig' | 'participatiewet-in-balans';

/** Months of vrijlating already used before the month being computed, per person. */
export interface VrijlatingState {
  /** art. 31 lid 2 onder n: months in which the general exemption was applied (max 6 in total). */
  nUsed: number;
  /** art. 31 lid 2 onder r: months since the single-parent exemption started (30 consecutive). */
  rUsed: number;
  /** art. 34a lid 1 onder a: months since the continuous PiB period started (max 12). */
  pibUsed: number;
}

export const FRESH_VRIJLATING: Readonly<VrijlatingState> = Object.freeze({ nUsed: 0, rUsed: 0, pibUsed: 0 });

export type VrijlatingKind = 'geen' | 'n' | 'r' | 'y' | 'aow' | 'pib' | 'pib-y' | 'pib-aow';

export interface BijstandInput {
  kind: HouseholdKind;
  /** Age in completed years on the calculation date. */
  ageA: number;
  /** Age of the partner, -1 when none. */
  ageP: number;
  /** Minor children live in the household. */
  hasChildren: boolean;
  /** Age of the youngest child, -1 when none (art. 31 lid 2 onder r needs a child under 12). */
  youngestChildAge: number;
  /** Kostendelende medebewoners (art. 19a: 27+, not partner, not a commercial tenant, not a student). */
  kostendelers: number;
  /** Net monthly earnings from work (art. 31 lid 3), per person. */
  loonA: number;
  loonP: number;
  /** Other net income of the beneficiaries (benefits, alimony): counted in full. */
  overig: number;
  vermogen: number;
  /** art. 20 lid 3: 18-20 year old whose parents cannot be expected to contribute. */
  oudersKunnenNietBijdragen: boolean;
  medischA: boolean;
  medischP: boolean;
  vrijA: VrijlatingState;
  vrijP: VrijlatingState;
}

export interface CompiledBijstand {
  date: string;
  regime: VrijlatingRegime;
  /** True when the PiB variant is applied before its statutory date (toleration year 2026). */
  pibEarly: boolean;
  vN: ParameterVersion;
  vK: ParameterVersion;
  vVt: ParameterVersion;
  vVr: ParameterVersion;
  vPib: ParameterVersion | undefined;
  vVm: ParameterVersion;
  vAow: ParameterVersion;
  warnings: string[];
  // resolved numbers (NaN = not available in this version)
  single21: number;
  couple21: number;
  singleAow: number;
  coupleAow: number;
  coupleOneAow: number;
  youngSingle: number;
  youngSingleParent: number;
  youngCoupleBoth: number;
  youngCoupleOne: number;
  youngCoupleBothKids: number;
  youngCoupleOneKids: number;
  youngRaise: number;
  kdYoungKids: number;
  kdYoungNoKids: number;
  kdFixed: number;
  kdPer: number;
  kdMinAge: number;
  /** art. 19a lid 1: housemates count as kostendeler from this age. */
  kdHousemateAge: number;
  vtPct: number;
  nPct: number;
  nMax: number;
  nMonths: number;
  rPct: number;
  rMax: number;
  rMonths: number;
  rChildUnder: number;
  yPct: number;
  yMax: number;
  nrMinAge: number;
  pibPct: number;
  pibMonths: number;
  pibYPct: number;
  pibAowPct: number;
  pibAowMax: number;
  bufferMaxYear: number;
  limitSingle: number;
  limitSingleParent: number;
  limitCouple: number;
  aowAge: number;
}

export interface PersonVrijlating {
  kind: VrijlatingKind;
  amount: number;
}

export interface BijstandResult {
  norm: number;
  /** Which norm applied, by the household's real type, e.g. `alleenstaande ouder 21+`. */
  normLabel: string;
  counted: number;
  vrijA: PersonVrijlating;
  vrijP: PersonVrijlating;
  vermogenBoven: boolean;
  /** Bijstand per month including the vakantietoeslag part. */
  bijstand: number;
  /** Part reserved as vakantietoeslag, paid out yearly (art. 19 lid 3). */
  vakantietoeslag: number;
  /** Paid out monthly: bijstand minus the reservation. */
  uitbetaling: number;
}

const opt = (v: ParameterVersion, k: string): number => v.values[k]?.value ?? Number.NaN;

export interface CompileOptions {
  regime?: VrijlatingRegime;
  /** Allow the PiB variant before its statutory date (municipal choice during 2026). */
  pibVooruitlopen?: boolean;
}

export function compileBijstand(date: string, opts: CompileOptions = {}): CompiledBijstand {
  const regime = opts.regime ?? 'huidig';
  const vN = versionAt(normen, date);
  const vK = versionAt(kostendelersnorm, date);
  const vVt = versionAt(vakantietoeslag, date);
  const vVr = versionAt(vrijlating, date);
  const vVm = versionAt(vermogen, date);
  const vAow = versionAt(aowLeeftijd, date);
  let vPib: ParameterVersion | undefined;
  let pibEarly = false;
  if (regime === 'participatiewet-in-balans') {
    const first = vrijlatingPib.versions[0];
    if (date >= first.validFrom) vPib = versionAt(vrijlatingPib, date);
    else if (opts.pibVooruitlopen) {
      // Toleration year: the municipality applies the new bijverdiengrens before 2027.
      vPib = first;
      pibEarly = true;
    } else {
      throw unprocessable(
        `De Participatiewet in balans (art. 34a) geldt pas vanaf ${dutchDate(first.validFrom)}; op ${dutchDate(date)} alleen als de gemeente vooruitloopt (pibVooruitlopen).`,
        'regime_nog_niet_geldig',
      );
    }
  }
  const warnings = [normen, kostendelersnorm, vrijlating, vermogen].map((f) => staleWarning(f, date)).filter((w): w is string => !!w);
  return {
    date,
    regime,
    pibEarly,
    vN,
    vK,
    vVt,
    vVr,
    vPib,
    vVm,
    vAow,
    warnings,
    single21: value(vN, 'alleenstaande_of_alleenstaande_ouder_21_tot_aow'),
    couple21: value(vN, 'gehuwden_beiden_21_tot_aow'),
    singleAow: value(vN, 'alleenstaande_of_alleenstaande_ouder_aow'),
    coupleAow: value(vN, 'gehuwden_beiden_aow'),
    coupleOneAow: opt(vN, 'gehuwden_een_aow_ander_21plus'),
    youngSingle: value(vN, 'jongere_alleenstaande_18_20'),
    youngSingleParent: opt(vN, 'jongere_alleenstaande_ouder_18_20'),
    youngCoupleBoth: opt(vN, 'jongeren_gehuwd_beiden_18_20_zonder_kinderen'),
    youngCoupleOne: opt(vN, 'jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen'),
    youngCoupleBothKids: opt(vN, 'jongeren_gehuwd_beiden_18_20_met_kinderen'),
    youngCoupleOneKids: opt(vN, 'jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen'),
    youngRaise: opt(vN, 'jongeren_verhoging_ouders_kunnen_niet_bijdragen'),
    kdYoungKids: opt(vN, 'kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere'),
    kdYoungNoKids: opt(vN, 'kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere'),
    kdFixed: value(vK, 'vaste_voet'),
    kdPer: value(vK, 'per_persoon'),
    kdMinAge: value(vK, 'minimumleeftijd_norm'),
    kdHousemateAge: value(vK, 'minimumleeftijd_kostendeler'),
    vtPct: value(vVt, 'vakantietoeslag_aandeel_in_bijstand'),
    nPct: value(vVr, 'algemene_vrijlating'),
    nMax: value(vVr, 'algemene_vrijlating_max_per_maand'),
    nMonths: value(vVr, 'algemene_vrijlating_onder_aow'),
    rPct: value(vVr, 'alleenstaande_ouder'),
    rMax: value(vVr, 'alleenstaande_ouder_vrijlating_max_per_maand'),
    rMonths: value(vVr, 'alleenstaande_ouder_na_algemene'),
    rChildUnder: value(vVr, 'alleenstaande_ouder_kind_jonger_dan'),
    yPct: value(vVr, 'medisch_urenbeperkt'),
    yMax: value(vVr, 'medisch_urenbeperkt_max_per_maand'),
    nrMinAge: value(vVr, 'minimumleeftijd_n_en_r'),
    pibPct: vPib ? value(vPib, 'onder_aow_vrijlating') : Number.NaN,
    pibMonths: vPib ? value(vPib, 'onder_aow_aaneengesloten_max') : Number.NaN,
    pibYPct: vPib ? value(vPib, 'medisch_urenbeperkt') : Number.NaN,
    pibAowPct: vPib ? value(vPib, 'aow_leeftijd') : Number.NaN,
    pibAowMax: vPib ? value(vPib, 'aow_leeftijd_vrijlating_max_per_maand') : Number.NaN,
    bufferMaxYear: vPib ? value(vPib, 'bufferbudget_max_per_kalenderjaar') : Number.NaN,
    limitSingle: value(vVm, 'vermogensgrens_alleenstaande'),
    limitSingleParent: value(vVm, 'vermogensgrens_alleenstaande_ouder'),
    limitCouple: value(vVm, 'vermogensgrens_gehuwden'),
    aowAge: value(vAow, 'aow_leeftijd_jaren'),
  };
}

function need(x: number, key: string, c: CompiledBijstand): number {
  if (Number.isNaN(x)) throw unprocessable(`Norm ${key} ontbreekt in de normen vanaf ${dutchDate(c.vN.validFrom)}; deze situatie kan voor ${dutchDate(c.date)} niet worden berekend.`, 'parameter_ontbreekt');
  return x;
}

/** Round half up on a non-negative rational num/den, in integers (no float noise). */
function divRoundHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/**
 * Art. 22a lid 1: norm per beneficiary = B x (40% + A x 30%) / A, rounded to whole cents half up.
 * Percentages are whole numbers in the data, so the computation stays in integers.
 */
export function kostendelerNormPerPersoon(B: number, A: number, fixedPct: number, perPct: number): number {
  return divRoundHalfUp(B * (fixedPct + A * perPct), 100 * A);
}

interface NormChoice {
  norm: number;
  label: string;
}

function chooseNorm(c: CompiledBijstand, i: BijstandInput, trace: Trace): NormChoice {
  const aow = c.aowAge;
  const v = c.vN;
  if (i.kind !== 'gehuwden') {
    const parent = i.kind === 'alleenstaande-ouder';
    if (i.ageA < 21) {
      const key = parent ? 'jongere_alleenstaande_ouder_18_20' : 'jongere_alleenstaande_18_20';
      const base = need(parent ? c.youngSingleParent : c.youngSingle, key, c);
      if (!i.oudersKunnenNietBijdragen) {
        trace?.push(step('bijstand.norm', v, 'art. 20', '1', `Jongerennorm voor een ${parent ? 'alleenstaande ouder' : 'alleenstaande'} van ${i.ageA} jaar. De kostendelersnorm geldt niet onder de 21 (art. 22a lid 1).`, [key], { norm: base }));
        return { norm: base, label: `${parent ? 'alleenstaande ouder' : 'alleenstaande'} 18-20 (jongerennorm)` };
      }
      // Art. 20 lid 3-4: raise when parents cannot contribute, capped at the comparable 21+ norm.
      const raised = Math.min(base + need(c.youngRaise, 'jongeren_verhoging_ouders_kunnen_niet_bijdragen', c), c.single21);
      trace?.push(step('bijstand.norm', v, 'art. 20', '3-4', `Jongerennorm van ${i.ageA} jaar verhoogd omdat de ouders niet kunnen bijdragen, ten hoogste de norm voor 21 jaar en ouder.`, [key, 'jongeren_verhoging_ouders_kunnen_niet_bijdragen', 'alleenstaande_of_alleenstaande_ouder_21_tot_aow'], { basisnorm: base, norm: raised }));
      return { norm: raised, label: `${parent ? 'alleenstaande ouder' : 'alleenstaande'} 18-20 (jongerennorm met verhoging)` };
    }
    const atAow = i.ageA >= aow;
    const baseKey = atAow ? 'alleenstaande_of_alleenstaande_ouder_aow' : 'alleenstaande_of_alleenstaande_ouder_21_tot_aow';
    const base = atAow ? c.singleAow : c.single21;
    if (i.kostendelers === 0) {
      trace?.push(step('bijstand.norm', v, atAow ? 'art. 22' : 'art. 21', '1 onder a', `Norm voor een ${parent ? 'alleenstaande ouder' : 'alleenstaande'} ${atAow ? 'met de AOW-leeftijd' : 'van 21 jaar tot de AOW-leeftijd'} zonder kostendelers. Een alleenstaande ouder krijgt dezelfde norm; de extra steun loopt via de alleenstaande-ouderkop van het kindgebonden budget.`, [baseKey], { norm: base }));
      const who = parent ? 'alleenstaande ouder' : 'alleenstaande';
      return { norm: base, label: atAow ? `${who} met AOW-leeftijd` : `${who} 21+` };
    }
    const bKey = atAow ? 'gehuwden_beiden_aow' : 'gehuwden_beiden_21_tot_aow';
    const B = atAow ? c.coupleAow : c.couple21;
    const A = 1 + i.kostendelers;
    const n = kostendelerNormPerPersoon(B, A, c.kdFixed, c.kdPer);
    trace?.push({
      ...step('bijstand.kostendelersnorm', c.vK, 'art. 22a', '1', `Kostendelersnorm: ${i.kostendelers} kostendelende medebewoner(s) van 27 jaar of ouder, dus A = ${A}. Norm = B x (40% + A x 30%) / A, afgerond op hele centen.`, ['vaste_voet', 'per_persoon'], { B, A, norm: n }),
      parameters: [...step('x', c.vK, '', undefined, '', ['vaste_voet', 'per_persoon'], {}).parameters, ...step('x', v, '', undefined, '', [bKey], {}).parameters],
    });
    return { norm: n, label: `${parent ? 'alleenstaande ouder' : 'alleenstaande'}${atAow ? ' met AOW-leeftijd' : ' 21+'}, kostendelersnorm (${A} kostendelers)` };
  }
  // Gehuwden (art. 3: includes cohabitants).
  const youngA = i.ageA < 21;
  const youngP = i.ageP < 21;
  const aowA = i.ageA >= aow;
  const aowP = i.ageP >= aow;
  if (youngA && youngP) {
    const key = i.hasChildren ? 'jongeren_gehuwd_beiden_18_20_met_kinderen' : 'jongeren_gehuwd_beiden_18_20_zonder_kinderen';
    const n = need(i.hasChildren ? c.youngCoupleBothKids : c.youngCoupleBoth, key, c);
    trace?.push(step('bijstand.norm', v, 'art. 20', '1', `Jongerennorm voor gehuwden die beiden 18-20 jaar zijn, ${i.hasChildren ? 'met' : 'zonder'} kinderen. De kostendelersnorm geldt niet onder de 21.`, [key], { norm: n }));
    return { norm: n, label: 'gehuwden beiden 18-20' };
  }
  if (youngA || youngP) {
    if (aowA || aowP) throw unprocessable('Gehuwden waarvan één 18-20 jaar en de ander AOW-gerechtigd is: deze norm staat niet in de referentiegegevens en wordt niet berekend.', 'combinatie_niet_ondersteund');
    const key = i.hasChildren ? 'jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen' : 'jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen';
    const base = need(i.hasChildren ? c.youngCoupleOneKids : c.youngCoupleOne, key, c);
    if (i.kostendelers === 0) {
      trace?.push(step('bijstand.norm', v, 'art. 20', '1', `Norm voor gehuwden waarvan één 18-20 jaar en de ander 21 jaar of ouder, ${i.hasChildren ? 'met' : 'zonder'} kinderen.`, [key], { norm: base }));
      return { norm: base, label: 'gehuwden één 18-20' };
    }
    // Art. 22a lid 3: kostendelersnorm of the older spouse plus a fixed amount for the young spouse.
    const A = 1 + i.kostendelers;
    const older = kostendelerNormPerPersoon(c.couple21, A, c.kdFixed, c.kdPer);
    const yKey = i.hasChildren ? 'kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere' : 'kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere';
    const young = need(i.hasChildren ? c.kdYoungKids : c.kdYoungNoKids, yKey, c);
    const n = older + young;
    if (trace) {
      const st = step('bijstand.kostendelersnorm', v, 'art. 22a', '3', `Kostendelersnorm voor de echtgenoot van 21+ (A = ${A}, de jonge echtgenoot telt niet mee) plus het vaste bedrag voor de echtgenoot van 18-20 jaar.`, ['gehuwden_beiden_21_tot_aow', yKey], { A, normOudere: older, bedragJongere: young, norm: n });
      trace.push({ ...st, parameters: [...st.parameters, ...step('x', c.vK, '', undefined, '', ['vaste_voet', 'per_persoon'], {}).parameters] });
    }
    return { norm: n, label: `gehuwden één 18-20, kostendelersnorm (${A} kostendelers)` };
  }
  // Both 21+.
  const bothAow = aowA && aowP;
  const oneAow = aowA !== aowP;
  const key = bothAow ? 'gehuwden_beiden_aow' : oneAow ? 'gehuwden_een_aow_ander_21plus' : 'gehuwden_beiden_21_tot_aow';
  const base = bothAow ? c.coupleAow : oneAow ? need(c.coupleOneAow, key, c) : c.couple21;
  if (i.kostendelers === 0) {
    trace?.push(step('bijstand.norm', v, bothAow || oneAow ? 'art. 22' : 'art. 21', bothAow ? '1 onder b' : oneAow ? '1 onder c' : '1 onder b', `Norm voor gehuwden ${bothAow ? 'die beiden de AOW-leeftijd hebben' : oneAow ? 'waarvan één de AOW-leeftijd heeft' : 'beiden van 21 jaar tot de AOW-leeftijd'}, zonder kostendelers.`, [key], { norm: base }));
    return { norm: base, label: bothAow ? 'gehuwden AOW' : oneAow ? 'gehuwden één AOW' : 'gehuwden 21+' };
  }
  // Art. 22a lid 2: sum of both individual kostendelersnormen; B per spouse per art. 22a lid 1.
  const A = 2 + i.kostendelers;
  const bA = aowA ? c.coupleAow : aowP ? need(c.coupleOneAow, 'gehuwden_een_aow_ander_21plus', c) : c.couple21;
  const bP = aowP ? c.coupleAow : aowA ? need(c.coupleOneAow, 'gehuwden_een_aow_ander_21plus', c) : c.couple21;
  const nA = kostendelerNormPerPersoon(bA, A, c.kdFixed, c.kdPer);
  const nP = kostendelerNormPerPersoon(bP, A, c.kdFixed, c.kdPer);
  if (trace) {
    const bKeys = [...new Set([aowA ? 'gehuwden_beiden_aow' : aowP ? 'gehuwden_een_aow_ander_21plus' : 'gehuwden_beiden_21_tot_aow', aowP ? 'gehuwden_beiden_aow' : aowA ? 'gehuwden_een_aow_ander_21plus' : 'gehuwden_beiden_21_tot_aow'])];
    const st = step('bijstand.kostendelersnorm', c.vK, 'art. 22a', '2', `Kostendelersnorm voor gehuwden: ${i.kostendelers} kostendelende medebewoner(s) + beide echtgenoten, A = ${A}. De norm is de som van de twee persoonlijke normen B x (40% + A x 30%) / A (art. 22a lid 1), met B de gehuwdennorm.`, ['vaste_voet', 'per_persoon'], { A, B_aanvrager: bA, B_partner: bP, normAanvrager: nA, normPartner: nP, norm: nA + nP });
    trace.push({ ...st, parameters: [...st.parameters, ...step('x', v, '', undefined, '', bKeys, {}).parameters] });
  }
  return { norm: nA + nP, label: `gehuwden, kostendelersnorm (${A} kostendelers)` };
}

/** Vrijlating for one person's own net earnings in this month, given the months already used. */
export function vrijlatingFor(c: CompiledBijstand, loon: number, age: number, medisch: boolean, singleParent: boolean, youngestChildAge: number, st: VrijlatingState): PersonVrijlating {
  if (loon <= 0) return { kind: 'geen', amount: 0 };
  const atAow = age >= c.aowAge;
  // Toleration year 2026: the new bijverdiengrens is tolerated only for people under 27 (the
  // group for whom onder n and r do not apply, art. 31 lid 5); from 27 the law of 2026 applies.
  const pibApplies = c.regime === 'participatiewet-in-balans' && (!c.pibEarly || age < c.nrMinAge);
  if (pibApplies) {
    if (atAow) return { kind: 'pib-aow', amount: Math.min(c.pibAowMax, pctRound(loon, c.pibAowPct)) };
    if (st.pibUsed < c.pibMonths) return { kind: 'pib', amount: pctRound(loon, c.pibPct) };
    if (medisch) return { kind: 'pib-y', amount: pctRound(loon, c.pibYPct) };
    return { kind: 'geen', amount: 0 };
  }
  if (atAow) return { kind: 'aow', amount: Math.min(c.nMax, pctRound(loon, c.nPct)) };
  const old = age >= c.nrMinAge; // art. 31 lid 5: n and r do not apply under 27
  if (old && st.nUsed < c.nMonths) return { kind: 'n', amount: Math.min(c.nMax, pctRound(loon, c.nPct)) };
  if (old && singleParent && st.nUsed >= c.nMonths && st.rUsed < c.rMonths && youngestChildAge >= 0 && youngestChildAge < c.rChildUnder) {
    return { kind: 'r', amount: Math.min(c.rMax, pctRound(loon, c.rPct)) };
  }
  if (medisch) return { kind: 'y', amount: Math.min(c.yMax, pctRound(loon, c.yPct)) };
  return { kind: 'geen', amount: 0 };
}

/** Percentage of an amount in cents, rounded half up to whole cents (stated rounding of the vrijlating). */
export function pctRound(amount: number, pct: number): number {
  // pct may have one decimal (12.5): scale by 10 to stay in integers.
  return divRoundHalfUp(amount * Math.round(pct * 10), 1000);
}

/**
 * Advance the month counters after a month in which `applied` was used. Period-type exemptions
 * (onder r, and art. 34a) run on calendar months once started, with or without earnings.
 */
export function advanceVrijlating(st: VrijlatingState, applied: VrijlatingKind): VrijlatingState {
  return {
    nUsed: st.nUsed + (applied === 'n' ? 1 : 0),
    rUsed: st.rUsed + (applied === 'r' || st.rUsed > 0 ? 1 : 0),
    pibUsed: st.pibUsed + (applied === 'pib' || st.pibUsed > 0 ? 1 : 0),
  };
}

const KIND_NL: Record<VrijlatingKind, [string, string, string]> = {
  geen: ['geen vrijlating', 'art. 31', '2'],
  n: ['algemene inkomstenvrijlating (25%, maximaal 6 maanden)', 'art. 31', '2 onder n'],
  r: ['vrijlating alleenstaande ouder (12,5%, maximaal 30 maanden aaneengesloten)', 'art. 31', '2 onder r'],
  y: ['vrijlating medisch urenbeperkt (15%)', 'art. 31', '2 onder y'],
  aow: ['vrijlating met de AOW-leeftijd (25%, zonder termijn)', 'art. 31', '2 onder n'],
  pib: ['bijverdiengrens Participatiewet in balans (15%, één aaneengesloten periode van maximaal 12 maanden)', 'art. 34a', '1 onder a'],
  'pib-y': ['bijverdiengrens medisch urenbeperkt (15%, zonder termijn)', 'art. 34a', '1 onder b'],
  'pib-aow': ['bijverdiengrens met de AOW-leeftijd (25%)', 'art. 34a', '1 onder c'],
};

function vrijKeys(k: VrijlatingKind): string[] {
  switch (k) {
    case 'n':
    case 'aow':
      return ['algemene_vrijlating', 'algemene_vrijlating_max_per_maand', 'algemene_vrijlating_onder_aow'];
    case 'r':
      return ['alleenstaande_ouder', 'alleenstaande_ouder_vrijlating_max_per_maand', 'alleenstaande_ouder_na_algemene'];
    case 'y':
      return ['medisch_urenbeperkt', 'medisch_urenbeperkt_max_per_maand'];
    case 'pib':
      return ['onder_aow_vrijlating', 'onder_aow_aaneengesloten_max'];
    case 'pib-y':
      return ['medisch_urenbeperkt'];
    case 'pib-aow':
      return ['aow_leeftijd', 'aow_leeftijd_vrijlating_max_per_maand'];
    default:
      return [];
  }
}

function traceVrijlating(c: CompiledBijstand, who: string, loon: number, st: VrijlatingState, r: PersonVrijlating, trace: Step[]): void {
  const [nl, art, lid] = KIND_NL[r.kind];
  const v = r.kind.startsWith('pib') ? (c.vPib as ParameterVersion) : c.vVr;
  const early =
    r.kind.startsWith('pib') && c.pibEarly
      ? ` De gemeente past deze regel vooruitlopend toe (gedoogjaar 2026, alleen voor jongeren onder de ${c.nrMinAge}).`
      : c.pibEarly
        ? ` De gemeente loopt vooruit op de Participatiewet in balans, maar dat gedoogjaar geldt alleen onder de ${c.nrMinAge} jaar; vanaf ${c.nrMinAge} geldt art. 31 zoals het in ${c.date.slice(0, 4)} luidt.`
        : '';
  trace.push(
    step('bijstand.vrijlating', v, art, lid, `${who}: ${nl} op netto loon ${fmt(loon)}. Eerder gebruikt: ${st.nUsed} maand(en) onder n, ${st.rUsed} onder r, ${st.pibUsed} onder art. 34a.${early}`, vrijKeys(r.kind), {
      nettoLoon: loon,
      vrijlating: r.amount,
      maandenGebruiktN: st.nUsed,
      maandenGebruiktR: st.rUsed,
      maandenGebruiktPib: st.pibUsed,
    }),
  );
}

const fmt = (x: number) => formatEuro(x);

export function calcBijstand(c: CompiledBijstand, i: BijstandInput, trace?: Step[]): BijstandResult {
  const { norm, label } = chooseNorm(c, i, trace);
  const singleParent = i.kind === 'alleenstaande-ouder';
  const vrijA = vrijlatingFor(c, i.loonA, i.ageA, i.medischA, singleParent, i.youngestChildAge, i.vrijA);
  const vrijP = i.ageP >= 0 ? vrijlatingFor(c, i.loonP, i.ageP, i.medischP, false, i.youngestChildAge, i.vrijP) : { kind: 'geen' as const, amount: 0 };
  if (trace) {
    if (i.loonA > 0) traceVrijlating(c, 'Aanvrager', i.loonA, i.vrijA, vrijA, trace);
    if (i.loonP > 0) traceVrijlating(c, 'Partner', i.loonP, i.vrijP, vrijP, trace);
  }
  const counted = i.loonA - vrijA.amount + i.loonP - vrijP.amount + i.overig;
  const limit = i.kind === 'alleenstaande' ? c.limitSingle : i.kind === 'alleenstaande-ouder' ? c.limitSingleParent : c.limitCouple;
  const vermogenBoven = i.vermogen > limit;
  const bijstand = vermogenBoven ? 0 : Math.max(0, norm - counted);
  const vt = divRoundHalfUp(bijstand * Math.round(c.vtPct * 10), 1000);
  if (trace) {
    const lk = i.kind === 'alleenstaande' ? 'vermogensgrens_alleenstaande' : i.kind === 'alleenstaande-ouder' ? 'vermogensgrens_alleenstaande_ouder' : 'vermogensgrens_gehuwden';
    trace.push(step('bijstand.vermogen', c.vVm, 'art. 34', '3', vermogenBoven ? `Vermogen ${fmt(i.vermogen)} ligt boven de vermogensgrens: geen recht op bijstand.` : `Vermogen ${fmt(i.vermogen)} ligt niet boven de vermogensgrens.`, [lk], { vermogen: i.vermogen, vermogensgrens: limit }));
    if (!vermogenBoven) {
      trace.push(step('bijstand.verrekening', c.vN, 'art. 31', '3', `Verrekening: te verrekenen inkomen = netto inkomen (art. 31 lid 3) min vrijlating plus overig netto inkomen, toegerekend aan de maand waarop het betrekking heeft (art. 32); kinderbijslag en toeslagen tellen niet mee (art. 31 lid 2 onder b en d). Bijstand = norm min te verrekenen inkomen, niet lager dan nul (art. 19 lid 1; norm: ${label}).`, [], {
        norm,
        nettoLoon: i.loonA + i.loonP,
        vrijlating: vrijA.amount + vrijP.amount,
        overigInkomen: i.overig,
        teVerrekenen: counted,
        bijstand,
      }));
    }
    trace.push(step('bijstand.vakantietoeslag', c.vVt, 'art. 19', '3', `Van de bijstand wordt ${String(c.vtPct).replace('.', ',')}% gereserveerd als vakantietoeslag (afgerond op hele centen) en eens per jaar uitbetaald.`, ['vakantietoeslag_aandeel_in_bijstand'], { bijstand, vakantietoeslag: vt, maandelijkseUitbetaling: bijstand - vt }));
  }
  return { norm, normLabel: label, counted, vrijA, vrijP, vermogenBoven, bijstand, vakantietoeslag: vt, uitbetaling: bijstand - vt };
}
