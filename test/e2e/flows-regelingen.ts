// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser flows of the policy adviser's income screens (issue 15, ADR 0024): Tilburg's policy
 * adviser enters a scheme of the municipality (first refused, naming the field), saves it as a new
 * version, opens the printable minima-effect report that uses it, and sizes the Bestaansbalans fund
 * for 12,000 households with progress and a chart; also on a phone.
 */
import assert from 'node:assert/strict';
import { checkPage } from './harness';
import { alertWith, assertNoSidewaysScroll, hasText, type Flow } from './steps';

export const FLOWS: Array<[string, Flow]> = [
  [
    'Regelingen: de beleidsadviseur in Tilburg voert een eigen regeling in, ziet een foutmelding, slaat op en drukt de minima-effectrapportage ermee af',
    async ({ open }) => {
      const { context, page } = await open('femke');
      await page.getByRole('link', { name: 'Gemeentelijke regelingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gemeentelijke regelingen' }).waitFor();
      // The demo's examples are data of the organisation, labelled illustrative on screen.
      await hasText(page.getByRole('main'), 'Illustratief: de bedragen zijn voorbeelden');
      const schemes = page.getByRole('table', { name: 'Regelingen in deze versie' });
      await hasText(schemes, 'Kindpakket');
      await checkPage(page, 'regelingen');

      const form = page.getByRole('form', { name: 'Regeling toevoegen' });
      await form.getByLabel('Soort regeling').selectOption({ label: 'Bijzondere bijstand (budget)' });
      await form.getByLabel('Naam').fill('Meedoenbudget');
      await form.getByLabel('Inkomensgrens (% van het sociaal minimum)').fill('90');
      await form.getByLabel('Alleenstaande, per jaar (euro)').fill('150');
      await form.getByLabel('Alleenstaande ouder, per jaar (euro)').fill('200');
      await form.getByLabel('Gehuwden of samenwonenden, per jaar (euro)').fill('250');
      await form.getByLabel('Verordening', { exact: true }).fill('Verordening meedoenbudget Tilburg (voorbeeld)');
      await form.getByLabel('Artikel').fill('art. 2');
      await form.getByLabel('Vindplaats van de bedragen').fill('Voorbeeld voor de demo, geen echte verordening');
      await form.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
      // The API refuses the limit and names the field; the form points at it.
      await alertWith(page, 'Inkomensgrens: moet een geheel getal van 100 tot en met 200 zijn');
      await checkPage(page, 'regelingen-fout');
      await form.getByLabel('Inkomensgrens (% van het sociaal minimum)').fill('120');
      await form.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
      await hasText(page.getByRole('status').filter({ hasText: 'De nieuwe versie' }), /De nieuwe versie geldt vanaf/);
      await hasText(schemes, 'Meedoenbudget');
      await hasText(schemes, 'alleenstaande € 150,00');
      const versions = page.getByRole('table', { name: 'Versies van de gemeentelijke regelingen' });
      assert.equal(await versions.getByRole('row').count(), 3, 'kop, de nieuwe versie en het voorbeeld');
      const main = (await page.getByRole('main').textContent()) ?? '';
      assert.ok(!/\d{4}-\d{2}-\d{2}/.test(main), 'geen ISO-datum op het scherm');

      // The export is the version in force, as JSON that can be imported again.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als JSON' }).click()]);
      assert.match(download.suggestedFilename(), /^gemeentelijke-regelingen-vanaf-\d{4}-\d{2}-\d{2}\.json$/);

      // The minima-effect report with these schemes: the printable report names them.
      await page.getByRole('link', { name: 'Minima-effectrapportage met deze regelingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Minima-effectrapportage' }).waitFor();
      await page.getByRole('button', { name: 'Rapport maken' }).click();
      await page.getByRole('heading', { level: 2, name: /Tilburg \(eigen regelingen vanaf/ }).waitFor();
      const [report] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Afdrukbaar rapport openen' }).click()]);
      await report.waitForURL(/^blob:/);
      await report.getByRole('heading', { level: 1, name: /Minima-effectrapportage Tilburg/ }).waitFor();
      await hasText(report.locator('body'), 'Meedoenbudget');
      await hasText(report.locator('body'), 'illustratief voorbeeldbeleid');
      await report.close();

      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto('/beleid/regelingen');
      await page.getByRole('heading', { level: 1, name: 'Gemeentelijke regelingen' }).waitFor();
      await assertNoSidewaysScroll(page, 'Gemeentelijke regelingen');
      await checkPage(page, 'regelingen-telefoon');
      await context.close();
    },
  ],
  [
    'Simulaties: de beleidsadviseur in Tilburg bepaalt het Bestaansbalans-fonds voor 12.000 huishoudens, met voortgang en grafiek; ook op een telefoon',
    async ({ open }) => {
      const { context, page } = await open('femke');
      await page.getByRole('link', { name: 'Simulaties' }).click();
      await page.getByRole('heading', { level: 1, name: 'Simulaties: Bestaansbalans-fonds' }).waitFor();
      // A mistake is named by its field.
      await page.getByLabel('Gewenste zekerheid (%)').fill('100');
      await page.getByRole('button', { name: 'Simulatie starten' }).click();
      await alertWith(page, 'Zekerheid: moet een getal van 50 tot en met 99,9 zijn');
      await page.getByLabel('Gewenste zekerheid (%)').fill('95');
      assert.equal(await page.getByLabel('Aantal huishoudens').inputValue(), '12000');
      await page.getByRole('button', { name: 'Simulatie starten' }).click();
      await page.getByLabel('Voortgang').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Uitkomst' }).waitFor({ timeout: 120_000 });
      await hasText(page.getByRole('main'), '12.000 van 12.000 huishoudens doorgerekend');
      await hasText(page.getByRole('main'), 'Fondsomvang bij 95% zekerheid (schatting)');
      await page.getByRole('img', { name: /Voorschot van het fonds per maand/ }).waitFor();
      const table = page.getByRole('table', { name: 'Voorschot van het fonds per maand' });
      assert.equal(await table.getByRole('row').count(), 1 + 36 + 2, 'kop, 36 loonmaanden en 2 maanden verrekening');
      await hasText(page.getByRole('main'), /Verdwenen maanden/);
      await checkPage(page, 'simulaties');
      // The minima-effect for every household type at once, with the organisation's schemes.
      await page.getByRole('button', { name: 'Alle huishoudtypen doorrekenen' }).click();
      const all = page.getByRole('table', { name: /Besteedbaar inkomen per maand, Tilburg/ });
      await all.waitFor();
      assert.equal(await all.getByRole('row').count(), 7, 'kop en zes huishoudtypen');
      await page.setViewportSize({ width: 375, height: 800 });
      await assertNoSidewaysScroll(page, 'Simulaties');
      await checkPage(page, 'simulaties-telefoon');
      await context.close();
    },
  ],
];
