// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 16, beheer and privacy in the browser: the admin renames a team, switches a user off (who
 * then cannot log in) and on again, sets a ladder deadline and a calendar day; the privacy officer
 * reads the log in Dutch and opens the printable inzage. Each page is checked (axe, screenshot) and
 * also looked at 375 px wide without sideways scrolling.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { alertWith, assertNoSidewaysScroll, cellIs, hasText, openCase, openTab, type Flow } from './steps';

/** Check the page at desktop width, then at 375 px (no sideways scroll, axe, screenshot), and back. */
async function bothWidths(page: Page, name: string) {
  await checkPage(page, name);
  await page.setViewportSize({ width: 375, height: 900 });
  await assertNoSidewaysScroll(page, `${name} op 375 px`);
  await checkPage(page, `${name}-telefoon`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** A Tuesday or Wednesday some two months ahead, away from the fixed public holidays: a working day to close. */
function aWorkingDayAhead(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 60);
  for (;;) {
    const s = iso(d);
    const md = s.slice(5);
    if ([2, 3].includes(d.getUTCDay()) && !['04-26', '04-27', '05-05', '12-25', '12-26', '01-01'].includes(md)) return s;
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
/** The first Saturday some two months ahead. */
function aSaturdayAhead(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 60);
  while (d.getUTCDay() !== 6) d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
}
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dutch = (s: string) => `${Number(s.slice(8))} ${MONTHS[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;

export const FLOWS: Array<[string, Flow]> = [
  [
    'beheer (issue 16): team hernoemen, gebruiker uitschakelen (kan niet meer inloggen) en weer inschakelen',
    async ({ open }) => {
      const { context, page } = await open('beheer');
      await page.goto('/beheer/teams');
      await page.getByRole('heading', { level: 2, name: 'Teams' }).waitFor();
      await page.getByRole('button', { name: 'Hernoemen Buurtteam Overvecht' }).click();
      const rename = page.getByRole('form', { name: 'Team Buurtteam Overvecht hernoemen' });
      // The inline form takes focus on its field.
      assert.equal(await rename.getByLabel('Nieuwe naam van het team').evaluate((el) => el === document.activeElement), true, 'focus in het nieuwe formulier');
      await rename.getByLabel('Nieuwe naam van het team').fill('B');
      await rename.getByRole('button', { name: 'Naam opslaan' }).click();
      await alertWith(page, /Nieuwe naam van het team: /);
      await rename.getByLabel('Nieuwe naam van het team').fill('Buurtteam Overvecht-Noord');
      await rename.getByRole('button', { name: 'Naam opslaan' }).click();
      await hasText(page.getByRole('status'), 'Team Buurtteam Overvecht heet nu Buurtteam Overvecht-Noord.');
      await hasText(page.locator('main'), 'Buurtteam Overvecht-Noord');
      await bothWidths(page, 'beheer-team-hernoemd');
      // And back, so the other flows find the team by its demo name.
      await page.getByRole('button', { name: 'Hernoemen Buurtteam Overvecht-Noord' }).click();
      await page.getByRole('form', { name: 'Team Buurtteam Overvecht-Noord hernoemen' }).getByLabel('Nieuwe naam van het team').fill('Buurtteam Overvecht');
      await page.getByRole('button', { name: 'Naam opslaan' }).click();
      await hasText(page.getByRole('status'), 'heet nu Buurtteam Overvecht.');

      // A user to switch off: made here, so no demo login is harmed.
      await page.goto('/beheer/gebruikers');
      const add = page.getByRole('form', { name: 'Gebruiker toevoegen' });
      await add.getByLabel('Gebruikersnaam').fill('tijdelijk');
      await add.getByLabel('Naam', { exact: true }).fill('Tijs Tijdelijk');
      await add.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord');
      await add.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await hasText(page.getByRole('row', { name: /Tijs Tijdelijk/ }), 'Actief');
      await page.getByRole('button', { name: 'Uitschakelen Tijs Tijdelijk' }).click();
      const confirm = page.getByRole('region', { name: 'Tijs Tijdelijk uitschakelen?' });
      await hasText(confirm, 'kan daarna niet meer inloggen');
      await bothWidths(page, 'beheer-gebruiker-uitschakelen');
      await confirm.getByRole('button', { name: 'Ja, uitschakelen' }).click();
      await hasText(page.getByRole('status'), 'Tijs Tijdelijk is uitgeschakeld en kan niet meer inloggen.');
      assert.equal(await page.getByRole('status').filter({ hasText: 'is uitgeschakeld' }).evaluate((el) => el.closest('[tabindex="-1"]') === document.activeElement), true, 'focus op de bevestiging');
      await hasText(page.getByRole('row', { name: /Tijs Tijdelijk/ }), 'Uitgeschakeld');

      const other = await open();
      await other.page.getByLabel('Gebruikersnaam').fill('tijdelijk');
      await other.page.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord');
      await other.page.getByRole('button', { name: 'Inloggen' }).click();
      await alertWith(other.page, 'De gebruikersnaam of het wachtwoord klopt niet.');

      await page.getByRole('button', { name: 'Weer inschakelen Tijs Tijdelijk' }).click();
      await page.getByRole('region', { name: 'Tijs Tijdelijk weer inschakelen?' }).getByRole('button', { name: 'Ja, weer inschakelen' }).click();
      await hasText(page.getByRole('status'), 'Tijs Tijdelijk is weer ingeschakeld en kan weer inloggen.');
      await other.page.getByLabel('Gebruikersnaam').fill('tijdelijk');
      await other.page.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord');
      await other.page.getByRole('button', { name: 'Inloggen' }).click();
      await other.page.getByRole('button', { name: 'Uitloggen' }).waitFor();
      await other.context.close();
      await context.close();
    },
  ],
  [
    'professional (issue 16): businesscase maken, doorrekenen en wijzigen uit de kostencatalogus met eigen prijs en bron',
    async ({ open }) => {
      const { context, page } = await open('sanne');
      await openCase(page, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(page, 'Businesscase');
      const bc = page.getByRole('region', { name: 'Businesscase' });
      await bc.getByRole('button', { name: 'Nieuwe businesscase' }).click();
      const form = bc.getByRole('form', { name: 'Nieuwe businesscase' });
      await form.getByLabel('Titel').waitFor();
      /** Choose the first catalogue item whose option names this unit, and add it to the path. */
      const addItem = async (path: 'doormodderen' | 'doorbreken', unit: string) => {
        const select = form.getByLabel(`Kostenpost uit de catalogus (${path})`);
        await select.locator('option').nth(1).waitFor({ state: 'attached' });
        const labels = await select.locator('option').allTextContents();
        const chosen = labels.find((l) => l.endsWith(`${unit})`));
        assert.ok(chosen, `een kostenpost ${unit} in de catalogus`);
        await select.selectOption({ label: chosen });
        await form.getByRole('button', { name: new RegExp(`^Post toevoegen aan ${path === 'doormodderen' ? 'Doormodderen' : 'Doorbreken'}`) }).click();
      };
      await addItem('doormodderen', 'per maand');
      await addItem('doorbreken', 'eenmalig');
      const lines = form.locator('ol.mw-plain-list > li');
      await lines.nth(1).waitFor();
      // Without a title and with an own price but no source: asked for in words.
      await lines.nth(0).getByLabel('Eigen prijs in euro (niet verplicht)').fill('100,00');
      await lines.nth(0).getByLabel('Kans (%)').fill('50');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await alertWith(page, 'Titel: vul een titel in');
      await alertWith(page, /doormodderen\): bron: vul de bron van uw eigen prijs in/);
      await form.getByLabel('Titel').fill('Eigen woning voor Cindy');
      await lines.nth(0).getByLabel('Bron van de eigen prijs').fill('Offerte woonbegeleiding 2026');
      await lines.nth(1).getByLabel('Eigen prijs in euro (niet verplicht)').fill('200,00');
      await lines.nth(1).getByLabel('Bron van de eigen prijs').fill('Offerte verhuizer');
      await hasText(lines.nth(0), 'Vanaf maand 1, 12 maanden, kans 50 %.');
      await form.getByRole('button', { name: 'Doorrekenen' }).click();
      await hasText(form.getByRole('status'), 'Doormodderen € 600,00, doorbreken € 200,00: een besparing van € 400,00 over 24 maanden.');
      await bothWidths(page, 'businesscase-formulier');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await hasText(page.getByRole('status'), 'Businesscase Eigen woning voor Cindy is opgeslagen.');
      const table = bc.getByRole('table', { name: 'Per financier: Eigen woning voor Cindy' });
      await cellIs(table.getByRole('row', { name: /Totaal/ }), 1, '€ 600,00');
      await cellIs(table.getByRole('row', { name: /Totaal/ }), 3, '€ 400,00');

      // Edit: the chance becomes 100 %; the case is recalculated and saved with If-Match.
      await bc.getByRole('button', { name: 'Wijzigen en doorrekenen Eigen woning voor Cindy' }).click();
      const edit = bc.getByRole('form', { name: 'Eigen woning voor Cindy wijzigen' });
      await edit.locator('ol.mw-plain-list > li').nth(0).getByLabel('Kans (%)').fill('100');
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await hasText(page.getByRole('status'), 'Businesscase Eigen woning voor Cindy is opgeslagen.');
      await cellIs(table.getByRole('row', { name: /Totaal/ }), 1, '€ 1.200,00');
      await cellIs(table.getByRole('row', { name: /Totaal/ }), 3, '€ 1.000,00');
      const article = bc.getByRole('article', { name: 'Eigen woning voor Cindy' });
      await article.locator('summary', { hasText: 'Doormodderen (regulier pad)' }).click();
      await hasText(article, 'Vanaf maand 1, 12 maanden, kans 100 %.');
      await bothWidths(page, 'businesscase-gewijzigd');
      await context.close();
    },
  ],
  [
    'beheer (issue 16): termijn van een trede van de escalatieladder en een vrije dag in de kalender',
    async ({ open }) => {
      const { context, page } = await open('beheer');
      await page.goto('/beheer/ladder');
      await page.getByRole('heading', { level: 2, name: 'Escalatieladder en kalender' }).waitFor();
      const ladder = page.getByRole('form', { name: 'Treden van de ladder' });
      const days = ladder.getByLabel('Termijn in werkdagen').first();
      await days.waitFor();
      const before = await days.inputValue();
      await days.fill('');
      await ladder.getByRole('button', { name: 'Ladder opslaan' }).click();
      await alertWith(page, /Trede 1: termijn in werkdagen: vul het aantal werkdagen in/);
      const next = String(Number(before) + 1);
      await days.fill(next);
      await ladder.getByRole('button', { name: 'Ladder opslaan' }).click();
      // The first level's name may hold brackets itself: "Eigen buurtteam (teamleider) (3 werkdagen)".
      await hasText(page.getByRole('status'), new RegExp(`De escalatieladder is opgeslagen: [^,]*\\(${next} werkdagen?\\)`));
      await bothWidths(page, 'beheer-ladder');

      const cal = page.getByRole('form', { name: 'Vrije dag toevoegen' });
      await cal.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
      await alertWith(page, 'Datum: vul een datum in');
      const saturday = aSaturdayAhead();
      await cal.getByLabel('Datum').fill(saturday);
      await cal.getByLabel('Omschrijving').fill('Sluitingsdag');
      await cal.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
      await alertWith(page, `Datum: ${dutch(saturday)} valt in het weekend`);
      const day = aWorkingDayAhead();
      await cal.getByLabel('Datum').fill(day);
      await cal.getByRole('button', { name: 'Vrije dag toevoegen' }).click();
      await hasText(page.getByRole('status'), `${dutch(day)} (Sluitingsdag) telt niet meer als werkdag.`);
      await hasText(page.getByRole('table', { name: 'Eigen vrije dagen' }), dutch(day));
      await bothWidths(page, 'beheer-kalender');
      // Put the ladder back as it was, so the other flows' deadlines hold.
      await page.getByRole('form', { name: 'Treden van de ladder' }).getByLabel('Termijn in werkdagen').first().fill(before);
      await page.getByRole('button', { name: 'Ladder opslaan' }).click();
      await hasText(page.getByRole('status'), 'De escalatieladder is opgeslagen');
      await page.getByRole('button', { name: `Verwijderen ${dutch(day)}` }).click();
      await hasText(page.getByRole('status'), `${dutch(day)} telt weer als werkdag.`);
      await context.close();
    },
  ],
  [
    'privacyfunctionaris (issue 16): het register in gewone woorden en de inzage als document om af te drukken',
    async ({ open }) => {
      const { context, page } = await open('priya');
      await page.getByRole('heading', { level: 1, name: 'Verwerkingsregister' }).waitFor();
      const table = page.getByRole('table');
      await table.waitFor();
      const head = await table.locator('thead th').allTextContents();
      assert.deepEqual(head, ['Moment', 'Medewerker', 'Handeling', 'Over', 'Welke gegevens', 'Doel', 'Grondslag']);
      const cells = (await table.locator('tbody td').allInnerTexts()).join(' | ');
      assert.doesNotMatch(cells, /\d{4}-\d{2}-\d{2}/, `geen ISO-datums in het register: ${cells.slice(0, 400)}`);
      // What a line is about and which data: Dutch words, no keys (camelCase, underscores).
      const about = (await table.locator('tbody td:nth-child(4), tbody td:nth-child(5)').allInnerTexts()).join(' | ');
      assert.doesNotMatch(about, /[a-z][A-Z]|_/, `geen sleutels in Over en Welke gegevens: ${about.slice(0, 400)}`);
      await bothWidths(page, 'privacy-register-nederlands');

      await page.getByRole('link', { name: 'Inzageverzoek' }).click();
      await page.getByLabel('Naam of BSN').fill('Cindy');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('button', { name: 'Inzage-export maken voor Cindy' }).click();
      const doc = page.getByRole('article', { name: /^Uw gegevens bij / });
      await doc.waitFor();
      await hasText(doc, 'Dit overzicht is gemaakt voor Cindy');
      await hasText(doc.getByRole('heading', { level: 3 }), 'Wie uw gegevens heeft gebruikt');
      const text = (await doc.innerText()).replace(/\s+/g, ' ');
      const codeLike = /.{0,60}(?:\d{4}-\d{2}-\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-).{0,60}/.exec(text);
      assert.equal(codeLike, null, `geen ISO-datums of ids in het document: …${codeLike?.[0]}…`);
      assert.doesNotMatch(text, /\b(householdId|caseId|solutionNeeded|birthDate)\b/, 'geen veldsleutels in het document');
      await doc.getByRole('button', { name: 'Document afdrukken' }).waitFor();
      // Printed, only the document shows: no menu, no search form, no print button.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('search', { name: 'Persoon zoeken', includeHidden: true }).evaluate((el) => getComputedStyle(el).visibility), 'hidden');
      assert.equal(await doc.getByRole('heading', { level: 2 }).evaluate((el) => getComputedStyle(el).visibility), 'visible');
      assert.equal(await doc.getByRole('button', { name: 'Document afdrukken' }).isVisible(), false);
      await page.emulateMedia({ media: 'screen' });
      await bothWidths(page, 'privacy-inzage-document');
      await context.close();
    },
  ],
];
