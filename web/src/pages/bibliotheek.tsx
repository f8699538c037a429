// SPDX-License-Identifier: EUPL-1.2
/**
 * De Bibliotheek Mooi Maatwerk: search shared breakthroughs in your own words (stemming and typos
 * are forgiven), narrow down with filters that show their counts, read one entry, and — inside the
 * sharing organisation — approve (four eyes) or withdraw it. Filters live in the address.
 */
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { KNELPUNT_TYPE_LABELS, formatDate, formatEuro, label } from '../format';
import { Link, navigate, useLocation } from '../router';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, Loading, P, Pagination, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';
import { useLifeDomains } from './cases';

type SearchResult = Schemas['DoorbraakZoekresultaat'];
type Entry = Schemas['Doorbraak'];
type Version = NonNullable<Schemas['DoorbraakVersie']>;

export const OUTCOME_LABELS: Record<string, string> = { toegekend: 'Toegekend', overbrugd: 'Overbrugd', opgelost: 'Opgelost' };
export const ENTRY_STATUS_LABELS: Record<string, string> = { concept: 'Concept', ter_goedkeuring: 'Wacht op goedkeuring', gepubliceerd: 'Gepubliceerd', ingetrokken: 'Ingetrokken' };
const ROLE_LABELS: Record<string, string> = { aanvrager: 'aanvrager', partner: 'partner', kind: 'kind', medebewoner: 'medebewoner', overig: 'overig lid' };
const ORG_KIND_LABELS: Record<string, string> = { gemeente: 'Gemeente', regio: 'Regio', zorgverzekeraar: 'Zorgverzekeraar', woningcorporatie: 'Woningcorporatie', UWV: 'UWV', toeslagen: 'Dienst Toeslagen', CJIB: 'CJIB', zorgaanbieder: 'Zorgaanbieder', other: 'Andere organisatie' };
const FUNDER_LABELS: Record<string, string> = { gemeente: 'Gemeente', zorgverzekeraar: 'Zorgverzekeraar', rijk: 'Rijk', woningcorporatie: 'Woningcorporatie', maatwerkbudget: 'Maatwerkbudget', uwv: 'UWV' };
const PAGE_SIZE = 10;

interface Filters {
  q: string;
  wet: string;
  leefgebied: string;
  organisatiesoort: string;
  gemeente: string;
  jaar: string;
  uitkomst: string;
}
const FILTER_KEYS: Array<keyof Filters> = ['q', 'wet', 'leefgebied', 'organisatiesoort', 'gemeente', 'jaar', 'uitkomst'];

/** The shape of a household in words: "aanvrager (45-66 jaar), kind (4-11 jaar)". */
export const shapeText = (shape: Version['householdShape']) => shape.map((m) => `${label(ROLE_LABELS, m.role)} (${m.ageBand.replace('+', ' jaar en ouder').replace(/^(\d+-\d+)$/, '$1 jaar')})`).join(', ');

export function BibliotheekPage() {
  const { has } = useSession();
  const loc = useLocation();
  const param = (k: keyof Filters) => loc.query.get(k) ?? '';
  const applied: Filters = { q: param('q'), wet: param('wet'), leefgebied: param('leefgebied'), organisatiesoort: param('organisatiesoort'), gemeente: param('gemeente'), jaar: param('jaar'), uitkomst: param('uitkomst') };
  const page = Math.max(1, Number(loc.query.get('pagina') ?? '1') || 1);
  const [draft, setDraft] = useState(applied.q);
  const [data, setData] = useState<{ items: SearchResult[]; total: number; totalCapped: boolean; facets: Record<string, Array<{ value: string; count: number }>>; facetsCapped: string[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [desk, setDesk] = useState<Array<{ id: string; title: string; status: string; mine: boolean }>>([]);
  const { domainLabel } = useLifeDomains();
  const key = loc.query.toString();

  useEffect(() => {
    document.title = 'Bibliotheek · Maatwerk';
    setDraft(applied.q);
    const ctl = new AbortController();
    setError(null);
    api
      .get('/doorbraken', {
        query: {
          q: applied.q || undefined,
          wet: applied.wet || undefined,
          leefgebied: applied.leefgebied || undefined,
          organisatiesoort: applied.organisatiesoort || undefined,
          gemeente: applied.gemeente || undefined,
          jaar: applied.jaar ? Number(applied.jaar) : undefined,
          uitkomst: (applied.uitkomst || undefined) as never,
          page,
          pageSize: PAGE_SIZE,
        },
        signal: ctl.signal,
      })
      .then((r) => setData({ items: r.data.items, total: r.data.total, totalCapped: r.data.totalCapped, facets: r.data.facets, facetsCapped: r.data.facetsCapped }), (e) => e instanceof ApiError && setError(e));
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (has('teamleider', 'privacy', 'professional')) api.get('/doorbraken/eigen').then((r) => setDesk(r.data.items), () => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const go = (f: Filters, p = 1) => {
    const s = new URLSearchParams();
    for (const k of FILTER_KEYS) if (f[k].trim()) s.set(k, f[k].trim());
    if (p > 1) s.set('pagina', String(p));
    const qs = s.toString();
    navigate(`/bibliotheek${qs ? `?${qs}` : ''}`);
  };
  const facetLabel = (facet: string, v: string) =>
    facet === 'lifeDomain' ? domainLabel(v) : facet === 'outcome' ? label(OUTCOME_LABELS, v) : facet === 'organisationKind' ? label(ORG_KIND_LABELS, v) : v;
  const facetFields: Array<{ facet: string; name: keyof Filters; title: string }> = [
    { facet: 'law', name: 'wet', title: 'Wet of regeling' },
    { facet: 'lifeDomain', name: 'leefgebied', title: 'Leefgebied' },
    { facet: 'organisationKind', name: 'organisatiesoort', title: 'Soort organisatie' },
    { facet: 'municipality', name: 'gemeente', title: 'Gemeente' },
    { facet: 'year', name: 'jaar', title: 'Jaar' },
    { facet: 'outcome', name: 'uitkomst', title: 'Uitkomst' },
  ];
  const form = 'bibliotheek';
  const awaiting = desk.filter((d) => d.status === 'ter_goedkeuring' && !d.mine);

  return (
    <>
      <H1>Bibliotheek Mooi Maatwerk</H1>
      <P className="mw-muted">Doorbraken die collega's in het hele land deelden, zonder gegevens die naar een huishouden leiden. Zoek in uw eigen woorden: "in Tilburg is dit al opgelost".</P>
      {awaiting.length > 0 && has('teamleider', 'privacy') && (
        <Alert type="warning">
          {awaiting.length === 1 ? 'Eén doorbraak van uw organisatie wacht' : `${awaiting.length} doorbraken van uw organisatie wachten`} op uw goedkeuring:{' '}
          {awaiting.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <Link href={`/bibliotheek/${d.id}`}>{d.title}</Link>
            </span>
          ))}
        </Alert>
      )}
      <form
        role="search"
        aria-label="Doorbraken zoeken"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...applied, q: draft });
        }}
      >
        <TextField form={form} name="q" label="Zoeken" description="Bijvoorbeeld: woning na scheiding, kostendelersnorm, briefadres" type="search" maxLength={200} value={draft} onChange={(e) => setDraft(e.target.value)} error={error?.field('q')} />
        <ButtonGroup>
          <PrimaryButton>Zoeken</PrimaryButton>
          {key && <SecondaryButton onClick={() => go({ q: '', wet: '', leefgebied: '', organisatiesoort: '', gemeente: '', jaar: '', uitkomst: '' })}>Alles wissen</SecondaryButton>}
        </ButtonGroup>
      </form>
      {error && <Alert type="error" live>{error.message}</Alert>}
      {!data && !error && <Loading what="Doorbraken" />}
      {data && (
        <div className="mw-library">
          <aside aria-label="Filters" className="mw-library__filters">
            <H2>Filters</H2>
            <div className="mw-filters mw-filters--stacked">
              {facetFields.map(({ facet, name, title }) => (
                <SelectField
                  key={name}
                  form={form}
                  name={name}
                  label={title}
                  value={applied[name]}
                  onChange={(e) => go({ ...applied, [name]: e.target.value })}
                  options={[{ value: '', label: 'Alle' }, ...(data.facets[facet] ?? []).map((f) => ({ value: f.value, label: `${facetLabel(facet, f.value)} (${data.facetsCapped.includes(facet) ? `minstens ${f.count.toLocaleString('nl-NL')}` : f.count})` }))]}
                />
              ))}
            </div>
          </aside>
          <section aria-label="Resultaten" className="mw-library__results">
            <p className="utrecht-paragraph" role="status">
              {data.total === 0
                ? 'Geen doorbraken gevonden. Probeer andere woorden of minder filters.'
                : data.totalCapped
                  ? `Meer dan ${data.total.toLocaleString('nl-NL')} doorbraken gevonden. U ziet de best passende uit de eerste ${data.total.toLocaleString('nl-NL')}; met meer woorden of een filter vindt u gerichter.`
                  : `${data.total} ${data.total === 1 ? 'doorbraak' : 'doorbraken'} gevonden.`}
            </p>
            <ol className="mw-results">
              {data.items.map((d) => (
                <li key={d.id} className="mw-card">
                  <h3 className="utrecht-heading-3">
                    <Link href={`/bibliotheek/${d.id}`}>{d.title}</Link>
                  </h3>
                  <p className="utrecht-paragraph">
                    {d.snippet.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
                  </p>
                  <p className="utrecht-paragraph mw-muted">
                    {d.municipality} · {d.year} · {d.blockingLaw} {d.blockingArticle} · {label(KNELPUNT_TYPE_LABELS, d.knelpuntType)} · <StatusBadge status="active">{label(OUTCOME_LABELS, d.outcome)}</StatusBadge>
                    {d.reuseCount > 0 && ` · ${d.reuseCount}× hergebruikt`}
                  </p>
                </li>
              ))}
            </ol>
            <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => go(applied, p)} />
          </section>
        </div>
      )}
      {has('beleid', 'doorbraaktafel', 'teamleider') && <Recurring />}
    </>
  );
}

function VersionView({ v }: { v: Version }) {
  const { domainLabel } = useLifeDomains();
  return (
    <>
      <H2>Situatie</H2>
      {v.situation.split('\n\n').map((p, i) => (
        <P key={i}>{p}</P>
      ))}
      <H2>Wat doorbrak</H2>
      <P>{v.breakthrough}</P>
      <Facts
        items={[
          ['Regel die blokkeerde', `${v.blockingLaw} ${v.blockingArticle}`.trim()],
          ['Soort organisatie', label(ORG_KIND_LABELS, v.organisationKind)],
          ['Soort knelpunt', label(KNELPUNT_TYPE_LABELS, v.knelpuntType)],
          ['Besloten door', v.decidedLevel || 'onbekend'],
          ['Uitkomst', label(OUTCOME_LABELS, v.outcome)],
          ['Doorlooptijd', v.workingDays === null ? 'onbekend' : `${v.workingDays} ${v.workingDays === 1 ? 'werkdag' : 'werkdagen'} van knelpunt tot besluit`],
          ['Leefgebieden', v.lifeDomains.length ? v.lifeDomains.map(domainLabel).join(', ') : 'niet vastgelegd'],
          ['Huishouden', v.householdShape.length ? shapeText(v.householdShape) : 'niet vastgelegd'],
          ['Gemeente en jaar', `${v.municipality}, ${v.year}`],
        ]}
      />
      {v.costs.length > 0 && (
        <Table caption="Kosten per financier, afgerond op duizenden euro's" head={['Financier', 'Gewone route', 'Maatwerk']}>
          {v.costs.map((c) => (
            <tr key={c.funder} className="utrecht-table__row">
              <Td>{label(FUNDER_LABELS, c.funder)}</Td>
              <Td numeric>{formatEuro(c.regulierCents)}</Td>
              <Td numeric>{formatEuro(c.maatwerkCents)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

/** "Elders opgelost": the most similar published breakthroughs for a knelpunt (null while loading). */
export function useEldersOpgelost(knelpuntId: string): Schemas['EldersOpgelost']['items'] | null {
  const [items, setItems] = useState<Schemas['EldersOpgelost']['items'] | null>(null);
  useEffect(() => {
    api.get('/knelpunten/{id}/vergelijkbare-doorbraken', { path: { id: knelpuntId } }).then((r) => setItems(r.data.items), () => setItems([]));
  }, [knelpuntId]);
  return items;
}

/** The list of similar breakthroughs, each with where, when and why it is similar. */
export function EldersOpgelostList({ items }: { items: Schemas['EldersOpgelost']['items'] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((d) => (
        <li key={d.id} className="utrecht-unordered-list__item">
          <Link href={`/bibliotheek/${d.id}`}>{d.title}</Link> <span className="mw-muted">({d.municipality}, {d.year})</span>
          <div className="mw-muted">{d.reasons.join('; ')}</div>
        </li>
      ))}
    </ul>
  );
}

/** For the policy adviser: which blockages recur most, and which breakthroughs spread to other municipalities. */
function Recurring() {
  const [p, setP] = useState<Schemas['DoorbraakPatronen'] | null>(null);
  useEffect(() => {
    api.get('/doorbraken/patronen').then((r) => setP(r.data), () => {});
  }, []);
  if (!p) return null;
  return (
    <section aria-labelledby="terugkerend">
      <H2 id="terugkerend">Wat vaak terugkomt</H2>
      {p.blockages.length > 0 && (
        <Table caption="Regels die het vaakst blokkeerden, in alle gedeelde doorbraken" head={['Regel', 'Doorbraken', 'Gemeenten']}>
          {p.blockages.slice(0, 10).map((b) => (
            <tr key={`${b.blockingLaw} ${b.blockingArticle}`} className="utrecht-table__row">
              <Td>{`${b.blockingLaw} ${b.blockingArticle}`.trim()}</Td>
              <Td numeric>{b.entries}</Td>
              <Td numeric>{b.municipalities}</Td>
            </tr>
          ))}
        </Table>
      )}
      {p.spreading.length > 0 && (
        <Table caption="Doorbraken die zich verspreiden: hergebruikt in andere gemeenten" head={['Doorbraak', 'Gedeeld door', 'Hergebruikt', 'In gemeenten']}>
          {p.spreading.slice(0, 10).map((d) => (
            <tr key={d.id} className="utrecht-table__row">
              <Td>
                <Link href={`/bibliotheek/${d.id}`}>{d.title}</Link>
              </Td>
              <Td>{d.municipality}</Td>
              <Td numeric>{`${d.reuseCount}×`}</Td>
              <Td numeric>{d.reuseMunicipalities}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

/** A correction of a published entry: a new version, anonymised again, published after a second person approves it. */
function CorrectionForm({ id, v, etag, onDone }: { id: string; v: Version; etag: string | null; onDone: (message: string) => void }) {
  const form = useFormId('corrigeren');
  const [open, setOpen] = useState(false);
  const [t, setT] = useState({ title: v.title, situation: v.situation, breakthrough: v.breakthrough, changeNote: '' });
  const { busy, error, run } = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  // Opening the form moves the focus into it, to the first field.
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [open]);
  if (!open)
    return (
      <ButtonGroup>
        <SecondaryButton onClick={() => setOpen(true)}>Corrigeren</SecondaryButton>
      </ButtonGroup>
    );
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/doorbraken/{id}/correcties', { path: { id }, body: t, ifMatch: etag ?? undefined }));
    if (r) {
      const removed = Object.values(r.data.removalCounts).reduce((a, b) => a + b, 0);
      onDone(`Correctie opgeslagen${removed ? ` (${removed} herleidbare ${removed === 1 ? 'gegeven' : 'gegevens'} weggelaten)` : ''}. Een tweede persoon keurt haar goed; tot dan blijft de gepubliceerde versie zichtbaar.`);
    }
  };
  return (
    <form ref={formRef} id={form} noValidate aria-labelledby={`${form}-kop`} onSubmit={submit}>
      <H2 id={`${form}-kop`}>Corrigeren</H2>
      <P className="mw-muted">Een correctie wordt een nieuwe versie. De oude versie blijft in de geschiedenis; herleidbare gegevens worden opnieuw weggelaten.</P>
      <ErrorSummary form={form} error={error} labels={{ title: 'Titel', situation: 'Situatie', breakthrough: 'Wat doorbrak', changeNote: 'Wat is er veranderd?' }} conflictWhat="deze doorbraak" />
      <TextField form={form} name="title" label="Titel" value={t.title} maxLength={200} onChange={(e) => setT({ ...t, title: e.target.value })} error={error?.field('title')} />
      <TextAreaField form={form} name="situation" label="Situatie" rows={6} value={t.situation} onChange={(e) => setT({ ...t, situation: e.target.value })} error={error?.field('situation')} />
      <TextAreaField form={form} name="breakthrough" label="Wat doorbrak" rows={4} value={t.breakthrough} onChange={(e) => setT({ ...t, breakthrough: e.target.value })} error={error?.field('breakthrough')} />
      <TextField form={form} name="changeNote" label="Wat is er veranderd?" description="Bijvoorbeeld: bedrag verbeterd, gemeente stond er verkeerd" maxLength={500} value={t.changeNote} onChange={(e) => setT({ ...t, changeNote: e.target.value })} error={error?.field('changeNote')} />
      <ButtonGroup>
        <PrimaryButton type="submit" disabled={busy}>Correctie opslaan</PrimaryButton>
        <SecondaryButton onClick={() => setOpen(false)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

/** Every version of the entry the reader may see, newest first, with what changed. */
function VersionHistory({ id, reload }: { id: string; reload: number }) {
  const [items, setItems] = useState<Version[] | null>(null);
  useEffect(() => {
    api.get('/doorbraken/{id}/versies', { path: { id } }).then((r) => setItems(r.data.items.filter((v): v is Version => v !== null)), () => setItems(null));
  }, [id, reload]);
  if (!items || items.length < 2) return null;
  return (
    <Table caption="Geschiedenis: versies van deze doorbraak" head={['Versie', 'Datum', 'Wat is er veranderd']}>
      {[...items].reverse().map((v) => (
        <tr key={v.number} className="utrecht-table__row">
          <Td numeric>{v.number}</Td>
          <Td>{formatDate(v.createdAt.slice(0, 10))}</Td>
          <Td>{v.changeNote || (v.number === 1 ? 'Eerste versie' : '—')}</Td>
        </tr>
      ))}
    </Table>
  );
}

export function DoorbraakPage({ id }: { id: string }) {
  const [e, setE] = useState<Entry | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const form = useFormId('intrekken');

  const load = () =>
    api.get('/doorbraken/{id}', { path: { id } }).then(
      (r) => {
        setE(r.data);
        setEtag(r.etag);
        document.title = `${r.data.current?.title ?? r.data.pending?.title ?? 'Doorbraak'} · Bibliotheek · Maatwerk`;
      },
      (x) => x instanceof ApiError && setError(x),
    );
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const act = async (what: 'indienen' | 'goedkeuren' | 'intrekken', message: string) => {
    setError(null);
    try {
      if (what === 'intrekken') await api.post('/doorbraken/{id}/intrekken', { path: { id }, body: { reason }, ifMatch: etag ?? undefined });
      else await api.post(what === 'indienen' ? '/doorbraken/{id}/indienen' : '/doorbraken/{id}/goedkeuren', { path: { id }, ifMatch: etag ?? undefined });
      setDone(message);
      await load();
    } catch (x) {
      if (x instanceof ApiError) setError(x);
    }
  };

  if (!e) return error ? <Alert type="error">{error.status === 404 ? 'Deze doorbraak bestaat niet of is niet (meer) gepubliceerd.' : error.message}</Alert> : <Loading what="Doorbraak" />;
  const shown = e.current ?? e.pending;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link href="/bibliotheek">← Terug naar de Bibliotheek</Link>
      </p>
      <H1>{shown?.title ?? 'Doorbraak'}</H1>
      <p className="utrecht-paragraph">
        <StatusBadge status={e.status === 'gepubliceerd' ? 'active' : e.status === 'ingetrokken' ? 'inactive' : 'warning'}>{label(ENTRY_STATUS_LABELS, e.status)}</StatusBadge>
        {e.isDemo && <span className="mw-muted"> · demovoorbeeld</span>}
        {e.approvedAt && <span className="mw-muted"> · gepubliceerd op {formatDate(e.approvedAt.slice(0, 10))}</span>}
        {e.reuse.count > 0 && <span className="mw-muted"> · {e.reuse.count}× hergebruikt in {e.reuse.municipalities.map((m) => m.municipality).join(', ')}</span>}
      </p>
      {done && <Alert type="ok" live>{done}</Alert>}
      <ErrorSummary form={form} error={error} labels={{ reason: 'Reden' }} conflictWhat="deze doorbraak" />
      {e.withdrawnAt && <Alert type="info">Ingetrokken op {formatDate(e.withdrawnAt.slice(0, 10))}: {e.withdrawReason}</Alert>}
      {shown && <VersionView v={shown} />}
      {e.pending && e.current && (
        <>
          <H2>Correctie die wacht op goedkeuring</H2>
          <VersionView v={e.pending} />
        </>
      )}
      <VersionHistory id={id} reload={e.version} />
      {e.own && (
        <>
          {(e.status === 'concept' && e.mine) && (
            <ButtonGroup>
              <PrimaryButton onClick={() => act('indienen', 'Aangeboden ter goedkeuring. Een teamleider of de privacyfunctionaris keurt de publicatie goed.')}>Ter goedkeuring aanbieden</PrimaryButton>
            </ButtonGroup>
          )}
          {e.mayApprove && (e.status === 'ter_goedkeuring' || (e.status === 'gepubliceerd' && e.pending)) && (
            <ButtonGroup>
              <PrimaryButton onClick={() => act('goedkeuren', 'Goedgekeurd: de doorbraak is nu voor iedereen vindbaar.')}>Goedkeuren en publiceren</PrimaryButton>
            </ButtonGroup>
          )}
          {e.status === 'gepubliceerd' && !e.pending && e.current && (e.mine || e.mayApprove) && (
            <CorrectionForm
              key={e.version}
              id={id}
              v={e.current}
              etag={etag}
              onDone={(m) => {
                setDone(m);
                void load();
              }}
            />
          )}
          {e.status !== 'ingetrokken' && (e.mine || e.mayApprove) && (
            <form
              id={form}
              noValidate
              onSubmit={(ev) => {
                ev.preventDefault();
                void act('intrekken', 'Ingetrokken: de doorbraak is niet meer vindbaar.');
              }}
            >
              <H2>Intrekken</H2>
              <TextAreaField form={form} name="reason" label="Reden" description="Bijvoorbeeld: er staat toch een herleidbaar detail in" value={reason} onChange={(ev) => setReason(ev.target.value)} error={error?.field('reason')} />
              <ButtonGroup>
                <SecondaryButton type="submit">Doorbraak intrekken</SecondaryButton>
              </ButtonGroup>
            </form>
          )}
        </>
      )}
    </>
  );
}
