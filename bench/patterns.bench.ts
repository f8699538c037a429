// SPDX-License-Identifier: EUPL-1.2
/**
 * Patterns (giftige cocktails) benchmarks. JSON lines on stdout, progress on stderr.
 *  1. FP-growth over 1,000,000 synthetic cases (12 life domains, 10 knelpunt attributes: 6 types and
 *     4 blocking laws, plus children in the household), minimum count 1 % of the cases, on one core
 *     (target < 2 s);
 *  2. the organisation's own analysis through the API (GET /api/v1/patronen) on 50,000 cases in the
 *     database (target < 200 ms).
 */
import { performance } from 'node:perf_hooks';
import { flatten, fpGrowth, itemsOf, type CaseFacts } from '../src/learning/patterns/model';
import { syntheticCases } from '../src/learning/patterns/synthetic';
import { makeTestApp } from '../src/platform/testing';
import { insertSyntheticCases } from '../src/cases/commands';
import { todayInAmsterdam } from '../src/platform/today';
import type { Actor, Role } from '../src/platform/authz';

const emit = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

function miningInput(n: number) {
  const cases = syntheticCases(n, 20261201);
  const keys = new Map<string, number>();
  const txs = cases.map((c) => {
    const facts: CaseFacts = { caseId: '', teamId: '', openedOn: '', closedOn: null, problemDomains: c.problemDomains, hasChildren: c.hasChildren, knelpunten: c.knelpunten };
    const items = itemsOf(facts).map((k) => keys.get(k) ?? (keys.set(k, keys.size), keys.size - 1));
    return { items, stuck: c.stuck };
  });
  return { flat: flatten(txs), itemCount: keys.size };
}

function benchMining() {
  const n = 1_000_000;
  log(`generating ${n} synthetic cases…`);
  const { flat, itemCount } = miningInput(n);
  log(`${itemCount} distinct items; mining…`);
  fpGrowth(flat, itemCount, { minCount: n / 100, maxLength: 4 }); // warm-up
  const runs: number[] = [];
  let sets = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    sets = fpGrowth(flat, itemCount, { minCount: n / 100, maxLength: 4 }).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  log(`${sets} frequent itemsets; runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms`);
  emit('patterns.mining_1m_cases_ms', runs[1], 'ms');
  emit('patterns.mining_1m_cases_target_ratio', runs[1] / 2000, 'ratio (< 1 meets the 2 s target)');
  emit('patterns.mining_1m_itemsets', sets, 'itemsets');
}

/** 50,000 cases in one organisation (scores, children, knelpunten, escalations), then GET /patronen through the app. */
async function benchApi() {
  const n = Number(process.env.BENCH_PATTERN_CASES ?? 50_000);
  const t = await makeTestApp(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  try {
    const admin = await t.as('admin');
    await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }] });
    const level = (await t.db.query<{ id: string }>(`SELECT id FROM escalation_levels WHERE organisation_id = $1`, [t.fx.orgs.utrecht])).rows[0].id;
    const u = (await t.db.query<{ id: string; roles: Role[] }>(`SELECT id, roles FROM users WHERE username = 'professional'`)).rows[0];
    const actor: Actor = { userId: u.id, userName: 'Bench', username: 'professional', organisationId: t.fx.orgs.utrecht, teamId: t.fx.teams.utrechtWest, roles: u.roles };
    const today = todayInAmsterdam(new Date());
    const day = (ago: number) => new Date(Date.parse(`${today}T12:00:00Z`) - ago * 86_400_000).toISOString().slice(0, 10);
    log(`seeding ${n} cases…`);
    const synthetic = syntheticCases(n, 50_000);
    for (let from = 0; from < n; from += 5_000) {
      const chunk = synthetic.slice(from, from + 5_000);
      await t.db.transaction(async (tx) => {
        const rows = chunk.map((c, i) => ({ householdName: `Bench ${from + i}`, members: [{ name: 'Bench', birthDate: '1980-01-01', role: 'aanvrager' as const }, ...(c.hasChildren ? [{ name: 'Kind', birthDate: '2015-01-01', role: 'kind' as const }] : [])], title: 'Bench', summary: '', openedOn: day(((from + i) * 7) % 300), assessedOn: day(((from + i) * 7) % 300), scores: c.problemDomains.map((d) => ({ domain: d, score: 2, reason: 'bench' })), closedOn: null, closeReason: null }));
        const made = await insertSyntheticCases(tx, actor, rows);
        const ks = chunk.flatMap((c, i) => c.knelpunten.map((k) => ({ caseId: made[i].id, householdId: made[i].householdId, on: rows[i].openedOn, ...k })));
        const ids = (
          await tx.query<{ id: string }>(
            `INSERT INTO knelpunten (organisation_id, case_id, household_id, team_id, solution_needed, blocking_law, blocking_organisation, type, status, created_on)
             SELECT $1, c, h, $2, 'bench', l, 'bench', ty, CASE WHEN e THEN 'in_escalatie' ELSE 'open' END, o FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::bool[], $8::date[]) AS x(c, h, l, ty, e, o) RETURNING id`,
            [actor.organisationId, actor.teamId, ks.map((k) => k.caseId), ks.map((k) => k.householdId), ks.map((k) => k.blockingLaw), ks.map((k) => k.type), ks.map((k) => k.escalated), ks.map((k) => k.on)],
          )
        ).rows.map((r) => r.id);
        const esc = ks.map((k, i) => ({ id: ids[i], ...k })).filter((k) => k.escalated);
        await tx.query(`INSERT INTO escalation_steps (organisation_id, knelpunt_id, level_id, escalated_on, deadline) SELECT $1, k, $2, o, o FROM unnest($3::uuid[], $4::date[]) AS x(k, o)`, [actor.organisationId, level, esc.map((k) => k.id), esc.map((k) => k.on)]);
      });
    }
    const beleid = await t.as('beleid');
    // Steady state: autovacuum would have analysed the fresh rows (and set the visibility map) within
    // a minute; right after a bulk load the planner has no statistics yet.
    if (process.env.TEST_DATABASE_URL) await t.db.query('VACUUM ANALYZE');
    log('timing GET /patronen…');
    const first = await beleid.get('/patronen');
    if (first.status !== 200 || first.body.total < n * 0.9) throw new Error(`GET /patronen: ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = await beleid.get('/patronen');
      runs.push(performance.now() - t0);
      if (r.status !== 200) throw new Error(`GET /patronen: ${r.status}`);
    }
    runs.sort((a, b) => a - b);
    log(`${first.body.total} cases, ${first.body.combinations.length} combinations; runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms`);
    emit('patterns.api_analysis_50k_cases_ms', runs[2], `ms (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`);
    emit('patterns.api_analysis_50k_cases_target_ratio', runs[2] / 200, 'ratio (< 1 meets the 200 ms target)');
  } finally {
    await t.close();
  }
}

// BENCH_SKIP_MINING=1 runs only the API figure.
if (!process.env.BENCH_SKIP_MINING) benchMining();
await benchApi();
