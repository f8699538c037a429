// SPDX-License-Identifier: EUPL-1.2
/**
 * Every page of every role, on a phone (375 px) and a desktop (1440 px): no page scrolls sideways,
 * every page is scanned with axe and photographed at phone width. The pages are the ones the role's
 * menu offers, plus the deeper pages a role opens from there (each tab of a case, a budget pot).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { hasText, type Flow } from './steps';

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
      if (width === 375) {
        const name = `telefoon-${who}${address.replace(/\/[0-9a-f-]{36}/g, '/x').replace(/\//g, '-')}`;
        await checkPage(page, name);
      }
    }
  }
  assert.deepEqual(failures, [], `pagina's die opzij scrollen:\n  ${failures.join('\n  ')}`);
}

async function firstCaseAddress(page: Page): Promise<string> {
  await page.goto('/casussen');
  const links = page.locator('main a[href^="/casussen/"]').filter({ hasNotText: 'Nieuw' });
  await links.first().waitFor();
  // Cindy's case (the README's example) when it is in the list, else the first.
  const cindy = links.filter({ hasText: /Na de scheiding|Cindy/ });
  const link = (await cindy.count()) > 0 ? cindy.first() : links.first();
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

FLOWS.push(
  [
    'Vandaag: per rol het werk van vandaag (acties over de datum, uitgaven die wachten, termijnen aan de doorbraaktafel)',
    async ({ open }) => {
      const sanne = await open('sanne');
      await sanne.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vandaag' }).click();
      await sanne.page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
      const late = sanne.page.getByRole('region', { name: 'Uw acties over de datum' });
      // What the page lists is what the case list says about her own open cases (earlier flows change them).
      const me = await (await sanne.page.request.get('/api/v1/auth/me')).json();
      const own = await (await sanne.page.request.get(`/api/v1/cases?status=open&regisseurId=${me.user.id}&pageSize=100`)).json();
      const expected = own.items.filter((c: { overdueActions: number }) => c.overdueActions > 0) as Array<{ title: string; overdueActions: number }>;
      if (expected.length === 0) await hasText(late, 'Geen acties over de datum op uw casussen.');
      for (const c of expected) await hasText(late.getByRole('listitem'), `${c.title}: ${c.overdueActions} ${c.overdueActions === 1 ? 'actie' : 'acties'} over de datum`);
      assert.equal(await late.getByRole('listitem').count(), expected.length);
      if (expected.length > 0) {
        await late.getByRole('link', { name: expected[0].title }).click();
        await sanne.page.getByRole('region', { name: 'Plan', exact: true }).waitFor();
        await hasText(sanne.page.getByRole('region', { name: 'Plan', exact: true }), 'over de datum');
      }
      await sanne.context.close();

      const joost = await open('joost');
      await joost.page.goto('/start');
      // The same as the approval list says (an earlier flow may have decided the demo's waiting spends).
      const waiting = (await (await joost.page.request.get('/api/v1/budget-approvals')).json()).items as Array<{ amountCents: number }>;
      const approvals = joost.page.getByRole('region', { name: 'Wacht op uw akkoord' });
      if (waiting.length === 0) await hasText(approvals, 'Er wachten geen uitgaven op uw akkoord.');
      else {
        const total = waiting.reduce((t, x) => t + x.amountCents, 0);
        const euro = `€ ${Math.floor(total / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(total % 100).padStart(2, '0')}`;
        await hasText(approvals, `${waiting.length} ${waiting.length === 1 ? 'uitgave wacht' : 'uitgaven wachten'} op uw akkoord, samen ${euro}.`);
      }
      await checkPage(joost.page, 'vandaag-budgethouder');
      await joost.context.close();

      const fatima = await open('fatima');
      await fatima.page.goto('/start');
      await hasText(fatima.page.getByRole('region', { name: /^Termijnen bij / }), /knelpunt(en)? wacht(en)? op een besluit; \d+ met een termijn/);
      await checkPage(fatima.page, 'vandaag-doorbraaktafel');
      await fatima.context.close();
    },
  ],
  [
    'meldingen: verwijzen naar hun casus, sluiten met Escape (focus terug op de knop), passen op een telefoon',
    async ({ open }) => {
      const { context, page } = await open('lotte');
      await page.setViewportSize({ width: 375, height: 800 });
      const bell = page.getByRole('banner').getByRole('button', { name: /^Meldingen/ });
      await bell.click();
      const panel = page.getByRole('region', { name: 'Meldingen' });
      await panel.waitFor();
      const box = (await panel.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 375, `de meldingen passen op het scherm (${box.x}–${box.x + box.width})`);
      assert.ok((await overflowOf(page)).px <= 0, 'niets scrolt opzij met de meldingen open');
      assert.doesNotMatch((await panel.textContent()) ?? '', /\d{4}-\d{2}-\d{2}/);
      await checkPage(page, 'meldingen-telefoon');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Meldingen')), true, 'de focus staat weer op de knop Meldingen');
      await bell.click();
      // A melding about a knelpunt leads to the knelpunt's own page.
      const link = panel.getByRole('link', { name: /^Naar het knelpunt/ }).first();
      await link.click();
      assert.match(new URL(page.url()).pathname, /^\/knelpunten\/[^/]+$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await context.close();
    },
  ],
);
