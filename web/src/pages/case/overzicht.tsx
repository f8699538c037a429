// SPDX-License-Identifier: EUPL-1.2
/**
 * The case overview (`/casussen/{id}`): what needs attention first — actions past their date,
 * deadlines in the coming two weeks, spends waiting for approval or refused, knelpunten in escalation
 * — then the case facts with the Wams phase and the household. It loads at most three API calls: the
 * case file (already loaded by the page), the case's spends and its knelpunten.
 */
import { useEffect, useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { formatDate, formatEuro, todayIso } from '../../format';
import { Link } from '../../router';
import { H2, P } from '../../ui';
import { CaseSection, type CaseCtx } from '../case';
import { HouseholdSection } from '../case-parts';

type Spend = Schemas['BudgetSpend'];
type Knelpunt = Schemas['Knelpunt'];

/** Days from `from` to `to` (calendar dates, ISO), negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  const d = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((d(to) - d(from)) / 86_400_000);
}

const SOON_DAYS = 14;

export function OverviewTab({ ctx }: { ctx: CaseCtx }) {
  return (
    <>
      <Attention ctx={ctx} />
      <CaseSection ctx={ctx} />
      <HouseholdSection ctx={ctx} />
    </>
  );
}

interface Item {
  key: string;
  /** Sort key: the date it is about (past first). */
  on: string;
  text: React.ReactNode;
  href: string;
  urgent: boolean;
}

function Attention({ ctx }: { ctx: CaseCtx }) {
  const { file } = ctx;
  const id = file.case.id;
  const withPlan = !!file.plan;
  const [spends, setSpends] = useState<Spend[] | null>(null);
  const [knelpunten, setKnelpunten] = useState<Knelpunt[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!withPlan) return;
    api.get('/cases/{id}/spends', { path: { id } }).then((r) => setSpends(r.data.items), () => setFailed(true));
    api.get('/knelpunten', { query: { caseId: id, pageSize: 50 } }).then((r) => setKnelpunten(r.data.items), () => setFailed(true));
  }, [id, withPlan]);

  const today = todayIso();
  const items: Item[] = [];
  for (const a of file.plan?.actions ?? []) {
    if (!a.dueDate || a.status === 'gedaan' || a.status === 'vervallen') continue;
    const days = daysBetween(today, a.dueDate);
    if (a.overdue || days < 0)
      items.push({ key: `a${a.id}`, on: a.dueDate, urgent: true, href: `/casussen/${id}/plan`, text: <>Actie “{a.description}” is over de datum (uiterlijk {formatDate(a.dueDate)}{a.ownerUserName || a.ownerLabel ? `, ${a.ownerUserName || a.ownerLabel}` : ''}).</> });
    else if (days <= SOON_DAYS)
      items.push({ key: `a${a.id}`, on: a.dueDate, urgent: false, href: `/casussen/${id}/plan`, text: <>Actie “{a.description}” moet uiterlijk {formatDate(a.dueDate)} klaar zijn{days === 0 ? ' (vandaag)' : days === 1 ? ' (morgen)' : ` (over ${days} dagen)`}.</> });
  }
  for (const s of spends ?? []) {
    if (s.status === 'wacht_op_akkoord')
      items.push({ key: `s${s.id}`, on: s.spentOn, urgent: false, href: `/casussen/${id}/budget`, text: <>Uitgave “{s.description}” van {formatEuro(s.amountCents)} wacht op akkoord van de budgethouder.</> });
    else if (s.status === 'afgewezen' && s.decidedAt && daysBetween(s.decidedAt.slice(0, 10), today) <= SOON_DAYS)
      items.push({ key: `s${s.id}`, on: s.decidedAt.slice(0, 10), urgent: true, href: `/casussen/${id}/budget`, text: <>Uitgave “{s.description}” van {formatEuro(s.amountCents)} is afgewezen{s.decidedByName ? ` door ${s.decidedByName}` : ''} op {formatDate(s.decidedAt)}.</> });
  }
  for (const k of knelpunten ?? []) {
    if (k.status === 'in_escalatie' && k.currentDeadline) {
      const days = daysBetween(today, k.currentDeadline);
      items.push({ key: `k${k.id}`, on: k.currentDeadline, urgent: days < 0, href: `/casussen/${id}/knelpunten`, text: <>Knelpunt “{k.solutionNeeded}” ligt bij {k.currentLevelName}; besluit {days < 0 ? 'had er moeten zijn op' : 'uiterlijk'} {formatDate(k.currentDeadline)}.</> });
    } else if (k.status === 'open') items.push({ key: `k${k.id}`, on: today, urgent: false, href: `/casussen/${id}/knelpunten`, text: <>Knelpunt “{k.solutionNeeded}” staat open en is nog niet geëscaleerd.</> });
  }
  items.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.on.localeCompare(b.on));
  const loading = withPlan && !failed && (spends === null || knelpunten === null);
  return (
    <section className="mw-section mw-attention" aria-labelledby="aandacht">
      <H2 id="aandacht">Wat aandacht vraagt</H2>
      {loading ? (
        <P>Wordt geladen…</P>
      ) : items.length === 0 ? (
        <P>Niets dat nu aandacht vraagt: geen acties over de datum, geen termijnen in de komende twee weken, geen uitgaven die wachten.</P>
      ) : (
        <ul className="mw-attention__list">
          {items.map((i) => (
            <li key={i.key} className={i.urgent ? 'mw-attention__item mw-attention__item--urgent' : 'mw-attention__item'}>
              {i.urgent && <span className="mw-strong">{i.key.startsWith('s') ? 'Afgewezen: ' : 'Te laat: '}</span>}
              {i.text} <Link href={i.href}>Bekijken</Link>
            </li>
          ))}
        </ul>
      )}
      {failed && <P className="mw-muted">Niet alles kon worden geladen; kijk op de tabbladen Budget en Knelpunten.</P>}
    </section>
  );
}
