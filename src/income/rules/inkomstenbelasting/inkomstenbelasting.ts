// SPDX-License-Identifier: EUPL-1.2
/**
 * ESTIMATE of a gross yearly toetsingsinkomen (Awir art. 8: in practice the verzamelinkomen)
 * from net monthly income, for the toeslagen when nobody entered the real figure. Every result
 * that uses it says "schatting". The method (docs/income.md, "Schatting toetsingsinkomen"):
 *
 *  1. Annualise: 12 x the month's net income (net wage; other net income incl. bijstand).
 *  2. Net from gross for one person: net = G - max(0, box1(G) - AHK(G) - AK(W) - OK(G)), with
 *     box 1 rates (art. 2.10 / 2.10a), algemene heffingskorting (art. 8.10), arbeidskorting on
 *     the gross work income W (art. 8.11), at AOW age ouderenkorting (art. 8.17) and, without a
 *     partner, the alleenstaande-ouderenkorting (art. 8.18). Kortingen cannot exceed the tax.
 *     Leaves out: pension contributions, the IACK (art. 8.14a, settled through the tax return),
 *     holiday pay not included in the net figure, deductions.
 *  3. Invert by bisection in whole cents: first the gross wage W from the net wage alone, then
 *     the total gross G >= W whose net equals the net wage + other net income.
 *
 * No parameters for a date (e.g. 2025) or a wage at AOW age (the AOW-age arbeidskorting is not in
 * the reference) -> no estimate: the caller refuses the toeslag and says why.
 */
import { formatEuro } from '../../../platform/money';
import { step, versionAt } from '../../engine';
import type { ParameterVersion, Step } from '../../types';
import { inkomstenbelastingParameters } from './parameters';

export interface CompiledIb {
  v: ParameterVersion;
  b1: number;
  b2: number;
  t1: number;
  t1Aow: number;
  t2: number;
  t3: number;
  ahkMax: number;
  ahkMaxAow: number;
  ahkGrens: number;
  ahkAfbouw: number;
  ahkAfbouwAow: number;
  ak1Max: number;
  akG1: number;
  ak2Max: number;
  akG2: number;
  akMax: number;
  akAfbouwGrens: number;
  akP1: number;
  akP2: number;
  akP3: number;
  akAfbouw: number;
  okMax: number;
  okGrens: number;
  okAfbouw: number;
  aok: number;
}

/** The parameters valid on `date`, or null when there are none (no estimate possible). */
export function compileIb(date: string): CompiledIb | null {
  const first = inkomstenbelastingParameters.versions[0];
  if (date < first.validFrom) return null;
  const v = versionAt(inkomstenbelastingParameters, date);
  const n = (k: string) => v.values[k].value;
  const p = (k: string) => v.values[k].value / 100;
  return {
    v,
    b1: n('box1_schijf1_tot_jaar'),
    b2: n('box1_schijf2_tot_jaar'),
    t1: p('box1_tarief_schijf1_onder_aow'),
    t1Aow: p('box1_tarief_schijf1_vanaf_aow'),
    t2: p('box1_tarief_schijf2'),
    t3: p('box1_tarief_schijf3'),
    ahkMax: n('algemene_heffingskorting_max_onder_aow_jaar'),
    ahkMaxAow: n('algemene_heffingskorting_max_vanaf_aow_jaar'),
    ahkGrens: n('algemene_heffingskorting_afbouwgrens_verzamelinkomen_jaar'),
    ahkAfbouw: p('afbouw_ahk_onder_aow'),
    ahkAfbouwAow: p('afbouw_ahk_vanaf_aow'),
    ak1Max: n('arbeidskorting_schijf1_max_jaar'),
    akG1: n('arbeidskorting_grens1_arbeidsinkomen_jaar'),
    ak2Max: n('arbeidskorting_schijf2_cumulatief_max_jaar'),
    akG2: n('arbeidskorting_grens2_arbeidsinkomen_jaar'),
    akMax: n('arbeidskorting_max_onder_aow_jaar'),
    akAfbouwGrens: n('arbeidskorting_afbouwgrens_arbeidsinkomen_jaar'),
    akP1: p('arbeidskorting_opbouw_schijf1'),
    akP2: p('arbeidskorting_opbouw_schijf2'),
    akP3: p('arbeidskorting_opbouw_schijf3'),
    akAfbouw: p('afbouw_arbeidskorting'),
    okMax: n('ouderenkorting_max_jaar'),
    okGrens: n('ouderenkorting_afbouwgrens_verzamelinkomen_jaar'),
    okAfbouw: p('afbouw_ouderenkorting'),
    aok: n('alleenstaande_ouderenkorting_jaar'),
  };
}

export interface IbPerson {
  aow: boolean;
  /** No fiscal partner (for the alleenstaande-ouderenkorting at AOW age). */
  alleenstaand: boolean;
}

/** Box 1 tax and national insurance contributions on a gross yearly income, cents (not rounded). */
export function box1(c: CompiledIb, g: number, aow: boolean): number {
  const s1 = Math.min(g, c.b1);
  const s2 = Math.max(0, Math.min(g, c.b2) - c.b1);
  const s3 = Math.max(0, g - c.b2);
  return s1 * (aow ? c.t1Aow : c.t1) + s2 * c.t2 + s3 * c.t3;
}

/** Arbeidskorting on gross work income w (art. 8.11 lid 2), below AOW age. */
export function arbeidskorting(c: CompiledIb, w: number): number {
  if (w <= 0) return 0;
  let ak = Math.min(c.akP1 * w, c.ak1Max);
  ak = Math.min(ak + c.akP2 * Math.max(0, w - c.akG1), c.ak2Max);
  ak = Math.min(ak + c.akP3 * Math.max(0, w - c.akG2), c.akMax);
  return Math.max(0, ak - c.akAfbouw * Math.max(0, w - c.akAfbouwGrens));
}

/** Net yearly income of one person with gross income g of which w is work income. */
export function nettoUitBruto(c: CompiledIb, g: number, w: number, p: IbPerson): number {
  const tax = box1(c, g, p.aow);
  const ahk = Math.max(0, (p.aow ? c.ahkMaxAow : c.ahkMax) - (p.aow ? c.ahkAfbouwAow : c.ahkAfbouw) * Math.max(0, g - c.ahkGrens));
  const ak = p.aow ? 0 : arbeidskorting(c, w);
  const ok = p.aow ? Math.max(0, c.okMax - c.okAfbouw * Math.max(0, g - c.okGrens)) + (p.alleenstaand ? c.aok : 0) : 0;
  return g - Math.max(0, tax - ahk - ak - ok);
}

/** Smallest whole-cent x in [lo, hi] with f(x) >= target (f non-decreasing). */
function bisect(lo: number, hi: number, target: number, f: (x: number) => number): number {
  while (f(hi) < target) hi *= 2;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (f(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface BrutoSchatting {
  /** Estimated gross yearly income (toetsingsinkomen), whole cents. */
  brutoPerJaar: number;
  /** Of which gross work income. */
  brutoArbeidPerJaar: number;
  nettoPerJaar: number;
}

/**
 * Gross yearly income from net monthly income of one person (method above). Returns null when
 * no estimate is possible: a wage at AOW age (AOW-age arbeidskorting not in the reference).
 */
export function brutoUitNetto(c: CompiledIb, nettoLoonPerMaand: number, overigNettoPerMaand: number, p: IbPerson): BrutoSchatting | null {
  if (p.aow && nettoLoonPerMaand > 0) return null;
  const nw = 12 * nettoLoonPerMaand;
  const total = nw + 12 * overigNettoPerMaand;
  if (total <= 0) return { brutoPerJaar: 0, brutoArbeidPerJaar: 0, nettoPerJaar: 0 };
  const w = nw > 0 ? bisect(0, nw, nw, (x) => nettoUitBruto(c, x, x, p)) : 0;
  const g = bisect(w, Math.max(total, 1), total, (x) => nettoUitBruto(c, x, w, p));
  return { brutoPerJaar: g, brutoArbeidPerJaar: w, nettoPerJaar: total };
}

const IB_KEYS = [
  'box1_schijf1_tot_jaar',
  'box1_schijf2_tot_jaar',
  'box1_tarief_schijf1_onder_aow',
  'box1_tarief_schijf2',
  'box1_tarief_schijf3',
  'algemene_heffingskorting_max_onder_aow_jaar',
  'afbouw_ahk_onder_aow',
  'arbeidskorting_max_onder_aow_jaar',
];
const IB_KEYS_AOW = ['box1_schijf1_tot_jaar', 'box1_schijf2_tot_jaar', 'box1_tarief_schijf1_vanaf_aow', 'box1_tarief_schijf2', 'box1_tarief_schijf3', 'algemene_heffingskorting_max_vanaf_aow_jaar', 'afbouw_ahk_vanaf_aow', 'ouderenkorting_max_jaar', 'alleenstaande_ouderenkorting_jaar'];

/** The explanation step of one estimate. */
export function schattingStep(c: CompiledIb, wie: string, nettoLoonPerMaand: number, overigNettoPerMaand: number, p: IbPerson, s: BrutoSchatting): Step {
  return step(
    'toetsingsinkomen.schatting',
    c.v,
    'art. 2.10, 8.10, 8.11',
    undefined,
    `SCHATTING — ${wie}: het toetsingsinkomen (Awir art. 8) is niet opgegeven. Geschat uit het netto inkomen in het profiel: 12 x (netto loon ${formatEuro(nettoLoonPerMaand)} + overig netto inkomen ${formatEuro(overigNettoPerMaand)}) = ${formatEuro(s.nettoPerJaar)} netto per jaar, terug­gerekend naar bruto met de tarieven van box 1 en de heffingskortingen${p.aow ? ' voor de AOW-leeftijd' : ' (algemene heffingskorting en arbeidskorting)'}: ${formatEuro(s.brutoPerJaar)} per jaar. Zonder pensioenpremie, vakantiegeld buiten het netto bedrag en aftrekposten. Vul het echte toetsingsinkomen in voor een betrouwbare uitkomst.`,
    p.aow ? IB_KEYS_AOW : IB_KEYS,
    { nettoPerJaar: s.nettoPerJaar, brutoArbeidPerJaar: s.brutoArbeidPerJaar, toetsingsinkomenGeschat: s.brutoPerJaar },
  );
}
