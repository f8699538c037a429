// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run test:e2e`: build the web app when needed, start Maatwerk on a fresh data directory, and
 * run every browser flow in Chromium. Exit code 0 only when every flow and every axe scan passed.
 */
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertNoCspViolations, cspViolations, launchBrowser, login, ROOT, scanned, startApp, watchCsp, type Ctx } from './harness';
import type { Flow } from './steps';

/** Run only the flows whose name contains one of these '|'-separated pieces (in the full run's order). */
const only = process.argv[2]?.split('|');

/** Every flow: flows.ts first, then each room's flows-<room>.ts in name order (each exports FLOWS). */
const flowFiles = ['flows.ts', ...readdirSync(join(ROOT, 'test', 'e2e')).filter((f) => /^flows-[\w-]+\.ts$/.test(f)).sort()];
const FLOWS: Array<[string, Flow]> = [];
for (const f of flowFiles) FLOWS.push(...((await import(pathToFileURL(join(ROOT, 'test', 'e2e', f)).href)) as { FLOWS: Array<[string, Flow]> }).FLOWS);

execSync(`${process.execPath} --import tsx ${JSON.stringify(join(ROOT, 'web', 'build-if-stale.ts'))}`, { cwd: ROOT, stdio: 'inherit' });
const app = await startApp();
const browser = await launchBrowser().catch(async (e) => {
  await app.stop();
  throw new Error(`Chromium start niet (${(e as Error).message}). Installeer Debian's chromium (apt-get install chromium) of zet CHROMIUM_PATH.`);
});
process.stdout.write(`Maatwerk draait op ${app.url}; Chromium ${browser.version()}\n\n`);

const ctx: Ctx = {
  app,
  browser,
  open: async (username) => {
    const context = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    await watchCsp(context);
    const page = await context.newPage();
    await page.goto('/');
    if (username) await login(page, username);
    return { context, page };
  },
};

let passed = 0;
const failed: string[] = [];
for (const [name, flow] of FLOWS) {
  if (only && !only.some((piece) => name.includes(piece))) continue;
  try {
    await flow(ctx);
    assertNoCspViolations(name);
    passed++;
    process.stdout.write(`  ✓ ${name}\n`);
  } catch (e) {
    failed.push(name);
    const csp = cspViolations.splice(0);
    process.stdout.write(`  ✗ ${name}\n    ${String((e as Error).stack ?? e).split('\n').join('\n    ')}\n`);
    if (csp.length) process.stdout.write(`    en Content-Security-Policy-overtredingen:\n      ${csp.join('\n      ')}\n`);
  }
}
await browser.close();
await app.stop();
process.stdout.write(`\n${passed} geslaagd, ${failed.length} mislukt; axe-scan zonder ernstige of kritieke fouten op ${scanned.length} pagina's (${scanned.join(', ')}); screenshots in test-results/.\n`);
if (failed.length) {
  process.stdout.write(`Mislukt: ${failed.join('; ')}\n`);
  process.exit(1);
}
process.exit(0);
