// SPDX-License-Identifier: EUPL-1.2
/**
 * The businesscase room's reads, for its routes and for other rooms (ADR 11): authorise through the
 * policy, read through the store, log the processing of personal data.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor } from '../cases/queries';
import { DEFAULT_CATALOGUE } from './catalogue';
import { computeBusinessCase, mergeCatalogue, resolveLines, type BusinessCaseResult, type BusinessCaseRow, type CatalogueItem, type LineInput } from './model';
import { enforce, mayCalculate, mayListBusinessCasesOfCase, mayReadBusinessCase, readsThroughCase } from './policy';
import * as store from './store';

/** An organisation's catalogue: the national reference with its own prices and items. */
export async function catalogueFor(tx: Queryable, organisationId: string): Promise<CatalogueItem[]> {
  return mergeCatalogue(DEFAULT_CATALOGUE, await store.ownItems(tx, organisationId));
}

/** The latest business case linked to a knelpunt (for the escalation hand-over, which authorised the knelpunt). */
export async function latestForKnelpunt(tx: Queryable, organisationId: string, knelpuntId: string): Promise<BusinessCaseRow | null> {
  return store.latestForKnelpunt(tx, organisationId, knelpuntId);
}

/** The actor's organisation's catalogue. */
export async function catalogueOf(tx: Queryable, a: Actor): Promise<CatalogueItem[]> {
  enforce(mayCalculate(a));
  return catalogueFor(tx, a.organisationId);
}

/** Calculate a business case without storing it (no personal data). */
export async function calculate(tx: Queryable, a: Actor, input: { horizonMonths: number; regulier: LineInput[]; maatwerk: LineInput[] }): Promise<BusinessCaseResult> {
  const catalogue = await catalogueOf(tx, a);
  return computeBusinessCase({ horizonMonths: input.horizonMonths, regulier: resolveLines(catalogue, 'regulier', input.regulier), maatwerk: resolveLines(catalogue, 'maatwerk', input.maatwerk) });
}

/** The business cases of a case, for its professionals. */
export async function businessCasesOfCase(tx: Queryable, a: Actor, caseId: string): Promise<BusinessCaseRow[]> {
  enforce(mayListBusinessCasesOfCase(a));
  const cs = await getCaseForActor(tx, a, caseId);
  const list = await store.listForCase(tx, a.organisationId, cs.id);
  if (list.length) await logProcessing(tx, a, { action: 'lezen', resource: 'businesscase', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['businesscases'], purpose: 'hulpverlening' });
  return list;
}

/**
 * A business case as the actor may see it, without logging: the case's professionals (through the
 * cases room) for help, the own doorbraaktafel for escalation when it belongs to a knelpunt.
 */
export async function readableBusinessCase(tx: Queryable, a: Actor, id: string): Promise<{ b: BusinessCaseRow; purpose: 'hulpverlening' | 'escalatie' }> {
  const b = await store.getBusinessCase(tx, a.organisationId, id);
  if (!b) throw notFound('Businesscase');
  enforce(mayReadBusinessCase(a, b));
  if (readsThroughCase(a)) {
    await getCaseForActor(tx, a, b.caseId);
    return { b, purpose: 'hulpverlening' };
  }
  return { b, purpose: 'escalatie' };
}

/** One business case, logged. */
export async function businessCase(tx: Queryable, a: Actor, id: string): Promise<BusinessCaseRow> {
  const { b, purpose } = await readableBusinessCase(tx, a, id);
  await logProcessing(tx, a, { action: 'lezen', resource: 'businesscase', resourceId: b.id, caseId: b.caseId, fields: ['title', 'regulier', 'maatwerk'], purpose });
  return b;
}
