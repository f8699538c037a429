// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for an organisation's own catalogue prices and the stored business cases with their lines.
 * Nothing else: no rules, no authorisation (ADR 11). The knelpunt a business case hangs on is held
 * by a foreign key on (knelpunt, case, organisation): the database refuses a knelpunt of another
 * case or organisation, and `isKnelpuntOfOtherCase` recognises that refusal.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import type { BusinessCaseRow, OwnItem, StoredLine } from './model';

const OWN_COLS = `item_key AS key, label, unit, amount_cents AS "amountCents", funder, source, year, notes`;

export async function ownItems(tx: Queryable, organisationId: string): Promise<OwnItem[]> {
  return (await tx.query<OwnItem>(`SELECT ${OWN_COLS} FROM cost_catalogue_items WHERE organisation_id = $1 ORDER BY item_key`, [organisationId])).rows;
}
export async function upsertOwnItem(tx: Queryable, organisationId: string, item: OwnItem): Promise<boolean> {
  const r = await tx.query<{ inserted: boolean }>(
    `INSERT INTO cost_catalogue_items (organisation_id, item_key, label, unit, amount_cents, funder, source, year, notes) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
     ON CONFLICT (organisation_id, item_key) DO UPDATE SET label = EXCLUDED.label, unit = EXCLUDED.unit, amount_cents = EXCLUDED.amount_cents, funder = EXCLUDED.funder,
       source = EXCLUDED.source, year = EXCLUDED.year, notes = EXCLUDED.notes, updated_at = now()
     RETURNING (xmax = 0) AS inserted`,
    [organisationId, item.key, item.label, item.unit, item.amountCents, item.funder, item.source, item.year, item.notes],
  );
  return r.rows[0].inserted;
}
/** Delete an own item; false when the organisation has no such item. */
export async function deleteOwnItem(tx: Queryable, organisationId: string, key: string): Promise<boolean> {
  const r = await tx.query(`DELETE FROM cost_catalogue_items WHERE organisation_id = $1 AND item_key = $2`, [organisationId, key]);
  return r.rowCount > 0;
}

/** The foreign keys on a business case's knelpunt: to the same case and organisation (migration 211), and the single-column one it replaced. */
const KNELPUNT_KEYS = ['business_cases_knelpunt_of_case', 'business_cases_knelpunt_id_fkey'];
/** Whether a database error is the refusal of a knelpunt that is not one of the business case's case. */
export function isKnelpuntOfOtherCase(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string; message?: string } | null;
  return !!err && err.code === '23503' && KNELPUNT_KEYS.some((k) => err.constraint === k || String(err.message ?? '').includes(`"${k}"`));
}
const BC_SELECT = `SELECT b.id, b.organisation_id AS "organisationId", b.case_id AS "caseId", b.knelpunt_id AS "knelpuntId", b.title, b.horizon_months AS "horizonMonths",
  u.display_name AS "createdByName", b.created_at AS "createdAt", b.updated_at AS "updatedAt", b.version FROM business_cases b LEFT JOIN users_directory u ON u.id = b.created_by`;
const LINE_COLS = `path, item_key AS "itemKey", label, unit, amount_cents AS "amountCents", funder, source, year, quantity, start_month AS "startMonth",
  duration_months AS "durationMonths", probability_pct AS "probabilityPct", note`;

async function insertLines(tx: Queryable, organisationId: string, id: string, lines: StoredLine[]): Promise<void> {
  for (const [i, l] of lines.entries()) {
    await tx.query(
      `INSERT INTO business_case_lines (organisation_id, business_case_id, path, position, item_key, label, unit, amount_cents, funder, source, year, quantity, start_month, duration_months, probability_pct, note)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)`,
      [organisationId, id, l.path, i, l.itemKey, l.label, l.unit, l.amountCents, l.funder, l.source, l.year, l.quantity, l.startMonth, l.durationMonths, l.probabilityPct, l.note ?? ''],
    );
  }
}

export async function insertBusinessCase(tx: Queryable, actor: Actor, b: { caseId: string; knelpuntId: string | null; title: string; horizonMonths: number; lines: StoredLine[] }): Promise<BusinessCaseRow> {
  const id = (
    await tx.query<{ id: string }>(`INSERT INTO business_cases (organisation_id, case_id, knelpunt_id, title, horizon_months, created_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [
      actor.organisationId, b.caseId, b.knelpuntId, b.title, b.horizonMonths, actor.userId,
    ])
  ).rows[0].id;
  await insertLines(tx, actor.organisationId, id, b.lines);
  return (await getBusinessCase(tx, actor.organisationId, id))!;
}

export async function getBusinessCase(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<BusinessCaseRow | null> {
  const b = (await tx.query<BusinessCaseRow>(`${BC_SELECT} WHERE b.id = $1 AND b.organisation_id = $2${forUpdate ? ' FOR UPDATE OF b' : ''}`, [id, organisationId])).rows[0];
  if (!b) return null;
  b.lines = (await tx.query<StoredLine>(`SELECT ${LINE_COLS} FROM business_case_lines WHERE business_case_id = $1 ORDER BY position`, [id])).rows;
  return b;
}

export async function listForCase(tx: Queryable, organisationId: string, caseId: string): Promise<BusinessCaseRow[]> {
  const ids = (await tx.query<{ id: string }>(`SELECT id FROM business_cases WHERE organisation_id = $1 AND case_id = $2 ORDER BY created_at`, [organisationId, caseId])).rows;
  const out: BusinessCaseRow[] = [];
  for (const { id } of ids) out.push((await getBusinessCase(tx, organisationId, id))!);
  return out;
}

/** The latest business case linked to a knelpunt (used by the escalation hand-over). */
export async function latestForKnelpunt(tx: Queryable, organisationId: string, knelpuntId: string): Promise<BusinessCaseRow | null> {
  const r = (await tx.query<{ id: string }>(`SELECT id FROM business_cases WHERE organisation_id = $1 AND knelpunt_id = $2 ORDER BY updated_at DESC LIMIT 1`, [organisationId, knelpuntId])).rows[0];
  return r ? getBusinessCase(tx, organisationId, r.id) : null;
}

/** Replace the content of a business case (the caller locked and compared the version). */
export async function replaceBusinessCase(tx: Queryable, organisationId: string, id: string, b: { title: string; horizonMonths: number; knelpuntId: string | null; lines: StoredLine[] }): Promise<BusinessCaseRow> {
  await tx.query(`DELETE FROM business_case_lines WHERE business_case_id = $1`, [id]);
  await insertLines(tx, organisationId, id, b.lines);
  await tx.query(`UPDATE business_cases SET title = $2, horizon_months = $3, knelpunt_id = $4, updated_at = now(), version = version + 1 WHERE id = $1`, [id, b.title, b.horizonMonths, b.knelpuntId]);
  return (await getBusinessCase(tx, organisationId, id))!;
}
