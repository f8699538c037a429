// SPDX-License-Identifier: EUPL-1.2
/**
 * Beleid demo. Tilburg: knelpunten on the Huisvestingsverordening's urgency rule for a year, two of
 * them with a structural signal from the Doorbraaktafel; a proposal that went on the agenda of the
 * Regietafel Wonen en Zorg, was accepted and changed the rule 90 days ago, after which the
 * knelpunten on that rule fell; a proposal on the agenda and one rejected. Utrecht: a proposal about
 * Woningcorporatie Mitros' allocation rule, delivered to Mitros with the count, and answered.
 * Demo knelpunten belong to demo households (marked as demo in their summary).
 */
import type { DemoContext, DemoLoader } from '../../demo/context';
import type { Actor } from '../../platform/authz';
import type { Queryable } from '../../platform/db';
import * as casesCommands from '../../cases/commands';
import * as cases from '../../cases/queries';
import * as escalation from '../../escalation/commands';
import type { KnelpuntType, SignalKind } from '../../escalation/model';
import * as commands from './commands';
import { ruleFacts } from './queries';

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface DemoK { law: string; article: string; org: string; daysAgo: number; solution: string; type?: KnelpuntType; signal?: { kind: SignalKind; rule: string; proposal: string } }

const URGENTIE = { law: 'Huisvestingsverordening Tilburg', article: 'urgentie', org: 'Urgentiecommissie / WonenBreburg' };
const URG_SOLUTION = 'Urgentie voor een ouder met kinderen die na een scheiding bij familie inwoont';
const TILBURG_K: DemoK[] = [
  ...[300, 260, 230, 175, 165, 140, 128, 115, 100, 95, 60, 20].map((daysAgo) => ({ ...URGENTIE, daysAgo, solution: URG_SOLUTION })),
  { ...URGENTIE, daysAgo: 200, solution: URG_SOLUTION, signal: { kind: 'regel_wijzigen', rule: 'Huisvestingsverordening (urgentie)', proposal: 'Inwoning bij familie na een scheiding niet langer als eigen keuze uitsluiten van urgentie wanneer er minderjarige kinderen zijn' } },
  { law: 'Huisvestingsverordening Tilburg', article: 'art. 2.6.4', org: 'Urgentiecommissie', daysAgo: 150, solution: URG_SOLUTION, signal: { kind: 'regel_wijzigen', rule: 'Huisvestingsverordening art. 2.6.4', proposal: 'Inwoning na scheiding met kinderen als noodsituatie erkennen' } },
  ...[110, 70, 30].map((daysAgo) => ({ law: 'Participatiewet', article: 'art. 18 lid 2 (verlaging)', org: 'Werk en Inkomen Tilburg', daysAgo, solution: 'Geen verlaging van de bijstand bij een gemist gesprek door opname van een kind', type: 'regel_botst' as const })),
  { law: 'Participatiewet', article: 'art. 18 (verlaging)', org: 'Werk en Inkomen Tilburg', daysAgo: 25, solution: 'Geen verlaging bij een gemist gesprek', signal: { kind: 'vaste_afspraak', rule: 'Participatiewet art. 18 (verlaging)', proposal: 'Vaste afspraak: eerst contact door de regisseur, dan pas een verlaging' } },
  ...[90, 50].map((daysAgo) => ({ law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 4a (termijnen)', org: 'Schuldhulpverlening Tilburg', daysAgo, solution: 'Intake schuldhulp binnen een week bij dreigende ontruiming', type: 'wachtlijst' as const })),
  { law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 4a', org: 'Schuldhulpverlening Tilburg', daysAgo: 45, solution: 'Intake schuldhulp binnen een week', type: 'wachtlijst', signal: { kind: 'vaste_afspraak', rule: 'Wgs art. 4a (termijnen)', proposal: 'Eén vaste intakeplek per week voor spoed' } },
];
const MITROS = { law: 'Toewijzingsregels Woningcorporatie Mitros', org: 'Woningcorporatie Mitros' };
const UTRECHT_K: DemoK[] = [
  { ...MITROS, article: 'art. 4 (inschrijfduur)', daysAgo: 75, solution: 'Een woning voor een moeder met drie kinderen zonder jaren inschrijfduur na een scheiding' },
  { ...MITROS, article: 'art. 4', daysAgo: 48, solution: 'Woning na scheiding zonder inschrijfduur' },
  { ...MITROS, article: 'art. 4 lid 2 (inschrijfduur)', daysAgo: 22, solution: 'Inschrijfduur van de ex-partner laten meetellen', signal: { kind: 'regel_wijzigen', rule: 'Toewijzingsregels Woningcorporatie Mitros art. 4 (inschrijfduur)', proposal: 'Na een scheiding met kinderen de inschrijfduur van het gezamenlijke huishouden aan beide ouders toekennen' } },
];

const TOETS = { toetsRuleGoal: 'Schaarste eerlijk verdelen en regels gelijk toepassen', toetsCounterproductive: 'Toepassen maakt de situatie van de kinderen slechter en duurder', toetsProportionate: 'Een uitzondering voor dit gezin kost minder dan de gevolgen' };

async function knelpunten(tx: Queryable, ctx: DemoContext, prof: Actor, decider: Actor, list: DemoK[], prefix: string) {
  for (const [i, d] of list.entries()) {
    const created = addDays(ctx.today, -d.daysAgo);
    const hh = await casesCommands.insertHousehold(tx, prof.organisationId, { name: `${prefix} ${i + 1}`, members: [{ name: `Bewoner ${prefix} ${i + 1}`, birthDate: '1988-01-01', role: 'aanvrager' }] });
    const row = await casesCommands.insertCase(tx, prof, { householdId: hh.id, title: 'Demo: knelpunt voor het beleidsoverzicht', summary: 'Demo-casus bij Van doorbraak naar beleid', origin: 'professional', openedOn: addDays(created, -7) });
    const cs = await cases.getCaseForActor(tx, prof, row.id);
    const k = await escalation.addKnelpunt(tx, prof, cs, { solutionNeeded: d.solution, blockingLaw: d.law, blockingArticle: d.article, blockingOrganisation: d.org, type: d.type ?? 'regel_botst', ...TOETS }, created);
    if (!d.signal) continue;
    const { step } = await escalation.escalateKnelpunt(tx, prof, k.id, { on: created }, created);
    await escalation.recordDecision(tx, decider, step.id, { outcome: 'toegekend', text: 'Uitzondering toegestaan; de regel zelf moet anders', decidedOn: created, signal: d.signal }, created);
  }
}

export const loadBeleidDemo: DemoLoader = async (ctx: DemoContext) => {
  const { tx } = ctx;
  const femke = ctx.actor('femke');
  const pieter = ctx.actor('pieter');
  await knelpunten(tx, ctx, ctx.actor('bram'), ctx.actor('ineke'), TILBURG_K, 'Demo Tilburg');
  await knelpunten(tx, ctx, ctx.actor('sanne'), ctx.actor('marieke'), UTRECHT_K, 'Demo Utrecht');

  const groups = (await ruleFacts(tx, femke)).groups;
  const key = (label: string) => groups.find((g) => g.label.startsWith(label))!.key;
  const day = (n: number) => addDays(ctx.today, -n);

  // Urgency: all the way to a changed rule, 90 days ago.
  let id = await commands.propose(tx, femke, { ruleKey: key('Huisvestingsverordening'), proposal: 'Inwoning bij familie na een scheiding met minderjarige kinderen niet langer als eigen keuze zien: zulke gezinnen komen in aanmerking voor urgentie' }, day(140), { isDemo: true });
  let v = await commands.move(tx, femke, id, 1, { to: 'geagendeerd', table: 'Regietafel Wonen en Zorg', on: day(120) }, day(125));
  v = await commands.move(tx, femke, id, v, { to: 'besloten', decision: 'aangenomen', reason: 'De knelpunten op deze regel blijven terugkomen en de uitzondering werd steeds toegekend: dan hoort de regel zelf anders', on: day(110) }, day(110));
  await commands.move(tx, femke, id, v, { to: 'ingevoerd', kind: 'regel', description: 'Beleidsregel urgentie gewijzigd: inwoning na scheiding met minderjarige kinderen geldt als noodsituatie', from: day(90) }, day(100));

  // Verlaging: on the agenda of the next meeting.
  id = await commands.propose(tx, femke, { ruleKey: key('Participatiewet'), proposal: 'Vaste afspraak: bij een gemist gesprek belt eerst de regisseur, pas daarna volgt een verlaging' }, day(20), { isDemo: true });
  await commands.move(tx, femke, id, 1, { to: 'geagendeerd', table: 'Doorbraaktafel Tilburg', on: addDays(ctx.today, 14) }, day(18));

  // Schuldhulp: rejected, with the reason.
  id = await commands.propose(tx, femke, { ruleKey: key('Wet gemeentelijke schuldhulpverlening'), proposal: 'Een vaste spoedintake per week bij dreigende ontruiming' }, day(40), { isDemo: true });
  v = await commands.move(tx, femke, id, 1, { to: 'geagendeerd', table: 'Managementteam Sociaal Domein', on: day(30) }, day(35));
  await commands.move(tx, femke, id, v, { to: 'besloten', decision: 'verworpen', reason: 'De wettelijke termijn van drie werkdagen bij dreigende ontruiming geldt al; eerst naleving meten', on: day(30) }, day(30));

  // Utrecht to Mitros: another organisation's rule; Mitros answers.
  const uGroups = (await ruleFacts(tx, pieter)).groups;
  const mitrosKey = uGroups.find((g) => g.label.startsWith('Toewijzingsregels'))!.key;
  id = await commands.propose(tx, pieter, { ruleKey: mitrosKey, proposal: 'Na een scheiding met kinderen de inschrijfduur van het gezamenlijke huishouden aan beide ouders toekennen', targetOrganisationId: ctx.orgs.woonstad }, day(20), { isDemo: true });
  await commands.answer(tx, ctx.actor('mirjam'), id, 1, 'Herkenbaar. We nemen dit mee in de herziening van de toewijzingsregels per 1 juli; tot dan kan de gemeente een beroep doen op de hardheidsclausule (art. 9).', day(10));
};
