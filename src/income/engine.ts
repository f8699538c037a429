// SPDX-License-Identifier: EUPL-1.2
/**
 * The generic rules engine: dated parameter lookup, loud validation of parameter files, and
 * helpers to turn a parameter into an explanation entry. It knows no law.
 */
import { invalid } from '../platform/errors';
import { CONFIDENCES, type ArticleRef, type ParameterFile, type ParameterVersion, type Step, type StepParameter, type Unit } from './types';
import { isIsoDate } from './dates';
import { dutchDate } from '../platform/dutch-date';

/** Thrown when a parameter file is broken. The message names the file and the key. */
export class ParameterFileError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    reason: string,
  ) {
    super(`${file}: ${key}: ${reason}`);
    this.name = 'ParameterFileError';
  }
}

function checkUnitValue(unit: Unit, v: number): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'is geen eindig getal';
  switch (unit) {
    case 'cent':
      return Number.isSafeInteger(v) && v >= 0 ? undefined : 'bedrag moet een niet-negatief geheel aantal eurocent zijn';
    case 'percent':
      return v >= 0 && v <= 100 ? undefined : 'percentage moet tussen 0 en 100 liggen';
    case 'months':
    case 'years':
    case 'count':
      return Number.isInteger(v) && v >= 0 ? undefined : 'moet een niet-negatief geheel getal zijn';
  }
}

/**
 * Validate a parameter file: dates, ordering, no overlap, legal basis complete, every schema key
 * present with the right unit, no unknown keys. Throws ParameterFileError on the first problem.
 */
export function validateParameterFile(pf: ParameterFile): ParameterFile {
  const f = pf.file;
  if (!pf.law) throw new ParameterFileError(f, 'law', 'ontbreekt');
  if (!isIsoDate(pf.knownThrough)) throw new ParameterFileError(f, 'knownThrough', 'geen geldige datum');
  if (!Array.isArray(pf.versions) || pf.versions.length === 0) throw new ParameterFileError(f, 'versions', 'geen versies');
  let prevFrom = '';
  pf.versions.forEach((v: ParameterVersion, i) => {
    const at = `versions[${i}]`;
    if (!isIsoDate(v.validFrom)) throw new ParameterFileError(f, `${at}.validFrom`, `geen geldige datum: ${String(v.validFrom)}`);
    if (v.validTo !== undefined) {
      if (!isIsoDate(v.validTo)) throw new ParameterFileError(f, `${at}.validTo`, `geen geldige datum: ${String(v.validTo)}`);
      if (v.validTo < v.validFrom) throw new ParameterFileError(f, `${at}.validTo`, 'ligt voor validFrom');
    }
    if (v.validFrom <= prevFrom) throw new ParameterFileError(f, `${at}.validFrom`, 'versies moeten oplopend en zonder dubbele startdatum staan');
    const prev = pf.versions[i - 1];
    if (prev?.validTo !== undefined && prev.validTo >= v.validFrom) throw new ParameterFileError(f, `${at}.validFrom`, `overlapt met versions[${i - 1}]`);
    prevFrom = v.validFrom;
    const b = v.basis;
    if (!b || !b.law || !b.article || !b.source || (Array.isArray(b.source) && b.source.length === 0)) {
      throw new ParameterFileError(f, `${at}.basis`, 'wettelijke grondslag onvolledig (law, article en source zijn verplicht)');
    }
    if (!CONFIDENCES.includes(b.confidence)) throw new ParameterFileError(f, `${at}.basis.confidence`, `onbekend: ${String(b.confidence)}`);
    for (const [key, entry] of Object.entries(pf.schema)) {
      const pv = v.values[key];
      if (pv === undefined) {
        if (entry.optional) continue;
        throw new ParameterFileError(f, `${at}.values.${key}`, 'ontbreekt');
      }
      if (pv.unit !== entry.unit) throw new ParameterFileError(f, `${at}.values.${key}.unit`, `verwacht ${entry.unit}, gevonden ${String(pv.unit)}`);
      const bad = checkUnitValue(entry.unit, pv.value);
      if (bad) throw new ParameterFileError(f, `${at}.values.${key}.value`, bad);
      if (pv.confidence !== undefined && !CONFIDENCES.includes(pv.confidence)) {
        throw new ParameterFileError(f, `${at}.values.${key}.confidence`, `onbekend: ${String(pv.confidence)}`);
      }
    }
    for (const key of Object.keys(v.values)) {
      if (!(key in pf.schema)) throw new ParameterFileError(f, `${at}.values.${key}`, 'onbekende sleutel (niet in het schema)');
    }
  });
  return pf;
}

/**
 * The version valid on `date`: the latest version whose validFrom <= date and whose validTo
 * (if any) >= date. Throws a 400 problem naming `field` when no version covers the date.
 */
export function versionAt(pf: ParameterFile, date: string, field = 'datum'): ParameterVersion {
  let found: ParameterVersion | undefined;
  for (const v of pf.versions) {
    if (v.validFrom <= date && (v.validTo === undefined || date <= v.validTo)) found = v;
  }
  if (!found) throw invalid(field, `geen parameters van ${pf.law} bekend voor ${dutchDate(date)}`);
  return found;
}

/** Dutch warning when a date lies beyond the last date the figures are known to be current. */
export function staleWarning(pf: ParameterFile, date: string): string | undefined {
  return date > pf.knownThrough
    ? `${pf.law}: voor ${dutchDate(date)} zijn geen actuele bedragen bekend; de laatst bekende bedragen (t/m ${dutchDate(pf.knownThrough)} vastgesteld) zijn gebruikt.`
    : undefined;
}

export function value(v: ParameterVersion, key: string, file?: ParameterFile): number {
  const pv = v.values[key];
  if (pv === undefined) throw invalid('datum', `parameter ${key} ontbreekt in ${file?.law ?? 'de parameterset'} vanaf ${dutchDate(v.validFrom)}`);
  return pv.value;
}

export function stepParam(v: ParameterVersion, key: string): StepParameter {
  const pv = v.values[key];
  return { name: key, value: pv.value, unit: pv.unit, validFrom: v.validFrom, confidence: pv.confidence ?? v.basis.confidence };
}

export function articleOf(v: ParameterVersion, article?: string, lid?: string): ArticleRef {
  const b = v.basis;
  return {
    law: b.law,
    ...(b.bwbId ? { bwbId: b.bwbId } : {}),
    ...(b.cvdrId ? { cvdrId: b.cvdrId } : {}),
    article: article ?? b.article,
    ...(lid ?? b.lid ? { lid: lid ?? b.lid } : {}),
  };
}

/** Build a step; `keys` are parameter names of `v` that the step used. */
export function step(
  rule: string,
  v: ParameterVersion,
  article: string,
  lid: string | undefined,
  description: string,
  keys: string[],
  amounts: Record<string, number>,
): Step {
  return { rule, article: articleOf(v, article, lid), description, parameters: keys.map((k) => stepParam(v, k)), amounts };
}
