// SPDX-License-Identifier: EUPL-1.2
/**
 * Enforcement use cases, each inside the caller's transaction: open a handhavingszaak, save the
 * calculation and the consequences, record the Omgekeerde Toets and the decision, the pauzeknop
 * (request, approve/reject by a teamleider, end with a decision, reminders), "bekend bij een
 * regisseur?" and its answer, and the way back after a stopped benefit.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { conflict, invalid, notFound, preconditionFailed, unprocessable } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor, getHousehold, openCaseContactsOfHousehold } from '../cases/queries';
import { getUser, listUsers } from '../accounts/queries';
import { notifyUser } from '../escalation/commands';
import { ANSWER_LEGAL_GROUND, calculate, daysBetween, nextPauseStatus, PAUSE_MAX_DAYS, PAUSE_REMINDER_DAYS, validateConsequences, type CalcInput, type ConsequenceInput, type Decision, type PauseAction } from './model';
import * as policy from './policy';
import * as queries from './queries';
import * as store from './store';
import { dutchDate } from '../platform/dutch-date';

async function lockZaak(tx: Queryable, a: Actor, id: string, version: number): Promise<store.ZaakRow> {
  policy.assertHandhaver(a);
  const z = await store.getZaak(tx, a.organisationId, id, true);
  if (!z) throw notFound('handhavingszaak');
  policy.assertMayWorkOnZaak(a, z);
  if (z.version !== version) throw preconditionFailed();
  return z;
}

async function save(tx: Queryable, a: Actor, z: store.ZaakRow, version: number, set: Record<string, unknown>, fields: string[], today: string): Promise<queries.ZaakView> {
  if (!(await store.updateZaak(tx, z.id, version, set))) throw preconditionFailed();
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'handhavingszaak', resourceId: z.id, householdId: z.householdId, fields, purpose: 'handhaving' });
  return queries.zaak(tx, a, z.id, today);
}

export async function createZaak(tx: Queryable, a: Actor, body: { householdId: string; title: string }, today: string): Promise<queries.ZaakView> {
  policy.assertHandhaver(a);
  await getHousehold(tx, a.organisationId, body.householdId).catch(() => {
    throw invalid('householdId', 'dit huishouden bestaat niet in uw organisatie');
  });
  const id = await store.insertZaak(tx, { organisationId: a.organisationId, householdId: body.householdId, officerId: a.userId, title: body.title, openedOn: today });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'handhavingszaak', resourceId: id, householdId: body.householdId, fields: ['title'], purpose: 'handhaving' });
  return queries.zaak(tx, a, id, today);
}

export async function saveCalculation(tx: Queryable, a: Actor, id: string, version: number, input: Omit<CalcInput, 'calculationDate'>, today: string): Promise<queries.ZaakView> {
  const z = await lockZaak(tx, a, id, version);
  calculate({ ...input, calculationDate: today }); // validates: a 400 naming the field, nothing written
  return save(tx, a, z, version, { calc_input: JSON.stringify(input) }, ['berekening'], today);
}

export async function saveConsequences(tx: Queryable, a: Actor, id: string, version: number, input: ConsequenceInput, today: string): Promise<queries.ZaakView> {
  const z = await lockZaak(tx, a, id, version);
  validateConsequences(input);
  return save(tx, a, z, version, { consequences: JSON.stringify(input) }, ['gevolgen'], today);
}

export interface DecisionBody { toetsGoal: string; toetsRuleIntent: string; toetsProportionate: string; decision: Decision; reasons: string }

/** The Omgekeerde Toets and the decision with its reasons: the record a judge would ask for. Needs a saved calculation. */
export async function recordDecision(tx: Queryable, a: Actor, id: string, version: number, body: DecisionBody, today: string): Promise<queries.ZaakView> {
  const z = await lockZaak(tx, a, id, version);
  if (!z.calcInput) throw unprocessable('Sla eerst de berekening op: een besluit zonder berekening is niet te toetsen.', 'berekening_ontbreekt');
  if (z.status === 'afgesloten') throw conflict('Deze zaak is afgesloten.', 'zaak_afgesloten');
  return save(tx, a, z, version, {
    toets_goal: body.toetsGoal, toets_rule_intent: body.toetsRuleIntent, toets_proportionate: body.toetsProportionate,
    decision: body.decision, decision_reasons: body.reasons, decided_by: a.userId, decided_on: today, status: 'besloten',
  }, ['omgekeerde toets', 'besluit'], today);
}

// ---- pauzeknop ----------------------------------------------------------------------------------

export interface PauseBody { reason: string; until: string; owner: string; conditions: string }

function checkPauseTerm(until: string, today: string): void {
  const d = daysBetween(today, until);
  if (d < 1) throw invalid('until', 'de pauze moet na vandaag eindigen');
  if (d > PAUSE_MAX_DAYS) throw invalid('until', `een pauze duurt ten hoogste ${PAUSE_MAX_DAYS} dagen; vraag daarna een nieuwe aan`);
}

async function notifyTeamleiders(tx: Queryable, a: Actor, title: string, body: string): Promise<void> {
  const { items } = await listUsers(tx, a);
  for (const u of items) if (u.active && u.roles.includes('teamleider') && u.id !== a.userId) await notifyUser(tx, { organisationId: a.organisationId, userId: u.id, kind: 'handhaving', title, body });
}

async function insertPauseRequest(tx: Queryable, a: Actor, z: store.ZaakRow, as: 'handhaving' | 'regisseur', body: PauseBody, today: string): Promise<string> {
  checkPauseTerm(body.until, today);
  const pauses = await store.pausesOfZaak(tx, z.id);
  if (pauses.some((p) => p.status === 'aangevraagd' || p.status === 'lopend')) throw conflict('Er is al een pauze aangevraagd of lopend voor deze zaak.', 'pauze_bestaat');
  const id = await store.insertPause(tx, { zaakId: z.id, organisationId: z.organisationId, householdId: z.householdId, requestedBy: a.userId, requestedAs: as, requestedOn: today, ...body });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'handhavingspauze', resourceId: id, householdId: z.householdId, fields: ['reden', 'termijn', 'eigenaar', 'voorwaarden'], purpose: as === 'handhaving' ? 'handhaving' : 'hulpverlening' });
  const hh = await getHousehold(tx, a.organisationId, z.householdId);
  await notifyTeamleiders(tx, a, `Pauze aangevraagd: ${hh.name}`, `${a.userName} vraagt een pauze van de sanctie tot ${dutchDate(body.until)}. Reden: ${body.reason}`);
  return id;
}

/** The handhaver asks for a pause on the zaak. */
export async function requestPause(tx: Queryable, a: Actor, zaakId: string, body: PauseBody, today: string): Promise<store.PauseRow> {
  policy.assertHandhaver(a);
  const z = await store.getZaak(tx, a.organisationId, zaakId, true);
  if (!z) throw notFound('handhavingszaak');
  policy.assertMayRequestPause(a, { organisationId: z.organisationId, isRegisseur: false });
  const id = await insertPauseRequest(tx, a, z, 'handhaving', body, today);
  return (await store.getPause(tx, a.organisationId, id))!;
}

/** The regisseur asks, from the case, for a pause of the household's open handhavingszaak. */
export async function requestPauseFromCase(tx: Queryable, a: Actor, caseId: string, body: PauseBody, today: string): Promise<{ requested: true; until: string }> {
  policy.assertSupportRole(a);
  const cs = await getCaseForActor(tx, a, caseId);
  const z = (await store.zakenOfHousehold(tx, a.organisationId, cs.householdId)).find((x) => x.status !== 'afgesloten');
  if (!z) throw unprocessable('Er loopt geen handhavingszaak voor dit huishouden; een pauze is niet nodig.', 'geen_handhavingszaak');
  policy.assertMayRequestPause(a, { organisationId: z.organisationId, isRegisseur: cs.regisseurId === a.userId || a.roles.includes('teamleider') });
  await insertPauseRequest(tx, a, z, 'regisseur', body, today);
  return { requested: true, until: body.until };
}

/** Approve, reject or end a pause (states and roles in model.ts and policy.ts). */
export async function movePause(tx: Queryable, a: Actor, id: string, version: number, action: PauseAction, note: string, today: string): Promise<store.PauseRow> {
  const p = await store.getPause(tx, a.organisationId, id, true);
  if (!p) throw notFound('pauze');
  policy.assertMayMovePause(a, p, action);
  if (p.version !== version) throw preconditionFailed();
  const to = nextPauseStatus(p.status, action);
  if (!to) throw conflict(`Een pauze met status "${p.status}" kan niet worden ${action === 'goedkeuren' ? 'goedgekeurd' : action === 'afwijzen' ? 'afgewezen' : 'beëindigd'}.`, 'pauze_status');
  if (action === 'beeindigen' && note.trim().length < 3) throw invalid('note', 'een pauze eindigt met een besluit; schrijf het op');
  const set: Record<string, unknown> = action === 'beeindigen' ? { status: to, end_decision: note, ended_on: today } : { status: to, decided_by: a.userId, decided_on: today, decision_note: note };
  if (!(await store.updatePause(tx, id, version, set))) throw preconditionFailed();
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'handhavingspauze', resourceId: id, householdId: p.householdId, fields: ['status'], purpose: 'handhaving', legalGround: 'AVG art. 6 lid 1 sub e; Participatiewet art. 58 lid 8 en 18a lid 7 (afweging van dringende redenen), vier ogen' });
  const who = action === 'goedkeuren' ? `goedgekeurd door ${a.userName}; loopt tot ${dutchDate(p.until)}` : action === 'afwijzen' ? `afgewezen door ${a.userName}` : `beëindigd: ${note}`;
  if (p.requestedBy !== a.userId) await notifyUser(tx, { organisationId: p.organisationId, userId: p.requestedBy, kind: 'handhaving', title: `Pauze ${who}`, body: note });
  if (action !== 'afwijzen') {
    for (const c of await openCaseContactsOfHousehold(tx, p.organisationId, p.householdId)) {
      if (c.regisseurId !== p.requestedBy) await notifyUser(tx, { organisationId: p.organisationId, userId: c.regisseurId, kind: 'handhaving', title: action === 'goedkeuren' ? `Sanctie gepauzeerd tot ${dutchDate(p.until)}` : 'Pauze van de sanctie beëindigd', body: 'Zie de casus voor wat dit betekent voor het huishouden.' });
    }
  }
  return (await store.getPause(tx, a.organisationId, id))!;
}

/** Reminders before a running pause ends (once per pause): to the requester and the zaak's handhaver. */
export async function remindEndingPauses(tx: Queryable, today: string): Promise<number> {
  const due = await store.pausesEndingSoon(tx, today, PAUSE_REMINDER_DAYS);
  for (const p of due) {
    const z = await store.getZaak(tx, p.organisationId, p.zaakId);
    const to = new Set([p.requestedBy, ...(z?.officerId ? [z.officerId] : [])]);
    for (const userId of to) await notifyUser(tx, { organisationId: p.organisationId, userId, kind: 'handhaving', title: `Pauze eindigt op ${dutchDate(p.until)}`, body: 'De pauze van de sanctie loopt binnenkort af. Neem een besluit: verlengen, afronden of de sanctie hervatten.' });
    await store.updatePause(tx, p.id, p.version, { reminded_on: today });
  }
  return due.length;
}

/** The handhaver's list, after sending the reminders that are due. */
export async function openList(tx: Queryable, a: Actor, today: string) {
  policy.assertHandhaver(a);
  await remindEndingPauses(tx, today);
  return queries.listZaken(tx, a);
}

// ---- bekend bij een regisseur? ------------------------------------------------------------------

export interface KnownAnswer { known: boolean; regisseurName: string | null; teamName: string | null; contact: string | null; questionId: string }

/** Only yes/no and how to reach the regisseur: logged with purpose handhaving; the regisseur is notified. */
export async function askRegisseur(tx: Queryable, a: Actor, zaakId: string, today: string): Promise<KnownAnswer> {
  policy.assertHandhaver(a);
  const z = await store.getZaak(tx, a.organisationId, zaakId);
  if (!z) throw notFound('handhavingszaak');
  policy.assertMayWorkOnZaak(a, z);
  const first = (await openCaseContactsOfHousehold(tx, a.organisationId, z.householdId))[0];
  const id = await store.insertQuestion(tx, { zaakId: z.id, organisationId: z.organisationId, householdId: z.householdId, askedBy: a.userId, askedOn: today, known: !!first, regisseurId: first?.regisseurId ?? null, caseId: first?.caseId ?? null });
  await logProcessing(tx, a, { action: 'lezen', resource: 'bekend-bij-regisseur', resourceId: id, householdId: z.householdId, fields: ['bekend', ...(first ? ['regisseur', 'team', 'contact'] : [])], purpose: 'handhaving' });
  if (!first) return { known: false, regisseurName: null, teamName: null, contact: null, questionId: id };
  const reg = await getUser(tx, a.organisationId, first.regisseurId);
  const hh = await getHousehold(tx, a.organisationId, z.householdId);
  await notifyUser(tx, { organisationId: a.organisationId, userId: reg.id, kind: 'handhaving', title: `Handhaving vraagt naar ${hh.name}`, body: `${a.userName} (handhaving) vroeg of dit huishouden bij een regisseur bekend is, voordat een sanctie wordt opgelegd. Er is alleen "ja" en uw naam en contact gedeeld. U kunt op de casus een kort antwoord geven; dat wordt met handhaving gedeeld.` });
  return { known: true, regisseurName: reg.displayName, teamName: first.teamName, contact: reg.email, questionId: id };
}

/** The regisseur's short answer, marked as shared for enforcement with its legal ground. */
export async function answerQuestion(tx: Queryable, a: Actor, id: string, answer: string, today: string): Promise<{ answered: true; legalGround: string }> {
  policy.assertSupportRole(a);
  const q = await store.getQuestion(tx, a.organisationId, id, true);
  if (!q) throw notFound('vraag');
  const cs = q.caseId ? await getCaseForActor(tx, a, q.caseId) : null;
  policy.assertMayAnswer(a, q, !!cs && a.teamId === cs.teamId);
  if (!(await store.answerQuestion(tx, id, { answer, legalGround: ANSWER_LEGAL_GROUND, answeredBy: a.userId, answeredOn: today }))) throw conflict('Deze vraag is al beantwoord.', 'al_beantwoord');
  await logProcessing(tx, a, { action: 'delen', resource: 'antwoord-aan-handhaving', resourceId: id, caseId: q.caseId, householdId: q.householdId, fields: ['antwoord'], purpose: 'handhaving', legalGround: ANSWER_LEGAL_GROUND });
  await notifyUser(tx, { organisationId: q.organisationId, userId: q.askedBy, kind: 'handhaving', title: 'Antwoord van de regisseur', body: answer });
  return { answered: true, legalGround: ANSWER_LEGAL_GROUND };
}

// ---- the way back -------------------------------------------------------------------------------

/** A stopped benefit: the case shows what is needed to restart it and the regisseur is notified. */
export async function stopBenefit(tx: Queryable, a: Actor, id: string, version: number, body: { stoppedOn: string; restartNeeds: string }, today: string): Promise<queries.ZaakView> {
  const z = await lockZaak(tx, a, id, version);
  if (body.stoppedOn > today) throw invalid('stoppedOn', 'de stopdatum kan niet in de toekomst liggen');
  const view = await save(tx, a, z, version, { benefit_stopped_on: body.stoppedOn, restart_needs: body.restartNeeds, benefit_restarted_on: null }, ['uitkering gestopt', 'nodig voor herstart'], today);
  for (const c of await openCaseContactsOfHousehold(tx, a.organisationId, z.householdId)) {
    await notifyUser(tx, { organisationId: a.organisationId, userId: c.regisseurId, kind: 'handhaving', title: `Uitkering gestopt: ${view.household.name}`, body: `Nodig om de uitkering te herstarten: ${body.restartNeeds}` });
  }
  return view;
}

/** The benefit restarted: the time to restart is measured (days from stop to restart). */
export async function restartBenefit(tx: Queryable, a: Actor, id: string, version: number, body: { restartedOn: string }, today: string): Promise<queries.ZaakView> {
  const z = await lockZaak(tx, a, id, version);
  if (!z.benefitStoppedOn) throw unprocessable('De uitkering is niet gestopt.', 'niet_gestopt');
  if (body.restartedOn < z.benefitStoppedOn) throw invalid('restartedOn', 'de herstartdatum ligt vóór de stopdatum');
  if (body.restartedOn > today) throw invalid('restartedOn', 'de herstartdatum kan niet in de toekomst liggen');
  return save(tx, a, z, version, { benefit_restarted_on: body.restartedOn }, ['uitkering herstart'], today);
}
