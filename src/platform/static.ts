// SPDX-License-Identifier: EUPL-1.2
/**
 * The built front end (web/dist): files as they are, and index.html for every other non-API path
 * so the browser's own router shows the page. Vite's hashed files under /assets never change, so
 * they are cached for a year; index.html is revalidated on each visit so a new build shows at once.
 *
 * Text files are sent compressed when the browser accepts it: the build writes a brotli (.br) and
 * gzip (.gz) twin of each (web/vite.config.ts), so nothing is compressed per request. Source maps
 * are never served, nor the twins under their own names (ADR 0009).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './http';

const WEB_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);
/** Never served: source maps (they would publish the sources) and the compressed twins by their own names. */
const REFUSED = new Set(['.map', '.br', '.gz']);
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/** The encodings the client accepts (q > 0), in our order of preference: brotli, then gzip. */
export function acceptedEncodings(header: string | undefined): Array<(typeof ENCODINGS)[number]> {
  if (!header) return [];
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    let weight = 1;
    for (const p of params) {
      const m = /^q=([01](?:\.\d{0,3})?)$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    if (name) q.set(name, weight);
  }
  return ENCODINGS.filter((e) => (q.get(e.name) ?? q.get('*') ?? 0) > 0);
}

async function send(c: Context<AppEnv>, file: string, cache: string): Promise<Response> {
  const ext = extname(file);
  const headers: Record<string, string> = { 'Content-Type': WEB_TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': cache };
  let body: Buffer<ArrayBuffer> | null = null;
  if (COMPRESSIBLE.has(ext)) {
    headers.Vary = 'Accept-Encoding';
    for (const enc of acceptedEncodings(c.req.header('accept-encoding'))) {
      body = await readFile(file + enc.ext).catch(() => null);
      if (body) {
        headers['Content-Encoding'] = enc.name;
        break;
      }
    }
  }
  body ??= await readFile(file);
  headers['Content-Length'] = String(body.length);
  return new Response(body, { headers });
}

export function serveWeb(app: Hono<AppEnv>, webDir: string) {
  const root = resolve(webDir);
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return next();
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      rel = '/';
    }
    const ext = extname(rel).toLowerCase();
    if (REFUSED.has(ext)) return next();
    const file = resolve(root, `.${rel}`);
    if (file.startsWith(root + sep)) {
      const s = await stat(file).catch(() => null);
      if (s?.isFile()) return send(c, file, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      // A missing script or image is a 404, not the app page (that would hide a broken build).
      if (ext) return next();
    }
    return send(c, resolve(root, 'index.html'), 'no-cache');
  });
}
