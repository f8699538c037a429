// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/notities`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { NotesSection } from '../case-parts';

export function NotesTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <NotesSection ctx={ctx} />
    </>
  );
}
