// SPDX-License-Identifier: EUPL-1.2
/**
 * The maatwerkbudget as pure logic: categories, the mandate decision for a proposed spend, the
 * seeded sample for the review afterwards, the forecast at the current pace, the settlement per
 * funder of a joint pot and the CSV rendering. No I/O, no clock, no hidden randomness: the caller
 * passes today and the seed, so every result can be reproduced and tested with plain amounts.
 * Who may do what lives in policy.ts; the SQL in store.ts.
 */
import { formatEuro, mulRound, type Cents } from '../platform/money';
import { mulberry32 } from '../platform/random';
import type { Actor, Role } from '../platform/authz';
import { conflict, invalid, Problem } from '../platform/errors';
import { dutchDate } from '../platform/dutch-date';

/** The usual spending categories; a pot chooses its own subset (or all). Keys are stable codes. */
export const CATEGORIES = {
  vervoer: 'Vervoer',
  huur_woonlasten: 'Huur en woonlasten',
  identiteitsbewijs: 'Identiteitsbewijs',
  opleiding: 'Opleiding',
  kinderen: 'Kinderen',
  zorg_grijs_gebied: 'Zorg in het grijze gebied',
  overbrugging: 'Overbrugging',
  overig: 'Overig',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as Category[];

/** One spend may not exceed € 100.000: a sane bound that still fits a mantelzorgwoning. */
export const MAX_SPEND_CENTS = 10_000_000;
/** One pot may hold at most € 100 million. */
export const MAX_POT_CENTS = 10_000_000_000;

export const SPEND_STATUSES = ['toegekend', 'wacht_op_akkoord', 'afgewezen', 'geannuleerd'] as const;
export type SpendStatus = (typeof SPEND_STATUSES)[number];
export const SPEND_STATUS_LABELS: Record<SpendStatus, string> = {
  toegekend: 'Toegekend',
  wacht_op_akkoord: 'Wacht op akkoord budgethouder',
  afgewezen: 'Afgewezen',
  geannuleerd: 'Geannuleerd',
};
/** Statuses that hold money in the pot: granted, and pending (reserved so an approval never overdraws). */
export const COMMITTED: readonly SpendStatus[] = ['toegekend', 'wacht_op_akkoord'];

export const VERDICTS = ['passend', 'niet_passend'] as const;
export type Verdict = (typeof VERDICTS)[number];

// ---- mandates -------------------------------------------------------------------------------

export interface Mandate {
  id: string;
  role: Role | null;
  userId: string | null;
  maxPerSpend: Cents;
  maxPerCase: Cents;
  /** Categories the mandate covers; empty means every category of the pot. */
  categories: string[];
}

export interface EffectiveMandate {
  /** Where it came from, for the explanation. */
  source: 'gebruiker' | 'rol';
  label: string;
  /** The roles whose mandates apply (empty for a personal mandate). */
  roles: Role[];
  maxPerSpend: Cents;
  maxPerCase: Cents;
  categories: string[];
}

/**
 * The mandate that applies to an actor: a mandate for the user overrides any role mandate; with
 * several role mandates (a user with two roles) the widest applies: the highest limits and the
 * union of categories, because each role on its own would already allow it.
 */
export function effectiveMandate(mandates: Mandate[], actor: Pick<Actor, 'userId' | 'roles'>): EffectiveMandate | null {
  const own = mandates.find((m) => m.userId === actor.userId);
  if (own) return { source: 'gebruiker', label: 'uw persoonlijke mandaat', roles: [], maxPerSpend: own.maxPerSpend, maxPerCase: own.maxPerCase, categories: own.categories };
  const byRole = mandates.filter((m) => m.role && actor.roles.includes(m.role));
  if (!byRole.length) return null;
  const all = byRole.some((m) => m.categories.length === 0);
  return {
    source: 'rol',
    label: `het mandaat voor de rol ${byRole.map((m) => m.role).join(' en ')}`,
    roles: byRole.map((m) => m.role!),
    maxPerSpend: Math.max(...byRole.map((m) => m.maxPerSpend)) as Cents,
    maxPerCase: Math.max(...byRole.map((m) => m.maxPerCase)) as Cents,
    categories: all ? [] : [...new Set(byRole.flatMap((m) => m.categories))].sort(),
  };
}

/**
 * For the budget holder's approval card: which mandate the waiting spend goes beyond, measured
 * against the registrant's mandate as it is now, in words ("Boven het mandaat van de professional:
 * € 1.000,00 per uitgave; deze uitgave is € 2.450,00.").
 */
export function exceededMandate(m: EffectiveMandate | null, who: { name: string; roleLabels: Partial<Record<string, string>> }, spend: { amount: Cents; category: string; caseCommittedOthers: Cents }): string {
  if (!m) return `${who.name} heeft geen mandaat voor dit budget; elke uitgave wacht op akkoord.`;
  const whose = m.source === 'gebruiker' ? `het persoonlijke mandaat van ${who.name}` : `het mandaat van de ${m.roles.map((r) => (who.roleLabels[r] ?? r).toLowerCase()).join(' en ')}`;
  if (m.categories.length && !m.categories.includes(spend.category)) return `Buiten ${whose}: de categorie ${CATEGORIES[spend.category as Category] ?? spend.category} valt er niet onder.`;
  if (spend.amount > m.maxPerSpend) return `Boven ${whose}: ${formatEuro(m.maxPerSpend)} per uitgave; deze uitgave is ${formatEuro(spend.amount)}.`;
  const total = spend.caseCommittedOthers + spend.amount;
  if (total > m.maxPerCase) return `Boven ${whose}: ${formatEuro(m.maxPerCase)} per casus in deze periode; met deze uitgave komt de casus op ${formatEuro(total)}.`;
  return `Binnen ${whose} zoals dat nu is (${formatEuro(m.maxPerSpend)} per uitgave, ${formatEuro(m.maxPerCase)} per casus); het mandaat was lager toen de uitgave werd geregistreerd.`;
}

export interface SpendProposal {
  amount: Cents;
  category: string;
  /** Granted and pending spends on this case from this pot in the pot's period, excluding this one. */
  caseCommitted: Cents;
  /** What the pot still has: budget minus granted minus pending, excluding this spend. */
  potRemaining: Cents;
  allowNegative: boolean;
  mandate: EffectiveMandate | null;
}

export type SpendDecision =
  | { outcome: 'toegekend'; reason: string }
  | { outcome: 'wacht_op_akkoord'; reason: string }
  | { outcome: 'geweigerd'; reason: string; field: 'amountCents'; remaining: Cents };

/**
 * Decide a proposed spend. The pot comes first: what it cannot hold is refused, whoever asks
 * (unless the pot may go below zero). Within the pot, the mandate decides: inside it the spend is
 * granted at once (trust first, account afterwards); outside it the spend waits for a budget
 * holder. The reason is in Dutch and names the amounts.
 */
export function decideSpend(p: SpendProposal): SpendDecision {
  if (!p.allowNegative && p.amount > p.potRemaining) {
    return {
      outcome: 'geweigerd',
      field: 'amountCents',
      remaining: p.potRemaining,
      reason: `het budget is niet toereikend: er is nog ${formatEuro(Math.max(0, p.potRemaining))} beschikbaar, de uitgave is ${formatEuro(p.amount)}`,
    };
  }
  const m = p.mandate;
  if (!m) return { outcome: 'wacht_op_akkoord', reason: 'U heeft geen mandaat voor dit budget; een budgethouder moet de uitgave goedkeuren.' };
  if (m.categories.length && !m.categories.includes(p.category)) {
    return { outcome: 'wacht_op_akkoord', reason: `De categorie ${CATEGORIES[p.category as Category] ?? p.category} valt niet onder ${m.label}; een budgethouder moet de uitgave goedkeuren.` };
  }
  if (p.amount > m.maxPerSpend) {
    return { outcome: 'wacht_op_akkoord', reason: `${formatEuro(p.amount)} is meer dan ${formatEuro(m.maxPerSpend)} per uitgave (${m.label}); een budgethouder moet de uitgave goedkeuren.` };
  }
  if (p.caseCommitted + p.amount > m.maxPerCase) {
    return {
      outcome: 'wacht_op_akkoord',
      reason: `Met deze uitgave komt de casus op ${formatEuro(p.caseCommitted + p.amount)} in deze periode, meer dan ${formatEuro(m.maxPerCase)} per casus (${m.label}); een budgethouder moet de uitgave goedkeuren.`,
    };
  }
  const below = p.amount > p.potRemaining ? ` Het budget komt daarmee onder nul (${formatEuro(p.potRemaining - p.amount)}); dat staat deze pot toe.` : '';
  return { outcome: 'toegekend', reason: `Binnen ${m.label}: hoogstens ${formatEuro(m.maxPerSpend)} per uitgave en ${formatEuro(m.maxPerCase)} per casus (deze casus: ${formatEuro(p.caseCommitted + p.amount)}). Direct toegekend.${below}` };
}

// ---- split rule for a joint pot ------------------------------------------------------------------

/** Share of the second funder, in whole percent (0-100): one figure, or one per category with a default. */
export type SplitRule = { kind: 'percentage'; coFunderPercent: number } | { kind: 'per_categorie'; coFunderPercentByCategory: Record<string, number>; defaultPercent: number };

export function coFunderPercent(rule: SplitRule, category: string): number {
  return rule.kind === 'percentage' ? rule.coFunderPercent : rule.coFunderPercentByCategory[category] ?? rule.defaultPercent;
}

export interface SettlementLine {
  category: string;
  total: Cents;
  coFunderPercent: number;
  coFunder: Cents;
  owner: Cents;
}
export interface Settlement {
  owner: string;
  coFunder: string;
  lines: SettlementLine[];
  totals: { total: Cents; owner: Cents; coFunder: Cents };
  explanation: string[];
}

/**
 * Settle a joint pot per funder over its granted spends. Rounding: per category the second funder's
 * share is the category total times its percentage, rounded half away from zero to a whole cent;
 * the owner pays the rest, so both shares always add up to exactly what was spent.
 */
export function settle(granted: { category: string; amount: Cents }[], rule: SplitRule, owner: string, coFunder: string): Settlement {
  const byCat = new Map<string, number>();
  for (const s of granted) byCat.set(s.category, (byCat.get(s.category) ?? 0) + s.amount);
  const lines: SettlementLine[] = [...byCat.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, total]) => {
      const pct = coFunderPercent(rule, category);
      const co = mulRound(total as Cents, pct / 100);
      return { category, total: total as Cents, coFunderPercent: pct, coFunder: co, owner: (total - co) as Cents };
    });
  const totals = {
    total: lines.reduce((s, l) => s + l.total, 0) as Cents,
    owner: lines.reduce((s, l) => s + l.owner, 0) as Cents,
    coFunder: lines.reduce((s, l) => s + l.coFunder, 0) as Cents,
  };
  const explanation = [
    rule.kind === 'percentage'
      ? `Verdeelregel: ${coFunder} betaalt ${rule.coFunderPercent}% van elke toegekende uitgave, ${owner} de rest.`
      : `Verdeelregel per categorie: ${Object.entries(rule.coFunderPercentByCategory).map(([k, v]) => `${CATEGORIES[k as Category] ?? k} ${v}%`).join(', ')}; overige categorieën ${rule.defaultPercent}% voor ${coFunder}.`,
    'Per categorie wordt het aandeel van de tweede financier op hele centen afgerond (half naar boven); de eigenaar van de pot betaalt het verschil, zodat de delen precies optellen tot het uitgegeven bedrag.',
    ...lines.map((l) => `${CATEGORIES[l.category as Category] ?? l.category}: ${formatEuro(l.total)} × ${l.coFunderPercent}% = ${formatEuro(l.coFunder)} voor ${coFunder}, ${formatEuro(l.owner)} voor ${owner}.`),
  ];
  return { owner, coFunder, lines, totals, explanation };
}

// ---- sample review -------------------------------------------------------------------------------

/**
 * Draw `n` items from the population with the seed: the population is first put in a fixed order
 * (by id), then a partial Fisher-Yates shuffle takes the first n. The same seed and the same
 * population always give the same sample, so anyone can redo the draw and check it.
 */
export function drawSample(ids: readonly string[], n: number, seed: number): string[] {
  const pool = [...ids].sort();
  const rnd = mulberry32(seed);
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

/**
 * The sample explained to a budget holder (and an accountant): how many were drawn from how many,
 * how they were drawn, and who can redo the draw and how. No names of algorithms: the lot number is
 * what the seed is, in words people use for a draw.
 */
export function sampleExplanation(x: { population: number; drawn: number; from: string; to: string; seed: number; reproducible: boolean }): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [
    `Uit de ${n(x.population, 'toegekende uitgave', 'toegekende uitgaven')} van ${dutchDate(x.from)} tot en met ${dutchDate(x.to)} die nog niet eerder in een steekproef zaten, ${x.drawn === 1 ? 'is er 1' : `zijn er ${x.drawn}`} door loting gekozen.`,
    `Zo is geloot: de uitgaven staan in een vaste volgorde, en de computer trekt daaruit met lotnummer ${x.seed} telkens een willekeurige uitgave, zonder terugleggen. Niemand kiest zelf welke uitgaven worden bekeken.`,
    `Iedereen die dit budget mag inzien, zoals een andere budgethouder of de accountant, kan de loting herhalen: met hetzelfde lotnummer en dezelfde uitgaven komen precies dezelfde uitgaven uit de trekking. Bij elk openen van deze steekproef doet het systeem dat zelf: ${x.reproducible ? 'de herhaalde loting geeft dezelfde uitgaven.' : 'de herhaalde loting geeft NIET dezelfde uitgaven; meld dit aan de beheerder.'}`,
  ].join(' ');
}

export interface Coverage {
  population: number;
  populationAmount: Cents;
  sampled: number;
  sampledAmount: Cents;
  reviewed: number;
  passend: number;
  nietPassend: number;
  /** Share of granted spends (by count) that were reviewed, in whole percent, rounded down. */
  reviewedPercent: number;
  explanation: string;
}
export function coverage(population: { amount: Cents }[], sampled: { amount: Cents; verdict: Verdict | null }[]): Coverage {
  const reviewed = sampled.filter((s) => s.verdict);
  const c = {
    population: population.length,
    populationAmount: population.reduce((s, x) => s + x.amount, 0) as Cents,
    sampled: sampled.length,
    sampledAmount: sampled.reduce((s, x) => s + x.amount, 0) as Cents,
    reviewed: reviewed.length,
    passend: reviewed.filter((s) => s.verdict === 'passend').length,
    nietPassend: reviewed.filter((s) => s.verdict === 'niet_passend').length,
    reviewedPercent: population.length ? Math.floor((reviewed.length * 100) / population.length) : 0,
  };
  return {
    ...c,
    explanation: `${c.reviewed} van ${c.population} toegekende uitgaven beoordeeld (${c.reviewedPercent}%): ${c.passend} passend, ${c.nietPassend} niet passend; ${c.sampled - c.reviewed} getrokken uitgaven wachten nog op een oordeel.`,
  };
}

// ---- status and forecast ----------------------------------------------------------------------

/** Days from a to b inclusive (ISO dates). */
export function daysInclusive(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000) + 1;
}

export interface Forecast {
  asOf: string;
  elapsedDays: number;
  totalDays: number;
  granted: Cents;
  projected: Cents;
  projectedRemaining: Cents;
  explanation: string;
}

/**
 * Linear projection of granted spending to the end of the period: what was granted so far, divided
 * by the days elapsed (from the start up to and including today, clamped to the period), times the
 * days in the period; rounded half away from zero to a whole cent. Before the period starts nothing
 * is projected beyond what is granted.
 */
export function forecast(periodStart: string, periodEnd: string, today: string, budget: Cents, granted: Cents): Forecast {
  const totalDays = daysInclusive(periodStart, periodEnd);
  const asOf = today < periodStart ? periodStart : today > periodEnd ? periodEnd : today;
  const elapsedDays = today < periodStart ? 0 : daysInclusive(periodStart, asOf);
  const projected = elapsedDays === 0 ? granted : mulRound(granted, totalDays / elapsedDays);
  const projectedRemaining = (budget - projected) as Cents;
  const explanation =
    elapsedDays === 0
      ? `De periode is nog niet begonnen; de prognose is gelijk aan wat al is toegekend (${formatEuro(granted)}).`
      : `In ${elapsedDays} van de ${totalDays} dagen is ${formatEuro(granted)} toegekend. In dit tempo (${formatEuro(granted)} ÷ ${elapsedDays} × ${totalDays}) komt de periode uit op ${formatEuro(projected)}, ${
          projectedRemaining >= 0 ? `${formatEuro(projectedRemaining)} onder` : `${formatEuro(-projectedRemaining)} boven`
        } het budget van ${formatEuro(budget)}.`;
  return { asOf, elapsedDays, totalDays, granted, projected, projectedRemaining, explanation };
}

// ---- CSV -------------------------------------------------------------------------------------------

/** Euros with a decimal comma and no thousands separator, for Dutch spreadsheets: 1234,56 */
export function centsToDutchDecimal(c: number): string {
  const neg = c < 0;
  const abs = Math.abs(c);
  return `${neg ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** CSV: the one writer of the house (`;`, CRLF, the formula-injection guard). */
export { toCsv } from '../platform/csv';

// ---- the room's records, as the store reads them ------------------------------------------------

export type PotStatus = 'actief' | 'gesloten';
export interface PotRow {
  id: string;
  organisationId: string;
  organisationName: string;
  teamId: string | null;
  teamName: string | null;
  name: string;
  goal: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  categories: string[];
  allowNegative: boolean;
  coFunderName: string | null;
  coFunderOrganisationId: string | null;
  splitRule: SplitRule | null;
  /** The fund's rule: a spend above the mandate also needs the second funder's decision. */
  coDecidesAboveMandate: boolean;
  status: PotStatus;
  createdAt: string;
  version: number;
}
export interface PotInput {
  name: string;
  goal: string;
  teamId?: string | null;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  categories: string[];
  allowNegative?: boolean;
  coFunder?: { name: string; organisationId?: string | null; splitRule: SplitRule } | null;
  /** Only with a second funder that is an organisation in the system: spends above the mandate need its decision too. */
  coDecidesAboveMandate?: boolean;
}
export type PotPatch = Partial<{ name: string; goal: string; amountCents: number; categories: string[]; allowNegative: boolean; status: PotStatus; coFunderName: string; splitRule: SplitRule }>;
export interface PotTotals {
  granted: number;
  pending: number;
  grantedCount: number;
  pendingCount: number;
}

export interface MandateRow extends Mandate {
  potId: string;
  userName: string | null;
  active: boolean;
  createdAt: string;
  endedAt: string | null;
  version: number;
}
export interface MandateInput {
  role?: Role | null;
  userId?: string | null;
  maxPerSpendCents: number;
  maxPerCaseCents: number;
  categories?: string[];
}
export type MandatePatch = Partial<{ maxPerSpendCents: number; maxPerCaseCents: number; categories: string[] }>;

export interface SpendRow {
  id: string;
  potId: string;
  potName: string;
  organisationId: string;
  caseId: string;
  caseTitle: string;
  caseTeamId: string;
  householdId: string;
  amountCents: number;
  category: string;
  payee: string;
  spentOn: string;
  description: string;
  justification: string;
  goalId: string | null;
  status: SpendStatus;
  decisionReason: string;
  decidedByName: string | null;
  decidedAt: string | null;
  registeredBy: string;
  registeredByName: string;
  registeredAt: string;
  version: number;
}
export interface SpendInput {
  potId: string;
  amountCents: number;
  category: string;
  payee: string;
  spentOn: string;
  description: string;
  justification: string;
  goalId?: string | null;
}
export type SpendCorrection = Partial<Omit<SpendInput, 'potId'>>;
export interface SpendEvent {
  kind: string;
  statusAfter: string;
  reason: string;
  before: unknown;
  after: unknown;
  userName: string;
  at: string;
}
export interface SpendFilter {
  status?: SpendStatus;
  category?: string;
  from?: string;
  to?: string;
  caseId?: string;
  page: number;
  pageSize: number;
}

export interface SampleRow {
  id: string;
  potId: string;
  periodFrom: string;
  periodTo: string;
  sizeRequested: number;
  seed: number;
  populationIds: string[];
  drawnByName: string;
  drawnAt: string;
}
export interface SampleItemRow {
  position: number;
  spend: SpendRow;
  verdict: Verdict | null;
  reason: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  version: number;
}

// ---- rules on the loaded facts (they throw the Dutch problem, naming the field) -----------------------

export const categoryLabel = (c: string) => CATEGORIES[c as Category] ?? c;

/** A pot's period: the end not before the start, and at most five years. */
export function checkPeriod(start: string, end: string): void {
  if (end < start) throw invalid('periodEnd', 'ligt voor de begindatum (periodStart)');
  if (daysInclusive(start, end) > 5 * 366) throw invalid('periodEnd', 'een periode duurt hoogstens vijf jaar');
}
/** A split rule per category names only categories of the pot. */
export function checkSplitRule(rule: SplitRule | null | undefined, categories: string[], field = 'coFunder.splitRule'): void {
  if (rule?.kind !== 'per_categorie') return;
  for (const k of Object.keys(rule.coFunderPercentByCategory)) {
    if (!categories.includes(k)) throw invalid(`${field}.coFunderPercentByCategory.${k}`, 'is geen categorie van dit budget');
  }
}
/**
 * The second funder's name and split rule change only on a pot that has a second funder; a split
 * rule per category keeps naming categories of the pot (also after its categories change).
 */
export function checkCoFunderChange(pot: Pick<PotRow, 'coFunderName'>, patch: PotPatch, categories: string[], splitRule: SplitRule | null): void {
  if ((patch.coFunderName !== undefined || patch.splitRule !== undefined) && !pot.coFunderName) {
    throw invalid(patch.splitRule !== undefined ? 'splitRule' : 'coFunderName', 'dit budget heeft geen tweede financier; maak een nieuw budget met een tweede financier');
  }
  checkSplitRule(splitRule, categories, patch.splitRule !== undefined ? 'splitRule' : 'categories');
}
/** A mandate is for a role or for one employee, and allows per case at least what it allows per spend. */
export function checkMandateShape(m: { role?: string | null; userId?: string | null; maxPerSpendCents: number; maxPerCaseCents: number }): void {
  if (!m.role === !m.userId) throw invalid('role', 'geef óf een rol óf een medewerker (userId), niet allebei');
  checkMandateLimits(m.maxPerSpendCents, m.maxPerCaseCents);
}
export function checkMandateLimits(maxPerSpend: number, maxPerCase: number): void {
  if (maxPerCase < maxPerSpend) throw invalid('maxPerCaseCents', 'moet minstens even hoog zijn als het maximum per uitgave');
}
/** A mandate covers only categories of its pot. */
export function checkMandateCategories(categories: string[] | undefined, pot: Pick<PotRow, 'categories'>): void {
  (categories ?? []).forEach((k, i) => {
    if (!pot.categories.includes(k)) throw invalid(`categories.${i}`, 'is geen categorie van dit budget');
  });
}

/**
 * A change to a pot: the budget not below what is already committed (unless the pot may go below
 * zero), and no category dropped that still has running spends.
 */
export function checkPotChange(changed: Pick<PotRow, 'allowNegative'>, patch: PotPatch, committed: Cents, committedCategories: string[]): void {
  if (patch.amountCents !== undefined && !changed.allowNegative && patch.amountCents < committed) {
    throw invalid('amountCents', `mag niet lager zijn dan wat al is toegekend of wacht op akkoord (${formatEuro(committed)})`);
  }
  if (patch.categories) {
    const dropped = committedCategories.filter((c) => !patch.categories!.includes(c));
    if (dropped.length) throw invalid('categories', `de categorie ${dropped.join(', ')} heeft lopende uitgaven en kan niet worden verwijderd`);
  }
}

/** Checks that do not depend on money: the pot is open, fits the case's team, the category and date fit the pot. */
export function checkSpendFits(pot: Pick<PotRow, 'name' | 'status' | 'teamId' | 'categories' | 'periodStart' | 'periodEnd'>, caseTeamId: string, s: { category: string; spentOn: string }): void {
  if (pot.status !== 'actief') throw conflict(`Het budget "${pot.name}" is gesloten; er kan niet meer uit worden uitgegeven.`, 'budget_gesloten');
  if (pot.teamId && pot.teamId !== caseTeamId) throw invalid('potId', 'dit budget is van een ander team dan dat van de casus');
  if (!pot.categories.includes(s.category)) throw invalid('category', `valt niet onder dit budget; kies uit ${pot.categories.map(categoryLabel).join(', ')}`);
  if (s.spentOn < pot.periodStart || s.spentOn > pot.periodEnd) throw invalid('spentOn', `ligt buiten de periode van het budget (${dutchDate(pot.periodStart)} tot en met ${dutchDate(pot.periodEnd)})`);
}

/**
 * Who corrects or cancels a spend, and for what: the professional or team lead on the case
 * (hulpverlening), or the budget holder of the pot for the accounts (verantwoording, ADR 0022) —
 * never their own spend that way, that goes through the case like anyone's.
 */
export type SpendWriter = 'zaak' | 'budgethouder';
/**
 * A budget holder's correction stays within what was already decided: not a higher amount and not
 * another category (that would be a new decision, which the professional registers and another
 * approves: four eyes). Returns the refusal in Dutch, or null.
 */
export function budgetHolderCorrectionRefusal(cur: { amountCents: number; category: string }, next: { amountCents: number; category: string }): string | null {
  if (next.amountCents > cur.amountCents) return `Als budgethouder corrigeert u een uitgave alleen naar een lager of gelijk bedrag (nu ${formatEuro(cur.amountCents)}); een hoger bedrag registreert de professional van de casus, zodat een ander het goedkeurt.`;
  if (next.category !== cur.category) return 'Als budgethouder verandert u de categorie van een uitgave niet; de professional van de casus corrigeert dat, zodat een ander het beoordeelt.';
  return null;
}

/** The melding to whoever registered a spend when it is approved or refused: names the case, the amount and the date in Dutch. */
export function decisionMelding(s: Pick<SpendRow, 'description' | 'amountCents' | 'payee' | 'caseTitle'>, approved: boolean, by: string, on: string, reason: string): { kind: string; title: string; body: string } {
  const what = `${s.description} (${formatEuro(s.amountCents)})`;
  return {
    kind: approved ? 'budget_goedgekeurd' : 'budget_afgewezen',
    title: `${approved ? 'Uitgave goedgekeurd' : 'Uitgave afgewezen'}: ${what}`,
    body: `${by} heeft op ${dutchDate(on)} uw uitgave aan ${s.payee} voor de casus "${s.caseTitle}" ${approved ? 'goedgekeurd' : 'afgewezen'}.${reason.trim() ? ` ${approved ? 'Toelichting' : 'Reden'}: ${reason.trim()}` : ''}`,
  };
}

/** Granted and pending spends can still change; refused and cancelled ones are closed. */
export function checkSpendOpen(status: SpendStatus, what: 'gecorrigeerd' | 'geannuleerd'): void {
  if (!COMMITTED.includes(status)) {
    throw conflict(what === 'gecorrigeerd' ? `Een uitgave met de status "${status}" kan niet meer worden gecorrigeerd.` : `Een uitgave met de status "${status}" kan niet worden geannuleerd.`, 'uitgave_afgesloten');
  }
}

/** A pot refusing a spend: 422 naming the amount, with what is left (also as a number). */
export function insufficient(reason: string, remaining: number): Problem {
  return new Problem(422, 'budget_ontoereikend', 'Budget ontoereikend', `amountCents: ${reason}`, [{ name: 'amountCents', reason, code: 'budget_ontoereikend' }], { remainingCents: Math.max(0, remaining) });
}

/**
 * A budget holder's decision on a waiting spend: only a waiting spend, approval only on an open pot
 * and, unless the pot may go below zero, only when the pot still holds it (pending spends are
 * reserved, so this only trips when the budget was lowered).
 */
export function checkPendingDecision(approve: boolean, spend: Pick<SpendRow, 'status' | 'amountCents'>, pot: Pick<PotRow, 'name' | 'status' | 'allowNegative' | 'amountCents'> & { committedCents: number }): void {
  if (spend.status !== 'wacht_op_akkoord') throw conflict(`Deze uitgave wacht niet op akkoord (status: ${spend.status}).`, 'geen_akkoord_nodig');
  if (approve && pot.status !== 'actief') throw conflict(`Het budget "${pot.name}" is gesloten; een wachtende uitgave kan alleen nog worden afgewezen.`, 'budget_gesloten');
  if (approve && !pot.allowNegative) {
    const others = pot.committedCents - spend.amountCents;
    if (others + spend.amountCents > pot.amountCents) throw insufficient(`het budget is niet toereikend: er is nog ${formatEuro(Math.max(0, pot.amountCents - others))} beschikbaar, de uitgave is ${formatEuro(spend.amountCents)}`, pot.amountCents - others);
  }
}

/** The fields of a spend that a correction can change, as kept in its history. */
export const spendSnapshot = (s: Partial<SpendInput>) => ({ amountCents: s.amountCents, category: s.category, payee: s.payee, spentOn: s.spentOn, description: s.description, justification: s.justification, goalId: s.goalId ?? null });

/** The period a sample is drawn from: by default the pot's, and always within it. */
export function samplePeriod(pot: Pick<PotRow, 'periodStart' | 'periodEnd'>, from?: string, to?: string): { from: string; to: string } {
  const f = from ?? pot.periodStart;
  const t = to ?? pot.periodEnd;
  if (f < pot.periodStart || f > pot.periodEnd) throw invalid('from', `ligt buiten de periode van het budget (${dutchDate(pot.periodStart)} tot en met ${dutchDate(pot.periodEnd)})`);
  if (t < pot.periodStart || t > pot.periodEnd) throw invalid('to', `ligt buiten de periode van het budget (${dutchDate(pot.periodStart)} tot en met ${dutchDate(pot.periodEnd)})`);
  if (t < f) throw invalid('to', 'ligt voor de begindatum (from)');
  return { from: f, to: t };
}

// ---- joint funds: co-decision and confirmation per funder (ADR 0017) ------------------------------------

export const FUNDERS = ['eigenaar', 'medefinancier'] as const;
export type Funder = (typeof FUNDERS)[number];
export interface CoDecision { funder: Funder; approve: boolean; reason: string; userName: string; at: string }

/**
 * The outcome of a spend above the mandate in a fund where both funders decide: a refusal by either
 * refuses it; both must approve to grant it; until then it waits.
 */
export function jointOutcome(decisions: Array<Pick<CoDecision, 'funder' | 'approve'>>): 'toegekend' | 'afgewezen' | 'wacht_op_akkoord' {
  if (decisions.some((d) => !d.approve)) return 'afgewezen';
  const approved = new Set(decisions.filter((d) => d.approve).map((d) => d.funder));
  return approved.has('eigenaar') && approved.has('medefinancier') ? 'toegekend' : 'wacht_op_akkoord';
}

/** A pot whose rule says the second funder co-decides: a second funder in the system and the rule set. */
export function checkCoDecidingPot(pot: Pick<PotRow, 'coFunderOrganisationId' | 'coDecidesAboveMandate' | 'name'>): void {
  if (!pot.coFunderOrganisationId || !pot.coDecidesAboveMandate) throw conflict(`Volgens de regels van "${pot.name}" beslist de tweede financier niet mee over uitgaven.`, 'geen_medebeslissing');
}

/**
 * Case numbers of a fund: each case that spent from the pot gets a number in the order of its first
 * spend (1, 2, 3 …). The second funder sees spends by this number only, never the case or household.
 * Stable, because spends are never deleted.
 */
export function caseNumbers(spends: Array<{ caseId: string; registeredAt: string; id: string }>): Map<string, number> {
  const first = new Map<string, { at: string; id: string }>();
  for (const s of spends) {
    const cur = first.get(s.caseId);
    if (!cur || s.registeredAt < cur.at || (s.registeredAt === cur.at && s.id < cur.id)) first.set(s.caseId, { at: s.registeredAt, id: s.id });
  }
  const order = [...first.entries()].sort(([, a], [, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return new Map(order.map(([caseId], i) => [caseId, i + 1]));
}

/** A confirmation is current while the settlement still has the amounts it confirmed. */
export function confirmationCurrent(confirmed: { totalCents: number; ownerCents: number; coFunderCents: number }, now: { totalCents: number; ownerCents: number; coFunderCents: number }): boolean {
  return confirmed.totalCents === now.totalCents && confirmed.ownerCents === now.ownerCents && confirmed.coFunderCents === now.coFunderCents;
}
