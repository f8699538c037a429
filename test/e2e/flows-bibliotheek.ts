// SPDX-License-Identifier: EUPL-1.2
/** The Bibliotheek beyond sharing: correcting a published entry with four eyes and its history; what recurs, for those who steer. */
import assert from 'node:assert/strict';
import { checkPage } from './harness';
import { assertNoSidewaysScroll, hasText, type Flow } from './steps';

export const FLOWS: Array<[string, Flow]> = [
  [
    'Bibliotheek: de teamleider corrigeert een gepubliceerde doorbraak, de privacyfunctionaris keurt de correctie goed, de geschiedenis toont beide versies; wat vaak terugkomt',
    async ({ open }) => {
      const { context, page } = await open('marieke');
      await page.getByRole('link', { name: 'Bibliotheek' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bibliotheek Mooi Maatwerk' }).waitFor();
      // Who steers sees which rules block most often and which breakthroughs spread.
      const recurring = page.getByRole('region', { name: 'Wat vaak terugkomt' });
      await recurring.getByRole('table', { name: /Regels die het vaakst blokkeerden/ }).waitFor();
      await hasText(recurring.getByRole('table', { name: /Doorbraken die zich verspreiden/ }), /hergebruikt|Utrecht|Tilburg|Zaanstad/);
      await checkPage(page, 'bibliotheek-wat-terugkomt');

      // An entry shared by Utrecht: the teamleider corrects it.
      await page.goto('/bibliotheek?gemeente=Utrecht');
      await hasText(page.getByRole('status'), /doorbraken? gevonden/);
      await page.getByRole('region', { name: 'Resultaten' }).getByRole('link').first().click();
      const h1 = page.getByRole('heading', { level: 1 });
      await h1.waitFor();
      const entryUrl = page.url();
      await page.getByRole('button', { name: 'Corrigeren' }).click();
      const form = page.getByRole('form', { name: 'Corrigeren' });
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), 'title', 'de focus staat in het eerste veld van de correctie');
      await form.getByLabel('Wat is er veranderd?').fill('');
      await form.getByRole('button', { name: 'Correctie opslaan' }).click();
      await hasText(page.getByRole('alert'), 'Wat is er veranderd?');
      await form.getByLabel('Titel').fill('Gecorrigeerde titel: doorbraak in Utrecht');
      await form.getByLabel('Wat is er veranderd?').fill('Titel verduidelijkt');
      await form.getByRole('button', { name: 'Correctie opslaan' }).click();
      await hasText(page.getByRole('status'), 'Correctie opgeslagen');
      await page.getByRole('heading', { level: 2, name: 'Correctie die wacht op goedkeuring' }).waitFor();
      await checkPage(page, 'bibliotheek-correctie');
      await context.close();

      // Four eyes: the privacy officer approves; the entry now shows the corrected version and its history.
      const second = await open('priya');
      await second.page.goto(entryUrl);
      await second.page.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
      await second.page.getByRole('heading', { level: 1, name: 'Gecorrigeerde titel: doorbraak in Utrecht' }).waitFor();
      const history = second.page.getByRole('table', { name: /Geschiedenis: versies/ });
      await hasText(history, 'Titel verduidelijkt');
      await hasText(history, 'Eerste versie');
      await second.page.setViewportSize({ width: 375, height: 800 });
      await assertNoSidewaysScroll(second.page, 'een doorbraak met geschiedenis');
      await checkPage(second.page, 'bibliotheek-geschiedenis-telefoon');
      await second.context.close();
    },
  ],
];
