// SPDX-License-Identifier: EUPL-1.2
/**
 * Tests: a migrated, empty PGlite database as a data-folder image, so each test file starts from a
 * copy instead of running initdb and every migration again (most of a database test file's set-up
 * time). The image is kept in node_modules/.cache/maatwerk/, named by a hash of the migrations and
 * the PGlite version, so a changed migration makes a new one. Vitest's global set-up
 * (pglite-template.setup.ts) makes it once per run and names it in MAATWERK_PGLITE_TEMPLATE;
 * `openTestDb` loads it, then still runs `migrate` (a no-op on an up-to-date image).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite } from './db';
import { MIGRATIONS_DIR, migrate } from './migrate';

export const TEMPLATE_ENV = 'MAATWERK_PGLITE_TEMPLATE';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the image for the current migrations lives. */
export function templatePath(): string {
  const h = createHash('sha256');
  h.update(JSON.parse(readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version);
  for (const f of readdirSync(MIGRATIONS_DIR).sort()) h.update(f).update(readFileSync(join(MIGRATIONS_DIR, f)));
  return join(ROOT, 'node_modules', '.cache', 'maatwerk', `pglite-${h.digest('hex').slice(0, 16)}.tar`);
}

/** The image's path, made first when it is not there yet (written aside, then renamed: never half). */
export async function ensureTemplate(): Promise<string> {
  const path = templatePath();
  if (existsSync(path)) return path;
  const db = await openPglite();
  await migrate(db);
  const image = await db.pglite.dumpDataDir('none');
  await db.close();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await image.arrayBuffer()));
  renameSync(tmp, path);
  return path;
}

/** The image named by the global set-up, as PGlite's loadDataDir wants it; undefined without one. */
export function loadTemplate(): Blob | undefined {
  const path = process.env[TEMPLATE_ENV];
  return path && existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}
