// SPDX-License-Identifier: EUPL-1.2
/**
 * Escalation demo: a ladder per demo municipality (Groningen's Taskforce 16-27 answers the same
 * day), the Maatwerkregister, and more than forty knelpunten on the seed stories' cases walked up
 * their ladders with decisions, hand-overs to the Landelijk Maatwerkloket, overbruggingen (one
 * settled with a claim between funders), structural signals and business cases.
 */
import type { DemoContext, DemoLoader, DemoStoryKey } from '../demo/context';
import type { Actor } from '../platform/authz';
import { getCaseForActor } from '../cases/queries';
import { catalogueFor } from '../businesscase/queries';
import { insertBusinessCase } from '../businesscase/commands';
import { resolveLines, type LineInput } from '../businesscase/model';
import { addDays } from './workdays';
import { addKnelpunt, answerOverbrugging, correctSettlement, escalate, handOver, linkContact, recordDecision, setConsent, setLadder, settle } from './commands';
import * as store from './store';
import { DEMO_CONTACTS, DEMO_KNELPUNTEN, DEMO_LADDERS } from './demo-data';

const REGISSEUR: Record<DemoStoryKey, string> = {
  cindy: 'sanne', willemien: 'ahmed', gokverslaving: 'sanne', 'thuiszorg-wisselend': 'ahmed', 'bakfiets-moeder': 'sanne', fokker: 'ahmed',
  mantelzorgwoning: 'lotte', 'jongen-auto': 'lotte', tienermoeder: 'lotte', 'vader-drie-kinderen': 'bram', 'rick-briefadres': 'daan', 'groningen-scholier': 'wouter',
};
/** Who decides for a role in each municipality (where the demo has such a user). */
const DECIDERS: Record<string, Partial<Record<string, string>>> = {
  utrecht: { teamleider: 'marieke', doorbraaktafel: 'fatima' },
  zaanstad: { teamleider: 'kees', budgethouder: 'kees' },
  tilburg: { doorbraaktafel: 'ineke', budgethouder: 'ineke' },
  groningen: { doorbraaktafel: 'lonneke' },
};
const SETTLER: Record<string, string> = { utrecht: 'joost', zaanstad: 'kees', tilburg: 'ineke', groningen: 'lonneke' };

type DemoLine = Partial<LineInput>;
const BUSINESS_CASES: Record<string, { title: string; horizonMonths: number; regulier: DemoLine[]; maatwerk: DemoLine[] }> = {
  // Seed: parents with dementia. Wlz institution for both, ~€ 100.000 a year, versus a € 40.000
  // mantelzorgwoning the municipality funds, with district nursing and household help at home.
  mantelzorgwoning: {
    title: 'Mantelzorgwoning versus opname van beide ouders in een Wlz-instelling',
    horizonMonths: 60,
    regulier: [{ itemKey: 'wlz-institution-two-persons-dementia', durationMonths: 60, note: 'Opname binnen enkele maanden waarschijnlijk' }],
    maatwerk: [
      { itemKey: 'mantelzorgwoning-purchase', funder: 'gemeente-wmo', note: 'Offerte van Gerda' },
      { itemKey: 'district-nursing-per-hour', quantity: 16, durationMonths: 60, note: 'Wijkverpleging 4 uur per week' },
      { itemKey: 'wmo-household-help-per-hour', quantity: 8, durationMonths: 60 },
    ],
  },
  // Seed: the young man in his car. Hotel ~€ 700 a month for two months versus the night shelter,
  // with a fair chance that he loses his job in the shelter and needs bijstand.
  'jongen-auto': {
    title: 'Low-budget hotel versus nachtopvang',
    horizonMonths: 12,
    regulier: [
      { itemKey: 'night-shelter-per-night', quantity: 30, durationMonths: 2 },
      { itemKey: 'social-assistance-benefit-per-year', startMonth: 3, durationMonths: 10, probabilityPct: 50, note: 'Baanverlies: dienst om 6 uur, opvang tot 8 uur' },
    ],
    maatwerk: [{ itemKey: 'low-budget-hotel-youth-per-month', durationMonths: 2, funder: 'maatwerkbudget' }],
  },
  vader: {
    title: 'Woning voor de volwassen zoon versus uithuisplaatsing van drie kinderen',
    horizonMonths: 24,
    regulier: [{ itemKey: 'out-of-home-placement-average-per-year', quantity: 3, durationMonths: 24, probabilityPct: 60 }, { itemKey: 'supervision-order-per-year', quantity: 3, durationMonths: 24, probabilityPct: 60 }],
    maatwerk: [{ itemKey: 'urgency-declaration-handling' }, { itemKey: 'wmo-individual-support-per-hour', quantity: 16, durationMonths: 12 }, { itemKey: 'ambulant-youth-care-trajectory' }],
  },
};

const withDefaults = (l: DemoLine): LineInput => ({ quantity: 1, startMonth: 1, durationMonths: 1, probabilityPct: 100, ...l });
const min = (a: string, b: string) => (a < b ? a : b);

export const loadEscalationDemo: DemoLoader = async (ctx: DemoContext) => {
  const { tx } = ctx;
  const levelsOf: Record<string, store.LevelRow[]> = {};
  for (const [org, ladder] of Object.entries(DEMO_LADDERS)) {
    const orgId = ctx.orgs[org as keyof DemoContext['orgs']];
    levelsOf[org] = await setLadder(tx, orgId, ladder.map((l) => ({ name: l.name, deadlineWorkingDays: l.days, deciderRole: l.role ?? null, deciderOrganisationId: l.pmm ? ctx.orgs.pmm : null })), { bevrijdingsdagIsHoliday: true });
  }

  const contacts: Record<string, string> = {};
  for (const c of DEMO_CONTACTS) contacts[c.key] = (await store.insertContact(tx, ctx.orgs[c.owner], c)).id;

  for (const d of DEMO_KNELPUNTEN) {
    const story = ctx.cases[d.story];
    const org = story.org;
    const prof = ctx.actor(REGISSEUR[d.story]);
    const created = addDays(ctx.today, -d.daysAgo);
    const cs = await getCaseForActor(tx, prof, story.id);
    let k = await addKnelpunt(tx, prof, cs, {
      solutionNeeded: d.solution, blockingLaw: d.law, blockingArticle: d.article, blockingOrganisation: d.org, policyRule: d.rule, type: d.type,
      toetsRuleGoal: d.toets[0], toetsCounterproductive: d.toets[1], toetsProportionate: d.toets[2], costOfWaiting: d.wait, costOfWaitingCents: d.waitEuro === null ? null : d.waitEuro * 100,
    }, created);
    if (d.consent) k = await setConsent(tx, prof, k, true, created);
    for (const c of d.contacts ?? []) await linkContact(tx, prof, k, contacts[c], 'Gebeld over dit knelpunt');
    if (d.key && BUSINESS_CASES[d.key]) {
      const b = BUSINESS_CASES[d.key];
      const catalogue = await catalogueFor(tx, prof.organisationId);
      await insertBusinessCase(tx, prof, { caseId: cs.id, knelpuntId: k.id, title: b.title, horizonMonths: b.horizonMonths, lines: [...resolveLines(catalogue, 'regulier', b.regulier.map(withDefaults)), ...resolveLines(catalogue, 'maatwerk', b.maatwerk.map(withDefaults))] });
    }

    let day = addDays(created, 1);
    let pending: store.StepRow | null = null;
    const levels = levelsOf[org];
    for (const step of d.path) {
      day = min(day, ctx.today);
      const level = levels[step.level - 1];
      let current: store.StepRow;
      if (pending && pending.levelId === level.id) {
        current = pending;
      } else {
        k = (await store.getKnelpunt(tx, k.organisationId, k.id))!;
        const cur = k.currentStepId ? await store.getStep(tx, k.currentStepId) : null;
        const next = levels.find((l) => cur?.levelPosition == null || l.position > cur.levelPosition!);
        const reason = next?.id === level.id ? '' : 'Direct naar deze trede: spoed, of al besproken in het team';
        const r = await escalate(tx, prof, k, { levelId: level.id, reason, on: day });
        await handOver(tx, prof, (await store.getKnelpunt(tx, k.organisationId, k.id))!, r.step, r.level);
        current = r.step;
      }
      pending = null;
      if (!step.outcome) break;
      const deciderName = level.deciderOrganisationId ? 'loket' : DECIDERS[org]?.[level.deciderRole ?? ''];
      if (!deciderName) break;
      const decider: Actor = ctx.actor(deciderName);
      const decidedOn = min(addDays(day, level.deadlineWorkingDays === 0 ? 0 : 2), ctx.today);
      const res = await recordDecision(tx, decider, current.id, {
        outcome: step.outcome, text: step.text ?? '', decidedOn,
        referToLevelId: step.referTo ? levels[step.referTo - 1].id : undefined,
        overbrugging: step.overbrugging && { help: step.overbrugging.help, provisionalFunder: step.overbrugging.provisionalFunder, provisionalAmountCents: step.overbrugging.provisionalAmountCents, startedOn: decidedOn, funderOrganisationId: step.overbrugging.funderOrg ? ctx.orgs[step.overbrugging.funderOrg] : undefined },
        signal: step.signal,
      }, ctx.today);
      if (res.overbrugging && step.overbrugging?.settle && SETTLER[org]) {
        const settler = ctx.actor(SETTLER[org]);
        let o = res.overbrugging;
        // Decided by the loket with the municipality as provisional funder: the municipality accepts first.
        if (o.acceptance === 'gevraagd') o = await answerOverbrugging(tx, settler, o.id, { accepted: true, note: 'Wij financieren voor', on: min(addDays(decidedOn, 1), ctx.today) }, ctx.today);
        const settledOn = min(addDays(decidedOn, 21), ctx.today);
        o = await settle(tx, settler, o.id, o.version, { settledOn, shares: step.overbrugging.settle.map(([funder, amountCents]) => ({ funder, amountCents })), note: 'Verdeling naar wie de besparing heeft' });
        const corr = step.overbrugging.correct;
        if (corr) await correctSettlement(tx, settler, o.id, { correctedOn: min(addDays(settledOn, 7), ctx.today), shares: corr.shares.map(([funder, amountCents]) => ({ funder, amountCents })), reason: corr.reason }, { version: o.version, today: ctx.today });
      }
      pending = res.next;
      day = addDays(decidedOn, 3);
    }
  }
};
