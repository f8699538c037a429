// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo of the resident's own page (issue 17): Cindy (Utrecht), Rick with the briefadres (Den Haag)
 * and Ruud, father of three (Tilburg) sign in with their own account. Each has an own goal for the
 * year, krachten and zorgen, family in the plan, a message and a proposal; consent given to some
 * organisations and withdrawn from one; and log lines of their regisseur reading the file.
 */
import type { DemoContext, DemoStoryKey } from '../demo/context';
import { logProcessing } from '../platform/processing-log';
import { residentAddNetworkParty, residentAddPlanPoint, residentSetPerspective, writeNote } from '../cases/commands';
import { casesOfHousehold, planOf } from '../cases/queries';
import { linkResidentAccount } from '../accounts/commands';
import * as store from './store';

interface ResidentStory {
  username: string;
  story: DemoStoryKey;
  member: string;
  admin: string;
  regisseur: string;
  perspective: string;
  krachten: string[];
  zorgen: string[];
  network: Array<[string, string, string]>;
  /** Consent per party name: given, and optionally withdrawn later. */
  consents: Array<[string, 'plan_delen' | 'contact_opnemen', 'gegeven' | 'ingetrokken']>;
  message: string;
  proposal: [string, string];
  shared: string;
}

const RESIDENTS: ResidentStory[] = [
  {
    username: 'cindy', story: 'cindy', member: 'Cindy', admin: 'beheer', regisseur: 'sanne',
    perspective: 'Over een jaar wonen de kinderen en ik in ons eigen huis in Overvecht. De schulden van mijn ex zijn geregeld en ik heb weer rust.',
    krachten: ['Ik zorg goed voor Noah, Lisa en Daan', 'Mijn moeder helpt elke dag mee'],
    zorgen: ['We slapen met vier op één kamer', 'Post van deurwaarders maakt me bang'],
    network: [['Oma Ria', 'Mijn moeder; wij wonen nu bij haar', '030 123 45 67'], ['Buurvrouw Fatma', 'Haalt Daan op van school als ik moet werken', '']],
    consents: [['Woningcorporatie Mitros', 'plan_delen', 'gegeven'], ['Schuldhulpverlening Utrecht', 'plan_delen', 'gegeven'], ['Schuldhulpverlening Utrecht', 'contact_opnemen', 'ingetrokken']],
    message: 'Ik heb een brief van de corporatie gekregen over een woning. Kunnen we die samen lezen?',
    proposal: ['werk_opleiding', 'Als we verhuisd zijn wil ik weer werken, eerst twintig uur per week'],
    shared: 'Fijn dat we vandaag samen de urgentie hebben besproken. Ik bel de corporatie volgende week.',
  },
  {
    username: 'rick', story: 'rick-briefadres', member: 'Rick', admin: 'beheer-denhaag', regisseur: 'daan',
    perspective: 'Over een jaar heb ik een eigen kamer met een echt adres en een vast contract.',
    krachten: ['Ik heb werk en ga elke dag', 'Ik haal mijn post op tijd op'],
    zorgen: ['Het briefadres loopt bijna af'],
    network: [['Tante Joke', 'Mijn tante; ik mag bij haar eten op zondag', '06 98765432']],
    consents: [['UWV', 'plan_delen', 'gegeven']],
    message: 'Mijn briefadres loopt over twee weken af. Wat moet ik doen?',
    proposal: ['financien', 'Ik wil elke maand vijftig euro sparen'],
    shared: 'Het briefadres is verlengd voor zes maanden. Vergeet niet je post op te halen.',
  },
  {
    username: 'ruud', story: 'vader-drie-kinderen', member: 'Ruud', admin: 'beheer-tilburg', regisseur: 'bram',
    perspective: 'Over een jaar wonen Jip, Fenna en Luuk veilig bij mij en heeft Mark een eigen plek met hulp dichtbij.',
    krachten: ['De kinderen gaan graag naar school', 'Mark wil zelf ook hulp'],
    zorgen: ['Ik ben bang dat de kinderen uit huis moeten', 'Ik slaap slecht'],
    network: [['Opa Henk', 'Mijn vader; past op de kinderen op woensdag', '']],
    consents: [['Veilig Thuis', 'contact_opnemen', 'gegeven'], ['GGZ Breburg', 'plan_delen', 'gegeven'], ['GGZ Breburg', 'plan_delen', 'ingetrokken']],
    message: 'Is er al nieuws over de woning voor Mark?',
    proposal: ['huiselijke_relaties', 'Ik wil een cursus over opvoeden volgen'],
    shared: 'We hebben het urgentieverzoek voor Mark ingediend. Ik laat het je weten zodra er nieuws is.',
  },
];

export async function loadResidentDemo(ctx: DemoContext): Promise<void> {
  const { tx } = ctx;
  for (const r of RESIDENTS) {
    const story = ctx.cases[r.story];
    const resident = ctx.actor(r.username);
    const regisseur = ctx.actor(r.regisseur);
    await linkResidentAccount(tx, ctx.actor(r.admin), resident.userId, { memberId: story.members[r.member], householdId: story.householdId });
    const cs = (await casesOfHousehold(tx, resident.organisationId, story.householdId))[0];
    await residentSetPerspective(tx, resident, cs, r.perspective);
    for (const k of r.krachten) await residentAddPlanPoint(tx, resident, cs, { kind: 'kracht', text: k });
    for (const z of r.zorgen) await residentAddPlanPoint(tx, resident, cs, { kind: 'zorg', text: z });
    for (const [name, relation, contact] of r.network) await residentAddNetworkParty(tx, resident, cs, { name, relation, contact });
    const parties = (await planOf(tx, cs.id)).parties;
    let day = 30;
    for (const [party, purpose, state] of r.consents) {
      const p = parties.find((x) => x.organisationName === party);
      if (!p) throw new Error(`demo: geen partij ${party} bij ${r.story}`);
      const at = (d: number) => new Date(Date.parse(`${ctx.today}T10:00:00Z`) - d * 86_400_000).toISOString();
      const row = { organisationId: resident.organisationId, caseId: cs.id, householdId: cs.householdId, partyId: p.id, purpose, userId: resident.userId };
      if (state === 'ingetrokken') {
        await store.insertConsent(tx, { ...row, given: true, at: at(day + 20) });
        await store.insertConsent(tx, { ...row, given: false, at: at(day) });
      } else {
        await store.insertConsent(tx, { ...row, given: true, at: at(day) });
      }
      day -= 7;
    }
    await store.insertMessage(tx, { organisationId: resident.organisationId, caseId: cs.id, householdId: cs.householdId, userId: resident.userId, kind: 'bericht', body: r.message });
    await store.insertProposal(tx, { organisationId: resident.organisationId, caseId: cs.id, householdId: cs.householdId, userId: resident.userId, domain: r.proposal[0], description: r.proposal[1] });
    await writeNote(tx, regisseur, cs.id, { purpose: 'hulpverlening', body: r.shared, sharedWithResident: true });
    // The regisseur read the file and the plan: lines the resident sees under "Wie kijkt mee".
    await logProcessing(tx, regisseur, [
      { action: 'lezen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['case', 'household', 'plan'], purpose: 'hulpverlening' },
      { action: 'lezen', resource: 'plan', caseId: cs.id, householdId: cs.householdId, fields: ['goals', 'actions', 'parties'], purpose: 'hulpverlening' },
      { action: 'lezen', resource: 'inkomensgegevens', caseId: cs.id, householdId: cs.householdId, fields: ['huishouden'], purpose: 'hulpverlening' },
    ]);
  }
}
