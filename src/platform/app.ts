// SPDX-License-Identifier: EUPL-1.2
/**
 * The application: one Hono app with every room's router under /api/v1, the session middleware,
 * problem+json errors, the OpenAPI document, health checks and the web front end.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { Problem, invalid, unauthenticated } from './errors';
import { problemJson, type AppEnv } from './http';
import type { Config } from './config';
import type { Db } from './db';
import { SESSION_COOKIE } from '../accounts/model';
import { sessionAuthenticator } from '../accounts/session';
import { ROUTERS } from './rooms';
import { Metrics } from './metrics';

export interface AppOptions {
  db: Db;
  config: Config;
  logger?: Logger;
  /** Serve the built web front end from this folder (web/dist) when given. */
  webDir?: string;
  /** The clock, for session expiry; tests move it forward. */
  now?: () => Date;
}

export function createApp(opts: AppOptions) {
  const { db, config, logger } = opts;
  const now = opts.now ?? (() => new Date());
  const app = new OpenAPIHono<AppEnv>();

  app.onError((err, c) => {
    if (err instanceof Problem) return problemJson(c as any, err);
    if (err instanceof HTTPException) {
      // Hono throws these for a malformed JSON body, among others.
      const p = err.status === 400 ? new Problem(400, 'ongeldige_json', 'Ongeldige invoer', 'body: de inhoud is geen geldige JSON', [{ name: 'body', reason: 'is geen geldige JSON' }]) : new Problem(err.status, 'http_fout', 'Fout', err.message);
      return problemJson(c as any, p);
    }
    const pgCode = (err as { code?: string }).code;
    if (pgCode === '40001' || pgCode === '40P01') {
      return problemJson(c as any, new Problem(409, 'gelijktijdige_wijziging', 'Conflict', 'Een gelijktijdige wijziging botste met deze. Probeer het opnieuw.'));
    }
    logger?.error({ err, path: c.req.path }, 'onverwachte fout');
    return problemJson(c as any, new Problem(500, 'interne_fout', 'Interne fout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd.'));
  });

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return problemJson(c as any, new Problem(404, 'route_onbekend', 'Niet gevonden', `De route ${c.req.method} ${c.req.path} bestaat niet.`));
    return c.text('Niet gevonden', 404);
  });

  const metrics = new Metrics();
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    c.set('db', db);
    c.set('actor', null);
    c.set('now', now);
    await next();
    // The route pattern, not the concrete path, so ids do not explode the label set.
    if (c.req.path.startsWith('/api/')) metrics.observe(c.req.method, c.req.routePath, c.res.status, (performance.now() - t0) / 1000);
  });

  // Security headers for every response.
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });

  // No request body over 1 MiB: the largest legitimate payload (a batch of household profiles) fits easily.
  app.use(
    '/api/v1/*',
    bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new Problem(413, 'te_groot', 'Te groot', 'De inhoud van het verzoek is groter dan 1 MB.'); } }),
  );

  // Session: a valid cookie sets the actor and slides the idle expiry; an expired one says so.
  const authenticate = sessionAuthenticator({ db, config, now });
  app.use('/api/v1/*', async (c, next) => {
    await authenticate(c);
    // Writes must be JSON: a cross-site form cannot send that without a CORS preflight (CSRF guard).
    const m = c.req.method;
    if ((m === 'POST' || m === 'PUT' || m === 'PATCH') && !(c.req.header('content-type') ?? '').includes('application/json') && (c.req.header('content-length') ?? '0') !== '0') {
      throw new Problem(415, 'verkeerd_formaat', 'Verkeerd formaat', 'Stuur de gegevens als JSON (Content-Type: application/json).');
    }
    await next();
  });

  // PostgreSQL text and jsonb cannot hold the NUL character (U+0000), and jsonb refuses a lone UTF-16
  // surrogate (\ud800 without its pair): refuse both here, naming the field, instead of letting the
  // database answer with a 500 for a client's mistake.
  app.use('/api/v1/*', async (c, next) => {
    for (const [k, v] of new URL(c.req.url).searchParams) {
      if (k.includes('\0') || v.includes('\0')) throw invalid(k.replace(/\0/g, '') || 'query', NUL_REASON);
    }
    if ((c.req.header('content-type') ?? '').includes('application/json')) {
      const raw = await c.req.text(); // cached by Hono: the validators read the same body afterwards
      if (raw.includes('\\u0000') || /\\u[dD][89a-fA-F]/.test(raw)) {
        let field: string | null = null;
        try {
          field = nulField(JSON.parse(raw), []);
        } catch {
          field = null; // not JSON: the validator answers that
        }
        if (field !== null) throw invalid(field || 'body', BAD_CHAR_REASON);
      }
    }
    await next();
  });

  const api = new OpenAPIHono<AppEnv>();
  for (const make of ROUTERS) api.route('/', make(config));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Maatwerk API', version: '1.0.0', description: 'API van Maatwerk: casussen, plannen, maatwerkbudget, escalatie en bestaanszekerheid. Fouten volgen RFC 9457 (application/problem+json) met een Nederlandse melding.' },
    servers: [{ url: '/api/v1' }],
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'sessie', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  app.route('/api/v1', api);

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/metrics', (c) => c.text(metrics.render(), 200, { 'Content-Type': 'text/plain; version=0.0.4' }));
  app.get('/ready', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ status: 'ready' });
    } catch {
      return c.json({ status: 'database niet bereikbaar' }, 503);
    }
  });

  if (opts.webDir) serveWeb(app, opts.webDir);

  return app;
}

const NUL_REASON = 'mag geen NUL-teken (\\u0000) bevatten';
const BAD_CHAR_REASON = 'mag geen NUL-teken (\\u0000) of losse UTF-16-surrogaat (\\ud800-\\udfff) bevatten';
const BAD_CHAR = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The dotted path of the first key or string holding U+0000 or a lone surrogate, '' for the body itself, or null. */
function nulField(x: unknown, path: string[]): string | null {
  if (typeof x === 'string') return BAD_CHAR.test(x) ? path.join('.') : null;
  if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (BAD_CHAR.test(k)) return [...path, k.replace(new RegExp(BAD_CHAR, 'g'), '')].join('.');
      const f = nulField(v, [...path, k]);
      if (f !== null) return f;
    }
  }
  return null;
}

const WEB_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built front end (web/dist): files as they are, and index.html for every other non-API path
 * so the browser's own router shows the page. Vite's hashed files under /assets never change, so
 * they are cached for a year; index.html is revalidated on each visit so a new build shows at once.
 */
function serveWeb(app: OpenAPIHono<AppEnv>, webDir: string) {
  const root = resolve(webDir);
  const send = async (file: string, cache: string) => {
    const body = await readFile(file);
    return new Response(body, { headers: { 'Content-Type': WEB_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache } });
  };
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return next();
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      rel = '/';
    }
    const file = resolve(root, `.${rel}`);
    if (file.startsWith(root + sep)) {
      const s = await stat(file).catch(() => null);
      if (s?.isFile()) return send(file, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      // A missing script or image is a 404, not the app page (that would hide a broken build).
      if (extname(rel)) return next();
    }
    return send(resolve(root, 'index.html'), 'no-cache');
  });
}

export { unauthenticated };
