// SPDX-License-Identifier: EUPL-1.2
/** The Bibliotheek's SQL, on its own tables only: entries, versions, reuse links, search and similarity candidates. */
import type { Queryable } from '../platform/db';
import { HIT_END, HIT_START, type CostLine, type EntryDraft, type EntryOutcome, type EntryStatus } from './model';

export interface EntryRow {
  id: string;
  organisationId: string;
  knelpuntId: string | null;
  authorId: string | null;
  status: EntryStatus;
  draftVersion: number | null;
  publishedVersion: number | null;
  approvedBy: string | null;
  approvedAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface VersionRow extends EntryDraft {
  number: number;
  removalCounts: Record<string, number>;
  changeNote: string;
  createdBy: string | null;
  createdAt: string;
}

const ENTRY = `d.id, d.organisation_id AS "organisationId", d.knelpunt_id AS "knelpuntId", d.author_id AS "authorId", d.status,
  d.draft_version AS "draftVersion", d.published_version AS "publishedVersion", d.approved_by AS "approvedBy", d.approved_at AS "approvedAt",
  d.withdrawn_at AS "withdrawnAt", d.withdraw_reason AS "withdrawReason", d.is_demo AS "isDemo", d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.version`;

const VERSION = `v.number, v.title, v.situation, v.blocking_law AS "blockingLaw", v.blocking_article AS "blockingArticle", v.organisation_kind AS "organisationKind",
  v.knelpunt_type AS "knelpuntType", v.breakthrough, v.decided_level AS "decidedLevel", v.outcome, v.working_days AS "workingDays", v.costs,
  v.life_domains AS "lifeDomains", v.household_shape AS "householdShape", v.municipality, v.year, v.removal_counts AS "removalCounts",
  v.change_note AS "changeNote", v.created_by AS "createdBy", v.created_at AS "createdAt"`;

export async function insertEntry(tx: Queryable, e: { organisationId: string; knelpuntId: string | null; authorId: string | null; isDemo?: boolean }): Promise<string> {
  return (
    await tx.query<{ id: string }>(`INSERT INTO doorbraken (organisation_id, knelpunt_id, author_id, status, draft_version, is_demo) VALUES ($1,$2,$3,'concept',1,$4) RETURNING id`, [
      e.organisationId, e.knelpuntId, e.authorId, e.isDemo ?? false,
    ])
  ).rows[0].id;
}

export async function insertVersion(tx: Queryable, entryId: string, number: number, d: EntryDraft, removalCounts: Record<string, number>, changeNote: string, createdBy: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO doorbraak_versions (doorbraak_id, number, title, situation, blocking_law, blocking_article, organisation_kind, knelpunt_type, breakthrough, decided_level, outcome,
       working_days, costs, life_domains, household_shape, municipality, year, removal_counts, change_note, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)`,
    [
      entryId, number, d.title, d.situation, d.blockingLaw, d.blockingArticle, d.organisationKind, d.knelpuntType, d.breakthrough, d.decidedLevel, d.outcome,
      d.workingDays, JSON.stringify(d.costs), d.lifeDomains, JSON.stringify(d.householdShape), d.municipality, d.year, JSON.stringify(removalCounts), changeNote, createdBy,
    ],
  );
}

/** Replace the text of a draft version in place (a concept or a version awaiting approval is not history yet). */
export async function updateVersionText(tx: Queryable, entryId: string, number: number, t: { title: string; situation: string; breakthrough: string }, removalCounts: Record<string, number>): Promise<void> {
  await tx.query(`UPDATE doorbraak_versions SET title = $3, situation = $4, breakthrough = $5, removal_counts = $6 WHERE doorbraak_id = $1 AND number = $2`, [
    entryId, number, t.title, t.situation, t.breakthrough, JSON.stringify(removalCounts),
  ]);
}

export async function getEntry(tx: Queryable, id: string, lock = false): Promise<EntryRow | null> {
  return (await tx.query<EntryRow>(`SELECT ${ENTRY} FROM doorbraken d WHERE d.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id])).rows[0] ?? null;
}

export async function entryOfKnelpunt(tx: Queryable, knelpuntId: string): Promise<EntryRow | null> {
  return (await tx.query<EntryRow>(`SELECT ${ENTRY} FROM doorbraken d WHERE d.knelpunt_id = $1`, [knelpuntId])).rows[0] ?? null;
}

export async function getVersion(tx: Queryable, entryId: string, number: number): Promise<VersionRow | null> {
  return (await tx.query<VersionRow>(`SELECT ${VERSION} FROM doorbraak_versions v WHERE v.doorbraak_id = $1 AND v.number = $2`, [entryId, number])).rows[0] ?? null;
}

export async function listVersions(tx: Queryable, entryId: string): Promise<VersionRow[]> {
  return (await tx.query<VersionRow>(`SELECT ${VERSION} FROM doorbraak_versions v WHERE v.doorbraak_id = $1 ORDER BY v.number`, [entryId])).rows;
}

/** Set status fields under the caller's version check; returns false when the version moved (412). */
export async function setEntryState(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  s: Partial<{ status: EntryStatus; draftVersion: number | null; publishedVersion: number | null; approvedBy: string | null; approvedAt: 'now' | null; withdrawnBy: string | null; withdrawnAt: 'now' | null; withdrawReason: string | null }>,
): Promise<boolean> {
  const cols: string[] = [];
  const vals: unknown[] = [id, expectedVersion];
  const set = (col: string, v: unknown) => {
    vals.push(v);
    cols.push(`${col} = $${vals.length}`);
  };
  if (s.status !== undefined) set('status', s.status);
  if (s.draftVersion !== undefined) set('draft_version', s.draftVersion);
  if (s.publishedVersion !== undefined) set('published_version', s.publishedVersion);
  if (s.approvedBy !== undefined) set('approved_by', s.approvedBy);
  if (s.approvedAt !== undefined) cols.push(s.approvedAt ? 'approved_at = now()' : 'approved_at = NULL');
  if (s.withdrawnBy !== undefined) set('withdrawn_by', s.withdrawnBy);
  if (s.withdrawnAt !== undefined) cols.push(s.withdrawnAt ? 'withdrawn_at = now()' : 'withdrawn_at = NULL');
  if (s.withdrawReason !== undefined) set('withdraw_reason', s.withdrawReason);
  const r = await tx.query(`UPDATE doorbraken SET ${[...cols, 'updated_at = now()', 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2`, vals);
  return r.rowCount === 1;
}

/** Entries of one organisation awaiting approval or in concept (its own desk; never another's). */
export async function listOwnUnpublished(tx: Queryable, organisationId: string): Promise<Array<EntryRow & { title: string }>> {
  return (
    await tx.query<EntryRow & { title: string }>(
      `SELECT ${ENTRY}, v.title FROM doorbraken d JOIN doorbraak_versions v ON v.doorbraak_id = d.id AND v.number = d.draft_version
       WHERE d.organisation_id = $1 AND d.draft_version IS NOT NULL AND d.status IN ('concept','ter_goedkeuring') ORDER BY d.updated_at DESC`,
      [organisationId],
    )
  ).rows;
}

// ---- search --------------------------------------------------------------------------------------

/** Trigram similarity at or above which a word of the library's word list stands in for a misspelt one ("uitkring" ~ "uitkering"). */
export const FUZZY_THRESHOLD = 0.4;

/** The words of a query long enough to be matched loosely (short words would match nearly everything). */
export function fuzzyWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5))].slice(0, 8);
}

export interface SearchFilters {
  law?: string;
  lifeDomain?: string;
  organisationKind?: string;
  municipality?: string;
  year?: number;
  outcome?: EntryOutcome;
}

export const FACETS = ['law', 'lifeDomain', 'organisationKind', 'municipality', 'year', 'outcome'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchHit {
  id: string;
  title: string;
  headline: string;
  blockingLaw: string;
  blockingArticle: string;
  organisationKind: string;
  knelpuntType: string;
  outcome: EntryOutcome;
  lifeDomains: string[];
  municipality: string;
  year: number;
  workingDays: number | null;
  reuseCount: number;
  rank: number;
}

/**
 * The most matches a text search reads (ADR 0027). Above it the answer says so ("meer dan 1.000"):
 * the total is that lower bound, a facet's counts are counted in the first matches read (each a true
 * minimum), and the page is the best-ranked of those. Counting and ranking every match of a broad
 * word ("uitkring" matches half of 100,000 entries) is what made the search slow.
 */
export const SEARCH_CAP = 1000;

/**
 * Published entries matching `q` (Dutch stemming through the `dutch` configuration; a word the
 * library does not hold is tolerated through trigram word similarity, so "uitkring" still finds
 * "uitkering"), ranked, with a highlighted headline, the filters applied, and per facet the counts
 * under the other filters (so choosing a municipality still shows the counts of the others).
 *
 * Cost (bench/learning.bench.ts, ADR 0027): with a text, each set (the matches under all filters,
 * and for each chosen filter the matches under the others, for that facet's counts) reads at most
 * `cap` + 1 entries (SEARCH_CAP; tests pass a small one); below the cap everything is exact, above it `totalCapped` and
 * `facetsCapped` say which figures are minimums. Without a text nothing is capped. Whether a word is
 * known is a look-up in the stems (doorbraak_stems); trigram similarity runs only on the library's
 * word list, for misspelt words; ranking only over the set read; headlines only for the page's rows.
 */
export async function search(
  tx: Queryable,
  q: string,
  f: SearchFilters,
  page: number,
  pageSize: number,
  cap = SEARCH_CAP,
): Promise<{ total: number; totalCapped: boolean; items: SearchHit[]; facets: Record<Facet, Array<{ value: string; count: number }>>; facetsCapped: Facet[] }> {
  const text = q.trim();
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  let match = 'TRUE';
  let rank = '0';
  let tsq = '';
  if (text) {
    const qp = p(text);
    tsq = `websearch_to_tsquery('dutch', ${qp})`;
    // A word the full-text index does not know is probably misspelt: it is replaced by the words of
    // the library's word list it resembles (doorbraak_lexicon, trigram similarity), which the index
    // then finds ("uitkring" → "uitkering"). The word list is short, so this stays fast.
    const alternatives: string[] = [];
    for (const w of fuzzyWords(text)) {
      // Known: the word has stems and the library holds every one of them (doorbraak_stems).
      const known = (
        await tx.query<{ known: boolean }>(
          `SELECT coalesce(bool_and(EXISTS (SELECT 1 FROM doorbraak_stems s WHERE s.stem = l)), false) AS known FROM unnest(tsvector_to_array(to_tsvector('dutch', $1))) AS l`,
          [w],
        )
      ).rows[0].known;
      if (known) continue;
      await tx.query(`SELECT set_config('pg_trgm.similarity_threshold', '${FUZZY_THRESHOLD}', true)`);
      const near = await tx.query<{ word: string }>(`SELECT word FROM doorbraak_lexicon WHERE word % $1 ORDER BY similarity(word, $1) DESC, word LIMIT 3`, [w]);
      alternatives.push(...near.rows.map((r) => r.word));
    }
    if (alternatives.length) tsq = `(${tsq} || websearch_to_tsquery('dutch', ${p(alternatives.join(' or '))}))`;
    match = `v.search @@ ${tsq}`;
    rank = `ts_rank_cd(v.search, ${tsq})`;
  }
  const filterValue: Record<Facet, unknown> = { law: f.law, lifeDomain: f.lifeDomain, organisationKind: f.organisationKind, municipality: f.municipality, year: f.year, outcome: f.outcome };
  const filterSql: Record<Facet, (ph: string) => string> = {
    law: (ph) => `v.blocking_law = ${ph}`,
    lifeDomain: (ph) => `${ph} = ANY (v.life_domains)`,
    organisationKind: (ph) => `v.organisation_kind = ${ph}`,
    municipality: (ph) => `v.municipality = ${ph}`,
    year: (ph) => `v.year = ${ph}::int`,
    outcome: (ph) => `v.outcome = ${ph}`,
  };
  const active = FACETS.filter((k) => filterValue[k] !== undefined && filterValue[k] !== '');
  const cond: Partial<Record<Facet, string>> = {};
  for (const k of active) cond[k] = filterSql[k](p(filterValue[k]));
  /** Every filter but `except`. */
  const where = (except?: Facet) => active.filter((k) => k !== except).map((k) => cond[k]!).join(' AND ') || 'TRUE';
  const columns = (ranked: boolean) => `v.number, v.blocking_law, v.life_domains, v.organisation_kind, v.municipality, v.year, v.outcome, v.title${ranked ? `, ${rank} AS rank` : ''}`;
  /**
   * One set: published entries matching the text under `w`, at most cap + 1 of them when there is a
   * text. A bounded read checks "published, and this is the published version" per version read,
   * through the primary key (a subquery the planner cannot turn into a join): the versions are then
   * read through the full-text index in the table's order and the read stops at cap + 1. As a join,
   * the planner read the versions by a sequential scan (testing the text of every version on the way,
   * 13,000 for 1,001 matches) or hashed every match of a broad word; on PGlite that was two thirds of
   * a search (ADR 0032). Browsing reads every published entry, where the join is the cheap plan.
   */
  const set = (w: string, ranked: boolean) =>
    text
      ? `SELECT v.doorbraak_id AS id, ${columns(ranked)} FROM doorbraak_versions v
         WHERE ${match} AND ${w}
           AND (SELECT d.status = 'gepubliceerd' AND d.published_version = v.number FROM doorbraken d WHERE d.id = v.doorbraak_id)
         LIMIT ${Math.floor(cap) + 1}`
      : `SELECT d.id, ${columns(ranked)}
         FROM doorbraken d JOIN doorbraak_versions v ON v.doorbraak_id = d.id AND v.number = d.published_version
         WHERE d.status = 'gepubliceerd' AND ${match} AND ${w}`;
  // The set under all filters (a) gives the page, the total and the counts of every facet without a
  // filter of its own; a chosen filter's facet is counted under the other filters (f_<facet>).
  const source = (k: Facet) => (active.includes(k) ? `f_${k}` : 'a');
  const facetExpr: Record<Facet, string> = {
    law: 'm.blocking_law',
    lifeDomain: 'unnest(m.life_domains)',
    organisationKind: 'm.organisation_kind',
    municipality: 'm.municipality',
    year: 'm.year::text',
    outcome: 'm.outcome',
  };
  const facetSql = FACETS.map(
    (k) => `SELECT '${k}' AS facet, value, count FROM (SELECT value, count(*)::int AS count FROM (SELECT ${facetExpr[k]} AS value FROM ${source(k)} m) x GROUP BY value ORDER BY count DESC, value LIMIT 50) y`,
  ).join(' UNION ALL ');
  const sizeSql = active.map((k) => `SELECT 'size', '${k}', NULL, (SELECT count(*)::int FROM f_${k}), NULL::json`).join(' UNION ALL ');
  const headline = text
    ? `ts_headline('dutch', v.situation || ' ' || v.breakthrough, ${tsq}, 'StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')`
    : 'left(v.situation, 220)';
  const limit = p(pageSize);
  const offset = p((page - 1) * pageSize);
  const rows = (
    await tx.query<{ kind: 'hit' | 'facet' | 'total' | 'size'; facet: Facet | null; value: string | null; count: number | null; hit: (SearchHit & { total: number }) | null }>(
      `WITH a AS MATERIALIZED (${set(where(), true)}),
       ${active.map((k) => `f_${k} AS MATERIALIZED (${set(where(k), false)}),`).join('\n')}
       page AS (
         SELECT a.id, a.number, a.rank FROM a ORDER BY a.rank DESC, a.year DESC, a.title LIMIT ${limit} OFFSET ${offset}
       )
       SELECT 'total' AS kind, NULL AS facet, NULL AS value, (SELECT count(*)::int FROM a) AS count, NULL::json AS hit
       UNION ALL
       ${sizeSql ? `${sizeSql} UNION ALL` : ''}
       SELECT 'facet', facet, value, count, NULL::json FROM (${facetSql}) f
       UNION ALL
       SELECT 'hit', NULL, NULL, NULL, json_build_object(
         'id', h.id, 'title', v.title, 'headline', ${headline}, 'blockingLaw', v.blocking_law, 'blockingArticle', v.blocking_article,
         'organisationKind', v.organisation_kind, 'knelpuntType', v.knelpunt_type, 'outcome', v.outcome, 'lifeDomains', v.life_domains,
         'municipality', v.municipality, 'year', v.year, 'workingDays', v.working_days,
         'reuseCount', (SELECT count(*)::int FROM doorbraak_reuse r WHERE r.doorbraak_id = h.id), 'rank', h.rank)
       FROM page h JOIN doorbraak_versions v ON v.doorbraak_id = h.id AND v.number = h.number`,
      params,
    )
  ).rows;
  const facets = Object.fromEntries(FACETS.map((k) => [k, [] as Array<{ value: string; count: number }>])) as Record<Facet, Array<{ value: string; count: number }>>;
  let read = 0;
  const readFor = new Map<Facet, number>();
  const items: SearchHit[] = [];
  for (const r of rows) {
    if (r.kind === 'total') read = r.count ?? 0;
    else if (r.kind === 'size') readFor.set(r.facet!, r.count ?? 0);
    else if (r.kind === 'facet' && r.value !== null) facets[r.facet!].push({ value: r.value, count: r.count! });
    else if (r.kind === 'hit' && r.hit) items.push({ ...r.hit, rank: Number(r.hit.rank) });
  }
  for (const k of FACETS) facets[k].sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  items.sort((x, y) => y.rank - x.rank || y.year - x.year || x.title.localeCompare(y.title));
  const capped = (n: number) => text !== '' && n > cap;
  return {
    total: capped(read) ? cap : read,
    totalCapped: capped(read),
    items,
    facets,
    facetsCapped: FACETS.filter((k) => capped(readFor.get(k) ?? read)),
  };
}

export interface Candidate {
  id: string;
  title: string;
  blockingLaw: string;
  blockingArticle: string;
  knelpuntType: string;
  lifeDomains: string[];
  municipality: string;
  year: number;
  outcome: EntryOutcome;
  textSimilarity: number;
}

/**
 * The candidates the model scores (ADR 0027): published entries in tiers read through indexes, each
 * tier at most `limit` entries, the first `limit` of them in tier order —
 *   1. the same law, article and kind of knelpunt, sharing a life domain;
 *   2. the same law and article;  3. the same law (rule index on lower law, lower article, type);
 *   4. entries on another law sharing a word with the knelpunt (any of its stems, full-text index).
 * Only these few get the costly trigram similarity, and no tier ranks or reads every entry that
 * matches, so the cost does not grow with the library (bench/learning.bench.ts). An entry sharing
 * nothing but a life domain is not a candidate: the model would rank it last anyway.
 */
export async function similarCandidates(
  tx: Queryable,
  k: { blockingLaw: string; text: string; excludeKnelpuntId?: string | null; blockingArticle?: string; knelpuntType?: string; lifeDomains?: string[] },
  limit = 200,
): Promise<Candidate[]> {
  const base = `FROM doorbraak_versions v JOIN doorbraken d ON d.id = v.doorbraak_id AND d.published_version = v.number
    WHERE d.status = 'gepubliceerd' AND ($3::uuid IS NULL OR d.knelpunt_id IS DISTINCT FROM $3::uuid)`;
  const law = `lower(v.blocking_law) = lower($1)`;
  const rule = `${law} AND lower(v.blocking_article) = lower($5)`;
  return (
    await tx.query<Candidate>(
      `WITH q AS (SELECT nullif(replace(plainto_tsquery('dutch', $2)::text, ' & ', ' | '), '')::tsquery AS any_word),
       tiers AS (
         (SELECT d.id, v.number, 1 AS tier ${base} AND ${rule} AND v.knelpunt_type = $6 AND v.life_domains && $7::text[] LIMIT $4)
         UNION ALL (SELECT d.id, v.number, 2 ${base} AND ${rule} LIMIT $4)
         UNION ALL (SELECT d.id, v.number, 3 ${base} AND ${law} LIMIT $4)
         UNION ALL (SELECT d.id, v.number, 4 FROM q, doorbraak_versions v JOIN doorbraken d ON d.id = v.doorbraak_id AND d.published_version = v.number
                    WHERE d.status = 'gepubliceerd' AND ($3::uuid IS NULL OR d.knelpunt_id IS DISTINCT FROM $3::uuid) AND NOT (${law}) AND v.search @@ q.any_word LIMIT $4)
       ),
       c AS (
         SELECT id, number, tier FROM (SELECT DISTINCT ON (id) id, number, tier FROM tiers ORDER BY id, tier) t ORDER BY tier, id LIMIT $4
       )
       SELECT c.id, v.title, v.blocking_law AS "blockingLaw", v.blocking_article AS "blockingArticle", v.knelpunt_type AS "knelpuntType", v.life_domains AS "lifeDomains",
         v.municipality, v.year, v.outcome, word_similarity($2, v.body)::float AS "textSimilarity"
       FROM c JOIN doorbraak_versions v ON v.doorbraak_id = c.id AND v.number = c.number
       ORDER BY c.tier < 4 DESC, "textSimilarity" DESC`,
      [k.blockingLaw, k.text, k.excludeKnelpuntId ?? null, limit, k.blockingArticle ?? '', k.knelpuntType ?? '', k.lifeDomains ?? []],
    )
  ).rows.map((c) => ({ ...c, textSimilarity: Number(c.textSimilarity) }));
}

// ---- reuse ---------------------------------------------------------------------------------------

export async function insertReuse(tx: Queryable, r: { entryId: string; organisationId: string; knelpuntId: string; municipality: string; createdBy: string }): Promise<boolean> {
  const res = await tx.query(
    `INSERT INTO doorbraak_reuse (doorbraak_id, organisation_id, knelpunt_id, municipality, created_by) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (doorbraak_id, knelpunt_id) WHERE knelpunt_id IS NOT NULL DO NOTHING`,
    [r.entryId, r.organisationId, r.knelpuntId, r.municipality, r.createdBy],
  );
  return res.rowCount === 1;
}

/** A reuse link recorded without a knelpunt on the platform (the demo, or a municipality that told the loket). */
export async function insertReuseWithoutKnelpunt(tx: Queryable, r: { entryId: string; organisationId: string; municipality: string }): Promise<void> {
  await tx.query(`INSERT INTO doorbraak_reuse (doorbraak_id, organisation_id, municipality) VALUES ($1,$2,$3)`, [r.entryId, r.organisationId, r.municipality]);
}

export async function reuseOf(tx: Queryable, entryId: string): Promise<{ count: number; municipalities: Array<{ municipality: string; count: number }> }> {
  const rows = (await tx.query<{ municipality: string; count: number }>(`SELECT municipality, count(*)::int AS count FROM doorbraak_reuse WHERE doorbraak_id = $1 GROUP BY municipality ORDER BY count DESC, municipality`, [entryId])).rows;
  return { count: rows.reduce((s, r) => s + r.count, 0), municipalities: rows };
}

/** For the policy adviser: which blockages recur (published entries per law and article) and which breakthroughs spread. */
export async function recurring(tx: Queryable): Promise<{ blockages: Array<{ blockingLaw: string; blockingArticle: string; entries: number; municipalities: number }>; spreading: Array<{ id: string; title: string; municipality: string; reuseCount: number; reuseMunicipalities: number }> }> {
  const blockages = (
    await tx.query<{ blockingLaw: string; blockingArticle: string; entries: number; municipalities: number }>(
      `SELECT v.blocking_law AS "blockingLaw", v.blocking_article AS "blockingArticle", count(*)::int AS entries, count(DISTINCT v.municipality)::int AS municipalities
       FROM doorbraken d JOIN doorbraak_versions v ON v.doorbraak_id = d.id AND v.number = d.published_version WHERE d.status = 'gepubliceerd'
       GROUP BY 1, 2 ORDER BY entries DESC, municipalities DESC, 1 LIMIT 20`,
    )
  ).rows;
  const spreading = (
    await tx.query<{ id: string; title: string; municipality: string; reuseCount: number; reuseMunicipalities: number }>(
      `SELECT d.id, v.title, v.municipality, count(r.id)::int AS "reuseCount", count(DISTINCT r.municipality)::int AS "reuseMunicipalities"
       FROM doorbraken d JOIN doorbraak_versions v ON v.doorbraak_id = d.id AND v.number = d.published_version JOIN doorbraak_reuse r ON r.doorbraak_id = d.id
       WHERE d.status = 'gepubliceerd' GROUP BY d.id, v.title, v.municipality ORDER BY "reuseCount" DESC, "reuseMunicipalities" DESC LIMIT 20`,
    )
  ).rows;
  return { blockages, spreading };
}

export type { CostLine };
