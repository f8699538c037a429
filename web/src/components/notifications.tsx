// SPDX-License-Identifier: EUPL-1.2
/**
 * Meldingen in the page header: the number of unread notifications on a button (its name says the
 * number, so a screen reader hears it) that opens the list, unread first, each markable as read.
 * Reloaded on every navigation, so a new escalation or decision shows up without a page reload.
 * A melding about a partner in the plan leads the partner to its invitation and the regisseur to the
 * case's plan, where the partners' messages are.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { formatDate, formatDateTime } from '../format';
import { Link } from '../router';
import { Button } from '../ui';
import { useSession } from '../app';

type Notification = Schemas['Notification'];

export function Notifications({ path }: { path?: string }) {
  const [data, setData] = useState<{ items: Notification[]; unread: number } | null>(null);
  const [open, setOpen] = useState(false);
  const { has } = useSession();
  const button = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Escape closes the list and puts the focus back on the button; opening moves the focus into the list.
  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.querySelector('button')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  /** Where a notification leads: the case's knelpunten or budget, or the doorbraaktafel's queue. */
  const target = (n: Notification): { href: string; text: string } | null => {
    if (n.handoverId) return { href: `/loket/overdrachten/${n.handoverId}`, text: 'Naar de overdracht' };
    // Partners in the plan (ADR 0028): the partner goes to its invitation, the regisseur to the case's plan.
    if (n.invitationId) return { href: `/partner/${n.invitationId}`, text: 'Naar het plan waaraan u meewerkt' };
    if (n.kind === 'partner_bericht' && n.caseId) return { href: `/casussen/${n.caseId}/plan`, text: 'Naar de partners in het plan' };
    if (n.kind === 'overbrugging') return { href: '/loket', text: 'Naar de overbruggingen' };
    if (n.kind === 'escalatie' && has('doorbraaktafel')) return { href: '/doorbraaktafel', text: 'Naar de wachtrij van de doorbraaktafel' };
    if (n.kind === 'signaal' && n.caseId) return { href: `/casussen/${n.caseId}/gebeurtenissen`, text: 'Naar de gebeurtenissen van de casus' };
    if (n.knelpuntId) return { href: `/knelpunten/${n.knelpuntId}`, text: 'Naar het knelpunt' };
    if (n.kind.startsWith('budget_') && n.caseId) return { href: `/casussen/${n.caseId}/budget`, text: 'Naar het budget van de casus' };
    if (n.caseId && has('professional', 'teamleider')) return { href: `/casussen/${n.caseId}/knelpunten`, text: 'Naar de knelpunten van de casus' };
    return null;
  };
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
    <div className="mw-notifications" ref={button}>
      <Button appearance="subtle-button" type="button" aria-expanded={open} aria-controls="meldingen" onClick={() => setOpen(!open)}>
        {label}
      </Button>
      {open && (
        <div id="meldingen" ref={panel} tabIndex={-1} className="mw-notifications__panel mw-card" role="region" aria-label="Meldingen">
          <p className="utrecht-paragraph mw-muted">Sluiten met Escape of met de knop Meldingen.</p>
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
                {target(n) && (
                  <p className="utrecht-paragraph">
                    <Link href={target(n)!.href}>
                      {target(n)!.text}
                      <span className="mw-visually-hidden">: {n.title}</span>
                    </Link>
                  </p>
                )}
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
