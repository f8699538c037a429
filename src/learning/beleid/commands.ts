// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases of the follow-up: turn the structural signals on a rule into a proposal (delivered to
 * the organisation that owns the rule when that is another one, with only the count of knelpunten
 * behind it), put it on an agenda, decide, implement, and answer as the receiving organisation.
 */
import type { Actor } from '../../platform/authz';
import type { Queryable } from '../../platform/db';
import { conflict, invalid, notFound, preconditionFailed } from '../../platform/errors';
import * as accounts from '../../accounts/queries';
import { checkNotFuture } from '../../cases/model';
import { CHANGE_KIND_LABELS, stepRefusal, type ChangeKind, type Decision, type Step } from './model';
import * as policy from './policy';
import { findGroup, ruleFacts } from './queries';
import * as store from './store';

export async function propose(tx: Queryable, a: Actor, body: { ruleKey: string; proposal: string; targetOrganisationId?: string | null; proposedOn?: string }, today: string, opts: { isDemo?: boolean } = {}): Promise<string> {
  policy.assertMayPropose(a);
  // Recorded afterwards, a proposal keeps the day it was made (a doorbraaktafel's meeting): not in the future.
  const proposedOn = body.proposedOn ?? today;
  checkNotFuture('proposedOn', proposedOn, today);
  const facts = await ruleFacts(tx, a);
  const g = findGroup(facts.groups, body.ruleKey);
  if (!g) throw invalid('ruleKey', 'onbekende regel: kies een regel uit het overzicht van structurele signalen');
  const target = body.targetOrganisationId ?? null;
  if (target === a.organisationId) throw invalid('targetOrganisationId', 'kies een andere organisatie, of laat dit leeg voor een eigen regel');
  const targetName = target ? await accounts.organisationName(tx, target) : null;
  if (target && !targetName) throw invalid('targetOrganisationId', 'deze organisatie bestaat niet op het platform');
  const days = (facts.knelpuntDays.get(g.key) ?? []).slice().sort();
  const id = await store.insertProposal(tx, {
    organisationId: a.organisationId, targetOrganisationId: target, ruleKey: g.key, ruleLabel: g.label, proposal: body.proposal, knelpuntCount: days.length, firstKnelpuntOn: days[0] ?? null,
    createdBy: a.userId, createdByName: a.userName, createdOn: proposedOn, isDemo: opts.isDemo,
  });
  const own = (await accounts.organisationName(tx, a.organisationId)) ?? '';
  await store.addEvent(tx, { proposalId: id, kind: 'voorgesteld', detail: targetName ? `Verstuurd naar ${targetName}, met het aantal knelpunten erachter (${days.length})` : '', userName: a.userName, userOrganisation: own, on: proposedOn });
  return id;
}

async function load(tx: Queryable, a: Actor, id: string) {
  const p = await store.getProposal(tx, a.organisationId, id);
  if (!p) throw notFound('Voorstel');
  return p;
}

export type StepBody =
  | { to: 'geagendeerd'; table: string; on: string }
  | { to: 'besloten'; decision: Decision; reason: string; on: string }
  | { to: 'ingevoerd'; kind: ChangeKind; description: string; from: string };

const DETAIL = (s: StepBody) =>
  s.to === 'geagendeerd' ? `${s.table}`
  : s.to === 'besloten' ? `${s.decision === 'aangenomen' ? 'Aangenomen' : 'Verworpen'}: ${s.reason}`
  : `${CHANGE_KIND_LABELS[s.kind]}: ${s.description}`;

/** One step of the follow-up, refused by the state machine when it does not fit; atomic on the version. */
export async function move(tx: Queryable, a: Actor, id: string, version: number, body: StepBody, today: string): Promise<number> {
  const p = await load(tx, a, id);
  policy.assertMayMove(a, p);
  // A stale version first: whoever lost a race learns that someone else moved the proposal (412), not that the step no longer fits.
  if (p.version !== version) throw preconditionFailed();
  if (body.to === 'besloten') checkNotFuture('on', body.on, today);
  const step: Step = body;
  const refusal = stepRefusal(p, step);
  if (refusal) throw refusal.field === null ? conflict(refusal.reason, 'verkeerde_fase') : invalid(refusal.field, refusal.reason);
  const fields: store.StageFields =
    body.to === 'geagendeerd' ? { stage: 'geagendeerd', agendaTable: body.table.trim(), agendaOn: body.on }
    : body.to === 'besloten' ? { stage: 'besloten', decision: body.decision, decisionReason: body.reason.trim(), decidedOn: body.on }
    : { stage: 'ingevoerd', changeKind: body.kind, changeDescription: body.description.trim(), changeFrom: body.from };
  const v = await store.moveProposal(tx, p.id, version, p.stage, fields);
  if (v === null) throw preconditionFailed();
  await store.addEvent(tx, { proposalId: p.id, kind: body.to, detail: DETAIL(body), userName: a.userName, userOrganisation: (await accounts.organisationName(tx, a.organisationId)) ?? '', on: body.to === 'geagendeerd' ? body.on : body.to === 'besloten' ? body.on : body.from });
  return v;
}

/** The receiving organisation answers; the sender sees the answer. */
export async function answer(tx: Queryable, a: Actor, id: string, version: number, text: string, today: string): Promise<number> {
  const p = await load(tx, a, id);
  policy.assertMayAnswer(a, p);
  const v = await store.answerProposal(tx, p.id, version, a.organisationId, text.trim(), today, a.userName);
  if (v === null) throw preconditionFailed();
  await store.addEvent(tx, { proposalId: p.id, kind: 'antwoord', detail: text.trim(), userName: a.userName, userOrganisation: (await accounts.organisationName(tx, a.organisationId)) ?? '', on: today });
  return v;
}
