// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases of signals: write a rule (through the fairness guard), record a life event on a case and
 * evaluate the organisation's active rules as it arrives, handle a signal once with a reason.
 * Every firing goes into the processing log with its rule and the rule's legal ground.
 */
import type { Actor } from '../../platform/authz';
import type { Queryable } from '../../platform/db';
import { conflict, invalidMany, notFound, preconditionFailed } from '../../platform/errors';
import { logProcessing } from '../../platform/processing-log';
import { dutchDate } from '../../platform/dutch-date';
import * as casesCommands from '../../cases/commands';
import * as cases from '../../cases/queries';
import { notifyUser } from '../../escalation/commands';
import { conditionsHold, firesOn, handleRefusal, validateRule, type CaseEvent } from './model';
import * as policy from './policy';
import * as store from './store';
import { countText } from '../../platform/dutch-count';

export type RuleBody = store.RuleFields;

export async function createRule(tx: Queryable, a: Actor, body: RuleBody): Promise<string> {
  policy.assertMayManageRules(a);
  const problems = validateRule(body);
  if (problems.length) throw invalidMany(problems);
  return store.insertRule(tx, a, body);
}

export async function updateRule(tx: Queryable, a: Actor, id: string, version: number, body: RuleBody): Promise<number> {
  policy.assertMayManageRules(a);
  const problems = validateRule(body);
  if (problems.length) throw invalidMany(problems);
  const v = await store.updateRule(tx, a.organisationId, id, version, body);
  if (v === null) {
    if (!(await store.getRule(tx, a.organisationId, id))) throw notFound('Signaalregel');
    throw preconditionFailed();
  }
  return v;
}

const toEvent = (e: cases.LifeEventRow): CaseEvent => ({ id: e.id, type: e.type, on: e.occurredOn, seq: e.seq });

/** Records the event and evaluates every active rule of the organisation on the case; returns the new signals. */
export async function recordEvent(tx: Queryable, a: Actor, caseId: string, body: { type: string; occurredOn: string; note: string }, today: string) {
  const { cs, event } = await casesCommands.recordLifeEvent(tx, a, caseId, body, today);
  const all = (await cases.lifeEventsOf(tx, cs.id)).map(toEvent);
  const added = toEvent(event);
  const before = all.filter((e) => e.id !== added.id);
  const fired: Array<{ id: string; ruleId: string; ruleName: string }> = [];
  let applicantBirthDate: string | null | undefined;
  for (const rule of await store.listRules(tx, a.organisationId, true)) {
    const m = firesOn(rule, before, added, await store.lastFiring(tx, rule.id, cs.id));
    if (!m) continue;
    const last = all.find((e) => e.id === m.eventIds[m.eventIds.length - 1])!;
    if (rule.conditions.length) {
      // The age conditions (legal limits only) are about the applicant on the day the combination completed.
      applicantBirthDate ??= (await cases.getHousehold(tx, cs.organisationId, cs.householdId)).members.find((p) => p.role === 'aanvrager')?.birthDate ?? null;
      if (!conditionsHold(rule.conditions, applicantBirthDate, last.on)) continue;
    }
    const id = await store.insertFiring(tx, { organisationId: cs.organisationId, ruleId: rule.id, caseId: cs.id, householdId: cs.householdId, teamId: cs.teamId, eventIds: m.eventIds, throughOn: last.on, throughSeq: last.seq, firedOn: today });
    await logProcessing(tx, a, {
      action: 'aanmaken', resource: 'signaal', resourceId: id, caseId: cs.id, householdId: cs.householdId,
      fields: [`signaalregel: ${rule.name}`, ...m.eventIds.map((e) => `gebeurtenis: ${all.find((x) => x.id === e)!.type}`)],
      purpose: 'hulpverlening', legalGround: rule.legalGround,
    });
    // The case's regisseur gets a melding that leads to the case's gebeurtenissen: a request to look, nothing more.
    const title = `Signaal op ${cs.title}: ${rule.name}`;
    const body = `De signaalregel "${rule.name}" ging op ${dutchDate(today)} af op de casus ${cs.title}: ${m.eventIds.length} gebeurtenissen binnen ${countText(rule.windowDays, 'dag', 'dagen')} (tot en met ${dutchDate(last.on)}). Kijk of het huishouden iets nodig heeft, en pak het signaal op of leg het terzijde met een reden. Een signaal is geen besluit.`;
    await notifyUser(tx, { organisationId: cs.organisationId, userId: cs.regisseurId, kind: 'signaal', title, body, caseId: cs.id });
    await logProcessing(tx, a, {
      action: 'aanmaken', resource: 'melding', resourceId: id, caseId: cs.id, householdId: cs.householdId,
      fields: [`signaalregel: ${rule.name}`, 'casus (naam)', 'melding aan de regisseur'],
      purpose: 'hulpverlening', legalGround: rule.legalGround,
    });
    fired.push({ id, ruleId: rule.id, ruleName: rule.name });
  }
  return { event, signals: fired };
}

/** The regisseur (or the team) acts on a signal or puts it aside, once, with a reason. */
export async function handleSignal(tx: Queryable, a: Actor, id: string, version: number | null, body: { outcome: 'opgepakt' | 'terzijde'; reason: string }, today: string) {
  policy.assertMaySeeSignals(a);
  const f = await store.getFiring(tx, a.organisationId, id);
  if (!f || f.teamId !== a.teamId) throw notFound('Signaal');
  if (version !== null && version !== f.version) throw preconditionFailed();
  const refusal = handleRefusal(f.status, body.reason);
  if (refusal) throw f.status !== 'open' ? conflict(refusal, 'al_afgehandeld') : invalidMany([{ name: 'reason', reason: refusal }]);
  const v = await store.handleFiring(tx, a, id, version, body.outcome, body.reason.trim(), today);
  if (v === null) throw preconditionFailed();
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'signaal', resourceId: id, caseId: f.caseId, householdId: f.householdId, fields: ['status', 'reden'], purpose: 'hulpverlening' });
  return { id, status: body.outcome, version: v };
}
