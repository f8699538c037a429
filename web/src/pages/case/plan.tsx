// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/plan`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { PlanSection } from '../case-parts';
import { PartnersSection } from '../case-partners';
import { ResidentSection } from '../inwoner-case';

export function PlanTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <PlanSection ctx={ctx} />
      <PartnersSection ctx={ctx} />
      <ResidentSection ctx={ctx} />
    </>
  );
}
