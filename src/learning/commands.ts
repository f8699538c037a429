// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bibliotheek's use cases, each inside the caller's transaction: draft a breakthrough from a
 * knelpunt (anonymised, with the preview of every removal), edit it, submit it, approve it (four
 * eyes), withdraw it, correct it (a new version with history) and use it on another knelpunt.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { conflict, preconditionFailed, unprocessable } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { anonymiseEntryText, draftEntry, type AnonymisedDraft, type EntryText, type KnelpuntFacts } from './model';
import * as policy from './policy';
import * as queries from './queries';
import * as store from './store';

export interface ShareInput {
  knelpuntId: string;
  knelpuntOrganisationId: string;
  caseId: string;
  householdId: string;
  /** The household's members, used to find their names in the text; never stored. */
  facts: KnelpuntFacts;
  /** The kind of organisation whose rule blocked (gemeente, woningcorporatie, UWV …): the author chooses it. */
  organisationKind: string;
}

/** "Deel als doorbraak": a concept entry, anonymised; the answer carries the preview (only to the author). */
export async function shareDraft(tx: Queryable, a: Actor, input: ShareInput): Promise<{ entry: store.EntryRow; preview: AnonymisedDraft['preview']; removalCounts: AnonymisedDraft['removalCounts'] }> {
  policy.assertMayShare(a, input.knelpuntOrganisationId);
  if (await store.entryOfKnelpunt(tx, input.knelpuntId)) throw conflict('Van dit knelpunt is al een doorbraak gedeeld; bewerk of corrigeer die.', 'doorbraak_bestaat');
  const d = draftEntry({ ...input.facts, blockingOrganisationKind: input.organisationKind });
  const id = await store.insertEntry(tx, { organisationId: a.organisationId, knelpuntId: input.knelpuntId, authorId: a.userId });
  await store.insertVersion(tx, id, 1, d.draft, d.removalCounts as Record<string, number>, '', a.userId);
  // The platform read the knelpunt, the household and the business case to draft this: that is processing.
  await logProcessing(tx, a, { action: 'lezen', resource: 'knelpunt', resourceId: input.knelpuntId, caseId: input.caseId, householdId: input.householdId, fields: ['knelpunt', 'huishouden:rollen+leeftijden', 'businesscase'], purpose: 'hulpverlening' });
  return { entry: (await store.getEntry(tx, id))!, preview: d.preview, removalCounts: d.removalCounts };
}

/** Edit the text of the version being written; the text is anonymised again (the author sees what was removed). */
export async function editDraft(tx: Queryable, a: Actor, id: string, expectedVersion: number, text: EntryText, members: Array<{ name: string; role: string }>) {
  const e = await store.getEntry(tx, id, true);
  if (!e) throw unprocessable('Deze doorbraak bestaat niet.');
  policy.assertMayEdit(a, e);
  if (e.version !== expectedVersion) throw preconditionFailed();
  if (e.draftVersion === null || (e.status !== 'concept' && e.status !== 'ter_goedkeuring' && e.status !== 'gepubliceerd')) throw conflict('Er is geen versie in bewerking; maak een correctie.', 'geen_concept');
  const r = anonymiseEntryText(text, members);
  await store.updateVersionText(tx, id, e.draftVersion, r.text, r.removalCounts as Record<string, number>);
  // Back to concept: a changed text needs a new approval.
  if (!(await store.setEntryState(tx, id, expectedVersion, e.status === 'ter_goedkeuring' ? { status: 'concept' } : {}))) throw preconditionFailed();
  return { entry: (await store.getEntry(tx, id))!, preview: r.preview, removalCounts: r.removalCounts };
}

export async function submit(tx: Queryable, a: Actor, id: string, expectedVersion: number) {
  const e = await store.getEntry(tx, id, true);
  if (!e) throw unprocessable('Deze doorbraak bestaat niet.');
  policy.assertMayEdit(a, e);
  if (e.version !== expectedVersion) throw preconditionFailed();
  if (e.draftVersion === null || (e.status !== 'concept' && !(e.status === 'gepubliceerd' && e.draftVersion !== e.publishedVersion))) {
    throw conflict('Alleen een concept of een correctie kan ter goedkeuring worden aangeboden.', 'niet_indienbaar');
  }
  if (!(await store.setEntryState(tx, id, expectedVersion, e.status === 'concept' ? { status: 'ter_goedkeuring' } : {}))) throw preconditionFailed();
  return (await store.getEntry(tx, id))!;
}

/** Four eyes: a teamleider or privacy officer who did not write it publishes the version awaiting approval. */
export async function approve(tx: Queryable, a: Actor, id: string, expectedVersion: number) {
  const e = await store.getEntry(tx, id, true);
  if (!e) throw unprocessable('Deze doorbraak bestaat niet.');
  const awaiting = e.draftVersion !== null && (e.status === 'ter_goedkeuring' || (e.status === 'gepubliceerd' && e.draftVersion !== e.publishedVersion));
  const v = e.draftVersion !== null ? await store.getVersion(tx, id, e.draftVersion) : null;
  policy.assertMayApprove(a, e, v?.createdBy ?? null);
  if (e.version !== expectedVersion) throw preconditionFailed();
  if (!awaiting) throw conflict('Er wacht niets op goedkeuring.', 'niets_te_keuren');
  if (!(await store.setEntryState(tx, id, expectedVersion, { status: 'gepubliceerd', publishedVersion: e.draftVersion, draftVersion: null, approvedBy: a.userId, approvedAt: 'now' }))) throw preconditionFailed();
  return (await store.getEntry(tx, id))!;
}

/** Withdrawn entries disappear from search at once; the history stays for the organisation. */
export async function withdraw(tx: Queryable, a: Actor, id: string, expectedVersion: number, reason: string) {
  const e = await store.getEntry(tx, id, true);
  if (!e) throw unprocessable('Deze doorbraak bestaat niet.');
  policy.assertMayWithdraw(a, e);
  if (e.version !== expectedVersion) throw preconditionFailed();
  if (e.status === 'ingetrokken') throw conflict('Deze doorbraak is al ingetrokken.', 'al_ingetrokken');
  if (!(await store.setEntryState(tx, id, expectedVersion, { status: 'ingetrokken', withdrawnBy: a.userId, withdrawnAt: 'now', withdrawReason: reason }))) throw preconditionFailed();
  return (await store.getEntry(tx, id))!;
}

/** A correction of a published entry: a new version (the published one stays visible until the new one is approved). */
export async function correct(tx: Queryable, a: Actor, id: string, expectedVersion: number, text: EntryText, changeNote: string, members: Array<{ name: string; role: string }>) {
  const e = await store.getEntry(tx, id, true);
  if (!e) throw unprocessable('Deze doorbraak bestaat niet.');
  policy.assertMayEdit(a, e);
  if (e.version !== expectedVersion) throw preconditionFailed();
  if (e.status !== 'gepubliceerd' || e.publishedVersion === null) throw conflict('Alleen een gepubliceerde doorbraak kan worden gecorrigeerd; bewerk een concept gewoon.', 'niet_gepubliceerd');
  if (e.draftVersion !== null) throw conflict('Er wacht al een correctie op goedkeuring.', 'correctie_wacht');
  const current = (await store.getVersion(tx, id, e.publishedVersion))!;
  const versions = await store.listVersions(tx, id);
  const next = Math.max(...versions.map((v) => v.number)) + 1;
  const r = anonymiseEntryText(text, members);
  await store.insertVersion(tx, id, next, { ...current, ...r.text }, r.removalCounts as Record<string, number>, changeNote, a.userId);
  if (!(await store.setEntryState(tx, id, expectedVersion, { draftVersion: next }))) throw preconditionFailed();
  return { entry: (await store.getEntry(tx, id))!, preview: r.preview, removalCounts: r.removalCounts };
}

/** "Deze doorbraak gebruik ik": link a published entry to one's own knelpunt. */
export async function reuse(tx: Queryable, a: Actor, id: string, k: { knelpuntId: string; organisationId: string; municipality: string }) {
  policy.assertMayReuse(a, k.organisationId);
  const e = await store.getEntry(tx, id);
  if (!e || e.status !== 'gepubliceerd') throw unprocessable('Alleen een gepubliceerde doorbraak kan aan een knelpunt worden gekoppeld.');
  const added = await store.insertReuse(tx, { entryId: id, organisationId: a.organisationId, knelpuntId: k.knelpuntId, municipality: k.municipality, createdBy: a.userId });
  return { added, reuse: await store.reuseOf(tx, id) };
}

// ---- the use cases as the routes call them: the knelpunt's facts are read here --------------------

/** "Deel als doorbraak" on a knelpunt: only one that broke through (granted, bridged or solved at any level). */
export async function shareFromKnelpunt(tx: Queryable, a: Actor, knelpuntId: string, organisationKind: string) {
  const { k, facts, brokeThrough } = await queries.knelpuntFacts(tx, a, knelpuntId);
  if (!brokeThrough) throw unprocessable('Alleen een knelpunt dat eindigde in een doorbraak (toegekend, overbrugd of opgelost) kan als doorbraak worden gedeeld.', 'geen_doorbraak');
  return shareDraft(tx, a, { knelpuntId: k.id, knelpuntOrganisationId: k.organisationId, caseId: k.caseId, householdId: k.householdId, facts, organisationKind });
}

/** The members whose names must go from an entry's text: those of the household of the knelpunt it came from. */
async function membersOf(tx: Queryable, a: Actor, entryId: string) {
  const e = await store.getEntry(tx, entryId);
  if (!e?.knelpuntId || e.organisationId !== a.organisationId) return [];
  return (await queries.knelpuntFacts(tx, a, e.knelpuntId)).facts.members;
}

export async function editEntryText(tx: Queryable, a: Actor, id: string, expectedVersion: number, text: EntryText) {
  return editDraft(tx, a, id, expectedVersion, text, await membersOf(tx, a, id));
}

export async function correctEntry(tx: Queryable, a: Actor, id: string, expectedVersion: number, text: EntryText, changeNote: string) {
  return correct(tx, a, id, expectedVersion, text, changeNote, await membersOf(tx, a, id));
}

export async function reuseOnKnelpunt(tx: Queryable, a: Actor, id: string, knelpuntId: string) {
  const { k, municipality } = await queries.knelpuntFacts(tx, a, knelpuntId);
  return reuse(tx, a, id, { knelpuntId: k.id, organisationId: k.organisationId, municipality });
}
