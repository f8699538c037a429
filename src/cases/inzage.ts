// SPDX-License-Identifier: EUPL-1.2
/** What the case room holds on one person: the member record, the household, its cases with assessment, plan and all notes. */
import type { InzageSource } from '../platform/inzage';
import { casesForInzage, getHousehold } from './queries';

export const casesInzage: InzageSource = async (tx, scope) => {
  const household = await getHousehold(tx, scope.organisationId, scope.householdId);
  const cases = await casesForInzage(tx, scope.organisationId, scope.caseIds);
  return { person: household.members.find((m) => m.id === scope.personId) ?? null, household, cases };
};
