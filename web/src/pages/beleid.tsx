// SPDX-License-Identifier: EUPL-1.2
/**
 * The policy adviser's area (Beleid): what the knelpunten say about the rules (structural signals
 * per rule and knelpunt patterns, no personal data) and the minima-effectrapportage — disposable
 * income with and without the municipal schemes over an income range, and the armoedeval.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { BarChart, LineChart, downloadText } from '../components/charts';
import { KNELPUNT_STATUS_LABELS, KNELPUNT_TYPE_LABELS, MINIMA_HOUSEHOLD_LABELS, formatDate, formatEuro, formatEuroWhole, formatNumber, formatPercent, gemeenteName, label, parsePercent, todayIso } from '../format';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, Table, Td, TextField, fieldId, useFormId, useSubmit } from '../ui';

type Signals = Awaited<ReturnType<typeof loadSignals>>;
type Patterns = Awaited<ReturnType<typeof loadPatterns>>;
const loadSignals = async () => (await api.get('/structural-signals')).data;
const loadPatterns = async () => (await api.get('/knelpunt-patterns')).data;

export const SIGNAL_ROLES = ['beleid', 'doorbraaktafel'];

function Forbidden({ title, text }: { title: string; text: string }) {
  return (
    <>
      <H1>{title}</H1>
      <Alert type="error">{text}</Alert>
    </>
  );
}

// ---- signalen en knelpuntpatronen ----
export function SignalsPage() {
  const { has } = useSession();
  const [signals, setSignals] = useState<Signals | null>(null);
  const [patterns, setPatterns] = useState<Patterns | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const allowed = has(...SIGNAL_ROLES);
  useEffect(() => {
    document.title = 'Signalen en knelpunten · Maatwerk';
    if (!allowed) return;
    const fail = (e: unknown) => e instanceof ApiError && setError(e);
    loadSignals().then(setSignals, fail);
    loadPatterns().then(setPatterns, fail);
  }, [allowed]);
  if (!allowed) return <Forbidden title="Signalen en knelpunten" text="Alleen beleidsadviseurs en de doorbraaktafel zien de signalen en patronen." />;
  return (
    <>
      <H1>Signalen en knelpunten</H1>
      <P className="mw-muted">Wat de knelpunten van professionals zeggen over de regels: waar een regel moet veranderen of een vaste afspraak nodig is, en welke wetten en organisaties het vaakst blokkeren. Zonder persoonsgegevens.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      <section className="mw-section" aria-labelledby="signalen">
        <H2 id="signalen">Structurele signalen per regel</H2>
        {!signals && !error && <Loading what="Signalen" />}
        {signals && signals.rules.length === 0 && <P>Er zijn nog geen structurele signalen.</P>}
        {signals && signals.rules.length > 0 && (
          <>
            <BarChart title="Aantal structurele signalen per regel" bars={signals.rules.map((r) => ({ label: r.rule, value: r.count, text: `${r.count} ${r.count === 1 ? 'signaal' : 'signalen'}` }))} />
            <Table caption="Structurele signalen per regel" head={['Regel', 'Signalen', 'Regel wijzigen', 'Vaste afspraak', 'Voorstellen', 'Soort knelpunt', 'Laatste signaal']}>
              {signals.rules.map((r) => (
                <tr key={r.rule} className="utrecht-table__row">
                  <Td>
                    <span className="mw-strong">{r.rule}</span>
                    <div className="mw-muted">{r.blockingLaws.join(', ')}</div>
                  </Td>
                  <Td numeric>{r.count}</Td>
                  <Td numeric>{r.regelWijzigen}</Td>
                  <Td numeric>{r.vasteAfspraak}</Td>
                  <Td>
                    <ul className="utrecht-unordered-list mw-compact-list">
                      {r.proposals.map((p) => (
                        <li key={p} className="utrecht-unordered-list__item">{p}</li>
                      ))}
                    </ul>
                  </Td>
                  <Td>{r.knelpuntTypes.map((t) => label(KNELPUNT_TYPE_LABELS, t)).join(', ')}</Td>
                  <Td>{formatDate(r.latest)}</Td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </section>
      <section className="mw-section" aria-labelledby="patronen">
        <H2 id="patronen">Knelpuntpatronen</H2>
        {!patterns && !error && <Loading what="Patronen" />}
        {patterns && (
          <>
            <BarChart title="Aantal knelpunten per blokkerende wet" bars={patterns.perLaw.map((r) => ({ label: r.blockingLaw, value: r.count, text: `${r.count} (${r.open} open, ${r.doorbraak} doorbraak)` }))} />
            <Table caption="Knelpunten per blokkerende wet" head={['Wet', 'Knelpunten', 'Open', 'Doorbraak']}>
              {patterns.perLaw.map((r) => (
                <tr key={r.blockingLaw} className="utrecht-table__row">
                  <Td>{r.blockingLaw}</Td>
                  <Td numeric>{r.count}</Td>
                  <Td numeric>{r.open}</Td>
                  <Td numeric>{r.doorbraak}</Td>
                </tr>
              ))}
            </Table>
            <div className="mw-grid-2">
              <CountTable caption="Knelpunten per soort" head="Soort" rows={patterns.perType.map((r) => [label(KNELPUNT_TYPE_LABELS, r.type), r.count])} />
              <CountTable caption="Knelpunten per status" head="Status" rows={patterns.perStatus.map((r) => [label(KNELPUNT_STATUS_LABELS, r.status), r.count])} />
            </div>
            <CountTable caption="Knelpunten per blokkerende organisatie" head="Organisatie" rows={patterns.perBlockingOrganisation.map((r) => [r.blockingOrganisation, r.count])} />
          </>
        )}
      </section>
    </>
  );
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: Array<[string, number]> }) {
  return (
    <Table caption={caption} head={[head, 'Knelpunten']}>
      {rows.map(([k, n]) => (
        <tr key={k} className="utrecht-table__row">
          <Td>{k}</Td>
          <Td numeric>{formatNumber(n)}</Td>
        </tr>
      ))}
    </Table>
  );
}

// ---- minima-effectrapportage ----
/** The report as the API's OpenAPI document describes it (generated types). */
type MinimaReport = Schemas['MinimaRapport'];
type MinimaRow = Schemas['MinimaRij'];
type MinimaBody = Schemas['MinimaInvoer'];
type Gemeente = MinimaBody['gemeente'];
type MinimaType = MinimaRow['huishoudtype'];
const MINIMA_TYPES = ['alleenstaande', 'alleenstaande-ouder-1-kind', 'alleenstaande-ouder-2-kinderen', 'paar-zonder-kinderen', 'paar-2-kinderen', 'alleenstaande-aow'] as const satisfies readonly MinimaType[];
/** A CSV or HTML answer is text (the client types every answer by its JSON schema). */
const textOf = (data: unknown): string => (typeof data === 'string' ? data : '');

const LABELS: Record<string, string> = { gemeente: 'Gemeente', datum: 'Rekendatum', huishoudtypen: 'Huishoudtypen', vanProcent: 'Van (% sociaal minimum)', totProcent: 'Tot en met (% sociaal minimum)', stapProcent: 'Stap (%)' };
const gemeenteLabel = gemeenteName;

export function MinimaPage() {
  const form = useFormId('minima');
  const { me } = useSession();
  const [gemeenten, setGemeenten] = useState<Gemeente[]>([]);
  const [v, setV] = useState({ gemeente: '', datum: todayIso(), types: Object.keys(MINIMA_HOUSEHOLD_LABELS), van: '100', tot: '150', stap: '5' });
  const [report, setReport] = useState<MinimaReport | null>(null);
  const [sent, setSent] = useState<MinimaBody | null>(null);
  const [chartType, setChartType] = useState('');
  const { busy, error, setError, run, err } = useSubmit();
  const exporting = useSubmit();
  useEffect(() => {
    document.title = 'Minima-effectrapportage · Maatwerk';
    api.get('/income/laws').then((r) => {
      setGemeenten(r.data.gemeenten);
      const own = r.data.gemeenten.find((g) => me.organisation.name.toLowerCase().includes(g.toLowerCase()));
      setV((x) => ({ ...x, gemeente: x.gemeente || own || r.data.gemeenten[0] || 'landelijk' }));
    }, (e) => e instanceof ApiError && setError(e));
  }, [me, setError]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    // A typo in a percentage is named here; the range rules themselves are the API's to judge.
    const fields: Array<{ name: string; reason: string }> = [];
    const pct = (text: string, name: string) => {
      const n = parsePercent(text);
      if (n === null) fields.push({ name, reason: 'is geen percentage; schrijf het zoals 112,5' });
      return n;
    };
    const gemeente = gemeenten.find((g) => g === v.gemeente);
    if (!gemeente) fields.push({ name: 'gemeente', reason: 'kies een gemeente' });
    const [vanProcent, totProcent, stapProcent] = [pct(v.van, 'vanProcent'), pct(v.tot, 'totProcent'), pct(v.stap, 'stapProcent')];
    if (fields.length || !gemeente || vanProcent === null || totProcent === null || stapProcent === null) return setError(new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => `${f.name}: ${f.reason}`).join('; '), invalidParams: fields }));
    const body: MinimaBody = { gemeente, datum: v.datum, huishoudtypen: MINIMA_TYPES.filter((t) => v.types.includes(t)), vanProcent, totProcent, stapProcent };
    const r = await run(() => api.post('/income/scenarios/minima-effect', { body }));
    if (r) {
      const rep: MinimaReport = r.data;
      setReport(rep);
      setSent(body);
      setChartType((t) => (rep.rijen.some((x) => x.huishoudtype === t) ? t : rep.rijen[0]?.huishoudtype ?? ''));
    }
  };
  const fileName = (ext: string) => `minima-effectrapportage-${sent?.gemeente}-${sent?.datum}.${ext}`;
  const downloadCsv = async () => {
    if (!sent) return;
    const r = await exporting.run(() => api.post('/income/scenarios/minima-effect', { body: sent, query: { formaat: 'csv' } }));
    if (r) downloadText(textOf(r.data), fileName('csv'), 'text/csv;charset=utf-8');
  };
  const openHtml = async () => {
    if (!sent) return;
    // Open the tab within the click (popup blockers), then fill it with the report once it is there.
    const w = window.open('', '_blank');
    const r = await exporting.run(() => api.post('/income/scenarios/minima-effect', { body: sent, query: { formaat: 'html' } }));
    if (!r) return w?.close();
    const url = URL.createObjectURL(new Blob([textOf(r.data)], { type: 'text/html;charset=utf-8' }));
    if (w) w.location.href = url;
    else window.location.href = url;
  };
  const toggleType = (t: string, on: boolean) => setV((x) => ({ ...x, types: on ? Object.keys(MINIMA_HOUSEHOLD_LABELS).filter((k) => k === t || x.types.includes(k)) : x.types.filter((k) => k !== t) }));
  const typeError = err('huishoudtypen') ?? error?.fields.find((f) => f.name.startsWith('huishoudtypen.'))?.reason;
  const rows = report?.rijen.filter((r) => r.huishoudtype === chartType) ?? [];
  const types = report ? [...new Map(report.rijen.map((r) => [r.huishoudtype, r.label])).entries()] : [];
  return (
    <>
      <H1>Minima-effectrapportage</H1>
      <P className="mw-muted">Het besteedbaar inkomen van standaardhuishoudens met en zonder de gemeentelijke regelingen, over een inkomensbereik in procenten van het sociaal minimum, en de armoedeval: welk deel van een extra verdiende euro wegvalt doordat toeslagen en regelingen afnemen.</P>
      <form onSubmit={submit} noValidate aria-label="Minima-effectrapportage maken">
        <ErrorSummary form={form} error={error} labels={LABELS} />
        <div className="mw-grid-2">
          <SelectField form={form} name="gemeente" label="Gemeente" value={v.gemeente} onChange={(e) => setV({ ...v, gemeente: e.target.value })} error={err('gemeente')} options={gemeenten.map((g) => ({ value: g, label: gemeenteLabel(g) }))} />
          <TextField form={form} name="datum" label="Rekendatum" type="date" value={v.datum} onChange={(e) => setV({ ...v, datum: e.target.value })} error={err('datum')} />
          <TextField form={form} name="vanProcent" label="Van (% van het sociaal minimum)" inputMode="decimal" value={v.van} maxLength={6} onChange={(e) => setV({ ...v, van: e.target.value })} error={err('vanProcent')} description="50 tot en met 300" />
          <TextField form={form} name="totProcent" label="Tot en met (% van het sociaal minimum)" inputMode="decimal" value={v.tot} maxLength={6} onChange={(e) => setV({ ...v, tot: e.target.value })} error={err('totProcent')} description="50 tot en met 300" />
          <TextField form={form} name="stapProcent" label="Stap (%)" inputMode="decimal" value={v.stap} maxLength={5} onChange={(e) => setV({ ...v, stap: e.target.value })} error={err('stapProcent')} description="Bijvoorbeeld 5 of 2,5" />
        </div>
        <fieldset id={fieldId(form, 'huishoudtypen')} tabIndex={-1} className={`utrecht-form-fieldset mw-card${typeError ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={typeError ? `${fieldId(form, 'huishoudtypen')}-fout` : undefined}>
          <legend className="utrecht-form-fieldset__legend">Huishoudtypen</legend>
          {typeError && (
            <p id={`${fieldId(form, 'huishoudtypen')}-fout`} className="utrecht-form-field-error-message">
              <span className="mw-visually-hidden">Fout: </span>
              {typeError}
            </p>
          )}
          {Object.entries(MINIMA_HOUSEHOLD_LABELS).map(([k, l]) => (
            <CheckboxField key={k} form={form} name={`type-${k}`} label={l} checked={v.types.includes(k)} onChange={(on) => toggleType(k, on)} />
          ))}
        </fieldset>
        <PrimaryButton busy={busy} disabled={busy || !v.gemeente}>Rapport maken</PrimaryButton>
      </form>
      {report && (
        <section className="mw-section" aria-labelledby={`${form}-uitkomst`}>
          <H2 id={`${form}-uitkomst`}>
            {report.gemeenteNaam}, {formatDate(report.datum)}
          </H2>
          {report.waarschuwingen.map((w) => (
            <Alert key={w} type="warning">{w}</Alert>
          ))}
          <ButtonGroup>
            <SecondaryButton onClick={downloadCsv} disabled={exporting.busy}>CSV downloaden</SecondaryButton>
            <SecondaryButton onClick={openHtml} disabled={exporting.busy}>Afdrukbaar rapport openen</SecondaryButton>
          </ButtonGroup>
          {exporting.error && <Alert type="error" live>{exporting.error.message}</Alert>}
          <SelectField form={form} name="grafiek" label="Huishouden in grafiek en tabel" value={chartType} onChange={(e) => setChartType(e.target.value)} options={types.map(([value, l]) => ({ value, label: l }))} />
          {rows.length > 0 && <MinimaResult rows={rows} />}
          <details>
            <summary className="utrecht-link">Aannames</summary>
            <ul className="utrecht-unordered-list">
              {report.aannames.map((a) => (
                <li key={a} className="utrecht-unordered-list__item">{a}</li>
              ))}
            </ul>
          </details>
        </section>
      )}
    </>
  );
}

function MinimaResult({ rows }: { rows: MinimaRow[] }) {
  const name = rows[0].label;
  const first = rows[0];
  const last = rows[rows.length - 1];
  // The armoedeval the municipality itself causes: points where its schemes make an extra euro worth less.
  const ownTrap = rows.filter((r) => (r.marginaleDrukMetProcent ?? 0) > (r.marginaleDrukZonderProcent ?? 0));
  const worst = rows.reduce<MinimaRow | null>((w, r) => (r.marginaleDrukMetProcent !== null && (w === null || r.marginaleDrukMetProcent > (w.marginaleDrukMetProcent ?? -1)) ? r : w), null);
  const summary = `${name}: bij ${formatPercent(first.procent)} van het sociaal minimum besteedbaar ${formatEuro(first.besteedbaarMet)} met en ${formatEuro(first.besteedbaarZonder)} zonder gemeentelijke regelingen; bij ${formatPercent(last.procent)} ${formatEuro(last.besteedbaarMet)} met en ${formatEuro(last.besteedbaarZonder)} zonder.`;
  return (
    <>
      <LineChart
        title={`Besteedbaar inkomen per maand: ${name}`}
        summary={summary}
        formatX={(x) => formatPercent(Math.round(x * 10) / 10)}
        formatY={formatEuroWhole}
        lines={[
          { label: 'Met gemeentelijke regelingen', points: rows.map((r) => ({ x: r.procent, y: r.besteedbaarMet })) },
          { label: 'Zonder gemeentelijke regelingen', points: rows.map((r) => ({ x: r.procent, y: r.besteedbaarZonder })) },
        ]}
      />
      <H3>Armoedeval</H3>
      <P>
        {worst && worst.marginaleDrukMetProcent !== null ? (
          <>
            Hoogste marginale druk met gemeentelijke regelingen: <span className="mw-strong">{formatPercent(worst.marginaleDrukMetProcent)}</span> van een extra euro, bij {formatPercent(worst.procent)} van het sociaal minimum.{' '}
          </>
        ) : null}
        {ownTrap.length > 0
          ? `Op ${ownTrap.length} ${ownTrap.length === 1 ? 'inkomenspunt' : 'inkomenspunten'} (${ownTrap.map((r) => formatPercent(r.procent)).join(', ')}) is de druk hoger dan zonder de gemeentelijke regelingen: daar veroorzaken de eigen regelingen een deel van de armoedeval.`
          : 'De gemeentelijke regelingen verhogen de marginale druk nergens in dit bereik.'}
      </P>
      <Table caption={`Besteedbaar inkomen en marginale druk: ${name}`} head={['% sociaal minimum', 'Netto inkomen incl. bijstand', 'Toeslagen en kinderbijslag', 'Gemeentelijk', 'Besteedbaar zonder', 'Besteedbaar met', 'Over na vaste lasten (met)', 'Marginale druk zonder', 'Marginale druk met']}>
        {rows.map((r) => (
          <tr key={r.procent} className="utrecht-table__row">
            <Td numeric>{formatPercent(r.procent)}</Td>
            <Td numeric>{formatEuro(r.nettoInkomen + r.bijstand)}</Td>
            <Td numeric>{formatEuro(r.zorgtoeslag + r.huurtoeslag + r.kindgebondenBudget + r.kinderbijslag)}</Td>
            <Td numeric>{formatEuro(r.gemeentelijk)}</Td>
            <Td numeric>{formatEuro(r.besteedbaarZonder)}</Td>
            <Td numeric>{formatEuro(r.besteedbaarMet)}</Td>
            <Td numeric>{formatEuro(r.overMet)}</Td>
            <Td numeric>{r.marginaleDrukZonderProcent === null ? '—' : formatPercent(r.marginaleDrukZonderProcent)}</Td>
            <Td numeric>{r.marginaleDrukMetProcent === null ? '—' : formatPercent(r.marginaleDrukMetProcent)}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
