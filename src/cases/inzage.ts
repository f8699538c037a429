// SPDX-License-Identifier: EUPL-1.2
/** What the case room holds on one person: the member record, the household, its cases with assessment, plan and all notes. */
import type { InzageSource } from '../platform/inzage';
import * as store from './store';

export const casesInzage: InzageSource = async (tx, scope) => {
  const household = await store.getHousehold(tx, scope.organisationId, scope.householdId);
  const cases = [];
  for (const caseId of scope.caseIds) {
    const c = (await tx.query(`SELECT id, title, summary, status, origin, wams_phase AS "wamsPhase", opened_on AS "openedOn", closed_on AS "closedOn", close_reason AS "closeReason" FROM cases WHERE id = $1 AND organisation_id = $2`, [caseId, scope.organisationId])).rows[0];
    if (!c) continue;
    cases.push({
      ...c,
      phases: await store.listPhases(tx, caseId),
      events: await store.listEvents(tx, caseId),
      assessment: (await store.assessmentOf(tx, caseId)).history,
      plan: await store.planOf(tx, caseId),
      notes: await store.listNotes(tx, caseId, ['hulpverlening', 'toegang', 'handhaving']),
    });
  }
  return { person: household.members.find((m) => m.id === scope.personId) ?? null, household, cases };
};
