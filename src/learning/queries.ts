// SPDX-License-Identifier: EUPL-1.2
/** The Bibliotheek's reads: search with facets, one entry with its reuse, its versions, the organisation's own desk, the patterns. */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { notFound } from '../platform/errors';
import { similarity, snippetSegments, type SimilarityInput } from './model';
import * as policy from './policy';
import * as store from './store';

export async function search(tx: Queryable, q: string, filters: store.SearchFilters, page: number, pageSize: number) {
  const r = await store.search(tx, q, filters, page, pageSize);
  return { ...r, page, pageSize, items: r.items.map(({ headline, rank: _rank, ...hit }) => ({ ...hit, snippet: snippetSegments(headline) })) };
}

/** One entry: the published version to everyone; inside its organisation also the version being written. */
export async function entry(tx: Queryable, a: Actor, id: string) {
  const e = await store.getEntry(tx, id);
  if (!e) throw notFound('doorbraak');
  policy.assertMayRead(a, e);
  const own = e.organisationId === a.organisationId;
  const shownNumber = e.status === 'gepubliceerd' || e.status === 'ingetrokken' ? (e.publishedVersion ?? e.draftVersion) : e.draftVersion;
  if (e.status === 'ingetrokken' && !own) throw notFound('doorbraak');
  const version = shownNumber !== null ? await store.getVersion(tx, id, shownNumber) : null;
  const pending = own && e.draftVersion !== null && e.draftVersion !== shownNumber ? await store.getVersion(tx, id, e.draftVersion) : null;
  return {
    id: e.id,
    status: e.status,
    own,
    mayApprove: own && e.authorId !== a.userId && a.roles.some((r) => r === 'teamleider' || r === 'privacy'),
    mine: e.authorId === a.userId,
    knelpuntId: own ? e.knelpuntId : null,
    version: e.version,
    approvedAt: e.approvedAt,
    withdrawnAt: own ? e.withdrawnAt : null,
    withdrawReason: own ? e.withdrawReason : null,
    current: version && publicVersion(version),
    pending: pending && publicVersion(pending),
    reuse: await store.reuseOf(tx, id),
    isDemo: e.isDemo,
  };
}

function publicVersion(v: store.VersionRow) {
  const { createdBy: _c, ...rest } = v;
  return rest;
}

export async function versions(tx: Queryable, a: Actor, id: string) {
  const e = await store.getEntry(tx, id);
  if (!e) throw notFound('doorbraak');
  policy.assertMayRead(a, e);
  const all = await store.listVersions(tx, id);
  // Others see the published history only, never a version still awaiting approval.
  const visible = e.organisationId === a.organisationId ? all : all.filter((v) => e.publishedVersion !== null && v.number <= e.publishedVersion);
  return { items: visible.map(publicVersion) };
}

/** The organisation's own concepts and entries awaiting approval (never another organisation's). */
export async function ownDesk(tx: Queryable, a: Actor) {
  return { items: (await store.listOwnUnpublished(tx, a.organisationId)).map((e) => ({ id: e.id, title: e.title, status: e.status, mine: e.authorId === a.userId, updatedAt: e.updatedAt, version: e.version })) };
}

/** "Elders opgelost": the five most similar published breakthroughs, each with its reasons. */
export async function similarTo(tx: Queryable, k: SimilarityInput & { text: string; knelpuntId: string | null }, typeLabel: (t: string) => string, limit = 5) {
  const candidates = await store.similarCandidates(tx, { blockingLaw: k.blockingLaw, lifeDomains: k.lifeDomains, text: k.text, excludeKnelpuntId: k.knelpuntId });
  return candidates
    .map((c) => ({ id: c.id, title: c.title, municipality: c.municipality, year: c.year, outcome: c.outcome, blockingLaw: c.blockingLaw, blockingArticle: c.blockingArticle, ...similarity(c, k, c.textSimilarity, { type: typeLabel }) }))
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score || y.year - x.year)
    .slice(0, limit);
}

export async function patterns(tx: Queryable, a: Actor) {
  policy.assertMaySeePatterns(a);
  return store.recurring(tx);
}
