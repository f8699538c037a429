// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser flows of the case's income (issue #15, entered once) and the resident's Mijn geld (issue
 * #17): the professional edits a member's income on the case's own household, enters six months of
 * wages and sees the buffer comparison, enters the huishoudboekje and sees the cash-flow plan, sees
 * what makes up the disposable income and the forecast of toeslagen to pay back; then Cindy reads her
 * income check on her phone.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatEuro } from '../../src/platform/money';
import { checkPage, login } from './harness';
import { alertWith, assertNoSidewaysScroll, caseIdFromUrl, cellIs, hasText, openCase, openTab, type Flow } from './steps';

/** Nothing inside `root` is wider than the window (tables and charts scroll inside their own box). */
async function fitsThePhone(page: Page, root: Locator, what: string) {
  const tooWide = await root.evaluate((r) =>
    Array.from(r.querySelectorAll('*'))
      .filter((el) => !el.closest('.mw-table-scroll') && !el.closest('.mw-chart') && el.getBoundingClientRect().width > document.documentElement.clientWidth)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)}px)`),
  );
  assert.deepEqual(tooWide, [], `${what} te breed op ${page.viewportSize()?.width} px: ${tooWide.join(', ')}`);
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'Kassa: inkomen van Cindy per gezinslid, wisselend loon met buffer, huishoudboekje, besteedbaar inkomen en terugbetaling toeslagen; Cindy leest haar geld',
    async ({ open }) => {
      const { context, page } = await open('sanne');
      await openCase(page, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(page, 'Inkomen');
      const caseId = caseIdFromUrl(page);

      // 1. The income of one member of the case's household, edited here (the household is not typed again).
      const check = page.getByRole('region', { name: 'Keukentafelcheck: bijstand en toeslagen' });
      await hasText(check, 'Cindy, aanvrager; Noah, kind; Lisa, kind; Daan, kind');
      await check.getByLabel('Toetsingsinkomen van Cindy, per jaar in euro (leeg: niet bekend)').fill('18.000');
      await check.getByRole('button', { name: 'Gegevens per gezinslid opslaan' }).click();
      await hasText(check.getByRole('status'), 'De gegevens per gezinslid zijn bij de casus opgeslagen');
      const stored = await (await page.request.get(`/api/v1/cases/${caseId}/income`)).json();
      const leden = stored.items.find((i: { kind: string }) => i.kind === 'inkomen-leden');
      assert.equal(leden.input.leden[0].toetsingsinkomenPerJaar, 1800000);

      // 2. What makes up the disposable income against the social minimum, as a chart with its table.
      await check.getByLabel('Rekendatum (leeg: vandaag)').fill('2026-03-15');
      await check.getByRole('button', { name: 'Keukentafelcheck uitvoeren' }).click();
      const outcome = check.getByRole('region', { name: 'Uitkomst keukentafelcheck' });
      await outcome.getByRole('img', { name: /Besteedbaar inkomen tegenover het sociaal minimum per 15 maart 2026/ }).waitFor();
      await outcome.getByText('Bedragen als tabel').click();
      const table = outcome.getByRole('table');
      await cellIs(table.getByRole('row', { name: /Zorgtoeslag/ }), 1, 'Berekend');
      const run = await (await page.request.post(`/api/v1/cases/${caseId}/income/inkomen-leden/run`, { data: { datum: '2026-03-15' } })).json();
      await cellIs(table.getByRole('row', { name: /Besteedbaar inkomen/ }), 2, formatEuro(run.totaal.besteedbaarPerMaand));
      await cellIs(table.getByRole('row', { name: /Sociaal minimum/ }), 2, formatEuro(run.sociaalMinimum));

      // 3. Income rises from July: the toeslagen to pay back after the year, advance against definitive.
      const prognose = page.getByRole('region', { name: 'Inkomen verandert dit jaar: toeslagen terugbetalen?' });
      await prognose.getByLabel('Nieuw toetsingsinkomen, als jaarbedrag in euro').fill('zestigduizend');
      await prognose.getByRole('button', { name: 'Terugbetaling voorspellen' }).click();
      await alertWith(page, 'Nieuw toetsingsinkomen: is geen bedrag');
      await prognose.getByLabel('Nieuw toetsingsinkomen, als jaarbedrag in euro').fill('60.000');
      await prognose.getByLabel('Vanaf maand', { exact: true }).selectOption({ label: 'juli' });
      await prognose.getByLabel('Jaar', { exact: true }).selectOption({ label: '2026' });
      await prognose.getByRole('button', { name: 'Terugbetaling voorspellen' }).click();
      const forecast = prognose.getByRole('region', { name: 'Prognose terugbetaling toeslagen' });
      await forecast.getByRole('img', { name: /Toeslagen over 2026: voorschot tegenover definitief/ }).waitFor();
      const expected = await (
        await page.request.post(`/api/v1/cases/${caseId}/income/terugbetaling`, { data: { jaar: 2026, vanafMaand: 7, wijzigingen: [{ lidId: leden.input.leden[0].lidId, toetsingsinkomenPerJaar: 6000000 }] } })
      ).json();
      assert.ok(expected.totaal.terugNietDoorgegeven > 0, 'een hoger inkomen vanaf juli geeft een terugbetaling');
      await hasText(forecast, `${formatEuro(expected.totaal.terugNietDoorgegeven)} terugbetalen`);
      await forecast.getByText('Per toeslag als tabel').click();
      await cellIs(forecast.getByRole('row', { name: /Zorgtoeslag/ }), 2, formatEuro(expected.toeslagen[0].definitief));
      await forecast.getByText('Uitleg met wetsartikelen').click();
      await hasText(forecast, 'Algemene wet inkomensafhankelijke regelingen, art. 16 lid 1');

      // 4. Six months of wages: the three ways of settling bijstand and the buffer's balance.
      const wages = page.getByRole('form', { name: 'Wisselend loon per maand' });
      await wages.getByLabel('Eerste maand').fill('2026-01');
      const amounts = ['520', '385', '710', 'veel', '605', '450'];
      const names = ['januari', 'februari', 'maart', 'april', 'mei', 'juni'];
      for (let i = 0; i < 6; i++) await wages.getByLabel(`Netto loon ${names[i]} 2026 in euro`).fill(amounts[i]);
      await wages.getByRole('button', { name: 'Lonen opslaan en doorrekenen' }).click();
      await alertWith(page, 'Netto loon april 2026: is geen bedrag');
      await wages.getByLabel('Netto loon april 2026 in euro').fill('240');
      await wages.getByRole('button', { name: 'Lonen opslaan en doorrekenen' }).click();
      await hasText(wages.getByRole('status'), 'De lonen van 6 maanden zijn bij de casus opgeslagen');
      const fluct = page.getByRole('region', { name: 'Uitkomst wisselend loon' });
      await fluct.getByRole('img', { name: /Ontvangen per kalendermaand/ }).waitFor();
      await fluct.getByRole('img', { name: /Saldo van de Bestaansbalans-buffer per maand/ }).waitFor();
      await hasText(fluct.getByRole('row', { name: /Bestaansbalans/ }).first(), /€/);

      // 5. The huishoudboekje: income streams and fixed costs with their days; a bad day is named.
      const book = page.getByRole('form', { name: 'Huishoudboekje invullen' });
      await book.getByLabel('Eerste dag', { exact: true }).fill('2026-03-01');
      await book.getByLabel('Naam inkomsten 1').fill('Bijstand');
      await book.getByLabel('Bedrag inkomsten 1 in euro').fill('1.250');
      await book.getByLabel('Dag van de maand inkomsten 1').fill('27');
      await book.getByRole('button', { name: 'Inkomsten toevoegen' }).click();
      await book.getByLabel('Naam inkomsten 2').fill('Kindgebonden budget');
      await book.getByLabel('Bedrag inkomsten 2 in euro').fill('400');
      await book.getByLabel('Dag van de maand inkomsten 2').fill('20');
      await book.getByLabel('Naam vaste last 1').fill('Huur');
      await book.getByLabel('Bedrag vaste last 1 in euro').fill('685');
      await book.getByLabel('Vervaldag vaste last 1 (dag van de maand)').fill('32');
      await book.getByRole('button', { name: 'Vaste last toevoegen' }).click();
      await book.getByLabel('Naam vaste last 2').fill('Energie');
      await book.getByLabel('Bedrag vaste last 2 in euro').fill('150');
      await book.getByLabel('Vervaldag vaste last 2 (dag van de maand)').fill('5');
      await book.getByRole('button', { name: 'Huishoudboekje opslaan en doorrekenen' }).click();
      await alertWith(page, 'Vervaldag vaste last 1 (Huur)');
      await book.getByLabel('Vervaldag vaste last 1 (dag van de maand)').fill('1');
      await book.getByRole('button', { name: 'Huishoudboekje opslaan en doorrekenen' }).click();
      await hasText(book.getByRole('status'), 'Het huishoudboekje is bij de casus opgeslagen');
      const plan = page.getByRole('region', { name: 'Uitkomst huishoudboekje' });
      await plan.getByRole('img', { name: /Saldo per dag/ }).waitFor();
      await hasText(plan, 'inkomen € 1.650,00 per maand · vaste lasten € 835,00 per maand');
      await hasText(plan, 'Buffer nodig op de beheerrekening');
      await checkPage(page, 'kassa-inkomen');
      // What the resident's check (on today) must show, as the professional's check computes it.
      const today = await (await page.request.post(`/api/v1/cases/${caseId}/income/inkomen-leden/run`, { data: {} })).json();

      // On a phone: every income section fits 375 px (tables and charts scroll inside their own box).
      await page.setViewportSize({ width: 375, height: 800 });
      await fitsThePhone(page, page.locator('section[aria-labelledby="inkomen"]'), 'Inkomen');
      await page.screenshot({ path: 'test-results/kassa-inkomen-telefoon.png', fullPage: false });
      await context.close();

      // 6. Cindy reads her money on her phone: her income check on the household of her case, in plain words.
      const resident = await open();
      await resident.page.setViewportSize({ width: 375, height: 800 });
      await login(resident.page, 'cindy');
      await resident.page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
      await resident.page.getByRole('link', { name: 'Mijn geld' }).click();
      await resident.page.getByRole('heading', { level: 2, name: 'Waar heeft u recht op?' }).waitFor();
      const main = resident.page.getByRole('main');
      await hasText(main, 'We rekenen met uw gezin zoals het in uw dossier staat: u en uw 3 kinderen.');
      await hasText(main, `Het minimum voor uw gezin is ${formatEuro(today.sociaalMinimum)} per maand. Samen met alles hierboven heeft u ongeveer ${formatEuro(today.totaal.besteedbaarPerMaand)} per maand.`);
      await resident.page.getByRole('heading', { level: 2, name: 'Uw loon wisselt: wanneer krijgt u wat?' }).waitFor();
      await hasText(main, /Op \d+ januari 2026 krijgt u bijstand van de gemeente: €/);
      await resident.page.getByRole('heading', { level: 2, name: 'Wanneer komt er geld binnen en gaat er geld af?' }).waitFor();
      await hasText(main, /Op 1 maart 2026 gaat er € 685,00 af \(Huur\)/);
      await assertNoSidewaysScroll(resident.page, 'Mijn geld');
      await checkPage(resident.page, 'kassa-inwoner-mijn-geld');
      await resident.context.close();
    },
  ],
];
