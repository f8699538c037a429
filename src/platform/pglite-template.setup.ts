// SPDX-License-Identifier: EUPL-1.2
/** Vitest global set-up: make (or reuse) the migrated PGlite image for the test files (pglite-template.ts). */
import { TEMPLATE_ENV, ensureTemplate } from './pglite-template';

export default async function setup(): Promise<void> {
  process.env[TEMPLATE_ENV] = await ensureTemplate();
}
