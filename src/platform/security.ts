// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser surface (ADR 0009): security headers on every answer, writes from another origin
 * refused, /metrics behind a bearer token, and text input that could hide or reorder what a reader
 * sees refused with a 400 naming the field. app.ts uses each piece with one line.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { Problem, invalid } from './errors';
import { problemJson, type AppEnv } from './http';
import type { Config } from './config';

// ---- security headers ---------------------------------------------------------------------

const inlineStyleHashes = new Set<string>();
let pageCsp = '';
let resourceCsp = '';

/**
 * Allow one fixed inline `<style>` block by its SHA-256 hash (CSP Level 2), for a document the app
 * generates itself: the printable minima-effectrapportage opens as a blob: page, which inherits the
 * app page's policy. Call at module load with the exact text between `<style>` and `</style>`.
 */
export function allowInlineStyle(css: string): void {
  inlineStyleHashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  pageCsp = '';
  resourceCsp = '';
}

/** The policy of the web app's pages: everything from the app's own origin, nothing inline. */
export function pagePolicy(): string {
  if (!pageCsp) {
    pageCsp = [
      "default-src 'self'",
      "script-src 'self'",
      `style-src ${["'self'", ...inlineStyleHashes].join(' ')}`,
      // data: for the empty favicon of index.html and the theme's SVG icons inside the CSS.
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
  }
  return pageCsp;
}

/**
 * Everything that is not a page of the web app (JSON, CSV, scripts, styles, metrics, the HTML
 * report of the API) may load nothing at all when opened on its own; only the allowed inline styles.
 */
export function resourcePolicy(): string {
  if (!resourceCsp) {
    const styles = inlineStyleHashes.size ? [...inlineStyleHashes].join(' ') : "'none'";
    resourceCsp = `default-src 'none'; style-src ${styles}; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
  }
  return resourceCsp;
}

const PERMISSIONS_POLICY = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb'].map((f) => `${f}=()`).join(', ');

/**
 * Headers for every answer. HTML pages get the page policy; everything else the closed one (an
 * HTML report from the API is opened through a blob: page and inherits the page policy there).
 * HSTS only when the cookie is Secure, i.e. the app is served over HTTPS.
 */
export function securityHeaders(config: Config): MiddlewareHandler<AppEnv> {
  const fixed: Array<[string, string]> = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ];
  if (config.cookieSecure) fixed.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return async (c, next) => {
    await next();
    let h = c.res.headers;
    try {
      h.set('X-Content-Type-Options', 'nosniff');
    } catch {
      // Immutable headers (a fetched Response): copy once.
      c.res = new Response(c.res.body, c.res);
      h = c.res.headers;
    }
    for (const [k, v] of fixed) h.set(k, v);
    const html = (h.get('content-type') ?? '').startsWith('text/html');
    h.set('Content-Security-Policy', html && !c.req.path.startsWith('/api/') ? pagePolicy() : resourcePolicy());
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
  };
}

// ---- writes from another origin -----------------------------------------------------------

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** "https://x:443" and "https://x" are the same origin; null when the text is no http(s) origin. */
function normalOrigin(text: string): string | null {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/**
 * A state-changing request (POST, PUT, PATCH, DELETE) is refused when the browser says it comes
 * from another site (Sec-Fetch-Site: cross-site or same-site), or when its Origin is neither the
 * address it was sent to (the Host header) nor PUBLIC_URL. Clients that send neither header
 * (curl, scripts, the tests) are not browsers acting for a user on another site, and pass.
 * This closes the gap the JSON-only rule leaves: writes without a body (logout, mark as read)
 * can be sent by a plain cross-site form.
 */
export function sameOriginWrites(config: Config): MiddlewareHandler<AppEnv> {
  const publicOrigin = config.publicUrl ? normalOrigin(config.publicUrl) : null;
  return async (c, next) => {
    if (WRITES.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      if (site === 'cross-site' || site === 'same-site') throw crossOrigin();
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        const o = normalOrigin(origin);
        if (!o) throw crossOrigin();
        const host = c.req.header('host') ?? new URL(c.req.url).host;
        const own = normalOrigin(`${o.slice(0, o.indexOf(':'))}://${host}`);
        if (o !== own && o !== publicOrigin) throw crossOrigin();
      }
    }
    await next();
  };
}

const crossOrigin = () =>
  new Problem(403, 'andere_herkomst', 'Geen toegang', 'Dit verzoek komt van een andere website dan Maatwerk zelf en is daarom geweigerd. Open Maatwerk via het eigen adres en probeer het opnieuw.');

// ---- /metrics -------------------------------------------------------------------------------

/**
 * GET /metrics for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`; without a
 * configured token it does not exist (404), so a default installation exposes nothing.
 */
export function metricsEndpoint(config: Config, render: () => string) {
  const expected = config.metricsToken ? createHash('sha256').update(config.metricsToken).digest() : null;
  return (c: Context<AppEnv>) => {
    if (!expected) return c.text('Niet gevonden', 404);
    const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    // Compare hashes so the comparison takes the same time whatever the length of the guess.
    const ok = m !== null && timingSafeEqual(createHash('sha256').update(m[1]).digest(), expected);
    if (!ok) {
      const res = problemJson(c, new Problem(401, 'niet_ingelogd', 'Niet ingelogd', 'Voor /metrics is het token uit METRICS_TOKEN nodig (Authorization: Bearer <token>).'));
      res.headers.set('WWW-Authenticate', 'Bearer realm="metrics"');
      return res;
    }
    return c.text(render(), 200, { 'Content-Type': 'text/plain; version=0.0.4' });
  };
}

// ---- characters that hide or disguise text ----------------------------------------------------

/**
 * Characters no text field needs and that can hide, fake or reorder what a reader sees:
 * C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the bidi
 * embeddings, overrides and isolates (U+202A-202E, U+2066-2069: "abc\u202Egnp.exe" shows as
 * "abcexe.png"); zero-width space, word joiner and the invisible operators (U+200B, U+2060-2064);
 * deprecated format characters (U+206A-206F); the byte order mark (U+FEFF); the Mongolian vowel
 * separator (U+180E); interlinear annotation (U+FFF9-FFFB); the non-characters U+FFFE/U+FFFF;
 * lone UTF-16 surrogates (PostgreSQL's jsonb refuses them); and the invisible tag characters
 * (U+E0000-E007F, which can smuggle hidden text), except inside an emoji flag such as 🏴 of England.
 * The zero-width (non-)joiners U+200C/U+200D are needed in emoji sequences (👨‍👩‍👧) and in Persian
 * and Indic scripts; they are refused only next to Latin, Greek or Cyrillic letters or ASCII, or
 * at either end of the text, where they only serve to make two different texts look the same.
 * The directional marks U+200E/U+200F/U+061C stay allowed: they cannot reverse a run of text and
 * right-to-left names need them.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds (and refuses)
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF\uD800-\uDFFF\u{E0000}-\u{E007F}]|(?<=^|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\0-\x7F])[\u200C\u200D]|[\u200C\u200D](?=$|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\0-\x7F])/u;
/** Emoji subdivision flags: 🏴 + tag letters + cancel tag. */
const TAG_FLAG = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,6}\u{E007F}/gu;
/** A cheap look at the raw JSON text: an escape sequence, or one of the characters above as it is. */
const RAW_SUSPECT = /\\u|[\x7F-\x9F\u180E\u200B-\u200D\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF\uD800-\uDFFF]/;

/** The first hidden character of `s` as "U+XXXX", or null. */
export function hiddenChar(s: string): string | null {
  const m = HIDDEN.exec(s.includes('\u{1F3F4}') ? s.replace(TAG_FLAG, '') : s);
  if (!m) return null;
  return `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function reasonFor(cp: string): string {
  if (cp === 'U+0000') return 'mag geen NUL-teken (\\u0000) bevatten';
  if (/^U\+D[89A-F]/.test(cp)) return `mag geen losse UTF-16-surrogaat (${cp}) bevatten`;
  return `bevat een onzichtbaar teken of stuurteken (${cp}) dat tekst kan verbergen of omdraaien; verwijder het (typ de tekst zo nodig opnieuw)`;
}

/** The dotted path of the first key or string holding a hidden character, '' for the body itself, and the character; or null. */
function hiddenField(x: unknown, path: string[]): { field: string; cp: string } | null {
  if (typeof x === 'string') {
    const cp = hiddenChar(x);
    return cp ? { field: path.join('.'), cp } : null;
  }
  if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      const kc = hiddenChar(k);
      if (kc) return { field: [...path, [...k].filter((ch) => !hiddenChar(ch)).join('')].join('.'), cp: kc };
      const f = hiddenField(v, [...path, k]);
      if (f) return f;
    }
  }
  return null;
}

/**
 * Refuse, with a 400 naming the field, query values and JSON bodies holding a hidden character
 * (see HIDDEN). This also keeps PostgreSQL from answering a client's NUL character or lone
 * surrogate with a 500 (text and jsonb cannot hold them).
 */
export function refuseHiddenCharacters(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = c.req.url;
    if (url.includes('?')) {
      for (const [k, v] of new URL(url).searchParams) {
        const cp = hiddenChar(k) ?? hiddenChar(v);
        if (cp) throw invalid([...k].filter((ch) => !hiddenChar(ch)).join('') || 'query', reasonFor(cp));
      }
    }
    if ((c.req.header('content-type') ?? '').includes('application/json')) {
      const raw = await c.req.text(); // cached by Hono: the validators read the same body afterwards
      if (RAW_SUSPECT.test(raw)) {
        let found: { field: string; cp: string } | null = null;
        try {
          found = hiddenField(JSON.parse(raw), []);
        } catch {
          found = null; // not JSON: the validator answers that
        }
        if (found) throw invalid(found.field || 'body', reasonFor(found.cp));
      }
    }
    await next();
  };
}
