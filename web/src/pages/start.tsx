// SPDX-License-Identifier: EUPL-1.2
/**
 * Vandaag: each role's work for today on one page — overdue actions on the professional's (or the
 * team's) cases, spends waiting for the budgethouder's approval, knelpunten at the doorbraaktafel's
 * level whose deadline has passed or falls within five days — each linking to where it is handled.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { api, type CaseListItem, type Schemas } from '../api/client';
import { useSession } from '../app';
import { formatDate, formatEuro, todayIso } from '../format';
import { Link } from '../router';
import { H1, H2, Loading, P } from '../ui';
import { daysBetween } from './case/overzicht';

interface QueueItem { stepId: string; knelpuntId: string; solutionNeeded: string; deadline: string; overdue: boolean; workingDaysOverdue: number }

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="mw-section" aria-labelledby={id}>
      <H2 id={id}>{title}</H2>
      {children}
    </section>
  );
}

function CaseWork({ team }: { team: boolean }) {
  const { me } = useSession();
  const [items, setItems] = useState<CaseListItem[] | null>(null);
  useEffect(() => {
    api.get('/cases', { query: { status: 'open', regisseurId: team ? undefined : me.user.id, pageSize: 100 } }).then((r) => setItems(r.data.items), () => setItems([]));
  }, [me, team]);
  if (!items) return <Loading what="Uw casussen" />;
  const late = items.filter((c) => c.overdueActions > 0);
  return (
    <Block id="vandaag-acties" title={team ? 'Acties over de datum in het team' : 'Uw acties over de datum'}>
      {late.length === 0 ? (
        <P>Geen acties over de datum{team ? ' in het team' : ' op uw casussen'}.</P>
      ) : (
        <ul className="mw-start-list">
          {late.map((c) => (
            <li key={c.id}>
              <Link href={`/casussen/${c.id}/plan`}>{c.title}</Link>: {c.overdueActions} {c.overdueActions === 1 ? 'actie' : 'acties'} over de datum{team ? ` (regisseur ${c.regisseurName})` : ''}
            </li>
          ))}
        </ul>
      )}
      <P>
        <Link href="/casussen">{team ? 'Alle casussen' : 'Mijn casussen'}</Link>
      </P>
    </Block>
  );
}

function Approvals() {
  const [items, setItems] = useState<Schemas['BudgetSpend'][] | null>(null);
  useEffect(() => {
    api.get('/budget-approvals').then((r) => setItems(r.data.items), () => setItems([]));
  }, []);
  if (!items) return <Loading what="Uitgaven die wachten" />;
  return (
    <Block id="vandaag-akkoord" title="Wacht op uw akkoord">
      {items.length === 0 ? (
        <P>Er wachten geen uitgaven op uw akkoord.</P>
      ) : (
        <>
          <P>
            {items.length} {items.length === 1 ? 'uitgave wacht' : 'uitgaven wachten'} op uw akkoord, samen {formatEuro(items.reduce((t, s) => t + s.amountCents, 0))}.
          </P>
          <ul className="mw-start-list">
            {items.slice(0, 5).map((s) => (
              <li key={s.id}>
                {s.description} · {formatEuro(s.amountCents)} · {s.caseTitle} · uitgave van {formatDate(s.spentOn)}
              </li>
            ))}
          </ul>
        </>
      )}
      <P>
        <Link href="/akkoord">Naar Akkoord op uitgaven</Link>
      </P>
    </Block>
  );
}

function Queue() {
  const { me } = useSession();
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [levelName, setLevelName] = useState('');
  useEffect(() => {
    api.get('/escalation-ladder').then(
      (r) => {
        const mine = r.data.levels.find((l) => l.deciderRole && (me.user.roles as string[]).includes(l.deciderRole)) ?? r.data.levels[0];
        if (!mine) return setItems([]);
        setLevelName(mine.name);
        api.get('/escalation-levels/{id}/queue', { path: { id: mine.id } }).then((q) => setItems(q.data.items as QueueItem[]), () => setItems([]));
      },
      () => setItems([]),
    );
  }, [me]);
  if (!items) return <Loading what="De wachtrij" />;
  const today = todayIso();
  const near = items.filter((k) => k.overdue || daysBetween(today, k.deadline) <= 5);
  return (
    <Block id="vandaag-wachtrij" title={`Termijnen bij ${levelName || 'de doorbraaktafel'}`}>
      <P>
        {items.length} {items.length === 1 ? 'knelpunt wacht' : 'knelpunten wachten'} op een besluit; {near.length} met een termijn die verstreken is of binnen vijf dagen verstrijkt.
      </P>
      {near.length > 0 && (
        <ul className="mw-start-list">
          {near.map((k) => (
            <li key={k.stepId}>
              {k.solutionNeeded} · {k.overdue ? `${k.workingDaysOverdue} ${k.workingDaysOverdue === 1 ? 'werkdag' : 'werkdagen'} te laat (termijn ${formatDate(k.deadline)})` : `besluit uiterlijk ${formatDate(k.deadline)}`}
            </li>
          ))}
        </ul>
      )}
      <P>
        <Link href="/doorbraaktafel">Naar de doorbraaktafel</Link>
      </P>
    </Block>
  );
}

export function StartPage() {
  const { me, has } = useSession();
  useEffect(() => {
    document.title = 'Vandaag · Maatwerk';
  }, []);
  const links: Array<[string, string]> = [];
  if (has('beleid')) links.push(['/beleid', 'Signalen en knelpunten'], ['/beleid/minima-effect', 'Minima-effectrapportage']);
  if (has('privacy')) links.push(['/privacy/verwerkingen', 'Verwerkingsregister'], ['/privacy/inzage', 'Inzageverzoek']);
  if (has('admin')) links.push(['/beheer/gebruikers', 'Gebruikers en rollen'], ['/beheer/teams', 'Teams'], ['/beheer/organisaties', 'Organisaties']);
  if (has('handhaving')) links.push(['/handhaving', 'Werklijst handhaving']);
  return (
    <>
      <H1>Vandaag</H1>
      <P>
        Goedendag {me.user.displayName}. Dit is uw werk voor vandaag, {formatDate(todayIso())}, als {me.roleLabels.join(', ').toLowerCase()} bij {me.organisation.name}.
      </P>
      {has('professional') && <CaseWork team={false} />}
      {has('teamleider') && <CaseWork team />}
      {has('budgethouder') && <Approvals />}
      {has('doorbraaktafel') && <Queue />}
      {links.length > 0 && (
        <Block id="vandaag-verder" title="Verder">
          <ul className="mw-start-list">
            {links.map(([href, text]) => (
              <li key={href}>
                <Link href={href}>{text}</Link>
              </li>
            ))}
          </ul>
        </Block>
      )}
    </>
  );
}

export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Pagina niet gevonden · Maatwerk';
  }, []);
  return (
    <>
      <H1>Pagina niet gevonden</H1>
      <P>
        Deze pagina bestaat niet. Ga naar <Link href="/">de startpagina</Link>.
      </P>
    </>
  );
}
