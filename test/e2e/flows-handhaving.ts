// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 14's "Done when", in the browser: handhaver Henk (Utrecht) takes the gambling household from
 * a suspected breach to a proportionate decision — calculator, consequences, the question to the
 * regisseur, the Omgekeerde Toets, a pause — teamleider Marieke approves the pause, and regisseur
 * Sanne sees on the case that a pause runs and until when (and answers Henk's question).
 */
import assert from 'node:assert/strict';
import { checkPage } from './harness';
import { alertWith, hasText, openCase, openTab, type Flow, assertNoSidewaysScroll } from './steps';

async function fitsPhone(page: import('playwright-core').Page, what: string) {
  await assertNoSidewaysScroll(page, what);
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'handhaving: van vermoeden tot evenredig besluit (berekening, gevolgen, regisseur, Omgekeerde Toets, pauze door de teamleider, zichtbaar voor de regisseur)',
    async ({ open }) => {
      const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
      const henk = await open('henk');
      let page = henk.page;
      await page.getByRole('heading', { level: 1, name: 'Handhavingszaken' }).waitFor();
      await checkPage(page, 'handhaving-zaken');
      await page.getByRole('link', { name: 'Gokinkomsten niet gemeld' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gokinkomsten niet gemeld' }).waitFor();
      await hasText(page.getByRole('main'), 'Huishouden Erik');
      assert.equal(await page.getByText('Erik schaamt zich').count(), 0, 'geen notities van de hulpverlening');

      // The calculator: first a period the law's calculator refuses, then the seed's figures.
      const calc = page.getByRole('region', { name: 'Terugvordering berekenen' });
      await calc.getByLabel('Aantal maanden').fill('600');
      await calc.getByLabel('Ontvangen uit gokken per maand (winst, bruto)').fill('3.800');
      await calc.getByLabel('Inzet per maand').fill('4.000');
      await calc.getByLabel('Aantal maanden').press('Enter'); // by keyboard: Enter in a field submits the calculation
      await alertWith(page, 'Aantal maanden: de periode moet 1 tot en met 120 maanden zijn');
      await calc.getByLabel('Aantal maanden').fill('18');
      await calc.getByRole('button', { name: 'Berekenen' }).click();
      const totals = page.getByRole('table', { name: 'Totalen per lezing' });
      await hasText(totals, '€ 25.140,12');
      await hasText(totals, 'Niets af te lossen');
      await calc.getByRole('button', { name: 'Berekening opslaan bij de zaak' }).click();
      await hasText(page.getByRole('table', { name: 'Per maand' }), 'december 2026');
      // The printable version for the file: no menu, no forms, the result with its explanation.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('button', { name: 'Berekenen' }).isVisible(), false, 'het formulier staat niet op de afdruk');
      assert.equal(await page.getByRole('table', { name: 'Totalen per lezing' }).isVisible(), true, 'de uitkomst staat op de afdruk');
      await checkPage(page, 'handhaving-berekening-afdruk');
      await page.emulateMedia({ media: 'screen' });

      // Consequences: the home at risk, six months of shelter, priced per funder.
      const cons = page.getByRole('region', { name: 'Gevolgen gewogen' });
      await cons.getByLabel('Risico op huurachterstand en uitzetting').check();
      await cons.getByLabel('Verwachte maanden in de opvang na uitzetting').fill('6');
      await cons.getByRole('button', { name: 'Gevolgen opslaan' }).click();
      await hasText(cons, 'kost dat naar schatting € 38.300,00');

      // Bekend bij een regisseur? Only yes and how to reach her.
      const reg = page.getByRole('region', { name: 'Bekend bij een regisseur?' });
      await reg.getByRole('button', { name: 'Is dit huishouden bekend bij een regisseur?' }).click();
      await hasText(reg, 'Ja. Regisseur: Sanne Bakker');

      // The Omgekeerde Toets and the decision.
      const dec = page.getByRole('region', { name: 'Omgekeerde Toets en besluit' });
      await dec.getByLabel('Doel van de interventie').fill('Rechtmatige bijstand en Erik van het gokken af helpen');
      await dec.getByLabel('Wat de regel beoogt').fill('Wie inkomsten verzwijgt, betaalt terug wat hij te veel kreeg');
      await dec.getByLabel('Wat evenredig zou zijn').fill('De netto winst terugvorderen: die is nul; hulp bij de verslaving');
      await dec.getByLabel('Besluit', { exact: true }).selectOption({ label: 'Terugvorderen op netto basis (dringende redenen / evenredigheid)' });
      await dec.getByLabel('Redenen van het besluit').fill('Per saldo verlies, gokverslaving; dringende redenen (Participatiewet art. 58 lid 8)');
      await dec.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await hasText(dec, /Besloten op .* door Henk Smit/);

      // The pauzeknop.
      const pause = page.getByRole('region', { name: 'Pauzeknop' });
      await pause.getByLabel('Reden').fill('Erik zet schuldhulp en verslavingszorg in gang');
      await pause.getByLabel('Tot en met').fill(until);
      await pause.getByLabel('Eigenaar').fill('Sanne (buurtteam)');
      await pause.getByLabel('Voorwaarden').fill('Accepteert schuldhulp');
      await pause.getByRole('button', { name: 'Pauze aanvragen' }).click();
      await hasText(pause.getByRole('table', { name: 'Pauzes' }), 'Wacht op teamleider');
      await checkPage(page, 'handhaving-zaak');
      await page.setViewportSize({ width: 375, height: 800 });
      await fitsPhone(page, 'de handhavingszaak');
      await checkPage(page, 'handhaving-zaak-telefoon');

      // Teamleider Marieke approves (four eyes).
      const marieke = await open('marieke');
      await marieke.page.getByRole('link', { name: 'Pauzes van handhaving' }).click();
      const card = marieke.page.getByRole('article', { name: 'Huishouden Erik' });
      await hasText(card, 'Accepteert schuldhulp');
      await checkPage(marieke.page, 'handhaving-pauzes');
      await card.getByRole('button', { name: 'Pauze goedkeuren' }).click();
      await hasText(marieke.page.getByRole('status'), 'De pauze voor Huishouden Erik loopt tot');
      await marieke.context.close();

      // Regisseur Sanne sees that a pause runs and until when, and answers Henk's question.
      const sanne = await open('sanne');
      await openCase(sanne.page, /Gokverslaving/, 'Erik');
      await openTab(sanne.page, 'Inkomen');
      const piece = sanne.page.getByRole('region', { name: 'Handhaving', exact: true });
      await hasText(piece, /Er loopt een pauze van de sanctie tot en met \d+ \w+ \d{4}/);
      const text = (await piece.textContent()) ?? '';
      assert.ok(!text.includes('25.140') && !text.includes('schuldhulp en verslavingszorg'), 'de regisseur ziet het handhavingsdossier niet');
      await piece.getByLabel('Kort antwoord aan handhaving').fill('Bekend; Erik is aangemeld bij verslavingszorg.');
      await piece.getByRole('button', { name: 'Antwoord delen met handhaving' }).click();
      await hasText(piece, 'Uw antwoord, gedeeld voor handhaving');
      await checkPage(sanne.page, 'handhaving-casus-regisseur');
      await sanne.context.close();

      // Henk sees the answer and the running pause.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.reload();
      await hasText(page.getByRole('table', { name: 'Gestelde vragen' }), 'aangemeld bij verslavingszorg');
      await hasText(page.getByRole('table', { name: 'Pauzes' }), 'Loopt');
      page = henk.page;
      await henk.context.close();
    },
  ],
];
