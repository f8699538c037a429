// SPDX-License-Identifier: EUPL-1.2
/**
 * Patronen: the organisation's giftige cocktails — which combinations of problem life domains,
 * knelpunten and blocking laws go with cases that get stuck — with Hart van Brabant's four cocktails
 * marked, filters for period, team and what counts as stuck, exports, and the pooled regional and
 * national view (counts below 10 suppressed). Aggregates only; no person is shown.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { StackedBarChart } from '../components/charts';
import { countText, formatNumber, todayIso } from '../format';
import { Alert, CheckboxField, ErrorSummary, H1, H2, Loading, P, PrimaryButton, SelectField, Table as PlainTable, Td, TextField, Th, useFormId, useSubmit } from '../ui';

/** A table that may scroll sideways on a phone: the scrolling region is reachable and named for keyboard users. */
export function Table({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="mw-scroll-region" role="region" aria-label={`${caption} (tabel)`} tabIndex={0}>
      <PlainTable caption={caption} head={head}>
        {children}
      </PlainTable>
    </div>
  );
}

export const PATTERN_ROLES = ['beleid', 'teamleider', 'doorbraaktafel'];

type Analysis = Schemas['Patronen'];
type Pooled = Schemas['PatronenGedeeld'];

/** This quarter and the four before it, and this year and the one before. */
export function periodOptions(today: string): Array<{ value: string; label: string }> {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: Array<{ value: string; label: string }> = [];
  for (let i = 0; i < 5; i++) {
    const qq = ((q - 1 - i + 40) % 4) + 1;
    const yy = y - Math.floor((4 - q + i) / 4);
    out.push({ value: `${yy}-K${qq}`, label: `${qq}e kwartaal ${yy}${i === 0 ? ' (lopend)' : ''}` });
  }
  out.push({ value: String(y), label: `Heel ${y}` }, { value: String(y - 1), label: `Heel ${y - 1}` });
  return out;
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(Math.round(x * 1000) / 10).toFixed(1).replace('.', ',')}%`);
const liftText = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x.toFixed(2).replace('.', ',')}×`);
const combination = (items: Array<{ label: string }>) => items.map((i) => i.label).join(' + ');
const count = (n: number | null) => (n === null ? 'niet getoond' : formatNumber(n));

export function PatronenPage() {
  const { has, me } = useSession();
  const allowed = has(...PATTERN_ROLES);
  const periods = periodOptions(todayIso());
  const [filters, setFilters] = useState({ periode: periods[0].value, team: '', werkdagen: '65', minimum: '5' });
  const [draft, setDraft] = useState(filters);
  const [data, setData] = useState<Analysis | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [level, setLevel] = useState<'landelijk' | 'regio'>('landelijk');
  const [pooled, setPooled] = useState<Pooled | null>(null);
  const [pooledError, setPooledError] = useState<ApiError | null>(null);
  const form = useFormId('patronen');
  const query = { periode: filters.periode, werkdagen: Number(filters.werkdagen), minimum: Number(filters.minimum), ...(filters.team ? { team: filters.team } : {}) };

  useEffect(() => {
    document.title = 'Patronen · Maatwerk';
    if (!allowed) return;
    setData(null);
    setError(null);
    api.get('/patronen', { query }).then((r) => setData(r.data), (e) => e instanceof ApiError && setError(e));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allowed, filters]);
  useEffect(() => {
    if (!allowed) return;
    setPooled(null);
    setPooledError(null);
    api.get('/patronen/gedeeld', { query: { periode: filters.periode, niveau: level, werkdagen: Number(filters.werkdagen) } }).then((r) => setPooled(r.data), (e) => e instanceof ApiError && setPooledError(e));
  }, [allowed, filters.periode, filters.werkdagen, level]);

  if (!allowed) {
    return (
      <>
        <H1>Patronen</H1>
        <Alert type="error">Alleen beleidsadviseurs, teamleiders en de doorbraaktafel zien de patronen.</Alert>
      </>
    );
  }
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const hvbName = (key: string) => data?.cocktails.find((c) => c.key === key)?.name ?? '';
  return (
    <>
      <H1>Patronen: giftige cocktails</H1>
      <P className="mw-muted">
        Welke combinaties van problemen (leefgebieden met score 1 of 2), knelpunten en blokkerende wetten samengaan met zaken die vastlopen. Vastgelopen: een knelpunt ging de escalatieladder op, of de zaak is langer open dan het gekozen aantal werkdagen. Alleen tellingen van uw eigen organisatie; geen personen.
      </P>
      <form
        className="mw-filters"
        aria-label="Filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        <ErrorSummary form={form} error={error} labels={{ periode: 'Periode', team: 'Team', werkdagen: 'Vastgelopen na', minimum: 'Minimaal aantal zaken' }} />
        <SelectField form={form} name="periode" label="Periode" value={draft.periode} onChange={(e) => setDraft({ ...draft, periode: e.target.value })} options={periods} error={error?.field('periode')} />
        <SelectField form={form} name="team" label="Team" value={draft.team} onChange={(e) => setDraft({ ...draft, team: e.target.value })} options={[{ value: '', label: 'Alle teams' }, ...(data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))]} />
        <TextField form={form} name="werkdagen" label="Vastgelopen na (werkdagen open)" inputMode="numeric" value={draft.werkdagen} onChange={(e) => setDraft({ ...draft, werkdagen: e.target.value })} error={error?.field('werkdagen')} />
        <TextField form={form} name="minimum" label="Minimaal aantal zaken per combinatie" inputMode="numeric" value={draft.minimum} onChange={(e) => setDraft({ ...draft, minimum: e.target.value })} error={error?.field('minimum')} />
        <PrimaryButton type="submit">Toon patronen</PrimaryButton>
      </form>
      {!data && !error && <Loading what="Patronen" />}
      {data && (
        <>
          <section className="mw-section" aria-labelledby="hvb">
            <H2 id="hvb">De vier cocktails van Hart van Brabant, hier</H2>
            <P className="mw-muted">
              {data.period.label}: {countText(data.total, 'zaak', 'zaken')}, waarvan {formatNumber(data.totalStuck)} vastgelopen ({pct(data.total ? data.totalStuck / data.total : null)}).
            </P>
            <Table caption="Hart van Brabant-cocktails in uw zaken" head={['Cocktail', 'Zaken', 'Vastgelopen', 'Kans op vastlopen', 'Lift']}>
              {data.cocktails.map((c) => (
                <tr key={c.key} className="utrecht-table__row">
                  <Th>{c.name}</Th>
                  <Td numeric>{formatNumber(c.count)}</Td>
                  <Td numeric>{formatNumber(c.stuck)}</Td>
                  <Td numeric>{c.count ? pct(c.confidence) : '—'}</Td>
                  <Td numeric>{c.count ? liftText(c.lift) : '—'}</Td>
                </tr>
              ))}
            </Table>
          </section>
          <section className="mw-section" aria-labelledby="combinaties">
            <H2 id="combinaties">Sterkste combinaties</H2>
            {data.combinations.length === 0 ? (
              <P>Geen combinatie komt in {filters.minimum} of meer zaken voor in deze periode.</P>
            ) : (
              <>
                <StackedBarChart
                  title="Zaken per combinatie: vastgelopen en niet vastgelopen, sterkste eerst"
                  labelsAbove
                  rows={data.combinations.slice(0, 12).map((c) => ({
                    label: `${c.cocktails.length ? '★ ' : ''}${combination(c.items)}`,
                    total: `${pct(c.confidence)} van ${formatNumber(c.count)}`,
                    segments: [
                      { label: 'Vastgelopen', value: c.stuck, text: `${formatNumber(c.stuck)} vastgelopen` },
                      { label: 'Niet vastgelopen', value: c.count - c.stuck, text: `${formatNumber(c.count - c.stuck)} niet vastgelopen` },
                    ],
                  }))}
                  summary={`De ${Math.min(12, data.combinations.length)} sterkste combinaties: per combinatie het aantal zaken, vastgelopen en niet vastgelopen. ${data.combinations
                    .slice(0, 12)
                    .map((c) => `${combination(c.items)}: ${c.stuck} van ${c.count} vastgelopen`)
                    .join('; ')}. Een ster markeert een cocktail van Hart van Brabant.`}
                />
                <Table caption={`Combinaties in ${data.period.label}, sterkste eerst`} head={['Combinatie', 'Zaken', 'Vastgelopen', 'Steun', 'Kans op vastlopen', 'Ten minste (95% zeker)', 'Lift', 'Hart van Brabant']}>
                  {data.combinations.map((c) => (
                    <tr key={c.items.map((i) => i.key).join('+')} className="utrecht-table__row">
                      <Th>{combination(c.items)}</Th>
                      <Td numeric>{formatNumber(c.count)}</Td>
                      <Td numeric>{formatNumber(c.stuck)}</Td>
                      <Td numeric>{pct(c.support)}</Td>
                      <Td numeric>{pct(c.confidence)}</Td>
                      <Td numeric>{pct(c.confidenceLow)}</Td>
                      <Td numeric>{liftText(c.lift)}</Td>
                      <Td>{c.cocktails.length ? `★ ${c.cocktails.map(hvbName).join('; ')}` : ''}</Td>
                    </tr>
                  ))}
                </Table>
              </>
            )}
            <P>
              <a className="utrecht-link" href={`/api/v1/patronen.csv?${qs}`} download>
                Combinaties downloaden als CSV
              </a>
              {' · '}
              <a className="utrecht-link" href={`/api/v1/patronen.xlsx?${qs}`} download>
                Combinaties downloaden als Excel
              </a>
            </P>
            <P className="mw-muted">
              Steun: deel van alle zaken met deze combinatie. Kans op vastlopen: deel van die zaken dat vastliep. Ten minste (95% zeker): die kans is, gezien het aantal zaken, met 95% zekerheid minstens zo groot; 24 van 24 zaken zegt meer dan 5 van 5. Lift: de kans gedeeld door de kans bij alle zaken; boven 1 loopt de combinatie vaker vast. Sterkste eerst: de hoogste kans ten minste, dan de hoogste lift.
            </P>
          </section>
        </>
      )}
      <section className="mw-section" aria-labelledby="gedeeld">
        <H2 id="gedeeld">Regionaal en landelijk beeld</H2>
        <P className="mw-muted">Opgeteld uit de tellingen van organisaties die meedoen (nooit gegevens van zaken). Niet getoond: aantallen onder 10, en aantallen waaruit zo'n klein aantal terug te rekenen zou zijn.</P>
        {has('beleid') && data && <Contribution initial={data.contributes} />}
        <SelectField form={form} name="niveau" label="Beeld" value={level} onChange={(e) => setLevel(e.target.value as 'landelijk' | 'regio')} options={[{ value: 'landelijk', label: 'Landelijk' }, { value: 'regio', label: me.organisation.province ? `Provincie ${me.organisation.province}` : `Provincie van ${me.organisation.name} (nog niet ingesteld)` }]} />
        {pooledError && <Alert type="warning">{pooledError.message}</Alert>}
        {!pooled && !pooledError && <Loading what="Gedeeld beeld" />}
        {pooled && (
          <>
            <P>
              {pooled.contributors} {pooled.contributors === 1 ? 'organisatie doet' : 'organisaties doen'} mee{pooled.region ? ` in ${pooled.region}` : ''}: {count(pooled.total)} zaken, waarvan {count(pooled.totalStuck)} vastgelopen.
            </P>
            {pooled.rows.length === 0 ? (
              <P>Nog geen combinatie met 10 of meer zaken.</P>
            ) : (
              <Table caption={`${pooled.level === 'regio' ? `Provincie ${pooled.region}` : 'Landelijk'}: combinaties met 10 of meer zaken`} head={['Combinatie', 'Zaken', 'Vastgelopen', 'Kans op vastlopen', 'Ten minste (95% zeker)', 'Lift', 'Hart van Brabant']}>
                {pooled.rows.map((r) => (
                  <tr key={r.items.map((i) => i.key).join('+')} className="utrecht-table__row">
                    <Th>{combination(r.items)}</Th>
                    <Td numeric>{count(r.count)}</Td>
                    <Td numeric>{count(r.stuck)}</Td>
                    <Td numeric>{pct(r.confidence)}</Td>
                    <Td numeric>{pct(r.confidenceLow)}</Td>
                    <Td numeric>{liftText(r.lift)}</Td>
                    <Td>{r.cocktails.length ? `★ ${r.cocktails.map(hvbName).join('; ')}` : ''}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </>
        )}
      </section>
    </>
  );
}

function Contribution({ initial }: { initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [saved, setSaved] = useState<boolean | null>(null);
  const submit = useSubmit();
  const form = useFormId('bijdrage');
  return (
    <form
      aria-label="Bijdragen aan het gedeelde beeld"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await submit.run(() => api.put('/patronen/bijdrage', { body: { contributes: on } }));
        if (r) setSaved(r.data.contributes);
      }}
    >
      <ErrorSummary form={form} error={submit.error} />
      <CheckboxField form={form} name="contributes" label="Onze organisatie draagt tellingen bij aan het regionale en landelijke beeld" checked={on} onChange={setOn} />
      <PrimaryButton type="submit" disabled={submit.busy}>Keuze opslaan</PrimaryButton>
      {saved !== null && <Alert type="ok" live>{saved ? 'Uw organisatie draagt nu tellingen bij.' : 'Uw organisatie draagt geen tellingen meer bij.'}</Alert>}
    </form>
  );
}
