// SPDX-License-Identifier: EUPL-1.2
/** The case's history (`/casussen/{id}/geschiedenis`): who did what and when, newest first. */
import type { CaseCtx } from '../case';
import { formatDateTime } from '../../format';
import { H2, P } from '../../ui';

export function HistoryTab({ ctx }: { ctx: CaseCtx }) {
  const events = [...ctx.file.events].reverse();
  return (
    <section className="mw-section" aria-labelledby="geschiedenis">
      <H2 id="geschiedenis">Geschiedenis</H2>
      {events.length === 0 ? (
        <P>Nog geen gebeurtenissen.</P>
      ) : (
        <ol className="mw-history" aria-label="Gebeurtenissen, nieuwste eerst">
          {events.map((ev, i) => (
            <li key={i} className="mw-history__item">
              <span className="mw-muted">{formatDateTime(ev.at)}</span>
              {ev.userName ? <span className="mw-strong"> · {ev.userName}</span> : null}
              <br />
              {ev.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
