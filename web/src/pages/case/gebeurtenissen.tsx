// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/gebeurtenissen`: life events and applications, and the signals they fired. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { CaseSignalsSection } from '../signaalregels';

export function EventsTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <CaseSignalsSection caseId={ctx.file.case.id} canEdit={ctx.canEdit && ctx.file.case.status === 'open'} />
    </>
  );
}
