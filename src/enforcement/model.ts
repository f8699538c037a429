// SPDX-License-Identifier: EUPL-1.2
/**
 * Proportional enforcement (issue 14): the pure recovery calculator (terugvordering) under the strict
 * and the net reading, the fine (bestuurlijke boete), what the household keeps while repaying, what
 * each reading does to debt relief, and the consequences priced from the cost catalogue.
 *
 * Figures: bijstand norms from the income engine (`bijstandNorm21`), every other legal figure from
 * `nl-enforcement-rules.json` (a copy of /work/shared/reference). A figure that is not known (the
 * Wetboek van Strafrecht art. 23 category amounts in force) is shown as unknown, never guessed.
 */
import { bijstandNorm21, FIRST_NORM_DATE, type DatedNorm } from '../income/model';
import { dutchDate, dutchMonth } from '../platform/dutch-date';
import type { CatalogueItem, Funder } from '../businesscase/model';
import { invalidMany, type InvalidParam } from '../platform/errors';
import { LEGAL_GROUNDS } from '../platform/authz';
import rules from './nl-enforcement-rules.json';
import { countText } from '../platform/dutch-count';
import { formatEuro } from '../platform/money';

// ---------------------------------------------------------------------------------------------
// Reference figures, each with its article and source

type RuleKey = Exclude<keyof typeof rules, '_meta'>;

export interface Param {
  name: string;
  /** Eurocents, percent, months or a count as `unit` says; null = not known (see `note`). */
  value: number | null;
  unit: 'cent' | 'percent' | 'months' | 'years' | 'count';
  source: string;
  confidence: string;
  note?: string;
}

/** How an amount came about: the rule in Dutch, the article, the figures used. */
export interface Explanation {
  rule: string;
  article: string;
  parameters: Param[];
}

function src(key: RuleKey): { source: string; confidence: string } {
  const e = rules[key] as { source?: string[] | string; confidence?: string };
  const s = Array.isArray(e.source) ? e.source[0] : e.source;
  return { source: `${s ?? 'nl-enforcement-rules.json'} (nl-enforcement-rules.json: ${key})`, confidence: e.confidence ?? 'unverified' };
}
const p = (key: RuleKey, name: string, value: number | null, unit: Param['unit'], note?: string): Param => ({ name, value, unit, ...src(key), ...(note ? { note } : {}) });

const BB = rules['bestuurlijke_boete.boetebesluit'];
const A18A = rules['bestuurlijke_boete.art18a'];
const CAT = rules['wvsr.art23_geldboetecategorieen'].amounts_eurocent;
const BVV = rules['beslagvrije_voet.bijstand_95pct'].percentages;

export const CULPABILITIES = ['opzet', 'grove_schuld', 'normale_verwijtbaarheid', 'verminderde_verwijtbaarheid'] as const;
export type Culpability = (typeof CULPABILITIES)[number];
export const CULPABILITY_LABELS: Record<Culpability, string> = {
  opzet: 'Opzet',
  grove_schuld: 'Grove schuld',
  normale_verwijtbaarheid: 'Normale verwijtbaarheid (geen opzet of grove schuld)',
  verminderde_verwijtbaarheid: 'Verminderde verwijtbaarheid',
};
/** Boetebesluit socialezekerheidswetten art. 2 lid 1-4. */
export const CULPABILITY_PCT: Record<Culpability, number> = {
  opzet: BB.percentages.opzet,
  grove_schuld: BB.percentages.grove_schuld,
  normale_verwijtbaarheid: BB.percentages.normale_verwijtbaarheid,
  verminderde_verwijtbaarheid: BB.percentages.verminderde_verwijtbaarheid,
};

export const INCOME_KINDS = ['gokken', 'verkoop'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];
export const HOUSEHOLD_KINDS = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;
export type HouseholdKind = (typeof HOUSEHOLD_KINDS)[number];
export const PAID_BASES = ['norm', 'bedrag'] as const;
export type PaidBasis = (typeof PAID_BASES)[number];

/** Plausibility bounds of this calculator (not legal figures): documented in docs/enforcement.md. */
export const LIMITS = {
  maxMonths: 120,
  /** €50,000 a month: receipts, stakes or costs above this are treated as a typing error. */
  maxMonthlyCents: 5_000_000,
} as const;

export interface CalcInput {
  /** First month of the period, `YYYY-MM`. */
  startMonth: string;
  months: number;
  householdKind: HouseholdKind;
  incomeKind: IncomeKind;
  /** `norm`: the benefit paid was the norm minus the other income; `bedrag`: the amount below, per month. */
  paidBasis: PaidBasis;
  benefitPaidCents?: number | null;
  /** Per month: gambling receipts (payouts received) or sale proceeds. */
  receiptsCents: number;
  /** Per month: gambling stakes, or the costs of what was sold. */
  stakesOrCostsCents: number;
  /** Per month: other income counted under Pw art. 32 (0 when there is none). */
  otherIncomeCents: number;
  culpability: Culpability;
  /** A lowered percentage (Boetebesluit art. 2 lid 8); at most the culpability's percentage. */
  finePercentage?: number | null;
  recidive: boolean;
  selfCorrectedWithin60Days: boolean;
  warningInLast2Years: boolean;
  /** The calculation date (today, Europe/Amsterdam): the norm while repaying. */
  calculationDate: string;
}

export const READINGS = ['strikt', 'netto'] as const;
export type Reading = (typeof READINGS)[number];

export interface MonthRow {
  month: string;
  normCents: number;
  paidCents: number;
  counted: Record<Reading, number>;
  due: Record<Reading, number>;
  recovery: Record<Reading, number>;
}

export type FineStatus = 'boete' | 'onbekend' | 'waarschuwing-mogelijk';

export interface FineResult {
  status: FineStatus;
  /** The fine in force; null when an unknown cap may bind (see explanation). */
  amountCents: number | null;
  /** What the fine would be without the (unknown) caps: an upper bound. */
  uncappedCents: number;
  percentage: number;
  warningAllowed: boolean;
  explanation: Explanation;
}

export interface RepaymentResult {
  claimCents: number;
  fineIncluded: boolean;
  normCents: number;
  keepsCents: number;
  offsetCents: number;
  months: number;
  years: number;
  beyondTenYears: boolean;
  explanation: Explanation;
}

export interface DebtReliefResult {
  art60cRefusal: boolean;
  art60c: string;
  wsnpGoodFaith: 'geen-belemmering' | 'weegt-mee' | 'staat-in-de-weg';
  art288: string;
  cleanSlateCents: number;
  art358: string;
  explanation: Explanation;
}

export interface ReadingResult {
  reading: Reading;
  recoveryCents: number;
  recoveryExplanation: Explanation;
  fine: FineResult;
  repayment: RepaymentResult;
  debtRelief: DebtReliefResult;
}

export interface CalcResult {
  months: MonthRow[];
  readings: Record<Reading, ReadingResult>;
  norms: Array<{ validFrom: string; cents: number; article: string; source: string; confidence: string }>;
  /** The legal routes by which a college can reach or approach the net reading. */
  routesToNet: Array<{ article: string; text: string }>;
  warnings: string[];
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Validation: every bad field named, in Dutch, before anything is computed

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

export function validateCalcInput(x: CalcInput): void {
  const bad: InvalidParam[] = [];
  const add = (name: string, reason: string) => bad.push({ name, reason });
  if (typeof x.startMonth !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(x.startMonth)) add('startMonth', 'eerste maand moet een maand zijn (jjjj-mm)');
  else if (`${x.startMonth}-01` < FIRST_NORM_DATE) add('startMonth', `voor ${dutchMonth(FIRST_NORM_DATE)} kent het platform geen bijstandsnormen; kies een latere eerste maand`);
  if (!isInt(x.months) || x.months < 1 || x.months > LIMITS.maxMonths) add('months', `de periode moet 1 tot en met ${LIMITS.maxMonths} maanden zijn`);
  const money = (name: string, v: unknown, what: string) => {
    if (!isInt(v)) add(name, `${what} moet een geheel aantal eurocent zijn`);
    else if (v < 0) add(name, `${what} kan niet negatief zijn`);
    else if (v > LIMITS.maxMonthlyCents) add(name, `${what} van meer dan € 50.000 per maand is niet aannemelijk; controleer het bedrag`);
  };
  const receiptsWord = x.incomeKind === 'verkoop' ? 'de opbrengst' : 'het ontvangen gokgeld (winst)';
  const stakesWord = x.incomeKind === 'verkoop' ? 'de kosten' : 'de inzet';
  money('receiptsCents', x.receiptsCents, receiptsWord);
  money('stakesOrCostsCents', x.stakesOrCostsCents, stakesWord);
  money('otherIncomeCents', x.otherIncomeCents, 'het overige inkomen');
  if (x.paidBasis === 'bedrag') money('benefitPaidCents', x.benefitPaidCents, 'de betaalde uitkering');
  if (x.finePercentage !== undefined && x.finePercentage !== null) {
    const max = CULPABILITY_PCT[x.culpability] ?? 0;
    if (typeof x.finePercentage !== 'number' || !Number.isFinite(x.finePercentage) || x.finePercentage < 0 || x.finePercentage > max) {
      add('finePercentage', `het boetepercentage moet tussen 0 en ${max} liggen: het Boetebesluit (art. 2) staat bij deze mate van verwijtbaarheid niet meer toe`);
    }
  }
  if (bad.length) throw invalidMany(bad);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

const max0 = (n: number) => (n < 0 ? 0 : n);
/** a × num / den, rounded half up to the cent, in integers. */
export const ratioHalfUp = (a: number, num: number, den: number): number => Math.floor((a * num * 2 + den) / (den * 2));

export function monthsOf(start: string, n: number): string[] {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = y * 12 + (m - 1) + i;
    out.push(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Rv art. 475dc lid 2: on bijstand the household keeps 95 % of its norm; the rest (about 5 %) may be offset. */
export function beslagvrijeVoet(normCents: number): { keepsCents: number; offsetCents: number } {
  const keepsCents = ratioHalfUp(normCents, BVV.bvv_share_of_norm, 100);
  return { keepsCents, offsetCents: normCents - keepsCents };
}

/** Months to repay a claim at a monthly offset: ceil(claim / offset); 0 for no claim. */
export function repaymentMonths(claimCents: number, offsetCents: number): number {
  if (claimCents <= 0) return 0;
  if (offsetCents <= 0) return Number.POSITIVE_INFINITY;
  return Math.ceil(claimCents / offsetCents);
}

const CAT_2018 = { 2: CAT.from_2018_01_01_cat2, 3: CAT.from_2018_01_01_cat3, 5: CAT.from_2018_01_01_cat5 } as const;

/**
 * The bestuurlijke boete under Pw art. 18a and the Boetebesluit art. 2 and 2aa. The category amounts
 * of WvSr art. 23 in force are not known (reference open point): the last verified set is 2018. A
 * cap is treated as not binding only where the fine stays at or below the 2018 amount (every
 * published indexation so far raised the amounts); otherwise the fine is unknown, with its upper bound.
 */
export function computeFine(benadelingCents: number, x: Pick<CalcInput, 'culpability' | 'finePercentage' | 'recidive' | 'selfCorrectedWithin60Days' | 'warningInLast2Years'>): FineResult {
  const warningMax = BB.amounts_eurocent.waarschuwing_max_benadelingsbedrag;
  const warningAllowed = !x.warningInLast2Years && (benadelingCents <= warningMax || x.selfCorrectedWithin60Days);
  const culpPct = CULPABILITY_PCT[x.culpability];
  const pct = x.finePercentage ?? culpPct;
  const params: Param[] = [
    p('bestuurlijke_boete.boetebesluit', `percentage bij ${CULPABILITY_LABELS[x.culpability].toLowerCase()}`, culpPct, 'percent'),
    p('bestuurlijke_boete.boetebesluit', 'grens schriftelijke waarschuwing (benadelingsbedrag)', warningMax, 'cent'),
    p('bestuurlijke_boete.art18a', 'geen waarschuwing als er in de vorige jaren al een was', A18A.periods.waarschuwing_blocking_period_years, 'years'),
  ];
  if (pct !== culpPct) params.push({ name: 'verlaagd percentage (Boetebesluit art. 2 lid 8), gekozen door de handhaver', value: pct, unit: 'percent', source: 'invoer van de handhaver', confidence: 'official' });

  if (benadelingCents === 0) {
    // art. 18a lid 3: no benadeling: at most the second category; Boetebesluit art. 2 lid 11: starting point €150.
    const start = BB.amounts_eurocent.uitgangspunt_boete_zonder_benadeling;
    const known = start <= CAT_2018[2];
    params.push(p('bestuurlijke_boete.boetebesluit', 'uitgangspunt boete zonder benadeling', start, 'cent'));
    params.push(p('wvsr.art23_geldboetecategorieen', 'tweede categorie (laatst vastgesteld, 2018)', CAT_2018[2], 'cent', 'bedrag in 2026 onbekend; alleen gebruikt als bovengrens die niet wordt bereikt'));
    return {
      status: warningAllowed ? 'waarschuwing-mogelijk' : known ? 'boete' : 'onbekend',
      amountCents: warningAllowed ? 0 : start,
      uncappedCents: start,
      percentage: pct,
      warningAllowed,
      explanation: {
        rule: warningAllowed
          ? 'Geen benadelingsbedrag: een schriftelijke waarschuwing in plaats van een boete is mogelijk (Pw art. 18a lid 4, Boetebesluit art. 2aa); anders uitgangspunt € 150 (Boetebesluit art. 2 lid 11), ten hoogste de tweede categorie (art. 18a lid 3).'
          : 'Geen benadelingsbedrag, maar in de afgelopen twee jaar al een waarschuwing: uitgangspunt € 150 (Boetebesluit art. 2 lid 11), ten hoogste de tweede categorie (art. 18a lid 3).',
        article: 'Participatiewet art. 18a lid 3 en 4; Boetebesluit socialezekerheidswetten art. 2 lid 11, art. 2aa',
        parameters: params,
      },
    };
  }

  const base = x.recidive ? ratioHalfUp(benadelingCents, BB.percentages.recidive_base_multiplier, 100) : benadelingCents;
  if (x.recidive) params.push(p('bestuurlijke_boete.boetebesluit', 'grondslag bij recidive (% van het benadelingsbedrag)', BB.percentages.recidive_base_multiplier, 'percent'));
  const uncapped = ratioHalfUp(base, Math.round(pct * 100), 10000);
  const lower = x.culpability === 'normale_verwijtbaarheid' || x.culpability === 'verminderde_verwijtbaarheid';
  // Boetebesluit art. 2 lid 7 (lower degrees) and Pw art. 18a lid 1 (statutory ceiling: CAT5 with opzet, CAT3 otherwise).
  const ceilingCat = x.culpability === 'opzet' ? 5 : 3;
  const ceiling2018 = CAT_2018[ceilingCat];
  const lid7Threshold2018 = ratioHalfUp(CAT_2018[3], 100, 75);
  params.push(p('wvsr.art23_geldboetecategorieen', `${ceilingCat === 5 ? 'vijfde' : 'derde'} categorie (laatst vastgesteld, 2018; bedrag in 2026 onbekend)`, ceiling2018, 'cent', 'het bedrag dat nu geldt is niet gevonden (open punt in de bronnen)'));
  let unknownBecause: string | null = null;
  if (lower && base > lid7Threshold2018) unknownBecause = `De grondslag (${euro(base)}) ligt boven 100/75 van de derde categorie van 2018; dan is de boete ${x.culpability === 'normale_verwijtbaarheid' ? '50' : '25'}/75 van het bedrag van de derde categorie dat nu geldt (Boetebesluit art. 2 lid 7). Dat bedrag is niet bekend, dus de boete is onbekend; ze is in elk geval niet hoger dan ${euro(uncapped)}.`;
  else if (uncapped > ceiling2018) unknownBecause = `De boete (${euro(uncapped)}) ligt boven de ${ceilingCat === 5 ? 'vijfde' : 'derde'} categorie van 2018; het plafond dat nu geldt (Pw art. 18a lid 1) is niet bekend, dus de boete is onbekend.`;
  const rule = `Boete = ${pct} % van ${x.recidive ? '150 % van ' : ''}het benadelingsbedrag ${euro(benadelingCents)} = ${euro(uncapped)}.`
    + (unknownBecause ? ` ${unknownBecause}` : ' De plafonds van art. 18a lid 1 en Boetebesluit art. 2 lid 7 worden niet bereikt (getoetst aan de bedragen van 2018; de categoriebedragen zijn sindsdien bij elke indexering alleen gestegen).')
    + (warningAllowed ? ' Een schriftelijke waarschuwing in plaats van een boete is toegestaan (Pw art. 18a lid 4, Boetebesluit art. 2aa).' : '');
  return {
    status: warningAllowed ? 'waarschuwing-mogelijk' : unknownBecause ? 'onbekend' : 'boete',
    amountCents: unknownBecause ? null : uncapped,
    uncappedCents: uncapped,
    percentage: pct,
    warningAllowed,
    explanation: { rule, article: 'Participatiewet art. 18a lid 1, 4-6; Boetebesluit socialezekerheidswetten art. 2, 2aa; Wetboek van Strafrecht art. 23 lid 4', parameters: params },
  };
}

/** Eurocents the Dutch way (the platform's formatter): € 1.234,56. */
export const euro = formatEuro;

function repayment(recoveryCents: number, fine: FineResult, now: DatedNorm): RepaymentResult {
  const { keepsCents, offsetCents } = beslagvrijeVoet(now.cents);
  const fineIncluded = fine.amountCents !== null;
  const claimCents = recoveryCents + (fine.amountCents ?? 0);
  const months = repaymentMonths(claimCents, offsetCents);
  const lid7Years = rules['terugvordering.art58'].periods.waiver_after_years_lid7;
  return {
    claimCents,
    fineIncluded,
    normCents: now.cents,
    keepsCents,
    offsetCents,
    months,
    years: Math.round((months / 12) * 10) / 10,
    beyondTenYears: months > lid7Years * 12,
    explanation: {
      rule: `Op bijstand mag het college alleen verrekenen wat boven 95 % van de norm ligt: het huishouden houdt ${euro(keepsCents)} van ${euro(now.cents)}; per maand gaat ${euro(offsetCents)} af. `
        + `Vordering ${euro(claimCents)}${fineIncluded ? '' : ' (zonder de boete, die onbekend is)'} / ${euro(offsetCents)} = ${countText(months, 'maand', 'maanden')} (naar boven afgerond; zonder rente, kosten of normwijzigingen). `
        + `Na ${lid7Years} jaar mag het college van verdere terugvordering afzien (Pw art. 58 lid 7).`,
      article: 'Rv art. 475dc lid 2; Awb art. 4:93 lid 4; Participatiewet art. 60 lid 3-4, art. 58 lid 7',
      parameters: [
        { name: `bijstandsnorm op de rekendatum (vanaf ${dutchDate(now.validFrom)})`, value: now.cents, unit: 'cent', source: now.source[0] ?? '', confidence: now.confidence },
        p('beslagvrije_voet.bijstand_95pct', 'beslagvrije voet (% van de norm)', BVV.bvv_share_of_norm, 'percent'),
        p('terugvordering.art58', 'afzien van terugvordering mogelijk na', lid7Years, 'years'),
      ],
    },
  };
}

function debtRelief(recoveryCents: number, fine: FineResult, culp: Culpability, claimCents: number): DebtReliefResult {
  const severe = culp === 'opzet' || culp === 'grove_schuld';
  const fineImposed = recoveryCents > 0 && !fine.warningAllowed;
  const art60cRefusal = recoveryCents > 0 && severe && fineImposed;
  const lookback = rules['wsnp.toelating_art288'].periods.good_faith_lookback_years;
  const wsnpGoodFaith: DebtReliefResult['wsnpGoodFaith'] = recoveryCents === 0 ? 'geen-belemmering' : severe ? 'staat-in-de-weg' : 'weegt-mee';
  return {
    art60cRefusal,
    art60c: art60cRefusal
      ? 'Het college werkt niet mee aan een minnelijke schuldregeling voor zover die deze vordering kwijtscheldt: opzet of grove schuld plus een boete (Pw art. 60c).'
      : recoveryCents === 0
        ? 'Geen vordering: art. 60c speelt niet.'
        : 'Geen opzet of grove schuld met boete: het college mag meewerken aan een minnelijke schuldregeling (Pw art. 60c).',
    wsnpGoodFaith,
    art288: wsnpGoodFaith === 'staat-in-de-weg'
      ? `Een fraudeschuld uit de ${lookback} jaar vóór het verzoek betekent normaal geen goede trouw: toelating tot de Wsnp alleen als de oorzaak onder controle is (Fw art. 288 lid 1 b en lid 3).`
      : wsnpGoodFaith === 'weegt-mee'
        ? `De vordering weegt mee in de toets van goede trouw over de ${lookback} jaar vóór het verzoek (Fw art. 288 lid 1 b), maar staat niet vanzelf in de weg.`
        : 'Geen vordering: de goede-trouwtoets van de Wsnp wordt er niet door geraakt.',
    cleanSlateCents: claimCents,
    art358: claimCents > 0
      ? `Na een Wsnp met schone lei is ${euro(claimCents)} niet meer afdwingbaar: de terugvordering en een bestuurlijke boete vallen eronder; alleen strafrechtelijke uitkomsten blijven (Fw art. 358 lid 1 en 4).`
      : 'Geen vordering om kwijt te schelden.',
    explanation: {
      rule: 'Gevolgen voor schuldhulp: Pw art. 60c (minnelijk), Fw art. 288 (toelating Wsnp), Fw art. 358 (schone lei).',
      article: 'Participatiewet art. 60c; Faillissementswet art. 288, 349a, 358',
      parameters: [
        p('wsnp.toelating_art288', 'terugkijkperiode goede trouw', lookback, 'years'),
        p('wsnp.duur_art349a', 'standaardduur Wsnp', rules['wsnp.duur_art349a'].periods.standard_months, 'months'),
        p('terugvordering.art60c_geen_schuldregeling', 'weigering alleen bij opzet of grove schuld met boete', null, 'count', 'regel, geen bedrag'),
      ],
    },
  };
}

/** The calculator. Validates first (400 naming every bad field), then computes every month under both readings. */
export function calculate(x: CalcInput): CalcResult {
  validateCalcInput(x);
  const rows: MonthRow[] = [];
  const norms = new Map<string, DatedNorm>();
  const warnings = new Set<string>();
  for (const month of monthsOf(x.startMonth, x.months)) {
    const n = bijstandNorm21(x.householdKind, `${month}-01`, 'startMonth');
    norms.set(n.validFrom, n);
    if (n.staleWarning) warnings.add(`Voor ${dutchMonth(month)} is nog geen actuele bijstandsnorm bekend; de laatst bekende norm is gebruikt.`);
    const paid = x.paidBasis === 'norm' ? max0(n.cents - x.otherIncomeCents) : (x.benefitPaidCents as number);
    const counted = { strikt: x.receiptsCents, netto: max0(x.receiptsCents - x.stakesOrCostsCents) };
    const due = { strikt: max0(n.cents - x.otherIncomeCents - counted.strikt), netto: max0(n.cents - x.otherIncomeCents - counted.netto) };
    rows.push({ month, normCents: n.cents, paidCents: paid, counted, due, recovery: { strikt: max0(paid - due.strikt), netto: max0(paid - due.netto) } });
  }
  const now = bijstandNorm21(x.householdKind, x.calculationDate, 'calculationDate');
  if (now.staleWarning) warnings.add('Voor de rekendatum is nog geen actuele bijstandsnorm bekend; de laatst bekende norm is gebruikt voor de aflossing.');
  const gamble = x.incomeKind === 'gokken';
  const readings = {} as Record<Reading, ReadingResult>;
  for (const r of READINGS) {
    const recoveryCents = rows.reduce((s, m) => s + m.recovery[r], 0);
    const fine = computeFine(recoveryCents, x);
    const rep = repayment(recoveryCents, fine, now);
    readings[r] = {
      reading: r,
      recoveryCents,
      recoveryExplanation: {
        rule: r === 'strikt'
          ? (gamble
            ? 'Strikte lezing (het recht zoals de rechter het nu toepast): wat uit gokken is ontvangen telt bruto als inkomen; de inzet gaat er niet af (CRvB 4 april 2023). Per maand: terug te vorderen = betaald − (norm − overig inkomen − ontvangen), niet onder nul.'
            : 'Strikte lezing: de opbrengst van de verkoop telt als inkomen zonder aftrek van kosten (zo verrekenen gemeenten het nu). Per maand: terug te vorderen = betaald − (norm − overig inkomen − opbrengst), niet onder nul.')
          : `Netto lezing (de evenredige uitkomst, niet het geldende uitgangspunt): alleen de winst na ${gamble ? 'inzet' : 'kosten'} telt; een verlies telt als nul. Per maand: terug te vorderen = betaald − (norm − overig inkomen − max(0, ${gamble ? 'ontvangen − inzet' : 'opbrengst − kosten'})), niet onder nul.`,
        article: r === 'strikt' ? 'Participatiewet art. 17, 31, 32, 54 lid 3, 58 lid 1' : 'Participatiewet art. 58 lid 8; Awb art. 3:4 lid 2, 4:84',
        parameters: [
          ...[...norms.values()].map((n) => ({ name: `bijstandsnorm vanaf ${dutchDate(n.validFrom)} (${n.article})`, value: n.cents, unit: 'cent' as const, source: n.source[0] ?? '', confidence: n.confidence })),
          p('netting_gambling_and_sales', gamble ? 'ontvangen gokgeld telt bruto (CRvB 4 april 2023)' : 'verkoopopbrengst telt als inkomen', null, 'count', gamble ? 'regel, geen bedrag' : 'geen uitspraak gevonden over aftrek van kosten bij hobbymatige verkoop'),
        ],
      },
      fine,
      repayment: rep,
      debtRelief: debtRelief(recoveryCents, fine, x.culpability, rep.claimCents),
    };
  }
  return {
    months: rows,
    readings,
    norms: [...norms.values()].map((n) => ({ validFrom: n.validFrom, cents: n.cents, article: n.article, source: n.source[0] ?? '', confidence: n.confidence })),
    routesToNet: ROUTES_TO_NET,
    warnings: [...warnings],
    notes: [
      'De netto lezing is niet het geldende recht: de rechter telt ontvangsten bruto. De routes hieronder geven het college ruimte om er (dicht) bij te komen.',
      ...(gamble ? ['Zonder administratie mag de ontvangst bij gokken in een speelhal of casino gelijk worden gesteld aan de pinopnames daar (CRvB 4 april 2023).'] : ['Over aftrek van kosten bij verkoop (bijvoorbeeld fokken) is geen uitspraak gevonden; de netto lezing is hier een afweging, geen vaste lijn.']),
    ],
  };
}

export const ROUTES_TO_NET: Array<{ article: string; text: string }> = [
  { article: 'Participatiewet art. 58 lid 8', text: 'Het college kan om dringende redenen geheel of gedeeltelijk van terugvordering afzien.' },
  { article: 'Awb art. 3:4 lid 2 en 4:84', text: 'De nadelige gevolgen mogen niet onevenredig zijn aan het doel; van beleidsregels kan bij bijzondere omstandigheden worden afgeweken.' },
  { article: 'Boetebesluit art. 2 lid 8 en art. 2a; Pw art. 18a lid 7', text: 'De boete wordt verlaagd naar de mate van verwijtbaarheid (bijvoorbeeld bij een gokverslaving als geestelijke toestand) of om dringende redenen achterwege gelaten.' },
  { article: 'Awb art. 5:46 lid 2', text: 'De boete moet passen bij de ernst, de verwijtbaarheid en de omstandigheden.' },
];

// ---------------------------------------------------------------------------------------------
// Consequences weighed: children, the risk of losing the home (priced per funder from the cost catalogue)

export interface ConsequenceInput {
  children: number;
  housingRisk: boolean;
  /** Expected months in shelter after an eviction (only when housingRisk). */
  shelterMonths: number;
}

export interface ConsequenceLine { key: string; label: string; funder: Funder; amountCents: number; quantity: string; source: string; year: number; confidence: string }
export interface ConsequenceResult {
  children: number;
  housingRisk: boolean;
  lines: ConsequenceLine[];
  perFunder: Array<{ funder: Funder; amountCents: number }>;
  totalCents: number;
  missing: string[];
}

const EVICTION_ITEMS = ['eviction-cost-municipality', 'eviction-cost-housing-corporation', 'eviction-charges-to-tenant', 'rent-arrears-average'] as const;
const SHELTER_ITEM = 'social-shelter-place-per-year';

export function validateConsequences(x: ConsequenceInput): void {
  const bad: InvalidParam[] = [];
  if (!isInt(x.children) || x.children < 0 || x.children > 20) bad.push({ name: 'children', reason: 'het aantal kinderen moet 0 tot en met 20 zijn' });
  if (!isInt(x.shelterMonths) || x.shelterMonths < 0 || x.shelterMonths > 60) bad.push({ name: 'shelterMonths', reason: 'de verwachte maanden opvang moeten 0 tot en met 60 zijn' });
  if (bad.length) throw invalidMany(bad);
}

/** What losing the home sets in motion, priced from the organisation's cost catalogue (as the business case does). */
export function weighConsequences(catalogue: CatalogueItem[], x: ConsequenceInput): ConsequenceResult {
  validateConsequences(x);
  const lines: ConsequenceLine[] = [];
  const missing: string[] = [];
  if (x.housingRisk) {
    for (const key of EVICTION_ITEMS) {
      const it = catalogue.find((c) => c.key === key);
      if (!it) { missing.push(key); continue; }
      lines.push({ key, label: it.label, funder: it.funder, amountCents: it.amountCents, quantity: '1 keer', source: it.source, year: it.year, confidence: it.confidence });
    }
    if (x.shelterMonths > 0) {
      const it = catalogue.find((c) => c.key === SHELTER_ITEM);
      if (!it) missing.push(SHELTER_ITEM);
      else lines.push({ key: SHELTER_ITEM, label: it.label, funder: it.funder, amountCents: ratioHalfUp(it.amountCents, x.shelterMonths, 12), quantity: `${countText(x.shelterMonths, 'maand', 'maanden')} (jaarprijs × ${x.shelterMonths}/12)`, source: it.source, year: it.year, confidence: it.confidence });
    }
  }
  const per = new Map<Funder, number>();
  for (const l of lines) per.set(l.funder, (per.get(l.funder) ?? 0) + l.amountCents);
  return {
    children: x.children,
    housingRisk: x.housingRisk,
    lines,
    perFunder: [...per.entries()].map(([funder, amountCents]) => ({ funder, amountCents })),
    totalCents: lines.reduce((s, l) => s + l.amountCents, 0),
    missing,
  };
}

// ---------------------------------------------------------------------------------------------
// Handhavingszaak, pauzeknop and decision: states and who may move them (policy.ts holds the roles)

export const ZAAK_STATUSES = ['onderzoek', 'besloten', 'afgesloten'] as const;
export type ZaakStatus = (typeof ZAAK_STATUSES)[number];
export const DECISIONS = ['strikt', 'netto', 'waarschuwing', 'afzien', 'pauze'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  strikt: 'Terugvorderen volgens de strikte lezing',
  netto: 'Terugvorderen op netto basis (dringende redenen / evenredigheid)',
  waarschuwing: 'Schriftelijke waarschuwing in plaats van een boete',
  afzien: 'Afzien van terugvordering en boete (dringende redenen)',
  pauze: 'Sanctie pauzeren zolang de situatie wordt gelegaliseerd',
};

export const PAUSE_STATUSES = ['aangevraagd', 'lopend', 'afgewezen', 'beeindigd'] as const;
export type PauseStatus = (typeof PAUSE_STATUSES)[number];
export type PauseAction = 'goedkeuren' | 'afwijzen' | 'beeindigen';
/** The pauzeknop's state machine: which action moves which state where. */
export const PAUSE_TRANSITIONS: Record<PauseAction, { from: PauseStatus; to: PauseStatus }> = {
  goedkeuren: { from: 'aangevraagd', to: 'lopend' },
  afwijzen: { from: 'aangevraagd', to: 'afgewezen' },
  beeindigen: { from: 'lopend', to: 'beeindigd' },
};
export function nextPauseStatus(from: PauseStatus, action: PauseAction): PauseStatus | null {
  const t = PAUSE_TRANSITIONS[action];
  return t.from === from ? t.to : null;
}
/** Days before the end of a pause at which the requester is reminded. */
export const PAUSE_REMINDER_DAYS = 7;
/** The longest pause the platform accepts in one go (a term to make the situation legal). */
export const PAUSE_MAX_DAYS = 366;

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The legal ground under which a regisseur's answer is shared with enforcement. */
export const ANSWER_LEGAL_GROUND = `${LEGAL_GROUNDS.handhaving}; gedeeld door de regisseur, alleen wat in het antwoord staat`;
