// SPDX-License-Identifier: EUPL-1.2
/**
 * Vite builds the front end into web/dist; the Node server serves it at / next to /api/v1.
 *
 * Built for a strict Content-Security-Policy (ADR 0009): no inline script (the module-preload
 * polyfill is an inline script, so it is off; every browser the app supports has modulepreload),
 * and no source maps in the build. After the build every text file gets a brotli (.br) and gzip
 * (.gz) twin so the server can send the compressed bytes without compressing on each request.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

/** Write name.br and name.gz next to every compressible file of at least 256 bytes in the output folder. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'maatwerk-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir.startsWith('/') ? c.build.outDir : join(c.root, c.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          const file = join(dir, e.name);
          if (e.isDirectory()) walk(file);
          else if (COMPRESSIBLE.has(extname(e.name))) {
            const body = readFileSync(file);
            if (body.length < 256) continue;
            writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
            writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
          }
        }
      };
      walk(outDir);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [precompress()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 1000 },
  // During `vite` development the API runs on the Node server; proxy it so cookies stay same-origin.
  // The Host header is passed on unchanged (changeOrigin: false) so the server's Origin check sees
  // the page's own origin.
  server: { proxy: { '/api': { target: process.env.MAATWERK_API ?? 'http://localhost:3000', changeOrigin: false } } },
});
