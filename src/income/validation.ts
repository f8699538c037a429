// SPDX-License-Identifier: EUPL-1.2
/**
 * Small plain validation toolkit (no zod) that collects ALL field errors with Dutch reasons and
 * dotted field paths, then throws one `invalidMany` problem.
 */
import { invalidMany, type InvalidParam } from '../platform/errors';
import { isIsoDate } from './dates';

export type Obj = Record<string, unknown>;
export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Upper bound for any money field: EUR 10 million, so arithmetic stays far from unsafe integers. */
export const MAX_CENTS = 1_000_000_000;

export class Collector {
  readonly errors: InvalidParam[] = [];
  add(name: string, reason: string): void {
    this.errors.push({ name, reason, code: 'ongeldige_invoer' });
  }
  throwIfAny(): void {
    if (this.errors.length) throw invalidMany(this.errors);
  }
  /** Object with only the allowed keys; unknown keys are errors. */
  obj(x: unknown, path: string, allowed: readonly string[]): Obj | undefined {
    if (!isObj(x)) {
      this.add(path || '(invoer)', 'moet een object zijn');
      return undefined;
    }
    for (const k of Object.keys(x)) if (!allowed.includes(k)) this.add(join(path, k), 'onbekend veld');
    return x;
  }
  cents(x: unknown, path: string, opts: { required?: boolean; dflt?: number; max?: number; allowNegative?: boolean } = {}): number {
    if (x === undefined) {
      if (opts.required) this.add(path, 'is verplicht');
      return opts.dflt ?? 0;
    }
    if (typeof x !== 'number' || !Number.isInteger(x)) {
      this.add(path, 'moet een geheel aantal eurocent zijn');
      return 0;
    }
    if (x < 0 && !opts.allowNegative) {
      this.add(path, 'mag niet negatief zijn');
      return 0;
    }
    const max = opts.max ?? MAX_CENTS;
    if (Math.abs(x) > max) {
      this.add(path, `mag niet groter zijn dan ${max} eurocent`);
      return 0;
    }
    return x;
  }
  int(x: unknown, path: string, min: number, max: number, dflt?: number): number {
    if (x === undefined && dflt !== undefined) return dflt;
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
      this.add(path, `moet een geheel getal van ${min} tot en met ${max} zijn`);
      return dflt ?? min;
    }
    return x;
  }
  bool(x: unknown, path: string, dflt = false): boolean {
    if (x === undefined) return dflt;
    if (typeof x !== 'boolean') {
      this.add(path, 'moet true of false zijn');
      return dflt;
    }
    return x;
  }
  date(x: unknown, path: string, required = true): string | undefined {
    if (x === undefined && !required) return undefined;
    if (x === undefined) {
      this.add(path, 'is verplicht');
      return undefined;
    }
    if (!isIsoDate(x)) {
      this.add(path, typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? 'is geen bestaande datum' : 'moet een datum zijn in de vorm JJJJ-MM-DD');
      return undefined;
    }
    return x;
  }
  oneOf<T extends string>(x: unknown, path: string, options: readonly T[], dflt?: T): T | undefined {
    if (x === undefined && dflt !== undefined) return dflt;
    if (typeof x !== 'string' || !options.includes(x as T)) {
      this.add(path, `moet een van de volgende waarden zijn: ${options.join(', ')}`);
      return undefined;
    }
    return x as T;
  }
  str(x: unknown, path: string, maxLen = 200): string | undefined {
    if (typeof x !== 'string' || x.trim() === '' || x.length > maxLen) {
      this.add(path, `moet een tekst van 1 tot ${maxLen} tekens zijn`);
      return undefined;
    }
    return x;
  }
  arr(x: unknown, path: string, min: number, max: number): unknown[] | undefined {
    if (!Array.isArray(x)) {
      this.add(path, 'moet een lijst zijn');
      return undefined;
    }
    if (x.length < min || x.length > max) {
      this.add(path, `moet ${min} tot en met ${max} elementen bevatten`);
      return undefined;
    }
    return x;
  }
}

export const join = (path: string, k: string | number) => (path ? `${path}.${k}` : String(k));
