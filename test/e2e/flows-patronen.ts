// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser flows for the patterns and the council's report: Tilburg's policy adviser sees this
 * quarter's cocktails with Hart van Brabant's marked, filters, reaches the exports and the pooled
 * view, also on a phone; the griffie reaches only the council report, prints it and cannot open
 * anything else.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { choose, hasText, type Flow } from './steps';

async function fitsPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.mw-table-scroll'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)}px)`),
  );
  assert.ok(overflow <= 0, `${what} scrolt ${overflow}px opzij op 375 px: ${wide.join(', ')}`);
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'Patronen: de beleidsadviseur in Tilburg ziet de giftige cocktails van dit kwartaal, met Hart van Brabant gemarkeerd; ook op een telefoon',
    async ({ open }) => {
      const { page, context } = await open('femke');
      await page.getByRole('link', { name: 'Patronen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Patronen: giftige cocktails' }).waitFor();
      const hvb = page.getByRole('table', { name: 'Hart van Brabant-cocktails in uw zaken' });
      await hvb.waitFor();
      await hasText(hvb, 'Schulden, wonen en kinderen');
      const combos = page.getByRole('table', { name: /Combinaties in .* sterkste eerst/ });
      await combos.waitFor();
      assert.ok((await combos.getByRole('row').count()) > 5, 'meer dan vijf combinaties');
      await hasText(combos, '★');
      await page.getByRole('img', { name: /Zaken per combinatie: vastgelopen en niet vastgelopen/ }).waitFor();
      await hasText(combos, 'Ten minste (95% zeker)');
      const main = (await page.getByRole('main').textContent()) ?? '';
      assert.ok(!/\d{4}-\d{2}-\d{2}/.test(main), 'geen ISO-datum op het scherm');
      assert.ok(!main.includes('leefgebied:'), 'geen sleutels op het scherm');
      await page.getByRole('link', { name: 'Combinaties downloaden als Excel' }).waitFor();
      // The pooled national view: four municipalities take part.
      const pooledView = page.getByRole('region', { name: 'Regionaal en landelijk beeld' });
      await hasText(pooledView, /4 organisaties doen mee/);
      await checkPage(page, 'patronen');
      // The regional view is Tilburg's province, which its admin set (ADR 0031): only Tilburg takes part there.
      await choose(pooledView.getByLabel('Beeld', { exact: true }), 'Provincie Noord-Brabant');
      await hasText(pooledView, /1 organisatie doet mee in Noord-Brabant/);
      await choose(pooledView.getByLabel('Beeld', { exact: true }), 'Landelijk');
      await hasText(pooledView, /4 organisaties doen mee/);
      // A stricter definition of stuck, by keyboard: fewer days open counts as stuck sooner.
      const days = page.getByLabel('Vastgelopen na (werkdagen open)');
      await days.fill('2');
      await days.press('Enter');
      await hasText(page.getByRole('alert'), /werkdagen/);
      await checkPage(page, 'patronen-fout');
      await days.fill('40');
      await choose(page.getByLabel('Periode'), `Heel ${new Date().getFullYear()}`);
      await page.getByRole('button', { name: 'Toon patronen' }).click();
      await hasText(page.getByRole('main'), /Heel|kwartaal|Jaar/);
      await combos.waitFor();
      await fitsPhone(page, 'Patronen');
      await checkPage(page, 'patronen-telefoon');
      await context.close();
    },
  ],
  [
    'Raadsrapportage: de griffie van Tilburg ziet alleen de raadsrapportage, met tabellen bij elke grafiek, en drukt hem af',
    async ({ open }) => {
      const { page, context } = await open('griffie-tilburg');
      await page.getByRole('heading', { level: 1, name: /Raadsrapportage Tilburg/ }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const links = await nav.getByRole('link').allTextContents();
      assert.deepEqual(links, ['Raadsrapportage']);
      const zaken = page.getByRole('table', { name: 'Zaken geopend en gesloten' });
      await zaken.waitFor();
      await hasText(page.getByRole('main'), 'niet getoond');
      await page.getByRole('img', { name: /Zaken geopend en gesloten/ }).waitFor();
      await page.getByRole('button', { name: 'Afdrukken of als pdf bewaren' }).waitFor();
      await page.getByRole('link', { name: 'Downloaden als Excel' }).waitFor();
      await checkPage(page, 'raadsrapportage');
      // Printed: no menu or buttons, the report itself stays.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Afdrukken of als pdf bewaren' }).isVisible(), false);
      assert.equal(await zaken.isVisible(), true);
      await page.screenshot({ path: 'test-results/raadsrapportage-afdruk.png', fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      // One quarter, on a phone.
      await page.getByLabel('Periode').selectOption({ index: 1 });
      await zaken.waitFor();
      await fitsPhone(page, 'De raadsrapportage');
      await checkPage(page, 'raadsrapportage-telefoon');
      // Nothing else: the case list and the library answer "no access".
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/casussen');
      await page.getByRole('alert').first().waitFor();
      const r = await page.request.get('/api/v1/cases');
      assert.equal(r.status(), 403);
      assert.equal((await page.request.get('/api/v1/doorbraken')).status(), 403);
      assert.equal((await page.request.get('/api/v1/raadsrapportage')).status(), 200);
      await context.close();
    },
  ],
];
