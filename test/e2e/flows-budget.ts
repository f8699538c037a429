// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 16, the budgethouder's day in the browser: Joost creates a joint fund with a second funder
 * and a split rule, sets and ends mandates, changes the split rule; Sanne spends above and within
 * her mandate; Joost approves on a card that names the exceeded mandate, corrects and cancels a
 * spend with a reason and sees the history, and downloads the settlement per funder; Sanne gets the
 * melding that leads to the case's budget. Also on a phone-sized window.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { alertWith, assertNoSidewaysScroll, caseIdFromUrl, cellIs, choose, hasText, openCase, openTab, type Flow } from './steps';

async function atPhoneWidth(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(300);
  await assertNoSidewaysScroll(page, what);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Choose the option whose text contains `part` (its full label carries a team name). */
async function chooseContaining(select: ReturnType<Page['getByLabel']>, part: string) {
  const option = select.locator('option', { hasText: part }).first();
  await option.waitFor({ state: 'attached' });
  await select.selectOption({ label: ((await option.textContent()) ?? '').trim() });
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'budgethouder beheert: gezamenlijk fonds met verdeelregel aanmaken en wijzigen, mandaten, akkoord boven het mandaat, corrigeren en annuleren met geschiedenis, afrekening downloaden; de professional krijgt een melding; ook op een telefoon',
    async ({ open }) => {
      const stamp = Date.now().toString(36).slice(-4);
      const potName = `Fonds jongeren en zorg ${stamp}`;
      const joost = await open('joost');
      let page = joost.page;
      await page.getByRole('link', { name: 'Budgetten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Budgetten' }).waitFor();

      // A new pot: a joint fund with a health insurer paying 40% of every spend.
      await page.getByRole('button', { name: 'Nieuw budget' }).click();
      const newPot = page.getByRole('form', { name: 'Nieuw budget' });
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), 'name', 'de focus staat op het eerste veld');
      await newPot.getByLabel('Naam', { exact: true }).fill(potName);
      await newPot.getByLabel('Doel').fill('Jongeren tot 27 houden hun opleiding en hun zorg, ook als regels elkaar in de weg zitten.');
      await newPot.getByLabel('Bedrag in euro').fill('20.000');
      for (const c of ['Vervoer', 'Kinderen', 'Zorg in het grijze gebied']) await newPot.getByLabel(c, { exact: true }).check();
      await newPot.getByLabel(/^Gezamenlijk fonds met een tweede financier/).check();
      await newPot.getByLabel('Naam van de tweede financier').fill('Zorgverzekeraar Midden');
      await newPot.getByRole('button', { name: 'Budget aanmaken' }).click();
      await alertWith(page, 'Aandeel tweede financier: vul een percentage in, zoals 50');
      await newPot.getByLabel('Aandeel van de tweede financier in procenten').fill('40');
      await checkPage(page, 'budget-nieuw-fonds');
      await newPot.getByRole('button', { name: 'Budget aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: potName }).waitFor();
      const potUrl = new URL(page.url()).pathname;
      await hasText(page.getByRole('main'), /Tweede financier\s*Zorgverzekeraar Midden/);
      await hasText(page.getByRole('main'), /Budget\s*€ 20\.000,00/);

      // Mandates: every professional up to € 500 per spend; a personal one for Sanne, then ended.
      const mandates = page.getByRole('region', { name: 'Mandaten' });
      await hasText(mandates, 'Er zijn nog geen mandaten: elke uitgave wacht op akkoord.');
      await mandates.getByRole('button', { name: 'Mandaat toevoegen' }).click();
      let form = mandates.getByRole('form', { name: 'Mandaat toevoegen' });
      await choose(form.getByLabel('Rol', { exact: true }), 'Professional');
      await form.getByLabel('Maximum per uitgave in euro').fill('500');
      await form.getByLabel('Maximum per casus in de periode, in euro').fill('300');
      await form.getByRole('button', { name: 'Mandaat toevoegen' }).click();
      await alertWith(page, 'Maximum per casus: moet minstens even hoog zijn als het maximum per uitgave');
      await form.getByLabel('Maximum per casus in de periode, in euro').fill('1.500');
      await form.getByRole('button', { name: 'Mandaat toevoegen' }).click();
      await hasText(mandates.getByRole('status'), 'Mandaat toegevoegd: Iedere professional, € 500,00 per uitgave en € 1.500,00 per casus.');
      const roleRow = mandates.getByRole('row', { name: /Iedere professional/ });
      await cellIs(roleRow, 1, '€ 500,00');
      await cellIs(roleRow, 3, 'Alle categorieën van het budget');

      await mandates.getByRole('button', { name: 'Mandaat toevoegen' }).click();
      form = mandates.getByRole('form', { name: 'Mandaat toevoegen' });
      await choose(form.getByLabel('Voor wie'), 'Eén medewerker (persoonlijk mandaat)');
      await chooseContaining(form.getByLabel('Medewerker'), 'Sanne Bakker');
      await form.getByLabel('Maximum per uitgave in euro').fill('100');
      await form.getByLabel('Maximum per casus in de periode, in euro').fill('200');
      await form.getByLabel('Vervoer', { exact: true }).check();
      await form.getByRole('button', { name: 'Mandaat toevoegen' }).click();
      await hasText(mandates.getByRole('status'), 'Mandaat toegevoegd: Sanne Bakker (persoonlijk), € 100,00 per uitgave en € 200,00 per casus.');
      await cellIs(mandates.getByRole('row', { name: /Sanne Bakker \(persoonlijk\)/ }), 3, 'Vervoer');
      await checkPage(page, 'budget-mandaten');
      await mandates.getByRole('button', { name: 'Wijzigen mandaat: Sanne Bakker (persoonlijk)' }).click();
      form = mandates.getByRole('form', { name: /^Mandaat wijzigen: Sanne Bakker/ });
      await form.getByRole('button', { name: 'Mandaat beëindigen' }).click();
      await form.getByRole('button', { name: 'Ja, mandaat beëindigen' }).click();
      await hasText(mandates.getByRole('status'), 'Mandaat beëindigd: Sanne Bakker (persoonlijk).');
      await hasText(mandates.getByRole('row', { name: /Sanne Bakker \(persoonlijk\)/ }), /Beëindigd op \d{1,2} \w+ \d{4}/);

      // The split rule changes to 50% (If-Match underneath).
      await page.getByRole('button', { name: 'Budget wijzigen' }).click();
      const edit = page.getByRole('form', { name: 'Budget wijzigen' });
      await edit.getByLabel('Aandeel van de tweede financier in procenten').fill('50');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await hasText(page.getByRole('status'), `Budget opgeslagen: ${potName}, € 20.000,00.`);
      await atPhoneWidth(page, 'het budget met mandaten');
      await joost.context.close();

      // Sanne spends from the fund on Cindy's case: € 750 is above her mandate, € 120 within it.
      const sanne = await open('sanne');
      page = sanne.page;
      await openCase(page, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      const caseId = caseIdFromUrl(page);
      const caseTitle = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
      await openTab(page, 'Budget');
      const spend = async (amount: string, category: string, payee: string, description: string) => {
        await page.getByRole('button', { name: 'Uitgave registreren' }).click();
        const f = page.getByRole('form', { name: 'Uitgave registreren' });
        await choose(f.getByLabel('Budget', { exact: true }), potName);
        await f.getByLabel('Bedrag in euro').fill(amount);
        await choose(f.getByLabel('Categorie'), category);
        await f.getByLabel('Betaald aan').fill(payee);
        await f.getByLabel('Omschrijving').fill(description);
        await f.getByLabel('Waarom is dit nodig?').fill('Zonder dit valt de opleiding van de oudste weg; dat is het doel in het plan.');
        await f.getByRole('button', { name: 'Uitgave registreren' }).click();
      };
      await spend('750', 'Kinderen', 'Fietsenwinkel Overvecht', `Fiets en helm voor de oudste ${stamp}`);
      await hasText(page.getByRole('status'), /Uitgave van € 750,00 geregistreerd: wacht op akkoord budgethouder/);
      await page.getByRole('button', { name: 'Sluiten' }).click();
      await spend('120', 'Vervoer', 'U-OV', `OV-kaart voor een maand ${stamp}`);
      await hasText(page.getByRole('status'), /Uitgave van € 120,00 geregistreerd: toegekend/);
      await page.getByRole('button', { name: 'Sluiten' }).click();
      await sanne.context.close();

      // Joost approves on a card that says which mandate was exceeded and leads to the case's spends.
      const joost2 = await open('joost');
      page = joost2.page;
      await page.getByRole('link', { name: 'Akkoord op uitgaven' }).click();
      await page.getByRole('heading', { level: 1, name: 'Akkoord op uitgaven' }).waitFor();
      const card = page.getByRole('article').filter({ hasText: `Fiets en helm voor de oudste ${stamp}` });
      await hasText(card, 'Boven het mandaat van de professional: € 500,00 per uitgave; deze uitgave is € 750,00.');
      await card.getByRole('link', { name: new RegExp(`^${caseTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
      await page.getByRole('heading', { level: 1, name: potName }).waitFor();
      await hasText(page.getByRole('region', { name: 'Uitgaven' }).getByRole('status'), `2 uitgaven op de casus ${caseTitle}`);
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Akkoord op uitgaven' }).waitFor();
      await checkPage(page, 'budget-akkoord-mandaat');
      await atPhoneWidth(page, 'akkoord op uitgaven');
      await card.getByRole('button', { name: /^Goedkeuren/ }).click();
      await hasText(page.getByRole('status'), /Goedgekeurd: Fiets en helm .*\(€ 750,00\)\./);

      // The € 120 spend: a higher correction is refused in Dutch, a lower one is kept with its history, then cancelled.
      await page.goto(potUrl);
      await page.getByRole('heading', { level: 1, name: potName }).waitFor();
      const spends = page.getByRole('region', { name: 'Uitgaven' });
      await spends.getByRole('button', { name: `Bekijken OV-kaart voor een maand ${stamp} (€ 120,00)` }).click();
      const panel = page.getByRole('region', { name: `Uitgave: OV-kaart voor een maand ${stamp}` });
      await panel.getByRole('button', { name: /^Corrigeren/ }).click();
      const correct = panel.getByRole('form', { name: 'Uitgave corrigeren' });
      await correct.getByLabel('Bedrag in euro').fill('150');
      await correct.getByLabel('Reden van de correctie').fill('Factuur klopt niet');
      await correct.getByRole('button', { name: 'Correctie opslaan' }).click();
      await alertWith(page, /alleen naar een lager of gelijk bedrag \(nu € 120,00\)/);
      await correct.getByLabel('Bedrag in euro').fill('95,50');
      await correct.getByLabel('Reden van de correctie').fill('Studentenkorting op de factuur');
      await correct.getByRole('button', { name: 'Correctie opslaan' }).click();
      await hasText(panel.getByRole('status'), /Gecorrigeerd: OV-kaart .*\(€ 95,50\)/);
      const history = panel.getByRole('list', { name: 'Geschiedenis van de uitgave' });
      await hasText(history, /Gecorrigeerd door Joost Verhoeven, \d{1,2} \w+ \d{4}/);
      await hasText(history, 'Bedrag: € 120,00 → € 95,50');
      await hasText(history, 'Reden: Studentenkorting op de factuur');
      await panel.getByRole('button', { name: /^Annuleren OV-kaart/ }).click();
      const cancel = panel.getByRole('form', { name: 'Uitgave annuleren' });
      await cancel.getByRole('button', { name: 'Uitgave annuleren' }).click();
      await alertWith(page, /Reden van annuleren: /);
      await cancel.getByLabel('Reden van annuleren').fill('Gemeente vergoedt de OV-kaart al via de regeling');
      await cancel.getByRole('button', { name: 'Uitgave annuleren' }).click();
      await hasText(panel.getByRole('status'), /Geannuleerd: OV-kaart/);
      await hasText(history, 'Status: toegekend → geannuleerd');
      await hasText(history, 'Reden: Gemeente vergoedt de OV-kaart al via de regeling');
      await hasText(panel, /Status\s*Geannuleerd/);
      await checkPage(page, 'budget-uitgave-geschiedenis');
      await atPhoneWidth(page, 'de geschiedenis van een uitgave');

      // The settlement per funder: only the granted € 750 counts, split 50/50, on screen and as CSV.
      const settlement = page.getByRole('region', { name: 'Afrekening per financier' });
      const kinderen = settlement.getByRole('row', { name: /Kinderen/ });
      await cellIs(kinderen, 1, '€ 750,00');
      await cellIs(kinderen, 2, '50%');
      await cellIs(kinderen, 4, '€ 375,00');
      assert.equal(await settlement.getByRole('row', { name: /Vervoer/ }).count(), 0, 'de geannuleerde uitgave telt niet mee');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Afrekening per financier downloaden (CSV)' }).click()]);
      assert.match(download.suggestedFilename(), /^afrekening-fonds-jongeren-en-zorg-.*\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8');
      assert.match(csv, /Kinderen;750,00;50;375,00;375,00/);
      assert.match(csv, /Deel Zorgverzekeraar Midden \(euro\)/);
      const [summary] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Stand van het budget downloaden (CSV)' }).click()]);
      assert.match(readFileSync((await summary.path())!, 'utf8'), /Totaal;Toegekend;750,00;1/);
      const [summaryXlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Stand van het budget downloaden (Excel)' }).click()]);
      assert.match(summaryXlsx.suggestedFilename(), /^stand-fonds-jongeren-en-zorg-.*\.xlsx$/);
      assert.equal(readFileSync((await summaryXlsx.path())!).subarray(0, 2).toString('latin1'), 'PK', 'een Excel-bestand (zip)');
      await joost2.context.close();

      // Sanne's melding names the case and the date in Dutch, and leads to the case's budget.
      const sanne2 = await open('sanne');
      page = sanne2.page;
      const bell = page.getByRole('banner').getByRole('button', { name: /^Meldingen/ });
      await bell.click();
      const meldingen = page.getByRole('region', { name: 'Meldingen' });
      const item = meldingen.getByRole('listitem').filter({ hasText: `Uitgave goedgekeurd: Fiets en helm voor de oudste ${stamp} (€ 750,00)` });
      await hasText(item, new RegExp(`Joost Verhoeven heeft op \\d{1,2} \\w+ \\d{4} uw uitgave aan Fietsenwinkel Overvecht voor de casus "${caseTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" goedgekeurd\\.`));
      assert.doesNotMatch((await item.textContent()) ?? '', /\d{4}-\d{2}-\d{2}/);
      await atPhoneWidth(page, 'de meldingen');
      await checkPage(page, 'budget-melding-professional');
      await item.getByRole('link', { name: /^Naar het budget van de casus/ }).click();
      await page.waitForURL(`**/casussen/${caseId}/budget`);
      await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).locator('[aria-current="page"]', { hasText: 'Budget' }).waitFor();
      await hasText(page.getByRole('main'), `Fiets en helm voor de oudste ${stamp}`);
      await sanne2.context.close();
    },
  ],
];
