// SPDX-License-Identifier: EUPL-1.2
/**
 * The escalation flow across the store calls of one transaction: recording a decision (with its
 * overbrugging and structural signal) and handing a knelpunt over to another organisation. Used by
 * the routes and by the demo loader.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { invalid } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getHousehold } from '../cases/store';
import { computeBusinessCase, type Funder } from '../businesscase/model';
import { latestForKnelpunt } from '../businesscase/store';
import { householdSummary, minimiseHandover, type Outcome, type SignalKind } from './model';
import * as store from './store';

export interface DecisionBody {
  outcome: Outcome;
  text: string;
  referToLevelId?: string;
  referToOrganisation?: string;
  decidedOn?: string;
  overbrugging?: { help: string; provisionalFunder: Funder; provisionalAmountCents: number; startedOn?: string };
  signal?: { kind: SignalKind; rule: string; proposal: string };
}

/**
 * When a step lands on a level of another organisation, hand over only what that level needs
 * (AVG art. 5 lid 1 sub c): the knelpunt, the legitimation, the business case and a household
 * summary without direct identifiers unless the resident consented. Logged in both organisations.
 */
export async function handOver(tx: Queryable, actor: Actor, k: store.KnelpuntRow, step: store.StepRow, level: store.LevelRow): Promise<string | null> {
  if (!level.deciderOrganisationId) return null;
  const household = await getHousehold(tx, k.organisationId, k.householdId);
  const summary = householdSummary(household.members, step.escalatedOn, k.consentToShare);
  const bc = await latestForKnelpunt(tx, k.organisationId, k.id);
  const bcResult = bc && computeBusinessCase({ horizonMonths: bc.horizonMonths, regulier: bc.lines.filter((l) => l.path === 'regulier'), maatwerk: bc.lines.filter((l) => l.path === 'maatwerk') });
  const ladder = await store.listLevels(tx, k.organisationId);
  const steps = await store.listSteps(tx, k.id);
  const source = (await tx.query<{ name: string }>(`SELECT name FROM organisations WHERE id = $1`, [k.organisationId])).rows[0].name;
  const full = {
    from: source,
    knelpunt: {
      solutionNeeded: k.solutionNeeded, blockingLaw: k.blockingLaw, blockingArticle: k.blockingArticle, blockingOrganisation: k.blockingOrganisation, policyRule: k.policyRule, type: k.type,
      costOfWaiting: k.costOfWaiting, costOfWaitingCents: k.costOfWaitingCents, recordedOn: k.createdOn,
    },
    omgekeerdeToets: { ruleGoal: k.toetsRuleGoal, counterproductive: k.toetsCounterproductive, proportionate: k.toetsProportionate },
    businessCase: bcResult && bc ? { title: bc.title, ...bcResult } : null,
    household: summary,
    escalation: {
      reason: step.reason,
      previousSteps: steps.filter((s) => s.id !== step.id).map((s) => ({ level: s.levelName, escalatedOn: s.escalatedOn, outcome: s.outcome, decision: s.decisionText, decidedOn: s.decidedOn })),
      ladder: ladder.map((l) => ({ id: l.id, position: l.position, name: l.name, organisation: l.deciderOrganisationName ?? source })),
    },
  };
  const { content } = minimiseHandover(full, household.members, summary.withIdentifiers);
  const h = await store.insertHandover(tx, actor, { receivingOrganisationId: level.deciderOrganisationId, sourceOrganisationId: k.organisationId, stepId: step.id, knelpuntId: k.id, levelName: level.name, deadline: step.deadline, content, withIdentifiers: summary.withIdentifiers }, level, k);
  const fields = ['knelpunt', 'omgekeerdeToets', 'businessCase', summary.withIdentifiers ? 'household:naam+geboortejaar' : 'household:rollen+leeftijden'];
  await logProcessing(tx, actor, [
    ...(summary.withIdentifiers
      ? household.members.map((m) => ({ action: 'delen' as const, resource: 'overdracht', resourceId: h.id, caseId: k.caseId, householdId: k.householdId, personId: m.id, fields, purpose: 'escalatie' as const, organisationId: k.organisationId }))
      : [{ action: 'delen' as const, resource: 'overdracht', resourceId: h.id, caseId: k.caseId, householdId: k.householdId, fields, purpose: 'escalatie' as const, organisationId: k.organisationId }]),
    { action: 'delen', resource: 'overdracht', resourceId: h.id, fields: [...fields, `van:${source}`], purpose: 'escalatie', organisationId: level.deciderOrganisationId },
  ]);
  return h.id;
}

export async function recordDecision(tx: Queryable, a: Actor, stepId: string, body: DecisionBody, today: string) {
  const notFuture = (field: string, d: string | undefined) => {
    if (d && d > today) throw invalid(field, 'mag niet in de toekomst liggen');
    return d ?? today;
  };
  const decidedOn = notFuture('decidedOn', body.decidedOn);
  if (body.outcome === 'overbrugd' && !body.overbrugging) throw invalid('overbrugging', 'is verplicht bij de uitkomst overbrugd: welke hulp start, wie financiert voorlopig en hoeveel');
  if (body.outcome !== 'overbrugd' && body.overbrugging) throw invalid('overbrugging', 'hoort alleen bij de uitkomst overbrugd');
  const startedOn = body.overbrugging ? notFuture('overbrugging.startedOn', body.overbrugging.startedOn ?? decidedOn) : null;
  const res = await store.decide(tx, a, stepId, { outcome: body.outcome as Outcome, text: body.text, referToLevelId: body.referToLevelId, referToOrganisation: body.referToOrganisation, decidedOn });
  let overbrugging = null;
  if (body.overbrugging) overbrugging = await store.insertOverbrugging(tx, a, res.k, res.step.id, { help: body.overbrugging.help, provisionalFunder: body.overbrugging.provisionalFunder, provisionalAmountCents: body.overbrugging.provisionalAmountCents, startedOn: startedOn! });
  if (body.signal) await store.insertSignal(tx, a, res.k, res.step.id, body.signal, decidedOn);
  let handoverId: string | null = null;
  if (res.next) handoverId = await handOver(tx, a, res.k, res.next.step, res.next.level);
  const own = res.k.organisationId === a.organisationId;
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: res.k.id, caseId: own ? res.k.caseId : null, householdId: own ? res.k.householdId : null, fields: ['besluit', ...(body.overbrugging ? ['overbrugging'] : []), ...(body.signal ? ['signaal'] : [])], purpose: 'escalatie', organisationId: res.k.organisationId });
  return { step: res.step, knelpuntStatus: res.k.status, next: res.next?.step ?? null, overbrugging, handoverId };
}

