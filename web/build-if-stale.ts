// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm start` runs this first: build the front end when web/dist is missing or older than its
 * sources, so a fresh clone needs only `npm install && npm start`. Skipped when nothing changed.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, '..');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) if (e !== 'node_modules' && e !== 'dist') m = Math.max(m, newest(join(path, e)));
  return m;
}

const built = existsSync(join(web, 'dist', 'index.html')) ? statSync(join(web, 'dist', 'index.html')).mtimeMs : 0;
// The lock file decides the libraries in the bundle.
const sources = Math.max(newest(join(web, 'src')), newest(join(web, 'index.html')), newest(join(web, 'vite.config.ts')), newest(join(root, 'package-lock.json')));
if (process.env.SKIP_WEB_BUILD === '1') {
  process.stdout.write('Webapp: bouwen overgeslagen (SKIP_WEB_BUILD=1).\n');
} else if (built > 0 && built >= sources) {
  process.stdout.write('Webapp: web/dist is actueel.\n');
} else {
  process.stdout.write(built ? 'Webapp: bronnen gewijzigd, opnieuw bouwen...\n' : 'Webapp: eerste keer bouwen (web/dist ontbreekt)...\n');
  execSync('npm run build:web', { cwd: root, stdio: 'inherit' });
}
