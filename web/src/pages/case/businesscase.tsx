// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/businesscase`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { BusinessCaseSection } from '../case-business';

export function BusinessCaseTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <BusinessCaseSection ctx={ctx} />
    </>
  );
}
