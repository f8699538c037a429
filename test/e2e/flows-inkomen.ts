// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser flows of the income room (issue #15): Cindy's income checked at the kitchen table without
 * typing her household twice, and no toeslag resting on an income nobody entered.
 */
import assert from 'node:assert/strict';
import { checkPage } from './harness';
import { alertWith, caseIdFromUrl, cellIs, hasText, openCase, openTab, type Flow } from './steps';

export const FLOWS: Array<[string, Flow]> = [
  [
    'Inkomen: keukentafelcheck voor Cindy op het huishouden van de casus, zonder toeslag op een ontbrekend inkomen',
    async ({ open }) => {
      const { context, page } = await open('sanne');
      await openCase(page, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(page, 'Inkomen');
      const check = page.getByRole('region', { name: 'Keukentafelcheck: bijstand en toeslagen' });
      // The household comes from the case: Cindy and her three children, nothing typed again.
      await hasText(check, 'Cindy, aanvrager; Noah, kind; Lisa, kind; Daan, kind');
      await check.getByLabel('Netto loon uit werk van Cindy, per maand in euro').fill('vierhonderd');
      await check.getByRole('button', { name: 'Gegevens per gezinslid opslaan' }).click();
      await alertWith(page, 'Netto loon Cindy: is geen bedrag');
      await check.getByLabel('Netto loon uit werk van Cindy, per maand in euro').fill('400');
      await check.getByLabel('Huur per maand (kale huur) in euro').fill('650');
      await check.getByRole('button', { name: 'Gegevens per gezinslid opslaan' }).click();
      await hasText(check.getByRole('status'), 'De gegevens per gezinslid zijn bij de casus opgeslagen');
      await check.getByLabel('Rekendatum (leeg: vandaag)').fill('2026-03-15');
      await check.getByRole('button', { name: 'Keukentafelcheck uitvoeren' }).click();
      const outcome = check.getByRole('region', { name: 'Uitkomst keukentafelcheck' });
      await outcome.getByRole('img', { name: /Besteedbaar inkomen tegenover het sociaal minimum per 15 maart 2026/ }).waitFor();
      await outcome.getByText('Bedragen als tabel').click();
      const table = outcome.getByRole('table');
      // No toetsingsinkomen entered: the toeslagen rest on an estimate and say so.
      await cellIs(table.getByRole('row', { name: /Zorgtoeslag/ }), 1, 'Schatting');
      await cellIs(table.getByRole('row', { name: /Bijstand/ }), 1, 'Berekend');
      await hasText(outcome, 'Zorgtoeslag rust op een geschat toetsingsinkomen');
      // What was stored is income per member id, not a second household.
      const caseId = caseIdFromUrl(page);
      const stored = await (await page.request.get(`/api/v1/cases/${caseId}/income`)).json();
      const leden = stored.items.find((i: { kind: string }) => i.kind === 'inkomen-leden');
      assert.equal(leden.input.leden[0].nettoLoonPerMaand, 40000);
      assert.equal('huishouden' in leden.input, false, 'geen tweede kopie van het huishouden');
      await checkPage(page, 'inkomen-keukentafelcheck');
      // On a phone: nothing in the check is wider than 375 px (tables and charts scroll inside their own box).
      // (The case page as a whole is the cases room's: its other tables make it scroll sideways.)
      await page.setViewportSize({ width: 375, height: 800 });
      const tooWide = await check.evaluate((root) =>
        Array.from(root.querySelectorAll('*'))
          .filter((el) => !el.closest('.mw-table-scroll') && !el.closest('.mw-chart') && el.getBoundingClientRect().width > document.documentElement.clientWidth)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)}px)`),
      );
      assert.deepEqual(tooWide, [], `te breed op 375 px: ${tooWide.join(', ')}`);
      // No checkPage at 375 px: axe then flags the shared Table's scroll box in other sections of the
      // case page (scrollable-region-focusable; reported to the lead), not this check.
      await page.screenshot({ path: 'test-results/inkomen-keukentafelcheck-telefoon.png', fullPage: false });
      await context.close();
    },
  ],
];
