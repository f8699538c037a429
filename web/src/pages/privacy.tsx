// SPDX-License-Identifier: EUPL-1.2
/**
 * For the privacy officer (privacyfunctionaris): the processing log (verwerkingsregister) with
 * filters, and the subject-access export (inzage, AVG art. 15) for one person.
 */
import { useEffect, useState } from 'react';
import { fieldsAsDutch, resourceLabel } from '../../../src/privacy/labels';
import { InzageDocument } from './privacy-inzage';
import { api, ApiError, type LogEntry } from '../api/client';
import { useSession } from '../app';
import { countText, ACTION_LABELS, formatDate, formatDateTime, label } from '../format';
import { navigate, useLocation } from '../router';
import { Alert, ButtonGroup, ErrorSummary, H1, H2, Loading, P, Pagination, PrimaryButton, SecondaryButton, SelectField, Table, Td, TextField, useSubmit } from '../ui';
import { useUsers } from './cases';

const PURPOSES = ['hulpverlening', 'toegang', 'handhaving', 'escalatie', 'verantwoording', 'inzage', 'beheer', 'beleidsinformatie'];
const PAGE_SIZE = 25;
const PURPOSE_LABELS: Record<string, string> = { hulpverlening: 'Hulpverlening', toegang: 'Toegang tot een voorziening', handhaving: 'Handhaving', escalatie: 'Escalatie', verantwoording: 'Verantwoording', inzage: 'Inzage', beheer: 'Beheer', beleidsinformatie: 'Beleidsinformatie' };
const ROLE_NAMES: Record<string, string> = { professional: 'Professional', teamleider: 'Teamleider', budgethouder: 'Budgethouder', doorbraaktafel: 'Doorbraaktafel', beleid: 'Beleidsadviseur', handhaving: 'Handhaving', privacy: 'Privacyfunctionaris', admin: 'Beheerder', inwoner: 'Inwoner', raad: 'Griffie' };
const FILTERS = ['userId', 'action', 'purpose', 'from', 'to'] as const;
type LogFilters = Record<(typeof FILTERS)[number], string>;

function OnlyPrivacy({ children }: { children: React.ReactNode }) {
  const { has } = useSession();
  if (!has('privacy')) return <Alert type="error">Alleen de privacyfunctionaris kan het verwerkingsregister en inzageverzoeken inzien.</Alert>;
  return <>{children}</>;
}

export function PrivacyLogPage() {
  useEffect(() => {
    document.title = 'Verwerkingsregister · Maatwerk';
  }, []);
  return (
    <>
      <H1>Verwerkingsregister</H1>
      <P className="mw-muted">Wie las of wijzigde welke persoonsgegevens, waarvoor en op welke grondslag (AVG art. 30). Nieuwste eerst.</P>
      <OnlyPrivacy>
        <ProcessingLog />
      </OnlyPrivacy>
    </>
  );
}

function ProcessingLog() {
  const loc = useLocation();
  const applied = Object.fromEntries(FILTERS.map((k) => [k, loc.query.get(k) ?? ''])) as LogFilters;
  const page = Math.max(1, Number(loc.query.get('pagina') ?? '1') || 1);
  const [draft, setDraft] = useState<LogFilters>(applied);
  const [data, setData] = useState<{ items: LogEntry[]; total: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const users = useUsers();
  const key = loc.query.toString();
  useEffect(() => {
    setDraft(applied);
    setError(null);
    const query = { ...Object.fromEntries(Object.entries(applied).filter(([, v]) => v)), page, pageSize: PAGE_SIZE };
    api.get('/processing-log', { query: query as never }).then((r) => setData({ items: r.data.items, total: r.data.total }), (e) => e instanceof ApiError && setError(e));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `applied` and `page` are derived from the query string `key` (new objects every render); it alone decides when to fetch
  }, [key]);
  const go = (f: LogFilters, p = 1) => {
    const s = new URLSearchParams();
    for (const k of FILTERS) if (f[k]) s.set(k, f[k]);
    if (p > 1) s.set('pagina', String(p));
    navigate(`/privacy/verwerkingen${s.toString() ? `?${s}` : ''}`);
  };
  const form = 'register';
  const userName = (id: string | null) => users.find((u) => u.id === id)?.displayName;
  return (
    <>
      <ErrorSummary form={form} error={error && error.fields.length ? error : null} labels={{ from: 'Vanaf', to: 'Tot en met', userId: 'Medewerker', action: 'Handeling', purpose: 'Doel' }} />
      <form
        role="search"
        aria-label="Verwerkingsregister filteren"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          go(draft);
        }}
      >
        <div className="mw-filters">
          <SelectField form={form} name="userId" label="Medewerker" value={draft.userId} onChange={(e) => setDraft({ ...draft, userId: e.target.value })} error={error?.field('userId')} options={[{ value: '', label: 'Iedereen' }, ...users.map((u) => ({ value: u.id, label: u.displayName }))]} />
          <SelectField form={form} name="action" label="Handeling" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} error={error?.field('action')} options={[{ value: '', label: 'Alle handelingen' }, ...Object.entries(ACTION_LABELS).map(([value, l]) => ({ value, label: l }))]} />
          <SelectField form={form} name="purpose" label="Doel" value={draft.purpose} onChange={(e) => setDraft({ ...draft, purpose: e.target.value })} error={error?.field('purpose')} options={[{ value: '', label: 'Alle doelen' }, ...PURPOSES.map((p) => ({ value: p, label: label(PURPOSE_LABELS, p) }))]} />
          <TextField form={form} name="from" label="Vanaf" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} error={error?.field('from')} />
          <TextField form={form} name="to" label="Tot en met" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} error={error?.field('to')} />
        </div>
        <ButtonGroup>
          <PrimaryButton>Filteren</PrimaryButton>
          <SecondaryButton onClick={() => go({ userId: '', action: '', purpose: '', from: '', to: '' })}>Filters wissen</SecondaryButton>
        </ButtonGroup>
      </form>
      {error && !error.fields.length && <Alert type="error" live>{error.message}</Alert>}
      {!data && !error && <Loading what="Het register" />}
      {data && (
        <>
          <p className="utrecht-paragraph" role="status">
            {data.total} {data.total === 1 ? 'regel' : 'regels'} gevonden.
          </p>
          {data.items.length > 0 && (
            <Table caption={<span className="mw-visually-hidden">Regels uit het verwerkingsregister, pagina {page}</span>} head={['Moment', 'Medewerker', 'Handeling', 'Over', 'Welke gegevens', 'Doel', 'Grondslag']}>
              {data.items.map((l) => (
                <tr key={l.id} className="utrecht-table__row">
                  <Td>{formatDateTime(l.at)}</Td>
                  <Td>
                    {l.userName || userName(l.userId) || '—'}
                    {l.role && <div className="mw-muted">{label(ROLE_NAMES, l.role)}</div>}
                  </Td>
                  <Td>{label(ACTION_LABELS, l.action)}</Td>
                  <Td>{resourceLabel(l.resource)}</Td>
                  <Td>{fieldsAsDutch(l.fields) || '—'}</Td>
                  <Td>{label(PURPOSE_LABELS, l.purpose)}</Td>
                  <Td>{l.legalGround}</Td>
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

type InzageData = Parameters<typeof InzageDocument>[0]['data'];

interface Person {
  id: string;
  name: string;
  birthDate: string;
  householdId: string;
  householdName: string;
}

export function InzagePage() {
  useEffect(() => {
    document.title = 'Inzageverzoek · Maatwerk';
  }, []);
  return (
    <>
      <H1>Inzageverzoek</H1>
      <P className="mw-muted">Zoek de persoon en maak de export van alles wat Maatwerk over hem of haar bewaart (AVG art. 15). Het maken van de export wordt zelf ook vastgelegd.</P>
      <OnlyPrivacy>
        <Inzage />
      </OnlyPrivacy>
    </>
  );
}

function Inzage() {
  const form = 'inzage';
  const [q, setQ] = useState('');
  const [people, setPeople] = useState<Person[] | null>(null);
  const [exported, setExported] = useState<{ person: Person; json: string; sections: string[]; logLines: number; generatedAt: string; data: InzageData } | null>(null);
  const search = useSubmit();
  const exp = useSubmit();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setExported(null);
    const r = await search.run(() => api.get('/persons', { query: { q } }));
    if (r) setPeople(r.data.items);
  };
  const exportFor = async (p: Person) => {
    const r = await exp.run(() => api.get('/persons/{id}/inzage', { path: { id: p.id } }));
    if (r) {
      const json = JSON.stringify(r.data, null, 2);
      setUrl(URL.createObjectURL(new Blob([json], { type: 'application/json' })));
      setExported({ person: p, json, sections: Object.keys(r.data.sections), logLines: r.data.processingLog.length, generatedAt: r.data.generatedAt, data: r.data });
    }
  };
  return (
    <>
      <ErrorSummary form={form} error={search.error} labels={{ q: 'Naam of BSN' }} />
      <form role="search" aria-label="Persoon zoeken" onSubmit={submit} noValidate className="mw-inline-form">
        <TextField form={form} name="q" label="Naam of BSN" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} error={search.err('q')} />
        <div className="mw-field">
          <PrimaryButton busy={search.busy} disabled={search.busy}>Zoeken</PrimaryButton>
        </div>
      </form>
      {people && (
        <section aria-labelledby="gevonden">
          <H2 id="gevonden">Gevonden personen</H2>
          {people.length === 0 ? (
            <P>Niemand gevonden.</P>
          ) : (
            <Table caption={<span className="mw-visually-hidden">Gevonden personen</span>} head={['Naam', 'Geboortedatum', 'Huishouden', 'Inzage']}>
              {people.map((p) => (
                <tr key={p.id} className="utrecht-table__row">
                  <Td>{p.name}</Td>
                  <Td>{formatDate(p.birthDate)}</Td>
                  <Td>{p.householdName}</Td>
                  <Td>
                    <SecondaryButton onClick={() => exportFor(p)} disabled={exp.busy}>
                      Inzage-export maken<span className="mw-visually-hidden"> voor {p.name}</span>
                    </SecondaryButton>
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      )}
      {exp.error && <Alert type="error" live>{exp.error.message}</Alert>}
      {exported && (
        <section aria-labelledby="export" className="mw-section">
          <H2 id="export">Inzage-export voor {exported.person.name}</H2>
          <Alert type="ok" live>
            De export is gemaakt op {formatDateTime(exported.generatedAt)}: {countText(exported.sections.length, 'onderdeel', 'onderdelen')} ({exported.sections.join(', ')}) en {countText(exported.logLines, 'regel', 'regels')} uit het verwerkingsregister.
          </Alert>
          {url && (
            <P>
              <a className="utrecht-link" href={url} download={`inzage-${exported.person.name.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}.json`}>
                Export downloaden (JSON)
              </a>
            </P>
          )}
          <InzageDocument person={exported.person} data={exported.data} />
          <details className="mw-no-print">
            <summary className="utrecht-link">Inhoud van de export bekijken (JSON)</summary>
            <pre className="mw-pre" tabIndex={0} aria-label="Inhoud van de inzage-export">
              {exported.json}
            </pre>
          </details>
        </section>
      )}
    </>
  );
}
