// SPDX-License-Identifier: EUPL-1.2
/**
 * The budgethouder's view of a maatwerkbudget: the pots, the status of one pot (budget, granted,
 * pending, remaining, by category and by month, the forecast at the current pace, each with the
 * API's explanation), its spends with a CSV export, and the sample review afterwards (steekproef):
 * draw N granted spends, judge each passend or niet passend with a reason.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { BarChart } from '../components/charts';
import { countText, formatDate, formatDateTime, formatEuro } from '../format';
import { Link, navigate, useLocation } from '../router';
import { DownloadsSection, MandatesSection, PotForm, SettlementSection, SpendPanel } from './budget-beheer';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, H3, Loading, P, Pagination, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type Pot = Schemas['BudgetPotOverview'];
type Spend = Schemas['BudgetSpend'];
type Sample = Schemas['BudgetSample'];
type SampleItem = Schemas['BudgetSampleItem'];
type Status = Awaited<ReturnType<typeof loadStatus>>;
const loadStatus = async (id: string) => (await api.get('/budget-pots/{id}/status', { path: { id } })).data;

export const BUDGET_ROLES = ['budgethouder'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const formatMonth = (ym: string) => {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : ym;
};

export function PotsPage() {
  const { has } = useSession();
  const [pots, setPots] = useState<Pot[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const allowed = has(...BUDGET_ROLES);
  useEffect(() => {
    document.title = 'Budgetten · Maatwerk';
    if (allowed) api.get('/budget-pots').then((r) => setPots(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, [allowed]);
  if (!allowed)
    return (
      <>
        <H1>Budgetten</H1>
        <Alert type="error">Alleen een budgethouder ziet de stand van de budgetten.</Alert>
      </>
    );
  return (
    <>
      <H1>Budgetten</H1>
      <P className="mw-muted">De maatwerkbudgetten van uw organisatie: wat is toegekend, wat wacht op akkoord en wat nog beschikbaar is.</P>
      {adding ? <PotForm onSaved={(p) => navigate(`/budgetten/${p.id}`)} onCancel={() => setAdding(false)} /> : <SecondaryButton onClick={() => setAdding(true)}>Nieuw budget</SecondaryButton>}
      {error && <Alert type="error">{error.message}</Alert>}
      {!pots && !error && <Loading what="Budgetten" />}
      {pots && pots.length === 0 && <P>Er zijn geen budgetten.</P>}
      {pots && pots.length > 0 && (
        <Table caption={<span className="mw-visually-hidden">Budgetten</span>} head={['Budget', 'Periode', 'Bedrag', 'Toegekend', 'Wacht op akkoord', 'Beschikbaar', 'Status']}>
          {pots.map((p) => (
            <tr key={p.id} className="utrecht-table__row">
              <Td>
                <Link href={`/budgetten/${p.id}`}>{p.name}</Link>
                <div className="mw-muted">{p.teamName ?? 'Hele organisatie'}</div>
              </Td>
              <Td>
                {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
              </Td>
              <Td numeric>{formatEuro(p.amountCents)}</Td>
              <Td numeric>{formatEuro(p.totals.grantedCents)}</Td>
              <Td numeric>{formatEuro(p.totals.pendingCents)}</Td>
              <Td numeric>{formatEuro(p.totals.remainingCents)}</Td>
              <Td>
                <StatusBadge status={p.status === 'actief' ? 'active' : 'inactive'}>{p.status === 'actief' ? 'Actief' : 'Gesloten'}</StatusBadge>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export function PotPage({ id }: { id: string }) {
  const { has, me } = useSession();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const reload = useCallback(() => {
    loadStatus(id).then(setStatus, (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(() => {
    if (has(...BUDGET_ROLES)) reload();
  }, [has, reload]);
  useEffect(() => {
    document.title = `${status?.pot.name ?? 'Budget'} · Maatwerk`;
  }, [status]);
  if (error)
    return (
      <>
        <H1>Budget</H1>
        <Alert type="error" live>{error.status === 404 ? 'Dit budget bestaat niet of u heeft er geen toegang toe.' : error.message}</Alert>
      </>
    );
  if (!status) return <Loading what="Het budget" />;
  const s = status;
  return (
    <>
      <nav aria-label="Kruimelpad" className="mw-breadcrumb">
        <Link href="/budgetten">Budgetten</Link> <span aria-hidden="true">›</span> <span aria-current="page">{s.pot.name}</span>
      </nav>
      <H1>{s.pot.name}</H1>
      <P className="mw-muted">{s.pot.goal}</P>
      {saved && <Alert type="ok" live>{saved}</Alert>}
      {editing ? (
        <PotForm
          key={s.pot.version}
          pot={s.pot}
          onSaved={(p) => {
            setEditing(false);
            setSaved(`Budget opgeslagen: ${p.name}, ${formatEuro(p.amountCents)}${p.status === 'gesloten' ? ', gesloten' : ''}.`);
            reload();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        s.pot.organisationId === me.user.organisationId && <SecondaryButton onClick={() => { setEditing(true); setSaved(null); }}>Budget wijzigen</SecondaryButton>
      )}
      <Facts
        items={[
          ['Status', s.pot.status === 'actief' ? 'Actief' : 'Gesloten'],
          ...(s.pot.coFunderName ? ([['Tweede financier', s.pot.coFunderName]] as Array<[string, string]>) : []),
          ['Periode', `${formatDate(s.pot.periodStart)} – ${formatDate(s.pot.periodEnd)}`],
          ['Budget', formatEuro(s.budgetCents)],
          ['Toegekend', `${formatEuro(s.grantedCents)} (${countText(s.grantedCount, 'uitgave', 'uitgaven')})`],
          ['Wacht op akkoord', `${formatEuro(s.pendingCents)} (${countText(s.pendingCount, 'uitgave', 'uitgaven')})`],
          ['Beschikbaar', <span className="mw-strong">{formatEuro(s.remainingCents)}</span>],
        ]}
      />
      <details>
        <summary className="utrecht-link">Hoe is dit berekend?</summary>
        <ul className="utrecht-unordered-list">
          {s.explanation.map((e) => (
            <li key={e} className="utrecht-unordered-list__item">{e}</li>
          ))}
        </ul>
      </details>
      <section className="mw-section" aria-labelledby="prognose">
        <H2 id="prognose">Prognose</H2>
        <P>{s.forecast.explanation}</P>
      </section>
      <section className="mw-section" aria-labelledby="per-maand">
        <H2 id="per-maand">Per maand en per categorie</H2>
        <BarChart title="Toegekend per maand" bars={s.byMonth.map((m) => ({ label: formatMonth(m.month), value: m.grantedCents, text: formatEuro(m.grantedCents) }))} />
        <Table caption="Toegekend per maand" head={['Maand', 'Toegekend', 'Uitgaven']}>
          {s.byMonth.map((m) => (
            <tr key={m.month} className="utrecht-table__row">
              <Td>{formatMonth(m.month)}</Td>
              <Td numeric>{formatEuro(m.grantedCents)}</Td>
              <Td numeric>{m.count}</Td>
            </tr>
          ))}
        </Table>
        <Table caption="Per categorie" head={['Categorie', 'Toegekend', 'Wacht op akkoord', 'Uitgaven']}>
          {s.byCategory.map((c) => (
            <tr key={c.category} className="utrecht-table__row">
              <Td>{c.label}</Td>
              <Td numeric>{formatEuro(c.grantedCents)}</Td>
              <Td numeric>{formatEuro(c.pendingCents)}</Td>
              <Td numeric>{c.count}</Td>
            </tr>
          ))}
        </Table>
      </section>
      {s.pot.organisationId === me.user.organisationId && <MandatesSection pot={s.pot} />}
      <SpendsSection potId={id} onChanged={reload} />
      {s.pot.coFunderName && <SettlementSection key={s.grantedCents} potId={id} />}
      <DownloadsSection pot={s.pot} />
      <SamplesSection potId={id} review={s.review.explanation} onChanged={reload} />
    </>
  );
}

const SPEND_STATUS: Record<string, string> = { '': 'Alle', toegekend: 'Toegekend', wacht_op_akkoord: 'Wacht op akkoord', afgewezen: 'Afgewezen', geannuleerd: 'Geannuleerd' };

function SpendsSection({ potId, onChanged }: { potId: string; onChanged: () => void }) {
  const { query } = useLocation();
  // From an approval card: the spends of one case in this pot.
  const caseId = query.get('casus') ?? undefined;
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: Spend[]; total: number; pageSize: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(() => {
    api.get('/budget-pots/{id}/spends', { path: { id: potId }, query: { status: (status || undefined) as 'toegekend' | undefined, caseId, page, pageSize: 20 } }).then((r) => setData(r.data), (e) => e instanceof ApiError && setError(e));
  }, [potId, status, page, caseId]);
  useEffect(load, [load]);
  return (
    <section className="mw-section" aria-labelledby="uitgaven">
      <H2 id="uitgaven">Uitgaven</H2>
      <P>
        <a className="utrecht-link" href={`/api/v1/budget-pots/${potId}/spends.csv`} download>
          Alle uitgaven downloaden (CSV)
        </a>{' '}
        <span className="mw-muted">— puntkomma-gescheiden met decimale komma, voor Excel; de export komt in het verwerkingsregister.</span>
      </P>
      <SelectField form="uitgaven" name="status" label="Status" value={status} onChange={(e) => { setStatus(e.target.value); setPage(1); }} options={Object.entries(SPEND_STATUS).map(([value, l]) => ({ value, label: l }))} />
      {error && <Alert type="error">{error.message}</Alert>}
      {data && (
        <>
          <p className="utrecht-paragraph" role="status">
            {data.total} {data.total === 1 ? 'uitgave' : 'uitgaven'}
            {caseId && data.items[0] ? ` op de casus ${data.items[0].caseTitle}` : ''}
          </p>
          {caseId && (
            <P>
              <Link href={`/budgetten/${potId}`}>Alle uitgaven van dit budget tonen</Link>
            </P>
          )}
          {data.items.length > 0 && (
            <Table caption={<span className="mw-visually-hidden">Uitgaven uit dit budget</span>} head={['Datum', 'Omschrijving', 'Casus', 'Categorie', 'Aan', 'Bedrag', 'Status', 'Details']}>
              {data.items.map((s) => (
                <tr key={s.id} className="utrecht-table__row">
                  <Td>{formatDate(s.spentOn)}</Td>
                  <Td>
                    {s.description}
                    <div className="mw-muted">door {s.registeredByName}</div>
                  </Td>
                  <Td>{s.caseTitle}</Td>
                  <Td>{s.categoryLabel}</Td>
                  <Td>{s.payee}</Td>
                  <Td numeric>{formatEuro(s.amountCents)}</Td>
                  <Td>{s.statusLabel}</Td>
                  <Td>
                    <SecondaryButton onClick={() => setOpen(s.id)} aria-expanded={open === s.id}>
                      Bekijken<span className="mw-visually-hidden"> {s.description} ({formatEuro(s.amountCents)})</span>
                    </SecondaryButton>
                  </Td>
                </tr>
              ))}
            </Table>
          )}
          {open && (
            <SpendPanel
              key={open}
              id={open}
              onChanged={() => {
                load();
                onChanged();
              }}
              onClose={() => setOpen(null)}
            />
          )}
          <Pagination page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}

function SamplesSection({ potId, review, onChanged }: { potId: string; review: string; onChanged: () => void }) {
  const form = useFormId('steekproef');
  const [list, setList] = useState<Array<{ id: string; periodFrom: string; periodTo: string; size: number; reviewed: number; drawnByName: string; drawnAt: string }>>([]);
  const [open, setOpen] = useState<Sample | null>(null);
  const [v, setV] = useState({ size: '10', from: '', to: '' });
  const { busy, error, setError, run, err } = useSubmit();
  const loadList = useCallback(() => {
    api.get('/budget-pots/{id}/samples', { path: { id: potId } }).then((r) => setList(r.data.items), () => {});
  }, [potId]);
  useEffect(loadList, [loadList]);
  const show = async (id: string) => {
    const r = await run(() => api.get('/budget-samples/{id}', { path: { id } }));
    if (r) setOpen(r.data);
  };
  const draw = async (e: React.FormEvent) => {
    e.preventDefault();
    const size = /^\d+$/.test(v.size.trim()) ? Number(v.size.trim()) : NaN;
    if (Number.isNaN(size)) return setError(new ApiError(400, { title: 'Ongeldige invoer', detail: 'size: is geen geheel getal', invalidParams: [{ name: 'size', reason: 'is geen geheel getal' }] as never }));
    const r = await run(() => api.post('/budget-pots/{id}/samples', { path: { id: potId }, body: { size, ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}) } }));
    if (r) {
      setOpen(r.data);
      loadList();
      onChanged();
    }
  };
  return (
    <section className="mw-section" aria-labelledby="steekproef">
      <H2 id="steekproef">Steekproef achteraf</H2>
      <P>{review}</P>
      <form onSubmit={draw} noValidate aria-label="Steekproef trekken">
        <ErrorSummary form={form} error={error} labels={{ size: 'Aantal uitgaven', from: 'Vanaf', to: 'Tot en met' }} />
        <div className="mw-grid-2">
          <TextField form={form} name="size" label="Aantal uitgaven" inputMode="numeric" value={v.size} maxLength={4} onChange={(e) => setV({ ...v, size: e.target.value })} error={err('size')} description="1 tot en met 500 toegekende uitgaven" />
          <TextField form={form} name="from" label="Vanaf (niet verplicht)" type="date" value={v.from} onChange={(e) => setV({ ...v, from: e.target.value })} error={err('from')} />
          <TextField form={form} name="to" label="Tot en met (niet verplicht)" type="date" value={v.to} onChange={(e) => setV({ ...v, to: e.target.value })} error={err('to')} />
        </div>
        <PrimaryButton busy={busy} disabled={busy}>Steekproef trekken</PrimaryButton>
      </form>
      {list.length > 0 && (
        <Table caption="Getrokken steekproeven" head={['Getrokken', 'Periode', 'Beoordeeld', 'Openen']}>
          {list.map((l) => (
            <tr key={l.id} className="utrecht-table__row">
              <Td>
                {formatDateTime(l.drawnAt)} door {l.drawnByName}
              </Td>
              <Td>
                {formatDate(l.periodFrom)} – {formatDate(l.periodTo)}
              </Td>
              <Td numeric>
                {l.reviewed} van {l.size}
              </Td>
              <Td>
                <SecondaryButton onClick={() => show(l.id)}>
                  Openen<span className="mw-visually-hidden"> steekproef van {formatDateTime(l.drawnAt)}</span>
                </SecondaryButton>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {open && <SampleView sample={open} onJudged={() => { loadList(); onChanged(); }} />}
    </section>
  );
}

const VERDICTS: Record<string, string> = { passend: 'Passend', niet_passend: 'Niet passend' };

function SampleView({ sample, onJudged }: { sample: Sample; onJudged: () => void }) {
  const [items, setItems] = useState(sample.items);
  useEffect(() => setItems(sample.items), [sample]);
  const done = items.filter((i) => i.verdict).length;
  return (
    <div className="mw-card" role="region" aria-label="Steekproef beoordelen">
      <H3>
        Steekproef van {formatDateTime(sample.drawnAt)}: {done} van {items.length} beoordeeld
      </H3>
      <P className="mw-muted">
        {sample.explanation}
      </P>
      {items.length === 0 && <P>Er waren geen toegekende uitgaven in deze periode.</P>}
      {items.map((it) => (
        <SampleItemCard key={it.spend.id} sampleId={sample.id} item={it} onSaved={(n) => { setItems((xs) => xs.map((x) => (x.spend.id === n.spend.id ? n : x))); onJudged(); }} />
      ))}
    </div>
  );
}

function SampleItemCard({ sampleId, item, onSaved }: { sampleId: string; item: SampleItem; onSaved: (i: SampleItem) => void }) {
  const form = useFormId('oordeel');
  const s = item.spend;
  const [v, setV] = useState<{ verdict: string; reason: string }>({ verdict: item.verdict ?? 'passend', reason: item.reason ?? '' });
  const [editing, setEditing] = useState(!item.verdict);
  const { busy, error, run, err } = useSubmit();
  const what = `${s.description} (${formatEuro(s.amountCents)})`;
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.put('/budget-samples/{id}/items/{spendId}', { path: { id: sampleId, spendId: s.id }, body: { verdict: v.verdict as 'passend', reason: v.reason }, ifMatch: item.version }));
    if (r) {
      onSaved(r.data);
      setEditing(false);
    }
  };
  return (
    <article className="mw-card" aria-labelledby={`${form}-kop`}>
      <h4 id={`${form}-kop`} className="utrecht-heading-4">
        {item.position}. {what}
      </h4>
      <P>
        {formatDate(s.spentOn)} · {s.categoryLabel} · aan {s.payee} · {s.caseTitle} · door {s.registeredByName}
      </P>
      <P className="mw-muted">Waarom nodig: {s.justification}</P>
      {!editing && item.verdict ? (
        <>
          <P>
            <StatusBadge status={item.verdict === 'passend' ? 'active' : 'danger'}>{VERDICTS[item.verdict]}</StatusBadge> {item.reason}
            <span className="mw-muted">
              {' '}
              — {item.reviewedByName}, {formatDateTime(item.reviewedAt)}
            </span>
          </P>
          <SecondaryButton onClick={() => setEditing(true)}>
            Oordeel wijzigen<span className="mw-visually-hidden"> over {what}</span>
          </SecondaryButton>
        </>
      ) : (
        <form onSubmit={save} noValidate aria-label={`Oordeel over ${what}`}>
          <ErrorSummary form={form} error={error} labels={{ verdict: 'Oordeel', reason: 'Reden' }} conflictWhat="dit oordeel" />
          <SelectField form={form} name="verdict" label="Oordeel" value={v.verdict} onChange={(e) => setV({ ...v, verdict: e.target.value })} error={err('verdict')} options={Object.entries(VERDICTS).map(([value, l]) => ({ value, label: l }))} />
          <TextAreaField form={form} name="reason" label="Reden" description="Waarom past deze uitgave wel of niet bij het doel van het budget?" value={v.reason} maxLength={1000} onChange={(e) => setV({ ...v, reason: e.target.value })} error={err('reason')} />
          <ButtonGroup>
            <PrimaryButton busy={busy} disabled={busy}>
              Oordeel opslaan<span className="mw-visually-hidden"> over {what}</span>
            </PrimaryButton>
          </ButtonGroup>
        </form>
      )}
    </article>
  );
}
