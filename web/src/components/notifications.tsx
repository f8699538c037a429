// SPDX-License-Identifier: EUPL-1.2
/**
 * Meldingen in the page header: the number of unread notifications on a button (its name says the
 * number, so a screen reader hears it) that opens the list, unread first, each markable as read.
 * Reloaded on every navigation, so a new escalation or decision shows up without a page reload.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { formatDate, formatDateTime } from '../format';
import { Link } from '../router';
import { Button } from '../ui';

type Notification = Schemas['Notification'];

export function Notifications({ path }: { path?: string }) {
  const [data, setData] = useState<{ items: Notification[]; unread: number } | null>(null);
  const [open, setOpen] = useState(false);
  const load = useCallback(() => {
    api.get('/notifications').then((r) => setData(r.data), () => {});
  }, []);
  useEffect(load, [load, path]);
  useEffect(() => setOpen(false), [path]);
  if (!data) return null;
  const markRead = async (id: string) => {
    try {
      await api.post('/notifications/{id}/read', { path: { id } });
    } finally {
      load();
    }
  };
  const label = data.unread === 0 ? 'Meldingen' : `Meldingen (${data.unread} ongelezen)`;
  return (
    <div className="mw-notifications">
      <Button appearance="subtle-button" type="button" aria-expanded={open} aria-controls="meldingen" onClick={() => setOpen(!open)}>
        {label}
      </Button>
      {open && (
        <div id="meldingen" className="mw-notifications__panel mw-card" role="region" aria-label="Meldingen">
          {data.items.length === 0 && <p className="utrecht-paragraph">U heeft geen meldingen.</p>}
          <ul className="utrecht-unordered-list mw-notifications__list">
            {data.items.map((n) => (
              <li key={n.id} className={n.readAt ? 'mw-muted' : undefined}>
                <p className="utrecht-paragraph">
                  <span className={n.readAt ? undefined : 'mw-strong'}>{n.title}</span>
                  {n.readAt ? <span className="mw-visually-hidden"> (gelezen)</span> : null}
                  <br />
                  {n.body.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatDate(d))}
                  <br />
                  <span className="mw-muted">{formatDateTime(n.createdAt)}</span>
                </p>
                {n.knelpuntId && <p className="utrecht-paragraph"><Link href={`/knelpunten/${n.knelpuntId}`}>Naar het knelpunt</Link></p>}
                {n.handoverId && <p className="utrecht-paragraph"><Link href={`/loket/overdrachten/${n.handoverId}`}>Naar de overdracht</Link></p>}
                {n.kind === 'overbrugging' && <p className="utrecht-paragraph"><Link href="/loket">Naar de overbruggingen</Link></p>}
                {!n.readAt && (
                  <Button appearance="secondary-action-button" type="button" onClick={() => markRead(n.id)}>
                    Gelezen<span className="mw-visually-hidden">: {n.title}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
