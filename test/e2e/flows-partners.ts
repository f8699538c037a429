// SPDX-License-Identifier: EUPL-1.2
/**
 * Partners in the plan and the joint fund with the insurer in the browser (ADR 0017): sanne invites
 * Mitros's yvonne to Cindy's case with Cindy's consent; yvonne sees exactly her organisation's
 * actions, updates one and writes to sanne; sanne sees it and records Cindy's withdrawal; yvonne
 * loses access at once. Sjoerd of De Friesland sees the joint fund by case number only, co-decides a
 * spend above the mandate and confirms the settlement. Every page axe-scanned and photographed; the
 * partner's and the fund's pages fit 375 px.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { alertWith, choose, hasText, openCase, openTab, type Flow, assertNoSidewaysScroll } from './steps';

async function fitsPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(200);
  await assertNoSidewaysScroll(page, what);
  await page.setViewportSize({ width: 1280, height: 900 });
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'partners in het plan: sanne nodigt yvonne van Mitros uit met toestemming, yvonne werkt haar actie bij en schrijft, toestemming ingetrokken',
    async ({ open }) => {
      const sanne = await open('sanne');
      const sp = sanne.page;
      // The title may have been changed by an earlier flow (flows.ts renames Cindy's case).
      await openCase(sp, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(sp, 'Plan');
      const section = sp.getByRole('region', { name: 'Partners in het plan' });
      await hasText(section, 'Schuldhulpverlening Utrecht');
      await section.getByRole('button', { name: 'Partner uitnodigen' }).click();
      const form = sp.getByRole('form', { name: 'Partner uitnodigen' });
      await choose(form.getByLabel('Betrokken partij'), 'Woningcorporatie Mitros');
      await choose(form.getByLabel('Organisatie van de partner'), 'Woningcorporatie Mitros');
      await form.getByLabel('Gebruikersnaam of e-mailadres van de professional').fill('yvonne');
      await form.getByLabel('Doel', { exact: true }).fill('Een passende woning in Overvecht aanbieden en de verhuizing begeleiden');
      // Without the resident's consent ticked nothing is sent.
      await form.getByRole('button', { name: 'Uitnodigen met toestemming' }).click();
      await alertWith(sp, 'Toestemming');
      await form.getByLabel(/Cindy geeft toestemming/).check();
      await checkPage(sp, 'partner-uitnodigen');
      await form.getByRole('button', { name: 'Uitnodigen met toestemming' }).click();
      await hasText(sp.getByRole('status'), 'Yvonne de Graaf is uitgenodigd');
      await hasText(section, 'Meekijken toegestaan');

      const yvonne = await open('yvonne');
      const yp = yvonne.page;
      await yp.getByRole('heading', { level: 1, name: 'Meekijken als partner' }).waitFor();
      await checkPage(yp, 'partner-uitnodigingen');
      await yp.getByRole('link', { name: 'Huishouden van Cindy' }).click();
      await yp.getByRole('heading', { level: 1, name: 'Huishouden van Cindy' }).waitFor();
      const main = yp.getByRole('main');
      await hasText(main, 'Woning aanbieden in Overvecht');
      await hasText(main, 'Bezichtiging plannen met Cindy en de kinderen');
      await hasText(main, 'Noah');
      const text = (await main.textContent()) ?? '';
      for (const never of ['Schulden in kaart brengen', 'Aanmelding schuldhulpverlening', 'Urgentieaanvraag', '1991', 'moe maar strijdbaar', 'Na de scheiding', 'eigen woning in zicht']) assert.ok(!text.includes(never), `de partner ziet niet "${never}"`);
      await checkPage(yp, 'partner-casus');
      const row = yp.getByRole('form', { name: 'Status van Woning aanbieden in Overvecht' });
      await row.getByLabel('Status van "Woning aanbieden in Overvecht"').selectOption({ label: 'Gedaan' });
      await row.getByRole('button', { name: 'Status opslaan' }).click();
      await hasText(yp.getByRole('status'), 'Opgeslagen.');
      await yp.getByLabel('Kort bericht aan Sanne Bakker').fill('De woning aan de Gentiaandreef is vrij; Cindy kan donderdag kijken.');
      await yp.getByRole('button', { name: 'Bericht versturen' }).click();
      await hasText(yp.getByRole('status'), 'Uw bericht is verstuurd naar Sanne Bakker');
      await fitsPhone(yp, 'de casus voor de partner');

      await sp.reload();
      await hasText(section, 'De woning aan de Gentiaandreef is vrij');
      await hasText(sp.getByRole('region', { name: 'Plan', exact: true }), 'Gedaan');
      const card = section.getByRole('article', { name: /Yvonne de Graaf/ });
      await card.getByRole('button', { name: 'Toestemming intrekken' }).click();
      await card.getByLabel('Reden (wat de inwoner zei)').fill('Cindy wil zelf met de corporatie verder');
      await card.getByRole('button', { name: 'Intrekken, toegang direct stoppen' }).click();
      await hasText(card, 'Toestemming ingetrokken door de inwoner');
      await checkPage(sp, 'partner-toestemming-ingetrokken');

      await yp.reload();
      await yp.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await alertWith(yp, 'toestemming ingetrokken');
      await checkPage(yp, 'partner-geen-toegang');
      await sanne.context.close();
      await yvonne.context.close();
    },
  ],
  [
    'gezamenlijk fonds: sjoerd van De Friesland ziet het fonds op casusnummer, beslist mee over een uitgave en bevestigt de afrekening',
    async ({ open }) => {
      const { context, page } = await open('sjoerd');
      await page.getByRole('link', { name: 'Gezamenlijke fondsen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gezamenlijke fondsen' }).waitFor();
      await checkPage(page, 'fondsen');
      await page.getByRole('link', { name: /Gezamenlijk fonds zorg in het grijze gebied/ }).click();
      await page.getByRole('heading', { level: 1, name: /Gezamenlijk fonds zorg in het grijze gebied/ }).waitFor();
      const main = page.getByRole('main');
      await hasText(main, 'Casus 1');
      await hasText(main, 'In dit tempo');
      const text = (await main.textContent()) ?? '';
      for (const never of ['Tjitske', 'Wiebe', 'Zorgboerderij', 'heupoperatie', 'Parkinson']) assert.ok(!text.includes(never), `De Friesland ziet niet "${never}"`);
      await checkPage(page, 'fonds');
      const waiting = page.getByRole('region', { name: 'Wacht op uw beslissing' });
      const card = waiting.getByRole('article', { name: /Casus 1: .*3\.400,00/ });
      await hasText(card, 'Wacht op het akkoord van De Friesland Zorgverzekeraar');
      await card.getByLabel('Toelichting (verplicht bij afwijzen)').fill('Respijtzorg voorkomt een duurdere opname; akkoord.');
      await card.getByRole('button', { name: 'Akkoord geven' }).click();
      await hasText(page.getByRole('status'), /toegekend\. Goedgekeurd door beide financiers/);
      await hasText(waiting, 'Er wacht geen uitgave op uw beslissing.');
      const settlement = page.getByRole('region', { name: 'Afrekening per financier' });
      await settlement.getByRole('button', { name: 'Afrekening bevestigen' }).click();
      await hasText(settlement, 'bevestigd door Sjoerd Hoekstra');
      await hasText(settlement, 'Klopt nog');
      await checkPage(page, 'fonds-bevestigd');
      await fitsPhone(page, 'het gezamenlijk fonds');
      await context.close();
    },
  ],
];
