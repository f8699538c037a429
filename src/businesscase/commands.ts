// SPDX-License-Identifier: EUPL-1.2
/**
 * The businesscase room's use cases, one function each, inside the caller's transaction (ADR 11):
 * policy, load and lock, model, store, processing log. Also used by other rooms and the demo.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { conflict, invalid, notFound, preconditionFailed } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor } from '../cases/queries';
import { resolvePaths, type BusinessCaseInput, type BusinessCaseRow, type CatalogueItem, type OwnItem, type StoredLine } from './model';
import { enforce, mayEditBusinessCase, mayEditCatalogue } from './policy';
import { catalogueFor, readableBusinessCase } from './queries';
import * as store from './store';

const notOfThisCase = () => invalid('knelpuntId', 'is geen knelpunt van deze casus');

/** Write through the store; the database's refusal of a knelpunt of another case becomes a 400 on knelpuntId. */
async function withKnelpuntOfCase<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (store.isKnelpuntOfOtherCase(e)) throw notOfThisCase();
    throw e;
  }
}

/**
 * Store a business case with priced lines on a case the caller has already authorised (the
 * escalation demo; the create command below). A knelpunt of another case is refused.
 */
export async function insertBusinessCase(tx: Queryable, actor: Actor, b: { caseId: string; knelpuntId: string | null; title: string; horizonMonths: number; lines: StoredLine[] }): Promise<BusinessCaseRow> {
  return withKnelpuntOfCase(() => store.insertBusinessCase(tx, actor, b));
}

/** Set an own price (overriding the national item with that key) or add an own item. */
export async function setOwnItem(tx: Queryable, a: Actor, item: OwnItem): Promise<{ item: CatalogueItem; inserted: boolean }> {
  enforce(mayEditCatalogue(a));
  const inserted = await store.upsertOwnItem(tx, a.organisationId, item);
  return { inserted, item: (await catalogueFor(tx, a.organisationId)).find((i) => i.key === item.key)! };
}

/** Remove an own price or item (the national item applies again). */
export async function removeOwnItem(tx: Queryable, a: Actor, key: string): Promise<void> {
  enforce(mayEditCatalogue(a));
  if (!(await store.deleteOwnItem(tx, a.organisationId, key))) throw notFound('Eigen kostenpost');
}

/** A business case on an open case of the actor, optionally on one of that case's knelpunten. */
export async function createBusinessCase(tx: Queryable, a: Actor, caseId: string, input: BusinessCaseInput): Promise<BusinessCaseRow> {
  enforce(mayEditBusinessCase(a));
  const cs = await getCaseForActor(tx, a, caseId, { forUpdate: true });
  if (cs.status === 'gesloten') throw conflict('Deze casus is gesloten.', 'casus_gesloten');
  const lines = resolvePaths(await catalogueFor(tx, a.organisationId), input);
  const b = await insertBusinessCase(tx, a, { caseId: cs.id, knelpuntId: input.knelpuntId ?? null, title: input.title, horizonMonths: input.horizonMonths, lines });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'businesscase', resourceId: b.id, caseId: cs.id, householdId: cs.householdId, fields: ['title', 'horizonMonths', 'regulier', 'maatwerk'], purpose: 'hulpverlening' });
  return b;
}

/** Replace a business case (If-Match: the version the caller read). */
export async function replaceBusinessCase(tx: Queryable, a: Actor, id: string, version: number, input: BusinessCaseInput): Promise<BusinessCaseRow> {
  enforce(mayEditBusinessCase(a));
  const { b: cur } = await readableBusinessCase(tx, a, id);
  const lines = resolvePaths(await catalogueFor(tx, a.organisationId), input);
  const locked = await store.getBusinessCase(tx, a.organisationId, cur.id, true);
  if (!locked) throw notFound('Businesscase');
  if (locked.version !== version) throw preconditionFailed();
  const b = await withKnelpuntOfCase(() => store.replaceBusinessCase(tx, a.organisationId, cur.id, { title: input.title, horizonMonths: input.horizonMonths, knelpuntId: input.knelpuntId ?? null, lines }));
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'businesscase', resourceId: b.id, caseId: b.caseId, fields: ['title', 'horizonMonths', 'regulier', 'maatwerk'], purpose: 'hulpverlening' });
  return b;
}
