// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy room's reads (ADR 11): the processing log, finding a person, and the inzage export
 * (AVG art. 15). Authorised through the policy; the search and the export are themselves logged.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { invalid } from '../platform/errors';
import type { InzageSource } from '../platform/inzage';
import { logProcessing } from '../platform/processing-log';
import { getOrganisation } from '../accounts/queries';
import { findPerson, searchPersons as searchMembers } from '../cases/queries';
import { enforce, mayExportInzage, mayReadProcessingLog, maySearchPersons } from './policy';
import * as store from './store';

export type { LogRow } from './store';

/** A page of the organisation's processing log, newest first. */
export async function readProcessingLog(tx: Queryable, actor: Actor, f: store.LogFilter) {
  enforce(mayReadProcessingLog(actor));
  if (f.from && f.to && f.from > f.to) throw invalid('to', 'ligt voor de begindatum (from)');
  const res = await store.readLog(tx, actor.organisationId, f);
  return { ...res, page: f.page, pageSize: f.pageSize };
}

/** Persons by name or BSN; each one found is logged (purpose inzage). */
export async function searchPersons(tx: Queryable, actor: Actor, q: string) {
  enforce(maySearchPersons(actor));
  const items = await searchMembers(tx, actor.organisationId, q);
  await logProcessing(tx, actor, items.map((p) => ({ action: 'lezen' as const, resource: 'persoon_zoeken', personId: p.id, householdId: p.householdId, fields: ['name', 'birthDate'], purpose: 'inzage' as const })));
  return { items };
}

/** Everything every room holds on one person, with the log of what was done with it; the export itself is logged. */
export async function inzageExport(tx: Queryable, actor: Actor, personId: string, sources: Array<[string, InzageSource]>, now: Date) {
  enforce(mayExportInzage(actor));
  const scope = { organisationId: actor.organisationId, ...(await findPerson(tx, actor.organisationId, { personId })) };
  const sections: Record<string, unknown> = {};
  for (const [name, source] of sources) sections[name] = await source(tx, scope);
  const processingLog = await store.logAboutPerson(tx, actor.organisationId, scope.personId, scope.householdId, scope.caseIds);
  const organisation = (await getOrganisation(tx, actor.organisationId)).name;
  await logProcessing(tx, actor, { action: 'exporteren', resource: 'inzage', personId: scope.personId, householdId: scope.householdId, fields: Object.keys(sections), purpose: 'inzage' });
  return { generatedAt: now.toISOString(), organisation, legalGround: 'AVG art. 15 (recht van inzage)', sections, processingLog };
}

/**
 * The log about one person and their household, newest first, at most `limit` lines, for the
 * resident's own page (issue 17; the resident room authorises and logs). Lines about other members
 * of the household are not included.
 */
export async function logForResident(tx: Queryable, organisationId: string, personId: string, householdId: string, caseIds: string[], limit: number) {
  const rows = await store.logAboutPerson(tx, organisationId, personId, householdId, caseIds);
  return rows.reverse().slice(0, limit);
}
