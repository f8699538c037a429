// SPDX-License-Identifier: EUPL-1.2
/**
 * Subject access (AVG art. 15): every room that holds personal data contributes a source that
 * returns what it holds on one person. The privacy room combines them into one JSON export.
 */
import type { Queryable } from './db';

export interface InzageScope {
  organisationId: string;
  /** The member (person) the request is about. */
  personId: string;
  householdId: string;
  /** Cases of the person's household. */
  caseIds: string[];
}

/** Returns a JSON-serialisable section, or null when the room holds nothing on this person. */
export type InzageSource = (tx: Queryable, scope: InzageScope) => Promise<unknown>;
