// SPDX-License-Identifier: EUPL-1.2
/**
 * Mijn casussen: the team's cases with filters (status, regisseur, leefgebied, free text), paging
 * and what needs attention (actions past their due date). Filters live in the address, so the
 * back button and a bookmark give the same list.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type CaseListItem, type User } from '../api/client';
import { useSession } from '../app';
import { CASE_STATUS_LABELS, WAMS_LABELS, formatDate, label } from '../format';
import { Link, navigate, useLocation } from '../router';
import { Alert, ButtonGroup, H1, Loading, Pagination, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextField } from '../ui';

interface Filters {
  status: string;
  regisseurId: string;
  domain: string;
  q: string;
}
const PAGE_SIZE = 20;

export function useLifeDomains() {
  const [domains, setDomains] = useState<Array<{ key: string; label: string }>>([]);
  const [scores, setScores] = useState<Array<{ score: number; label: string }>>([]);
  useEffect(() => {
    api.get('/life-domains').then((r) => {
      setDomains(r.data.domains);
      setScores(r.data.scores);
    }, () => {});
  }, []);
  return { domains, scores, domainLabel: (k: string) => domains.find((d) => d.key === k)?.label ?? k };
}

export function useUsers() {
  const [users, setUsers] = useState<User[]>([]);
  useEffect(() => {
    api.get('/users').then((r) => setUsers(r.data.items), () => {});
  }, []);
  return users;
}

export function CasesPage() {
  const { me, has } = useSession();
  const loc = useLocation();
  const q = loc.query;
  // A professional starts with their own cases; the switch shows the team's. A teamleider starts with the team.
  const ownFirst = has('professional') && !has('teamleider');
  const scope: 'mij' | 'team' = (q.get('van') ?? (ownFirst ? 'mij' : 'team')) === 'mij' ? 'mij' : 'team';
  const applied: Filters = { status: q.get('status') ?? 'open', regisseurId: scope === 'mij' ? me.user.id : (q.get('regisseur') ?? ''), domain: q.get('leefgebied') ?? '', q: q.get('zoek') ?? '' };
  const page = Math.max(1, Number(q.get('pagina') ?? '1') || 1);
  const [draft, setDraft] = useState<Filters>(applied);
  const [data, setData] = useState<{ items: CaseListItem[]; total: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { domains, domainLabel } = useLifeDomains();
  const users = useUsers();
  const regisseurs = users.filter((u) => u.active && (u.roles.includes('professional') || u.roles.includes('teamleider')) && (!me.user.teamId || u.teamId === me.user.teamId));
  const key = loc.query.toString();

  useEffect(() => {
    document.title = 'Mijn casussen · Maatwerk';
    if (!has('professional', 'teamleider')) return;
    setDraft(applied);
    const ctl = new AbortController();
    setError(null);
    api
      .get('/cases', { query: { status: (applied.status || undefined) as 'open' | 'gesloten' | undefined, regisseurId: applied.regisseurId || undefined, domain: (applied.domain || undefined) as never, q: applied.q || undefined, page, pageSize: PAGE_SIZE }, signal: ctl.signal })
      .then((r) => setData({ items: r.data.items, total: r.data.total }), (e) => e instanceof ApiError && setError(e));
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `applied` and `page` are derived from the query string `key` (new objects every render); it alone decides when to fetch
  }, [key]);

  const go = (f: Filters, p = 1, van: 'mij' | 'team' = scope) => {
    const s = new URLSearchParams();
    if (van !== (ownFirst ? 'mij' : 'team')) s.set('van', van);
    if (f.status !== 'open') s.set('status', f.status);
    if (f.regisseurId && van === 'team') s.set('regisseur', f.regisseurId);
    if (f.domain) s.set('leefgebied', f.domain);
    if (f.q.trim()) s.set('zoek', f.q.trim());
    if (p > 1) s.set('pagina', String(p));
    const qs = s.toString();
    navigate(`/casussen${qs ? `?${qs}` : ''}`);
  };
  const form = 'filters';
  const attention = data?.items.filter((c) => c.overdueActions > 0).length ?? 0;

  if (!has('professional', 'teamleider'))
    return (
      <>
        <H1>Mijn casussen</H1>
        {has('handhaving') ? (
          <Alert type="info">
            De casussen van de hulpverlening staan niet in uw werklijst. <Link href="/handhaving">Naar uw werklijst handhaving</Link>
          </Alert>
        ) : (
          <Alert type="error" live>
            Met uw rol heeft u geen toegang tot de casussen van de hulpverlening.
          </Alert>
        )}
      </>
    );
  return (
    <>
      <H1>Mijn casussen</H1>
      <nav aria-label="Welke casussen" className="mw-tabs">
        <ul className="mw-tabs__list">
          {(
            [
              ['mij', 'Waar ik regisseur ben'],
              ['team', me.user.teamName ? `Alle casussen van ${me.user.teamName}` : `Alle casussen van ${me.organisation.name}`],
            ] as const
          ).map(([v, text]) => (
            <li key={v}>
              <a
                href={`/casussen${v === (ownFirst ? 'mij' : 'team') ? '' : `?van=${v}`}`}
                className={`utrecht-link mw-tabs__link${scope === v ? ' mw-tabs__link--current' : ''}`}
                aria-current={scope === v ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go({ ...applied, regisseurId: '' }, 1, v);
                }}
              >
                {text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {has('professional', 'teamleider') && (
        <ButtonGroup>
          <SecondaryButton onClick={() => navigate('/casussen/nieuw')}>Nieuw huishouden en casus</SecondaryButton>
        </ButtonGroup>
      )}
      <form
        role="search"
        aria-label="Casussen filteren"
        onSubmit={(e) => {
          e.preventDefault();
          go(draft);
        }}
      >
        <div className="mw-filters">
          <SelectField form={form} name="status" label="Status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })} options={[{ value: 'open', label: 'Open' }, { value: 'gesloten', label: 'Gesloten' }, { value: '', label: 'Alle' }]} />
          {scope === 'team' && <SelectField form={form} name="regisseurId" label="Regisseur" value={draft.regisseurId} onChange={(e) => setDraft({ ...draft, regisseurId: e.target.value })} options={[{ value: '', label: 'Iedereen' }, ...regisseurs.map((u) => ({ value: u.id, label: u.displayName }))]} />}
          <SelectField form={form} name="domain" label="Leefgebied" value={draft.domain} onChange={(e) => setDraft({ ...draft, domain: e.target.value })} options={[{ value: '', label: 'Alle leefgebieden' }, ...domains.map((d) => ({ value: d.key, label: d.label }))]} />
          <TextField form={form} name="q" label="Zoeken" description="Titel of naam van het huishouden" type="search" maxLength={100} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} error={error?.field('q')} />
        </div>
        <ButtonGroup>
          <PrimaryButton>Filteren</PrimaryButton>
          <SecondaryButton onClick={() => go({ status: 'open', regisseurId: '', domain: '', q: '' })}>Filters wissen</SecondaryButton>
        </ButtonGroup>
      </form>

      {error && <Alert type="error" live>{error.message}</Alert>}
      {!data && !error && <Loading what="Casussen" />}
      {data && (
        <>
          <p className="utrecht-paragraph" role="status">
            {data.total === 0 ? 'Geen casussen gevonden met deze filters.' : `${data.total} ${data.total === 1 ? 'casus' : 'casussen'} gevonden.`}
            {attention > 0 && ` ${attention} met acties over de datum (op deze pagina).`}
          </p>
          {data.items.length > 0 && (
            <Table caption={<span className="mw-visually-hidden">Casussen, pagina {page}</span>} head={['Casus', 'Huishouden', 'Regisseur', 'Fase', 'Status', 'Geopend', 'Aandacht']}>
              {data.items.map((c) => (
                <tr key={c.id} className="utrecht-table__row">
                  <Td>
                    <Link href={`/casussen/${c.id}`}>{c.title}</Link>
                    {c.domains.length > 0 && <div className="mw-muted">{c.domains.map(domainLabel).join(', ')}</div>}
                  </Td>
                  <Td>{c.householdName}</Td>
                  <Td>{c.regisseurName}</Td>
                  <Td>{label(WAMS_LABELS, c.wamsPhase)}</Td>
                  <Td>
                    <StatusBadge status={c.status === 'open' ? 'active' : 'inactive'}>{label(CASE_STATUS_LABELS, c.status)}</StatusBadge>
                  </Td>
                  <Td>{formatDate(c.openedOn)}</Td>
                  <Td>
                    {c.overdueActions > 0 ? (
                      <StatusBadge status="danger">
                        {c.overdueActions} {c.overdueActions === 1 ? 'actie' : 'acties'} over de datum
                      </StatusBadge>
                    ) : (
                      <span className="mw-muted">{c.openActions} open {c.openActions === 1 ? 'actie' : 'acties'}</span>
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => go(applied, p)} />
        </>
      )}
    </>
  );
}
