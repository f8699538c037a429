// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/inkomen`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { IncomeSection } from '../case-extra';
import { CaseEnforcementSection } from '../handhaving-case';

export function IncomeTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <CaseEnforcementSection ctx={ctx} />
      <IncomeSection ctx={ctx} organisationName={ctx.organisationName} />
    </>
  );
}
