// SPDX-License-Identifier: EUPL-1.2
/**
 * Bestaansbalans buffer simulation for 400,000 synthetic households x 36 months (seed 20260101),
 * split over worker threads (one per core, at most 2 by default). JSON lines on stdout, progress
 * on stderr. The same file is the worker entry (isMainThread switch).
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { emptyStats, histogramPercentile, mergeStats, simulateBufferBatch, type BatchOptions, type BatchStats } from '../src/income/scenarios/buffer-batch';

const HOUSEHOLDS = Number(process.env.INCOME_BENCH_HOUSEHOLDS ?? 400_000);
const OPTIONS: BatchOptions = { startMaand: '2026-01-01', maanden: 36, seed: 20260101, lag: 2, capPerYear: Number.MAX_SAFE_INTEGER };

interface Job {
  from: number;
  to: number;
  options: BatchOptions;
}

if (!isMainThread) {
  const job = workerData as Job;
  const stats = simulateBufferBatch(job.options, job.from, job.to, (done) => parentPort?.postMessage({ progress: done }));
  parentPort?.postMessage({ stats });
} else {
  const emit = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`);
  // Under Node 20 the tsx loader hooks are not active inside worker threads, so the worker boots
  // from a tiny CommonJS snippet that registers tsx and then imports this TypeScript file.
  const TSX_API = import.meta.resolve('tsx/esm/api');
  const WORKER_BOOT = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); }).catch((e) => { console.error(e); process.exit(1); });`;
  const threads = Math.max(1, Math.min(Number(process.env.INCOME_BENCH_THREADS ?? 2), availableParallelism()));
  process.stderr.write(`# income-buffer: ${HOUSEHOLDS} households x ${OPTIONS.maanden} months on ${threads} worker thread(s)\n`);

  async function run(options: BatchOptions): Promise<{ stats: BatchStats; seconds: number }> {
    const t0 = performance.now();
    const per = Math.ceil(HOUSEHOLDS / threads);
    const done = new Array(threads).fill(0);
    let nextReport = 100_000;
    const parts = await Promise.all(
      Array.from({ length: threads }, (_, w) => {
        const job: Job = { from: w * per, to: Math.min(HOUSEHOLDS, (w + 1) * per), options };
        return new Promise<BatchStats>((resolve, reject) => {
          const worker = new Worker(WORKER_BOOT, { eval: true, workerData: job });
          worker.on('message', (m: { progress?: number; stats?: BatchStats }) => {
            if (m.progress) {
              done[w] = m.progress;
              const total = done.reduce((a, b) => a + b, 0);
              if (total >= nextReport) {
                process.stderr.write(`#   ${total} / ${HOUSEHOLDS} households\n`);
                nextReport = (Math.floor(total / 100_000) + 1) * 100_000;
              }
            }
            if (m.stats) resolve(m.stats);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`worker stopped with ${code}`)));
        });
      }),
    );
    return { stats: parts.reduce(mergeStats, emptyStats()), seconds: (performance.now() - t0) / 1000 };
  }

  const { stats, seconds } = await run(OPTIONS);
  emit(`income_buffer_${Math.round(HOUSEHOLDS / 1000)}k_x${OPTIONS.maanden}_seconds`, seconds, 's');
  emit('income_buffer_household_months_per_s', stats.householdMonths / seconds, 'household-months/s');
  emit('income_buffer_fund_cost_total_eur', stats.fundCost / 100, 'EUR');
  emit('income_buffer_fund_cost_per_household_eur', stats.fundCost / stats.households / 100, 'EUR');
  emit('income_buffer_max_balance_p50_eur_upper_bound', histogramPercentile(stats, 50) / 100, 'EUR');
  emit('income_buffer_max_balance_p95_eur_upper_bound', histogramPercentile(stats, 95) / 100, 'EUR');
  emit('income_buffer_max_balance_highest_eur', stats.maxBufferMax / 100, 'EUR');
  emit('income_buffer_households_using_buffer_share', (100 * stats.householdsUsingBuffer) / stats.households, '%');
  emit('income_deduction_months_regular_per_household', stats.deductionMonthsRegular / stats.households, 'months');
  emit('income_deduction_months_buffer_per_household', stats.deductionMonthsBuffer / stats.households, 'months');
}
