// SPDX-License-Identifier: EUPL-1.2
/**
 * The income worker pool (ADR 0010), in one process, no HTTP. JSON lines on stdout (with the
 * machine's load average), progress on stderr:
 *  1. the main thread's longest event-loop delay while a 1,000-household batch with uitleg is
 *     computed in-process (as before the pool) and in the pool (perf_hooks.monitorEventLoopDelay),
 *     and while idle, for the noise of a shared machine;
 *  2. microseconds per household of a batch without and with uitleg (in-process, warmed up).
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { computeIncomeTask, evaluateBatch, type IncomeTask } from '../src/income/compute';
import { closeIncomePool, runIncomeTask } from '../src/income/pool';
import { profiles } from './load-data';

const round = (v: number) => Math.round(v * 100) / 100;
const emit = (name: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ name, value: round(value), unit, ...extra, loadavg: loadavg().map(round) })}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

const DATUM = '2026-03-01';
const list = profiles(1000, 7);
const task: IncomeTask = { kind: 'batch', datum: DATUM, profielen: list, uitleg: true };

/** Longest and p99 event-loop delay in ms while `work` runs; a timer ticks every 5 ms meanwhile. */
async function delayDuring(work: () => Promise<unknown>) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  const tick = setInterval(() => undefined, 5);
  h.enable();
  await new Promise((r) => setTimeout(r, 20));
  await work();
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  clearInterval(tick);
  return { max: h.max / 1e6, p99: h.percentile(99) / 1e6 };
}

log('# income-pool: warming up the pool and the engine');
await runIncomeTask({ kind: 'batch', datum: DATUM, profielen: list.slice(0, 20), uitleg: true });
computeIncomeTask({ kind: 'batch', datum: DATUM, profielen: list.slice(0, 50), uitleg: true });

log('# income-pool: event-loop delay while idle for 3 s (the machine\'s own noise)');
const idle = await delayDuring(() => new Promise((r) => setTimeout(r, 3000)));
emit('income_idle_event_loop_delay_max_ms', idle.max, 'ms', { p99: round(idle.p99) });
log('# income-pool: event-loop delay during a 1,000-household batch with uitleg in the worker pool');
const pooled = await delayDuring(() => runIncomeTask(task));
emit('income_batch_1000_uitleg_event_loop_delay_max_pool_ms', pooled.max, 'ms', { p99: round(pooled.p99) });

// In-process second: its garbage (about 1 GB of explanation objects) is collected on this thread later.
log('# income-pool: the same in-process, as before the pool');
const inProcess = await delayDuring(async () => computeIncomeTask(task));
emit('income_batch_1000_uitleg_event_loop_delay_max_in_process_ms', inProcess.max, 'ms', { p99: round(inProcess.p99) });
log('# income-pool: microseconds per household, batch without and with uitleg');
for (const uitleg of [false, true]) {
  const runs = uitleg ? 3 : 10;
  evaluateBatch(DATUM, list, uitleg);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    evaluateBatch(DATUM, list, uitleg);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  emit(`income_batch_${uitleg ? 'with' : 'without'}_uitleg_us_per_household_median`, (times[Math.floor(runs / 2)] * 1000) / list.length, 'µs');
}
await closeIncomePool();
