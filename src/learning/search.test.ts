// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, openTestDb, seedFixture } from '../platform/testing';
import type { Db } from '../platform/db';
import * as store from './store';
import { snippetSegments, type EntryDraft } from './model';

const draft = (over: Partial<EntryDraft>): EntryDraft => ({
  title: 'Titel',
  situation: '',
  breakthrough: '',
  blockingLaw: 'Participatiewet',
  blockingArticle: 'art. 31',
  organisationKind: 'gemeente',
  knelpuntType: 'regel_botst',
  decidedLevel: 'Doorbraaktafel',
  outcome: 'toegekend',
  workingDays: 5,
  costs: [],
  lifeDomains: ['financien'],
  householdShape: [{ role: 'aanvrager', ageBand: '27-44' }],
  municipality: 'Tilburg',
  year: 2025,
  ...over,
});

describe.each(DB_KINDS)('Bibliotheek search on %s', (kind) => {
  let db: Db;
  let close: () => Promise<void>;
  const ids: Record<string, string> = {};

  async function publish(key: string, d: EntryDraft, org: string) {
    await db.transaction(async (tx) => {
      const id = await store.insertEntry(tx, { organisationId: org, knelpuntId: null, authorId: null });
      await store.insertVersion(tx, id, 1, d, {}, '', null);
      expect(await store.setEntryState(tx, id, 1, { status: 'gepubliceerd', publishedVersion: 1, draftVersion: null })).toBe(true);
      ids[key] = id;
    });
  }

  beforeAll(async () => {
    ({ db, close } = await openTestDb(kind));
    const fx = await seedFixture(db);
    await publish('woning', draft({ title: 'Tijdelijke woning voor een vader na de scheiding', situation: 'Na de scheiding sliep de vader in zijn auto; de kinderen konden niet bij hem logeren.', breakthrough: 'De corporatie gaf een tijdelijke woning met voorrang.', blockingLaw: 'Huisvestingsverordening', blockingArticle: 'art. 2.6', lifeDomains: ['huisvesting', 'huiselijke_relaties'], municipality: 'Tilburg', outcome: 'toegekend', organisationKind: 'woningcorporatie' }), fx.orgs.utrecht);
    await publish('uitkering', draft({ title: 'Uitkering loopt door tijdens de opname', situation: 'De bijstandsuitkering stopte bij opname in de kliniek.', breakthrough: 'Het college week af op grond van art. 18 lid 1.', lifeDomains: ['financien', 'geestelijke_gezondheid'], municipality: 'Zaanstad', year: 2024, outcome: 'opgelost' }), fx.orgs.zaanstad);
    await publish('bakfiets', draft({ title: 'Bakfiets voor het vervoer naar school', situation: 'Drie jonge kinderen en geen auto.', breakthrough: 'Betaald uit het maatwerkbudget.', blockingLaw: 'Wmo 2015', blockingArticle: 'art. 2.3.5', lifeDomains: ['maatschappelijke_participatie'], municipality: 'Utrecht', outcome: 'toegekend' }), fx.orgs.utrecht);
    // A withdrawn entry and a concept never show.
    await publish('ingetrokken', draft({ title: 'Ingetrokken woning', situation: 'woning woning woning' }), fx.orgs.utrecht);
    await db.transaction(async (tx) => {
      expect(await store.setEntryState(tx, ids.ingetrokken, 2, { status: 'ingetrokken' })).toBe(true);
      const c = await store.insertEntry(tx, { organisationId: fx.orgs.utrecht, knelpuntId: null, authorId: null });
      await store.insertVersion(tx, c, 1, draft({ title: 'Concept over woningen' }), {}, '', null);
    });
  });
  afterAll(async () => close?.());

  const titles = async (q: string, f: store.SearchFilters = {}) => (await db.transaction((tx) => store.search(tx, q, f, 1, 20))).items.map((i) => i.title);

  it('finds by Dutch stem: "woningen" finds "woning", "uitkeringen" finds "uitkering"', async () => {
    expect(await titles('woningen')).toEqual(['Tijdelijke woning voor een vader na de scheiding']);
    expect(await titles('uitkeringen')).toEqual(['Uitkering loopt door tijdens de opname']);
  });

  it('tolerates a typo ("uitkring", "scheidng")', async () => {
    expect(await titles('uitkring')).toContain('Uitkering loopt door tijdens de opname');
    expect(await titles('scheidng')).toContain('Tijdelijke woning voor een vader na de scheiding');
  });

  it('ranks a title hit above a hit in the text only', async () => {
    const t = await titles('school kinderen');
    expect(t[0]).toBe('Bakfiets voor het vervoer naar school');
  });

  it('marks the hits in the headline', async () => {
    const r = await db.transaction((tx) => store.search(tx, 'scheiding', {}, 1, 20));
    const seg = snippetSegments(r.items[0].headline);
    expect(seg.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain('scheiding');
  });

  it('filters and counts per facet under the other filters; withdrawn entries and concepts never show', async () => {
    const all = await db.transaction((tx) => store.search(tx, '', {}, 1, 20));
    expect(all.total).toBe(3);
    expect(all.facets.municipality).toEqual([{ value: 'Tilburg', count: 1 }, { value: 'Utrecht', count: 1 }, { value: 'Zaanstad', count: 1 }]);
    expect(all.facets.lifeDomain.find((x) => x.value === 'financien')).toEqual({ value: 'financien', count: 1 });
    const fin = await db.transaction((tx) => store.search(tx, '', { outcome: 'toegekend' }, 1, 20));
    expect(fin.items.map((i) => i.municipality).sort()).toEqual(['Tilburg', 'Utrecht']);
    // The outcome facet ignores its own filter, so the other outcome stays visible with its count.
    expect(fin.facets.outcome).toEqual([{ value: 'toegekend', count: 2 }, { value: 'opgelost', count: 1 }]);
    expect(fin.facets.municipality).toEqual([{ value: 'Tilburg', count: 1 }, { value: 'Utrecht', count: 1 }]);
    expect(await titles('woning', { municipality: 'Utrecht' })).toEqual([]);
  });

  it('reads at most the cap: above it the total and the counts are minimums and say so; below it everything is exact (ADR 0027)', async () => {
    const q = 'vader or bakfiets'; // matches two published entries (Tilburg, Utrecht)
    const exact = await db.transaction((tx) => store.search(tx, q, {}, 1, 20, 2));
    expect(exact.total).toBe(2);
    expect(exact.totalCapped).toBe(false);
    expect(exact.facetsCapped).toEqual([]);
    expect(exact.facets.municipality).toEqual([{ value: 'Tilburg', count: 1 }, { value: 'Utrecht', count: 1 }]);
    expect(exact).toEqual(await db.transaction((tx) => store.search(tx, q, {}, 1, 20)));
    const capped = await db.transaction((tx) => store.search(tx, q, {}, 1, 20, 1));
    expect(capped.totalCapped).toBe(true);
    expect(capped.total).toBe(1);
    expect(capped.items).toHaveLength(2); // the page is drawn from the cap + 1 entries read
    expect(capped.facetsCapped).toEqual(['law', 'lifeDomain', 'organisationKind', 'municipality', 'year', 'outcome']);
    // Each count shown is a true minimum: never above the exact count.
    for (const f of store.FACETS) for (const c of capped.facets[f]) expect(c.count).toBeLessThanOrEqual(exact.facets[f].find((x) => x.value === c.value)!.count);
    // With a filter: its own set is small (exact), the facet of the filter counts the broader set (capped).
    const filtered = await db.transaction((tx) => store.search(tx, q, { municipality: 'Utrecht' }, 1, 20, 1));
    expect(filtered.total).toBe(1);
    expect(filtered.totalCapped).toBe(false);
    expect(filtered.items.map((i) => i.title)).toEqual(['Bakfiets voor het vervoer naar school']);
    expect(filtered.facetsCapped).toEqual(['municipality']);
    // Without a text nothing is capped.
    const all = await db.transaction((tx) => store.search(tx, '', {}, 1, 20, 1));
    expect(all.total).toBe(3);
    expect(all.totalCapped).toBe(false);
  });

  it('a bounded read searches the published version only, once per entry, under the cap and above it (ADR 0032)', async () => {
    // A new version awaiting approval, with a word of its own: the search still reads the published one.
    await db.transaction(async (tx) => {
      await store.insertVersion(tx, ids.bakfiets, 2, draft({ title: 'Bakfiets en trekfiets', situation: 'Een trekfiets erbij.', municipality: 'Utrecht' }), {}, '', null);
      // As a revision does (commands.ts): only the draft pointer moves, the entry stays published.
      expect(await store.setEntryState(tx, ids.bakfiets, 2, { draftVersion: 2 })).toBe(true);
    });
    expect(await titles('trekfiets')).toEqual([]);
    const q = 'bakfiets or vader or uitkering';
    for (const cap of [3, 1000]) {
      const r = await db.transaction((tx) => store.search(tx, q, {}, 1, 20, cap));
      expect(r.items.map((i) => i.title).sort()).toEqual(['Bakfiets voor het vervoer naar school', 'Tijdelijke woning voor een vader na de scheiding', 'Uitkering loopt door tijdens de opname']);
      expect([r.total, r.totalCapped, r.facetsCapped]).toEqual([3, false, []]);
      expect(r.facets.municipality).toEqual([{ value: 'Tilburg', count: 1 }, { value: 'Utrecht', count: 1 }, { value: 'Zaanstad', count: 1 }]);
      expect(r.facets.lifeDomain.find((x) => x.value === 'financien')).toEqual({ value: 'financien', count: 1 });
    }
    // Above the cap: the total and every facet say so, and each count is a true minimum.
    const capped = await db.transaction((tx) => store.search(tx, q, {}, 1, 20, 2));
    expect([capped.total, capped.totalCapped, capped.items.length]).toEqual([2, true, 3]);
    expect(capped.facetsCapped).toEqual([...store.FACETS]);
    expect(capped.facets.municipality.reduce((s, x) => s + x.count, 0)).toBe(3);
    // With two filters: the set under both is exact; each filter's facet counts the set under the other,
    // exact when that set is under the cap and marked when above it.
    const f = { municipality: 'Utrecht', year: 2025 };
    const exact = await db.transaction((tx) => store.search(tx, q, f, 1, 20, 1000));
    expect(exact.items.map((i) => i.title)).toEqual(['Bakfiets voor het vervoer naar school']);
    expect(exact.facets.municipality).toEqual([{ value: 'Tilburg', count: 1 }, { value: 'Utrecht', count: 1 }]);
    expect(exact.facets.year).toEqual([{ value: '2025', count: 1 }]);
    expect(exact.facetsCapped).toEqual([]);
    const low = await db.transaction((tx) => store.search(tx, q, f, 1, 20, 1));
    expect([low.total, low.totalCapped]).toEqual([1, false]);
    expect(low.items.map((i) => i.title)).toEqual(['Bakfiets voor het vervoer naar school']);
    expect(low.facetsCapped).toEqual(['municipality']);
    expect(low.facets.year).toEqual([{ value: '2025', count: 1 }]);
    // Browsing (no text) reads the published versions too, uncapped.
    expect((await db.transaction((tx) => store.search(tx, '', { municipality: 'Utrecht' }, 1, 20, 1))).items.map((i) => i.title)).toEqual(['Bakfiets voor het vervoer naar school']);
  });

  it('keeps the stems of every version and only words with a letter in the word list', async () => {
    const known = `SELECT count(*)::int AS n FROM doorbraak_stems WHERE stem = ANY (tsvector_to_array(to_tsvector('dutch', $1)))`;
    expect((await db.query<{ n: number }>(known, ['bakfiets woning scheiding'])).rows[0].n).toBe(3);
    await db.transaction(async (tx) => {
      const id = await store.insertEntry(tx, { organisationId: (await tx.query<{ id: string }>(`SELECT id FROM organisations LIMIT 1`)).rows[0].id, knelpuntId: null, authorId: null });
      await store.insertVersion(tx, id, 1, draft({ title: 'Concept 123456 over een zeilboot' }), {}, '', null);
    });
    expect((await db.query<{ n: number }>(known, ['zeilboot'])).rows[0].n).toBe(1);
    expect((await db.query(`SELECT 1 FROM doorbraak_lexicon WHERE word = '123456'`)).rows).toEqual([]);
    expect((await db.query(`SELECT 1 FROM doorbraak_lexicon WHERE word = 'zeilboot'`)).rows).toHaveLength(1);
  });

  it('reads similarity candidates in tiers: the same law before a shared word when the bound is reached', async () => {
    // Bound 1: the Participatiewet entry (same law) wins over the bakfiets entry that shares "vervoer".
    const one = await db.transaction((tx) => store.similarCandidates(tx, { blockingLaw: 'Participatiewet', blockingArticle: 'art. 31', knelpuntType: 'regel_botst', lifeDomains: ['financien'], text: 'vervoer naar school' }, 1));
    expect(one.map((c) => c.title)).toEqual(['Uitkering loopt door tijdens de opname']);
    const two = await db.transaction((tx) => store.similarCandidates(tx, { blockingLaw: 'Participatiewet', text: 'vervoer naar school' }, 2));
    expect(two.map((c) => c.title)).toEqual(['Uitkering loopt door tijdens de opname', 'Bakfiets voor het vervoer naar school']);
  });

  it('finds similarity candidates on the same law or sharing words with the knelpunt', async () => {
    const c = await db.transaction((tx) => store.similarCandidates(tx, { blockingLaw: 'Huisvestingsverordening', text: 'vader zonder woning na scheiding' }));
    expect(c[0].title).toBe('Tijdelijke woning voor een vader na de scheiding');
    expect(c[0].textSimilarity).toBeGreaterThan(0.3);
    // Another law but a shared word ("kinderen") is a candidate; a withdrawn entry never is.
    const other = await db.transaction((tx) => store.similarCandidates(tx, { blockingLaw: 'Wet op de jeugdzorg', text: 'drie kinderen zonder vervoer' }));
    expect(other.map((x) => x.title)).toEqual(expect.arrayContaining(['Bakfiets voor het vervoer naar school', 'Tijdelijke woning voor een vader na de scheiding']));
    expect(other.map((x) => x.title)).not.toContain('Uitkering loopt door tijdens de opname');
    expect(other.map((x) => x.title)).not.toContain('Ingetrokken woning');
  });
});
