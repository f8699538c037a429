// SPDX-License-Identifier: EUPL-1.2
/** Browser flows of the resident's own page (issue 17), on a phone-sized window. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage, login } from './harness';
import { hasText, openCase, openTab, type Flow, assertNoSidewaysScroll } from './steps';

async function noSidewaysScroll(page: Page, where: string) {
  await assertNoSidewaysScroll(page, where);
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'Inwoner: Cindy leest op haar telefoon haar plan en geld, ziet wie meekeek, trekt de toestemming van de woningcorporatie in en stuurt haar regisseur een bericht',
    async ({ open }) => {
      const { page, context } = await open();
      await page.setViewportSize({ width: 375, height: 800 });
      await login(page, 'cindy');

      // Mijn plan: her own goal, what goes well, goals and who does what, her family, decisions in plain words.
      await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
      await hasText(page.locator('blockquote'), /eigen huis in Overvecht/);
      await page.getByRole('heading', { level: 2, name: 'Wie doet wat, en wanneer' }).waitFor();
      await hasText(page.getByRole('main'), 'Eigen woning voor Cindy en de kinderen');
      await hasText(page.getByRole('main'), 'Oma Ria');
      await hasText(page.getByRole('main'), /U had dit nodig: /);
      const planText = (await page.getByRole('main').textContent()) ?? '';
      assert.ok(!planText.includes('moe maar strijdbaar'), 'een interne notitie van de regisseur staat niet op de pagina van de inwoner');
      await noSidewaysScroll(page, 'Mijn plan');
      await checkPage(page, 'inwoner-mijn-plan');

      // She adds a worry to her plan.
      await page.getByLabel('Soort').selectOption({ label: 'Een zorg' });
      await page.getByLabel('Wat wilt u opschrijven').fill('Ik weet niet of de kinderen naar dezelfde school kunnen');
      await page.getByRole('button', { name: 'Toevoegen aan mijn plan' }).click();
      await hasText(page.getByRole('status'), 'Toegevoegd aan uw zorgen.');
      await hasText(page.getByRole('main'), 'dezelfde school');

      // Mijn geld: the payment from the maatwerkbudget and her income check in plain words.
      await page.getByRole('link', { name: 'Mijn geld' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn geld' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Waar heeft u recht op?' }).waitFor();
      await hasText(page.getByRole('main'), /Bijstand/);
      await hasText(page.getByRole('main'), /Waarom\? /);
      await noSidewaysScroll(page, 'Mijn geld');
      await checkPage(page, 'inwoner-mijn-geld');

      // Wie kijkt mee: who is involved and who looked at her file, then she withdraws the woningcorporatie's access.
      await page.getByRole('link', { name: 'Wie kijkt mee' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wie kijkt mee' }).waitFor();
      await hasText(page.getByRole('main'), /bekeek Sanne Bakker \(professional\) uw dossier, om u te helpen\./);
      await noSidewaysScroll(page, 'Wie kijkt mee');
      await checkPage(page, 'inwoner-wie-kijkt-mee');
      const mitros = page.getByRole('group', { name: 'Woningcorporatie Mitros' });
      await mitros.getByRole('button', { name: /Toestemming intrekken: Woningcorporatie Mitros mag uw plan en de afspraken lezen/ }).click();
      const confirm = mitros.getByRole('alertdialog', { name: 'Toestemming intrekken?' });
      await hasText(confirm, /mag Woningcorporatie Mitros vanaf nu niet meer uw plan en de afspraken lezen\. Dat geldt meteen\./);
      await checkPage(page, 'inwoner-toestemming-intrekken');
      await confirm.getByRole('button', { name: 'Ja, ik trek mijn toestemming in' }).click();
      await hasText(page.getByRole('status'), 'Uw toestemming is ingetrokken. Dit geldt meteen.');
      await hasText(mitros, 'nee, u heeft dit ingetrokken');

      // Contact: a message to her regisseur.
      await page.getByRole('link', { name: 'Contact' }).click();
      await page.getByRole('heading', { level: 1, name: 'Contact' }).waitFor();
      await page.getByLabel('Uw bericht').fill('Ik heb de toestemming voor Mitros ingetrokken. Kunnen we bellen?');
      await page.getByRole('button', { name: 'Bericht versturen' }).click();
      await hasText(page.getByRole('status'), /Uw bericht is verstuurd naar Sanne Bakker/);
      await hasText(page.getByRole('main'), 'Kunnen we bellen?');
      await noSidewaysScroll(page, 'Contact');
      await checkPage(page, 'inwoner-contact');
      await context.close();

      // Sanne sees the message and the withdrawal on the case.
      const sanne = await open('sanne');
      await openCase(sanne.page, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(sanne.page, 'Plan');
      const section = sanne.page.getByRole('region', { name: 'Samen met het huishouden' });
      await hasText(section, 'Kunnen we bellen?');
      await hasText(section, /Cindy trok de toestemming in: Woningcorporatie Mitros mag uw plan en de afspraken lezen/);
      await checkPage(sanne.page, 'inwoner-casus-regisseur');
      await sanne.context.close();
    },
  ],
];
