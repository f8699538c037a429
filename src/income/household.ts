// SPDX-License-Identifier: EUPL-1.2
/**
 * Household evaluation for one calculation date: bijstand, each toeslag, kinderbijslag and the
 * municipal schemes, each with its explanation, plus the total disposable income per month.
 *
 * Two layers:
 *  - `compileRules(date, gemeente)` resolves every parameter set valid on that date once (memoised;
 *    pure, the cache only avoids repeated lookups) into plain numbers;
 *  - `computeHousehold(rules, facts, traces?)` is arithmetic on numeric facts. Without traces it is
 *    the hot path used by the benchmarks and the scenarios; with traces it explains itself.
 */
import { invalid } from '../platform/errors';
import { formatEuro } from '../platform/money';
import { ageOn, birthdayMonthIndex, datumNl, isIsoDate, monthIndex, ymd } from './dates';
import { renderSteps } from './explain';
import { assertProfileOnDate, type HouseholdProfile } from './profile';
import { gemeenteConfig } from './rules/gemeentelijk/parameters';
import { activeRegelingen, evaluateRegeling, type RegelingFacts, type RegelingResult } from './rules/gemeentelijk/regelingen';
import type { GemeenteConfig, Regeling } from './rules/gemeentelijk/schema';
import { brutoUitNetto, compileIb, schattingStep, type CompiledIb } from './rules/inkomstenbelasting/inkomstenbelasting';
import { huurtoeslagStelsel } from './rules/huurtoeslag/parameters';
import { calcHuurtoeslag, compileHuurtoeslag, type CompiledHuurtoeslag, type HuurtoeslagResult } from './rules/huurtoeslag/huurtoeslag';
import { calcKgb, compileKgb, type CompiledKgb, type KgbResult } from './rules/kindgebonden-budget/kindgebonden-budget';
import { calcKinderbijslag, compileKinderbijslag, type ChildBirth, type CompiledKinderbijslag, type KinderbijslagResult } from './rules/kinderbijslag/kinderbijslag';
import { calcBijstand, compileBijstand, type BijstandInput, type BijstandResult, type CompiledBijstand, type HouseholdKind, type VrijlatingState } from './rules/participatiewet/bijstand';
import { calcZorgtoeslag, compileZorgtoeslag, type CompiledZorgtoeslag, type ZorgtoeslagResult } from './rules/zorgtoeslag/zorgtoeslag';
import type { Step } from './types';

export interface CompiledRules {
  date: string;
  gemeente: GemeenteConfig;
  bijstand: CompiledBijstand;
  zorgtoeslag: CompiledZorgtoeslag;
  /** null when the huurtoeslag of this date cannot be computed (see `huurtoeslagNietBerekenbaar`). */
  huurtoeslag: CompiledHuurtoeslag | null;
  huurtoeslagNietBerekenbaar?: string;
  kgb: CompiledKgb;
  kinderbijslag: CompiledKinderbijslag;
  regelingen: Regeling[];
  /** Box 1 and heffingskortingen for estimating a missing toetsingsinkomen; null = none for the date. */
  ib: CompiledIb | null;
  warnings: string[];
}

const cache = new Map<string, CompiledRules>();

/** Resolve all rules valid on `date` for a municipality (memoised per date and municipality). */
export function compileRules(date: string, gemeente: GemeenteConfig): CompiledRules {
  const key = `${date}|${gemeente.id}|${gemeente.vrijlatingsregime}|${gemeente.pibVooruitlopen}`;
  const hit = cache.get(key);
  if (hit && hit.gemeente === gemeente) return hit;
  if (!isIsoDate(date)) throw invalid('datum', 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD');
  const bijstand = compileBijstand(date, { regime: gemeente.vrijlatingsregime, pibVooruitlopen: gemeente.pibVooruitlopen });
  const zorgtoeslag = compileZorgtoeslag(date);
  const stelsel = huurtoeslagStelsel(date);
  const huurtoeslag = stelsel?.nietBerekenbaar ? null : compileHuurtoeslag(date);
  const kgb = compileKgb(date, monthIndex(date));
  const kinderbijslag = compileKinderbijslag(date);
  const warnings = [...bijstand.warnings, zorgtoeslag.warning, huurtoeslag?.warning, kgb.warning, kinderbijslag.warning].filter((w): w is string => !!w);
  if (gemeente.illustratief) warnings.push(`${gemeente.naam}: de gemeentelijke regelingen zijn illustratief voorbeeldbeleid, niet de echte verordening.`);
  const r: CompiledRules = { date, gemeente, bijstand, zorgtoeslag, huurtoeslag, ...(stelsel?.nietBerekenbaar ? { huurtoeslagNietBerekenbaar: stelsel.nietBerekenbaar } : {}), kgb, kinderbijslag, regelingen: activeRegelingen(gemeente, date), ib: compileIb(date), warnings };
  if (cache.size > 5000) cache.clear();
  cache.set(key, r);
  return r;
}

/** One member's income as far as the toeslagen need it. */
export interface PersonIncome {
  /** Dutch label for explanations: 'aanvrager', 'partner', 'kind 1', 'medebewoner 2'. */
  wie: string;
  /** Aanvrager or partner: shares the bijstand and counts for zorgtoeslag / KGB. */
  partnerGroep: boolean;
  /** Child or housemate under 23 (huurtoeslag exemption). */
  jongerDan23: boolean;
  /** Entered toetsingsinkomen per year, or -1 when nobody entered it. */
  ti: number;
  loon: number;
  overig: number;
  aow: boolean;
}

/** Numeric facts of a household on a date, derived once from the profile. */
export interface HouseholdFacts extends BijstandInput {
  hasPartner: boolean;
  children: ChildBirth[];
  childBirthMonths: number[];
  childAges: number[];
  persons: number;
  adults: number;
  allUnder21NoChildren: boolean;
  toetsingsinkomenPartners: number;
  huurInkomenVolwassenen: number;
  inkomensJongerDan23: number[];
  huur: number;
  maandenLaagInkomen: number;
  /** Every member's toetsingsinkomen was entered; otherwise `inkomens` decides (estimate or refusal). */
  inkomenBekend: boolean;
  inkomens: PersonIncome[];
}

export function householdFacts(p: HouseholdProfile, date: string, kostendelerMinAge: number, aowAge: number): HouseholdFacts {
  const h = p.huishouden;
  const a = h.leden.find((l) => l.rol === 'aanvrager');
  if (!a) throw invalid('huishouden.leden', 'moet precies één aanvrager bevatten');
  const partner = h.leden.find((l) => l.rol === 'partner');
  const kids = h.leden.filter((l) => l.rol === 'kind');
  const mede = h.leden.filter((l) => l.rol === 'medebewoner');
  const ageA = ageOn(a.geboortedatum, date);
  const ageP = partner ? ageOn(partner.geboortedatum, date) : -1;
  const childAges = kids.map((k) => ageOn(k.geboortedatum, date));
  const ages = h.leden.map((l) => ageOn(l.geboortedatum, date));
  const vr = (l: typeof a): VrijlatingState => ({ nUsed: l.vrijlating.algemeneMaandenGebruikt, rUsed: l.vrijlating.alleenstaandeOuderMaandenGebruikt, pibUsed: l.vrijlating.pibMaandenGebruikt });
  const ti = (l: typeof a) => l.toetsingsinkomenPerJaar ?? 0;
  let huurInkomen = ti(a) + (partner ? ti(partner) : 0);
  const young: number[] = [];
  for (const l of [...kids, ...mede]) {
    if (ageOn(l.geboortedatum, date) < 23) young.push(ti(l));
    else huurInkomen += ti(l);
  }
  const person = (l: typeof a, wie: string): PersonIncome => ({
    wie,
    partnerGroep: l.rol === 'aanvrager' || l.rol === 'partner',
    jongerDan23: (l.rol === 'kind' || l.rol === 'medebewoner') && ageOn(l.geboortedatum, date) < 23,
    ti: l.toetsingsinkomenPerJaar ?? -1,
    loon: l.nettoLoonPerMaand,
    overig: l.overigNettoInkomenPerMaand,
    aow: ageOn(l.geboortedatum, date) >= aowAge,
  });
  const inkomens = [person(a, 'aanvrager'), ...(partner ? [person(partner, 'partner')] : []), ...kids.map((k, i) => person(k, `kind ${i + 1}`)), ...mede.map((m, i) => person(m, `medebewoner ${i + 1}`))];
  return {
    kind: h.type,
    ageA,
    ageP,
    hasPartner: !!partner,
    hasChildren: kids.length > 0,
    youngestChildAge: childAges.length ? Math.min(...childAges) : -1,
    kostendelers: mede.filter((m) => !m.geenKostendeler && ageOn(m.geboortedatum, date) >= kostendelerMinAge).length,
    loonA: a.nettoLoonPerMaand,
    loonP: partner?.nettoLoonPerMaand ?? 0,
    overig: a.overigNettoInkomenPerMaand + (partner?.overigNettoInkomenPerMaand ?? 0),
    vermogen: h.vermogen,
    oudersKunnenNietBijdragen: a.oudersKunnenNietBijdragen,
    medischA: a.medischUrenbeperkt,
    medischP: partner?.medischUrenbeperkt ?? false,
    vrijA: vr(a),
    vrijP: partner ? vr(partner) : { nUsed: 0, rUsed: 0, pibUsed: 0 },
    children: kids.map((k) => ymd(k.geboortedatum)),
    childBirthMonths: kids.map((k) => birthdayMonthIndex(k.geboortedatum, 0)),
    childAges,
    persons: h.leden.length,
    adults: partner ? 2 : 1,
    allUnder21NoChildren: kids.length === 0 && ages.every((x) => x < 21),
    toetsingsinkomenPartners: ti(a) + (partner ? ti(partner) : 0),
    huurInkomenVolwassenen: huurInkomen,
    inkomensJongerDan23: young,
    huur: h.huurPerMaand,
    maandenLaagInkomen: h.maandenLaagInkomen,
    inkomenBekend: inkomens.every((x) => x.ti >= 0),
    inkomens,
  };
}

export type InkomenStatus = 'opgegeven' | 'schatting' | 'onbekend';

/** The toetsingsinkomen the toeslagen use: entered, estimated (with steps) or unknown (with the reason). */
export interface ResolvedIncome {
  /** Joint toetsingsinkomen of applicant and partner (zorgtoeslag, KGB); null = unknown. */
  partners: number | null;
  partnersStatus: InkomenStatus;
  /** Huurtoeslag: income of adults 23+ and of the young; null = unknown. */
  huurVolwassenen: number | null;
  jongerDan23: number[] | null;
  huurStatus: InkomenStatus;
  /** Why an income is unknown (Dutch), when it is. */
  reden?: string;
  steps: Step[];
}

/**
 * Resolve each member's toetsingsinkomen: the entered figure, else an estimate from the net income
 * in the profile plus the member's share of the bijstand (half each for a couple), by the method of
 * `rules/inkomstenbelasting` — marked "schatting" — else unknown.
 */
export function resolveIncome(r: CompiledRules, f: HouseholdFacts, bijstand: number, explain: boolean): ResolvedIncome {
  if (f.inkomenBekend) {
    return { partners: f.toetsingsinkomenPartners, partnersStatus: 'opgegeven', huurVolwassenen: f.huurInkomenVolwassenen, jongerDan23: f.inkomensJongerDan23, huurStatus: 'opgegeven', steps: [] };
  }
  const steps: Step[] = [];
  let partners: number | null = 0;
  let volw: number | null = 0;
  let young: number[] | null = [];
  let pEst = false;
  let hEst = false;
  let reden: string | undefined;
  const shareA = f.hasPartner ? Math.ceil(bijstand / 2) : bijstand;
  let firstPartner = true;
  for (const x of f.inkomens) {
    let v: number | null = x.ti;
    if (v < 0) {
      const share = x.partnerGroep ? (firstPartner ? shareA : bijstand - shareA) : 0;
      const est = r.ib ? brutoUitNetto(r.ib, x.loon, x.overig + share, { aow: x.aow, alleenstaand: !f.hasPartner }) : null;
      if (est && r.ib) {
        v = est.brutoPerJaar;
        if (explain) steps.push(schattingStep(r.ib, x.wie, x.loon, x.overig + share, { aow: x.aow, alleenstaand: !f.hasPartner }, est));
        if (x.partnerGroep) pEst = true;
        hEst = true;
      } else {
        v = null;
        reden ??= r.ib
          ? `het toetsingsinkomen van de ${x.wie} is niet opgegeven en kan niet worden geschat (loon op de AOW-leeftijd: de arbeidskorting voor de AOW-leeftijd staat niet in de referentiegegevens)`
          : `het toetsingsinkomen van de ${x.wie} is niet opgegeven en kan voor ${datumNl(r.date)} niet worden geschat (geen tarieven box 1 en heffingskortingen voor die datum)`;
      }
    }
    if (x.partnerGroep) firstPartner = false;
    if (v === null) {
      if (x.partnerGroep) partners = null;
      if (x.jongerDan23) young = null;
      else volw = null;
      continue;
    }
    if (x.partnerGroep && partners !== null) partners += v;
    if (x.jongerDan23) young?.push(v);
    else if (volw !== null) volw += v;
  }
  const huurKnown = volw !== null && young !== null;
  return {
    partners,
    partnersStatus: partners === null ? 'onbekend' : pEst ? 'schatting' : 'opgegeven',
    huurVolwassenen: huurKnown ? volw : null,
    jongerDan23: huurKnown ? young : null,
    huurStatus: !huurKnown ? 'onbekend' : hEst ? 'schatting' : 'opgegeven',
    ...(reden ? { reden } : {}),
    steps,
  };
}

export interface HouseholdNumbers {
  bijstand: BijstandResult;
  zorgtoeslag: ZorgtoeslagResult;
  huurtoeslag: HuurtoeslagResult;
  kgb: KgbResult;
  kinderbijslag: KinderbijslagResult;
  regelingen: RegelingResult[];
  /** Net wages + other net income of applicant and partner per month. */
  netto: number;
  toeslagen: number;
  gemeentelijk: number;
  besteedbaarZonderGemeentelijk: number;
  besteedbaar: number;
  /** Whether each toeslag rests on an entered income, an estimate, or was not computed. */
  inkomen: ResolvedIncome;
}

export interface HouseholdTraces {
  bijstand: Step[];
  zorgtoeslag: Step[];
  huurtoeslag: Step[];
  kgb: Step[];
  kinderbijslag: Step[];
  regelingen: Step[][];
}

export function newTraces(): HouseholdTraces {
  return { bijstand: [], zorgtoeslag: [], huurtoeslag: [], kgb: [], kinderbijslag: [], regelingen: [] };
}

const NO_SCHEMES: RegelingResult[] = [];
const NOT_COMPUTED_ZT: ZorgtoeslagResult = Object.freeze({ perJaar: 0, perMaand: 0 });
const NOT_COMPUTED_KGB: KgbResult = Object.freeze({ kinderen: 0, perJaar: 0, perMaand: 0 });
/** Estimate steps of the applicant or the partner (the ones zorgtoeslag and KGB use). */
const PARTNER_WIE = /^SCHATTING — (aanvrager|partner):/;

/**
 * All amounts for one household-month. `withSchemes = false` skips the municipal schemes (used
 * by the minima-effectrapportage for the 'without municipal schemes' column).
 */
export function computeHousehold(r: CompiledRules, f: HouseholdFacts, t?: HouseholdTraces, withSchemes = true): HouseholdNumbers {
  const b = calcBijstand(r.bijstand, f, t?.bijstand);
  const inc = resolveIncome(r, f, b.bijstand, !!t);
  const partnerSteps = inc.partnersStatus === 'schatting' ? inc.steps.filter((x) => PARTNER_WIE.test(x.description)) : [];
  if (t && partnerSteps.length) t.zorgtoeslag.push(...partnerSteps);
  const zt = inc.partners === null ? NOT_COMPUTED_ZT : calcZorgtoeslag(r.zorgtoeslag, { hasPartner: f.hasPartner, toetsingsinkomen: inc.partners, vermogen: f.vermogen }, t?.zorgtoeslag);
  if (t && f.huur > 0 && inc.huurStatus === 'schatting') t.huurtoeslag.push(...inc.steps);
  const ht =
    f.huur > 0 && r.huurtoeslag && inc.huurVolwassenen !== null && inc.jongerDan23 !== null
      ? calcHuurtoeslag(r.huurtoeslag, { huur: f.huur, persons: f.persons, allUnder21NoChildren: f.allUnder21NoChildren, hasPartner: f.hasPartner, inkomenVolwassenen: inc.huurVolwassenen, inkomensJongerDan23: inc.jongerDan23, vermogen: f.vermogen }, t?.huurtoeslag)
      : { rekenhuur: 0, rekeninkomen: 0, perMaand: 0 };
  if (t && f.children.length && partnerSteps.length) t.kgb.push(...partnerSteps);
  const kgb = inc.partners === null ? NOT_COMPUTED_KGB : calcKgb(r.kgb, { hasPartner: f.hasPartner, alleenstaandeOuder: f.kind === 'alleenstaande-ouder', childBirthMonths: f.childBirthMonths, toetsingsinkomen: inc.partners, vermogen: f.vermogen }, t?.kgb);
  const kb = calcKinderbijslag(r.kinderbijslag, f.children, t?.kinderbijslag);
  const netto = f.loonA + f.loonP + f.overig;
  const toeslagen = zt.perMaand + ht.perMaand + kgb.perMaand + kb.perMaandGemiddeld;
  let regelingen = NO_SCHEMES;
  let gemeentelijk = 0;
  if (withSchemes && r.regelingen.length) {
    const rf: RegelingFacts = {
      kind: f.kind,
      ageA: f.ageA,
      aowAge: r.bijstand.aowAge,
      childAges: f.childAges,
      adults: f.adults,
      persons: f.persons,
      inkomen: netto + b.bijstand,
      sociaalMinimum: b.norm,
      maandenLaagInkomen: f.maandenLaagInkomen,
      vermogen: f.vermogen,
    };
    regelingen = new Array<RegelingResult>(r.regelingen.length);
    for (let i = 0; i < r.regelingen.length; i++) {
      const tr: Step[] | undefined = t ? [] : undefined;
      const res = evaluateRegeling(r.regelingen[i], rf, tr, !!t);
      if (t && tr) t.regelingen.push(tr);
      regelingen[i] = res;
      gemeentelijk += res.perMaand;
    }
  }
  const besteedbaarZonderGemeentelijk = netto + b.bijstand + toeslagen;
  return { bijstand: b, zorgtoeslag: zt, huurtoeslag: ht, kgb, kinderbijslag: kb, regelingen, netto, toeslagen, gemeentelijk, besteedbaarZonderGemeentelijk, besteedbaar: besteedbaarZonderGemeentelijk + gemeentelijk, inkomen: inc };
}

/** berekend: on entered figures; schatting: on an estimated toetsingsinkomen; niet-berekend: refused, see `melding`. */
export type UitkomstStatus = 'berekend' | 'schatting' | 'niet-berekend';
export const UITKOMST_STATUSSEN = ['berekend', 'schatting', 'niet-berekend'] as const satisfies readonly UitkomstStatus[];

export interface Uitkomst {
  regeling: string;
  naam: string;
  status: UitkomstStatus;
  /** Dutch: why the amount is an estimate or was not computed. */
  melding?: string;
  recht: boolean;
  bedragPerMaand: number;
  bedragPerJaar?: number;
  uitleg: Step[];
  /** Dutch text of the explanation. */
  uitlegTekst: string;
}

export interface HouseholdEvaluation {
  datum: string;
  gemeente: string;
  huishoudtype: HouseholdKind;
  sociaalMinimum: number;
  nettoInkomenPerMaand: number;
  bijstand: Uitkomst & { vakantietoeslagPerMaand: number; uitbetalingPerMaand: number; normLabel: string };
  zorgtoeslag: Uitkomst;
  huurtoeslag: Uitkomst;
  kindgebondenBudget: Uitkomst;
  kinderbijslag: Uitkomst & { bedragPerKwartaal: number };
  gemeentelijk: Uitkomst[];
  totaal: { toeslagenPerMaand: number; gemeentelijkPerMaand: number; besteedbaarZonderGemeentelijkPerMaand: number; besteedbaarPerMaand: number };
  waarschuwingen: string[];
}

const u = (regeling: string, naam: string, perMaand: number, uitleg: Step[], perJaar?: number, st: [UitkomstStatus, string?] = ['berekend']): Uitkomst => ({
  regeling,
  naam,
  status: st[0],
  ...(st[1] ? { melding: st[1] } : {}),
  recht: perMaand > 0,
  bedragPerMaand: perMaand,
  ...(perJaar !== undefined ? { bedragPerJaar: perJaar } : {}),
  uitleg,
  uitlegTekst: renderSteps(uitleg),
});

/** Status and message of a toeslag from the status of the income it rests on. */
function toeslagStatus(naam: string, status: InkomenStatus, reden: string | undefined, applies: boolean): [UitkomstStatus, string?] {
  if (!applies) return ['berekend'];
  if (status === 'onbekend') return ['niet-berekend', `${naam} is niet berekend: ${reden ?? 'het toetsingsinkomen ontbreekt'}. Vul het toetsingsinkomen in.`];
  if (status === 'schatting') return ['schatting', `${naam} rust op een geschat toetsingsinkomen (schatting uit het netto inkomen). Vul het echte toetsingsinkomen in.`];
  return ['berekend'];
}

export interface ToeslagenStatus {
  zorgtoeslag: UitkomstStatus;
  huurtoeslag: UitkomstStatus;
  kindgebondenBudget: UitkomstStatus;
}

function statusOf(r: CompiledRules, n: HouseholdNumbers, f: HouseholdFacts): { zt: [UitkomstStatus, string?]; ht: [UitkomstStatus, string?]; kgb: [UitkomstStatus, string?] } {
  const i = n.inkomen;
  return {
    zt: toeslagStatus('Zorgtoeslag', i.partnersStatus, i.reden, true),
    ht: r.huurtoeslagNietBerekenbaar && f.huur > 0 ? ['niet-berekend', `Huurtoeslag is niet berekend: ${r.huurtoeslagNietBerekenbaar}.`] : toeslagStatus('Huurtoeslag', i.huurStatus, i.reden, f.huur > 0),
    kgb: toeslagStatus('Kindgebonden budget', i.partnersStatus, i.reden, f.children.length > 0),
  };
}

/** The checks and the compiled rules and facts shared by the explained and the plain evaluation. */
function prepareHousehold(profile: HouseholdProfile, date: string, own?: GemeenteConfig | null): { cfg: GemeenteConfig; rules: CompiledRules; f: HouseholdFacts } {
  if (!isIsoDate(date)) throw invalid('datum', 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD');
  assertProfileOnDate(profile, date);
  // The organisation's own schemes (ADR 0024) apply to a profile of its own municipality.
  const cfg = own && own.id === profile.gemeente ? own : gemeenteConfig(profile.gemeente);
  if (!cfg) throw invalid('gemeente', 'onbekende gemeente');
  const rules = compileRules(date, cfg);
  return { cfg, rules, f: householdFacts(profile, date, rules.bijstand.kdHousemateAge, rules.bijstand.aowAge) };
}

/** The amounts of a household without explanations: what a batch without `uitleg` answers. */
export interface HouseholdAmounts {
  totaal: HouseholdEvaluation['totaal'];
  bijstandPerMaand: number;
  toeslagen: { zorgtoeslag: number; huurtoeslag: number; kindgebondenBudget: number; kinderbijslag: number };
  /** Whether each toeslag rests on an entered income, an estimate, or was not computed. */
  status: ToeslagenStatus;
}

/**
 * The same checks and amounts as `evaluateHousehold`, on the engine's hot path: no traces, no
 * reasons, no text (the explanation is most of the cost of an evaluation). The tests hold both
 * paths to the same amounts.
 */
export function householdAmounts(profile: HouseholdProfile, date: string, own?: GemeenteConfig | null): HouseholdAmounts {
  const { rules, f } = prepareHousehold(profile, date, own);
  const n = computeHousehold(rules, f);
  return {
    totaal: { toeslagenPerMaand: n.toeslagen, gemeentelijkPerMaand: n.gemeentelijk, besteedbaarZonderGemeentelijkPerMaand: n.besteedbaarZonderGemeentelijk, besteedbaarPerMaand: n.besteedbaar },
    bijstandPerMaand: n.bijstand.bijstand,
    toeslagen: { zorgtoeslag: n.zorgtoeslag.perMaand, huurtoeslag: n.huurtoeslag.perMaand, kindgebondenBudget: n.kgb.perMaand, kinderbijslag: n.kinderbijslag.perMaandGemiddeld },
    status: (({ zt, ht, kgb }) => ({ zorgtoeslag: zt[0], huurtoeslag: ht[0], kindgebondenBudget: kgb[0] }))(statusOf(rules, n, f)),
  };
}

/**
 * Evaluate a (parsed) household profile on `date`: everything with its explanation.
 * Throws a 400 problem naming the field for impossible dates or members born after the date.
 */
export function evaluateHousehold(profile: HouseholdProfile, date: string, own?: GemeenteConfig | null): HouseholdEvaluation {
  const { cfg, rules, f } = prepareHousehold(profile, date, own);
  const t = newTraces();
  const n = computeHousehold(rules, f, t);
  const st = statusOf(rules, n, f);
  const meldingen = [st.zt[1], st.ht[1], st.kgb[1]].filter((m): m is string => !!m);
  return {
    datum: date,
    gemeente: cfg.id,
    huishoudtype: f.kind,
    sociaalMinimum: n.bijstand.norm,
    nettoInkomenPerMaand: n.netto,
    bijstand: { ...u('participatiewet', 'Bijstand (Participatiewet)', n.bijstand.bijstand, t.bijstand), vakantietoeslagPerMaand: n.bijstand.vakantietoeslag, uitbetalingPerMaand: n.bijstand.uitbetaling, normLabel: n.bijstand.normLabel },
    zorgtoeslag: u('zorgtoeslag', 'Zorgtoeslag', n.zorgtoeslag.perMaand, t.zorgtoeslag, n.zorgtoeslag.perJaar, st.zt),
    huurtoeslag: u('huurtoeslag', 'Huurtoeslag', n.huurtoeslag.perMaand, t.huurtoeslag, undefined, st.ht),
    kindgebondenBudget: u('kindgebonden-budget', 'Kindgebonden budget', n.kgb.perMaand, t.kgb, n.kgb.perJaar, st.kgb),
    kinderbijslag: { ...u('kinderbijslag', 'Kinderbijslag (maandgemiddelde)', n.kinderbijslag.perMaandGemiddeld, t.kinderbijslag), bedragPerKwartaal: n.kinderbijslag.perKwartaal },
    gemeentelijk: n.regelingen.map((r, i) => ({ ...u(`gemeentelijk.${r.id}`, r.naam, r.perMaand, t.regelingen[i] ?? [], r.perJaar), recht: r.recht })),
    totaal: { toeslagenPerMaand: n.toeslagen, gemeentelijkPerMaand: n.gemeentelijk, besteedbaarZonderGemeentelijkPerMaand: n.besteedbaarZonderGemeentelijk, besteedbaarPerMaand: n.besteedbaar },
    waarschuwingen: [...meldingen, ...rules.warnings],
  };
}

/** The whole evaluation as Dutch text for a professional. */
export function renderEvaluation(e: HouseholdEvaluation): string {
  const parts = [e.bijstand, e.zorgtoeslag, e.huurtoeslag, e.kindgebondenBudget, e.kinderbijslag, ...e.gemeentelijk];
  const type = { alleenstaande: 'alleenstaande', 'alleenstaande-ouder': 'alleenstaande ouder', gehuwden: 'gehuwden of samenwonenden' }[e.huishoudtype];
  const naam = gemeenteConfig(e.gemeente)?.naam ?? e.gemeente;
  const lines = [`Berekening per ${datumNl(e.datum)} (${naam}, ${type}; norm: ${e.bijstand.normLabel})`, `Sociaal minimum (toepasselijke norm): ${formatEuro(e.sociaalMinimum)} per maand`, ''];
  for (const p of parts) {
    lines.push(p.status === 'niet-berekend' ? `${p.naam}: niet berekend` : `${p.naam}: ${formatEuro(p.bedragPerMaand)} per maand${p.status === 'schatting' ? ' (schatting)' : ''}${p.recht ? '' : ' (geen recht)'}`);
    if (p.melding) lines.push(`   ${p.melding}`);
    if (p.uitlegTekst) lines.push(p.uitlegTekst.replace(/^/gm, '   '));
  }
  lines.push('', `Besteedbaar inkomen per maand: ${formatEuro(e.totaal.besteedbaarPerMaand)} (zonder gemeentelijke regelingen ${formatEuro(e.totaal.besteedbaarZonderGemeentelijkPerMaand)})`);
  if (e.waarschuwingen.length) lines.push('', 'Let op:', ...e.waarschuwingen.map((w) => `- ${w}`));
  return lines.join('\n');
}
