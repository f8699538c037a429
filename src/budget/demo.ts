// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo maatwerkbudgets from the seed stories: Zaanstad's ~€ 400.000 for its wijkteams ("one goal:
 * prevent poverty"), Utrecht's buurtteam budget and its top-up of the lower housing benefit for
 * under-23s, Tilburg's maatwerkpotje against rent arrears, and Leeuwarden's joint fund with De
 * Friesland for care in the grey area. The spends are the stories' own: a train ticket to a job
 * interview, a month of rent against an eviction, an ID card, a cargo bike, two months in a
 * low-budget hotel. They go through the same commands as the API, so the mandate decides (and the
 * processing log records the demo users' work as it would theirs).
 */
import type { DemoContext, DemoLoader } from '../demo/context';
import * as caseCommands from '../cases/commands';
import * as caseQueries from '../cases/queries';
import * as commands from './commands';
import { CATEGORY_KEYS, type MandateInput, type PotInput, type SpendInput } from './model';

const addDays = (iso: string, n: number) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export const loadBudgetDemo: DemoLoader = async (ctx: DemoContext) => {
  const { tx, today } = ctx;
  const year = today.slice(0, 4);
  const periodStart = `${year}-01-01`;
  const periodEnd = `${year}-12-31`;
  /** n days ago, but never before the start of the period (the demo can start on 2 January). */
  const ago = (n: number) => {
    const d = addDays(today, -n);
    return d < periodStart ? periodStart : d;
  };

  const pot = async (owner: string, p: PotInput, mandates: MandateInput[]) => {
    const a = ctx.actor(owner);
    const row = await commands.createPot(tx, a, p);
    for (const m of mandates) await commands.createMandate(tx, a, row.id, m);
    return row;
  };
  const spend = async (username: string, caseId: string, potId: string, s: Omit<SpendInput, 'potId'>) => commands.recordSpend(tx, ctx.actor(username), caseId, { ...s, potId });
  const firstGoal = async (caseId: string) => (await caseQueries.planOf(tx, caseId)).goals[0]?.id ?? null;

  // ---- Zaanstad: about € 400.000 a year, without ordinance or decision letter ----
  const zaanstad = await pot(
    'kees',
    {
      name: `Maatwerkbudget wijkteams Zaanstad ${year}`,
      goal: 'Eén doel: armoede voorkomen. Geen verordening, geen beschikking: de professional besteedt, de teamleider toetst achteraf een steekproef.',
      periodStart, periodEnd, amountCents: 40_000_000, categories: [...CATEGORY_KEYS],
    },
    [
      { role: 'professional', maxPerSpendCents: 150_000, maxPerCaseCents: 300_000 },
      { role: 'teamleider', maxPerSpendCents: 500_000, maxPerCaseCents: 1_000_000 },
    ],
  );
  const z = ctx.cases;
  await spend('lotte', z.tienermoeder.id, zaanstad.id, {
    amountCents: 74_500, category: 'huur_woonlasten', payee: 'Woningcorporatie Parteon', spentOn: ago(6),
    description: 'Eén maand huur om de aangezegde ontruiming te voorkomen', justification: 'Ontruiming over drie weken; een maand huur is veel goedkoper dan opvang voor moeder en baby. Parteon schort de ontruiming op zodra de huur binnen is.',
    goalId: await firstGoal(z.tienermoeder.id),
  });
  await spend('lotte', z['jongen-auto'].id, zaanstad.id, {
    amountCents: 70_000, category: 'huur_woonlasten', payee: 'Budgethotel Zaandam', spentOn: ago(24),
    description: 'Low-budget hotel, eerste maand', justification: 'Kevin werkt maar slaapt in zijn auto; in de nachtopvang verliest hij waarschijnlijk zijn baan. Een hotelkamer houdt hem aan het werk tot hij een kamer heeft.',
    goalId: await firstGoal(z['jongen-auto'].id),
  });
  await spend('lotte', z['jongen-auto'].id, zaanstad.id, {
    amountCents: 70_000, category: 'huur_woonlasten', payee: 'Budgethotel Zaandam', spentOn: ago(0),
    description: 'Low-budget hotel, tweede maand', justification: 'Kamer via kamerbemiddeling volgt over vier weken; tot dan blijft hij in het hotel zodat hij zijn baan houdt.',
  });
  await spend('lotte', z['jongen-auto'].id, zaanstad.id, {
    amountCents: 7_890, category: 'identiteitsbewijs', payee: 'Gemeente Zaanstad, Burgerzaken', spentOn: ago(20),
    description: 'Identiteitskaart', justification: 'Zijn id-kaart raakte kwijt met zijn kamer; zonder id geen huurcontract en geen loonstrook via het uitzendbureau.',
  });
  // Above the mandate: waits for the budget holder (Kees).
  await spend('lotte', z.mantelzorgwoning.id, zaanstad.id, {
    amountCents: 225_000, category: 'zorg_grijs_gebied', payee: 'Bouwkundig adviesbureau Zaanstreek', spentOn: ago(2),
    description: 'Bouwkundig advies en vergunningscheck mantelzorgwoning', justification: 'Zonder advies kan Gerda de mantelzorgwoning niet aanvragen; het alternatief is opname van haar ouders in een Wlz-instelling.',
  });
  // The everyday spends of a wijkteam, spread over the year, so the sample review has something to draw from.
  const everyday: Array<[keyof typeof z, number, string, string, string, number]> = [
    ['tienermoeder', 4_500, 'vervoer', 'Connexxion', 'Busabonnement naar het consultatiebureau', 15],
    ['tienermoeder', 12_900, 'kinderen', 'Babyspeciaalzaak Zaandam', 'Kinderwagen (tweedehands)', 12],
    ['jongen-auto', 3_600, 'vervoer', 'NS Reizigers', 'Treinkaartjes naar de werkgever tijdens het hotelverblijf', 22],
    ['jongen-auto', 18_500, 'overbrugging', 'Kevin (leefgeld)', 'Leefgeld tot de eerste loonbetaling na het kamerverlies', 28],
    ['mantelzorgwoning', 9_800, 'zorg_grijs_gebied', 'Thuiszorgwinkel Zaanstreek', 'Douchestoel en beugels tot de woning klaar is', 40],
    ['mantelzorgwoning', 6_000, 'vervoer', 'Taxi Zaanstad', 'Vervoer naar de geheugenpoli', 45],
    ['tienermoeder', 25_000, 'opleiding', 'ROC Zaanstad', 'Lesgeld mbo-opleiding (deel)', 60],
    ['jongen-auto', 4_950, 'overig', 'Kringloopwinkel Zaandam', 'Werkschoenen en werkkleding', 75],
    ['mantelzorgwoning', 15_000, 'overbrugging', 'Gerda (voorschot)', 'Voorschot mantelzorgkosten tot de pgb-toekenning', 90],
    ['tienermoeder', 8_900, 'identiteitsbewijs', 'Gemeente Zaanstad, Burgerzaken', 'Paspoort voor het kind (reisdocument)', 110],
    ['jongen-auto', 2_590, 'vervoer', 'OV-chipkaart', 'Opwaarderen voor sollicitaties', 140],
    ['mantelzorgwoning', 32_000, 'zorg_grijs_gebied', 'Respijthuis Zaanstreek', 'Een week respijtzorg voor de ouders', 160],
  ];
  for (const [story, amountCents, category, payee, description, daysAgo] of everyday) {
    await spend('lotte', z[story].id, zaanstad.id, { amountCents, category, payee, spentOn: ago(daysAgo), description, justification: 'Voorkomt dat een klein probleem groot wordt; past bij het doel in het plan van de casus.' });
  }
  // The sample review afterwards: ten spends drawn with a fixed seed, six judged by the team lead.
  const sample = await commands.drawSample(tx, ctx.actor('kees'), zaanstad.id, { from: periodStart, to: periodEnd, size: 10, seed: 479_2026 });
  for (const [i, item] of sample.items.slice(0, 6).entries()) {
    const bad = i === 5;
    await commands.judgeSampleItem(tx, ctx.actor('kees'), sample.id, item.spend.id, null, bad ? 'niet_passend' : 'passend', bad ? 'Had via de bijzondere bijstand gekund; volgende keer eerst daar aanvragen.' : 'Past bij het doel (armoede voorkomen) en is goed onderbouwd.');
  }

  // ---- Utrecht: the buurtteam's budget, and the top-up of the lower housing benefit for under-23s ----
  const u = ctx.cases;
  const overvecht = await pot(
    'joost',
    {
      name: `Maatwerkbudget Buurtteam Overvecht ${year}`, teamId: ctx.teams.utrecht ?? null,
      goal: 'Snel en zonder aanvraag oplossen wat bestaanszekerheid of meedoen in de weg staat.',
      periodStart, periodEnd, amountCents: 15_000_000, categories: [...CATEGORY_KEYS],
    },
    [{ role: 'professional', maxPerSpendCents: 100_000, maxPerCaseCents: 250_000 }],
  );
  await spend('sanne', u.cindy.id, overvecht.id, {
    amountCents: 2_340, category: 'vervoer', payee: 'NS Reizigers', spentOn: ago(9),
    description: 'Treinkaartje naar een sollicitatiegesprek in Amersfoort', justification: 'Cindy heeft geen reisgeld tot haar uitkering binnen is; een baan is het doel in haar plan.',
    goalId: await firstGoal(u.cindy.id),
  });
  // A cargo bike is above the professional's mandate: it waits for Joost.
  await spend('sanne', u['bakfiets-moeder'].id, overvecht.id, {
    amountCents: 245_000, category: 'kinderen', payee: 'Fietsenwinkel Overvecht', spentOn: ago(1),
    description: 'Bakfiets om de kinderen naar school en opvang te brengen', justification: 'Esra is elke ochtend twee uur onderweg naar twee plekken aan weerszijden van de wijk; met een bakfiets kan ze ook haar opleiding starten.',
    goalId: await firstGoal(u['bakfiets-moeder'].id),
  });
  const under23 = await pot(
    'joost',
    {
      name: `Aanvulling huurtoeslag jongeren onder 23 ${year}`,
      goal: 'Jongeren onder 23 krijgen minder huurtoeslag; de gemeente vult het verschil aan tot zij 23 worden, zodat zij hun woning houden.',
      periodStart, periodEnd, amountCents: 4_000_000, categories: ['huur_woonlasten'],
    },
    [{ role: 'professional', maxPerSpendCents: 15_000, maxPerCaseCents: 120_000 }],
  );
  // A young tenant of 21 in Overvecht, through the case room's own functions.
  const sanne = ctx.actor('sanne');
  const hh = await caseCommands.insertHousehold(tx, sanne.organisationId, { name: 'Huishouden Mo', members: [{ name: 'Mo', birthDate: addDays(today, -21 * 365 - 40), role: 'aanvrager' }] });
  const mo = await caseCommands.insertCase(tx, sanne, { householdId: hh.id, title: 'Jongere van 21 met lagere huurtoeslag: aanvulling tot 23', summary: 'Mo (21) huurt een studio boven de kwaliteitskortingsgrens; als jongere onder 23 krijgt hij daarover geen huurtoeslag. De gemeente vult maandelijks aan tot hij 23 wordt.', origin: 'inwoner', openedOn: ago(200) });
  for (let m = 0; m < 12; m++) {
    const on = `${year}-${String(m + 1).padStart(2, '0')}-01`;
    if (on > today) break;
    await spend('sanne', mo.id, under23.id, { amountCents: 8_600, category: 'huur_woonlasten', payee: 'Bo-Ex (verhuurder)', spentOn: on, description: `Aanvulling huurtoeslag ${on.slice(0, 7)}`, justification: 'Verschil met de huurtoeslag die hij vanaf 23 krijgt; zonder aanvulling ontstaat huurachterstand.' });
  }

  // ---- Tilburg: a maatwerkpotje against rent arrears ----
  const tilburg = await pot(
    'ineke',
    {
      name: `Maatwerkpotje huurachterstanden ${year}`, teamId: ctx.teams.tilburg ?? null,
      goal: 'Huisuitzetting en het verlies van een woningkans voorkomen door een huurachterstand direct op te lossen.',
      periodStart, periodEnd, amountCents: 2_500_000, categories: ['huur_woonlasten', 'overbrugging'],
    },
    [{ role: 'professional', maxPerSpendCents: 150_000, maxPerCaseCents: 250_000 }],
  );
  await spend('bram', ctx.cases['vader-drie-kinderen'].id, tilburg.id, {
    amountCents: 118_000, category: 'huur_woonlasten', payee: 'Woningcorporatie WonenBreburg', spentOn: ago(30),
    description: 'Oude huurachterstand afgelost', justification: 'Met de achterstand komt Ruud niet in aanmerking voor een woning; met een woning kunnen zijn drie kinderen weer thuis wonen.',
    goalId: await firstGoal(ctx.cases['vader-drie-kinderen'].id),
  });

  // ---- Leeuwarden and De Friesland: a joint fund for care that falls between two systems ----
  const leeuwarden = await pot(
    'anna',
    {
      name: `Gezamenlijk fonds zorg in het grijze gebied ${year}`,
      goal: 'Zorg die tussen Wmo en Zorgverzekeringswet in valt, eerst leveren en achteraf verrekenen tussen gemeente en zorgverzekeraar.',
      periodStart, periodEnd, amountCents: 12_000_000, categories: ['zorg_grijs_gebied', 'overbrugging', 'vervoer'],
      coFunder: { name: 'De Friesland Zorgverzekeraar', organisationId: ctx.orgs.defriesland, splitRule: { kind: 'per_categorie', coFunderPercentByCategory: { zorg_grijs_gebied: 50, vervoer: 50 }, defaultPercent: 0 } },
      // The fund's rule: above the mandate, De Friesland decides too (ADR 0017).
      coDecidesAboveMandate: true,
    },
    [{ role: 'professional', maxPerSpendCents: 250_000, maxPerCaseCents: 750_000 }],
  );
  const anna = ctx.actor('anna');
  const lhh = await caseCommands.insertHousehold(tx, anna.organisationId, { name: 'Huishouden Wiebe en Tjitske', members: [{ name: 'Tjitske', birthDate: '1956-08-12', role: 'aanvrager' }, { name: 'Wiebe', birthDate: '1953-02-03', role: 'partner' }] });
  const lcase = await caseCommands.insertCase(tx, anna, { householdId: lhh.id, title: 'Overbelaste mantelzorger: logeeropvang voor haar man met Parkinson', summary: 'Tjitske zorgt dag en nacht voor Wiebe. Logeeropvang valt tussen Wmo en Zvw; het gezamenlijk fonds betaalt eerst, de verdeling volgt achteraf.', origin: 'professional', openedOn: ago(45) });
  await spend('anna', lcase.id, leeuwarden.id, {
    amountCents: 196_000, category: 'zorg_grijs_gebied', payee: 'Zorgboerderij De Kleine Wielen', spentOn: ago(14),
    description: 'Een week logeeropvang (respijtzorg) voor Wiebe', justification: 'Zonder adempauze dreigt Tjitske uit te vallen; dan volgt opname van Wiebe, veel duurder voor verzekeraar en Wlz.',
  });
  await spend('anna', lcase.id, leeuwarden.id, {
    amountCents: 64_000, category: 'overbrugging', payee: 'Thuiszorg Het Friese Land', spentOn: ago(7),
    description: 'Nachtzorg tot de Wlz-indicatie rond is', justification: 'Overbrugging: eerst de zorg, daarna wie betaalt.',
  });
  await spend('anna', lcase.id, leeuwarden.id, {
    amountCents: 8_400, category: 'vervoer', payee: 'Taxi Leeuwarden', spentOn: ago(14),
    description: 'Vervoer naar de zorgboerderij en terug', justification: 'Wiebe kan niet met het openbaar vervoer reizen.',
  });
  // Above the mandate (€ 2.500 per spend): waits for both funders. Leeuwarden's second budget holder
  // approved; De Friesland's decision (sjoerd) is the next step, in the browser.
  const above = await spend('anna', lcase.id, leeuwarden.id, {
    amountCents: 340_000, category: 'zorg_grijs_gebied', payee: 'Zorgboerderij De Kleine Wielen', spentOn: ago(2),
    description: 'Drie weken logeeropvang tijdens de heupoperatie van Tjitske', justification: 'Tjitske kan na de operatie zes weken niet zorgen; zonder opvang volgt een crisisopname van Wiebe.',
  });
  await commands.decidePendingSpend(tx, ctx.actor('gerrit'), above.id, above.version, true, 'Akkoord namens de gemeente; past bij het doel van het fonds.');
};
