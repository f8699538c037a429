// SPDX-License-Identifier: EUPL-1.2
/** What the budget room holds on one person: the spends on their household's cases, with history and review verdicts (AVG art. 15). */
import type { InzageSource } from '../platform/inzage';
import { categoryLabel, SPEND_STATUS_LABELS } from './model';
import { spendsForInzage } from './queries';

export const budgetInzage: InzageSource = async (tx, scope) => {
  const spends = await spendsForInzage(tx, scope.organisationId, scope.caseIds);
  if (!spends.length) return null;
  return {
    spends: spends.map(({ spend: s, history, reviews }) => ({
      id: s.id,
      caseId: s.caseId,
      budget: s.potName,
      amountCents: s.amountCents,
      category: categoryLabel(s.category),
      payee: s.payee,
      spentOn: s.spentOn,
      description: s.description,
      justification: s.justification,
      status: SPEND_STATUS_LABELS[s.status],
      decisionReason: s.decisionReason,
      history,
      reviews,
    })),
  };
};
