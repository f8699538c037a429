// SPDX-License-Identifier: EUPL-1.2
/**
 * What the signals hold on a person's household (AVG art. 15, and art. 22's right to know about
 * automated processing): every signal on its cases, with the rule, its purpose and legal ground, the
 * events it looked at, and what the regisseur did with it.
 */
import type { InzageSource } from '../../platform/inzage';
import * as store from './store';

export const signalsInzage: InzageSource = async (tx, scope) => {
  const signals = [];
  for (const caseId of scope.caseIds) {
    for (const f of await store.listFirings(tx, scope.organisationId, { caseId })) {
      const rule = await store.getRule(tx, scope.organisationId, f.ruleId);
      signals.push({
        caseId: f.caseId, rule: f.ruleName, purpose: f.rulePurpose, legalGround: rule?.legalGround ?? '', events: f.ruleEvents, windowDays: f.ruleWindowDays,
        firedOn: f.firedOn, status: f.status, reason: f.reason, handledBy: f.handledByName, handledOn: f.handledOn,
      });
    }
  }
  return signals.length ? { signals } : null;
};
