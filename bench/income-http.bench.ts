// SPDX-License-Identifier: EUPL-1.2
/**
 * The income room over HTTP (issue 15): evaluations per second through the API — one household per
 * request (always with its explanation), and batches of 1,000 with and without explanations — and
 * the simulation screen's path for 400,000 households x 36 months (start the job, poll it until it
 * is done). The app runs in a CHILD process with the demo data on PGlite in a temporary folder, so
 * the load generator does not share its event loop. INCOME_WORKERS (default 2 here) sets the
 * worker pool. JSON lines on stdout, progress on stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { openPglite } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { loadDemoIfEmpty } from '../src/demo';
import { startAppChild, stopAppChild } from './app-child';

const log = (s: string) => process.stderr.write(`${s}\n`);
const round = (v: number) => Math.round(v * 100) / 100;
const WORKERS = process.env.INCOME_WORKERS ?? '2';
const HOUSEHOLDS = Number(process.env.INCOME_BENCH_HOUSEHOLDS ?? 400_000);
const emit = (name: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ name, value: round(value), unit, workers: Number(WORKERS), ...extra, loadavg: loadavg().map(round) })}\n`);

const tmp = mkdtempSync(join(tmpdir(), 'maatwerk-income-http-'));
async function cleanup() {
  await stopAppChild();
  rmSync(tmp, { recursive: true, force: true });
}
const hardStop = setTimeout(() => {
  log('# income-http bench: over 300 s, stopping');
  void cleanup().finally(() => process.exit(1));
}, 300_000);
hardStop.unref();

/** A household of the demo's kind: a single parent with two children in Utrecht, some wages. */
const profiel = (i: number) => ({
  gemeente: 'utrecht',
  huishouden: {
    type: 'alleenstaande-ouder',
    leden: [
      { rol: 'aanvrager', geboortedatum: '1988-04-12', nettoLoonPerMaand: (i * 3779) % 90000, toetsingsinkomenPerJaar: 1500000 + ((i * 7919) % 1500000) },
      { rol: 'kind', geboortedatum: '2016-09-21' },
      { rol: 'kind', geboortedatum: '2019-01-30' },
    ],
    huurPerMaand: 60000 + (i % 200) * 100,
    vermogen: 0,
    maandenLaagInkomen: 40,
  },
});

async function main() {
  log('# income-http: preparing PGlite with the demo data');
  const db = await openPglite(tmp);
  await migrate(db);
  await loadDemoIfEmpty(db);
  await db.close();
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HOST: '127.0.0.1', DATA_DIR: tmp, DEMO_DATA: 'false', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false', INCOME_WORKERS: WORKERS };
  delete env.DATABASE_URL;
  const { base, login } = await startAppChild(env);
  const sanne = await login('sanne');
  const femke = await login('femke');
  const headers = (cookie: string) => ({ 'content-type': 'application/json', origin: base, cookie });
  const post = (cookie: string, path: string, body: unknown) => fetch(`${base}/api/v1${path}`, { method: 'POST', headers: headers(cookie), body: JSON.stringify(body) });

  // ---- one household per request (the evaluation always carries its explanation) ----
  const single = JSON.stringify({ datum: '2026-03-01', profiel: profiel(7) });
  const check = await post(sanne, '/income/evaluations', JSON.parse(single));
  if (check.status !== 200) throw new Error(`evaluation: ${check.status} ${await check.text()}`);
  const run = (opts: autocannon.Options) => new Promise<autocannon.Result>((resolve, reject) => autocannon(opts, (err, res) => (err ? reject(err) : resolve(res))));
  const opts = { url: `${base}/api/v1/income/evaluations`, method: 'POST' as const, headers: headers(sanne), body: single, connections: 8 };
  await run({ ...opts, duration: 2 }); // warm-up
  log('# income-http: POST /income/evaluations, 8 connections, 5 s');
  const r1 = await run({ ...opts, duration: 5 });
  if (r1.non2xx) throw new Error(`${r1.non2xx} evaluations failed`);
  emit('income_http_evaluations_single_per_s', r1.requests.average, 'evaluations/s', { latency_p99_ms: r1.latency.p99 });

  // ---- batches of 1,000, with and without explanations ----
  const profielen = Array.from({ length: 1000 }, (_, i) => profiel(i));
  for (const uitleg of [false, true]) {
    const body = { datum: '2026-03-01', profielen, uitleg };
    await post(sanne, '/income/evaluations/batch', body).then((r) => r.arrayBuffer()); // warm-up
    const rounds = uitleg ? 2 : 10;
    log(`# income-http: ${rounds} batches of 1,000 ${uitleg ? 'with' : 'without'} explanations, two at a time`);
    const t0 = performance.now();
    let bytes = 0;
    const lane = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await post(sanne, '/income/evaluations/batch', body);
        if (r.status !== 200) throw new Error(`batch: ${r.status}`);
        bytes += (await r.arrayBuffer()).byteLength;
      }
    };
    await Promise.all([lane(rounds / 2), lane(rounds / 2)]);
    const s = (performance.now() - t0) / 1000;
    emit(`income_http_evaluations_batch_${uitleg ? 'with' : 'without'}_explanation_per_s`, (rounds * 1000) / s, 'evaluations/s', { response_mb: round(bytes / rounds / 1e6) });
  }

  // ---- the simulation screen's path: start the job, poll it until done ----
  log(`# income-http: POST /income/simulaties for ${HOUSEHOLDS} households x 36 months, polled every 100 ms`);
  const t0 = performance.now();
  const start = await post(femke, '/income/simulaties', { populatie: { soort: 'synthetisch', huishoudens: HOUSEHOLDS, gemiddeldLoonPerMaand: 60000, spreidingProcent: 50, aandeelWisselendProcent: 70, aandeelMaandenZonderWerkProcent: 5 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 });
  if (start.status !== 202) throw new Error(`simulation: ${start.status} ${await start.text()}`);
  const job = (await start.json()) as { id: string };
  let polls = 0;
  let last: { status: string; seconden: number | null; uitkomst: { fondsBijZekerheid: number; kostenPerHuishouden: number; maandenVermedenPerHuishouden: number } | null } = { status: 'bezig', seconden: null, uitkomst: null };
  while (last.status === 'bezig') {
    await new Promise((r) => setTimeout(r, 100));
    last = await fetch(`${base}/api/v1/income/simulaties/${job.id}`, { headers: headers(femke) }).then((r) => r.json() as Promise<typeof last>);
    polls++;
  }
  if (last.status !== 'klaar' || !last.uitkomst) throw new Error(`simulation ended as ${last.status}`);
  const seconds = (performance.now() - t0) / 1000;
  emit(`income_http_simulation_${Math.round(HOUSEHOLDS / 1000)}k_x36_seconds`, seconds, 's', { polls, server_seconds: last.seconden });
  emit('income_http_simulation_fund_95_eur', last.uitkomst.fondsBijZekerheid / 100, 'EUR');
  emit('income_http_simulation_cost_per_household_eur', last.uitkomst.kostenPerHuishouden / 100, 'EUR');
}

main()
  .then(cleanup, async (e) => {
    log(`# income-http bench failed: ${(e as Error).stack ?? e}`);
    await cleanup();
    process.exitCode = 1;
  })
  .finally(() => clearTimeout(hardStop));
