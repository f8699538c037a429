// SPDX-License-Identifier: EUPL-1.2
/**
 * The worker pool for the income room's CPU-heavy requests (the batch, the scenarios and the
 * minima-effectrapportage), so that one large computation never holds up other users' requests on
 * the event loop (ADR 0010). Piscina runs `worker.mjs` in worker threads; the pool starts on first
 * use. INCOME_WORKERS sets the number of threads (default: the cores minus one, at least one, at
 * most four); 0 computes in the request's own thread (for debugging only).
 */
import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { computeIncomeTask, encodeAnswer, type EncodedAnswer, type IncomeTask } from './compute';

export function workerCount(env = process.env): number {
  const v = env.INCOME_WORKERS;
  if (v === undefined || v === '') return Math.max(1, Math.min(4, availableParallelism() - 1));
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`Omgevingsvariabele INCOME_WORKERS moet een geheel getal van 0 tot en met 64 zijn, niet "${v}".`);
  return n;
}

let pool: Piscina | undefined;

function getPool(): Piscina | undefined {
  const n = workerCount();
  if (n === 0) return undefined;
  pool ??= new Piscina({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: n,
    idleTimeout: 60_000,
    // Workers do not inherit the parent's flags (tsx, inspector); worker.mjs registers tsx itself.
    execArgv: [],
  });
  return pool;
}

export type PooledAnswer = EncodedAnswer & { threadId: number };

/** Run a task in a worker thread (or in this thread when INCOME_WORKERS=0). */
export async function runIncomeTask(task: IncomeTask): Promise<PooledAnswer> {
  const p = getPool();
  if (!p) return { ...encodeAnswer(computeIncomeTask(task)), threadId };
  return (await p.run(task)) as PooledAnswer;
}

/** Tasks the pool has finished since it started (0 before the first task). */
export function incomePoolCompleted(): number {
  return pool?.completed ?? 0;
}

/** Stop the worker threads (at shutdown and after tests). */
export async function closeIncomePool(): Promise<void> {
  const p = pool;
  pool = undefined;
  if (p) await p.destroy();
}
