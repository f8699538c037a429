// SPDX-License-Identifier: EUPL-1.2
/**
 * One household, several organisations, one continuous story on a phone-sized window (issues 13 and
 * 17, ADR 0028). Cindy's household in Utrecht is helped by the buurtteam (sanne), Woningcorporatie
 * Mitros (yvonne as partner in the plan, mirjam as provisional funder) and the Landelijk
 * Maatwerkloket:
 *   1. sanne invites yvonne with Cindy's consent; yvonne's melding leads her to the plan; she writes;
 *      sanne's melding leads her to the plan, she answers on the thread; yvonne reads the answer.
 *   2. the doorbraaktafel hands Cindy's toeslag knelpunt over to the loket, the loket bridges with
 *      Mitros as provisional funder, mirjam accepts, the loket settles — the loket sees no names,
 *      yvonne sees no knelpunt.
 *   3. Cindy signs in, reads her plan and her money, sees that yvonne looked at her file and why,
 *      withdraws Mitros's access (yvonne is refused at once), sends sanne a message, and gives it
 *      again (yvonne sees the plan again, because the invitation still runs).
 *   4. sanne ends the invitation after seeing its effect; yvonne is refused at once.
 * The flows of flows-partners.ts, flows-loket.ts and flows-inwoner.ts cover the parts one by one on
 * other knelpunten; this flow joins them and adds the end of an invitation, meldingen and replies.
 * It runs after them in the full run (they leave Yvonne's earlier invitation to Cindy's case running
 * with a withdrawn consent, and Cindy's consent for Mitros withdrawn) and alone on a fresh demo, so
 * the first step ends a leftover invitation and Cindy's first step depends on what she sees.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkPage, login } from './harness';
import { assertNoSidewaysScroll, choose, hasText, openCase, openTab, type Flow } from './steps';

const phone = (page: Page) => page.setViewportSize({ width: 375, height: 800 });

/** Opens the meldingen in the header and follows the link of the newest melding with this title. */
async function followMelding(page: Page, title: string, linkText: string) {
  await page.getByRole('button', { name: /^Meldingen \(\d+ ongelezen\)/ }).click();
  const panel = page.getByRole('region', { name: 'Meldingen' });
  await panel.getByRole('listitem').filter({ hasText: title }).first().locator('a', { hasText: linkText }).click();
}

export const FLOWS: Array<[string, Flow]> = [
  [
    'samen: buurtteam, Mitros en het loket helpen Cindy samen (uitnodigen, meldingen, antwoord, overdracht, overbrugging, afrekening); Cindy trekt de toegang van Mitros in en geeft die terug; sanne beëindigt de uitnodiging; op 375 px',
    async ({ open }) => {
      // ---- 1. sanne invites yvonne of Mitros, with Cindy's consent ----
      const sanne = await open('sanne');
      const sp = sanne.page;
      await phone(sp);
      await openCase(sp, /Na de scheiding|Cindy: eigen woning in zicht/, 'Cindy');
      await openTab(sp, 'Plan');
      const section = sp.getByRole('region', { name: 'Partners in het plan' });
      await hasText(section, 'Ruben Oosterhout');
      // A running invitation of yvonne left by an earlier flow is ended first (only in the full run).
      const leftover = section.getByRole('article', { name: /Yvonne de Graaf/ }).getByRole('button', { name: /Uitnodiging beëindigen/ });
      for (let left = await leftover.count(); left > 0; left = await leftover.count()) {
        await leftover.first().click();
        await sp.getByLabel('Reden van beëindigen').fill('Een nieuwe uitnodiging met nieuwe toestemming');
        await sp.getByRole('button', { name: 'Beëindigen, toegang direct stoppen' }).click();
        await sp.getByRole('button', { name: 'Beëindigen, toegang direct stoppen' }).waitFor({ state: 'detached' });
        // The ended card loses its button once the refreshed list arrives.
        for (const until = Date.now() + 15_000; (await leftover.count()) >= left; ) {
          assert.ok(Date.now() < until, 'de beëindigde uitnodiging houdt haar knop Uitnodiging beëindigen');
          await sp.waitForTimeout(100);
        }
      }
      await section.getByRole('button', { name: 'Partner uitnodigen' }).click();
      const form = sp.getByRole('form', { name: 'Partner uitnodigen' });
      await choose(form.getByLabel('Betrokken partij'), 'Woningcorporatie Mitros');
      await choose(form.getByLabel('Organisatie van de partner'), 'Woningcorporatie Mitros');
      await form.getByLabel('Gebruikersnaam of e-mailadres van de professional').fill('yvonne');
      await form.getByLabel('Doel', { exact: true }).fill('Een tijdelijke en daarna een vaste woning in Overvecht aanbieden');
      await form.getByLabel(/Cindy geeft toestemming/).check();
      await form.getByRole('button', { name: 'Uitnodigen met toestemming' }).click();
      await hasText(sp.getByRole('status'), 'Yvonne de Graaf is uitgenodigd');
      const card = section.getByRole('article', { name: /Yvonne de Graaf/ }).filter({ hasText: 'Meekijken toegestaan' });
      await card.waitFor();
      await assertNoSidewaysScroll(sp, 'de partners in het plan op 375 px');

      // yvonne's melding leads her to the plan; she sees her actions, not the knelpunten; she writes to sanne.
      const yvonne = await open('yvonne');
      const yp = yvonne.page;
      await phone(yp);
      await followMelding(yp, 'U bent uitgenodigd om mee te werken aan een plan', 'Naar het plan waaraan u meewerkt');
      await yp.getByRole('heading', { level: 1, name: 'Huishouden van Cindy' }).waitFor();
      const ymain = yp.getByRole('main');
      await hasText(ymain, 'Woning aanbieden in Overvecht');
      const ytext = (await ymain.textContent()) ?? '';
      for (const never of ['toeslagschuld', 'Kinderopvangtoeslag', 'Schulden in kaart', 'moe maar strijdbaar', '1991']) assert.ok(!ytext.includes(never), `de partner ziet niet "${never}"`);
      await yp.getByLabel('Kort bericht aan Sanne Bakker').fill('Er komt per de eerste een tijdelijke woning vrij aan de Gentiaandreef.');
      await yp.getByRole('button', { name: 'Bericht versturen' }).click();
      await hasText(yp.getByRole('status'), 'Uw bericht is verstuurd naar Sanne Bakker');
      await assertNoSidewaysScroll(yp, 'de casus voor de partner');
      await checkPage(yp, 'samen-partner-casus');

      // sanne's melding leads her to the plan; she answers on the thread.
      await sp.goto('/casussen');
      await followMelding(sp, 'Bericht van Yvonne de Graaf (Woningcorporatie Mitros)', 'Naar de partners in het plan');
      const thread = sp.getByRole('region', { name: 'Partners in het plan' }).getByRole('article', { name: /Yvonne de Graaf/ }).filter({ hasText: 'Meekijken toegestaan' });
      await hasText(thread, 'tijdelijke woning vrij aan de Gentiaandreef');
      await thread.getByRole('textbox', { name: 'Antwoord aan Yvonne de Graaf' }).fill('Fijn! Ik bespreek het vandaag met Cindy; de financiering loopt via het loket.');
      await thread.getByRole('button', { name: 'Antwoord versturen' }).click();
      await hasText(thread, 'Uw antwoord is verstuurd. Yvonne de Graaf krijgt een melding.');
      await hasText(thread, 'antwoord aan de partner');
      await checkPage(sp, 'samen-regisseur-antwoord');

      // yvonne reads the answer through her melding.
      await yp.goto('/partner');
      await followMelding(yp, 'Antwoord van Sanne Bakker (Gemeente Utrecht)', 'Naar het plan waaraan u meewerkt');
      await hasText(yp.getByRole('region', { name: 'Berichten met de regisseur' }), /Sanne Bakker \(Gemeente Utrecht\) antwoordde: Fijn! Ik bespreek het vandaag met Cindy/);

      // ---- 2. the doorbraaktafel hands over to the loket, which bridges with Mitros; Mitros accepts; settled ----
      // A knelpunt of Cindy's own for this story, at the doorbraaktafel: the demo's toeslag knelpunt is
      // decided by the doorbraaktafel flow earlier in the full run. (Setting up through the API; the
      // knelpunt page's escalation is covered in flows-loket.ts.)
      const cindyCase = new URL(sp.url()).pathname.split('/')[2];
      const created = await sp.request.post(`/api/v1/cases/${cindyCase}/knelpunten`, { data: { solutionNeeded: 'Verrekening van de toeslagschuld van de ex stoppen, zodat Cindy de huur van de tijdelijke woning kan betalen', blockingLaw: 'Algemene wet inkomensafhankelijke regelingen', blockingOrganisation: 'Dienst Toeslagen', type: 'regel_botst', toetsRuleGoal: 'Schulden aan de Belastingdienst innen', toetsCounterproductive: 'Cindy verliest haar woning door de verrekening', toetsProportionate: 'Niet: de schuld is van de ex' } });
      assert.equal(created.status(), 201, await created.text());
      const knelpuntId = (await created.json()).id as string;
      const levels = (await (await sp.request.get('/api/v1/escalation-ladder')).json()).levels as Array<{ id: string; name: string }>;
      const tafel = levels.find((l) => l.name === 'Doorbraaktafel Utrecht');
      assert.ok(tafel, 'de doorbraaktafel staat op de ladder');
      const escalated = await sp.request.post(`/api/v1/knelpunten/${knelpuntId}/escalations`, { data: { levelId: tafel.id, reason: 'Het eigen team kan de verrekening niet stoppen' } });
      assert.equal(escalated.status(), 201, await escalated.text());
      const fatima = await open('fatima');
      let page = fatima.page;
      await phone(page);
      await page.getByRole('heading', { level: 1, name: 'Doorbraaktafel' }).waitFor();
      await choose(page.getByLabel('Trede', { exact: true }), '2. Doorbraaktafel Utrecht (5 werkdagen)');
      const fcard = page.getByRole('article').filter({ hasText: 'de huur van de tijdelijke woning kan betalen' });
      await fcard.getByRole('button', { name: /^Besluiten/ }).click();
      await choose(fcard.getByLabel('Besluit', { exact: true }), 'Doorverwezen');
      await fcard.getByLabel('Toelichting').fill('Verrekening door het Rijk met gevolgen voor de huur: naar het Landelijk Maatwerkloket');
      await choose(fcard.getByLabel('Naar trede'), 'Landelijk Maatwerkloket');
      await fcard.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await hasText(page.getByRole('status'), /Besluit vastgelegd: doorverwezen/);
      await fatima.context.close();

      const loket = await open('loket');
      page = loket.page;
      await phone(page);
      await page.goto('/loket');
      await page.getByRole('heading', { level: 1, name: 'Overdrachten en besluiten' }).waitFor();
      await page.getByRole('link', { name: /Verrekening van de toeslagschuld/ }).first().click();
      await page.getByRole('heading', { level: 1, name: /Verrekening van de toeslagschuld/ }).waitFor();
      const handover = (await page.getByRole('main').textContent()) ?? '';
      assert.ok(!/Cindy|Noah|Lisa|Daan|Gentiaandreef/.test(handover), 'het loket ziet geen namen en niets van het plan in de overdracht');
      await assertNoSidewaysScroll(page, 'de overdracht bij het loket');
      await checkPage(page, 'samen-loket-overdracht');
      await choose(page.getByLabel('Besluit', { exact: true }), 'Overbrugd: de hulp start nu, financiering volgt');
      await page.getByLabel('Toelichting').fill('De huurtoeslag loopt door; Mitros financiert de huur voor tot de verrekening is opgeschort');
      await page.getByLabel('Welke hulp start').fill('Huur doorbetalen tijdens de heroverweging van de verrekening');
      await choose(page.getByLabel('Voorlopige financier (soort)'), 'Woningcorporatie');
      await page.getByLabel('Voorlopig bedrag in euro').fill('1.800');
      await choose(page.getByLabel('Organisatie die voorfinanciert'), 'Woningcorporatie Mitros');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await hasText(page.getByRole('status'), /Woningcorporatie Mitros is gevraagd de overbrugging te accepteren/);

      const mirjam = await open('mirjam');
      const mp = mirjam.page;
      await phone(mp);
      await mp.goto('/loket');
      const ob = mp.getByRole('article', { name: /Huur doorbetalen tijdens de heroverweging/ });
      await hasText(ob, /Wacht op akkoord van de financier/);
      assert.ok(!/Cindy|Noah|Lisa|Daan/.test((await mp.getByRole('main').textContent()) ?? ''), 'de financier ziet geen namen');
      await ob.getByRole('button', { name: /Accepteren of weigeren/ }).click();
      await ob.getByLabel('Toelichting').fill('Mitros financiert de huur voor');
      await ob.getByRole('button', { name: 'Accepteren: wij financieren voor' }).click();
      await hasText(mp.getByRole('status'), /U financiert voor/);
      await mirjam.context.close();

      await page.goto('/loket');
      const ob2 = page.getByRole('article', { name: /Huur doorbetalen tijdens de heroverweging/ });
      await ob2.getByRole('button', { name: /^Afrekenen/ }).click();
      await choose(ob2.getByLabel('Financier 1'), 'Woningcorporatie');
      await ob2.getByLabel('Bedrag 1 in euro').fill('1.800');
      await ob2.getByRole('button', { name: 'Afrekenen', exact: true }).click();
      await hasText(page.getByRole('status'), /Afgerekend: Huur doorbetalen/);
      await hasText(page.getByRole('article', { name: /Huur doorbetalen tijdens de heroverweging/ }).getByRole('table'), /€ 1\.800,00/);
      await assertNoSidewaysScroll(page, 'het bureau van het loket');
      await checkPage(page, 'samen-loket-afgerekend');
      await loket.context.close();

      // yvonne, of the funder's organisation, still sees no knelpunt of the case.
      await yp.reload();
      const yafter = (await yp.getByRole('main').textContent()) ?? '';
      assert.ok(!yafter.includes('toeslagschuld') && !yafter.includes('Huur doorbetalen'), 'de partner ziet het knelpunt en de overbrugging niet');

      // ---- 3. Cindy on her phone: plan, money, who looked, withdraw Mitros, message, give again ----
      const cindy = await open();
      const cp = cindy.page;
      await phone(cp);
      await login(cp, 'cindy');
      await cp.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
      await hasText(cp.getByRole('main'), 'Eigen woning voor Cindy en de kinderen');
      await cp.getByRole('link', { name: 'Mijn geld' }).click();
      await cp.getByRole('heading', { level: 1, name: 'Mijn geld' }).waitFor();
      await cp.getByRole('link', { name: 'Wie kijkt mee' }).click();
      await cp.getByRole('heading', { level: 1, name: 'Wie kijkt mee' }).waitFor();
      await hasText(cp.getByRole('main'), /Yvonne de Graaf \(professional\)/);
      const mitros = cp.getByRole('group', { name: 'Woningcorporatie Mitros' });
      const giveButton = mitros.getByRole('button', { name: /Toestemming geven: Woningcorporatie Mitros mag uw plan en de afspraken lezen/ });
      if ((await giveButton.count()) > 0) {
        // An earlier flow left her consent withdrawn: she gives it first; yvonne already looks along on sanne's recorded consent.
        await giveButton.click();
        const give = mitros.getByRole('alertdialog', { name: 'Toestemming geven?' });
        await hasText(give, 'Yvonne de Graaf van Woningcorporatie Mitros kijkt al mee in uw plan.');
        await give.getByRole('button', { name: 'Ja, ik geef toestemming' }).click();
        await hasText(cp.getByRole('status'), 'Uw toestemming is vastgelegd. Dit geldt meteen.');
      }
      await mitros.getByRole('button', { name: /Toestemming intrekken: Woningcorporatie Mitros mag uw plan en de afspraken lezen/ }).click();
      const confirm = mitros.getByRole('alertdialog', { name: 'Toestemming intrekken?' });
      await hasText(confirm, 'Yvonne de Graaf van Woningcorporatie Mitros kan dan meteen niet meer meekijken in uw plan.');
      await checkPage(cp, 'samen-inwoner-intrekken');
      await confirm.getByRole('button', { name: 'Ja, ik trek mijn toestemming in' }).click();
      await hasText(cp.getByRole('status'), 'Uw toestemming is ingetrokken. Dit geldt meteen.');
      await yp.reload();
      await yp.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await hasText(yp.getByRole('alert'), 'toestemming ingetrokken');

      await cp.getByRole('link', { name: 'Contact' }).click();
      await cp.getByRole('heading', { level: 1, name: 'Contact' }).waitFor();
      await cp.getByLabel('Uw bericht').fill('Ik wil eerst zelf met Mitros praten over de tijdelijke woning. Daarna mag Mitros weer meekijken.');
      await cp.getByRole('button', { name: 'Bericht versturen' }).click();
      await hasText(cp.getByRole('status'), /Uw bericht is verstuurd naar Sanne Bakker/);
      await assertNoSidewaysScroll(cp, 'Contact');

      await cp.getByRole('link', { name: 'Wie kijkt mee' }).click();
      await mitros.getByRole('button', { name: /Toestemming geven: Woningcorporatie Mitros mag uw plan en de afspraken lezen/ }).click();
      const again = mitros.getByRole('alertdialog', { name: 'Toestemming geven?' });
      await hasText(again, 'Yvonne de Graaf van Woningcorporatie Mitros kan dan meteen weer meekijken in uw plan.');
      await again.getByRole('button', { name: 'Ja, ik geef toestemming' }).click();
      await hasText(cp.getByRole('status'), 'Uw toestemming is vastgelegd. Dit geldt meteen.');
      await assertNoSidewaysScroll(cp, 'Wie kijkt mee');
      await checkPage(cp, 'samen-inwoner-weer-gegeven');
      await cindy.context.close();
      await yp.reload();
      await yp.getByRole('heading', { level: 1, name: 'Huishouden van Cindy' }).waitFor();

      // ---- 4. sanne sees Cindy's message and ends the invitation after seeing its effect ----
      await sp.reload();
      await hasText(sp.getByRole('region', { name: 'Samen met het huishouden' }), 'Daarna mag Mitros weer meekijken');
      const running = sp.getByRole('region', { name: 'Partners in het plan' }).getByRole('article', { name: /Yvonne de Graaf/ }).filter({ hasText: 'Meekijken toegestaan' });
      await running.getByRole('button', { name: /Uitnodiging beëindigen/ }).click();
      const end = running.getByRole('form', { name: 'Uitnodiging van Yvonne de Graaf beëindigen?' });
      await hasText(end, 'kan Yvonne de Graaf van Woningcorporatie Mitros deze casus meteen niet meer openen');
      await end.getByLabel('Reden van beëindigen').fill('Cindy regelt de woning nu zelf met Mitros');
      await assertNoSidewaysScroll(sp, 'uitnodiging beëindigen');
      await checkPage(sp, 'samen-uitnodiging-beeindigen');
      await end.getByRole('button', { name: 'Beëindigen, toegang direct stoppen' }).click();
      await hasText(sp.getByRole('region', { name: 'Partners in het plan' }), 'Uitnodiging beëindigd');
      await sanne.context.close();

      await yp.reload();
      await yp.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await hasText(yp.getByRole('alert'), 'uitnodiging beëindigd');
      await yp.goto('/partner');
      await yp.getByRole('button', { name: /^Meldingen \(\d+ ongelezen\)/ }).click();
      await hasText(yp.getByRole('region', { name: 'Meldingen' }), 'Uw uitnodiging voor een plan is beëindigd');
      await checkPage(yp, 'samen-partner-beeindigd');
      await yvonne.context.close();
    },
  ],
];
