// SPDX-License-Identifier: EUPL-1.2
/**
 * The income scenarios stored on a case, run on the server: varying wages under three ways of
 * settling bijstand (verrekening achteraf, the Bestaansbalans buffer, the Drechtsteden voorschot),
 * and the huishoudboekje (balance per day now, and the plan with weekly leefgeld and the buffer it
 * needs). Each result is a chart with the same numbers in a table.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { BarChart, LineChart, StackedBarChart } from '../components/charts';
import { countText, euroInput, formatDate, formatDateShort, formatEuro, formatEuroWhole, parseEuro, todayIso } from '../format';
import { Alert, ButtonGroup, ErrorSummary, Facts, H2, H3, P, SelectField, PrimaryButton, SecondaryButton, StatusBadge, Table, Td, TextField, useFormId, useSubmit } from '../ui';

export type StoredIncome = Schemas['CaseIncomeInput'];

const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** '2026-03' → 'mrt 2026'. */
const formatMonth = (ym: string) => {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  return m ? `${MONTHS_SHORT[Number(m[2]) - 1]} ${m[1]}` : ym;
};

// ---- wisselend inkomen ----
type Fluctuating = Schemas['WisselendInkomenUitkomst'];

const MONTHS_LONG = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Month `i` after 'YYYY-MM' as 'maart 2026' (or 'maand 3' without a valid start). */
const monthAfter = (start: string, i: number) => {
  const m = /^(\d{4})-(\d{2})$/.exec(start);
  if (!m) return `maand ${i + 1}`;
  const n = Number(m[1]) * 12 + Number(m[2]) - 1 + i;
  return `${MONTHS_LONG[n % 12]} ${Math.floor(n / 12)}`;
};
const MIN_WAGE_MONTHS = 6;
const MAX_WAGE_MONTHS = 24;
type Loonreeks = Schemas['Loonreeks'];
const asLoonreeks = (s: StoredIncome | undefined): Loonreeks | undefined => (s?.input && typeof s.input === 'object' && 'loonPerMaand' in s.input ? (s.input as Loonreeks) : undefined);

/**
 * The aanvrager's wages per month for the comparison of the three ways of settling bijstand, entered
 * and edited here and stored on the case (kind `loonreeks`, no household: the server runs it on the
 * household of the case). An older stored series with its own household copy prefills the form.
 */
export function FluctuatingIncome({ caseId, stored, legacy, onSaved }: { caseId: string; stored: StoredIncome | undefined; legacy?: StoredIncome; onSaved: (s: StoredIncome) => void }) {
  const form = useFormId('wisselend');
  const [result, setResult] = useState<Fluctuating | null>(null);
  const { busy, error, setError, run, err } = useSubmit();
  const initial = asLoonreeks(stored) ?? asLoonreeks(legacy);
  const [start, setStart] = useState(initial?.startMaand ?? '');
  const [wages, setWages] = useState<string[]>(initial ? initial.loonPerMaand.map(euroInput) : Array.from({ length: MIN_WAGE_MONTHS }, () => ''));
  const [saved, setSaved] = useState<string | null>(null);
  const labels: Record<string, string> = { startMaand: 'Eerste maand', loonPerMaand: 'Lonen per maand' };
  wages.forEach((_, i) => (labels[`loonPerMaand.${i}`] = `Netto loon ${monthAfter(start, i)}`));
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const fields: Array<{ name: string; reason: string }> = [];
    const loonPerMaand = wages.map((w, i) => {
      if (!w.trim()) {
        fields.push({ name: `loonPerMaand.${i}`, reason: 'vul een bedrag in (0 als er die maand geen loon was)' });
        return 0;
      }
      const c = parseEuro(w);
      if (c === null || c < 0) fields.push({ name: `loonPerMaand.${i}`, reason: 'is geen bedrag; schrijf het zoals 1.234,56' });
      return c ?? 0;
    });
    if (!/^\d{4}-\d{2}$/.test(start)) fields.push({ name: 'startMaand', reason: 'kies de eerste maand van de reeks' });
    if (fields.length) {
      setError(new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => f.reason).join('; '), invalidParams: fields }));
      return;
    }
    const body: Loonreeks = { ...(asLoonreeks(stored) ?? {}), startMaand: start, loonPerMaand };
    const r = await run(() => api.put('/cases/{id}/income/{kind}', { path: { id: caseId, kind: 'loonreeks' }, body, ifMatch: stored?.version }));
    if (r) {
      onSaved(r.data);
      setSaved(`De lonen van ${wages.length} maanden zijn bij de casus opgeslagen.`);
      const res = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'loonreeks' }, body: {} }));
      if (res && 'regimes' in res.data) setResult(res.data);
    }
  };
  const calc = async () => {
    const r = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'loonreeks' }, body: {} }));
    // The run answers by kind: the wage series gives the regimes.
    if (r && 'regimes' in r.data) setResult(r.data);
  };
  const months = result ? [...new Set(result.regimes.flatMap((g) => g.ontvangenPerKalendermaand.map((m) => m.maand)))].sort() : [];
  const buffer = result?.regimes.find((g) => g.buffer);
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Wisselend loon en bijstand</H3>
      <P className="mw-muted">
        Vul het netto loon van de aanvrager per maand in ({MIN_WAGE_MONTHS} tot {MAX_WAGE_MONTHS} maanden). Het huishouden komt uit de casus. Wat krijgt het huishouden wanneer binnen, onder drie manieren van verrekenen?
        {stored && <> Opgeslagen {formatDate(stored.updatedAt)} door {stored.updatedBy ?? 'onbekend'}.</>}
      </P>
      <form onSubmit={save} noValidate aria-label="Wisselend loon per maand">
        <ErrorSummary form={form} error={error} labels={labels} conflictWhat="de opgeslagen lonen" />
        <TextField form={form} name="startMaand" label="Eerste maand" type="month" value={start} onChange={(e) => setStart(e.target.value)} error={err('startMaand')} />
        <div className="mw-grid-2">
          {wages.map((w, i) => (
            <TextField key={i} form={form} name={`loonPerMaand.${i}`} label={`Netto loon ${monthAfter(start, i)} in euro`} inputMode="decimal" maxLength={12} value={w} onChange={(e) => setWages(wages.map((x, j) => (j === i ? e.target.value : x)))} error={err(`loonPerMaand.${i}`)} />
          ))}
        </div>
        <ButtonGroup>
          <SecondaryButton type="button" onClick={() => setWages([...wages, ''])} disabled={wages.length >= MAX_WAGE_MONTHS}>
            Maand toevoegen
          </SecondaryButton>
          <SecondaryButton type="button" onClick={() => setWages(wages.slice(0, -1))} disabled={wages.length <= MIN_WAGE_MONTHS}>
            Laatste maand weghalen
          </SecondaryButton>
        </ButtonGroup>
        <ButtonGroup>
          <PrimaryButton busy={busy} disabled={busy}>
            Lonen opslaan en doorrekenen
          </PrimaryButton>
          {stored && (
            <SecondaryButton type="button" onClick={calc} disabled={busy}>
              Wisselend loon doorrekenen
            </SecondaryButton>
          )}
        </ButtonGroup>
        {saved && <Alert type="ok" live>{saved}</Alert>}
        {!stored && legacy && <P className="mw-muted">Er staat een oudere reeks met een eigen kopie van het huishouden; sla de lonen op om ze met het huishouden van de casus door te rekenen.</P>}
      </form>
      {result && (
        <div role="region" aria-label="Uitkomst wisselend loon">
          {result.waarschuwingen.map((w) => (
            <Alert key={w} type="warning">{w}</Alert>
          ))}
          <Table caption="Drie manieren van verrekenen vergeleken" head={['Manier van verrekenen', 'Betaalmomenten', 'Maanden met inhouding of terugvordering', 'Totaal ontvangen', 'Laagste maand', 'Hoogste maand']}>
            {result.regimes.map((g) => (
              <tr key={g.regime} className="utrecht-table__row">
                <Td>
                  {g.naam}
                  {g.buffer && (
                    <div className="mw-muted">
                      Buffer: laagste saldo {formatEuro(g.buffer.laagsteSaldo)}, hoogste {formatEuro(g.buffer.hoogsteSaldo)}, eindsaldo {formatEuro(g.buffer.eindSaldo)}; kosten voor het fonds {formatEuro(g.buffer.kostenFonds)}
                    </div>
                  )}
                  {g.voorfinanciering && <div className="mw-muted">Voorfinanciering door de gemeente tot {formatEuro(g.voorfinanciering.max)} per maand</div>}
                </Td>
                <Td numeric>{g.aantalBetaalmomenten}</Td>
                <Td numeric>{g.maandenMetInhoudingOfTerugvordering}</Td>
                <Td numeric>{formatEuro(g.totaalOntvangen)}</Td>
                <Td numeric>{formatEuro(g.laagsteMaand)}</Td>
                <Td numeric>{formatEuro(g.hoogsteMaand)}</Td>
              </tr>
            ))}
          </Table>
          <LineChart
            title="Ontvangen per kalendermaand (loon en bijstand)"
            summary={result.regimes.map((g) => `${g.naam}: laagste maand ${formatEuro(g.laagsteMaand)}, hoogste ${formatEuro(g.hoogsteMaand)}, ${g.maandenMetInhoudingOfTerugvordering} maanden met inhouding of terugvordering.`).join(' ')}
            formatX={(i) => formatMonth(months[Math.round(i)] ?? '')}
            formatY={formatEuroWhole}
            lines={result.regimes.map((g) => ({ label: g.naam, points: g.ontvangenPerKalendermaand.map((m) => ({ x: months.indexOf(m.maand), y: m.bedrag })) }))}
          />
          <Table caption="Ontvangen per kalendermaand" head={['Maand', ...result.regimes.map((g) => g.naam)]}>
            {months.map((m) => (
              <tr key={m} className="utrecht-table__row">
                <Td>{formatMonth(m)}</Td>
                {result.regimes.map((g) => (
                  <Td key={g.regime} numeric>
                    {formatEuro(g.ontvangenPerKalendermaand.find((x) => x.maand === m)?.bedrag ?? 0)}
                  </Td>
                ))}
              </tr>
            ))}
          </Table>
          {buffer?.buffer && (
            <LineChart
              title="Saldo van de Bestaansbalans-buffer per maand"
              summary={`Laagste saldo ${formatEuro(buffer.buffer.laagsteSaldo)}, hoogste ${formatEuro(buffer.buffer.hoogsteSaldo)}, eindsaldo ${formatEuro(buffer.buffer.eindSaldo)}; kosten voor het fonds ${formatEuro(buffer.buffer.kostenFonds)}. Onder nul heeft het fonds voorgeschoten.`}
              formatX={(i) => formatMonth(buffer.buffer?.saldoPerMaand[Math.round(i)]?.maand ?? '')}
              formatY={formatEuroWhole}
              lines={[{ label: 'Saldo van de buffer', points: buffer.buffer.saldoPerMaand.map((x, i) => ({ x: i, y: x.saldo })) }]}
            />
          )}
          {result.regimes.map((g) =>
            g.buffer ? (
              <details key={`${g.regime}-saldo`}>
                <summary className="utrecht-link">Saldo van de buffer per maand</summary>
                <P className="mw-muted">Onder nul: het fonds heeft voorgeschoten. Boven nul: reserve van de inwoner, die na de laatste verrekening wordt uitbetaald.</P>
                <Table caption={<span className="mw-visually-hidden">Saldo van de buffer per maand</span>} head={['Maand', 'Saldo']}>
                  {g.buffer.saldoPerMaand.map((x) => (
                    <tr key={x.maand} className="utrecht-table__row">
                      <Td>{formatMonth(x.maand)}</Td>
                      <Td numeric>{formatEuro(x.saldo)}</Td>
                    </tr>
                  ))}
                </Table>
              </details>
            ) : null,
          )}
          {result.regimes.map((g) => (
            <details key={g.regime}>
              <summary className="utrecht-link">
                Betalingen: {g.naam} ({g.aantalBetaalmomenten} betaalmomenten)
              </summary>
              <Table caption={<span className="mw-visually-hidden">Betalingen: {g.naam}</span>} head={['Datum', 'Over maand', 'Omschrijving', 'Bedrag', 'Aan']}>
                {g.betalingen.map((b, i) => (
                  <tr key={i} className="utrecht-table__row">
                    <Td>{formatDate(b.datum)}</Td>
                    <Td>{formatMonth(b.maand)}</Td>
                    <Td>{b.omschrijving}</Td>
                    <Td numeric>{formatEuro(b.bedrag)}</Td>
                    <Td>{b.naarClient ? 'Cliënt' : 'Sociale dienst'}</Td>
                  </tr>
                ))}
              </Table>
            </details>
          ))}
          <Assumptions items={result.aannames} />
        </div>
      )}
    </section>
  );
}

function Assumptions({ items }: { items: string[] }) {
  if (!items.length) return null;
  return (
    <details>
      <summary className="utrecht-link">Aannames</summary>
      <ul className="utrecht-unordered-list">
        {items.map((a) => (
          <li key={a} className="utrecht-unordered-list__item">{a}</li>
        ))}
      </ul>
    </details>
  );
}

// ---- huishoudboekje ----
type CashFlow = Schemas['HuishoudboekjeUitkomst'];

type CashflowInput = Schemas['HuishoudboekjeInvoer'];
type Freq = CashflowInput['inkomsten'][number]['frequentie'];
const FREQ_LABEL: Record<Freq, string> = { maandelijks: 'Elke maand', vierwekelijks: 'Elke vier weken', wekelijks: 'Elke week', kwartaal: 'Elk kwartaal' };
const FREQS = Object.keys(FREQ_LABEL) as Freq[];
const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
type StreamRow = { naam: string; bedrag: string; frequentie: Freq; dag: string; eersteDatum: string };
type CostRow = { naam: string; bedrag: string; dag: string };
const asCashflow = (s: StoredIncome | undefined): CashflowInput | undefined => (s?.input && typeof s.input === 'object' && 'inkomsten' in s.input ? (s.input as CashflowInput) : undefined);

/**
 * The huishoudboekje: income streams and fixed costs with their days of the month, entered and
 * edited here and stored on the case; then the balance per day now, and the plan with one managed
 * account and weekly leefgeld.
 */
export function CashFlowBook({ caseId, stored, onSaved }: { caseId: string; stored: StoredIncome | undefined; onSaved: (s: StoredIncome) => void }) {
  const form = useFormId('kasboek');
  const [result, setResult] = useState<CashFlow | null>(null);
  const { busy, error, setError, run, err } = useSubmit();
  const init = asCashflow(stored);
  const [v, setV] = useState({
    start: init?.startDatum ?? '',
    dagen: String(init?.aantalDagen ?? 61),
    saldo: init?.startSaldo ? euroInput(init.startSaldo) : '',
    perDag: init?.dagelijkseUitgaven ? euroInput(init.dagelijkseUitgaven) : '',
    weekdag: String(init?.leefgeldWeekdag ?? 1),
  });
  const [streams, setStreams] = useState<StreamRow[]>(init?.inkomsten.map((x) => ({ naam: x.naam, bedrag: euroInput(x.bedrag), frequentie: x.frequentie, dag: x.dag ? String(x.dag) : '', eersteDatum: x.eersteDatum ?? '' })) ?? [{ naam: '', bedrag: '', frequentie: 'maandelijks', dag: '', eersteDatum: '' }]);
  const [costs, setCosts] = useState<CostRow[]>(init?.vasteLasten?.map((x) => ({ naam: x.naam, bedrag: euroInput(x.bedrag), dag: String(x.dag) })) ?? [{ naam: '', bedrag: '', dag: '' }]);
  const [saved, setSaved] = useState<string | null>(null);
  const labels: Record<string, string> = { startDatum: 'Eerste dag', aantalDagen: 'Aantal dagen', startSaldo: 'Saldo op de eerste dag', dagelijkseUitgaven: 'Uitgaven per dag', leefgeldWeekdag: 'Dag van het leefgeld', inkomsten: 'Inkomsten', vasteLasten: 'Vaste lasten' };
  streams.forEach((x, i) => {
    const wie = `inkomsten ${i + 1}${x.naam ? ` (${x.naam})` : ''}`;
    Object.assign(labels, { [`inkomsten.${i}.naam`]: `Naam ${wie}`, [`inkomsten.${i}.bedrag`]: `Bedrag ${wie}`, [`inkomsten.${i}.dag`]: `Dag van de maand ${wie}`, [`inkomsten.${i}.eersteDatum`]: `Eerste betaaldatum ${wie}`, [`inkomsten.${i}.frequentie`]: `Hoe vaak ${wie}` });
  });
  costs.forEach((x, i) => {
    const wie = `vaste last ${i + 1}${x.naam ? ` (${x.naam})` : ''}`;
    Object.assign(labels, { [`vasteLasten.${i}.naam`]: `Naam ${wie}`, [`vasteLasten.${i}.bedrag`]: `Bedrag ${wie}`, [`vasteLasten.${i}.dag`]: `Vervaldag ${wie}` });
  });
  const money = (text: string, field: string, fields: Array<{ name: string; reason: string }>, required: boolean) => {
    if (!text.trim()) {
      if (required) fields.push({ name: field, reason: 'vul een bedrag in, zoals 12,50' });
      return 0;
    }
    const c = parseEuro(text);
    if (c === null) fields.push({ name: field, reason: 'is geen bedrag; schrijf het zoals 1.234,56' });
    return c ?? 0;
  };
  // Days are sent as typed: the server names a day outside 1-31 (or a missing one) by its field.
  const day = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const fields: Array<{ name: string; reason: string }> = [];
    const body: CashflowInput = {
      startDatum: v.start,
      aantalDagen: Number(v.dagen) || 0,
      startSaldo: money(v.saldo, 'startSaldo', fields, false),
      dagelijkseUitgaven: money(v.perDag, 'dagelijkseUitgaven', fields, false),
      leefgeldWeekdag: Number(v.weekdag),
      inkomsten: streams.map((x, i) => {
        const perMonth = x.frequentie === 'maandelijks' || x.frequentie === 'kwartaal';
        const d = day(x.dag);
        return { naam: x.naam.trim(), bedrag: money(x.bedrag, `inkomsten.${i}.bedrag`, fields, true), frequentie: x.frequentie, ...(perMonth ? (d !== undefined ? { dag: d } : {}) : x.eersteDatum ? { eersteDatum: x.eersteDatum } : {}) };
      }),
      vasteLasten: costs.filter((x) => x.naam.trim() || x.bedrag.trim() || x.dag.trim()).map((x, i) => ({ naam: x.naam.trim(), bedrag: money(x.bedrag, `vasteLasten.${i}.bedrag`, fields, true), dag: day(x.dag) ?? 0 })),
    };
    if (fields.length) {
      setError(new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => f.reason).join('; '), invalidParams: fields }));
      return;
    }
    const r = await run(() => api.put('/cases/{id}/income/{kind}', { path: { id: caseId, kind: 'huishoudboekje' }, body, ifMatch: stored?.version }));
    if (r) {
      onSaved(r.data);
      setSaved('Het huishoudboekje is bij de casus opgeslagen.');
      const res = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'huishoudboekje' }, body: {} }));
      if (res && 'plan' in res.data) setResult(res.data);
    }
  };
  const calc = async () => {
    const r = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'huishoudboekje' }, body: {} }));
    if (r && 'plan' in r.data) setResult(r.data);
  };
  const days = result?.huidig.dagen ?? [];
  const setStream = (i: number, patch: Partial<StreamRow>) => setStreams(streams.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const setCost = (i: number, patch: Partial<CostRow>) => setCosts(costs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Huishoudboekje</H3>
      <P className="mw-muted">
        Inkomsten en vaste lasten met hun dag in de maand. Het saldo per dag zoals het nu gaat, en het plan: één beheerrekening betaalt de vaste lasten op de vervaldag, de inwoner krijgt wekelijks leefgeld.
        {stored && <> Opgeslagen {formatDate(stored.updatedAt)} door {stored.updatedBy ?? 'onbekend'}.</>}
      </P>
      <form onSubmit={save} noValidate aria-label="Huishoudboekje invullen">
        <ErrorSummary form={form} error={error} labels={labels} conflictWhat="het opgeslagen huishoudboekje" />
        <div className="mw-grid-2">
          <TextField form={form} name="startDatum" label="Eerste dag" type="date" value={v.start} onChange={(e) => setV({ ...v, start: e.target.value })} error={err('startDatum')} />
          <TextField form={form} name="aantalDagen" label="Aantal dagen (28 tot en met 366)" inputMode="numeric" maxLength={3} value={v.dagen} onChange={(e) => setV({ ...v, dagen: e.target.value })} error={err('aantalDagen')} />
          <TextField form={form} name="startSaldo" label="Saldo op de eerste dag in euro (leeg: 0)" inputMode="decimal" maxLength={13} value={v.saldo} onChange={(e) => setV({ ...v, saldo: e.target.value })} error={err('startSaldo')} />
          <TextField form={form} name="dagelijkseUitgaven" label="Uitgaven per dag (boodschappen) in euro (leeg: 0)" inputMode="decimal" maxLength={10} value={v.perDag} onChange={(e) => setV({ ...v, perDag: e.target.value })} error={err('dagelijkseUitgaven')} />
          <SelectField form={form} name="leefgeldWeekdag" label="Dag van het leefgeld" value={v.weekdag} onChange={(e) => setV({ ...v, weekdag: e.target.value })} error={err('leefgeldWeekdag')} options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))} />
        </div>
        <h4 className="utrecht-heading-4">Inkomsten</h4>
        {streams.map((x, i) => {
          const perMonth = x.frequentie === 'maandelijks' || x.frequentie === 'kwartaal';
          return (
            <fieldset key={i} className="mw-card">
              <legend>Inkomsten {i + 1}</legend>
              <div className="mw-grid-2">
                <TextField form={form} name={`inkomsten.${i}.naam`} label={`Naam inkomsten ${i + 1}`} maxLength={80} value={x.naam} onChange={(e) => setStream(i, { naam: e.target.value })} error={err(`inkomsten.${i}.naam`)} />
                <TextField form={form} name={`inkomsten.${i}.bedrag`} label={`Bedrag inkomsten ${i + 1} in euro`} inputMode="decimal" maxLength={13} value={x.bedrag} onChange={(e) => setStream(i, { bedrag: e.target.value })} error={err(`inkomsten.${i}.bedrag`)} />
                <SelectField form={form} name={`inkomsten.${i}.frequentie`} label={`Hoe vaak inkomsten ${i + 1}`} value={x.frequentie} onChange={(e) => setStream(i, { frequentie: FREQS.find((f) => f === e.target.value) ?? x.frequentie })} error={err(`inkomsten.${i}.frequentie`)} options={FREQS.map((f) => ({ value: f, label: FREQ_LABEL[f] }))} />
                {perMonth ? (
                  <TextField form={form} name={`inkomsten.${i}.dag`} label={`Dag van de maand inkomsten ${i + 1}`} inputMode="numeric" maxLength={2} value={x.dag} onChange={(e) => setStream(i, { dag: e.target.value })} error={err(`inkomsten.${i}.dag`)} />
                ) : (
                  <TextField form={form} name={`inkomsten.${i}.eersteDatum`} label={`Een betaaldatum inkomsten ${i + 1}`} type="date" value={x.eersteDatum} onChange={(e) => setStream(i, { eersteDatum: e.target.value })} error={err(`inkomsten.${i}.eersteDatum`)} />
                )}
              </div>
              {streams.length > 1 && (
                <SecondaryButton type="button" onClick={() => setStreams(streams.filter((_, j) => j !== i))}>
                  Inkomsten {i + 1} weghalen
                </SecondaryButton>
              )}
            </fieldset>
          );
        })}
        <SecondaryButton type="button" onClick={() => setStreams([...streams, { naam: '', bedrag: '', frequentie: 'maandelijks', dag: '', eersteDatum: '' }])} disabled={streams.length >= 20}>
          Inkomsten toevoegen
        </SecondaryButton>
        <h4 className="utrecht-heading-4">Vaste lasten</h4>
        {costs.map((x, i) => (
          <fieldset key={i} className="mw-card">
            <legend>Vaste last {i + 1}</legend>
            <div className="mw-grid-2">
              <TextField form={form} name={`vasteLasten.${i}.naam`} label={`Naam vaste last ${i + 1}`} maxLength={80} value={x.naam} onChange={(e) => setCost(i, { naam: e.target.value })} error={err(`vasteLasten.${i}.naam`)} />
              <TextField form={form} name={`vasteLasten.${i}.bedrag`} label={`Bedrag vaste last ${i + 1} in euro`} inputMode="decimal" maxLength={13} value={x.bedrag} onChange={(e) => setCost(i, { bedrag: e.target.value })} error={err(`vasteLasten.${i}.bedrag`)} />
              <TextField form={form} name={`vasteLasten.${i}.dag`} label={`Vervaldag vaste last ${i + 1} (dag van de maand)`} inputMode="numeric" maxLength={2} value={x.dag} onChange={(e) => setCost(i, { dag: e.target.value })} error={err(`vasteLasten.${i}.dag`)} />
            </div>
            <SecondaryButton type="button" onClick={() => setCosts(costs.filter((_, j) => j !== i))}>
              Vaste last {i + 1} weghalen
            </SecondaryButton>
          </fieldset>
        ))}
        <SecondaryButton type="button" onClick={() => setCosts([...costs, { naam: '', bedrag: '', dag: '' }])} disabled={costs.length >= 20}>
          Vaste last toevoegen
        </SecondaryButton>
        <ButtonGroup>
          <PrimaryButton busy={busy} disabled={busy}>
            Huishoudboekje opslaan en doorrekenen
          </PrimaryButton>
          {stored && (
            <SecondaryButton type="button" onClick={calc} disabled={busy}>
              Huishoudboekje doorrekenen
            </SecondaryButton>
          )}
        </ButtonGroup>
        {saved && <Alert type="ok" live>{saved}</Alert>}
      </form>
      {result && (
        <div role="region" aria-label="Uitkomst huishoudboekje">
          <P>
            {formatDate(result.periode.van)} tot en met {formatDate(result.periode.tot)} ({countText(result.periode.dagen, 'dag', 'dagen')}) · inkomen {formatEuro(result.inkomenPerMaand)} per maand · vaste lasten {formatEuro(result.vasteLastenPerMaand)} per maand
          </P>
          <div className="mw-grid-2">
            <div>
              <h4 className="utrecht-heading-4">Zoals het nu gaat</h4>
              <Facts
                items={[
                  ['Dagen rood', <span className="mw-strong">{result.huidig.dagenRood}</span>],
                  ['Grootste tekort', formatEuro(result.huidig.grootsteTekort)],
                  ['Eerste dag rood', result.huidig.eersteRodeDag ? formatDate(result.huidig.eersteRodeDag) : 'geen'],
                ]}
              />
            </div>
            <div>
              <h4 className="utrecht-heading-4">Met het plan</h4>
              <Facts
                items={[
                  ['Leefgeld per week', <span className="mw-strong">{formatEuro(result.plan.leefgeldPerWeek)}</span>],
                  ['Buffer nodig op de beheerrekening (vaste lasten en leefgeld)', <span className="mw-strong">{formatEuro(result.plan.bufferNodig)}</span>],
                  ['Waarvan om de vaste lasten op tijd te betalen', formatEuro(result.plan.bufferVasteLasten)],
                  ['Waarvan leefgeld uitgekeerd voordat het inkomen binnen is', formatEuro(result.plan.bufferLeefgeldVoorInkomen)],
                  ['Dagen rood voor de inwoner', String(result.plan.client.dagenRood)],
                  ['Leefgelddagen', result.plan.leefgeldDagen.map(formatDateShort).join(', ')],
                ]}
              />
              {result.plan.structureelTekort ? (
                <StatusBadge status="danger">Structureel tekort: de inkomsten dekken de lasten niet</StatusBadge>
              ) : (
                <StatusBadge status="active">Geen structureel tekort</StatusBadge>
              )}
            </div>
          </div>
          <LineChart
            title="Saldo per dag"
            summary={`Zoals het nu gaat ${countText(result.huidig.dagenRood, 'dag', 'dagen')} rood, grootste tekort ${formatEuro(result.huidig.grootsteTekort)}; met het plan ${countText(result.plan.client.dagenRood, 'dag', 'dagen')} rood voor de inwoner, laagste saldo ${formatEuro(result.plan.client.laagsteSaldo)}.`}
            formatX={(i) => formatDateShort(days[Math.round(i)]?.datum ?? '')}
            formatY={formatEuroWhole}
            markers={false}
            maxXTicks={5}
            lines={[
              { label: 'Zoals het nu gaat', points: result.huidig.dagen.map((d, i) => ({ x: i, y: d.saldo })) },
              { label: 'Met het plan (rekening van de inwoner)', points: result.plan.client.dagen.map((d, i) => ({ x: i, y: d.saldo })) },
            ]}
          />
          <details>
            <summary className="utrecht-link">Saldo per dag als tabel</summary>
            <Table caption="Saldo per dag" head={['Datum', 'Erbij', 'Eraf', 'Saldo nu', 'Saldo met plan']}>
              {days.map((d, i) => (
                <tr key={d.datum} className="utrecht-table__row">
                  <Td>{formatDate(d.datum)}</Td>
                  <Td numeric>{formatEuro(d.in)}</Td>
                  <Td numeric>{formatEuro(d.uit)}</Td>
                  <Td numeric>{formatEuro(d.saldo)}</Td>
                  <Td numeric>{formatEuro(result.plan.client.dagen[i]?.saldo ?? 0)}</Td>
                </tr>
              ))}
            </Table>
          </details>
          <Assumptions items={result.aannames} />
        </div>
      )}
    </section>
  );
}

// ---- inkomenscheck aan de keukentafel ----
type Derived = Schemas['AfgeleidInkomensprofiel'];
type Evaluation = Schemas['Inkomensberekening'];
type LedenInkomen = Schemas['LedenInkomen'];

const STATUS_LABEL: Record<Evaluation['zorgtoeslag']['status'], string> = { berekend: 'Berekend', schatting: 'Schatting', 'niet-berekend': 'Niet berekend' };
const ROL_LABEL: Record<Derived['leden'][number]['rol'], string> = { aanvrager: 'aanvrager', partner: 'partner', kind: 'kind', medebewoner: 'medebewoner' };

/** Euro text from the form to cents; blank gives `blank`; a typo is named by its field. */
function cents(text: string, field: string, fields: Array<{ name: string; reason: string }>, blank: number | undefined): number | undefined | null {
  if (!text.trim()) return blank;
  const c = parseEuro(text);
  if (c === null || c < 0) {
    fields.push({ name: field, reason: 'is geen bedrag; schrijf het zoals 1.234,56' });
    return null;
  }
  return c;
}

/**
 * The income check at the kitchen table: the household comes from the case itself (the server
 * derives the profile: members by id, the municipality from the organisation), the professional
 * only records the income per member. The toeslagen never rest on an income nobody entered: an
 * estimate says so, and what cannot be estimated is not computed.
 */
export function KitchenTableCheck({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const form = useFormId('keukentafel');
  const [derived, setDerived] = useState<Derived | null>(null);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [v, setV] = useState<{ datum: string; huur: string; vermogen: string; leden: Record<string, { loon: string; overig: string; ti: string }> }>({ datum: '', huur: '', vermogen: '', leden: {} });
  const [result, setResult] = useState<Evaluation | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const { busy, error, setError, run, err } = useSubmit();
  const load = useCallback(async () => {
    try {
      const [d, s] = await Promise.all([api.get('/cases/{id}/income/profiel', { path: { id: caseId } }), api.get('/cases/{id}/income', { path: { id: caseId } })]);
      setDerived(d.data);
      const item = s.data.items.find((x) => x.kind === 'inkomen-leden');
      setVersion(item?.version);
      const data = item?.input as LedenInkomen | undefined;
      const leden: Record<string, { loon: string; overig: string; ti: string }> = {};
      for (const l of d.data.leden) {
        const x = data?.leden.find((y) => y.lidId === l.lidId);
        leden[l.lidId] = { loon: x?.nettoLoonPerMaand ? euroInput(x.nettoLoonPerMaand) : '', overig: x?.overigNettoInkomenPerMaand ? euroInput(x.overigNettoInkomenPerMaand) : '', ti: x?.toetsingsinkomenPerJaar !== undefined ? euroInput(x.toetsingsinkomenPerJaar) : '' };
      }
      setV((o) => ({ ...o, huur: data?.huurPerMaand ? euroInput(data.huurPerMaand) : '', vermogen: data?.vermogen ? euroInput(data.vermogen) : '', leden }));
    } catch (e) {
      // A role without income work sees no check at all, not an error.
      if (e instanceof ApiError && e.status === 403) setForbidden(true);
      else if (e instanceof ApiError) setError(e);
    }
  }, [caseId, setError]);
  useEffect(() => {
    void load();
  }, [load]);
  if (forbidden) return null;
  if (!derived) return error ? <ErrorSummary form={form} error={error} /> : null;

  const body = (): LedenInkomen | null => {
    const fields: Array<{ name: string; reason: string }> = [];
    const leden = derived.leden.map((l, i) => {
      const x = v.leden[l.lidId] ?? { loon: '', overig: '', ti: '' };
      const ti = cents(x.ti, `leden.${i}.toetsingsinkomenPerJaar`, fields, undefined);
      return {
        lidId: l.lidId,
        nettoLoonPerMaand: cents(x.loon, `leden.${i}.nettoLoonPerMaand`, fields, 0) ?? 0,
        overigNettoInkomenPerMaand: cents(x.overig, `leden.${i}.overigNettoInkomenPerMaand`, fields, 0) ?? 0,
        ...(typeof ti === 'number' ? { toetsingsinkomenPerJaar: ti } : {}),
      };
    });
    const huurPerMaand = cents(v.huur, 'huurPerMaand', fields, 0) ?? 0;
    const vermogen = cents(v.vermogen, 'vermogen', fields, 0) ?? 0;
    if (fields.length) {
      setError(new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => f.reason).join('; '), invalidParams: fields }));
      return null;
    }
    return { leden, huurPerMaand, vermogen };
  };
  const save = async () => {
    setSaved(null);
    const b = body();
    if (!b) return;
    const r = await run(() => api.put('/cases/{id}/income/{kind}', { path: { id: caseId, kind: 'inkomen-leden' }, body: b, ifMatch: version }));
    if (r) {
      setVersion(r.data.version);
      setSaved('De gegevens per gezinslid zijn bij de casus opgeslagen.');
    }
  };
  const calc = async (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const r = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'inkomen-leden' }, body: v.datum ? { datum: v.datum } : {} }));
    if (r && 'bijstand' in r.data) setResult(r.data);
  };
  const labels: Record<string, string> = { huurPerMaand: 'Kale huur per maand', vermogen: 'Vermogen', datum: 'Rekendatum' };
  derived.leden.forEach((l, i) => {
    labels[`leden.${i}.nettoLoonPerMaand`] = `Netto loon ${l.naam}`;
    labels[`leden.${i}.overigNettoInkomenPerMaand`] = `Overig netto inkomen ${l.naam}`;
    labels[`leden.${i}.toetsingsinkomenPerJaar`] = `Toetsingsinkomen ${l.naam}`;
    labels[`leden.${i}.lidId`] = `Gezinslid ${l.naam}`;
  });
  const parts = result ? [result.bijstand, result.zorgtoeslag, result.huurtoeslag, result.kindgebondenBudget, result.kinderbijslag, ...result.gemeentelijk] : [];
  // What makes up the disposable income, stacked, against the social minimum (one scale).
  const segments = result
    ? [
        { label: 'Netto inkomen', value: result.nettoInkomenPerMaand, text: formatEuro(result.nettoInkomenPerMaand) },
        ...[result.bijstand, result.zorgtoeslag, result.huurtoeslag, result.kindgebondenBudget, result.kinderbijslag].map((p) => ({ label: p.status === 'schatting' ? `${p.naam} (schatting)` : p.naam, value: p.bedragPerMaand, text: formatEuro(p.bedragPerMaand) })),
        { label: 'Gemeentelijke regelingen', value: result.totaal.gemeentelijkPerMaand, text: formatEuro(result.totaal.gemeentelijkPerMaand) },
      ]
    : [];
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Keukentafelcheck: bijstand en toeslagen</H3>
      <P className="mw-muted">
        Het huishouden komt uit de casus ({derived.leden.map((l) => `${l.naam}, ${ROL_LABEL[l.rol]}`).join('; ')}); de gemeente uit de instellingen van de organisatie. U vult alleen het inkomen in. Laat het toetsingsinkomen leeg als u het niet weet: de toeslagen rekenen dan met een schatting, of worden niet berekend.
      </P>
      {derived.waarschuwingen.map((w) => (
        <Alert key={w} type="info">{w}</Alert>
      ))}
      <form onSubmit={calc} noValidate aria-label="Keukentafelcheck">
        <ErrorSummary form={form} error={error} labels={labels} conflictWhat="het opgeslagen inkomen" />
        <div className="mw-grid-2">
          {derived.leden.map((l, i) => (
            <fieldset key={l.lidId} className="mw-card">
              <legend>{l.naam}</legend>
              <TextField form={form} name={`leden.${i}.nettoLoonPerMaand`} label={`Netto loon uit werk van ${l.naam}, per maand in euro`} inputMode="decimal" maxLength={12} value={v.leden[l.lidId]?.loon ?? ''} onChange={(e) => setV({ ...v, leden: { ...v.leden, [l.lidId]: { ...v.leden[l.lidId], loon: e.target.value } } })} error={err(`leden.${i}.nettoLoonPerMaand`)} />
              <TextField form={form} name={`leden.${i}.overigNettoInkomenPerMaand`} label={`Overig netto inkomen van ${l.naam}, per maand in euro`} inputMode="decimal" maxLength={12} value={v.leden[l.lidId]?.overig ?? ''} onChange={(e) => setV({ ...v, leden: { ...v.leden, [l.lidId]: { ...v.leden[l.lidId], overig: e.target.value } } })} error={err(`leden.${i}.overigNettoInkomenPerMaand`)} />
              <TextField form={form} name={`leden.${i}.toetsingsinkomenPerJaar`} label={`Toetsingsinkomen van ${l.naam}, per jaar in euro (leeg: niet bekend)`} inputMode="decimal" maxLength={14} value={v.leden[l.lidId]?.ti ?? ''} onChange={(e) => setV({ ...v, leden: { ...v.leden, [l.lidId]: { ...v.leden[l.lidId], ti: e.target.value } } })} error={err(`leden.${i}.toetsingsinkomenPerJaar`)} />
            </fieldset>
          ))}
          <TextField form={form} name="huurPerMaand" label="Huur per maand (kale huur) in euro" inputMode="decimal" maxLength={12} value={v.huur} onChange={(e) => setV({ ...v, huur: e.target.value })} error={err('huurPerMaand')} />
          <TextField form={form} name="vermogen" label="Vermogen van het huishouden in euro" inputMode="decimal" maxLength={14} value={v.vermogen} onChange={(e) => setV({ ...v, vermogen: e.target.value })} error={err('vermogen')} />
          <TextField form={form} name="datum" label="Rekendatum (leeg: vandaag)" type="date" value={v.datum} onChange={(e) => setV({ ...v, datum: e.target.value })} error={err('datum')} />
        </div>
        <ButtonGroup>
          {canEdit && (
            <SecondaryButton type="button" onClick={save} disabled={busy}>
              Gegevens per gezinslid opslaan
            </SecondaryButton>
          )}
          <PrimaryButton busy={busy} disabled={busy || version === undefined}>
            Keukentafelcheck uitvoeren
          </PrimaryButton>
        </ButtonGroup>
        {version === undefined && <P className="mw-muted">Sla eerst de gegevens per gezinslid op; de check gebruikt wat bij de casus is opgeslagen.</P>}
        {saved && <Alert type="ok" live>{saved}</Alert>}
      </form>
      {result && (
        <div role="region" aria-label="Uitkomst keukentafelcheck">
          <StackedBarChart
            title={`Besteedbaar inkomen tegenover het sociaal minimum per ${formatDate(result.datum)}`}
            summary={`Besteedbaar inkomen ${formatEuro(result.totaal.besteedbaarPerMaand)} per maand, opgebouwd uit ${segments.filter((x) => x.value > 0).map((x) => `${x.label} ${x.text}`).join(', ')}; sociaal minimum ${formatEuro(result.sociaalMinimum)} per maand.`}
            rows={[
              { label: 'Besteedbaar inkomen', total: formatEuro(result.totaal.besteedbaarPerMaand), segments },
              { label: 'Sociaal minimum', total: formatEuro(result.sociaalMinimum), segments: [{ label: `Bijstandsnorm (${result.bijstand.normLabel})`, value: result.sociaalMinimum }] },
            ]}
            table={{
              toggle: 'Bedragen als tabel',
              content: (
                <Table caption={<span className="mw-visually-hidden">Bedragen per regeling</span>} head={['Regeling', 'Uitkomst', 'Per maand']}>
                  <tr className="utrecht-table__row">
                    <Td>Netto inkomen</Td>
                    <Td>Opgegeven</Td>
                    <Td numeric>{formatEuro(result.nettoInkomenPerMaand)}</Td>
                  </tr>
                  {parts.map((p) => (
                    <tr key={p.regeling} className="utrecht-table__row">
                      <Td>{p.naam}</Td>
                      <Td>{STATUS_LABEL[p.status]}</Td>
                      <Td numeric>{p.status === 'niet-berekend' ? 'niet berekend' : formatEuro(p.bedragPerMaand)}</Td>
                    </tr>
                  ))}
                  <tr className="utrecht-table__row">
                    <Td>Besteedbaar inkomen</Td>
                    <Td>Totaal</Td>
                    <Td numeric>{formatEuro(result.totaal.besteedbaarPerMaand)}</Td>
                  </tr>
                  <tr className="utrecht-table__row">
                    <Td>Sociaal minimum ({result.bijstand.normLabel})</Td>
                    <Td>Norm</Td>
                    <Td numeric>{formatEuro(result.sociaalMinimum)}</Td>
                  </tr>
                </Table>
              ),
            }}
          />
          <P>
            Besteedbaar per maand <span className="mw-strong">{formatEuro(result.totaal.besteedbaarPerMaand)}</span>; sociaal minimum {formatEuro(result.sociaalMinimum)}.
          </P>
          {result.waarschuwingen.map((w) => (
            <Alert key={w} type="warning">{w}</Alert>
          ))}
          {parts.map((p) =>
            p.uitlegTekst ? (
              <details key={p.regeling}>
                <summary className="utrecht-link">Uitleg: {p.naam}</summary>
                <pre className="mw-pre" tabIndex={0} aria-label={`Uitleg ${p.naam}`}>{p.uitlegTekst}</pre>
              </details>
            ) : null,
          )}
        </div>
      )}
      <RepaymentForecast caseId={caseId} derived={derived} saved={version !== undefined} />
    </section>
  );
}

// ---- terugbetaling toeslagen na het jaar ----
type Forecast = Schemas['TerugbetalingPrognose'];
const MONTH_OPTIONS = MONTHS_LONG.map((m, i) => ({ value: String(i + 1), label: m }));
/** Cents to pay back (positive) or paid on (negative), in words. */
const saldo = (c: number) => (c > 0 ? `${formatEuro(c)} terugbetalen` : c < 0 ? `${formatEuro(-c)} nabetaling` : 'niets');

/**
 * When the income changes during the year, the toeslagen's monthly advances rest on the old yearly
 * income and the definitive amount on the real one: what is paid back (or on) after the year, not
 * reported and reported (Awir art. 16, 17, 19, 24). Computed on the server on the case's profile.
 */
function RepaymentForecast({ caseId, derived, saved }: { caseId: string; derived: Derived; saved: boolean }) {
  const form = useFormId('terugbetaling');
  const year = Number(todayIso().slice(0, 4));
  const [v, setV] = useState({ lidId: derived.leden[0]?.lidId ?? '', nieuw: '', vanaf: '7', door: '', jaar: String(year) });
  const [result, setResult] = useState<Forecast | null>(null);
  const { busy, error, setError, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const c = parseEuro(v.nieuw);
    if (c === null || c < 0 || !v.nieuw.trim()) {
      setError(new ApiError(400, { title: 'Ongeldige invoer', detail: 'Nieuw toetsingsinkomen: is geen bedrag', invalidParams: [{ name: 'wijzigingen.0.toetsingsinkomenPerJaar', reason: 'is geen bedrag; schrijf het zoals 32.000' }] }));
      return;
    }
    const r = await run(() =>
      api.post('/cases/{id}/income/terugbetaling', {
        path: { id: caseId },
        body: { jaar: Number(v.jaar), vanafMaand: Number(v.vanaf), ...(v.door ? { doorgegevenInMaand: Number(v.door) } : {}), wijzigingen: [{ lidId: v.lidId, toetsingsinkomenPerJaar: c }] },
      }),
    );
    if (r) setResult(r.data);
  };
  const labels = { 'wijzigingen.0.lidId': 'Gezinslid', 'wijzigingen.0.toetsingsinkomenPerJaar': 'Nieuw toetsingsinkomen', vanafMaand: 'Vanaf maand', doorgegevenInMaand: 'Doorgegeven in maand', jaar: 'Jaar', wijzigingen: 'Wijziging' };
  const shown = result?.toeslagen.filter((t) => t.voorschotten || t.definitief || t.voorschottenDoorgegeven || t.status === 'niet-berekend') ?? [];
  const doorNl = result ? MONTHS_LONG[result.doorgegevenInMaand - 1] : '';
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Inkomen verandert dit jaar: toeslagen terugbetalen?</H3>
      <P className="mw-muted">
        De toeslagen komen als voorschot, op het verwachte inkomen over het hele jaar. Na het jaar stelt de Belastingdienst/Toeslagen ze vast op het echte inkomen en verrekent het verschil. Vul in wiens toetsingsinkomen verandert, naar welk jaarbedrag en vanaf welke maand.
      </P>
      <form onSubmit={submit} noValidate aria-label="Terugbetaling toeslagen voorspellen">
        <ErrorSummary form={form} error={error} labels={labels} />
        <div className="mw-grid-2">
          <SelectField form={form} name="wijzigingen.0.lidId" label="Wiens inkomen verandert?" value={v.lidId} onChange={(e) => setV({ ...v, lidId: e.target.value })} error={err('wijzigingen.0.lidId')} options={derived.leden.map((l) => ({ value: l.lidId, label: `${l.naam} (${ROL_LABEL[l.rol]})` }))} />
          <TextField form={form} name="wijzigingen.0.toetsingsinkomenPerJaar" label="Nieuw toetsingsinkomen, als jaarbedrag in euro" inputMode="decimal" maxLength={14} value={v.nieuw} onChange={(e) => setV({ ...v, nieuw: e.target.value })} error={err('wijzigingen.0.toetsingsinkomenPerJaar')} />
          <SelectField form={form} name="vanafMaand" label="Vanaf maand" value={v.vanaf} onChange={(e) => setV({ ...v, vanaf: e.target.value })} error={err('vanafMaand')} options={MONTH_OPTIONS} />
          <SelectField form={form} name="doorgegevenInMaand" label="Doorgegeven aan Toeslagen in maand" value={v.door} onChange={(e) => setV({ ...v, door: e.target.value })} error={err('doorgegevenInMaand')} options={[{ value: '', label: 'dezelfde maand' }, ...MONTH_OPTIONS]} />
          <SelectField form={form} name="jaar" label="Jaar" value={v.jaar} onChange={(e) => setV({ ...v, jaar: e.target.value })} error={err('jaar')} options={[year - 1, year].map((y) => ({ value: String(y), label: String(y) }))} />
        </div>
        <PrimaryButton busy={busy} disabled={busy || !saved}>
          Terugbetaling voorspellen
        </PrimaryButton>
        {!saved && <P className="mw-muted">Sla eerst de gegevens per gezinslid op, met het toetsingsinkomen waarop het voorschot rust.</P>}
      </form>
      {result && (
        <div role="region" aria-label="Prognose terugbetaling toeslagen">
          <P>
            Als de wijziging <span className="mw-strong">niet</span> wordt doorgegeven: na {result.jaar} <span className="mw-strong">{saldo(result.totaal.terugNietDoorgegeven)}</span>. Doorgegeven in {doorNl}: <span className="mw-strong">{saldo(result.totaal.terugDoorgegeven)}</span>. Prognose, geen beschikking.
          </P>
          {result.waarschuwingen.map((w) => (
            <Alert key={w} type="warning">{w}</Alert>
          ))}
          <BarChart
            title={`Toeslagen over ${result.jaar}: voorschot tegenover definitief`}
            bars={[
              { label: 'Voorschotten, niet doorgegeven', value: result.totaal.voorschotten, text: formatEuro(result.totaal.voorschotten) },
              { label: `Voorschotten, doorgegeven in ${doorNl}`, value: result.totaal.voorschottenDoorgegeven, text: formatEuro(result.totaal.voorschottenDoorgegeven) },
              { label: 'Definitief (na het jaar)', value: result.totaal.definitief, text: formatEuro(result.totaal.definitief) },
            ]}
            table={{
              toggle: 'Per toeslag als tabel',
              content: (
                <Table caption={<span className="mw-visually-hidden">Voorschot en definitief per toeslag</span>} head={['Toeslag', 'Voorschotten (niet doorgegeven)', 'Definitief', 'Verschil (niet doorgegeven)', `Voorschotten (doorgegeven in ${doorNl})`, 'Verschil (doorgegeven)']}>
                  {shown.map((t) => (
                    <tr key={t.regeling} className="utrecht-table__row">
                      <Td>
                        {t.naam}
                        {t.status !== 'berekend' && <div className="mw-muted">{STATUS_LABEL[t.status]}</div>}
                      </Td>
                      <Td numeric>{formatEuro(t.voorschotten)}</Td>
                      <Td numeric>{formatEuro(t.definitief)}</Td>
                      <Td numeric>{saldo(t.terugNietDoorgegeven)}</Td>
                      <Td numeric>{formatEuro(t.voorschottenDoorgegeven)}</Td>
                      <Td numeric>{saldo(t.terugDoorgegeven)}</Td>
                    </tr>
                  ))}
                </Table>
              ),
            }}
          />
          <details>
            <summary className="utrecht-link">Uitleg met wetsartikelen</summary>
            <ol className="utrecht-ordered-list">
              {result.uitleg.map((s) => (
                <li key={s.rule + s.description} className="utrecht-ordered-list__item">
                  {s.description} <span className="mw-muted">({s.article.law}, {s.article.article}{s.article.lid ? ` lid ${s.article.lid}` : ''})</span>
                </li>
              ))}
            </ol>
          </details>
          <Assumptions items={result.aannames} />
        </div>
      )}
    </section>
  );
}

/**
 * The Inkomen tab of a case: the kitchen-table check on the profile the server derives from the
 * case's household (income per member, edited here), the wages per month for the fluctuating-income
 * comparison and the huishoudboekje — each entered once and stored on the case.
 */
export function CaseIncomeSection({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const [stored, setStored] = useState<StoredIncome[] | null>(null);
  useEffect(() => {
    if (!canEdit) return;
    api.get('/cases/{id}/income', { path: { id: caseId } }).then((r) => setStored(r.data.items), () => setStored([]));
  }, [caseId, canEdit]);
  const put = (s: StoredIncome) => setStored((items) => [...(items ?? []).filter((x) => x.kind !== s.kind), s]);
  return (
    <section className="mw-section" aria-labelledby="inkomen">
      <H2 id="inkomen">Inkomen</H2>
      <KitchenTableCheck caseId={caseId} canEdit={canEdit} />
      {canEdit && stored && (
        <>
          <FluctuatingIncome caseId={caseId} stored={stored.find((x) => x.kind === 'loonreeks')} legacy={stored.find((x) => x.kind === 'wisselend-inkomen')} onSaved={put} />
          <CashFlowBook caseId={caseId} stored={stored.find((x) => x.kind === 'huishoudboekje')} onSaved={put} />
        </>
      )}
    </section>
  );
}
