// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for the maatwerkbudget: pots, mandates, spends with their history, samples and reviews, and
 * the aggregates behind status and reports. The rule that matters most lives here: the pot row is
 * locked (SELECT ... FOR UPDATE) before its committed total is summed and a spend is written, in one
 * transaction, so two spends at the same moment can never push a pot beyond what it allows.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { conflict, forbidden, invalid, notFound, preconditionFailed, Problem } from '../platform/errors';
import { formatEuro, type Cents } from '../platform/money';
import type { CaseRow } from '../cases/store';
import * as cases from '../cases/store';
import {
  CATEGORIES, COMMITTED, decideSpend, drawSample, effectiveMandate, reviewerProblem,
  type Category, type EffectiveMandate, type Mandate, type SpendStatus, type SplitRule, type Verdict,
} from './model';

// ---- pots ------------------------------------------------------------------------------------------

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
  status: 'actief' | 'gesloten';
  createdAt: string;
  version: number;
}
const POT_SELECT = `SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.team_id AS "teamId", t.name AS "teamName", p.name, p.goal,
  p.period_start AS "periodStart", p.period_end AS "periodEnd", p.amount_cents AS "amountCents", p.categories, p.allow_negative AS "allowNegative",
  p.co_funder_name AS "coFunderName", p.co_funder_organisation_id AS "coFunderOrganisationId", p.split_rule AS "splitRule", p.status, p.created_at AS "createdAt", p.version
  FROM budget_pots p JOIN organisations o ON o.id = p.organisation_id LEFT JOIN teams t ON t.id = p.team_id`;

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
}

export async function insertPot(tx: Queryable, actor: Actor, p: PotInput): Promise<PotRow> {
  if (p.teamId && !(await tx.query(`SELECT 1 FROM teams WHERE id = $1 AND organisation_id = $2`, [p.teamId, actor.organisationId])).rows.length) throw invalid('teamId', 'is geen team van uw organisatie');
  if (p.coFunder?.organisationId) {
    if (p.coFunder.organisationId === actor.organisationId) throw invalid('coFunder.organisationId', 'de tweede financier is een andere organisatie dan de eigenaar van de pot');
    if (!(await tx.query(`SELECT 1 FROM organisations WHERE id = $1`, [p.coFunder.organisationId])).rows.length) throw invalid('coFunder.organisationId', 'is geen bekende organisatie');
  }
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_pots (organisation_id, team_id, name, goal, period_start, period_end, amount_cents, categories, allow_negative, co_funder_name, co_funder_organisation_id, split_rule, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
    [actor.organisationId, p.teamId ?? null, p.name, p.goal, p.periodStart, p.periodEnd, p.amountCents, p.categories, p.allowNegative ?? false, p.coFunder?.name ?? null, p.coFunder?.organisationId ?? null, p.coFunder ? JSON.stringify(p.coFunder.splitRule) : null, actor.userId],
  );
  return getPot(tx, r.rows[0].id);
}

/** A pot by id, whoever owns it; callers check access with `potAccess`. */
export async function getPot(tx: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<PotRow> {
  const r = await tx.query<PotRow>(`${POT_SELECT} WHERE p.id = $1${opts.forUpdate ? ' FOR UPDATE OF p' : ''}`, [id]);
  if (!r.rows[0]) throw notFound('Budget');
  return r.rows[0];
}

/**
 * What an actor may see of a pot. `full`: the spends with their case (budget holder of the owner, or
 * the team lead of the pot's team). `aggregate`: totals only, no personal data (administrators, the
 * teams that spend from it, and the budget holder of a second funder for the settlement). A pot of
 * another organisation does not exist for anyone else (404).
 */
export type PotAccess = 'full' | 'aggregate';
export function potAccess(actor: Actor, pot: PotRow): PotAccess {
  const own = pot.organisationId === actor.organisationId;
  if (own && actor.roles.includes('budgethouder')) return 'full';
  if (own && actor.roles.includes('teamleider') && pot.teamId && pot.teamId === actor.teamId) return 'full';
  if (own && actor.roles.includes('admin')) return 'aggregate';
  if (own && (actor.roles.includes('professional') || actor.roles.includes('teamleider')) && (!pot.teamId || pot.teamId === actor.teamId)) return 'aggregate';
  if (!own && pot.coFunderOrganisationId === actor.organisationId && actor.roles.includes('budgethouder')) return 'aggregate';
  if (own) throw forbidden('Uw rol of team heeft geen toegang tot dit budget.');
  throw notFound('Budget');
}
export async function potForActor(tx: Queryable, actor: Actor, id: string, need: PotAccess): Promise<PotRow> {
  const pot = await getPot(tx, id);
  const access = potAccess(actor, pot);
  if (need === 'full' && access !== 'full') throw forbidden('Alleen de budgethouder (of de teamleider van het team van dit budget) ziet de uitgaven zelf.');
  return pot;
}

export interface PotTotals {
  granted: number;
  pending: number;
  grantedCount: number;
  pendingCount: number;
}
export async function potTotals(tx: Queryable, potId: string): Promise<PotTotals> {
  const r = await tx.query<PotTotals>(
    `SELECT COALESCE(sum(amount_cents) FILTER (WHERE status = 'toegekend'), 0)::bigint AS granted,
            COALESCE(sum(amount_cents) FILTER (WHERE status = 'wacht_op_akkoord'), 0)::bigint AS pending,
            count(*) FILTER (WHERE status = 'toegekend')::int AS "grantedCount",
            count(*) FILTER (WHERE status = 'wacht_op_akkoord')::int AS "pendingCount"
       FROM budget_spends WHERE pot_id = $1`,
    [potId],
  );
  return r.rows[0];
}

/** Pots the actor can see: their organisation's (filtered by team for team roles) and, for budget holders, the pots their organisation co-funds. */
export async function listPots(tx: Queryable, actor: Actor, f: { status?: string }): Promise<PotRow[]> {
  const p: unknown[] = [actor.organisationId];
  let where = `(p.organisation_id = $1 OR p.co_funder_organisation_id = $1)`;
  if (f.status) {
    p.push(f.status);
    where += ` AND p.status = $${p.length}`;
  }
  const rows = (await tx.query<PotRow>(`${POT_SELECT} WHERE ${where} ORDER BY p.period_start DESC, p.name`, p)).rows;
  return rows.filter((pot) => {
    try {
      potAccess(actor, pot);
      return true;
    } catch {
      return false;
    }
  });
}

export async function updatePot(tx: Queryable, actor: Actor, id: string, version: number, patch: Partial<{ name: string; goal: string; amountCents: number; categories: string[]; allowNegative: boolean; status: 'actief' | 'gesloten' }>): Promise<PotRow> {
  const cur = await getPot(tx, id, { forUpdate: true });
  if (cur.organisationId !== actor.organisationId) throw notFound('Budget');
  if (cur.version !== version) throw preconditionFailed();
  const n = { ...cur, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as PotRow;
  if (patch.amountCents !== undefined && !n.allowNegative) {
    // Lowering the budget below what is already committed would leave the pot overdrawn.
    const t = await potTotals(tx, id);
    if (patch.amountCents < t.granted + t.pending) throw invalid('amountCents', `mag niet lager zijn dan wat al is toegekend of wacht op akkoord (${formatEuro(t.granted + t.pending)})`);
  }
  if (patch.categories) {
    const used = (await tx.query<{ category: string }>(`SELECT DISTINCT category FROM budget_spends WHERE pot_id = $1 AND status = ANY($2)`, [id, COMMITTED])).rows.map((r) => r.category);
    const dropped = used.filter((c) => !patch.categories!.includes(c));
    if (dropped.length) throw invalid('categories', `de categorie ${dropped.join(', ')} heeft lopende uitgaven en kan niet worden verwijderd`);
  }
  await tx.query(`UPDATE budget_pots SET name = $2, goal = $3, amount_cents = $4, categories = $5, allow_negative = $6, status = $7, updated_at = now(), version = version + 1 WHERE id = $1`, [
    id, n.name, n.goal, n.amountCents, n.categories, n.allowNegative, n.status,
  ]);
  return getPot(tx, id);
}

// ---- mandates ------------------------------------------------------------------------------------

export interface MandateRow extends Mandate {
  potId: string;
  userName: string | null;
  active: boolean;
  createdAt: string;
  endedAt: string | null;
  version: number;
}
const MANDATE_SELECT = `SELECT m.id, m.pot_id AS "potId", m.role, m.user_id AS "userId", u.display_name AS "userName", m.max_per_spend_cents AS "maxPerSpend",
  m.max_per_case_cents AS "maxPerCase", m.categories, m.active, m.created_at AS "createdAt", m.ended_at AS "endedAt", m.version
  FROM budget_mandates m LEFT JOIN users u ON u.id = m.user_id`;

export async function listMandates(tx: Queryable, potId: string, activeOnly = true): Promise<MandateRow[]> {
  return (await tx.query<MandateRow>(`${MANDATE_SELECT} WHERE m.pot_id = $1${activeOnly ? ' AND m.active' : ''} ORDER BY m.active DESC, m.role NULLS LAST, u.display_name, m.created_at`, [potId])).rows;
}

export interface MandateInput {
  role?: string | null;
  userId?: string | null;
  maxPerSpendCents: number;
  maxPerCaseCents: number;
  categories?: string[];
}
export async function insertMandate(tx: Queryable, actor: Actor, pot: PotRow, m: MandateInput): Promise<MandateRow> {
  if (m.userId && !(await tx.query(`SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2`, [m.userId, pot.organisationId])).rows.length) throw invalid('userId', 'is geen medewerker van uw organisatie');
  const dup = await tx.query(`SELECT 1 FROM budget_mandates WHERE pot_id = $1 AND active AND (role = $2 OR user_id = $3)`, [pot.id, m.role ?? null, m.userId ?? null]);
  if (dup.rows.length) throw conflict(m.role ? `Er is al een mandaat voor de rol ${m.role} op dit budget; wijzig dat mandaat.` : 'Er is al een mandaat voor deze medewerker op dit budget; wijzig dat mandaat.', 'mandaat_bestaat');
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_mandates (organisation_id, pot_id, role, user_id, max_per_spend_cents, max_per_case_cents, categories, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [pot.organisationId, pot.id, m.role ?? null, m.userId ?? null, m.maxPerSpendCents, m.maxPerCaseCents, m.categories ?? [], actor.userId],
  );
  return getMandate(tx, pot.organisationId, r.rows[0].id);
}
export async function getMandate(tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<MandateRow> {
  const r = await tx.query<MandateRow>(`${MANDATE_SELECT} WHERE m.id = $1 AND m.organisation_id = $2${opts.forUpdate ? ' FOR UPDATE OF m' : ''}`, [id, organisationId]);
  if (!r.rows[0]) throw notFound('Mandaat');
  return r.rows[0];
}
export async function updateMandate(tx: Queryable, organisationId: string, id: string, version: number, patch: Partial<{ maxPerSpendCents: number; maxPerCaseCents: number; categories: string[] }>): Promise<MandateRow> {
  const cur = await getMandate(tx, organisationId, id, { forUpdate: true });
  if (cur.version !== version) throw preconditionFailed();
  if (!cur.active) throw conflict('Dit mandaat is beëindigd en kan niet meer worden gewijzigd.', 'mandaat_beeindigd');
  await tx.query(`UPDATE budget_mandates SET max_per_spend_cents = $2, max_per_case_cents = $3, categories = $4, version = version + 1 WHERE id = $1`, [
    id, patch.maxPerSpendCents ?? cur.maxPerSpend, patch.maxPerCaseCents ?? cur.maxPerCase, patch.categories ?? cur.categories,
  ]);
  return getMandate(tx, organisationId, id);
}
/** Ending a mandate keeps the row, so it stays visible which mandate a past spend fell under. */
export async function endMandate(tx: Queryable, organisationId: string, id: string): Promise<MandateRow> {
  const cur = await getMandate(tx, organisationId, id, { forUpdate: true });
  if (!cur.active) throw conflict('Dit mandaat is al beëindigd.', 'mandaat_beeindigd');
  await tx.query(`UPDATE budget_mandates SET active = false, ended_at = now(), version = version + 1 WHERE id = $1`, [id]);
  return getMandate(tx, organisationId, id);
}

export async function mandateFor(tx: Queryable, potId: string, actor: Actor): Promise<EffectiveMandate | null> {
  return effectiveMandate(await listMandates(tx, potId), actor);
}

// ---- spends --------------------------------------------------------------------------------------

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
// The case's title and team are read for display and team checks only; the case room's tables are never written here.
const SPEND_SELECT = `SELECT s.id, s.pot_id AS "potId", p.name AS "potName", s.organisation_id AS "organisationId", s.case_id AS "caseId", c.title AS "caseTitle", c.team_id AS "caseTeamId",
  s.household_id AS "householdId", s.amount_cents AS "amountCents", s.category, s.payee, s.spent_on AS "spentOn", s.description, s.justification, s.goal_id AS "goalId",
  s.status, s.decision_reason AS "decisionReason", d.display_name AS "decidedByName", s.decided_at AS "decidedAt", s.registered_by AS "registeredBy", r.display_name AS "registeredByName",
  s.registered_at AS "registeredAt", s.version
  FROM budget_spends s JOIN budget_pots p ON p.id = s.pot_id JOIN cases c ON c.id = s.case_id JOIN users r ON r.id = s.registered_by LEFT JOIN users d ON d.id = s.decided_by`;

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

/** A pot refusing a spend: 422 naming the amount, with what is left (also as a number). */
export function insufficient(reason: string, remaining: number): Problem {
  return new Problem(422, 'budget_ontoereikend', 'Budget ontoereikend', `amountCents: ${reason}`, [{ name: 'amountCents', reason, code: 'budget_ontoereikend' }], { remainingCents: Math.max(0, remaining) });
}

async function committedOnCase(tx: Queryable, potId: string, caseId: string, exceptSpendId: string | null): Promise<number> {
  const r = await tx.query<{ n: number }>(`SELECT COALESCE(sum(amount_cents), 0)::bigint AS n FROM budget_spends WHERE pot_id = $1 AND case_id = $2 AND status = ANY($3) AND id IS DISTINCT FROM $4`, [potId, caseId, COMMITTED, exceptSpendId]);
  return r.rows[0].n;
}
/** Move the pot's running committed total; only ever called while the pot row is locked (lockPotOf). */
async function addCommitted(tx: Queryable, potId: string, delta: number): Promise<void> {
  if (delta) await tx.query(`UPDATE budget_pots SET committed_cents = committed_cents + $2 WHERE id = $1`, [potId, delta]);
}

/** Checks that do not depend on money: the pot is open, fits the case's team, the category and date fit the pot, the goal is the case's. */
async function checkSpendFits(tx: Queryable, pot: PotRow, cs: CaseRow, s: { category: string; spentOn: string; goalId?: string | null }): Promise<void> {
  if (pot.status !== 'actief') throw conflict(`Het budget "${pot.name}" is gesloten; er kan niet meer uit worden uitgegeven.`, 'budget_gesloten');
  if (pot.teamId && pot.teamId !== cs.teamId) throw invalid('potId', 'dit budget is van een ander team dan dat van de casus');
  if (!pot.categories.includes(s.category)) throw invalid('category', `valt niet onder dit budget; kies uit ${pot.categories.map((c) => CATEGORIES[c as Category] ?? c).join(', ')}`);
  if (s.spentOn < pot.periodStart || s.spentOn > pot.periodEnd) throw invalid('spentOn', `ligt buiten de periode van het budget (${pot.periodStart} tot en met ${pot.periodEnd})`);
  if (s.goalId && !(await cases.planOf(tx, cs.id)).goals.some((g) => g.id === s.goalId)) throw invalid('goalId', 'is geen doel uit het plan van deze casus');
}

async function addEvent(tx: Queryable, actor: Actor, spend: { id: string; organisationId: string }, kind: string, statusAfter: string, reason: string, before: unknown = null, after: unknown = null) {
  await tx.query(`INSERT INTO budget_spend_events (organisation_id, spend_id, kind, status_after, reason, before, after, user_id, user_name) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
    spend.organisationId, spend.id, kind, statusAfter, reason, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), actor.userId, actor.userName,
  ]);
}

/**
 * Register a spend on a case. Lock the pot row first: every other spend on this pot waits here until
 * this transaction ends, so the sums below are exact when the new spend is written.
 */
export async function recordSpend(tx: Queryable, actor: Actor, cs: CaseRow, s: SpendInput): Promise<SpendRow> {
  const pot = await lockPotOf(tx, s.potId, cs.organisationId);
  await checkSpendFits(tx, pot, cs, s);
  const decision = decideSpend({
    amount: s.amountCents as Cents,
    category: s.category,
    caseCommitted: (await committedOnCase(tx, pot.id, cs.id, null)) as Cents,
    potRemaining: (pot.amountCents - pot.committedCents) as Cents,
    allowNegative: pot.allowNegative,
    mandate: await mandateFor(tx, pot.id, actor),
  });
  if (decision.outcome === 'geweigerd') throw insufficient(decision.reason, decision.remaining);
  const granted = decision.outcome === 'toegekend';
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_spends (organisation_id, pot_id, case_id, household_id, amount_cents, category, payee, spent_on, description, justification, goal_id, status, decision_reason, decided_at, registered_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
    [cs.organisationId, pot.id, cs.id, cs.householdId, s.amountCents, s.category, s.payee, s.spentOn, s.description, s.justification, s.goalId ?? null, decision.outcome, decision.reason, granted ? new Date().toISOString() : null, actor.userId],
  );
  await addCommitted(tx, pot.id, s.amountCents);
  await addEvent(tx, actor, { id: r.rows[0].id, organisationId: cs.organisationId }, 'geregistreerd', decision.outcome, decision.reason, null, spendSnapshot(s));
  return getSpend(tx, cs.organisationId, r.rows[0].id);
}

/** Lock the pot row; every change to what a pot has committed goes through here first. */
async function lockPotOf(tx: Queryable, potId: string, organisationId: string): Promise<PotRow & { committedCents: number }> {
  const r = await tx.query<{ committedCents: number }>(`SELECT committed_cents AS "committedCents" FROM budget_pots WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [potId, organisationId]);
  if (!r.rows[0]) throw invalid('potId', 'is geen budget van uw organisatie');
  return { ...(await getPot(tx, potId)), committedCents: r.rows[0].committedCents };
}

const spendSnapshot = (s: Partial<SpendInput>) => ({ amountCents: s.amountCents, category: s.category, payee: s.payee, spentOn: s.spentOn, description: s.description, justification: s.justification, goalId: s.goalId ?? null });

export async function getSpend(tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<SpendRow> {
  const r = await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.id = $1 AND s.organisation_id = $2${opts.forUpdate ? ' FOR UPDATE OF s' : ''}`, [id, organisationId]);
  if (!r.rows[0]) throw notFound('Uitgave');
  return r.rows[0];
}

export interface SpendEvent {
  kind: string;
  statusAfter: string;
  reason: string;
  before: unknown;
  after: unknown;
  userName: string;
  at: string;
}
export async function spendEvents(tx: Queryable, spendId: string): Promise<SpendEvent[]> {
  return (await tx.query<SpendEvent>(`SELECT kind, status_after AS "statusAfter", reason, before, after, user_name AS "userName", at FROM budget_spend_events WHERE spend_id = $1 ORDER BY at, id`, [spendId])).rows;
}

export async function listSpendsOfCase(tx: Queryable, caseId: string): Promise<SpendRow[]> {
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.case_id = $1 ORDER BY s.spent_on DESC, s.registered_at DESC`, [caseId])).rows;
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
export async function listSpendsOfPot(tx: Queryable, potId: string, f: SpendFilter): Promise<{ items: SpendRow[]; total: number }> {
  const where = ['s.pot_id = $1'];
  const p: unknown[] = [potId];
  const add = (sql: string, v: unknown) => {
    p.push(v);
    where.push(sql.replace('?', `$${p.length}`));
  };
  if (f.status) add('s.status = ?', f.status);
  if (f.category) add('s.category = ?', f.category);
  if (f.from) add('s.spent_on >= ?', f.from);
  if (f.to) add('s.spent_on <= ?', f.to);
  if (f.caseId) add('s.case_id = ?', f.caseId);
  const w = where.join(' AND ');
  const total = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM budget_spends s WHERE ${w}`, p)).rows[0].n;
  p.push(f.pageSize, (f.page - 1) * f.pageSize);
  const items = (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE ${w} ORDER BY s.spent_on DESC, s.registered_at DESC, s.id LIMIT $${p.length - 1} OFFSET $${p.length}`, p)).rows;
  return { items, total };
}

/** Every spend of a pot (for the CSV export), oldest first. */
export async function allSpendsOfPot(tx: Queryable, potId: string): Promise<SpendRow[]> {
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.pot_id = $1 ORDER BY s.spent_on, s.registered_at, s.id`, [potId])).rows;
}

export async function listPending(tx: Queryable, organisationId: string): Promise<SpendRow[]> {
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.organisation_id = $1 AND s.status = 'wacht_op_akkoord' ORDER BY s.registered_at`, [organisationId])).rows;
}

export type SpendCorrection = Partial<Omit<SpendInput, 'potId'>>;

/**
 * Correct a spend: the pot is locked as on registration, the new amount is checked against what the
 * pot and mandate allow without the old amount, and the change is kept as an event with before and
 * after. A correction that lowers the amount and keeps the category keeps the status (it never needs
 * a new approval); any other correction is decided again under the corrector's mandate.
 */
export async function correctSpend(tx: Queryable, actor: Actor, cs: CaseRow, id: string, version: number, patch: SpendCorrection, reason: string): Promise<SpendRow> {
  const cur0 = await getSpend(tx, cs.organisationId, id);
  if (cur0.caseId !== cs.id) throw notFound('Uitgave');
  const pot = await lockPotOf(tx, cur0.potId, cs.organisationId);
  const cur = await getSpend(tx, cs.organisationId, id, { forUpdate: true });
  if (cur.version !== version) throw preconditionFailed();
  if (!COMMITTED.includes(cur.status)) throw conflict(`Een uitgave met de status "${cur.status}" kan niet meer worden gecorrigeerd.`, 'uitgave_afgesloten');
  const next = { ...spendSnapshot(cur), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as Required<SpendCorrection>;
  const changed = (Object.keys(next) as (keyof SpendCorrection)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify((spendSnapshot(cur) as Record<string, unknown>)[k]));
  if (!changed.length) throw invalid('body', 'de correctie verandert niets aan de uitgave');
  if (pot.status !== 'actief') throw conflict(`Het budget "${pot.name}" is gesloten; uitgaven kunnen alleen nog worden geannuleerd.`, 'budget_gesloten');
  await checkSpendFits(tx, { ...pot, status: 'actief' }, cs, next);
  let status: SpendStatus = cur.status;
  let decisionReason = cur.decisionReason;
  const decision = decideSpend({
    amount: next.amountCents as Cents,
    category: next.category,
    caseCommitted: (await committedOnCase(tx, pot.id, cs.id, id)) as Cents,
    potRemaining: (pot.amountCents - (pot.committedCents - cur.amountCents)) as Cents,
    allowNegative: pot.allowNegative,
    mandate: await mandateFor(tx, pot.id, actor),
  });
  if (decision.outcome === 'geweigerd') throw insufficient(decision.reason, decision.remaining);
  if (!(next.amountCents <= cur.amountCents && next.category === cur.category)) {
    status = decision.outcome;
    decisionReason = decision.reason;
  }
  await tx.query(
    `UPDATE budget_spends SET amount_cents = $2, category = $3, payee = $4, spent_on = $5, description = $6, justification = $7, goal_id = $8, status = $9, decision_reason = $10,
       decided_by = CASE WHEN $9 = status THEN decided_by ELSE NULL END, decided_at = CASE WHEN $9 = status THEN decided_at WHEN $9 = 'toegekend' THEN now() ELSE NULL END,
       updated_at = now(), version = version + 1 WHERE id = $1`,
    [id, next.amountCents, next.category, next.payee, next.spentOn, next.description, next.justification, next.goalId, status, decisionReason],
  );
  await addCommitted(tx, pot.id, next.amountCents - cur.amountCents);
  const before = Object.fromEntries(changed.map((k) => [k, (spendSnapshot(cur) as Record<string, unknown>)[k]]));
  const after = Object.fromEntries(changed.map((k) => [k, next[k]]));
  await addEvent(tx, actor, cur, 'gecorrigeerd', status, reason, before, after);
  return getSpend(tx, cs.organisationId, id);
}

export async function cancelSpend(tx: Queryable, actor: Actor, cs: CaseRow, id: string, version: number | null, reason: string): Promise<SpendRow> {
  const cur0 = await getSpend(tx, cs.organisationId, id);
  if (cur0.caseId !== cs.id) throw notFound('Uitgave');
  await lockPotOf(tx, cur0.potId, cs.organisationId);
  const cur = await getSpend(tx, cs.organisationId, id, { forUpdate: true });
  if (version !== null && cur.version !== version) throw preconditionFailed();
  if (!COMMITTED.includes(cur.status)) throw conflict(`Een uitgave met de status "${cur.status}" kan niet worden geannuleerd.`, 'uitgave_afgesloten');
  await tx.query(`UPDATE budget_spends SET status = 'geannuleerd', updated_at = now(), version = version + 1 WHERE id = $1`, [id]);
  await addCommitted(tx, cur.potId, -cur.amountCents);
  await addEvent(tx, actor, cur, 'geannuleerd', 'geannuleerd', reason, { status: cur.status }, { status: 'geannuleerd' });
  return getSpend(tx, cs.organisationId, id);
}

/**
 * A budget holder decides a spend that waits for approval. This is also the hook for the escalation
 * room: once it exists it may call this function when a doorbraaktafel decides on a spend that was
 * sent there (see docs/budget.md); the four-eyes rule and the pot check hold either way.
 */
export async function decidePendingSpend(tx: Queryable, actor: Actor, id: string, version: number | null, approve: boolean, reason: string): Promise<SpendRow> {
  const cur0 = await getSpend(tx, actor.organisationId, id);
  const pot = await lockPotOf(tx, cur0.potId, actor.organisationId);
  const cur = await getSpend(tx, actor.organisationId, id, { forUpdate: true });
  if (version !== null && cur.version !== version) throw preconditionFailed();
  const four = reviewerProblem(actor.userId, cur.registeredBy);
  if (four) throw forbidden(four);
  if (cur.status !== 'wacht_op_akkoord') throw conflict(`Deze uitgave wacht niet op akkoord (status: ${cur.status}).`, 'geen_akkoord_nodig');
  if (approve && pot.status !== 'actief') throw conflict(`Het budget "${pot.name}" is gesloten; een wachtende uitgave kan alleen nog worden afgewezen.`, 'budget_gesloten');
  if (approve && !pot.allowNegative) {
    // Pending spends are already reserved in the pot, so this only trips when the budget was lowered.
    const others = pot.committedCents - cur.amountCents;
    if (others + cur.amountCents > pot.amountCents) throw insufficient(`het budget is niet toereikend: er is nog ${formatEuro(Math.max(0, pot.amountCents - others))} beschikbaar, de uitgave is ${formatEuro(cur.amountCents)}`, pot.amountCents - others);
  }
  const status: SpendStatus = approve ? 'toegekend' : 'afgewezen';
  const decisionReason = approve ? `Goedgekeurd door ${actor.userName}${reason ? `: ${reason}` : '.'}` : `Afgewezen door ${actor.userName}: ${reason}`;
  await tx.query(`UPDATE budget_spends SET status = $2, decision_reason = $3, decided_by = $4, decided_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`, [id, status, decisionReason, actor.userId]);
  if (!approve) await addCommitted(tx, pot.id, -cur.amountCents);
  await addEvent(tx, actor, cur, approve ? 'goedgekeurd' : 'afgewezen', status, reason);
  return getSpend(tx, actor.organisationId, id);
}

// ---- status and reports ----------------------------------------------------------------------------

export async function totalsByCategory(tx: Queryable, potId: string): Promise<Array<{ category: string; granted: number; pending: number; count: number }>> {
  return (
    await tx.query<{ category: string; granted: number; pending: number; count: number }>(
      `SELECT category, COALESCE(sum(amount_cents) FILTER (WHERE status = 'toegekend'), 0)::bigint AS granted,
              COALESCE(sum(amount_cents) FILTER (WHERE status = 'wacht_op_akkoord'), 0)::bigint AS pending,
              count(*) FILTER (WHERE status = ANY($2))::int AS count
         FROM budget_spends WHERE pot_id = $1 GROUP BY category ORDER BY category`,
      [potId, COMMITTED],
    )
  ).rows;
}
export async function grantedByMonth(tx: Queryable, potId: string): Promise<Array<{ month: string; granted: number; count: number }>> {
  return (
    await tx.query<{ month: string; granted: number; count: number }>(
      `SELECT to_char(spent_on, 'YYYY-MM') AS month, sum(amount_cents)::bigint AS granted, count(*)::int AS count
         FROM budget_spends WHERE pot_id = $1 AND status = 'toegekend' GROUP BY 1 ORDER BY 1`,
      [potId],
    )
  ).rows;
}
export async function grantedAmounts(tx: Queryable, potId: string, from?: string, to?: string): Promise<Array<{ id: string; category: string; amount: Cents }>> {
  return (
    await tx.query<{ id: string; category: string; amount: Cents }>(
      `SELECT id, category, amount_cents AS amount FROM budget_spends WHERE pot_id = $1 AND status = 'toegekend' AND spent_on >= $2 AND spent_on <= $3 ORDER BY id`,
      [potId, from ?? '1900-01-01', to ?? '2200-12-31'],
    )
  ).rows;
}

// ---- samples and review ------------------------------------------------------------------------

export interface SampleItemRow {
  position: number;
  spend: SpendRow;
  verdict: Verdict | null;
  reason: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  version: number;
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
const SAMPLE_SELECT = `SELECT s.id, s.pot_id AS "potId", s.period_from AS "periodFrom", s.period_to AS "periodTo", s.size_requested AS "sizeRequested", s.seed,
  s.population_ids::text[] AS "populationIds", u.display_name AS "drawnByName", s.drawn_at AS "drawnAt" FROM budget_samples s JOIN users u ON u.id = s.drawn_by`;

/**
 * Draw a sample: the population is the pot's granted spends in the period that no earlier sample of
 * this pot contains (so repeated draws widen the coverage instead of reviewing the same spends).
 */
export async function insertSample(tx: Queryable, actor: Actor, pot: PotRow, o: { from: string; to: string; size: number; seed: number }): Promise<SampleRow> {
  // Serialise draws on one pot so two draws at the same moment do not pick the same spends.
  await tx.query(`SELECT id FROM budget_pots WHERE id = $1 FOR UPDATE`, [pot.id]);
  const population = (
    await tx.query<{ id: string }>(
      `SELECT s.id FROM budget_spends s WHERE s.pot_id = $1 AND s.status = 'toegekend' AND s.spent_on >= $2 AND s.spent_on <= $3
         AND NOT EXISTS (SELECT 1 FROM budget_sample_items i JOIN budget_samples b ON b.id = i.sample_id WHERE i.spend_id = s.id AND b.pot_id = $1)`,
      [pot.id, o.from, o.to],
    )
  ).rows.map((r) => r.id);
  if (!population.length) throw new Problem(422, 'geen_uitgaven', 'Niet verwerkbaar', 'Er zijn in deze periode geen toegekende uitgaven die nog niet in een steekproef zaten.', [{ name: 'from', reason: 'geen toegekende, nog niet getrokken uitgaven in deze periode' }]);
  const chosen = drawSample(population, o.size, o.seed);
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_samples (organisation_id, pot_id, period_from, period_to, size_requested, seed, population_ids, drawn_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [pot.organisationId, pot.id, o.from, o.to, o.size, o.seed, population, actor.userId],
  );
  for (const [i, spendId] of chosen.entries()) {
    await tx.query(`INSERT INTO budget_sample_items (sample_id, spend_id, organisation_id, position) VALUES ($1,$2,$3,$4)`, [r.rows[0].id, spendId, pot.organisationId, i + 1]);
  }
  return getSample(tx, pot.organisationId, r.rows[0].id);
}

export async function getSample(tx: Queryable, organisationId: string, id: string): Promise<SampleRow> {
  const r = await tx.query<SampleRow>(`${SAMPLE_SELECT} WHERE s.id = $1 AND s.organisation_id = $2`, [id, organisationId]);
  if (!r.rows[0]) throw notFound('Steekproef');
  return r.rows[0];
}
export async function listSamples(tx: Queryable, potId: string): Promise<Array<SampleRow & { size: number; reviewed: number }>> {
  return (
    await tx.query<SampleRow & { size: number; reviewed: number }>(
      `${SAMPLE_SELECT.replace('FROM budget_samples s', `, (SELECT count(*)::int FROM budget_sample_items i WHERE i.sample_id = s.id) AS size,
        (SELECT count(*)::int FROM budget_sample_items i WHERE i.sample_id = s.id AND i.verdict IS NOT NULL) AS reviewed FROM budget_samples s`)} WHERE s.pot_id = $1 ORDER BY s.drawn_at DESC`,
      [potId],
    )
  ).rows;
}

const ITEM_COLS = `i.spend_id AS "spendId", i.position, i.verdict, i.reason, u.display_name AS "reviewedByName", i.reviewed_at AS "reviewedAt", i.version`;
export async function sampleItems(tx: Queryable, sample: SampleRow): Promise<SampleItemRow[]> {
  const items = (await tx.query<{ spendId: string } & Omit<SampleItemRow, 'spend'>>(`SELECT ${ITEM_COLS} FROM budget_sample_items i LEFT JOIN users u ON u.id = i.reviewed_by WHERE i.sample_id = $1 ORDER BY i.position`, [sample.id])).rows;
  const spends = (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.id = ANY($1)`, [items.map((i) => i.spendId)])).rows;
  const byId = new Map(spends.map((s) => [s.id, s]));
  return items.map(({ spendId, ...i }) => ({ ...i, spend: byId.get(spendId)! }));
}

/** Sampled spends of a pot with their verdict, for the coverage on the pot's status. */
export async function sampledOfPot(tx: Queryable, potId: string): Promise<Array<{ amount: Cents; verdict: Verdict | null }>> {
  return (
    await tx.query<{ amount: Cents; verdict: Verdict | null }>(
      `SELECT s.amount_cents AS amount, i.verdict FROM budget_sample_items i JOIN budget_samples b ON b.id = i.sample_id JOIN budget_spends s ON s.id = i.spend_id WHERE b.pot_id = $1 AND s.status = 'toegekend'`,
      [potId],
    )
  ).rows;
}

export async function reviewItem(tx: Queryable, actor: Actor, sample: SampleRow, spendId: string, version: number | null, verdict: Verdict, reason: string): Promise<SampleItemRow> {
  const cur = (await tx.query<{ version: number }>(`SELECT version FROM budget_sample_items WHERE sample_id = $1 AND spend_id = $2 FOR UPDATE`, [sample.id, spendId])).rows[0];
  if (!cur) throw notFound('Uitgave in deze steekproef');
  if (version !== null && cur.version !== version) throw preconditionFailed();
  const spend = await getSpend(tx, actor.organisationId, spendId);
  const four = reviewerProblem(actor.userId, spend.registeredBy);
  if (four) throw forbidden(four);
  await tx.query(`UPDATE budget_sample_items SET verdict = $3, reason = $4, reviewed_by = $5, reviewed_at = now(), version = version + 1 WHERE sample_id = $1 AND spend_id = $2`, [sample.id, spendId, verdict, reason, actor.userId]);
  return (await sampleItems(tx, sample)).find((i) => i.spend.id === spendId)!;
}

// ---- subject access ----------------------------------------------------------------------------------

export async function spendsOfCases(tx: Queryable, organisationId: string, caseIds: string[]): Promise<SpendRow[]> {
  if (!caseIds.length) return [];
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.organisation_id = $1 AND s.case_id = ANY($2) ORDER BY s.spent_on`, [organisationId, caseIds])).rows;
}
export async function reviewsOfSpends(tx: Queryable, spendIds: string[]): Promise<Array<{ spendId: string; verdict: string | null; reason: string | null; reviewedAt: string | null }>> {
  if (!spendIds.length) return [];
  return (await tx.query(`SELECT spend_id AS "spendId", verdict, reason, reviewed_at AS "reviewedAt" FROM budget_sample_items WHERE spend_id = ANY($1)`, [spendIds])).rows as any;
}
