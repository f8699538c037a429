// SPDX-License-Identifier: EUPL-1.2
/** Vite builds the front end into web/dist; the Node server serves it at / next to /api/v1. */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  // During `vite` development the API runs on the Node server; proxy it so cookies stay same-origin.
  server: { proxy: { '/api': process.env.MAATWERK_API ?? 'http://localhost:3000' } },
});
