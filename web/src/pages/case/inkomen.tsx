// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/inkomen`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { CaseIncomeSection } from '../case-income';
import { CaseEnforcementSection } from '../handhaving-case';

export function IncomeTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <CaseEnforcementSection ctx={ctx} />
      <CaseIncomeSection caseId={ctx.file.case.id} canEdit={ctx.canEdit} />
    </>
  );
}
