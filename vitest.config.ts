// SPDX-License-Identifier: EUPL-1.2
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects. `sweeps`: the OpenAPI-wide sweeps that send every operation many requests
 * (isolation between organisations, robustness against bad input, concurrent writes) — the
 * larger part of the suite's time. `unit`: everything else. `npm test` (and CI) runs both;
 * `npm run test:fast` runs `unit` only, for the inner loop.
 */
export const SWEEPS = ['src/platform/isolation.test.ts', 'src/platform/robustness.test.ts', 'src/platform/concurrency.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on this 2-core machine. The
    // test files wait on child processes and the database often enough that two use it better.
    maxWorkers: 2,
    // A migrated PGlite image that every test file's database starts from (src/platform/pglite-template.ts).
    globalSetup: ['src/platform/pglite-template.setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SWEEPS] } },
      { extends: true, test: { name: 'sweeps', include: SWEEPS } },
    ],
  },
});
