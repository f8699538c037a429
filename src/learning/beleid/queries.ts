// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads of the follow-up: structural signals grouped per canonical rule with their knelpunten and
 * proposals, and the proposals with their effect. Counts and rule texts only: no case or person.
 */
import type { Actor } from '../../platform/authz';
import type { Queryable } from '../../platform/db';
import { notFound } from '../../platform/errors';
import * as escalation from '../../escalation/queries';
import * as accounts from '../../accounts/queries';
import { effectOf, groupRuleRefs, leadTimeDays, parseRuleRef, refKey, type RuleGroup } from './model';
import * as policy from './policy';
import * as store from './store';

/** The group a stored proposal belongs to: its key, or the key of one of the group's references (groups re-form as references arrive). */
export const findGroup = (groups: readonly RuleGroup[], key: string) => groups.find((g) => g.key === key) ?? groups.find((g) => g.members.some((m) => refKey(parseRuleRef(m)) === key)) ?? null;

export interface RuleFacts {
  groups: RuleGroup[];
  /** Knelpunt days (one entry per knelpunt) per group key. */
  knelpuntDays: Map<string, string[]>;
  signals: Awaited<ReturnType<typeof escalation.ruleFacts>>['signals'];
}

export async function ruleFacts(tx: Queryable, a: Actor): Promise<RuleFacts> {
  const facts = await escalation.ruleFacts(tx, a);
  const groups = groupRuleRefs([...facts.signals.map((s) => s.rule), ...facts.knelpunten.map((k) => k.reference)]);
  const byMember = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.key] as const)));
  const knelpuntDays = new Map<string, string[]>();
  for (const k of facts.knelpunten) {
    const key = byMember.get(k.reference)!;
    const days = knelpuntDays.get(key) ?? [];
    for (let i = 0; i < k.count; i++) days.push(k.on);
    knelpuntDays.set(key, days);
  }
  return { groups, knelpuntDays, signals: facts.signals };
}

type Proposal = store.ProposalRow;
const direction = (a: Actor, p: Proposal) => (p.organisationId === a.organisationId ? ('verstuurd' as const) : ('ontvangen' as const));

/** A proposal as the actor sees it: the receiver sees the rule, the proposal and the count, never the sender's knelpunten. */
function present(a: Actor, p: Proposal, facts: RuleFacts | null, today: string) {
  const own = p.organisationId === a.organisationId;
  const g = own && facts ? findGroup(facts.groups, p.ruleKey) : null;
  const days = g ? (facts!.knelpuntDays.get(g.key) ?? []) : [];
  const { organisationId: _o, targetOrganisationId: _t, ...rest } = p;
  return {
    ...rest,
    direction: direction(a, p),
    mayMove: a.roles.includes('beleid') && (p.targetOrganisationId ?? p.organisationId) === a.organisationId,
    mayAnswer: a.roles.includes('beleid') && p.targetOrganisationId === a.organisationId,
    effect: own && p.stage === 'ingevoerd' && p.changeFrom ? effectOf(days, p.changeFrom, today) : null,
    leadTimeDays: p.stage === 'ingevoerd' ? leadTimeDays(p.firstKnelpuntOn, p.changeFrom) : null,
  };
}

/** The rules behind the organisation's structural signals, grouped by canonical reference, with counts and proposals. */
export async function rules(tx: Queryable, a: Actor) {
  policy.assertMayRead(a);
  const facts = await ruleFacts(tx, a);
  const proposals = (await store.listProposals(tx, a.organisationId)).filter((p) => p.organisationId === a.organisationId);
  const items = facts.groups
    .map((g) => {
      const sigs = facts.signals.filter((s) => g.members.includes(s.rule));
      const days = (facts.knelpuntDays.get(g.key) ?? []).slice().sort();
      const mine = proposals.filter((p) => findGroup(facts.groups, p.ruleKey)?.key === g.key);
      const changed = mine.filter((p) => p.stage === 'ingevoerd' && p.changeFrom).map((p) => p.changeFrom!).sort()[0] ?? null;
      return {
        key: g.key,
        label: g.label,
        references: g.members,
        signals: sigs.length,
        regelWijzigen: sigs.filter((s) => s.kind === 'regel_wijzigen').length,
        vasteAfspraak: sigs.filter((s) => s.kind === 'vaste_afspraak').length,
        proposals: [...new Set(sigs.map((s) => s.proposal))],
        blockingOrganisations: [...new Set(sigs.map((s) => s.blockingOrganisation))],
        knelpunten: days.length,
        firstKnelpuntOn: days[0] ?? null,
        latestSignalOn: sigs.map((s) => s.createdOn).sort().pop() ?? null,
        followUps: mine.map((p) => ({ id: p.id, stage: p.stage, decision: p.decision })),
        changedFrom: changed,
        leadTimeDays: leadTimeDays(days[0] ?? null, changed),
      };
    })
    .filter((r) => r.signals > 0)
    .sort((x, y) => y.signals - x.signals || x.label.localeCompare(y.label, 'nl'));
  const organisations = (await accounts.listOrganisations(tx)).items.filter((o) => o.id !== a.organisationId).map((o) => ({ id: o.id, name: o.name }));
  return { items, organisations };
}

export async function proposals(tx: Queryable, a: Actor, today: string) {
  policy.assertMayRead(a);
  const facts = await ruleFacts(tx, a);
  return (await store.listProposals(tx, a.organisationId)).map((p) => present(a, p, facts, today));
}

export async function proposal(tx: Queryable, a: Actor, id: string, today: string) {
  policy.assertMayRead(a);
  const p = await store.getProposal(tx, a.organisationId, id);
  if (!p) throw notFound('Voorstel');
  policy.assertSees(a, p);
  const facts = p.organisationId === a.organisationId ? await ruleFacts(tx, a) : null;
  return { ...present(a, p, facts, today), history: await store.eventsOf(tx, p.id) };
}

/**
 * For the council's report (no authorisation: the caller has checked the report's): the structural
 * changes made in a period — proposals that reached 'ingevoerd' with the change in force from a day
 * in the period and not after today — per change kind. Counts of rule changes, no case or person.
 */
export async function implementedChanges(tx: Queryable, organisationId: string, from: string, to: string, today: string) {
  const through = to < today ? to : today;
  if (through < from) return [];
  return store.implementedChanges(tx, organisationId, from, through);
}
