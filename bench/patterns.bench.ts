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

benchMining();
