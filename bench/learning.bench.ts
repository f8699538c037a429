// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bibliotheek at national scale: 100,000 published breakthroughs (the demo stories, varied in
 * place, year, law and wording), then the library's own search (full text + typo tolerance + facets)
 * and "Elders opgelost" (candidates + scoring) as the API runs them, timed per call. Figures: p50 and
 * p95 in milliseconds per kind of query, on PGlite and on PostgreSQL (aims: search p95 < 50 ms,
 * similar p95 < 100 ms). JSON lines on stdout, progress on stderr.
 *
 * BENCH_LIBRARY_ENTRIES sets the size (default 100,000); BENCH_LIBRARY_DB=pglite|postgres runs one database only. PostgreSQL: BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; skipped with a note when unreachable.
 * While iterating: BENCH_LIBRARY_ONLY=search|search_filtered|similar (comma-separated) times only
 * those kinds; BENCH_LIBRARY_IMAGE=/path.tar keeps the filled PGlite library as a data-folder image
 * (written after the first fill, loaded into memory on later runs, so the same in-memory conditions
 * without the ~90 s fill; the image is not checked against changed migrations or sizes: delete it).
 * The default run (neither set) is unchanged.
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { openTestDb, seedFixture, type DbKind } from '../src/platform/testing';
import { openPglite, type Db } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { fill, PLACES } from './learning-data';
import * as queries from '../src/learning/queries';
import { KNELPUNT_TYPE_LABELS } from '../src/escalation/model';

/** One JSON line per figure, with the machine's load average (the machine may be shared; compare ratios). */
const emit = (name: string, value: number, unit: string) =>
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) })}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

const ENTRIES = Number(process.env.BENCH_LIBRARY_ENTRIES ?? 100_000);
const RUNS = 60;
const ONLY = process.env.BENCH_LIBRARY_ONLY?.split(',').map((x) => x.trim()).filter(Boolean);
const IMAGE = process.env.BENCH_LIBRARY_IMAGE;
const wanted = (label: string) => !ONLY?.length || ONLY.includes(label);
async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function time(label: string, kind: DbKind, run: (i: number) => Promise<number>, what: (i: number) => string): Promise<void> {
  for (let i = 0; i < 5; i++) await run(i); // warm up: plans and caches
  const ms: number[] = [];
  const slowest = new Map<string, number>();
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    found += await run(i);
    const took = performance.now() - t0;
    ms.push(took);
    slowest.set(what(i), Math.max(slowest.get(what(i)) ?? 0, took));
  }
  if (found === 0) throw new Error(`${label}: niets gevonden; de meting zou niets zeggen`);
  log(`  ${kind} ${label}: p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms (${(found / RUNS).toFixed(1)} resultaten per vraag)`);
  log(`    traagste per vraag: ${[...slowest].sort((a, b) => b[1] - a[1]).map(([q, t]) => `${q} ${t.toFixed(0)} ms`).join(', ')}`);
  emit(`learning.${label}.p50.${kind}`, pct(ms, 50), 'ms');
  emit(`learning.${label}.p95.${kind}`, pct(ms, 95), 'ms');
}

const SEARCHES = ['woning', 'briefadres jongere', 'uitkring', 'kostendelersnorm', 'bakfiets', 'mantelzorgwoning tuin', 'schulden beslag', 'huurtoeslag'];
const KNELPUNTEN = [
  { blockingLaw: 'Participatiewet', blockingArticle: 'art. 22a', knelpuntType: 'regel_botst', lifeDomains: ['financien', 'huisvesting'], text: 'Kostendelersnorm verlaagt de uitkering van de moeder omdat haar zoon van 21 bij haar woont' },
  { blockingLaw: 'Huisvestingsverordening', blockingArticle: 'art. 2.6.4', knelpuntType: 'regel_botst', lifeDomains: ['huisvesting'], text: 'Geen urgentie omdat zij zelf bij haar moeder introk na de scheiding' },
  { blockingLaw: 'Wet BRP', blockingArticle: 'art. 2.40', knelpuntType: 'aanbod_ontbreekt', lifeDomains: ['huisvesting', 'financien'], text: 'Jongere zonder adres krijgt geen briefadres en daardoor geen uitkering' },
];

/** The filled library: from BENCH_LIBRARY_IMAGE when it is there (PGlite), else filled now (and kept there when named). */
async function library(kind: DbKind): Promise<{ db: Db; close: () => Promise<void> }> {
  if (kind === 'pglite' && IMAGE && existsSync(IMAGE)) {
    const db = await openPglite(undefined, { loadDataDir: new Blob([readFileSync(IMAGE)]) });
    await migrate(db);
    log(`  bibliotheek geladen uit ${IMAGE}`);
    return { db, close: () => db.close() };
  }
  const t = await openTestDb(kind);
  const fx = await seedFixture(t.db);
  await fill(t.db, fx.orgs.utrecht, ENTRIES);
  if (kind === 'pglite' && IMAGE) {
    writeFileSync(IMAGE, Buffer.from(await (await (t.db as Awaited<ReturnType<typeof openPglite>>).pglite.dumpDataDir('none')).arrayBuffer()));
    log(`  bibliotheek bewaard in ${IMAGE}`);
  }
  return t;
}

async function bench(kind: DbKind): Promise<void> {
  const { db, close } = await library(kind);
  try {
    if (wanted('search')) await time('search', kind, async (i) => (await db.transaction((tx) => queries.search(tx, SEARCHES[i % SEARCHES.length], {}, 1, 20))).items.length, (i) => SEARCHES[i % SEARCHES.length]);
    if (wanted('search_filtered')) await time('search_filtered', kind, async (i) => (await db.transaction((tx) => queries.search(tx, SEARCHES[i % SEARCHES.length], { municipality: PLACES[i % PLACES.length], year: 2024 }, 1, 20))).items.length, (i) => SEARCHES[i % SEARCHES.length]);
    if (wanted('similar')) await time('similar', kind, async (i) => {
      const k = KNELPUNTEN[i % KNELPUNTEN.length];
      return (await db.transaction((tx) => queries.similarTo(tx, { ...k, knelpuntId: null }, (t) => KNELPUNT_TYPE_LABELS[t as keyof typeof KNELPUNT_TYPE_LABELS] ?? t))).length;
    }, (i) => KNELPUNTEN[i % KNELPUNTEN.length].blockingLaw);
  } finally {
    await close();
  }
}

if (process.env.BENCH_LIBRARY_DB !== 'postgres') await bench('pglite');
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (process.env.BENCH_LIBRARY_DB === 'pglite') log('  alleen PGlite gevraagd');
else if (await reachable(url)) {
  process.env.TEST_DATABASE_URL = url;
  await bench('postgres');
} else log(`  PostgreSQL niet bereikbaar op ${url}: overgeslagen`);
