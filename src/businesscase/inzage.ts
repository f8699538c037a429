// SPDX-License-Identifier: EUPL-1.2
/** What the business-case room holds on a person's household (AVG art. 15): the business cases of its cases, as computed. */
import type { InzageSource } from '../platform/inzage';
import { resultOf } from './model';
import * as store from './store';

export const businesscaseInzage: InzageSource = async (tx, scope) => {
  const out = [];
  for (const caseId of scope.caseIds) {
    for (const b of await store.listForCase(tx, scope.organisationId, caseId)) {
      const result = resultOf(b);
      out.push({ id: b.id, caseId, title: b.title, horizonMonths: b.horizonMonths, createdAt: b.createdAt, summary: result.summary, regulier: result.regulier.lines.map((l) => l.explanation), maatwerk: result.maatwerk.lines.map((l) => l.explanation) });
    }
  }
  return out.length ? { businessCases: out } : null;
};
