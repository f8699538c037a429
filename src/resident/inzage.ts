// SPDX-License-Identifier: EUPL-1.2
/** What the resident room holds on a household (AVG art. 15): messages, proposals and every consent decision. */
import type { InzageSource } from '../platform/inzage';
import * as store from './store';

export const residentInzage: InzageSource = async (tx, scope) => {
  if (!scope.caseIds.length) return null;
  const [messages, proposals, consents] = await Promise.all([store.messagesOfCases(tx, scope.caseIds), store.proposalsOfCases(tx, scope.caseIds), store.consentHistory(tx, scope.caseIds)]);
  return messages.length || proposals.length || consents.length ? { messages, proposals, consents } : null;
};
