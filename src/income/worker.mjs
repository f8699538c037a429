// SPDX-License-Identifier: EUPL-1.2
/**
 * Entry of an income worker thread (see pool.ts). Workers start without the parent's loader flags,
 * so this plain-JavaScript entry registers tsx itself and then loads the TypeScript task runner;
 * the same file works under `npm start` (tsx) and under vitest.
 */
import { threadId } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const { computeIncomeTask, encodeAnswer } = await import('./compute.ts');

/**
 * Piscina calls the default export with the task; the answer carries the thread that did it. The
 * body's buffer is transferred, not copied: receiving a copied 29 MB body held the main thread for
 * 150-330 ms, which is what the pool is there to prevent.
 */
export default function run(task) {
  const answer = { ...encodeAnswer(computeIncomeTask(task)), threadId };
  if (!answer.ok) return answer;
  return move({ [transferableSymbol]: answer.bytes.buffer, [valueSymbol]: answer });
}
