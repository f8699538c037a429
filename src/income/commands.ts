// SPDX-License-Identifier: EUPL-1.2
/** The income room's use cases (ADR 11), inside the caller's transaction. */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor } from '../cases/queries';
import { checkInput, type InputKind, type StoredInput } from './model';
import { enforce, mayManageSchemes, mayWorkWithCaseIncome } from './policy';
import { parseRegelingenVersie, type RegelingenVersie } from './schemes';

import * as store from './store';

/**
 * Store an income input on a case: create it (version null) or replace the version the user
 * edited. The input is refused, naming every field, before anything is locked or written.
 */
export async function putCaseIncome(tx: Queryable, actor: Actor, caseId: string, kind: InputKind, input: unknown, version: number | null): Promise<StoredInput> {
  enforce(mayWorkWithCaseIncome(actor));
  const body = checkInput(kind, input);
  const cs = await getCaseForActor(tx, actor, caseId, { forUpdate: true });
  const saved = await store.putInput(tx, actor, cs.id, kind, body, version);
  await logProcessing(tx, actor, { action: version === null ? 'aanmaken' : 'wijzigen', resource: 'inkomensgegevens', resourceId: kind, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
  return saved;
}

/**
 * Add a version of the organisation's own schemes (from the screen or an imported file): refused,
 * naming every field, before anything is written; older versions stay as they are.
 */
export async function addSchemeVersion(tx: Queryable, actor: Actor, input: unknown): Promise<RegelingenVersie> {
  enforce(mayManageSchemes(actor));
  const v = parseRegelingenVersie(input);
  return store.insertSchemeVersion(tx, actor, v);
}
