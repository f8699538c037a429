// SPDX-License-Identifier: EUPL-1.2
/**
 * Load benchmarks over HTTP. The app runs in a CHILD process (`node --import tsx src/main.ts`), the
 * load generator (autocannon) in this one, so generator and server do not share an event loop.
 * Database: PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (a fresh throw-away database
 * on that server, dropped afterwards), else PGlite in a temporary folder. Both get the demo data
 * plus BENCH_CASES extra cases (default 3,000: 1,000 in the demo professional's team, the rest in
 * a second team of the same organisation), seeded here before the child starts.
 *
 * Figures (one JSON line each, with the machine's load average):
 *  1. GET /api/v1/cases at 200 req/s for 10 s: p50 and p99 latency, with the requests evenly
 *     spaced (one every 5 ms, open loop: each latency counts from when the request was due, so a
 *     slow answer cannot hide the ones queued behind it), as users arrive; and, for comparison, the
 *     same rate as autocannon sends it — every connection's share of the second at once, at the start
 *     of each second: a burst of 200 every second, whose p99 is mostly the time to drain the burst;
 *  2. for scale, the most requests per second /health, /auth/me and /cases get answered (10
 *     connections, 4 s each);
 *  3. GET /api/v1/auth/me p99 at 100 req/s idle, then while two 1,000-household income batches
 *     (with uitleg) run back to back, and the ratio of the two.
 * The whole run stays under a minute; the child is stopped on every exit path.
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { loadDemoIfEmpty } from '../src/demo';
import { startAppChild, stopAppChild } from './app-child';
import { profiles, seed } from './load-data';

const log = (s: string) => process.stderr.write(`${s}\n`);
const round = (v: number) => Math.round(v * 100) / 100;
let dbKind = 'pglite';
const emit = (name: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ name, value: round(value), unit, db: dbKind, ...extra, loadavg: loadavg().map(round) })}\n`);

const EXTRA_CASES = Number(process.env.BENCH_CASES ?? 3000);

/**
 * An open-loop load of `rate` requests per second for `seconds`, evenly spaced, each with the next
 * session's cookie, over kept-alive connections. A request's latency counts from the moment it was
 * due, not from when it left (no coordinated omission).
 */
async function steadyRate(url: string, cookies: string[], rate: number, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const total = rate * seconds;
  const latencies: number[] = [];
  let non2xx = 0;
  const pending: Array<Promise<void>> = [];
  const start = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      new Promise<void>((resolve) => {
        const req = request(url, { agent, headers: { cookie: cookies[i % cookies.length] } }, (res) => {
          if ((res.statusCode ?? 0) >= 300) non2xx++;
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            resolve();
          });
        });
        req.on('error', () => {
          non2xx++;
          resolve();
        });
        req.end();
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return { requests: latencies.length, non2xx, p50: at(50), p99: at(99) };
}

let pgCleanup: (() => Promise<void>) | undefined;
let tmp: string | undefined;
async function cleanup() {
  await stopAppChild();
  if (pgCleanup) await pgCleanup().catch((e) => log(`# could not drop the bench database: ${e}`));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
const hardStop = setTimeout(() => {
  log('# load bench: over 90 s, stopping');
  void cleanup().finally(() => process.exit(1));
}, 90_000);
hardStop.unref();

async function main() {
  const pgUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false' };
  delete env.DATABASE_URL;
  let db: Db;
  if (pgUrl) {
    dbKind = 'postgres';
    const name = `maatwerk_bench_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    pgCleanup = async () => {
      const a = new pg.Client({ connectionString: pgUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    };
    db = await openPostgres(env.DATABASE_URL);
  } else {
    tmp = mkdtempSync(join(tmpdir(), 'maatwerk-bench-'));
    env.DATA_DIR = tmp;
    db = await openPglite(tmp);
  }
  log(`# load: preparing ${dbKind} with the demo data and ${EXTRA_CASES} extra cases`);
  await migrate(db);
  await loadDemoIfEmpty(db);
  await seed(db, EXTRA_CASES);
  await db.close();

  const { base, login } = await startAppChild(env, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
  const sanne = await login('sanne');
  const marieke = await login('marieke');
  // Many users, not one: each connection gets its own session (25 logins of the demo professional),
  // so the load is not serialised on one session row, which no real team would do.
  const sessions: string[] = [];
  for (let i = 0; i < 25; i++) sessions.push(await login('sanne'));
  const perConnection = (list: string[]) => {
    let i = 0;
    return (client: autocannon.Client) => client.setHeaders({ cookie: list[i++ % list.length] });
  };
  const others: string[] = [];
  for (let i = 0; i < 10; i++) others.push(await login('marieke'));
  const ahmed = await login('ahmed');
  const first = await fetch(`${base}/api/v1/cases`, { headers: { cookie: sanne } }).then((r) => r.json() as Promise<{ total: number; items: unknown[] }>);
  log(`# load: the case list shows ${first.items.length} of ${first.total} cases`);

  const run = (opts: autocannon.Options) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
    });

  // 1. the case list at 200 req/s: evenly spaced, then as autocannon's bursts
  await run({ url: `${base}/api/v1/cases`, setupClient: perConnection(sessions), connections: 10, overallRate: 200, duration: 2 }); // warm-up
  log('# load: GET /api/v1/cases at 200 req/s for 10 s, one request every 5 ms');
  const steady = await steadyRate(`${base}/api/v1/cases`, sessions, 200, 10);
  const steadyExtra = { rate: 200, spacing: 'even, open loop', sessions: sessions.length, requests: steady.requests, non2xx: steady.non2xx };
  emit('load_cases_list_p50_ms', steady.p50, 'ms', steadyExtra);
  emit('load_cases_list_p99_ms', steady.p99, 'ms', steadyExtra);
  log('# load: GET /api/v1/cases at 200 req/s for 10 s as bursts (autocannon, 50 connections)');
  const cases = await run({ url: `${base}/api/v1/cases`, setupClient: perConnection(sessions), connections: 50, overallRate: 200, duration: 10 });
  const extra = { rate: 200, spacing: 'a burst of 200 at the start of each second', connections: 50, sessions: sessions.length, requests: cases.requests.total, non2xx: cases.non2xx, errors: cases.errors, timeouts: cases.timeouts };
  emit('load_cases_list_burst_p50_ms', cases.latency.p50, 'ms', extra);
  emit('load_cases_list_burst_p99_ms', cases.latency.p99, 'ms', extra);

  // Capacity in the same run, for scale: as many requests as 10 connections get answered.
  for (const [name, path, list] of [['health', '/health', []], ['auth_me', '/api/v1/auth/me', others], ['cases', '/api/v1/cases', sessions]] as const) {
    const r = await run({ url: `${base}${path}`, ...(list.length ? { setupClient: perConnection([...list]) } : {}), connections: 10, duration: 4 });
    emit(`load_max_throughput_${name}`, r.requests.average, 'req/s', { p99ms: r.latency.p99, non2xx: r.non2xx });
  }
  if (process.env.BENCH_ONLY === 'cases') return;
  // 2. other users' /auth/me, idle versus while two 1,000-household batches run. First let the
  // server finish what the case list phase left queued (PGlite serves one query at a time).
  await new Promise((r) => setTimeout(r, 2000));
  await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: marieke } }).then((r) => r.arrayBuffer());
  const me = (duration: number) => run({ url: `${base}/api/v1/auth/me`, setupClient: perConnection(others), connections: 10, overallRate: 100, duration });
  log('# load: GET /api/v1/auth/me at 100 req/s, idle');
  const idle = await me(5);
  const body = JSON.stringify({ datum: '2026-03-01', uitleg: true, profielen: profiles(1000, 7) });
  let stop = false;
  let batches = 0;
  let batchMs = 0;
  const abort = new AbortController(); // a batch still running at the end is abandoned, to stay bounded
  const batchLoop = async () => {
    while (!stop) {
      const t0 = performance.now();
      try {
        const r = await fetch(`${base}/api/v1/income/evaluations/batch`, { method: 'POST', headers: { cookie: ahmed, 'content-type': 'application/json', origin: base }, body, signal: abort.signal });
        if (!r.ok) throw new Error(`batch: ${r.status} ${await r.text()}`);
        await r.arrayBuffer();
      } catch (e) {
        if (abort.signal.aborted) return;
        throw e;
      }
      batchMs += performance.now() - t0;
      batches++;
    }
  };
  log('# load: GET /api/v1/auth/me at 100 req/s while two 1,000-household batches run');
  const loops = [batchLoop(), batchLoop()];
  await new Promise((r) => setTimeout(r, 300));
  const busy = await me(8);
  stop = true;
  abort.abort();
  await Promise.all(loops);
  emit('load_auth_me_idle_p99_ms', idle.latency.p99, 'ms', { rate: 100, requests: idle.requests.total, non2xx: idle.non2xx });
  emit('load_auth_me_during_batches_p99_ms', busy.latency.p99, 'ms', { rate: 100, requests: busy.requests.total, non2xx: busy.non2xx, batchesCompleted: batches, batchMsMean: round(batchMs / Math.max(1, batches)) });
  emit('load_auth_me_p99_batches_vs_idle', busy.latency.p99 / Math.max(1, idle.latency.p99), 'ratio');
}

try {
  await main();
} catch (e) {
  log(`# load bench failed: ${e instanceof Error ? e.stack : e}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(hardStop);
}
