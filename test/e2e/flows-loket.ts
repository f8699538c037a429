// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 13 (escalation side) in the browser: a Utrecht professional escalates deliberately (level,
 * reason, deadline, a preview of what another organisation would receive with each removal
 * marked), the doorbraaktafel hands over to the Landelijk Maatwerkloket, the loket decides
 * "overbrugd" with Mitros as provisional funder, Mitros accepts, the loket settles and corrects.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { alertWith, choose, hasText, openCase, openTab, type Flow } from './steps';

async function fitsPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth || el.scrollWidth > el.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)}px)`),
  );
  assert.ok(overflow <= 0, `${what} scrolt ${overflow}px opzij op 375 px: ${wide.join(', ')}`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'loket: Utrecht escaleert met voorbeeld, de doorbraaktafel draagt over, het loket overbrugt met Mitros, Mitros accepteert, afrekening en correctie; ook op een telefoon',
    async ({ open }) => {
      // Sanne opens the knelpunt from Cindy's case and prepares the escalation.
      const sanne = await open('sanne');
      let page = sanne.page;
      await openCase(page, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(page, 'Knelpunten');
      await page.getByRole('link', { name: /^Kinderopvangtoeslag behouden/ }).click();
      await page.getByRole('heading', { level: 1, name: /Kinderopvangtoeslag behouden/ }).waitFor();
      const esc = page.getByRole('region', { name: 'Escaleren' });
      // First she looks at what the Landelijk Maatwerkloket would receive: the phone number she typed is marked as removed.
      await choose(esc.getByLabel('Naar trede'), '4. Landelijk Maatwerkloket (Landelijk Maatwerkloket (PMM)), 10 werkdagen');
      await esc.getByLabel('Reden', { exact: true }).fill('Cindy is bereikbaar op 06-12345678; de toeslag stopt deze maand');
      await esc.getByRole('button', { name: 'Voorbeeld en termijn bekijken' }).click();
      await hasText(esc, /Landelijk Maatwerkloket \(PMM\) ontvangt precies het volgende/);
      await esc.locator('del', { hasText: '06-12345678' }).waitFor();
      await esc.locator('mark', { hasText: '[telefoonnummer]' }).first().waitFor();
      await checkPage(page, 'loket-escaleren-voorbeeld');
      await fitsPhone(page, 'het voorbeeld van de overdracht');
      // She decides to go to the own doorbraaktafel first: the deadline is shown before she confirms.
      await choose(esc.getByLabel('Naar trede'), '2. Doorbraaktafel Utrecht, 5 werkdagen');
      await esc.getByLabel('Reden', { exact: true }).fill('Met de teamleider besproken; eerst de eigen doorbraaktafel');
      await esc.getByRole('button', { name: 'Voorbeeld en termijn bekijken' }).click();
      await hasText(esc, /Naar Doorbraaktafel Utrecht: besluit uiterlijk \d{1,2} [a-z]+ \d{4}/);
      await hasText(esc, /er gaat niets naar een andere organisatie/);
      await esc.getByRole('button', { name: 'Escalatie bevestigen' }).click();
      await hasText(page.getByRole('status'), /Geëscaleerd naar Doorbraaktafel Utrecht; besluit uiterlijk/);
      await checkPage(page, 'loket-knelpunt');
      await sanne.context.close();

      // Fatima (doorbraaktafel) sees the Omgekeerde Toets, the cost of waiting, Elders opgelost, and refers to the loket.
      const fatima = await open('fatima');
      page = fatima.page;
      await page.getByRole('heading', { level: 1, name: 'Doorbraaktafel' }).waitFor();
      await choose(page.getByLabel('Trede', { exact: true }), '2. Doorbraaktafel Utrecht (5 werkdagen)');
      const card = page.getByRole('article').filter({ hasText: 'Kinderopvangtoeslag behouden' });
      await hasText(card, /Omgekeerde Toets: doel van de regel/);
      await hasText(card, /Elders opgelost/);
      await checkPage(page, 'loket-doorbraaktafel-kaart');
      await card.getByRole('button', { name: /^Besluiten/ }).click();
      await choose(card.getByLabel('Besluit', { exact: true }), 'Doorverwezen');
      await card.getByLabel('Toelichting').fill('Wetten botsen over gemeente en Rijk heen: naar het Landelijk Maatwerkloket');
      await choose(card.getByLabel('Naar trede'), 'Landelijk Maatwerkloket');
      await card.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await hasText(page.getByRole('status'), /Besluit vastgelegd: doorverwezen/);
      await fatima.context.close();

      // The loket logs in to a desk with waiting hand-overs, opens this one and bridges with Mitros as provisional funder.
      const loket = await open('loket');
      page = loket.page;
      await page.getByRole('heading', { level: 1, name: 'Doorbraaktafel' }).waitFor();
      await hasText(page.getByRole('table'), /Kinderopvangtoeslag behouden/);
      await checkPage(page, 'loket-wachtrij');
      await page.getByRole('link', { name: 'Overdrachten en overbruggingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overdrachten en besluiten' }).waitFor();
      await checkPage(page, 'loket-bureau');
      await page.getByRole('link', { name: /Kinderopvangtoeslag behouden/ }).first().click();
      await page.getByRole('heading', { level: 1, name: /Kinderopvangtoeslag behouden/ }).waitFor();
      const main = (await page.getByRole('main').textContent()) ?? '';
      assert.ok(!/Cindy|Noah|Lisa/.test(main), 'geen namen in de overdracht zonder toestemming');
      await hasText(page.getByRole('region', { name: 'Omgekeerde Toets' }), /Doel van de regel/);
      await checkPage(page, 'loket-overdracht');
      await choose(page.getByLabel('Besluit', { exact: true }), 'Overbrugd: de hulp start nu, financiering volgt');
      await page.getByLabel('Toelichting').fill('Opvang loopt door; Mitros financiert de woonkosten voor tot de toeslag is hersteld');
      await page.getByLabel('Welke hulp start').fill('Woonlasten en kinderopvang drie maanden doorbetalen');
      await choose(page.getByLabel('Voorlopige financier (soort)'), 'Woningcorporatie');
      await page.getByLabel('Voorlopig bedrag in euro').fill('3.000');
      await choose(page.getByLabel('Organisatie die voorfinanciert'), 'Woningcorporatie Mitros');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await hasText(page.getByRole('status'), /Woningcorporatie Mitros is gevraagd de overbrugging te accepteren/);
      await loket.context.close();

      // Mirjam (Mitros) accepts to fund provisionally.
      const mirjam = await open('mirjam');
      page = mirjam.page;
      await page.goto('/loket');
      const ob = page.getByRole('article', { name: /Woonlasten en kinderopvang/ });
      await hasText(ob, /Wacht op akkoord van de financier/);
      await checkPage(page, 'loket-mitros-akkoord');
      await ob.getByRole('button', { name: /Accepteren of weigeren/ }).click();
      await ob.getByLabel('Toelichting').fill('Mitros financiert voor');
      await ob.getByRole('button', { name: 'Accepteren: wij financieren voor' }).click();
      await hasText(page.getByRole('status'), /U financiert voor/);
      await mirjam.context.close();

      // The loket settles, then corrects the settlement by a reversing entry with a reason; the ledger shows euros.
      const loket2 = await open('loket');
      page = loket2.page;
      await page.goto('/loket');
      const ob2 = page.getByRole('article', { name: /Woonlasten en kinderopvang/ });
      await ob2.getByRole('button', { name: /^Afrekenen/ }).click();
      await choose(ob2.getByLabel('Financier 1'), 'Woningcorporatie');
      await ob2.getByLabel('Bedrag 1 in euro').fill('1.000');
      await ob2.getByRole('button', { name: 'Financier toevoegen' }).click();
      await choose(ob2.getByLabel('Financier 2'), 'Gemeente (Wmo)');
      await ob2.getByLabel('Bedrag 2 in euro').fill('2.000');
      await ob2.getByRole('button', { name: 'Afrekenen', exact: true }).click();
      await hasText(page.getByRole('status'), /Afgerekend: Woonlasten/);
      const ob3 = page.getByRole('article', { name: /Woonlasten en kinderopvang/ });
      await ob3.getByRole('button', { name: /Afrekening corrigeren/ }).click();
      // The shares are listed largest first: the municipality (Wmo), then Mitros.
      await ob3.getByLabel('Bedrag 1 in euro').fill('500');
      await ob3.getByLabel('Bedrag 2 in euro').fill('2.500');
      await ob3.getByRole('button', { name: 'Correctie boeken' }).click();
      await alertWith(page, /Reden van de correctie: /);
      await ob3.getByLabel('Reden van de correctie').fill('Mitros neemt de woonlasten voor zijn rekening');
      await ob3.getByRole('button', { name: 'Correctie boeken' }).click();
      await hasText(page.getByRole('status'), /Afrekening gecorrigeerd/);
      const ledger = page.getByRole('article', { name: /Woonlasten en kinderopvang/ }).getByRole('table');
      await hasText(ledger, /Tegenboeking/);
      await hasText(ledger, /-€ 1\.000,00/);
      await hasText(page.getByRole('table', { name: 'Doorlooptijd en termijn per trede' }), /Referentie: Landelijk Maatwerkloket 2024/);
      await checkPage(page, 'loket-overbrugging-gecorrigeerd');
      await fitsPhone(page, 'het bureau van het loket');
      await loket2.context.close();
    },
  ],
  [
    'Maatwerkregister: zoeken op onderwerp en regio, de beheerder voegt een contact toe',
    async ({ open }) => {
      const { context, page } = await open('beheer');
      await page.getByRole('link', { name: 'Maatwerkregister' }).click();
      await page.getByRole('heading', { level: 1, name: 'Maatwerkregister' }).waitFor();
      await page.getByLabel('Gemeente of regio').fill('Utrecht');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await hasText(page.getByRole('table'), /Mitros/);
      await checkPage(page, 'maatwerkregister');
      await page.getByRole('button', { name: 'Contact toevoegen' }).click();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await alertWith(page, /Organisatie: /);
      await page.getByLabel('Organisatie', { exact: true }).last().fill('UWV Utrecht');
      await page.getByLabel('Naam', { exact: true }).fill('Petra Smit');
      await page.getByLabel('Telefoon').fill('+31 30 123 4567');
      await page.getByLabel('Onderwerpen').fill('WW, Participatiewet');
      await page.getByLabel('Gemeente of regio').last().fill('Utrecht');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await hasText(page.getByRole('status'), /Petra Smit staat in het register/);
      await fitsPhone(page, 'het Maatwerkregister');
      await context.close();
    },
  ],
];
