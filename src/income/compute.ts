// SPDX-License-Identifier: EUPL-1.2
/**
 * The CPU-heavy work of the income routes as pure functions of a plain task: the batch, the three
 * scenarios and the minima-effectrapportage. A task's answer is the finished response body (the
 * JSON text, CSV or HTML), so that a worker thread (see pool.ts) does the serialising too and the
 * main thread only passes a string on. The same function runs in-process in tests, which compare
 * the two paths byte for byte.
 */
import { Problem } from '../platform/errors';
import { householdAmounts, type HouseholdAmounts, type HouseholdEvaluation } from './household';
import {
  evaluateHousehold, fluctuatingChartSvg, minimaCsv, minimaHtml, parseCashflowInput, parseFluctuatingInput, parseHouseholdProfile, parseMinimaInput, renderEvaluation,
  runCashflowScenario, runFluctuatingScenario, runMinimaReport,
} from './index';
import type { GemeenteConfig } from './rules/gemeentelijk/schema';
import { simulatePopulationChunk, type PopulationChunkTask } from './scenarios/population';

export const MAX_BATCH = 1000;

/** An evaluation with its explanation also as Dutch text. */
export type Evaluation = HouseholdEvaluation & { uitlegTekst: string };

/** One household with everything explained, also as Dutch text; field names under `prefix`. */
export function evaluate(profiel: unknown, datum: string, prefix = 'profiel', own?: GemeenteConfig | null): Evaluation {
  const e = evaluateHousehold(parseHouseholdProfile(profiel, datum, prefix), datum, own);
  return { ...e, uitlegTekst: renderEvaluation(e) };
}

export type BatchItem =
  | ({ index: number } & HouseholdAmounts)
  | { index: number; evaluatie: Evaluation }
  | { index: number; fout: { detail: string; invalidParams: Problem['invalidParams'] } };

export interface BatchAnswer {
  aantal: number;
  fouten: number;
  resultaten: BatchItem[];
}

/**
 * Many households at once; per household the outcome or the error. Without `uitleg` only the
 * amounts are computed (no explanation steps, no text), on the engine's hot path.
 */
export function evaluateBatch(datum: string, profielen: unknown[], uitleg: boolean | undefined, own?: GemeenteConfig | null): BatchAnswer {
  let fouten = 0;
  const resultaten = profielen.map((p, index): BatchItem => {
    try {
      if (uitleg) return { index, evaluatie: evaluate(p, datum, `profielen.${index}`, own) };
      return { index, ...householdAmounts(parseHouseholdProfile(p, datum, `profielen.${index}`), datum, own) };
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      fouten++;
      return { index, fout: { detail: err.detail, invalidParams: err.invalidParams } };
    }
  });
  return { aantal: profielen.length, fouten, resultaten };
}

export type IncomeTask =
  | { kind: 'batch'; datum: string; profielen: unknown[]; uitleg?: boolean; gemeente?: GemeenteConfig | null }
  | { kind: 'fluctuating'; input: unknown }
  | { kind: 'cashflow'; input: unknown }
  | { kind: 'minima'; input: unknown; formaat: 'json' | 'csv' | 'html'; gemeente?: GemeenteConfig | null }
  | { kind: 'population'; input: PopulationChunkTask };

/** A finished response body, or the problem to answer with (a Problem does not survive a thread hop). */
export type TaskAnswer =
  | { ok: true; body: string; contentType: string; filename?: string }
  | { ok: false; problem: { status: number; code: string; title: string; detail: string; invalidParams: Problem['invalidParams']; extra: Record<string, unknown> } };

const JSON_TYPE = 'application/json';

export function computeIncomeTask(task: IncomeTask): TaskAnswer {
  try {
    switch (task.kind) {
      case 'batch':
        return { ok: true, body: JSON.stringify(evaluateBatch(task.datum, task.profielen, task.uitleg, task.gemeente)), contentType: JSON_TYPE };
      case 'fluctuating': {
        const result = runFluctuatingScenario(parseFluctuatingInput(task.input));
        return { ok: true, body: JSON.stringify({ ...result, grafiekSvg: fluctuatingChartSvg(result) }), contentType: JSON_TYPE };
      }
      case 'cashflow':
        return { ok: true, body: JSON.stringify(runCashflowScenario(parseCashflowInput(task.input))), contentType: JSON_TYPE };
      case 'population':
        return { ok: true, body: JSON.stringify(simulatePopulationChunk(task.input)), contentType: JSON_TYPE };
      case 'minima': {
        const report = runMinimaReport(parseMinimaInput(task.input), task.gemeente);
        const filename = `minima-effectrapportage-${report.gemeente ?? 'gemeente'}-${report.datum ?? ''}`;
        if (task.formaat === 'csv') return { ok: true, body: minimaCsv(report), contentType: 'text/csv; charset=utf-8', filename: `${filename}.csv` };
        if (task.formaat === 'html') return { ok: true, body: minimaHtml(report), contentType: 'text/html; charset=utf-8' };
        return { ok: true, body: JSON.stringify(report), contentType: JSON_TYPE };
      }
    }
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: { status: e.status, code: e.code, title: e.title, detail: e.detail, invalidParams: e.invalidParams, extra: e.extra } };
    throw e;
  }
}

/**
 * The answer as it crosses from a worker thread: the body as UTF-8 bytes, so the main thread
 * neither encodes a large text (a 1,000-household batch with uitleg is about 29 MB of JSON) nor
 * copies it more than once.
 */
export type EncodedAnswer =
  | { ok: true; bytes: Uint8Array; contentType: string; filename?: string }
  | Extract<TaskAnswer, { ok: false }>;

export function encodeAnswer(a: TaskAnswer): EncodedAnswer {
  if (!a.ok) return a;
  const { body, ...rest } = a;
  // TextEncoder gives the bytes their own ArrayBuffer (a small Buffer shares a pool), so a worker
  // can hand the buffer over instead of copying it.
  return { ...rest, bytes: new TextEncoder().encode(body) };
}

/** Turn a task's answer back into a Problem (thrown) or the body to send. */
export function unwrapAnswer<A extends TaskAnswer | EncodedAnswer>(a: A): Extract<A, { ok: true }> {
  if (a.ok) return a as Extract<A, { ok: true }>;
  const p = (a as Extract<TaskAnswer, { ok: false }>).problem;
  throw new Problem(p.status, p.code, p.title, p.detail, p.invalidParams, p.extra);
}
