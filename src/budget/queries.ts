// SPDX-License-Identifier: EUPL-1.2
/**
 * The budget room's reads (ADR 11): pots with their totals, mandates, the spends of a case or a pot,
 * one spend with its history, the approval queue, the status with its forecast, the settlement per
 * funder, the export and the samples. Each authorises through policy.ts, reads through the store and
 * logs the processing of personal data, inside the caller's transaction.
 */
import type { Queryable } from '../platform/db';
import { ROLE_LABELS, type Actor, type Purpose, type Role } from '../platform/authz';
import { invalid, notFound, unprocessable } from '../platform/errors';
import type { Cents } from '../platform/money';
import { logProcessing, type LogEntry } from '../platform/processing-log';
import * as cases from '../cases/queries';
import {
  caseNumbers, categoryLabel, centsToDutchDecimal, confirmationCurrent, coverage, drawSample, effectiveMandate, exceededMandate, forecast, sampleExplanation, settle, type CoDecision,
  type EffectiveMandate, type MandateRow, type PotRow, type PotStatus, type PotTotals, type SampleItemRow, type SampleRow, type SpendEvent, type SpendFilter, type SpendRow,
} from './model';
import { assertApprover, assertManager, assertPotAccess, assertSeesMandates, assertSpender, jointFundRole, potAccess, showsMandates, showsOwnMandate, spendReadPurpose, type PotAccess } from './policy';
import * as store from './store';

// ---- loading (404 when the row is not there) ------------------------------------------------------------

export async function loadPot(tx: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<PotRow> {
  const pot = await store.findPot(tx, id, opts);
  if (!pot) throw notFound('Budget');
  return pot;
}
export async function loadSpend(tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<SpendRow> {
  const spend = await store.findSpend(tx, organisationId, id, opts);
  if (!spend) throw notFound('Uitgave');
  return spend;
}
export async function loadMandate(tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<MandateRow> {
  const m = await store.findMandate(tx, organisationId, id, opts);
  if (!m) throw notFound('Mandaat');
  return m;
}
export async function loadSample(tx: Queryable, organisationId: string, id: string): Promise<SampleRow> {
  const s = await store.findSample(tx, organisationId, id);
  if (!s) throw notFound('Steekproef');
  return s;
}

/** A pot the actor may see, at least at the level `need`. */
export async function potForActor(tx: Queryable, a: Actor, id: string, need: PotAccess): Promise<PotRow> {
  const pot = await loadPot(tx, id);
  assertPotAccess(a, pot, need);
  return pot;
}

/** The mandate that applies to the actor on a pot. */
export async function mandateFor(tx: Queryable, potId: string, a: Actor): Promise<EffectiveMandate | null> {
  return effectiveMandate(await store.listMandates(tx, potId), a);
}

// ---- processing log ---------------------------------------------------------------------------------------

export const SPEND_FIELDS = ['amountCents', 'category', 'payee', 'spentOn', 'description', 'justification', 'caseTitle'];

/** One log line per spend read, with the case and household it belongs to. */
export const readLog = (spends: SpendRow[], purpose: Purpose, action: LogEntry['action'] = 'lezen'): LogEntry[] =>
  spends.map((s) => ({ action, resource: 'budgetuitgave', resourceId: s.id, caseId: s.caseId, householdId: s.householdId, fields: SPEND_FIELDS, purpose }));

// ---- pots and mandates ----------------------------------------------------------------------------------

export interface Totals {
  grantedCents: number;
  pendingCents: number;
  remainingCents: number;
  grantedCount: number;
  pendingCount: number;
}
const totalsOf = (pot: PotRow, t: PotTotals): Totals => ({ grantedCents: t.granted, pendingCents: t.pending, remainingCents: pot.amountCents - t.granted - t.pending, grantedCount: t.grantedCount, pendingCount: t.pendingCount });

export interface PotOverview extends PotRow {
  totals: Totals;
  access: PotAccess;
  myMandate?: EffectiveMandate | null;
}
async function overviewOf(tx: Queryable, a: Actor, pot: PotRow, access: PotAccess): Promise<PotOverview> {
  return { ...pot, totals: totalsOf(pot, await store.potTotals(tx, pot.id)), access, ...(showsOwnMandate(a, pot) ? { myMandate: await mandateFor(tx, pot.id, a) } : {}) };
}

/** The pots the actor can see: their organisation's (filtered by team for team roles) and, for budget holders, the pots their organisation co-funds. */
export async function listPots(tx: Queryable, a: Actor, f: { status?: PotStatus }): Promise<PotOverview[]> {
  const out: PotOverview[] = [];
  for (const pot of await store.listPotsOf(tx, a.organisationId, f.status)) {
    const access = potAccess(a, pot);
    if (access) out.push(await overviewOf(tx, a, pot, access));
  }
  return out;
}

/** One pot with its totals, its active mandates (for the owner) and the actor's own mandate. */
export async function potOverview(tx: Queryable, a: Actor, id: string): Promise<PotOverview & { mandates: MandateRow[] }> {
  const pot = await loadPot(tx, id);
  const access = assertPotAccess(a, pot, 'aggregate');
  const totals = totalsOf(pot, await store.potTotals(tx, pot.id));
  const mandates = showsMandates(a, pot) ? await store.listMandates(tx, pot.id) : [];
  return { ...pot, totals, access, mandates, ...(showsOwnMandate(a, pot) ? { myMandate: await mandateFor(tx, pot.id, a) } : {}) };
}

/** The employees a budget holder can give a mandate of their own. */
export async function spenders(tx: Queryable, a: Actor) {
  assertManager(a);
  return store.spendersOfOrganisation(tx, a.organisationId);
}

/** All mandates of a pot, ended ones too (for the history). */
export async function mandatesOfPot(tx: Queryable, a: Actor, potId: string): Promise<MandateRow[]> {
  const pot = await potForActor(tx, a, potId, 'aggregate');
  assertSeesMandates(a, pot);
  return store.listMandates(tx, pot.id, false);
}

// ---- spends ------------------------------------------------------------------------------------------------

export interface CaseSpends {
  items: SpendRow[];
  grantedCents: number;
  pendingCents: number;
  byPot: Array<{ potId: string; potName: string; grantedCents: number; pendingCents: number }>;
}
/** Everything spent on a case, with totals overall and per pot (for those who work on the case). */
export async function spendsOfCase(tx: Queryable, a: Actor, caseId: string): Promise<CaseSpends> {
  assertSpender(a);
  const cs = await cases.getCaseForActor(tx, a, caseId);
  const items = await store.listSpendsOfCase(tx, cs.id);
  await logProcessing(tx, a, { action: 'lezen', resource: 'budgetuitgaven', caseId: cs.id, householdId: cs.householdId, fields: SPEND_FIELDS, purpose: 'hulpverlening' });
  const sum = (xs: SpendRow[], st: string) => xs.filter((s) => s.status === st).reduce((n, s) => n + s.amountCents, 0);
  const pots = [...new Map(items.map((s) => [s.potId, s.potName])).entries()];
  return {
    items,
    grantedCents: sum(items, 'toegekend'),
    pendingCents: sum(items, 'wacht_op_akkoord'),
    byPot: pots.map(([potId, potName]) => ({ potId, potName, grantedCents: sum(items.filter((s) => s.potId === potId), 'toegekend'), pendingCents: sum(items.filter((s) => s.potId === potId), 'wacht_op_akkoord') })),
  };
}

export interface SpendDetail {
  spend: SpendRow;
  history: SpendEvent[];
  reviews: Array<Omit<store.SpendReview, 'spendId'>>;
}
/**
 * One spend with its history and review verdicts: for the budget holder (or the team lead of the
 * pot's team) as verantwoording, for the professional or team lead of the case's team as hulpverlening.
 */
export async function spendDetail(tx: Queryable, a: Actor, id: string): Promise<SpendDetail> {
  const spend = await loadSpend(tx, a.organisationId, id);
  const purpose = spendReadPurpose(a, await loadPot(tx, spend.potId));
  if (purpose === 'hulpverlening') await cases.getCaseForActor(tx, a, spend.caseId);
  await logProcessing(tx, a, readLog([spend], purpose));
  return { spend, history: await store.spendEvents(tx, spend.id), reviews: (await store.reviewsOfSpends(tx, [spend.id])).map(({ spendId: _s, ...r }) => r) };
}

/** The spends above a mandate that wait for a budget holder of the organisation, each with the mandate it goes beyond. */
export async function pendingApprovals(tx: Queryable, a: Actor): Promise<Array<SpendRow & { mandateExceeded: string }>> {
  assertApprover(a);
  const items = await store.listPending(tx, a.organisationId);
  const out = [];
  for (const s of items) {
    const registrant = await store.userRoles(tx, s.registeredBy);
    const m = effectiveMandate(await store.listMandates(tx, s.potId), { userId: s.registeredBy, roles: registrant as Role[] });
    const others = (await store.committedOnCase(tx, s.potId, s.caseId, s.id)) as Cents;
    out.push({ ...s, mandateExceeded: exceededMandate(m, { name: s.registeredByName, roleLabels: ROLE_LABELS }, { amount: s.amountCents as Cents, category: s.category, caseCommittedOthers: others }) });
  }
  await logProcessing(tx, a, readLog(items, 'verantwoording'));
  return out;
}

/** A pot's spends with filters, for verantwoording. */
export async function spendsOfPot(tx: Queryable, a: Actor, potId: string, f: SpendFilter): Promise<{ items: SpendRow[]; total: number }> {
  if (f.from && f.to && f.to < f.from) throw invalid('to', 'ligt voor de begindatum (from)');
  const pot = await potForActor(tx, a, potId, 'full');
  const res = await store.listSpendsOfPot(tx, pot.id, f);
  await logProcessing(tx, a, readLog(res.items, 'verantwoording'));
  return res;
}

/** Every spend of a pot for the CSV export; the export is logged per spend. */
export async function spendsExport(tx: Queryable, a: Actor, potId: string): Promise<{ pot: PotRow; spends: SpendRow[] }> {
  const pot = await potForActor(tx, a, potId, 'full');
  const spends = await store.allSpendsOfPot(tx, pot.id);
  await logProcessing(tx, a, readLog(spends, 'verantwoording', 'exporteren'));
  return { pot, spends };
}

// ---- status and settlement ----------------------------------------------------------------------------------

export interface PotStatusView {
  pot: PotRow;
  budgetCents: number;
  grantedCents: number;
  pendingCents: number;
  remainingCents: number;
  grantedCount: number;
  pendingCount: number;
  byCategory: Array<{ category: string; label: string; grantedCents: number; pendingCents: number; count: number }>;
  byMonth: Array<{ month: string; grantedCents: number; count: number }>;
  forecast: { asOf: string; elapsedDays: number; totalDays: number; grantedCents: number; projectedCents: number; projectedRemainingCents: number; explanation: string };
  review: ReturnType<typeof coverage>;
  explanation: string[];
}
/** Totals, per category and month, the forecast at today's pace and the coverage of the sample review. Aggregates only. */
export async function potStatus(tx: Queryable, a: Actor, potId: string, today: string): Promise<PotStatusView> {
  const pot = await potForActor(tx, a, potId, 'aggregate');
  const t = await store.potTotals(tx, pot.id);
  const f = forecast(pot.periodStart, pot.periodEnd, today, pot.amountCents as Cents, t.granted as Cents);
  const cov = coverage(await store.grantedAmounts(tx, pot.id, pot.periodStart, pot.periodEnd), await store.sampledOfPot(tx, pot.id));
  const remaining = pot.amountCents - t.granted - t.pending;
  return {
    pot,
    budgetCents: pot.amountCents,
    grantedCents: t.granted,
    pendingCents: t.pending,
    remainingCents: remaining,
    grantedCount: t.grantedCount,
    pendingCount: t.pendingCount,
    byCategory: (await store.totalsByCategory(tx, pot.id)).map((x) => ({ category: x.category, label: categoryLabel(x.category), grantedCents: x.granted, pendingCents: x.pending, count: x.count })),
    byMonth: (await store.grantedByMonth(tx, pot.id)).map((m) => ({ month: m.month, grantedCents: m.granted, count: m.count })),
    forecast: { asOf: f.asOf, elapsedDays: f.elapsedDays, totalDays: f.totalDays, grantedCents: f.granted, projectedCents: f.projected, projectedRemainingCents: f.projectedRemaining, explanation: f.explanation },
    review: cov,
    explanation: [
      `Beschikbaar = budget − toegekend − wacht op akkoord: ${centsToDutchDecimal(pot.amountCents)} − ${centsToDutchDecimal(t.granted)} − ${centsToDutchDecimal(t.pending)} = ${centsToDutchDecimal(remaining)} euro. Uitgaven die op akkoord wachten, houden hun bedrag vast, zodat een goedkeuring het budget nooit overschrijdt.`,
      pot.allowNegative ? 'Dit budget mag onder nul komen.' : 'Dit budget mag niet onder nul komen: een uitgave die niet meer past, wordt geweigerd met het bedrag dat nog beschikbaar is.',
    ],
  };
}

export interface SettlementView {
  pot: PotRow;
  owner: string;
  coFunder: string;
  lines: Array<{ category: string; label: string; totalCents: number; coFunderPercent: number; coFunderCents: number; ownerCents: number }>;
  totals: { totalCents: number; ownerCents: number; coFunderCents: number };
  explanation: string[];
}
/** The settlement per funder of a joint pot over its granted spends (aggregates only). */
export async function settlement(tx: Queryable, a: Actor, potId: string): Promise<SettlementView> {
  const pot = await potForActor(tx, a, potId, 'aggregate');
  if (!pot.splitRule || !pot.coFunderName) throw unprocessable('Dit budget heeft geen tweede financier; er valt niets te verdelen.', 'geen_gezamenlijk_fonds');
  const s = settle(await store.grantedAmounts(tx, pot.id), pot.splitRule, pot.organisationName, pot.coFunderName);
  return {
    pot,
    owner: s.owner,
    coFunder: s.coFunder,
    lines: s.lines.map((l) => ({ category: l.category, label: categoryLabel(l.category), totalCents: l.total, coFunderPercent: l.coFunderPercent, coFunderCents: l.coFunder, ownerCents: l.owner })),
    totals: { totalCents: s.totals.total, ownerCents: s.totals.owner, coFunderCents: s.totals.coFunder },
    explanation: s.explanation,
  };
}

// ---- samples --------------------------------------------------------------------------------------------------

export interface SampleView extends Omit<SampleRow, 'populationIds'> {
  population: number;
  reproducible: boolean;
  items: SampleItemRow[];
  explanation: string;
}
/** A sample with its items, and the check that its seed gives the same draw again. Logs the spends read. */
export async function sampleView(tx: Queryable, a: Actor, sample: SampleRow): Promise<SampleView> {
  const items = await store.sampleItems(tx, sample.id);
  const redo = drawSample(sample.populationIds, sample.sizeRequested, sample.seed);
  const drawn = items.map((i) => i.spend.id);
  const reproducible = redo.length === drawn.length && redo.every((id, k) => id === drawn[k]);
  const { populationIds, ...rest } = sample;
  await logProcessing(tx, a, readLog(items.map((i) => i.spend), 'verantwoording'));
  return {
    ...rest,
    population: populationIds.length,
    reproducible,
    items,
    explanation: sampleExplanation({ population: populationIds.length, drawn: items.length, from: sample.periodFrom, to: sample.periodTo, seed: sample.seed, reproducible }),
  };
}

/** A sample of a pot the actor sees in full. */
export async function sampleForActor(tx: Queryable, a: Actor, id: string): Promise<SampleRow> {
  const sample = await loadSample(tx, a.organisationId, id);
  await potForActor(tx, a, sample.potId, 'full');
  return sample;
}

export async function sampleDetail(tx: Queryable, a: Actor, id: string): Promise<SampleView> {
  return sampleView(tx, a, await sampleForActor(tx, a, id));
}

export async function samplesOfPot(tx: Queryable, a: Actor, potId: string): Promise<Array<Omit<SampleRow, 'populationIds'> & { size: number; reviewed: number }>> {
  const pot = await potForActor(tx, a, potId, 'full');
  return (await store.listSamples(tx, pot.id)).map(({ populationIds: _p, ...s }) => s);
}

// ---- subject access ------------------------------------------------------------------------------------------

/**
 * The spends on the cases of one person's household with their history and review verdicts, for
 * the subject-access export (AVG art. 15). The privacy room authorises and logs that request.
 */
export async function spendsForInzage(tx: Queryable, organisationId: string, caseIds: string[]): Promise<Array<{ spend: SpendRow; history: SpendEvent[]; reviews: Array<Omit<store.SpendReview, 'spendId'>> }>> {
  const spends = await store.spendsOfCases(tx, organisationId, caseIds);
  const reviews = await store.reviewsOfSpends(tx, spends.map((s) => s.id));
  const out = [];
  for (const spend of spends) {
    out.push({ spend, history: await store.spendEvents(tx, spend.id), reviews: reviews.filter((r) => r.spendId === spend.id).map(({ spendId: _s, ...r }) => r) });
  }
  return out;
}

// ---- joint funds (ADR 0017) ------------------------------------------------------------------------------------

export interface JointFundSpend {
  id: string;
  /** The case by its number in this fund only (see model.caseNumbers). */
  caseNumber: number;
  spentOn: string;
  category: string;
  label: string;
  amountCents: number;
  status: SpendRow['status'];
  decisionReason: string;
  /** Waiting for a decision of both funders (the fund's rule), with the decisions so far. */
  coDecision: boolean;
  decisions: CoDecision[];
  version: number;
}
/**
 * The joint fund as either funder's budget holder sees it: the status with its forecast, every spend
 * by case number only (no case, household, payee or text), the decisions of both funders on spends
 * above the mandate, the settlement per funder and each funder's confirmations. Each spend read is
 * logged in the owner's organisation (purpose verantwoording).
 */
export async function jointFund(tx: Queryable, a: Actor, potId: string, today: string) {
  const pot = await loadPot(tx, potId);
  const role = jointFundRole(a, pot);
  if (!pot.coFunderName || !pot.splitRule) throw unprocessable('Dit budget heeft geen tweede financier; het is geen gezamenlijk fonds.', 'geen_gezamenlijk_fonds');
  const status = await potStatus(tx, a, pot.id, today);
  const spends = await store.allSpendsOfPot(tx, pot.id);
  const numbers = caseNumbers(spends);
  const decisions = await store.coDecisionsOf(tx, spends.map((s) => s.id));
  const s = await settlement(tx, a, pot.id);
  const confirmations = (await store.confirmationsOf(tx, pot.id)).map((c) => ({ ...c, current: confirmationCurrent(c, s.totals) }));
  await logProcessing(tx, a, spends.map((x) => ({ action: 'lezen' as const, resource: 'fondsuitgave', resourceId: x.id, caseId: x.caseId, householdId: x.householdId, fields: ['amountCents', 'category', 'spentOn', 'status'], purpose: 'verantwoording' as const, organisationId: pot.organisationId })));
  const items: JointFundSpend[] = spends.map((x) => {
    const ds = decisions.filter((d) => d.spendId === x.id).map(({ spendId: _s, ...d }) => d);
    return {
      id: x.id, caseNumber: numbers.get(x.caseId)!, spentOn: x.spentOn, category: x.category, label: categoryLabel(x.category), amountCents: x.amountCents, status: x.status,
      decisionReason: x.decisionReason, coDecision: pot.coDecidesAboveMandate && !!pot.coFunderOrganisationId && (x.status === 'wacht_op_akkoord' || ds.length > 0), decisions: ds, version: x.version,
    };
  });
  const latest = (f: 'eigenaar' | 'medefinancier') => [...confirmations].reverse().find((c) => c.funder === f) ?? null;
  return {
    pot: { id: pot.id, name: pot.name, goal: pot.goal, owner: pot.organisationName, coFunder: pot.coFunderName, periodStart: pot.periodStart, periodEnd: pot.periodEnd, coDecidesAboveMandate: pot.coDecidesAboveMandate, status: pot.status },
    role,
    status: { budgetCents: status.budgetCents, grantedCents: status.grantedCents, pendingCents: status.pendingCents, remainingCents: status.remainingCents, grantedCount: status.grantedCount, pendingCount: status.pendingCount, byCategory: status.byCategory, byMonth: status.byMonth, forecast: status.forecast },
    spends: items,
    waitingForMe: items.filter((x) => x.status === 'wacht_op_akkoord' && x.coDecision && !x.decisions.some((d) => d.funder === role)).length,
    settlement: { owner: s.owner, coFunder: s.coFunder, lines: s.lines, totals: s.totals, explanation: s.explanation },
    confirmations,
    confirmedBy: { eigenaar: latest('eigenaar'), medefinancier: latest('medefinancier') },
  };
}

/** The joint funds the actor's organisation owns or co-funds, for a budget holder. */
export async function jointFunds(tx: Queryable, a: Actor) {
  assertApprover(a);
  const pots = (await store.listPotsOf(tx, a.organisationId)).filter((p) => p.coFunderName && p.splitRule && (p.organisationId === a.organisationId || p.coFunderOrganisationId === a.organisationId));
  return pots.map((p) => ({ id: p.id, name: p.name, owner: p.organisationName, coFunder: p.coFunderName!, periodStart: p.periodStart, periodEnd: p.periodEnd, role: p.organisationId === a.organisationId ? ('eigenaar' as const) : ('medefinancier' as const), coDecidesAboveMandate: p.coDecidesAboveMandate }));
}

/** For the council's report (learning room): granted spends in a period per category — amounts and counts only. */
export const spentPerCategory = (tx: Queryable, organisationId: string, from: string, to: string) => store.spentPerCategory(tx, organisationId, from, to);
