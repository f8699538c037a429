// SPDX-License-Identifier: EUPL-1.2
/** What the partners room holds on one person's household: who was invited to its cases, for what, and the messages (AVG art. 15). */
import type { InzageSource } from '../platform/inzage';
import * as store from './store';

export const partnersInzage: InzageSource = async (tx, scope) => {
  const invitations = await store.invitationsOfHousehold(tx, scope.organisationId, scope.householdId);
  if (!invitations.length) return null;
  const messages = await store.messagesOf(tx, invitations.map((i) => i.id));
  return invitations.map(({ partnerUserId: _u, ...i }) => ({ ...i, messages: messages.filter((m) => m.invitationId === i.id) }));
};
