// SPDX-License-Identifier: EUPL-1.2
/** The patterns' one change: whether the organisation contributes its aggregate counts to the regional and national view. */
import type { Queryable } from '../../platform/db';
import type { Actor } from '../../platform/authz';
import * as policy from './policy';
import * as store from './store';

export async function setContribution(tx: Queryable, a: Actor, contributes: boolean) {
  policy.assertMaySetContribution(a);
  await store.setContribution(tx, a.organisationId, contributes, a.userId);
  return store.contribution(tx, a.organisationId);
}
