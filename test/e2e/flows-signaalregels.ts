// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser flows for the signal rule editor (issue 12 §2): the Tilburg policy adviser writes a rule,
 * sees the fairness guard's refusals at the field (postcode, an age that is no legal limit), saves a
 * valid rule, changes it and takes it out of use and back; then the regisseur records the events on
 * a case, the rule fires, and the melding names the case and the rule with a Dutch date and leads to
 * the case's gebeurtenissen. Also at 375 px. The second flow uses the rule the first one saved.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage } from './harness';
import { alertWith, assertNoSidewaysScroll, hasText, openCase, type Flow } from './steps';

const RULE_NAME = 'Overlijden partner en Wmo-aanvraag';
/** Today in Amsterdam, shifted by whole days, as the value of a date field. */
const amsterdamDay = (shift: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
};

/** The text that describes a field (its description and error), as a screen reader hears it with the field. */
async function describedText(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

async function atTheField(page: Page, label: string, reason: RegExp) {
  await alertWith(page, reason);
  assert.equal(await page.getByLabel(label, { exact: true }).getAttribute('aria-invalid'), 'true', `${label} is gemarkeerd als fout`);
  assert.match(await describedText(page, label), reason, `de reden staat bij het veld ${label}`);
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'Signaalregel bewerken: de beleidsadviseur stelt een regel op, ziet de weigering van de toets bij het veld, slaat een geldige regel op, wijzigt hem en stelt hem buiten gebruik en weer in gebruik; ook op een telefoon',
    async ({ open }) => {
      const { context, page } = await open('femke');
      await page.getByRole('link', { name: 'Signaalregels' }).click();
      await page.getByRole('heading', { level: 2, name: 'Nieuwe signaalregel' }).waitFor();
      await page.getByLabel('Naam', { exact: true }).fill(RULE_NAME);
      await page.getByLabel('Doel', { exact: true }).fill('Na het overlijden van een partner vroeg kijken of het huishouden rondkomt en steun heeft');
      await page.getByLabel('Wettelijke grondslag', { exact: true }).fill('Wmo 2015 art. 2.3.2');
      await page.getByLabel('Eigenaar', { exact: true }).fill('Team Sociaal Domein Tilburg');
      await page.getByLabel('Overlijden van de partner').check();
      await page.getByLabel('Aanvraag Wmo-ondersteuning').check();
      await page.getByLabel('Tijdvenster in dagen').fill('90');

      // Postcode: a proxy for origin and income, refused with the reason at the field.
      await page.getByLabel('Extra kenmerk (optioneel)').fill('postcode');
      await page.getByLabel('Waarde', { exact: true }).fill('5038');
      await page.getByRole('button', { name: 'Regel opslaan' }).click();
      await atTheField(page, 'Extra kenmerk (optioneel)', /Postcode, wijk of buurt is een bekende vervanger van afkomst en inkomen/);
      await checkPage(page, 'signaalregel-toets-postcode');

      // Age that is no legal limit: refused, naming the limits the law has.
      await page.getByLabel('Extra kenmerk (optioneel)').fill('leeftijd');
      await page.getByLabel('Vergelijking').selectOption({ label: 'minstens' });
      await page.getByLabel('Waarde', { exact: true }).fill('65');
      await page.getByRole('button', { name: 'Regel opslaan' }).click();
      await atTheField(page, 'Extra kenmerk (optioneel)', /Leeftijd mag alleen als wettelijke leeftijdsgrens \(18, 21, 23, 27 jaar\)/);
      assert.equal(await page.getByLabel('Naam', { exact: true }).inputValue(), RULE_NAME, 'niets van de invoer gaat verloren');
      await checkPage(page, 'signaalregel-toets-leeftijd');

      // Without the attribute the rule is valid and saved; it shows in the table.
      await page.getByLabel('Extra kenmerk (optioneel)').fill('');
      await page.getByRole('button', { name: 'Regel opslaan' }).click();
      await hasText(page.getByRole('status'), `De regel “${RULE_NAME}” is opgeslagen`);
      const row = page.getByRole('row').filter({ hasText: RULE_NAME });
      await hasText(row, 'Overlijden van de partner + Aanvraag Wmo-ondersteuning binnen 90 dagen');
      await hasText(row, 'Nog geen signalen');
      await checkPage(page, 'signaalregel-opgeslagen');

      // Change it on its own page: the register text follows.
      await page.getByRole('link', { name: RULE_NAME }).click();
      await page.getByRole('heading', { level: 1, name: RULE_NAME }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Regel wijzigen' }).waitFor();
      assert.equal(await page.getByLabel('Tijdvenster in dagen').inputValue(), '90');
      await page.getByLabel('Tijdvenster in dagen').fill('120');
      await page.getByLabel('Extra kenmerk (optioneel)').fill('nationaliteit');
      await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await atTheField(page, 'Extra kenmerk (optioneel)', /Nationaliteit is een beschermd kenmerk/);
      await page.getByLabel('Extra kenmerk (optioneel)').fill('');
      await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await hasText(page.getByRole('status'), `De wijziging van “${RULE_NAME}” is opgeslagen`);
      await hasText(page.getByRole('main'), /binnen 120 dagen zijn vastgelegd/);
      await checkPage(page, 'signaalregel-gewijzigd');

      // Out of use and back.
      await page.getByRole('button', { name: 'Regel buiten gebruik stellen' }).click();
      await hasText(page.getByRole('status'), /buiten gebruik gesteld: hij gaat niet meer af/);
      await hasText(page.getByRole('main'), 'buiten gebruik');
      await page.getByRole('button', { name: 'Regel weer in gebruik nemen' }).click();
      await hasText(page.getByRole('status'), /weer in gebruik/);
      await page.getByRole('button', { name: 'Regel buiten gebruik stellen' }).waitFor();
      await checkPage(page, 'signaalregel-weer-in-gebruik');

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Regel wijzigen' }).waitFor();
      await assertNoSidewaysScroll(page, 'De pagina van een signaalregel met de editor');
      await checkPage(page, 'signaalregel-telefoon');
      await context.close();
    },
  ],
  [
    'Signaalregel bewerken, melding: de regel gaat af op een casus en de regisseur krijgt een melding die naar de gebeurtenissen van de casus leidt',
    async ({ open }) => {
      const { context, page } = await open('bram');
      await openCase(page, /gezin Claassen/, 'Claassen');
      await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).getByRole('link', { name: 'Gebeurtenissen en signalen', exact: true }).click();
      const section = page.getByRole('region', { name: 'Gebeurtenissen en signalen' });
      const caseUrl = page.url();
      assert.match(new URL(caseUrl).pathname, /^\/casussen\/[^/]+\/gebeurtenissen$/);
      await section.getByLabel('Gebeurtenis of aanvraag').selectOption({ label: 'Overlijden van de partner' });
      await section.getByRole('button', { name: 'Gebeurtenis vastleggen' }).click();
      await section.getByRole('cell', { name: 'Overlijden van de partner' }).waitFor();
      await section.getByLabel('Gebeurtenis of aanvraag').selectOption({ label: 'Aanvraag Wmo-ondersteuning' });
      await section.getByRole('button', { name: 'Gebeurtenis vastleggen' }).click();
      await hasText(page.getByRole('status'), `Signaal: ${RULE_NAME}`);

      // Somewhere else in the app: the melding is waiting, names the case and the rule, with a Dutch date.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
      const button = page.getByRole('button', { name: /^Meldingen \(\d+ ongelezen\)$/ });
      await button.click();
      const panel = page.getByRole('region', { name: 'Meldingen' });
      const item = panel.getByRole('listitem').filter({ hasText: `Signaal op Ondersteuning gezin Claassen: ${RULE_NAME}` });
      await item.waitFor();
      const text = (await item.textContent()) ?? '';
      assert.match(text, /ging op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} af op de casus Ondersteuning gezin Claassen/);
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'geen ISO-datum in de melding');
      await checkPage(page, 'melding-signaal');
      await item.getByRole('link', { name: /Naar de gebeurtenissen van de casus/ }).click();
      await page.getByRole('navigation', { name: 'Onderdelen van de casus' }).locator('[aria-current="page"]', { hasText: 'Gebeurtenissen en signalen' }).waitFor();
      assert.equal(new URL(page.url()).pathname, new URL(caseUrl).pathname, 'de melding leidt naar het tabblad gebeurtenissen van de casus');
      await page.getByRole('region', { name: 'Gebeurtenissen en signalen' }).getByRole('heading', { level: 3, name: RULE_NAME }).waitFor();

      await page.setViewportSize({ width: 375, height: 800 });
      await page.getByRole('button', { name: /^Meldingen/ }).click();
      await page.getByRole('region', { name: 'Meldingen' }).waitFor();
      await assertNoSidewaysScroll(page, 'De meldingen op een telefoon');
      await checkPage(page, 'melding-signaal-telefoon');
      await context.close();
    },
  ],
  [
    'Van doorbraak naar beleid, zelf gevolgd: de beleidsadviseur legt een voorstel vast op de regel uit de doorbraken, zet het op de agenda, legt het besluit en de invoering vast en ziet de knelpunten op die regel dalen',
    async ({ open }) => {
      const { context, page } = await open('femke');
      await page.getByRole('link', { name: 'Van doorbraak naar beleid' }).click();
      await page.getByRole('heading', { level: 1, name: 'Van doorbraak naar beleid' }).waitFor();
      const rule = 'Huisvestingsverordening art. 2.6.4 (urgentie)';
      await page.getByLabel('Regel', { exact: true }).selectOption({ label: rule });
      await page.getByLabel('Voorstel', { exact: true }).fill('Inwoning na een scheiding met minderjarige kinderen telt als noodsituatie voor urgentie');
      // Recorded afterwards: proposed at the doorbraaktafel four months ago.
      await page.getByLabel('Voorgesteld op').fill(amsterdamDay(-125));
      await page.getByRole('button', { name: 'Voorstel vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: rule }).waitFor();
      await page.getByRole('heading', { level: 2, name: /Volgende stap: op de agenda zetten/ }).waitFor();
      await page.getByLabel('Tafel of overleg').fill('Regietafel Wonen en Zorg');
      // A meeting before the proposal: refused with the reason at the field.
      await page.getByLabel('Datum van de vergadering').fill(amsterdamDay(-130));
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      await hasText(page.getByRole('alert').first(), /De vergadering kan niet vóór het voorstel liggen/);
      await page.getByLabel('Datum van de vergadering').fill(amsterdamDay(-120));
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      await page.getByRole('heading', { level: 2, name: /Volgende stap: besluit vastleggen/ }).waitFor();
      await page.getByLabel('Reden', { exact: true }).fill('Past in de woonvisie; de urgentiecommissie stemt in');
      await page.getByLabel('Datum van het besluit').fill(amsterdamDay(-120));
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByRole('heading', { level: 2, name: /Volgende stap: invoering vastleggen/ }).waitFor();
      await page.getByLabel('Beschrijving van de wijziging').fill('Beleidsregel urgentie gewijzigd: inwoning na scheiding met kinderen geldt als noodsituatie');
      await page.getByLabel('Geldt vanaf').fill(amsterdamDay(-90));
      await page.getByRole('button', { name: 'Invoering vastleggen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Effect: knelpunten op deze regel' }).waitFor();
      const count = async (label: string) => Number(((await page.getByRole('row').filter({ hasText: label }).first().getByRole('cell').nth(3).textContent()) ?? '').trim());
      const [before, after] = [await count('Voor de wijziging'), await count('Na de wijziging')];
      assert.ok(after < before, `de knelpunten op de regel dalen na de wijziging (${before} ervoor, ${after} erna)`);
      await checkPage(page, 'beleid-zelf-gevolgd-effect');
      await context.close();
    },
  ],
];
