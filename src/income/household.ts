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
import { ageOn, birthdayMonthIndex, isIsoDate, monthIndex, ymd } from './dates';
import { renderSteps } from './explain';
import { assertProfileOnDate, type HouseholdProfile } from './profile';
import { gemeenteConfig } from './rules/gemeentelijk/parameters';
import { activeRegelingen, evaluateRegeling, type RegelingFacts, type RegelingResult } from './rules/gemeentelijk/regelingen';
import type { GemeenteConfig, Regeling } from './rules/gemeentelijk/schema';
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
  huurtoeslag: CompiledHuurtoeslag;
  kgb: CompiledKgb;
  kinderbijslag: CompiledKinderbijslag;
  regelingen: Regeling[];
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
  const huurtoeslag = compileHuurtoeslag(date);
  const kgb = compileKgb(date, monthIndex(date));
  const kinderbijslag = compileKinderbijslag(date);
  const warnings = [...bijstand.warnings, zorgtoeslag.warning, huurtoeslag.warning, kgb.warning, kinderbijslag.warning].filter((w): w is string => !!w);
  if (gemeente.illustratief) warnings.push(`${gemeente.naam}: de gemeentelijke regelingen zijn illustratief voorbeeldbeleid, niet de echte verordening.`);
  const r: CompiledRules = { date, gemeente, bijstand, zorgtoeslag, huurtoeslag, kgb, kinderbijslag, regelingen: activeRegelingen(gemeente, date), warnings };
  if (cache.size > 5000) cache.clear();
  cache.set(key, r);
  return r;
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
}

export function householdFacts(p: HouseholdProfile, date: string, kostendelerMinAge: number): HouseholdFacts {
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
  let huurInkomen = a.toetsingsinkomenPerJaar + (partner?.toetsingsinkomenPerJaar ?? 0);
  const young: number[] = [];
  for (const l of [...kids, ...mede]) {
    if (ageOn(l.geboortedatum, date) < 23) young.push(l.toetsingsinkomenPerJaar);
    else huurInkomen += l.toetsingsinkomenPerJaar;
  }
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
    toetsingsinkomenPartners: a.toetsingsinkomenPerJaar + (partner?.toetsingsinkomenPerJaar ?? 0),
    huurInkomenVolwassenen: huurInkomen,
    inkomensJongerDan23: young,
    huur: h.huurPerMaand,
    maandenLaagInkomen: h.maandenLaagInkomen,
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

/**
 * All amounts for one household-month. `withSchemes = false` skips the municipal schemes (used
 * by the minima-effectrapportage for the 'without municipal schemes' column).
 */
export function computeHousehold(r: CompiledRules, f: HouseholdFacts, t?: HouseholdTraces, withSchemes = true): HouseholdNumbers {
  const b = calcBijstand(r.bijstand, f, t?.bijstand);
  const zt = calcZorgtoeslag(r.zorgtoeslag, { hasPartner: f.hasPartner, toetsingsinkomen: f.toetsingsinkomenPartners, vermogen: f.vermogen }, t?.zorgtoeslag);
  const ht =
    f.huur > 0
      ? calcHuurtoeslag(r.huurtoeslag, { huur: f.huur, persons: f.persons, allUnder21NoChildren: f.allUnder21NoChildren, hasPartner: f.hasPartner, inkomenVolwassenen: f.huurInkomenVolwassenen, inkomensJongerDan23: f.inkomensJongerDan23, vermogen: f.vermogen }, t?.huurtoeslag)
      : { rekenhuur: 0, rekeninkomen: 0, perMaand: 0 };
  const kgb = calcKgb(r.kgb, { hasPartner: f.hasPartner, alleenstaandeOuder: f.kind === 'alleenstaande-ouder', childBirthMonths: f.childBirthMonths, toetsingsinkomen: f.toetsingsinkomenPartners, vermogen: f.vermogen }, t?.kgb);
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
  return { bijstand: b, zorgtoeslag: zt, huurtoeslag: ht, kgb, kinderbijslag: kb, regelingen, netto, toeslagen, gemeentelijk, besteedbaarZonderGemeentelijk, besteedbaar: besteedbaarZonderGemeentelijk + gemeentelijk };
}

export interface Uitkomst {
  regeling: string;
  naam: string;
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

const u = (regeling: string, naam: string, perMaand: number, uitleg: Step[], perJaar?: number): Uitkomst => ({
  regeling,
  naam,
  recht: perMaand > 0,
  bedragPerMaand: perMaand,
  ...(perJaar !== undefined ? { bedragPerJaar: perJaar } : {}),
  uitleg,
  uitlegTekst: renderSteps(uitleg),
});

/** The checks and the compiled rules and facts shared by the explained and the plain evaluation. */
function prepareHousehold(profile: HouseholdProfile, date: string): { cfg: GemeenteConfig; rules: CompiledRules; f: HouseholdFacts } {
  if (!isIsoDate(date)) throw invalid('datum', 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD');
  assertProfileOnDate(profile, date);
  const cfg = gemeenteConfig(profile.gemeente);
  if (!cfg) throw invalid('gemeente', 'onbekende gemeente');
  const rules = compileRules(date, cfg);
  return { cfg, rules, f: householdFacts(profile, date, rules.bijstand.kdHousemateAge) };
}

/** The amounts of a household without explanations: what a batch without `uitleg` answers. */
export interface HouseholdAmounts {
  totaal: HouseholdEvaluation['totaal'];
  bijstandPerMaand: number;
  toeslagen: { zorgtoeslag: number; huurtoeslag: number; kindgebondenBudget: number; kinderbijslag: number };
}

/**
 * The same checks and amounts as `evaluateHousehold`, on the engine's hot path: no traces, no
 * reasons, no text (the explanation is most of the cost of an evaluation). The tests hold both
 * paths to the same amounts.
 */
export function householdAmounts(profile: HouseholdProfile, date: string): HouseholdAmounts {
  const { rules, f } = prepareHousehold(profile, date);
  const n = computeHousehold(rules, f);
  return {
    totaal: { toeslagenPerMaand: n.toeslagen, gemeentelijkPerMaand: n.gemeentelijk, besteedbaarZonderGemeentelijkPerMaand: n.besteedbaarZonderGemeentelijk, besteedbaarPerMaand: n.besteedbaar },
    bijstandPerMaand: n.bijstand.bijstand,
    toeslagen: { zorgtoeslag: n.zorgtoeslag.perMaand, huurtoeslag: n.huurtoeslag.perMaand, kindgebondenBudget: n.kgb.perMaand, kinderbijslag: n.kinderbijslag.perMaandGemiddeld },
  };
}

/**
 * Evaluate a (parsed) household profile on `date`: everything with its explanation.
 * Throws a 400 problem naming the field for impossible dates or members born after the date.
 */
export function evaluateHousehold(profile: HouseholdProfile, date: string): HouseholdEvaluation {
  const { cfg, rules, f } = prepareHousehold(profile, date);
  const t = newTraces();
  const n = computeHousehold(rules, f, t);
  return {
    datum: date,
    gemeente: cfg.id,
    huishoudtype: f.kind,
    sociaalMinimum: n.bijstand.norm,
    nettoInkomenPerMaand: n.netto,
    bijstand: { ...u('participatiewet', 'Bijstand (Participatiewet)', n.bijstand.bijstand, t.bijstand), vakantietoeslagPerMaand: n.bijstand.vakantietoeslag, uitbetalingPerMaand: n.bijstand.uitbetaling, normLabel: n.bijstand.normLabel },
    zorgtoeslag: u('zorgtoeslag', 'Zorgtoeslag', n.zorgtoeslag.perMaand, t.zorgtoeslag, n.zorgtoeslag.perJaar),
    huurtoeslag: u('huurtoeslag', 'Huurtoeslag', n.huurtoeslag.perMaand, t.huurtoeslag),
    kindgebondenBudget: u('kindgebonden-budget', 'Kindgebonden budget', n.kgb.perMaand, t.kgb, n.kgb.perJaar),
    kinderbijslag: { ...u('kinderbijslag', 'Kinderbijslag (maandgemiddelde)', n.kinderbijslag.perMaandGemiddeld, t.kinderbijslag), bedragPerKwartaal: n.kinderbijslag.perKwartaal },
    gemeentelijk: n.regelingen.map((r, i) => ({ ...u(`gemeentelijk.${r.id}`, r.naam, r.perMaand, t.regelingen[i] ?? [], r.perJaar), recht: r.recht })),
    totaal: { toeslagenPerMaand: n.toeslagen, gemeentelijkPerMaand: n.gemeentelijk, besteedbaarZonderGemeentelijkPerMaand: n.besteedbaarZonderGemeentelijk, besteedbaarPerMaand: n.besteedbaar },
    waarschuwingen: rules.warnings,
  };
}

/** The whole evaluation as Dutch text for a professional. */
export function renderEvaluation(e: HouseholdEvaluation): string {
  const parts = [e.bijstand, e.zorgtoeslag, e.huurtoeslag, e.kindgebondenBudget, e.kinderbijslag, ...e.gemeentelijk];
  const lines = [`Berekening per ${e.datum} (${e.gemeente}, ${e.huishoudtype})`, `Sociaal minimum (toepasselijke norm): ${formatEuro(e.sociaalMinimum)} per maand`, ''];
  for (const p of parts) {
    lines.push(`${p.naam}: ${formatEuro(p.bedragPerMaand)} per maand${p.recht ? '' : ' (geen recht)'}`);
    if (p.uitlegTekst) lines.push(p.uitlegTekst.replace(/^/gm, '   '));
  }
  lines.push('', `Besteedbaar inkomen per maand: ${formatEuro(e.totaal.besteedbaarPerMaand)} (zonder gemeentelijke regelingen ${formatEuro(e.totaal.besteedbaarZonderGemeentelijkPerMaand)})`);
  if (e.waarschuwingen.length) lines.push('', 'Let op:', ...e.waarschuwingen.map((w) => `- ${w}`));
  return lines.join('\n');
}
