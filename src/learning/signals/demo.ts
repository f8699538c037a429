// SPDX-License-Identifier: EUPL-1.2
/**
 * Signals demo: Tilburg's rule (scheiding + bijstandsaanvraag + woningaanvraag within 90 days) and
 * two more, a dozen Tilburg households with life events so that the rules fire, some signals acted
 * on and some put aside (the second rule is noisy), and one rule in Utrecht.
 */
import type { DemoContext, DemoLoader } from '../../demo/context';
import * as casesCommands from '../../cases/commands';
import * as commands from './commands';
import type { RuleBody } from './commands';

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const TILBURG_RULES: Record<'scheiding' | 'huur' | 'ontruiming', RuleBody> = {
  scheiding: {
    name: 'Scheiding, bijstand en woning',
    purpose: 'Een gezin dat na een scheiding tegelijk bijstand en een woning aanvraagt, vroeg één regisseur en één plan bieden, voordat schulden en dakloosheid ontstaan',
    legalGround: 'Wmo 2015 art. 2.3.2 (onderzoek); Participatiewet art. 7 (taak van het college); Wet gemeentelijke schuldhulpverlening art. 2',
    owner: 'Gemeente Tilburg, cluster Sociaal Domein',
    events: ['scheiding_vastgelegd', 'bijstandsaanvraag', 'woningaanvraag'],
    windowDays: 90, ordered: false, conditions: [], active: true,
    risks: 'Te veel signalen voor gezinnen die al goed geholpen worden: de regisseur legt die terzijde met een reden en de beleidsadviseur ziet per regel hoe vaak dat gebeurt. Geen gebruik van kenmerken van personen; het signaal gaat nooit naar handhaving.',
    contact: 'beleid.sociaaldomein@tilburg.example',
  },
  huur: {
    name: 'Huurachterstand en baanverlies',
    purpose: 'Bij een huurachterstand kort na baanverlies schuldhulp en inkomensondersteuning aanbieden',
    legalGround: 'Wet gemeentelijke schuldhulpverlening art. 3 (vroegsignalering)',
    owner: 'Gemeente Tilburg, team Schuldhulpverlening',
    events: ['huurachterstand', 'baanverlies'],
    windowDays: 120, ordered: false, conditions: [], active: true,
    risks: 'Veel signalen bij wie zelf al een regeling trof; de telling laat zien of de regel zijn plek verdient.',
    contact: 'schuldhulp@tilburg.example',
  },
  ontruiming: {
    name: 'Aanzegging ontruiming na huurachterstand',
    purpose: 'Bij een aanzegging tot ontruiming na een huurachterstand binnen een week contact opnemen om huisuitzetting te voorkomen',
    legalGround: 'Wet gemeentelijke schuldhulpverlening art. 3; Wmo 2015 art. 2.3.2',
    owner: 'Gemeente Tilburg, team Wonen',
    events: ['huurachterstand', 'ontruimingsaanzegging'],
    windowDays: 60, ordered: true, conditions: [], active: true,
    risks: 'Een aanzegging zonder eerdere melding van huurachterstand valt buiten de regel; de corporatie meldt achterstanden daarom altijd.',
    contact: 'wonen@tilburg.example',
  },
};

/** Households of the signal demo in Tilburg: events as [type, days ago], and what the regisseur did. */
const HOUSEHOLDS: Array<{ name: string; adult: string; born: string; kids: number; events: Array<[string, number]>; handle?: Array<['opgepakt' | 'terzijde', string]> }> = [
  { name: 'Huishouden Demir', adult: 'Ayla Demir', born: '1988-05-02', kids: 2, events: [['scheiding_vastgelegd', 80], ['bijstandsaanvraag', 60], ['woningaanvraag', 41]], handle: [['opgepakt', 'Samen met Ayla een plan gemaakt: urgentie aangevraagd en bijstand met voorrang behandeld']] },
  { name: 'Huishouden Verbeek', adult: 'Jeroen Verbeek', born: '1982-11-20', kids: 3, events: [['scheiding_vastgelegd', 50], ['woningaanvraag', 30], ['bijstandsaanvraag', 12]] },
  { name: 'Huishouden Smits', adult: 'Linda Smits', born: '1979-03-14', kids: 1, events: [['scheiding_vastgelegd', 200], ['bijstandsaanvraag', 70], ['woningaanvraag', 20]] },
  { name: 'Huishouden Peeters', adult: 'Kim Peeters', born: '1993-07-08', kids: 2, events: [['bijstandsaanvraag', 33], ['scheiding_vastgelegd', 28], ['woningaanvraag', 9]], handle: [['opgepakt', 'Huisbezoek gepland; schuldhulp en woningzoeken samen opgepakt']] },
  { name: 'Huishouden De Bruijn', adult: 'Mark de Bruijn', born: '1975-01-30', kids: 0, events: [['baanverlies', 100], ['huurachterstand', 60]], handle: [['terzijde', 'Heeft zelf al een betalingsregeling met de verhuurder en nieuw werk']] },
  { name: 'Huishouden Van Dijk', adult: 'Sandra van Dijk', born: '1985-09-12', kids: 1, events: [['huurachterstand', 90], ['baanverlies', 75]], handle: [['terzijde', 'Achterstand was al ingelopen; geen hulpvraag']] },
  { name: 'Huishouden Hendriks', adult: 'Paul Hendriks', born: '1969-12-01', kids: 0, events: [['baanverlies', 70], ['huurachterstand', 40]], handle: [['terzijde', 'WW loopt, achterstand van één maand is betaald']] },
  { name: 'Huishouden Koster', adult: 'Naima Koster', born: '1990-06-22', kids: 2, events: [['huurachterstand', 65], ['baanverlies', 50]], handle: [['terzijde', 'Al bekend bij de schuldhulpverlening']] },
  { name: 'Huishouden Willems', adult: 'Tom Willems', born: '1987-04-17', kids: 0, events: [['baanverlies', 45], ['huurachterstand', 20]], handle: [['terzijde', 'Partner heeft inkomen; geen zorgen']] },
  { name: 'Huishouden Bos', adult: 'Esther Bos', born: '1983-08-08', kids: 3, events: [['huurachterstand', 55], ['baanverlies', 35]], handle: [['opgepakt', 'Schuldhulp gestart, huur via budgetbeheer']] },
  { name: 'Huishouden Maas', adult: 'Iris Maas', born: '1995-02-11', kids: 1, events: [['huurachterstand', 40], ['ontruimingsaanzegging', 15]], handle: [['opgepakt', 'Met de corporatie de ontruiming opgeschort; betalingsregeling getroffen']] },
  { name: 'Huishouden Claassen', adult: 'Bas Claassen', born: '1980-10-05', kids: 0, events: [['ontruimingsaanzegging', 25], ['huurachterstand', 20]] },
];

export const loadSignalsDemo: DemoLoader = async (ctx: DemoContext) => {
  const { tx } = ctx;
  const femke = ctx.actor('femke');
  const bram = ctx.actor('bram');
  for (const r of Object.values(TILBURG_RULES)) await commands.createRule(tx, femke, r);
  await commands.createRule(tx, ctx.actor('pieter'), { ...TILBURG_RULES.scheiding, name: 'Scheiding en woningaanvraag', events: ['scheiding_vastgelegd', 'woningaanvraag'], windowDays: 60, owner: 'Gemeente Utrecht, Maatschappelijke Ontwikkeling', contact: 'beleid@utrecht.example' });

  for (const h of HOUSEHOLDS) {
    const members = [{ name: h.adult, birthDate: h.born, role: 'aanvrager' as const }, ...Array.from({ length: h.kids }, (_, i) => ({ name: `${['Sem', 'Noor', 'Finn'][i]} ${h.adult.split(' ').slice(1).join(' ')}`, birthDate: `${2012 + i * 3}-0${i + 3}-15`, role: 'kind' as const }))];
    const household = await casesCommands.insertHousehold(tx, bram.organisationId, { name: h.name, members });
    const oldest = Math.max(...h.events.map(([, d]) => d));
    const cs = await casesCommands.insertCase(tx, bram, { householdId: household.id, title: `Ondersteuning ${h.name.replace('Huishouden ', 'gezin ')}`, summary: 'Demo: casus voor de signaalregels', origin: 'professional', openedOn: addDays(ctx.today, -oldest - 10) });
    const fired: string[] = [];
    for (const [type, daysAgo] of h.events) {
      const on = addDays(ctx.today, -daysAgo);
      const out = await commands.recordEvent(tx, bram, cs.id, { type, occurredOn: on, note: '' }, on);
      fired.push(...out.signals.map((s) => s.id));
    }
    for (const [i, [outcome, reason]] of (h.handle ?? []).entries()) if (fired[i]) await commands.handleSignal(tx, bram, fired[i], null, { outcome, reason }, ctx.today);
  }
};
