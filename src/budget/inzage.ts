// SPDX-License-Identifier: EUPL-1.2
/** What the budget room holds on one person: the spends on their household's cases, with history and review verdicts (AVG art. 15). */
import type { InzageSource } from '../platform/inzage';
import { CATEGORIES, SPEND_STATUS_LABELS, type Category } from './model';
import * as store from './store';

export const budgetInzage: InzageSource = async (tx, scope) => {
  const spends = await store.spendsOfCases(tx, scope.organisationId, scope.caseIds);
  if (!spends.length) return null;
  const reviews = await store.reviewsOfSpends(tx, spends.map((s) => s.id));
  const out = [];
  for (const s of spends) {
    out.push({
      id: s.id,
      caseId: s.caseId,
      budget: s.potName,
      amountCents: s.amountCents,
      category: CATEGORIES[s.category as Category] ?? s.category,
      payee: s.payee,
      spentOn: s.spentOn,
      description: s.description,
      justification: s.justification,
      status: SPEND_STATUS_LABELS[s.status],
      decisionReason: s.decisionReason,
      history: await store.spendEvents(tx, s.id),
      reviews: reviews.filter((r) => r.spendId === s.id).map(({ spendId: _s, ...r }) => r),
    });
  }
  return { spends: out };
};
