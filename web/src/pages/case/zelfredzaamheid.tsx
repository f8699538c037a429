// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/zelfredzaamheid`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { AssessmentSection } from '../case-parts';

export function AssessmentTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <AssessmentSection ctx={ctx} />
    </>
  );
}
