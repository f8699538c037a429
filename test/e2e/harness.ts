// SPDX-License-Identifier: EUPL-1.2
/**
 * The browser-test harness: start the app on a fresh data directory and a free port, drive Debian's
 * Chromium with playwright-core, scan pages with axe-core and save screenshots. No test runner
 * dependency: flows are plain async functions run in order, each in its own browser context.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = join(ROOT, 'test-results');
export const PASSWORD = 'maatwerk-demo';

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

export interface RunningApp {
  url: string;
  stop: () => Promise<void>;
  output: () => string;
}

/** Start `src/main.ts` as the user would (demo data on a fresh PGlite directory) and wait for /ready. */
export async function startApp(): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'maatwerk-e2e-'));
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', DEMO_DATA: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://localhost:${port}`;
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Poll /ready: readiness is a state to wait for, not a duration to assert.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`De app stopte tijdens het starten:\n${out}`);
    try {
      const r = await fetch(`${url}/ready`);
      if (r.ok) {
        const page = await fetch(`${url}/`);
        if (!(await page.text()).includes('id="root"')) throw new Error('De app serveert de webapp niet: is web/dist gebouwd?');
        return { url, stop, output: () => out };
      }
    } catch (e) {
      if ((e as Error).message.startsWith('De app')) {
        await stop();
        throw e;
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`De app werd niet gereed:\n${out}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nl-NL'],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Run axe-core (WCAG 2.0/2.1 A and AA rules) on the page; throw on any serious or critical violation. */
export async function axeScan(page: Page, name: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy forbids inline <script> tags.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations;
  })) as AxeViolation[];
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const detail = bad.map((v) => `  - ${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `      ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').join(' ') ?? ''}`).join('\n')}`).join('\n');
    throw new Error(`axe: ${bad.length} ernstige of kritieke toegankelijkheidsfouten op ${name}:\n${detail}`);
  }
  return violations;
}

/**
 * The pages the README shows, one or more per role, each copied to docs/screenshots/<file> whenever a
 * browser run takes it: the README's pictures are always the last run's.
 */
export const README_SHOTS: Record<string, string> = {
  casus: 'casus.png', 'telefoon-sanne-casussen-x': 'casus-telefoon.png', 'casus-huishoudboekje': 'casus-huishoudboekje.png', 'casus-businesscase': 'casus-businesscase.png',
  'kassa-inkomen': 'inkomen.png', 'budget-stand-en-steekproef': 'budget.png', doorbraaktafel: 'doorbraaktafel.png', 'loket-bureau': 'loket.png', 'bibliotheek-doorbraak': 'bibliotheek.png',
  'beleid-signalen': 'beleid-signalen.png', 'beleid-minima-effect': 'beleid-minima-effect.png', patronen: 'patronen.png', simulaties: 'simulaties.png', raadsrapportage: 'raadsrapportage.png',
  'handhaving-zaak': 'handhaving.png', 'inwoner-mijn-plan': 'inwoner-mijn-plan.png', 'partner-casus': 'partner.png', 'privacy-register-nederlands': 'privacy.png', 'beheer-ladder': 'beheer.png',
};

/** Full-page screenshot to test-results/<name>.png, and to docs/screenshots when the README shows it. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const copyTo = README_SHOTS[name] && join(ROOT, 'docs', 'screenshots', README_SHOTS[name]);
  if (copyTo) {
    mkdirSync(dirname(copyTo), { recursive: true });
    copyFileSync(file, copyTo);
  }
}

/**
 * Content-Security-Policy violations seen in any page of the watched browser contexts, as
 * "<page address>: <what was refused>". The app runs with its real policy (ADR 0009): every page
 * reports each `securitypolicyviolation` event on the console, and Chromium logs each refusal there
 * too. The runner fails a flow that left any behind; checkPage fails at the page itself.
 */
export const cspViolations: string[] = [];

export async function watchCsp(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP-overtreding: ${e.violatedDirective} weigerde ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  context.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && (text.startsWith('CSP-overtreding') || /Content Security Policy/i.test(text))) cspViolations.push(`${m.page()?.url() ?? '?'}: ${text}`);
  });
}

/** Throw when a CSP violation was seen (and forget it, so one violation fails one check). */
export function assertNoCspViolations(where: string) {
  const seen = cspViolations.splice(0);
  if (seen.length) throw new Error(`Content-Security-Policy: ${seen.length} overtreding(en) tijdens ${where}:\n  ${[...new Set(seen)].join('\n  ')}`);
}

/** A page checked the same way everywhere: no serious axe violations, no CSP violations, and a screenshot. */
export async function checkPage(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  assertNoCspViolations(name);
  await axeScan(page, name);
  assertNoCspViolations(`${name} (axe-scan)`);
  await screenshot(page, name);
  scanned.push(name);
}
export const scanned: string[] = [];

export interface Ctx {
  app: RunningApp;
  browser: Browser;
  /** A fresh browser context (own cookies) with a page, logged in as `username` when given. */
  open: (username?: string) => Promise<{ context: BrowserContext; page: Page }>;
}

export async function login(page: Page, username: string) {
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}
