// SPDX-License-Identifier: EUPL-1.2
/** The case's tab `/casussen/{id}/knelpunten`. A room that adds to this part adds one line here. */
import type { CaseCtx } from '../case';
import { KnelpuntSection } from '../case-extra';

export function KnelpuntTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <KnelpuntSection ctx={ctx} />
    </>
  );
}
