// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP plumbing shared by every room: the router factory (zod validation that also produces the
 * OpenAPI 3.1 document), problem+json errors in Dutch, the authenticated actor, ETags.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { ZodError } from 'zod';
import { Problem, invalidMany, preconditionFailed, preconditionRequired, unauthenticated } from './errors';
import type { Actor } from './authz';
import type { Db } from './db';
import { todayInAmsterdam } from './today';
import type { InzageSource } from './inzage';

z.config(z.locales.nl());

export interface AppVariables {
  db: Db;
  actor: Actor | null;
  requestId: string;
  /** The clock of this app (tests move it); use `today(c)` for the date. */
  now: () => Date;
  /** Every room's subject-access section, registered through its Room. */
  inzageSources: Array<[string, InzageSource]>;
}

/** The session cookie's name (set by the accounts room, described in the OpenAPI document). */
export const SESSION_COOKIE = 'maatwerk_sessie';
export type AppEnv = { Variables: AppVariables };

/** Today's date in Europe/Amsterdam by the app's clock. */
export const today = (c: Context<AppEnv>): string => todayInAmsterdam(c.get('now')());
export type Ctx = Context<AppEnv>;

/** Turn zod issues into field-named Dutch problems. `where` prefixes query/path parameters. */
export function zodProblem(error: ZodError, where?: string): Problem {
  const params = error.issues.map((i) => {
    let name = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') {
      const keys = (i as { keys?: string[] }).keys ?? [];
      return { name: [name, keys.join(',')].filter(Boolean).join('.'), reason: `onbekend veld (${keys.join(', ')}); dit veld wordt niet geaccepteerd`, code: 'onbekend_veld' };
    }
    if (!name) name = where ?? 'body';
    return { name, reason: dutchReason(i), code: i.code };
  });
  return invalidMany(params);
}

const TYPE_NL: Record<string, string> = {
  number: 'een getal', int: 'een geheel getal', string: 'tekst', boolean: 'waar of onwaar (true/false)', object: 'een object', array: 'een lijst', date: 'een datum',
};

/** The nl locale covers most messages; a few are made clearer for professionals. */
export function dutchReason(i: z.core.$ZodIssue): string {
  if (i.code === 'invalid_type') {
    if (/ontving undefined$/.test(i.message)) return 'is verplicht';
    const expected = String((i as { expected?: string }).expected ?? '');
    return `moet ${TYPE_NL[expected] ?? expected} zijn`;
  }
  if (i.code === 'invalid_value') {
    const values = ((i as { values?: unknown[] }).values ?? []).map(String);
    if (values.length) return `moet een van deze waarden zijn: ${values.join(', ')}`;
  }
  return i.message;
}

/** Refuses a request without a session before anything else of the route runs (its validators included). */
const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('actor')) throw unauthenticated();
  await next();
};

/**
 * The full version of the API (semantic versioning). The path carries only the major version
 * (/api/v1); every answer under it carries the full one in the `API-Version` header (Logius API
 * Design Rules, /core/version-header, API-57), and the OpenAPI document's info.version is this.
 */
export const API_VERSION = '1.0.0';
export const API_VERSION_HEADER = 'API-Version';

/** The `API-Version` response header as the OpenAPI document declares it (components.headers). */
export const apiVersionHeaderDoc = {
  description: 'Het volledige versienummer van de API (major.minor.patch); het pad bevat alleen de hoofdversie.',
  required: true,
  schema: { type: 'string' as const, example: API_VERSION },
};
const apiVersionHeaderRef = { $ref: `#/components/headers/${API_VERSION_HEADER}` };

type ResponseDoc = { headers?: Record<string, unknown> } & Record<string, unknown>;
type RouteDoc = { method?: string; request?: Record<string, unknown>; responses?: Record<string, ResponseDoc>; security?: unknown[]; middleware?: MiddlewareHandler | MiddlewareHandler[] };

/**
 * What the platform adds to every route's responses in the OpenAPI document, because the platform
 * (not the room) produces it: the `API-Version` header on every answer (app.ts sends it), and a 400
 * on every write and every operation with parameters (the platform refuses a malformed JSON body
 * and hidden characters in a body or query with a 400 before the room's handler runs).
 */
function withPlatformResponses(route: RouteDoc): RouteDoc {
  const responses: Record<string, ResponseDoc> = {};
  for (const [status, r] of Object.entries(route.responses ?? {})) {
    responses[status] = { ...r, headers: { ...(r.headers ?? {}), [API_VERSION_HEADER]: apiVersionHeaderRef } };
  }
  const method = (route.method ?? '').toLowerCase();
  const takesInput = ['post', 'put', 'patch'].includes(method) || Object.keys(route.request ?? {}).length > 0;
  if (takesInput && !responses['400']) responses['400'] = { ...errorResponses[400], headers: { [API_VERSION_HEADER]: apiVersionHeaderRef } };
  return { ...route, responses };
}

/**
 * A room's router. Every operation requires a session unless its route declares `security: []`
 * (login, logout, reference lists): the session check runs before validation, so an anonymous
 * request with a bad body is a 401, not a 400 that tells a stranger what the body should look like.
 * Every route's responses also get what the platform adds to them (withPlatformResponses).
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const target = (result as { target?: string }).target;
        throw zodProblem(result.error, target === 'json' ? 'body' : target);
      }
    },
  });
  const openapi = router.openapi.bind(router) as (...args: unknown[]) => unknown;
  (router as { openapi: unknown }).openapi = (given: RouteDoc, ...rest: unknown[]) => {
    const route = withPlatformResponses(given);
    const isPublic = Array.isArray(route.security) && route.security.length === 0;
    const own = route.middleware === undefined ? [] : Array.isArray(route.middleware) ? route.middleware : [route.middleware];
    return openapi(isPublic ? route : { ...route, middleware: [requireSession, ...own], security: route.security ?? [{ sessie: [] }] }, ...rest);
  };
  return router;
}

export function actorOf(c: Ctx): Actor {
  const a = c.get('actor');
  if (!a) throw unauthenticated();
  return a;
}

export function problemJson(c: Ctx, p: Problem): Response {
  const body = JSON.stringify(p.toJSON(c.req.path));
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json; charset=utf-8' };
  if (p.status === 429 && typeof p.extra.retryAfter === 'number') headers['Retry-After'] = String(p.extra.retryAfter);
  return new Response(body, { status: p.status, headers });
}

export const etagOf = (version: number) => `"${version}"`;

/** Parse If-Match into a version; missing gives 428, unparseable or stale gives 412. */
export function requireIfMatch(c: Ctx, current: number): void {
  const h = c.req.header('If-Match');
  if (!h) throw preconditionRequired();
  if (h.trim() === '*') return;
  const m = /^(?:W\/)?"(\d+)"$/.exec(h.trim());
  if (!m || Number(m[1]) !== current) throw preconditionFailed();
}

/** The version in If-Match, or null when absent. Used where the check happens inside the store's transaction. */
export function ifMatchVersion(c: Ctx, required = true): number | null {
  const h = c.req.header('If-Match');
  if (!h) {
    if (required) throw preconditionRequired();
    return null;
  }
  const m = /^(?:W\/)?"(\d+)"$/.exec(h.trim());
  if (!m) throw preconditionFailed('De If-Match-header is geen geldige ETag. Laad de gegevens opnieuw.');
  const v = Number(m[1]);
  // Versions are int4 in the database and are compared in SQL: one beyond that range is simply stale.
  if (!Number.isSafeInteger(v) || v > 2_147_483_647) throw preconditionFailed();
  return v;
}

// ---- Shared schema pieces -------------------------------------------------------------------

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string(), code: z.string().optional() })).optional(),
  })
  .openapi('Problem');

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
export const errorResponses = {
  400: { description: 'Ongeldige invoer', content: problemContent },
  401: { description: 'Niet ingelogd', content: problemContent },
  403: { description: 'Geen toegang', content: problemContent },
  404: { description: 'Niet gevonden', content: problemContent },
} as const;
export const conflictResponses = {
  409: { description: 'Conflict', content: problemContent },
  412: { description: 'Intussen door een ander gewijzigd', content: problemContent },
  428: { description: 'If-Match ontbreekt', content: problemContent },
} as const;
export const unprocessableResponse = { 422: { description: 'Niet verwerkbaar', content: problemContent } } as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const Uuid = z.uuid({ error: 'moet een geldige id (uuid) zijn' });
export const IdParam = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });

/** ISO date that also exists on the calendar (2026-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'moet een datum zijn in de vorm JJJJ-MM-DD' })
  .refine((s) => isRealDate(s), { error: 'is geen bestaande datum' })
  .openapi({ example: '2026-04-23', format: 'date' });

/**
 * A date the API answers with (YYYY-MM-DD), declared with `format: date` in the OpenAPI document
 * (Logius API Design Rules, /core/date-time). Request fields use IsoDate, which also validates.
 */
export const IsoDateOut = z.string().openapi({ example: '2026-04-23', format: 'date' });

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y < 1900 || y > 2200) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const text = (max: number, min = 0) =>
  min > 0 ? z.string().trim().min(min, { error: min === 1 ? 'mag niet leeg zijn' : `moet minstens ${min} tekens hebben` }).max(max, { error: `mag hoogstens ${max} tekens hebben` }) : z.string().trim().max(max, { error: `mag hoogstens ${max} tekens hebben` });

export const Paging = {
  page: z.coerce.number().int().min(1).max(100000).default(1).openapi({ param: { name: 'page', in: 'query' } }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).openapi({ param: { name: 'pageSize', in: 'query' } }),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

// ---- Request headers declared in the OpenAPI document ------------------------------------------

const IF_MATCH_DOC = 'De ETag van de versie die u wijzigt (uit de laatste GET of wijziging). Is de bron intussen gewijzigd, dan volgt 412; ontbreekt de header, dan 428.';
/** A write that requires If-Match (missing: 428, stale: 412). Checked by `ifMatchVersion` in the handler. */
export const IfMatch = z.object({
  'If-Match': z.string().optional().openapi({ param: { name: 'If-Match', in: 'header', required: true, description: IF_MATCH_DOC }, example: '"3"' }),
});
/** A state change where If-Match is optional: when sent, a stale version is refused with 412. */
export const IfMatchOptional = z.object({
  'If-Match': z.string().optional().openapi({ param: { name: 'If-Match', in: 'header', required: false, description: 'Optioneel: de ETag van de versie die u wijzigt; is de bron intussen gewijzigd, dan volgt 412.' }, example: '"3"' }),
});
