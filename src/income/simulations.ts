// SPDX-License-Identifier: EUPL-1.2
/**
 * Simulation jobs of the policy adviser (ADR 0024): a job cuts the population into chunks, runs
 * them in the income worker pool side by side and counts the households done, so the page can poll
 * the job and show progress; the merged sums become the council's answers. Jobs live in this
 * process's memory (they hold no personal data: synthetic or anonymous wage series) for an hour
 * after they finish; one organisation runs at most two at a time.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/authz';
import { Problem, notFound } from '../platform/errors';
import { unwrapAnswer } from './compute';
import { runIncomeTask } from './pool';
import { enforce, maySimulate } from './policy';
import { chunksOf, mergeChunks, parseSimulatieInvoer, summarise, type PopulationChunk, type SimulatieUitkomst } from './scenarios/population';

export type SimulatieStatus = 'bezig' | 'klaar' | 'mislukt';

export interface SimulatieJob {
  id: string;
  status: SimulatieStatus;
  huishoudensKlaar: number;
  huishoudensTotaal: number;
  gestartOp: string;
  seconden: number | null;
  uitkomst: SimulatieUitkomst | null;
  fout: string | null;
}

interface Entry {
  organisationId: string;
  job: SimulatieJob;
  done: Promise<void>;
  finishedAt: number | null;
}

const jobs = new Map<string, Entry>();
const KEEP_MS = 60 * 60 * 1000;
const MAX_RUNNING_PER_ORG = 2;

function sweep(now = Date.now()): void {
  for (const [id, e] of jobs) if (e.finishedAt !== null && now - e.finishedAt > KEEP_MS) jobs.delete(id);
}

/** Validate and start a simulation; answers at once with the job (its status `bezig`). */
export function startSimulation(actor: Actor, input: unknown): SimulatieJob {
  enforce(maySimulate(actor));
  const { invoer, reeksen } = parseSimulatieInvoer(input);
  sweep();
  const running = [...jobs.values()].filter((e) => e.organisationId === actor.organisationId && e.job.status === 'bezig').length;
  if (running >= MAX_RUNNING_PER_ORG) throw new Problem(429, 'te_veel_simulaties', 'Te veel simulaties tegelijk', `Er lopen al ${running} simulaties voor deze organisatie; wacht tot er een klaar is.`);
  const total = reeksen ? reeksen.length : invoer.populatie.soort === 'synthetisch' ? invoer.populatie.huishoudens : 0;
  const job: SimulatieJob = { id: randomUUID(), status: 'bezig', huishoudensKlaar: 0, huishoudensTotaal: total, gestartOp: new Date().toISOString(), seconden: null, uitkomst: null, fout: null };
  const t0 = performance.now();
  const entry: Entry = { organisationId: actor.organisationId, job, finishedAt: null, done: Promise.resolve() };
  // The chunk's own input: a synthetic chunk needs only its range; an uploaded one its own series.
  const light = reeksen ? { ...invoer, populatie: { soort: 'reeksen' as const, csv: '' } } : invoer;
  entry.done = Promise.all(
    chunksOf(total).map(async (c) => {
      const a = unwrapAnswer(await runIncomeTask({ kind: 'population', input: { invoer: light, from: c.from, to: c.to, reeksen: reeksen ? reeksen.slice(c.from, c.to) : null } }));
      const part = JSON.parse(new TextDecoder().decode(a.bytes)) as PopulationChunk;
      job.huishoudensKlaar += part.huishoudens;
      return part;
    }),
  ).then(
    (parts) => {
      job.uitkomst = summarise(invoer, parts.reduce(mergeChunks));
      job.status = 'klaar';
      job.seconden = Math.round((performance.now() - t0) / 10) / 100;
      entry.finishedAt = Date.now();
    },
    (e: unknown) => {
      job.status = 'mislukt';
      job.fout = e instanceof Problem ? e.detail : 'De simulatie is onverwacht gestopt; probeer het opnieuw.';
      entry.finishedAt = Date.now();
    },
  );
  jobs.set(job.id, entry);
  return job;
}

/** A job of the actor's own organisation (404 for another's, as for one that does not exist). */
export function getSimulation(actor: Actor, id: string): SimulatieJob {
  enforce(maySimulate(actor));
  const e = jobs.get(id);
  if (!e || e.organisationId !== actor.organisationId) throw notFound('Deze simulatie');
  return e.job;
}

/** For tests and the benchmark: wait until the job has finished. */
export async function simulationDone(id: string): Promise<void> {
  await jobs.get(id)?.done;
}
