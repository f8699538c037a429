// SPDX-License-Identifier: EUPL-1.2
/** Browser flows for issue 12 §2–3: signal rules with the fairness guard, signals for the regisseur, and the follow-up from doorbraak to beleid. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { alertWith, hasText, openCase, openTab, type Flow, assertNoSidewaysScroll } from './steps';

async function fitsPhone(page: Page, path: string, what: string, ready: () => Promise<void>) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(path);
  await ready();
  await assertNoSidewaysScroll(page, what);
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'Signaalregels: Tilburg ziet welke regels hun plek verdienen, de toets weigert nationaliteit, het Algoritmeregister; ook op een telefoon',
    async ({ open }) => {
      const { context, page } = await open('femke');
      await page.getByRole('link', { name: 'Signaalregels' }).click();
      await page.getByRole('heading', { level: 1, name: 'Signaalregels' }).waitFor();
      const noisy = page.getByRole('row').filter({ hasText: 'Huurachterstand en baanverlies' });
      await hasText(noisy, 'Veel ruis');
      await hasText(page.getByRole('row').filter({ hasText: 'Scheiding, bijstand en woning' }), 'Werkt');
      await checkPage(page, 'signaalregels');

      // The editor: a rule on nationality is refused with the reason, and nothing typed is lost.
      await page.getByLabel('Naam').fill('Proef met nationaliteit');
      await page.getByLabel('Doel').fill('Vroeg hulp bieden');
      await page.getByLabel('Wettelijke grondslag').fill('Wmo 2015 art. 2.3.2');
      await page.getByLabel('Eigenaar').fill('Team Sociaal Domein');
      await page.getByLabel('Baan verloren').check();
      await page.getByLabel('Melding huurachterstand').check();
      await page.getByLabel('Extra kenmerk (optioneel)').fill('nationaliteit');
      await page.getByRole('button', { name: 'Regel opslaan' }).click();
      await alertWith(page, /Nationaliteit is een beschermd kenmerk/);
      assert.equal(await page.getByLabel('Naam').inputValue(), 'Proef met nationaliteit');
      await checkPage(page, 'signaalregels-toets-weigert');

      // The register page of Tilburg's rule, readable, with the human in the loop.
      await page.getByRole('link', { name: 'Scheiding, bijstand en woning' }).click();
      await page.getByRole('heading', { level: 1, name: 'Scheiding, bijstand en woning' }).waitFor();
      await hasText(page.getByRole('main'), /nooit naar handhaving/);
      await page.getByRole('button', { name: 'Download als JSON' }).waitFor();
      await checkPage(page, 'algoritmeregister');

      await fitsPhone(page, '/signaalregels', 'Signaalregels', () => page.getByRole('heading', { level: 2, name: 'Verdient elke regel zijn plek?' }).waitFor());
      await checkPage(page, 'signaalregels-telefoon');
      await context.close();
    },
  ],
  [
    'Signalen: de regisseur ziet het signaal op zijn lijst en pakt het op; een gebeurtenis op de casus laat een regel afgaan; handhaving ziet niets',
    async ({ open }) => {
      const bram = await open('bram');
      const page = bram.page;
      await page.getByRole('link', { name: 'Signalen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
      const card = page.getByRole('listitem').filter({ hasText: 'gezin Verbeek' });
      await hasText(card, 'Scheiding, bijstand en woning');
      await checkPage(page, 'signalen');
      await card.getByRole('button', { name: 'Oppakken' }).click();
      await alertWith(page, /minstens vijf tekens/);
      await card.getByLabel('Wat doet u ermee, en waarom?').fill('Huisbezoek gepland met de schuldhulpverlening');
      await card.getByRole('button', { name: 'Oppakken' }).click();
      await hasText(page.getByRole('listitem').filter({ hasText: 'gezin Verbeek' }), /Opgepakt door Bram Mulder/);

      // On the Smits case: a scheiding recorded now completes the combination within 90 days.
      await openCase(page, /gezin Smits/, 'Smits');
      await openTab(page, 'Gebeurtenissen en signalen');
      const section = page.getByRole('region', { name: 'Gebeurtenissen en signalen' });
      await section.getByLabel('Gebeurtenis of aanvraag').selectOption({ label: 'Scheiding vastgelegd' });
      await section.getByRole('button', { name: 'Gebeurtenis vastleggen' }).click();
      await hasText(page.getByRole('status'), /Signaal: Scheiding, bijstand en woning/);
      await section.getByRole('heading', { level: 3, name: 'Scheiding, bijstand en woning' }).waitFor();
      await checkPage(page, 'casus-gebeurtenissen-signaal');
      await bram.context.close();

      const henk = await open('henk');
      assert.equal(await henk.page.getByRole('link', { name: 'Signalen', exact: true }).count(), 0, 'handhaving heeft geen signalen in het menu');
      await henk.page.goto('/signalen');
      await alertWith(henk.page, /nooit naar handhaving/);
      await henk.context.close();
    },
  ],
  [
    'Van doorbraak naar beleid: Tilburg volgt een voorstel tot een gewijzigde regel en ziet de knelpunten dalen; Mitros antwoordt Utrecht',
    async ({ open }) => {
      const femke = await open('femke');
      let page = femke.page;
      await page.getByRole('link', { name: 'Van doorbraak naar beleid' }).click();
      await page.getByRole('heading', { level: 1, name: 'Van doorbraak naar beleid' }).waitFor();
      await hasText(page.getByRole('row').filter({ hasText: 'Huisvestingsverordening art. 2.6.4 (urgentie)' }), 'Ingevoerd');
      await checkPage(page, 'beleid-opvolging');
      await page.getByRole('link', { name: 'Huisvestingsverordening art. 2.6.4 (urgentie)' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Huisvestingsverordening art. 2.6.4 (urgentie)' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Effect: knelpunten op deze regel' }).waitFor();
      const before = page.getByRole('row').filter({ hasText: 'Voor de wijziging' });
      const after = page.getByRole('row').filter({ hasText: 'Na de wijziging' }).first();
      const count = async (row: typeof before) => Number(((await row.getByRole('cell').nth(3).textContent()) ?? '').trim());
      const [b, a] = [await count(before), await count(after)];
      assert.ok(a < b, `de knelpunten dalen na de wijziging (${b} ervoor, ${a} erna)`);
      await checkPage(page, 'beleid-voorstel-effect');

      // The proposal on the agenda of a meeting two weeks from now cannot be decided today: the refusal shows.
      await page.getByRole('link', { name: 'Terug naar Van doorbraak naar beleid' }).click();
      await page.getByRole('link', { name: /^Participatiewet/ }).first().click();
      await page.getByRole('heading', { level: 2, name: /Volgende stap: besluit vastleggen/ }).waitFor();
      await page.getByLabel('Reden').fill('Past in de aanpak van de regisseurs');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await alertWith(page, /vóór de vergadering/);
      await checkPage(page, 'beleid-voorstel-weigering');

      await fitsPhone(page, '/beleid/opvolging', 'Van doorbraak naar beleid', () => page.getByRole('heading', { level: 2, name: 'Voorstellen per fase' }).waitFor());
      await checkPage(page, 'beleid-opvolging-telefoon');
      await femke.context.close();

      // Mitros received Utrecht's proposal with the count of knelpunten only, and answered; Utrecht sees the answer.
      const mirjam = await open('mirjam');
      page = mirjam.page;
      await page.getByRole('link', { name: 'Van doorbraak naar beleid' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Gemeente Utrecht' });
      await hasText(row, /Gegeven op/);
      await checkPage(page, 'beleid-ontvangen');
      await mirjam.context.close();
      const pieter = await open('pieter');
      page = pieter.page;
      await page.getByRole('link', { name: 'Van doorbraak naar beleid' }).click();
      await page.getByRole('link', { name: /^Toewijzingsregels Woningcorporatie Mitros/ }).first().click();
      await page.getByRole('heading', { level: 2, name: 'Antwoord van Woningcorporatie Mitros' }).waitFor();
      await checkPage(page, 'beleid-antwoord');
      await pieter.context.close();
    },
  ],
];
