// SPDX-License-Identifier: EUPL-1.2
/**
 * What the escalation room holds on a person's household (AVG art. 15): the knelpunten on its cases
 * with their history, steps and decisions, the overbruggingen, and every hand-over with exactly
 * what was shared with which organisation (AVG art. 15 lid 1 sub c: the recipients).
 */
import type { InzageSource } from '../platform/inzage';
import { knelpuntHistory } from './queries';
import * as store from './store';

export const escalationInzage: InzageSource = async (tx, scope) => {
  const knelpunten = [];
  for (const caseId of scope.caseIds) {
    const list = await store.listKnelpunten(tx, scope.organisationId, { caseId, page: 1, pageSize: 100 });
    for (const k of list.items) {
      knelpunten.push({
        knelpunt: k,
        history: await knelpuntHistory(tx, k.id),
        steps: await store.listSteps(tx, k.id),
        overbruggingen: await store.listOverbruggingen(tx, scope.organisationId, { knelpuntId: k.id }),
        sharedWith: (await store.handoversOfKnelpunt(tx, k.id)).map((h) => ({ organisation: h.organisationName, level: h.levelName, sharedAt: h.createdAt, withIdentifiers: h.withIdentifiers, content: h.content })),
      });
    }
  }
  return knelpunten.length ? { knelpunten } : null;
};
