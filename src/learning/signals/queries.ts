// SPDX-License-Identifier: EUPL-1.2
/** Reads of signal rules (with how they do) and of the signals on cases, for the routes. */
import type { Actor } from '../../platform/authz';
import type { Queryable } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { logProcessing } from '../../platform/processing-log';
import * as cases from '../../cases/queries';
import { LIFE_EVENT_LABELS, LIFE_EVENT_TYPES, algoritmeregister, ruleScore, type FiringStatus } from './model';
import * as policy from './policy';
import * as store from './store';

export async function rules(tx: Queryable, a: Actor) {
  policy.assertMayReadRules(a);
  const [list, counts] = await Promise.all([store.listRules(tx, a.organisationId), store.ruleCounts(tx, a.organisationId)]);
  return list.map((r) => ({ ...r, score: ruleScore(counts.get(r.id) ?? { fired: 0, dismissed: 0, acted: 0 }) }));
}

export async function rule(tx: Queryable, a: Actor, id: string) {
  policy.assertMayReadRules(a);
  const r = await store.getRule(tx, a.organisationId, id);
  if (!r) throw notFound('Signaalregel');
  const counts = (await store.ruleCounts(tx, a.organisationId)).get(r.id) ?? { fired: 0, dismissed: 0, acted: 0 };
  return { ...r, score: ruleScore(counts), dismissReasons: await store.dismissReasons(tx, a.organisationId, r.id) };
}

export async function register(tx: Queryable, a: Actor, id: string) {
  policy.assertMayReadRules(a);
  const r = await store.getRule(tx, a.organisationId, id);
  if (!r) throw notFound('Signaalregel');
  return algoritmeregister(r);
}

/** The signals of the actor's team (or of one case), open first; each reading logged per case. */
export async function signals(tx: Queryable, a: Actor, f: { caseId?: string; status?: FiringStatus }, purpose: 'hulpverlening' | 'toegang' = 'hulpverlening') {
  policy.assertMaySeeSignals(a);
  if (f.caseId) await cases.getCaseForActor(tx, a, f.caseId);
  const items = await store.listFirings(tx, a.organisationId, { teamId: a.teamId, caseId: f.caseId, status: f.status });
  await logProcessing(tx, a, items.map((s) => ({ action: 'lezen' as const, resource: 'signaal', resourceId: s.id, caseId: s.caseId, householdId: s.householdId, fields: ['signaalregel', 'status'], purpose })));
  return items.map(({ householdId: _h, teamId: _t, regisseurId, ...s }) => ({ ...s, mine: regisseurId === a.userId }));
}

/** The life events on a case with the list of kinds to record (labels in Dutch). */
export async function lifeEvents(tx: Queryable, a: Actor, caseId: string) {
  const { items } = await cases.readLifeEvents(tx, a, caseId);
  return { items: items.map(({ seq: _s, caseId: _c, ...e }) => e), types: LIFE_EVENT_TYPES.map((key) => ({ key, label: LIFE_EVENT_LABELS[key] })) };
}
