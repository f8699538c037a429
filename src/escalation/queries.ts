// SPDX-License-Identifier: EUPL-1.2
/**
 * The escalation room's reads, for its routes (ADR 11): authorise through the policy, read through
 * the store, log the processing of personal data. Aggregates for policy advisers carry no persons.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor } from '../cases/queries';
import { latestForKnelpunt } from '../businesscase/queries';
import { resultOf } from '../businesscase/model';
import { claimsPerFunder, eventDetailInDutch, levelFigures, LOKET_REFERENCE, type Acceptance, type KnelpuntStatus, type KnelpuntType } from './model';
import {
  enforce, knelpuntPurpose, mayHandleHandovers, mayReadFigures, mayReadRaisedSignals, settlementPurpose, mayListKnelpunten, mayOpenKnelpunt, mayReadLadder, mayReadOverbruggingen, mayReadQueue, mayReadSignals, maySearchRegister,
  queuePurpose, receivedHandover, seesHandover, worksThroughCase,
} from './policy';
import { addWorkingDays, addWorkingDaysToEach, dutchHolidays, workingDaysOverdue, type CalendarSettings } from './workdays';
import * as store from './store';

export type KnelpuntAccess = 'case' | 'escalatie';

/** Fields of a knelpunt named in the processing log when it is read. */
const K_LOG_FIELDS = ['solutionNeeded', 'blocking', 'type', 'omgekeerdeToets', 'costOfWaiting'];

/**
 * A knelpunt as the actor may see it: through the case (professional, teamleider: their team's
 * cases, via the cases room), or as a member of the own organisation's doorbraaktafel once it was
 * escalated. Another organisation's knelpunt does not exist (404); it only ever sees a hand-over.
 * Not logged: the caller logs what it does with it.
 */
export async function knelpuntForActor(tx: Queryable, a: Actor, id: string, opts: { forUpdate?: boolean; write?: boolean } = {}): Promise<{ k: store.KnelpuntRow; access: KnelpuntAccess }> {
  const k = await store.getKnelpunt(tx, a.organisationId, id, opts.forUpdate);
  if (!k) throw notFound('Knelpunt');
  enforce(mayOpenKnelpunt(a, k, !!opts.write));
  if (worksThroughCase(a)) {
    await getCaseForActor(tx, a, k.caseId);
    return { k, access: 'case' };
  }
  return { k, access: 'escalatie' };
}

/** The ladder of the actor's organisation with this and next year's holidays. */
async function ladderOf(tx: Queryable, organisationId: string, today: string, calendar?: CalendarSettings) {
  const cal = calendar ?? (await store.getCalendar(tx, organisationId));
  const y = Number(today.slice(0, 4));
  return {
    levels: await store.listLevels(tx, organisationId),
    bevrijdingsdagIsHoliday: cal.bevrijdingsdagIsHoliday,
    holidays: [...dutchHolidays(y, cal), ...dutchHolidays(y + 1, cal)],
    nonWorkingDays: await store.listNonWorkingDays(tx, organisationId),
    version: await store.settingsVersion(tx, organisationId),
  };
}
export type Ladder = Awaited<ReturnType<typeof ladderOf>>;

export async function ladder(tx: Queryable, a: Actor, today: string): Promise<Ladder> {
  enforce(mayReadLadder(a));
  return ladderOf(tx, a.organisationId, today);
}
/** For the command that replaced the ladder: the same answer as a read. */
export const ladderAfterChange = ladderOf;

/** A deadline in working days on the organisation's calendar (0 = the same working day). */
export async function deadline(tx: Queryable, a: Actor, from: string, days: number): Promise<{ from: string; days: number; deadline: string }> {
  enforce(mayReadLadder(a));
  const cal = await store.getCalendar(tx, a.organisationId);
  return { from, days, deadline: addWorkingDays(from, days, cal) };
}

/** The knelpunten of the own team's cases (professional, team lead) or those ever escalated (doorbraaktafel). */
export async function knelpunten(tx: Queryable, a: Actor, q: { status?: KnelpuntStatus; type?: KnelpuntType; caseId?: string; page: number; pageSize: number }) {
  enforce(mayListKnelpunten(a));
  const caseRole = worksThroughCase(a);
  const res = await store.listKnelpunten(tx, a.organisationId, { ...q, teamId: caseRole ? a.teamId : null, escalatedOnly: !caseRole });
  await logProcessing(tx, a, res.items.map((k) => ({ action: 'lezen' as const, resource: 'knelpuntlijst', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: ['solutionNeeded', 'blocking', 'status'], purpose: knelpuntPurpose(caseRole ? 'case' : 'escalatie') })));
  return res;
}

/** A knelpunt's history, oldest first, each detail in Dutch. */
export async function knelpuntHistory(tx: Queryable, knelpuntId: string) {
  return (await store.listKnelpuntEvents(tx, knelpuntId)).map((e) => ({ ...e, detail: eventDetailInDutch(e.kind, e.detail) }));
}

/** A knelpunt with its history, steps, hand-overs (without their content), signals, overbruggingen and contacts. */
export async function knelpuntFile(tx: Queryable, a: Actor, id: string) {
  const { k, access } = await knelpuntForActor(tx, a, id);
  await logProcessing(tx, a, { action: 'lezen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: K_LOG_FIELDS, purpose: knelpuntPurpose(access) });
  return {
    knelpunt: k,
    history: await knelpuntHistory(tx, k.id),
    steps: await store.listSteps(tx, k.id),
    handovers: (await store.handoversOfKnelpunt(tx, k.id)).map(({ content: _c, ...h }) => h),
    signals: await store.signalsOfKnelpunt(tx, k.id),
    overbruggingen: await store.listOverbruggingen(tx, a.organisationId, { knelpuntId: k.id }),
    contacts: await store.contactsOfKnelpunt(tx, k.id),
    businessCase: await businessCaseSummary(tx, k),
  };
}

/** The latest business case linked to the knelpunt, summarised (totals per path, the difference, per funder, with the explanation). */
async function businessCaseSummary(tx: Queryable, k: { organisationId: string; id: string }) {
  const bc = await latestForKnelpunt(tx, k.organisationId, k.id);
  if (!bc) return null;
  const r = resultOf(bc);
  return { id: bc.id, title: bc.title, horizonMonths: r.horizonMonths, regulierCents: r.regulier.totalCents, maatwerkCents: r.maatwerk.totalCents, differenceCents: r.differenceCents, perFunder: r.perFunder.map((f) => ({ label: f.label, differenceCents: f.differenceCents, position: f.position })), summary: r.summary };
}

/** Working days from one date to a later one on the organisation's calendar (for the Bibliotheek's "how long it took"). */
export async function workingDaysBetween(tx: Queryable, organisationId: string, from: string, to: string): Promise<number> {
  return workingDaysOverdue(from, to, await store.getCalendar(tx, organisationId));
}

/** A level's queue: open steps, oldest deadline first, with how far past the deadline (in working days). */
export async function levelQueue(tx: Queryable, a: Actor, levelId: string, opts: { overdueOnly: boolean; today: string }) {
  const level = await store.getLevel(tx, levelId);
  if (!level || level.organisationId !== a.organisationId) throw notFound('Trede');
  enforce(mayReadQueue(a));
  const cal = await store.getCalendar(tx, a.organisationId);
  const t = opts.today;
  const items = (await store.levelQueue(tx, level.id)).map((i) => ({ ...i, overdue: i.deadline < t, workingDaysOverdue: workingDaysOverdue(i.deadline, t, cal) })).filter((i) => !opts.overdueOnly || i.overdue);
  await logProcessing(tx, a, items.map((i) => ({ action: 'lezen' as const, resource: 'escalatiewachtrij', resourceId: i.knelpuntId, caseId: i.caseId, fields: ['solutionNeeded', 'blockingLaw', 'deadline'], purpose: queuePurpose(a) })));
  return { level, items };
}

/** The hand-overs the actor's organisation received (oldest deadline first) or sent, with whether they are overdue. */
export async function handovers(tx: Queryable, a: Actor, q: { direction: 'ontvangen' | 'verstuurd'; status?: 'open' | 'besloten' | 'vervallen'; today: string }) {
  enforce(mayHandleHandovers(a));
  const list = await store.listHandovers(tx, a.organisationId, q.direction, q.status);
  await logProcessing(tx, a, list.map((h) => ({ action: 'lezen' as const, resource: 'overdracht', resourceId: h.id, fields: ['knelpunt', 'household'], purpose: 'escalatie' as const })));
  const cal = await store.getCalendar(tx, a.organisationId);
  return list.map((h) => ({ ...h, overdue: h.status === 'open' && h.deadline < q.today, workingDaysLeft: h.deadline >= q.today ? workingDaysOverdue(q.today, h.deadline, cal) : -workingDaysOverdue(h.deadline, q.today, cal) }));
}

/** One hand-over: only its minimised content, never the source file. The sender reads it through its knelpunt. */
export async function handover(tx: Queryable, a: Actor, id: string): Promise<store.HandoverRow> {
  const h = await store.getHandover(tx, id);
  if (!h || !seesHandover(a, h)) throw notFound('Overdracht');
  if (receivedHandover(a, h)) enforce(mayHandleHandovers(a));
  else await knelpuntForActor(tx, a, h.knelpuntId);
  await logProcessing(tx, a, { action: 'lezen', resource: 'overdracht', resourceId: h.id, fields: Object.keys(h.content), purpose: 'escalatie' });
  return h;
}

/** Structural signals per rule (no case, household or person). */
export async function signalsPerRule(tx: Queryable, a: Actor) {
  enforce(mayReadSignals(a));
  return store.signalsPerRule(tx, a.organisationId);
}

/** Structural signals with their rule text and day, and knelpunten per rule reference and day: counts, no persons (learning/beleid). */
export async function ruleFacts(tx: Queryable, a: Actor) {
  enforce(mayReadSignals(a));
  const [signals, knelpunten] = await Promise.all([store.signalRuleFacts(tx, a.organisationId), store.knelpuntRuleDays(tx, a.organisationId)]);
  return { signals, knelpunten };
}

/** Counts of knelpunten per law, type, status and blocking organisation (no persons). */
export async function knelpuntPatterns(tx: Queryable, a: Actor) {
  enforce(mayReadSignals(a));
  return store.knelpuntPatterns(tx, a.organisationId);
}

/** The overbruggingen the organisation is involved in: of its knelpunten, decided by it, or funded by it provisionally. */
export async function overbruggingen(tx: Queryable, a: Actor, q: { status?: 'open' | 'afgerekend'; acceptance?: Acceptance } = {}): Promise<store.OverbruggingRow[]> {
  enforce(mayReadOverbruggingen(a));
  const items = await store.listOverbruggingen(tx, a.organisationId, q);
  await logProcessing(tx, a, items.map((o) => ({ action: 'lezen' as const, resource: 'overbrugging', resourceId: o.id, fields: ['help', 'financiers'], purpose: settlementPurpose(a) })));
  return items;
}

/** The claims between funders after settlement (status filter, or all), with the open total and a summary per funder. */
export async function claims(tx: Queryable, a: Actor, status?: 'open' | 'gesloten') {
  enforce(mayReadOverbruggingen(a));
  const all = await store.listClaims(tx, a.organisationId);
  const items = status ? all.filter((c) => c.status === status) : all;
  return { items, totalOpenCents: all.filter((i) => i.status === 'open').reduce((s, i) => s + i.amountCents, 0), perFunder: claimsPerFunder(all) };
}

/**
 * Figures per ladder level (no persons): for the own ladder, and — for an organisation that decides
 * on other organisations' ladders, such as the Landelijk Maatwerkloket — for what it decided
 * nationally, with the published reference.
 */
export async function figures(tx: Queryable, a: Actor) {
  enforce(mayReadFigures(a));
  const own = levelFigures(await store.decidedSteps(tx, a.organisationId, 'eigen'));
  const forOthers = await store.decidedSteps(tx, a.organisationId, 'voor_anderen');
  const national = forOthers.length ? levelFigures(forOthers.map((s) => ({ ...s, levelName: 'Besluiten voor andere organisaties (landelijk)', position: 0 }))) : [];
  return { own, national, reference: national.length ? LOKET_REFERENCE : null };
}

/** The desk's signals: those the organisation raised on decisions, also about other organisations' knelpunten. */
export async function raisedSignals(tx: Queryable, a: Actor) {
  enforce(mayReadRaisedSignals(a));
  return store.signalsRaisedBy(tx, a.organisationId);
}

/** Search the shared Maatwerkregister. */
export async function searchRegister(tx: Queryable, a: Actor, q: { organisation?: string; topic?: string; region?: string; q?: string }): Promise<store.ContactRow[]> {
  enforce(maySearchRegister(a));
  return store.searchContacts(tx, q);
}

/** The actor's own notifications, unread first. */
export async function notifications(tx: Queryable, a: Actor, unreadOnly: boolean) {
  const items = await store.listNotifications(tx, a.userId, unreadOnly);
  return { items, unread: items.filter((n) => !n.readAt).length };
}

/**
 * For the resident's own page (issue 17; the resident room authorises and logs): the knelpunten of
 * these cases with their status and the outcome and date of each decision, without the professional's
 * texts (toets, policy rule, decision text) — the resident room says it in plain words.
 */
export async function decisionsForResident(tx: Queryable, organisationId: string, caseIds: string[]) {
  const out: Array<{ id: string; caseId: string; solutionNeeded: string; blockingOrganisation: string; status: store.KnelpuntRow['status']; createdOn: string; decisions: Array<{ outcome: string; decidedOn: string; levelName: string; help: string | null }> }> = [];
  for (const caseId of caseIds) {
    const list = await store.listKnelpunten(tx, organisationId, { caseId, page: 1, pageSize: 100 });
    for (const k of list.items) {
      const steps = (await store.listSteps(tx, k.id)).filter((s) => s.status === 'besloten' && s.outcome && s.decidedOn);
      const bridges = await store.listOverbruggingen(tx, organisationId, { knelpuntId: k.id });
      out.push({
        id: k.id, caseId, solutionNeeded: k.solutionNeeded, blockingOrganisation: k.blockingOrganisation, status: k.status, createdOn: k.createdOn,
        decisions: steps.map((s) => ({ outcome: s.outcome!, decidedOn: s.decidedOn!, levelName: s.levelName, help: s.outcome === 'overbrugd' ? bridges[0]?.help ?? null : null })),
      });
    }
  }
  return out;
}

// ---- aggregate reads for the patterns and the council's report (learning room); no personal data --

/** The organisation's knelpunten up to a date: case, type, blocking law, status, whether escalated. */
export const patternKnelpunten = (tx: Queryable, organisationId: string, to: string) => store.patternKnelpunten(tx, organisationId, to);
/** The same with only case, type, blocking law and whether escalated (the giftige cocktails). */
export const patternKnelpuntFacts = (tx: Queryable, organisationId: string, to: string) => store.patternKnelpuntFacts(tx, organisationId, to);

/** Working days on the organisation's calendar: the date n working days after a start (or after each of many starts, in one walk), and the working days between two dates. */
export async function workingDayCalendar(tx: Queryable, organisationId: string): Promise<{ addWorkingDays: (start: string, n: number) => string; addWorkingDaysToEach: (starts: Iterable<string>, n: number) => Map<string, string>; between: (from: string, to: string) => number }> {
  const cal = await store.getCalendar(tx, organisationId);
  return { addWorkingDays: (start, n) => addWorkingDays(start, n, cal), addWorkingDaysToEach: (starts, n) => addWorkingDaysToEach(starts, n, cal), between: (from, to) => workingDaysOverdue(from, to, cal) };
}

/** Decisions in a period: per decision its level and the working days from the knelpunt to the decision. */
export async function decisionTimes(tx: Queryable, organisationId: string, from: string, to: string) {
  const cal = await store.getCalendar(tx, organisationId);
  return (await store.decisionsInPeriod(tx, organisationId, from, to)).map((d) => ({ levelName: d.levelName, position: d.position, outcome: d.outcome, workingDays: workingDaysOverdue(d.createdOn, d.decidedOn, cal) }));
}

/** Structural signals recorded in a period, per kind. */
export const signalsInPeriod = (tx: Queryable, organisationId: string, from: string, to: string) => store.signalsInPeriod(tx, organisationId, from, to);
