// SPDX-License-Identifier: EUPL-1.2
/**
 * Maatwerkbudget: spends registered per second on ONE pot under concurrency, through the whole HTTP
 * stack (session, validation, case access, pot row lock, mandate decision, insert, history, processing
 * log). Every spend on a pot waits for the pot's row lock, so this is the ceiling for one pot; spends
 * on different pots run side by side. JSON lines on stdout, progress on stderr.
 *
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test;
 * skipped with a note on stderr when unreachable.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { makeTestApp, type DbKind, type TestApp } from '../src/platform/testing';

const emit = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

const SPENDS = Number(process.env.BENCH_BUDGET_SPENDS ?? 600);
const CONCURRENCY = [1, 8, 32];
const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);

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

async function run(t: TestApp, kind: DbKind, concurrency: number): Promise<void> {
  const bh = await t.as('budgethouder');
  const prof = await t.as('professional');
  const pot = await bh.post('/budget-pots', { name: `Bench ${kind} ${concurrency}`, goal: 'Benchmark van gelijktijdige uitgaven', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000_000, categories: ['vervoer'] });
  await bh.post(`/budget-pots/${pot.body.id}/mandates`, { role: 'professional', maxPerSpendCents: 10_000, maxPerCaseCents: 1_000_000_000 });
  const cs = await prof.post('/cases', { title: 'Benchmarkcasus', household: { name: 'Huishouden Bench', members: [{ name: 'Bench', birthDate: '1990-01-01', role: 'aanvrager' }] } });
  const clients = await Promise.all(Array.from({ length: concurrency }, () => t.as('professional')));
  const body = { potId: pot.body.id, amountCents: 2_340, category: 'vervoer', payee: 'NS Reizigers', spentOn: today, description: 'Treinkaartje', justification: 'Sollicitatiegesprek; werk is het doel in het plan.' };
  // Warm up (query plans, JIT) outside the measurement.
  for (let i = 0; i < 10; i++) await prof.post(`/cases/${cs.body.id}/spends`, body);
  let next = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (next < SPENDS) {
        next++;
        const r = await c.post(`/cases/${cs.body.id}/spends`, body);
        if (r.status !== 201) failed++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const granted = (await t.db.query<{ n: number; s: number }>(`SELECT count(*)::int AS n, sum(amount_cents)::bigint AS s FROM budget_spends WHERE pot_id = $1 AND status = 'toegekend'`, [pot.body.id])).rows[0];
  log(`  ${kind} c=${concurrency}: ${SPENDS} spends in ${seconds.toFixed(2)} s, ${failed} failed, granted ${granted.n} (${granted.s} cent)`);
  if (failed || granted.n !== SPENDS + 10 || granted.s !== (SPENDS + 10) * 2_340) throw new Error('benchmark: unexpected outcome, the figures would be meaningless');
  emit(`budget.spends_per_second.one_pot.${kind}.c${concurrency}`, SPENDS / seconds, 'spends/s');
}

async function bench(kind: DbKind) {
  log(`# budget: ${SPENDS} spends on one pot, ${kind}`);
  const t = await makeTestApp(kind);
  try {
    for (const c of CONCURRENCY) await run(t, kind, c);
  } finally {
    await t.close();
  }
}

await bench('pglite');
const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
if (await reachable(url)) {
  process.env.TEST_DATABASE_URL = url;
  await bench('postgres');
} else {
  log(`# budget: PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//***@')} not reachable; PostgreSQL figures skipped`);
}
