// SPDX-License-Identifier: EUPL-1.2
/**
 * The income room's zod building blocks. Every input of the room is a zod schema (so the OpenAPI
 * document describes it and the web app gets its type); this module turns a failed parse into
 * one `invalidMany` problem that names EVERY bad field by its dotted path with a Dutch reason,
 * e.g. `huishouden.leden.1.geboortedatum: is geen bestaande datum`, one reason per field.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { invalidMany, type InvalidParam } from '../platform/errors';
import { zodProblem } from '../platform/http';
import { isIsoDate, tryParseMonth } from './dates';

/** Upper bound for any money field: EUR 10 million, so arithmetic stays far from unsafe integers. */
export const MAX_CENTS = 1_000_000_000;

export const join = (path: string, k: string | number) => (path ? `${path}.${k}` : String(k));

const CODE = 'ongeldige_invoer';
/** Marks an issue of a check across fields (several may name the same field). */
const CROSS = { kruiscontrole: true } as const;

/**
 * Zod issues as field-named problems: the first reason per field (a value that is no integer AND
 * negative is named once), an unknown key before the fields of its object, `prefix` before every
 * name (`(invoer)` for the input itself when there is no prefix).
 */
export function issuesToParams(issues: readonly z.core.$ZodIssue[], prefix = ''): InvalidParam[] {
  const out: Array<InvalidParam & { path: string[] }> = [];
  const seen = new Set<string>();
  for (const i of issues) {
    const path = i.path.map(String);
    if (i.code === 'unrecognized_keys') {
      // The collector this replaced named unknown keys before the other fields of their object.
      const at = out.findIndex((p) => path.every((k, n) => p.path[n] === k));
      const extra = i.keys.map((k) => ({ name: join(join(prefix, path.join('.')), k), reason: 'onbekend veld', code: CODE, path: [...path, k] }));
      out.splice(at === -1 ? out.length : at, 0, ...extra);
      continue;
    }
    const name = join(prefix, path.join('.')) || '(invoer)';
    const cross = i.code === 'custom' && (i.params as Record<string, unknown> | undefined)?.kruiscontrole === true;
    if (!cross && seen.has(name)) continue;
    seen.add(name);
    out.push({ name, reason: i.message, code: CODE, path });
  }
  return out.map(({ path: _path, ...p }) => p);
}

/** Parse `input` with `schema`; throws one 400 problem naming every bad field (under `prefix`). */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalidMany(issuesToParams(r.error.issues, prefix));
  return r.data;
}

/**
 * The validation hook of the income routes: the body's fields named as the room's own parsers name
 * them (so a route and a direct parse give the same reasons); query and path as the platform does.
 */
export function incomeHook(result: { success: boolean; error?: z.ZodError; target?: string }, _c?: Context): undefined {
  if (result.success || !result.error) return undefined;
  if (result.target === 'json') throw invalidMany(issuesToParams(result.error.issues, '').map((p) => (p.name === '(invoer)' ? { ...p, name: 'body' } : p)));
  throw zodProblem(result.error, result.target);
}

// ---- field types -------------------------------------------------------------------------

/** Whole eurocents, not negative unless allowed, at most `max` in size. */
export const cents = (opts: { max?: number; allowNegative?: boolean } = {}) => {
  const max = opts.max ?? MAX_CENTS;
  const base = z.number({ error: (i) => (i.input === undefined ? 'is verplicht' : 'moet een geheel aantal eurocent zijn') }).int({ error: 'moet een geheel aantal eurocent zijn' });
  return (opts.allowNegative ? base.min(-max, { error: `mag niet groter zijn dan ${max} eurocent` }) : base.min(0, { error: 'mag niet negatief zijn' })).max(max, { error: `mag niet groter zijn dan ${max} eurocent` });
};

/** A whole number from `min` to `max` inclusive. */
export const int = (min: number, max: number) => {
  const reason = `moet een geheel getal van ${min} tot en met ${max} zijn`;
  return z.number({ error: reason }).int({ error: reason }).min(min, { error: reason }).max(max, { error: reason });
};

export const bool = () => z.boolean({ error: 'moet true of false zijn' });

const DATE_FORMAT = 'moet een datum zijn in de vorm JJJJ-MM-DD';
/** An ISO date that exists on the calendar. */
export const date = () =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is verplicht' : DATE_FORMAT) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_FORMAT })
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isIsoDate(s), { error: 'is geen bestaande datum' })
    .openapi({ format: 'date', example: '2026-03-01' });

/** A month as JJJJ-MM. */
export const month = () =>
  z
    .string({ error: 'moet een bestaande maand zijn in de vorm JJJJ-MM' })
    .refine((s) => tryParseMonth(s) !== undefined, { error: 'moet een bestaande maand zijn in de vorm JJJJ-MM' })
    .openapi({ pattern: '^\\d{4}-\\d{2}$', example: '2026-01' });

/** One of a fixed list of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) => z.enum(options, { error: `moet een van de volgende waarden zijn: ${options.join(', ')}` });

/** A text of 1 to `maxLen` characters (not only spaces). */
export const str = (maxLen = 200) => {
  const reason = `moet een tekst van 1 tot ${maxLen} tekens zijn`;
  return z.string({ error: reason }).max(maxLen, { error: reason }).refine((s) => s.trim() !== '', { error: reason });
};

/** A list of `min` to `max` elements. */
export const list = <T extends z.ZodType>(item: T, min: number, max: number) => {
  const reason = `moet ${min} tot en met ${max} elementen bevatten`;
  return z.array(item, { error: 'moet een lijst zijn' }).min(min, { error: reason }).max(max, { error: reason });
};

/** An object that refuses unknown keys. */
export const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape, { error: 'moet een object zijn' });

type Adder = (path: Array<string | number>, reason: string) => void;

/**
 * A check across fields of an object, run when the object itself and none of `needs` (paths
 * relative to the object, `*` for any one segment, e.g. `leden.*.rol`, a final `**` for everything
 * below) has a problem of its own —
 * also when other fields do, so that all problems are named at once.
 */
export function crossCheck<T>(needs: string[], fn: (value: T, add: Adder) => void) {
  const patterns = ['', ...needs].map((n) => (n ? n.split('.') : []));
  const blocked = (issues: ReadonlyArray<{ code?: string; path?: PropertyKey[] }>) =>
    issues.some((i) => {
      if (i.code === 'unrecognized_keys') return false;
      const p = (i.path ?? []).map(String);
      return patterns.some((n) => (n.at(-1) === '**' ? p.length >= n.length - 1 && n.slice(0, -1).every((s, k) => s === '*' || s === p[k]) : n.length === p.length && n.every((s, k) => s === '*' || s === p[k])));
    });
  return z.superRefine<T>(
    (value, ctx) => fn(value, (path, reason) => ctx.addIssue({ code: 'custom', message: reason, path, params: CROSS, input: value })),
    { when: (payload) => !blocked(payload.issues) },
  );
}

/** True when A and B are the same type; `const x: Same<A, B> = true` fails to compile otherwise. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * An optional field with the value the engine takes when it is left out. Defaults are filled in by
 * `withDefaults` rather than zod's `.default()`: the document then names the default in the
 * description instead of as `default`, which openapi-typescript would read as "always present"
 * and so make the field required in the web app's request types.
 */
export const opt = <S extends z.ZodType>(schema: S, dflt: unknown, description?: string) =>
  schema.optional().openapi({ description: `${description ? `${description}; ` : ''}standaard ${typeof dflt === 'string' ? dflt : JSON.stringify(dflt)}` });

type Filled<O, D> = Omit<O, keyof D> & { [K in keyof D & keyof O]-?: Exclude<O[K], undefined> };

/** The object with every field of `defaults` that was left out filled in. */
export function withDefaults<S extends z.ZodType<Record<string, unknown>>, D extends Partial<z.output<S>>>(schema: S, defaults: () => D) {
  return schema.transform((o) => {
    const d = defaults();
    const r: Record<string, unknown> = { ...o };
    for (const k of Object.keys(d)) if (r[k] === undefined) r[k] = d[k];
    return r as Filled<z.output<S>, D>;
  });
}
