// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/budget`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { BudgetSection } from '../case-extra';

export function BudgetTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <BudgetSection ctx={ctx} />
    </>
  );
}
