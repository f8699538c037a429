// SPDX-License-Identifier: EUPL-1.2
/** Steps shared by the browser flows of every flows*.ts file: find, wait and choose the way a user would. */
import type { Locator, Page } from 'playwright-core';
import type { Ctx } from './harness';

export type Flow = (ctx: Ctx) => Promise<void>;

/** Wait until the locator's text contains `text` (the page may still be loading or re-rendering). */
export async function hasText(l: Locator, text: string | RegExp) {
  await l.filter({ hasText: text }).first().waitFor();
}
export const alertWith = (page: Page, text: string | RegExp) => hasText(page.getByRole('alert'), text);
/** Pick an option by its label once the options (often loaded from the API) are there. */
export async function choose(select: Locator, optionLabel: string) {
  await select.locator('option', { hasText: optionLabel }).first().waitFor({ state: 'attached' });
  await select.selectOption({ label: optionLabel });
}
/** Wait until cell `i` of a table row reads exactly `text` (rows may hold selects whose options contain the same words). */
export async function cellIs(row: Locator, i: number, text: string) {
  const cell = row.getByRole('cell').nth(i);
  for (let n = 0; n < 100; n++) {
    if (((await cell.textContent()) ?? '').trim() === text) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`cel ${i} is "${await cell.textContent()}", verwacht "${text}"`);
}
/** The case id in /casussen/{id} or /casussen/{id}/{part}. */
export const caseIdFromUrl = (page: Page) => new URL(page.url()).pathname.split('/')[2];

/** Find a case the way a user would: Mijn casussen, search on a word, open it. */
export async function openCase(page: Page, title: RegExp, search: string) {
  await page.getByRole('link', { name: 'Mijn casussen' }).click();
  // A professional starts with their own cases; search the team's.
  const team = page.getByRole('navigation', { name: 'Welke casussen' }).getByRole('link', { name: /^Alle casussen van/ });
  await team.waitFor();
  if ((await team.getAttribute('aria-current')) !== 'page') {
    await team.click();
    await page.getByRole('navigation', { name: 'Welke casussen' }).locator('[aria-current="page"]', { hasText: 'Alle casussen van' }).waitFor();
  }
  await page.getByLabel('Zoeken').fill(search);
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Open a part of the case page by its tab (each part has its own address, /casussen/{id}/{part}). */
export async function openTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).locator('[aria-current="page"]', { hasText: name }).waitFor();
}

/** Assert that the page does not scroll sideways at its current width, naming the widest elements when it does. */
export async function assertNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)}px)`),
  );
  if (overflow > 0) throw new Error(`${what} scrolt ${overflow}px opzij op ${await page.evaluate(() => document.documentElement.clientWidth)} px: ${wide.join(', ')}`);
}
