// SPDX-License-Identifier: EUPL-1.2
/** The Bibliotheek's reads: search with facets, one entry with its reuse, its versions, the organisation's own desk, the patterns. */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { notFound } from '../platform/errors';
import { outcomeOfKnelpunt, similarity, snippetSegments, type KnelpuntFacts, type SimilarityInput } from './model';
import * as escalation from '../escalation/queries';
import { KNELPUNT_TYPE_LABELS } from '../escalation/model';
import * as cases from '../cases/queries';
import { ageOn } from '../cases/model';
import * as businesscase from '../businesscase/queries';
import { resultOf } from '../businesscase/model';
import * as accounts from '../accounts/queries';
import * as policy from './policy';
import * as store from './store';

export { FACETS, SEARCH_CAP } from './store';

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
  const candidates = await store.similarCandidates(tx, { blockingLaw: k.blockingLaw, text: k.text, excludeKnelpuntId: k.knelpuntId, blockingArticle: k.blockingArticle, knelpuntType: k.knelpuntType, lifeDomains: k.lifeDomains });
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

// ---- the knelpunt side: facts for a draft, the input for "Elders opgelost" ------------------------

/** The facts of a knelpunt the actor may open, read through the escalation, cases, businesscase and accounts rooms. */
export async function knelpuntFacts(tx: Queryable, a: Actor, knelpuntId: string) {
  const file = await escalation.knelpuntFile(tx, a, knelpuntId);
  const k = file.knelpunt;
  const household = await cases.getHousehold(tx, k.organisationId, k.householdId);
  const assessment = await cases.assessmentOf(tx, k.caseId);
  // Life domains involved: those scored 1 or 2 on the latest assessment; without such scores, every assessed domain.
  const troubled = assessment.current.filter((s) => s.score <= 2).map((s) => s.domain);
  const lifeDomains = troubled.length ? troubled : assessment.current.map((s) => s.domain);
  const decided = [...file.steps].reverse().find((s) => s.outcome === 'toegekend' || s.outcome === 'overbrugd') ?? [...file.steps].reverse().find((s) => s.decidedOn);
  const bc = await businesscase.latestForKnelpunt(tx, k.organisationId, k.id);
  const costs = bc ? resultOf(bc).perFunder.map((f) => ({ funder: f.funder, regulierCents: f.regulierCents, maatwerkCents: f.maatwerkCents })) : [];
  const org = await accounts.getOrganisation(tx, k.organisationId);
  const decidedOn = decided?.decidedOn ?? null;
  const outcome = outcomeOfKnelpunt(k.status, decided?.outcome ?? null);
  const on = decidedOn ?? k.createdOn;
  const facts: KnelpuntFacts = {
    knelpuntType: k.type,
    solutionNeeded: k.solutionNeeded,
    costOfWaiting: k.costOfWaiting,
    blockingLaw: k.blockingLaw,
    blockingArticle: k.blockingArticle,
    blockingOrganisationKind: '',
    decisionText: decided?.decisionText ?? '',
    decidedLevel: decided?.levelName ?? '',
    outcome: outcome ?? 'opgelost',
    workingDays: decidedOn ? await escalation.workingDaysBetween(tx, k.organisationId, k.createdOn, decidedOn) : null,
    costs,
    lifeDomains,
    members: household.members.map((m) => ({ name: m.name, role: m.role, age: ageOn(m.birthDate, on) })),
    municipality: org.name.replace(/^Gemeente\s+/i, ''),
    year: Number(on.slice(0, 4)),
  };
  return { k, facts, brokeThrough: outcome !== null, municipality: facts.municipality };
}

/** "Elders opgelost" for a knelpunt the actor may open. */
export async function similarForKnelpunt(tx: Queryable, a: Actor, knelpuntId: string) {
  const { k, facts } = await knelpuntFacts(tx, a, knelpuntId);
  const items = await similarTo(tx, { blockingLaw: k.blockingLaw, blockingArticle: k.blockingArticle, knelpuntType: k.type, lifeDomains: facts.lifeDomains, text: `${k.solutionNeeded} ${k.blockingLaw} ${k.policyRule}`, knelpuntId: k.id }, (t) => KNELPUNT_TYPE_LABELS[t as keyof typeof KNELPUNT_TYPE_LABELS] ?? t);
  return { items };
}
