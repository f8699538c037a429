// SPDX-License-Identifier: EUPL-1.2
/**
 * Every page of every role, on a phone (375 px) and a desktop (1440 px): no page scrolls sideways,
 * every page is scanned with axe and photographed at phone width. The pages are the ones the role's
 * menu offers, plus the deeper pages a role opens from there (each tab of a case, a budget pot).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import type { Flow } from './steps';

const WIDTHS = [375, 1440] as const;

/** How far the document scrolls sideways, and the elements sticking out on the right (for the message). */
async function overflowOf(page: Page): Promise<{ px: number; wide: string[] }> {
  return page.evaluate(() => {
    const px = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const wide: string[] = [];
    if (px > 0) {
      for (const el of Array.from(document.querySelectorAll('main *, header *'))) {
        const r = el.getBoundingClientRect();
        if (r.right > document.documentElement.clientWidth + 1 && wide.length < 5) wide.push(`${el.tagName.toLowerCase()}.${(el.className || '').toString().split(' ').join('.')} (${Math.round(r.right)}px)`);
      }
    }
    return { px, wide };
  });
}

/** The menu's pages of the logged-in user, as addresses. */
async function menuPages(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('link').first().waitFor();
  return nav.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Visit each address at both widths; collect every overflow; photograph and scan at phone width. */
async function visitAll(page: Page, who: string, addresses: string[]) {
  const failures: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const address of addresses) {
      await page.goto(address);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const { px, wide } = await overflowOf(page);
      if (px > 0) failures.push(`${address} op ${width} px: ${px} px opzij (${wide.join(', ')})`);
      if (width === 375) await checkPage(page, `telefoon-${who}${address.replace(/\/[0-9a-f-]{36}/g, '/x').replace(/\//g, '-')}`);
    }
  }
  assert.deepEqual(failures, [], `pagina's die opzij scrollen:\n  ${failures.join('\n  ')}`);
}

async function firstCaseAddress(page: Page): Promise<string> {
  await page.goto('/casussen');
  const link = page.locator('main a[href^="/casussen/"]').filter({ hasNotText: 'Nieuw' }).first();
  await link.waitFor();
  return new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname;
}

const CASE_PARTS = ['', '/plan', '/zelfredzaamheid', '/budget', '/knelpunten', '/inkomen', '/businesscase', '/notities', '/geschiedenis'];

export const FLOWS: Array<[string, Flow]> = [
  [
    'elke pagina van elke rol op 375 en 1440 px: niets scrolt opzij (professional met alle tabbladen van een casus, teamleider)',
    async ({ open }) => {
      for (const who of ['sanne', 'marieke']) {
        const { context, page } = await open(who);
        const pages = await menuPages(page);
        const c = await firstCaseAddress(page);
        await visitAll(page, who, [...pages, ...CASE_PARTS.map((p) => c + p)]);
        await context.close();
      }
    },
  ],
  [
    'elke pagina van elke rol op 375 en 1440 px: niets scrolt opzij (budgethouder, doorbraaktafel, beleid, privacy, beheer)',
    async ({ open, app }) => {
      for (const who of ['joost', 'fatima', 'pieter', 'priya', 'beheer']) {
        const { context, page } = await open(who);
        const pages = await menuPages(page);
        if (who === 'joost') {
          await page.goto('/budgetten');
          const pot = page.locator('main a[href^="/budgetten/"]').first();
          await pot.waitFor();
          pages.push(new URL(await pot.evaluate((a) => (a as HTMLAnchorElement).href), app.url).pathname);
        }
        if (who === 'beheer') pages.push('/beheer/teams', '/beheer/organisaties');
        await visitAll(page, who, [...new Set(pages)]);
        await context.close();
      }
    },
  ],
  [
    'de inlogpagina op een telefoon: focus in het veld gebruikersnaam, niets scrolt opzij',
    async ({ open }) => {
      const { context, page } = await open();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto('/inloggen');
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), 'username', 'de focus staat in het veld Gebruikersnaam');
      assert.equal((await overflowOf(page)).px <= 0, true);
      await checkPage(page, 'telefoon-inloggen');
      await context.close();
    },
  ],
];
