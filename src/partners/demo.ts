// SPDX-License-Identifier: EUPL-1.2
/**
 * Partners in the plan in the demo (ADR 0017), through the rooms' own commands. Cindy's case in
 * Utrecht: the Mitros action "Woning aanbieden in Overvecht" belongs to the Mitros party and its
 * contact is Yvonne — inviting Yvonne is the first step of the browser walk-through (sanne does it,
 * with Cindy's consent); the schuldhulpverlener Ruben is already invited for her debts, with consent.
 * Erik's case: the addiction clinic (ggz) Esther is invited for the treatment, with consent.
 */
import type { DemoContext, DemoLoader } from '../demo/context';
import * as caseCommands from '../cases/commands';
import * as caseQueries from '../cases/queries';
import { invitePartner } from './commands';

const addDays = (iso: string, n: number) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export const loadPartnersDemo: DemoLoader = async (ctx: DemoContext) => {
  const { tx, today } = ctx;
  const sanne = ctx.actor('sanne');

  // ---- Cindy: Mitros for housing, the schuldhulpverlener for her debts ----
  const cindy = ctx.cases.cindy;
  const plan = await caseQueries.planOf(tx, cindy.id);
  const mitros = plan.parties.find((p) => p.organisationName === 'Woningcorporatie Mitros')!;
  const schuldhulp = plan.parties.find((p) => p.organisationName === 'Schuldhulpverlening Utrecht')!;
  await caseCommands.updateParty(tx, sanne, cindy.id, mitros.id, mitros.version, { contactName: 'Yvonne de Graaf', contact: '030 - 234 56 78' });
  await caseCommands.updateParty(tx, sanne, cindy.id, schuldhulp.id, schuldhulp.version, { contactName: 'Ruben Oosterhout', contact: 'ruben@schuldhulp-utrecht.example' });
  const housing = plan.actions.find((a) => a.description === 'Woning aanbieden in Overvecht')!;
  await caseCommands.updateAction(tx, sanne, cindy.id, housing.id, housing.version, { ownerPartyId: mitros.id }, today);
  const viewing = plan.goals.find((g) => g.domain === 'huisvesting')!;
  await caseCommands.addAction(tx, sanne, cindy.id, { goalId: viewing.id, description: 'Bezichtiging plannen met Cindy en de kinderen', ownerPartyId: mitros.id, ownerLabel: 'Mitros', dueDate: addDays(today, 10), status: 'open' }, today);
  const debts = plan.goals.find((g) => g.domain === 'financien')!;
  await caseCommands.addAction(tx, sanne, cindy.id, { goalId: debts.id, description: 'Schulden in kaart brengen en een minnelijk traject starten', ownerPartyId: schuldhulp.id, ownerLabel: 'Schuldhulpverlening Utrecht', dueDate: addDays(today, 21), status: 'bezig' }, today);
  await invitePartner(tx, sanne, cindy.id, {
    partyId: schuldhulp.id, partnerOrganisationId: ctx.orgs.schuldhulp, partnerLogin: 'ruben',
    purpose: 'Schulden in kaart brengen en een minnelijke regeling treffen',
    consent: { personId: cindy.members.Cindy, givenOn: addDays(today, -3), validUntil: addDays(today, 365) },
  }, today);

  // ---- Erik: the addiction clinic for the treatment ----
  const erik = ctx.cases.gokverslaving;
  const erikPlan = await caseQueries.planOf(tx, erik.id);
  const clinic = erikPlan.parties.find((p) => p.organisationName === 'Verslavingszorg Utrecht')!;
  await caseCommands.updateParty(tx, sanne, erik.id, clinic.id, clinic.version, { contactName: 'Esther Kuipers', contact: '030 - 345 67 89' });
  const intake = erikPlan.actions.find((a) => a.description === 'Aanmelding verslavingszorg')!;
  await caseCommands.updateAction(tx, sanne, erik.id, intake.id, intake.version, { ownerPartyId: clinic.id }, today);
  await invitePartner(tx, sanne, erik.id, {
    partyId: clinic.id, partnerOrganisationId: ctx.orgs.ggz, partnerLogin: 'esther',
    purpose: 'Behandeling van de gokverslaving afstemmen met het plan',
    consent: { personId: erik.members.Erik, givenOn: addDays(today, -10), validUntil: addDays(today, 180) },
  }, today);
};
