// SPDX-License-Identifier: EUPL-1.2
/**
 * The application: one Hono app with every room's router under /api/v1, the session middleware,
 * problem+json errors, the OpenAPI document, health checks and the web front end.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { Problem, forbidden, unauthenticated } from './errors';
import { isResidentOnly, mayReachPath, residentMayCall } from './authz';
import { API_VERSION, API_VERSION_HEADER, apiVersionHeaderDoc, problemJson, type AppEnv } from './http';
import type { Config } from './config';
import type { Db } from './db';
import { SESSION_COOKIE } from './http';
import type { Room } from './room';
import { Metrics } from './metrics';
import { metricsEndpoint, refuseHiddenCharacters, sameOriginWrites, securityHeaders } from './security';
import { serveWeb } from './static';

export interface AppOptions {
  /** The rooms of the house (src/rooms.ts): their routers, inzage sources and the authenticator. */
  rooms: Room[];
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
  const inzageSources = opts.rooms.flatMap((r) => r.inzage ?? []);

  app.onError((err, c) => {
    if (err instanceof Problem) return problemJson(c, err);
    if (err instanceof HTTPException) {
      // Hono throws these for a malformed JSON body, among others.
      const p = err.status === 400 ? new Problem(400, 'ongeldige_json', 'Ongeldige invoer', 'body: de inhoud is geen geldige JSON', [{ name: 'body', reason: 'is geen geldige JSON' }]) : new Problem(err.status, 'http_fout', 'Fout', err.message);
      return problemJson(c, p);
    }
    const pgCode = (err as { code?: string }).code;
    if (pgCode === '40001' || pgCode === '40P01') {
      return problemJson(c, new Problem(409, 'gelijktijdige_wijziging', 'Conflict', 'Een gelijktijdige wijziging botste met deze. Probeer het opnieuw.'));
    }
    logger?.error({ err, path: c.req.path }, 'onverwachte fout');
    return problemJson(c, new Problem(500, 'interne_fout', 'Interne fout', 'Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd.'));
  });

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return problemJson(c, new Problem(404, 'route_onbekend', 'Niet gevonden', `De route ${c.req.method} ${c.req.path} bestaat niet.`));
    return c.text('Niet gevonden', 404);
  });

  const metrics = new Metrics();
  app.use('*', async (c, next) => {
    const t0 = performance.now();
    c.set('db', db);
    c.set('actor', null);
    c.set('now', now);
    c.set('inzageSources', inzageSources);
    await next();
    // The route pattern, not the concrete path, so ids do not explode the label set.
    if (c.req.path.startsWith('/api/')) metrics.observe(c.req.method, c.req.routePath, c.res.status, (performance.now() - t0) / 1000);
  });

  // The full API version on every answer of the API, errors included (Logius /core/version-header).
  app.use('/api/v1/*', async (c, next) => {
    await next();
    try {
      c.res.headers.set(API_VERSION_HEADER, API_VERSION);
    } catch {
      // Immutable headers (a fetched Response): copy once.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set(API_VERSION_HEADER, API_VERSION);
    }
  });

  // Security headers for every response; writes from another website refused (ADR 0009).
  app.use('*', securityHeaders(config));
  app.use('/api/v1/*', sameOriginWrites(config));

  // No request body over 1 MiB: the largest legitimate payload (a batch of household profiles) fits easily.
  app.use(
    '/api/v1/*',
    bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new Problem(413, 'te_groot', 'Te groot', 'De inhoud van het verzoek is groter dan 1 MB.'); } }),
  );

  // Session: a valid cookie sets the actor and slides the idle expiry; an expired one says so.
  const authenticators = opts.rooms.flatMap((r) => (r.authenticator ? [r.authenticator({ db, config, now })] : []));
  const authenticate = async (c: Parameters<(typeof authenticators)[number]>[0]) => {
    for (const a of authenticators) await a(c);
  };
  app.use('/api/v1/*', async (c, next) => {
    await authenticate(c);
    // A resident's account reaches its own page only, whatever a room's own checks say (ADR 0020).
    const actor = c.get('actor');
    if (actor && isResidentOnly(actor) && !residentMayCall(c.req.path.replace(/^\/api\/v1/, ''))) {
      throw forbidden('Deze gegevens zijn niet beschikbaar voor inwoners. Uw eigen gegevens vindt u op uw eigen pagina.');
    }
    // A scoped role (the griffie) reaches only its part of the API.
    if (actor && !mayReachPath(actor, c.req.path.replace(/^\/api\/v1/, ''))) throw forbidden('Uw rol geeft alleen toegang tot de raadsrapportage.');
    // Writes must be JSON: a cross-site form cannot send that without a CORS preflight (CSRF guard).
    const m = c.req.method;
    if ((m === 'POST' || m === 'PUT' || m === 'PATCH') && !(c.req.header('content-type') ?? '').includes('application/json') && (c.req.header('content-length') ?? '0') !== '0') {
      throw new Problem(415, 'verkeerd_formaat', 'Verkeerd formaat', 'Stuur de gegevens als JSON (Content-Type: application/json).');
    }
    await next();
  });

  // Text that hides or reorders characters (bidi overrides, zero-width and control characters), NUL
  // and lone surrogates (which PostgreSQL cannot store) are refused naming the field (ADR 0009).
  app.use('/api/v1/*', refuseHiddenCharacters());

  const api = new OpenAPIHono<AppEnv>();
  for (const room of opts.rooms) if (room.routes) api.route('/', room.routes(config));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Maatwerk API',
      version: API_VERSION,
      contact: config.apiContact,
      description: 'API van Maatwerk: casussen, plannen, maatwerkbudget, escalatie en bestaanszekerheid. Fouten volgen RFC 9457 (application/problem+json) met een Nederlandse melding.',
    },
    servers: [{ url: '/api/v1' }],
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'sessie', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  api.openAPIRegistry.registerComponent('headers', API_VERSION_HEADER, apiVersionHeaderDoc);
  app.route('/api/v1', api);

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/metrics', metricsEndpoint(config, () => metrics.render()));
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

export { unauthenticated };
