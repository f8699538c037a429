// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for the maatwerkbudget: pots, mandates, spends with their history, samples and reviews, and
 * the aggregates behind status and reports. SQL only (ADR 11): no rules, no authorisation, no
 * processing log; a missing row is `null` and the caller decides what that means. The commands lock
 * the pot row (`lockPot`) before they sum what it has committed and write a spend, in one
 * transaction, so two spends at the same moment can never push a pot beyond what it allows.
 *
 * For display the reads join the names of organisations, teams and users and the title and team of
 * a spend's case; those tables are never written here.
 */
import type { Queryable } from '../platform/db';
import type { Cents } from '../platform/money';
import {
  COMMITTED,
  type MandateInput, type MandateRow, type PotInput, type PotRow, type PotStatus, type PotTotals, type SampleItemRow, type SampleRow,
  type SpendEvent, type SpendFilter, type SpendInput, type SpendRow, type SpendStatus, type Verdict, type CoDecision, type Funder,
} from './model';

// ---- pots ------------------------------------------------------------------------------------------

const POT_SELECT = `SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.team_id AS "teamId", t.name AS "teamName", p.name, p.goal,
  p.period_start AS "periodStart", p.period_end AS "periodEnd", p.amount_cents AS "amountCents", p.categories, p.allow_negative AS "allowNegative",
  p.co_funder_name AS "coFunderName", p.co_funder_organisation_id AS "coFunderOrganisationId", p.split_rule AS "splitRule", p.co_decides_above_mandate AS "coDecidesAboveMandate", p.status, p.created_at AS "createdAt", p.version
  FROM budget_pots p JOIN organisations_directory o ON o.id = p.organisation_id LEFT JOIN teams_directory t ON t.id = p.team_id`;

/** Whether a team belongs to the organisation (a pot for a team). */
export async function teamInOrganisation(tx: Queryable, teamId: string, organisationId: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM teams_directory WHERE id = $1 AND organisation_id = $2`, [teamId, organisationId])).rows.length > 0;
}
/** Whether an organisation exists (a second funder). */
export async function organisationExists(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM organisations_directory WHERE id = $1`, [id])).rows.length > 0;
}
/** Whether a user works for the organisation (a personal mandate). */
export async function userInOrganisation(tx: Queryable, userId: string, organisationId: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM users_directory WHERE id = $1 AND organisation_id = $2`, [userId, organisationId])).rows.length > 0;
}

export async function insertPot(tx: Queryable, organisationId: string, createdBy: string, p: PotInput): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_pots (organisation_id, team_id, name, goal, period_start, period_end, amount_cents, categories, allow_negative, co_funder_name, co_funder_organisation_id, split_rule, created_by, co_decides_above_mandate)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING id`,
    [organisationId, p.teamId ?? null, p.name, p.goal, p.periodStart, p.periodEnd, p.amountCents, p.categories, p.allowNegative ?? false, p.coFunder?.name ?? null, p.coFunder?.organisationId ?? null, p.coFunder ? JSON.stringify(p.coFunder.splitRule) : null, createdBy, p.coDecidesAboveMandate ?? false],
  );
  return r.rows[0].id;
}

/** A pot by id, whoever owns it (the caller checks access), or null. */
export async function findPot(tx: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<PotRow | null> {
  return (await tx.query<PotRow>(`${POT_SELECT} WHERE p.id = $1${opts.forUpdate ? ' FOR UPDATE OF p' : ''}`, [id])).rows[0] ?? null;
}

/** The pots an organisation owns or co-funds, newest period first. */
export async function listPotsOf(tx: Queryable, organisationId: string, status?: PotStatus): Promise<PotRow[]> {
  const p: unknown[] = [organisationId];
  let where = `(p.organisation_id = $1 OR p.co_funder_organisation_id = $1)`;
  if (status) {
    p.push(status);
    where += ` AND p.status = $${p.length}`;
  }
  return (await tx.query<PotRow>(`${POT_SELECT} WHERE ${where} ORDER BY p.period_start DESC, p.name`, p)).rows;
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

/** The categories that still have granted or pending spends in a pot. */
export async function committedCategories(tx: Queryable, potId: string): Promise<string[]> {
  return (await tx.query<{ category: string }>(`SELECT DISTINCT category FROM budget_spends WHERE pot_id = $1 AND status = ANY($2)`, [potId, COMMITTED])).rows.map((r) => r.category);
}

export async function updatePot(tx: Queryable, id: string, n: Pick<PotRow, 'name' | 'goal' | 'amountCents' | 'categories' | 'allowNegative' | 'status' | 'coFunderName' | 'splitRule'>): Promise<void> {
  await tx.query(`UPDATE budget_pots SET name = $2, goal = $3, amount_cents = $4, categories = $5, allow_negative = $6, status = $7, co_funder_name = $8, split_rule = $9, updated_at = now(), version = version + 1 WHERE id = $1`, [
    id, n.name, n.goal, n.amountCents, n.categories, n.allowNegative, n.status, n.coFunderName, n.splitRule == null ? null : JSON.stringify(n.splitRule),
  ]);
}

/** The roles of one user (for the mandate that applies to what they registered). */
export async function userRoles(tx: Queryable, userId: string): Promise<string[]> {
  return (await tx.query<{ roles: string[] }>(`SELECT roles FROM users_directory WHERE id = $1`, [userId])).rows[0]?.roles ?? [];
}

/** Active employees of an organisation who can spend (professional or team lead), for a mandate per person. */
export async function spendersOfOrganisation(tx: Queryable, organisationId: string): Promise<Array<{ id: string; name: string; roles: string[]; teamName: string | null }>> {
  return (
    await tx.query<{ id: string; name: string; roles: string[]; teamName: string | null }>(
      `SELECT u.id, u.display_name AS name, u.roles, t.name AS "teamName" FROM users_directory u LEFT JOIN teams_directory t ON t.id = u.team_id
        WHERE u.organisation_id = $1 AND u.active AND (u.roles && ARRAY['professional','teamleider']::text[]) ORDER BY u.display_name`,
      [organisationId],
    )
  ).rows;
}

/**
 * Lock a pot row of the organisation and read its running committed total; every change to what a
 * pot has committed goes through here first. Null when the organisation has no such pot.
 */
export async function lockPot(tx: Queryable, potId: string, organisationId: string): Promise<{ committedCents: number } | null> {
  return (await tx.query<{ committedCents: number }>(`SELECT committed_cents AS "committedCents" FROM budget_pots WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [potId, organisationId])).rows[0] ?? null;
}
/** Move the pot's running committed total; only ever called while the pot row is locked (lockPot). */
export async function addCommitted(tx: Queryable, potId: string, delta: number): Promise<void> {
  if (delta) await tx.query(`UPDATE budget_pots SET committed_cents = committed_cents + $2 WHERE id = $1`, [potId, delta]);
}

// ---- mandates ------------------------------------------------------------------------------------

const MANDATE_SELECT = `SELECT m.id, m.pot_id AS "potId", m.role, m.user_id AS "userId", u.display_name AS "userName", m.max_per_spend_cents AS "maxPerSpend",
  m.max_per_case_cents AS "maxPerCase", m.categories, m.active, m.created_at AS "createdAt", m.ended_at AS "endedAt", m.version
  FROM budget_mandates m LEFT JOIN users_directory u ON u.id = m.user_id`;

export async function listMandates(tx: Queryable, potId: string, activeOnly = true): Promise<MandateRow[]> {
  return (await tx.query<MandateRow>(`${MANDATE_SELECT} WHERE m.pot_id = $1${activeOnly ? ' AND m.active' : ''} ORDER BY m.active DESC, m.role NULLS LAST, u.display_name, m.created_at`, [potId])).rows;
}
/** Whether the pot already has an active mandate for this role or this user. */
export async function activeMandateExists(tx: Queryable, potId: string, role: string | null, userId: string | null): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM budget_mandates WHERE pot_id = $1 AND active AND (role = $2 OR user_id = $3)`, [potId, role, userId])).rows.length > 0;
}
export async function insertMandate(tx: Queryable, pot: Pick<PotRow, 'id' | 'organisationId'>, createdBy: string, m: MandateInput): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_mandates (organisation_id, pot_id, role, user_id, max_per_spend_cents, max_per_case_cents, categories, created_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [pot.organisationId, pot.id, m.role ?? null, m.userId ?? null, m.maxPerSpendCents, m.maxPerCaseCents, m.categories ?? [], createdBy],
  );
  return r.rows[0].id;
}
export async function findMandate(tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<MandateRow | null> {
  return (await tx.query<MandateRow>(`${MANDATE_SELECT} WHERE m.id = $1 AND m.organisation_id = $2${opts.forUpdate ? ' FOR UPDATE OF m' : ''}`, [id, organisationId])).rows[0] ?? null;
}
export async function updateMandate(tx: Queryable, id: string, v: { maxPerSpend: number; maxPerCase: number; categories: string[] }): Promise<void> {
  await tx.query(`UPDATE budget_mandates SET max_per_spend_cents = $2, max_per_case_cents = $3, categories = $4, version = version + 1 WHERE id = $1`, [id, v.maxPerSpend, v.maxPerCase, v.categories]);
}
/** Ending a mandate keeps the row, so it stays visible which mandate a past spend fell under. */
export async function endMandate(tx: Queryable, id: string): Promise<void> {
  await tx.query(`UPDATE budget_mandates SET active = false, ended_at = now(), version = version + 1 WHERE id = $1`, [id]);
}

// ---- spends --------------------------------------------------------------------------------------

// The case's title and team are read for display and team checks only; the case room's tables are never written here.
const SPEND_SELECT = `SELECT s.id, s.pot_id AS "potId", p.name AS "potName", s.organisation_id AS "organisationId", s.case_id AS "caseId", c.title AS "caseTitle", c.team_id AS "caseTeamId",
  s.household_id AS "householdId", s.amount_cents AS "amountCents", s.category, s.payee, s.spent_on AS "spentOn", s.description, s.justification, s.goal_id AS "goalId",
  s.status, s.decision_reason AS "decisionReason", d.display_name AS "decidedByName", s.decided_at AS "decidedAt", s.registered_by AS "registeredBy", r.display_name AS "registeredByName",
  s.registered_at AS "registeredAt", s.version
  FROM budget_spends s JOIN budget_pots p ON p.id = s.pot_id JOIN cases_directory c ON c.id = s.case_id JOIN users_directory r ON r.id = s.registered_by LEFT JOIN users_directory d ON d.id = s.decided_by`;

/** Granted and pending spends on a case from a pot, optionally without one spend. */
export async function committedOnCase(tx: Queryable, potId: string, caseId: string, exceptSpendId: string | null): Promise<number> {
  const r = await tx.query<{ n: number }>(`SELECT COALESCE(sum(amount_cents), 0)::bigint AS n FROM budget_spends WHERE pot_id = $1 AND case_id = $2 AND status = ANY($3) AND id IS DISTINCT FROM $4`, [potId, caseId, COMMITTED, exceptSpendId]);
  return r.rows[0].n;
}

export interface NewSpend extends SpendInput {
  organisationId: string;
  caseId: string;
  householdId: string;
  status: SpendStatus;
  decisionReason: string;
  decidedAt: string | null;
  registeredBy: string;
}
export async function insertSpend(tx: Queryable, s: NewSpend): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_spends (organisation_id, pot_id, case_id, household_id, amount_cents, category, payee, spent_on, description, justification, goal_id, status, decision_reason, decided_at, registered_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
    [s.organisationId, s.potId, s.caseId, s.householdId, s.amountCents, s.category, s.payee, s.spentOn, s.description, s.justification, s.goalId ?? null, s.status, s.decisionReason, s.decidedAt, s.registeredBy],
  );
  return r.rows[0].id;
}

/** A corrected spend: the new values; who decided it and when are kept while the status stays. */
export async function updateSpendCorrection(tx: Queryable, id: string, n: Required<Omit<SpendInput, 'potId'>> & { status: SpendStatus; decisionReason: string }): Promise<void> {
  await tx.query(
    `UPDATE budget_spends SET amount_cents = $2, category = $3, payee = $4, spent_on = $5, description = $6, justification = $7, goal_id = $8, status = $9, decision_reason = $10,
       decided_by = CASE WHEN $9 = status THEN decided_by ELSE NULL END, decided_at = CASE WHEN $9 = status THEN decided_at WHEN $9 = 'toegekend' THEN now() ELSE NULL END,
       updated_at = now(), version = version + 1 WHERE id = $1`,
    [id, n.amountCents, n.category, n.payee, n.spentOn, n.description, n.justification, n.goalId, n.status, n.decisionReason],
  );
}
export async function setSpendCancelled(tx: Queryable, id: string): Promise<void> {
  await tx.query(`UPDATE budget_spends SET status = 'geannuleerd', updated_at = now(), version = version + 1 WHERE id = $1`, [id]);
}
export async function setSpendDecision(tx: Queryable, id: string, status: SpendStatus, decisionReason: string, decidedBy: string): Promise<void> {
  await tx.query(`UPDATE budget_spends SET status = $2, decision_reason = $3, decided_by = $4, decided_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`, [id, status, decisionReason, decidedBy]);
}

export interface NewSpendEvent {
  organisationId: string;
  spendId: string;
  kind: string;
  statusAfter: string;
  reason: string;
  before?: unknown;
  after?: unknown;
  userId: string;
  userName: string;
}
export async function insertSpendEvent(tx: Queryable, e: NewSpendEvent): Promise<void> {
  await tx.query(`INSERT INTO budget_spend_events (organisation_id, spend_id, kind, status_after, reason, before, after, user_id, user_name) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
    e.organisationId, e.spendId, e.kind, e.statusAfter, e.reason, e.before == null ? null : JSON.stringify(e.before), e.after == null ? null : JSON.stringify(e.after), e.userId, e.userName,
  ]);
}

export async function findSpend(tx: Queryable, organisationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<SpendRow | null> {
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.id = $1 AND s.organisation_id = $2${opts.forUpdate ? ' FOR UPDATE OF s' : ''}`, [id, organisationId])).rows[0] ?? null;
}

export async function spendEvents(tx: Queryable, spendId: string): Promise<SpendEvent[]> {
  return (await tx.query<SpendEvent>(`SELECT kind, status_after AS "statusAfter", reason, before, after, user_name AS "userName", at FROM budget_spend_events WHERE spend_id = $1 ORDER BY at, id`, [spendId])).rows;
}

export async function listSpendsOfCase(tx: Queryable, caseId: string): Promise<SpendRow[]> {
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.case_id = $1 ORDER BY s.spent_on DESC, s.registered_at DESC`, [caseId])).rows;
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

const SAMPLE_SELECT = `SELECT s.id, s.pot_id AS "potId", s.period_from AS "periodFrom", s.period_to AS "periodTo", s.size_requested AS "sizeRequested", s.seed,
  s.population_ids::text[] AS "populationIds", u.display_name AS "drawnByName", s.drawn_at AS "drawnAt" FROM budget_samples s JOIN users_directory u ON u.id = s.drawn_by`;

/** Serialise draws on one pot so two draws at the same moment do not pick the same spends. */
export async function lockPotForDraw(tx: Queryable, potId: string): Promise<void> {
  await tx.query(`SELECT id FROM budget_pots WHERE id = $1 FOR UPDATE`, [potId]);
}
/** The pot's granted spends in the period that no earlier sample of this pot contains. */
export async function samplePopulation(tx: Queryable, potId: string, from: string, to: string): Promise<string[]> {
  return (
    await tx.query<{ id: string }>(
      `SELECT s.id FROM budget_spends s WHERE s.pot_id = $1 AND s.status = 'toegekend' AND s.spent_on >= $2 AND s.spent_on <= $3
         AND NOT EXISTS (SELECT 1 FROM budget_sample_items i JOIN budget_samples b ON b.id = i.sample_id WHERE i.spend_id = s.id AND b.pot_id = $1)`,
      [potId, from, to],
    )
  ).rows.map((r) => r.id);
}
export async function insertSample(
  tx: Queryable,
  s: { organisationId: string; potId: string; from: string; to: string; size: number; seed: number; population: string[]; chosen: string[]; drawnBy: string },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO budget_samples (organisation_id, pot_id, period_from, period_to, size_requested, seed, population_ids, drawn_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [s.organisationId, s.potId, s.from, s.to, s.size, s.seed, s.population, s.drawnBy],
  );
  for (const [i, spendId] of s.chosen.entries()) {
    await tx.query(`INSERT INTO budget_sample_items (sample_id, spend_id, organisation_id, position) VALUES ($1,$2,$3,$4)`, [r.rows[0].id, spendId, s.organisationId, i + 1]);
  }
  return r.rows[0].id;
}

export async function findSample(tx: Queryable, organisationId: string, id: string): Promise<SampleRow | null> {
  return (await tx.query<SampleRow>(`${SAMPLE_SELECT} WHERE s.id = $1 AND s.organisation_id = $2`, [id, organisationId])).rows[0] ?? null;
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
export async function sampleItems(tx: Queryable, sampleId: string): Promise<SampleItemRow[]> {
  const items = (await tx.query<{ spendId: string } & Omit<SampleItemRow, 'spend'>>(`SELECT ${ITEM_COLS} FROM budget_sample_items i LEFT JOIN users_directory u ON u.id = i.reviewed_by WHERE i.sample_id = $1 ORDER BY i.position`, [sampleId])).rows;
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

/** Lock one item of a sample and read its version, or null when the spend is not in the sample. */
export async function lockSampleItem(tx: Queryable, sampleId: string, spendId: string): Promise<{ version: number } | null> {
  return (await tx.query<{ version: number }>(`SELECT version FROM budget_sample_items WHERE sample_id = $1 AND spend_id = $2 FOR UPDATE`, [sampleId, spendId])).rows[0] ?? null;
}
export async function updateSampleItem(tx: Queryable, sampleId: string, spendId: string, verdict: Verdict, reason: string, reviewedBy: string): Promise<void> {
  await tx.query(`UPDATE budget_sample_items SET verdict = $3, reason = $4, reviewed_by = $5, reviewed_at = now(), version = version + 1 WHERE sample_id = $1 AND spend_id = $2`, [sampleId, spendId, verdict, reason, reviewedBy]);
}

// ---- subject access ----------------------------------------------------------------------------------

export async function spendsOfCases(tx: Queryable, organisationId: string, caseIds: string[]): Promise<SpendRow[]> {
  if (!caseIds.length) return [];
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.organisation_id = $1 AND s.case_id = ANY($2) ORDER BY s.spent_on`, [organisationId, caseIds])).rows;
}
export interface SpendReview {
  spendId: string;
  verdict: Verdict | null;
  reason: string | null;
  reviewedAt: string | null;
}
export async function reviewsOfSpends(tx: Queryable, spendIds: string[]): Promise<SpendReview[]> {
  if (!spendIds.length) return [];
  return (await tx.query<SpendReview>(`SELECT spend_id AS "spendId", verdict, reason, reviewed_at AS "reviewedAt" FROM budget_sample_items WHERE spend_id = ANY($1)`, [spendIds])).rows;
}

// ---- joint funds -------------------------------------------------------------------------------------

/** A spend by id, whichever organisation owns it (the second funder of its pot reaches it; the caller checks), or null. */
export async function findSpendAnyOrganisation(tx: Queryable, id: string): Promise<SpendRow | null> {
  return (await tx.query<SpendRow>(`${SPEND_SELECT} WHERE s.id = $1`, [id])).rows[0] ?? null;
}

/** Keeps a waiting spend waiting, with a new reason (one funder decided, the other not yet). */
export async function setSpendReason(tx: Queryable, id: string, reason: string): Promise<void> {
  await tx.query(`UPDATE budget_spends SET decision_reason = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [id, reason]);
}

export async function insertCoDecision(tx: Queryable, d: { spendId: string; funder: Funder; organisationId: string; approve: boolean; reason: string; userId: string; userName: string }): Promise<boolean> {
  const r = await tx.query(`INSERT INTO budget_spend_codecisions (spend_id, funder, organisation_id, approve, reason, user_id, user_name) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (spend_id, funder) DO NOTHING`, [d.spendId, d.funder, d.organisationId, d.approve, d.reason, d.userId, d.userName]);
  return r.rowCount === 1;
}

export async function coDecisionsOf(tx: Queryable, spendIds: string[]): Promise<Array<CoDecision & { spendId: string }>> {
  if (!spendIds.length) return [];
  return (await tx.query<CoDecision & { spendId: string }>(`SELECT spend_id AS "spendId", funder, approve, reason, user_name AS "userName", at FROM budget_spend_codecisions WHERE spend_id = ANY($1::uuid[]) ORDER BY at`, [spendIds])).rows;
}

export interface ConfirmationRow { id: string; funder: Funder; organisationName: string; totalCents: number; ownerCents: number; coFunderCents: number; userName: string; confirmedOn: string; at: string }
export async function insertConfirmation(tx: Queryable, c: { potId: string; funder: Funder; organisationId: string; totalCents: number; ownerCents: number; coFunderCents: number; userId: string; userName: string; confirmedOn: string }): Promise<void> {
  await tx.query(
    `INSERT INTO budget_settlement_confirmations (pot_id, funder, organisation_id, total_cents, owner_cents, co_funder_cents, user_id, user_name, confirmed_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [c.potId, c.funder, c.organisationId, c.totalCents, c.ownerCents, c.coFunderCents, c.userId, c.userName, c.confirmedOn],
  );
}
/** Every confirmation of a pot's settlement, oldest first. */
export async function confirmationsOf(tx: Queryable, potId: string): Promise<ConfirmationRow[]> {
  return (
    await tx.query<ConfirmationRow>(
      `SELECT c.id, c.funder, o.name AS "organisationName", c.total_cents AS "totalCents", c.owner_cents AS "ownerCents", c.co_funder_cents AS "coFunderCents", c.user_name AS "userName", c.confirmed_on AS "confirmedOn", c.at
         FROM budget_settlement_confirmations c JOIN organisations_directory o ON o.id = c.organisation_id WHERE c.pot_id = $1 ORDER BY c.at, c.id`,
      [potId],
    )
  ).rows;
}

/** Granted maatwerkbudget spent in [from, to] per category (for the council's report; no cases, no payees). */
export async function spentPerCategory(tx: Queryable, organisationId: string, from: string, to: string): Promise<Array<{ category: string; cents: number; count: number }>> {
  return (
    await tx.query<{ category: string; cents: number; count: number }>(
      `SELECT category, sum(amount_cents)::bigint AS cents, count(*)::int AS count FROM budget_spends WHERE organisation_id = $1 AND status = 'toegekend' AND spent_on BETWEEN $2 AND $3 GROUP BY category ORDER BY category`,
      [organisationId, from, to],
    )
  ).rows;
}
