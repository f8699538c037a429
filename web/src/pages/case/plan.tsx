// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/plan`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { PlanSection } from '../case-parts';

export function PlanTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <PlanSection ctx={ctx} />
    </>
  );
}
