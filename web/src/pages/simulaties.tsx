// SPDX-License-Identifier: EUPL-1.2
/**
 * Simulations for a whole municipality (issue 15, ADR 0024): the Bestaansbalans fund for a
 * population — synthetic from a few distribution parameters, or anonymous wage series uploaded as
 * CSV — under chosen buffer rules, run in the server's worker pool while the page polls the job and
 * shows its progress; then the council's answers with a chart and its table. Below it the
 * minima-effect of the organisation's own schemes for every reference household at once.
 */
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { LineChart } from '../components/charts';
import { MINIMA_HOUSEHOLD_LABELS, formatEuro, formatEuroWhole, formatNumber, formatPercent, parseEuro, parsePercent, todayIso } from '../format';
import { Alert, ErrorSummary, Facts, H1, H2, P, PrimaryButton, SelectField, Table, Td, TextField, useFormId, useSubmit } from '../ui';

type Job = Schemas['BestaansbalansSimulatie'];
type Uitkomst = NonNullable<Job['uitkomst']>;
type Invoer = Schemas['BestaansbalansSimulatieInvoer'];
type MinimaReport = Schemas['MinimaRapport'];

const LABELS: Record<string, string> = {
  'populatie.huishoudens': 'Aantal huishoudens', 'populatie.gemiddeldLoonPerMaand': 'Gemiddeld netto loon per maand', 'populatie.spreidingProcent': 'Spreiding van het loon',
  'populatie.aandeelWisselendProcent': 'Aandeel met wisselend inkomen', 'populatie.aandeelMaandenZonderWerkProcent': 'Kans op een maand zonder loon', 'populatie.csv': 'CSV-bestand',
  'regime.vertragingMaanden': 'Vertraging van de verrekening', 'regime.plafondPerJaar': 'Plafond per jaar', zekerheidProcent: 'Zekerheid', maanden: 'Aantal maanden', startMaand: 'Eerste maand',
};

const monthLabel = (ym: string) => {
  const [y, m] = ym.split('-').map(Number);
  return `${['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][m - 1]} ${y}`;
};

export function SimulatiesPage() {
  const { has } = useSession();
  const allowed = has('beleid');
  const form = useFormId('simulatie');
  const [v, setV] = useState({ bron: 'synthetisch', huishoudens: '12000', loon: '600', spreiding: '50', wisselend: '70', zonderWerk: '5', vertraging: '2', plafond: '', zekerheid: '95', maanden: '36' });
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const { busy, error, setError, run, err } = useSubmit();
  const stop = useRef(false);
  useEffect(() => {
    document.title = 'Simulaties Bestaansbalans · Maatwerk';
    return () => {
      stop.current = true;
    };
  }, []);
  if (!allowed) return (<><H1>Simulaties</H1><Alert type="error">Alleen een beleidsadviseur maakt simulaties voor de hele gemeente.</Alert></>);

  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV({ ...v, [k]: e.target.value });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields: Array<{ name: string; reason: string }> = [];
    const whole = (text: string, name: string) => {
      const n = Number(text.trim().replace(/\./g, ''));
      if (text.trim() === '' || !Number.isInteger(n)) fields.push({ name, reason: 'moet een geheel getal zijn' });
      return n;
    };
    const pct = (text: string, name: string) => {
      const n = parsePercent(text);
      if (n === null) fields.push({ name, reason: 'is geen percentage; schrijf het zoals 95 of 97,5' });
      return n ?? 0;
    };
    const loon = parseEuro(v.loon);
    if (v.bron === 'synthetisch' && loon === null) fields.push({ name: 'populatie.gemiddeldLoonPerMaand', reason: 'is geen bedrag; schrijf het zoals 612,50' });
    const plafond = v.plafond.trim() === '' ? null : parseEuro(v.plafond);
    if (v.plafond.trim() !== '' && plafond === null) fields.push({ name: 'regime.plafondPerJaar', reason: 'is geen bedrag; laat leeg voor geen plafond' });
    if (v.bron === 'reeksen' && !csv) fields.push({ name: 'populatie.csv', reason: 'kies een CSV-bestand' });
    const populatie: Invoer['populatie'] =
      v.bron === 'reeksen'
        ? { soort: 'reeksen', csv: csv?.text ?? '' }
        : { soort: 'synthetisch', huishoudens: whole(v.huishoudens, 'populatie.huishoudens'), gemiddeldLoonPerMaand: loon ?? 0, spreidingProcent: whole(v.spreiding, 'populatie.spreidingProcent'), aandeelWisselendProcent: whole(v.wisselend, 'populatie.aandeelWisselendProcent'), aandeelMaandenZonderWerkProcent: whole(v.zonderWerk, 'populatie.aandeelMaandenZonderWerkProcent') };
    const body: Invoer = { populatie, regime: { vertragingMaanden: whole(v.vertraging, 'regime.vertragingMaanden'), plafondPerJaar: plafond }, zekerheidProcent: pct(v.zekerheid, 'zekerheidProcent'), ...(v.bron === 'synthetisch' ? { maanden: whole(v.maanden, 'maanden') } : {}) };
    if (fields.length) return setError(new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => `${f.name}: ${f.reason}`).join('; '), invalidParams: fields }));
    setJob(null);
    const r = await run(() => api.post('/income/simulaties', { body }));
    if (!r) return;
    let cur: Job = r.data;
    setJob(cur);
    // Poll the job until it is done; the progress bar follows the households counted.
    while (cur.status === 'bezig' && !stop.current) {
      await new Promise((res) => setTimeout(res, 250));
      try {
        cur = (await api.get('/income/simulaties/{id}', { path: { id: cur.id } })).data;
      } catch (e2) {
        if (e2 instanceof ApiError) setError(e2);
        return;
      }
      setJob(cur);
    }
  };

  const running = job?.status === 'bezig';
  return (
    <>
      <H1>Simulaties: Bestaansbalans-fonds</H1>
      <P className="mw-muted">
        Hoe groot moet het fonds zijn dat de verschillen tussen voorschot en werkelijk loon opvangt, hoeveel maanden met een inhouding of terugvordering verdwijnen en wat kost het per huishouden? Voor een synthetische populatie of geüploade anonieme loonreeksen.
      </P>
      <form onSubmit={submit} noValidate aria-label="Simulatie starten">
        <ErrorSummary form={form} error={error} labels={LABELS} conflictWhat="de simulatie" />
        <SelectField form={form} name="bron" label="Populatie" value={v.bron} onChange={set('bron')} options={[{ value: 'synthetisch', label: 'Synthetisch, uit verdelingskenmerken' }, { value: 'reeksen', label: 'Anonieme loonreeksen (CSV)' }]} />
        {v.bron === 'synthetisch' ? (
          <div className="mw-grid-2">
            <TextField form={form} name="populatie.huishoudens" label="Aantal huishoudens" inputMode="numeric" value={v.huishoudens} maxLength={9} onChange={set('huishoudens')} error={err('populatie.huishoudens')} description="Tot 1.000.000" />
            <TextField form={form} name="populatie.gemiddeldLoonPerMaand" label="Gemiddeld netto loon per maand (euro)" inputMode="decimal" value={v.loon} maxLength={10} onChange={set('loon')} error={err('populatie.gemiddeldLoonPerMaand')} />
            <TextField form={form} name="populatie.spreidingProcent" label="Spreiding van het loon (%)" inputMode="numeric" value={v.spreiding} maxLength={3} onChange={set('spreiding')} error={err('populatie.spreidingProcent')} description="50: elke maand tussen 50% en 150% van het gemiddelde" />
            <TextField form={form} name="populatie.aandeelWisselendProcent" label="Aandeel met wisselend inkomen (%)" inputMode="numeric" value={v.wisselend} maxLength={3} onChange={set('wisselend')} error={err('populatie.aandeelWisselendProcent')} />
            <TextField form={form} name="populatie.aandeelMaandenZonderWerkProcent" label="Kans op een maand zonder loon (%)" inputMode="numeric" value={v.zonderWerk} maxLength={2} onChange={set('zonderWerk')} error={err('populatie.aandeelMaandenZonderWerkProcent')} />
            <TextField form={form} name="maanden" label="Aantal maanden" inputMode="numeric" value={v.maanden} maxLength={2} onChange={set('maanden')} error={err('maanden')} description="12 tot en met 60" />
          </div>
        ) : (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${form}-populatie-csv`}>CSV-bestand met loonreeksen</label>
            <p className="utrecht-form-field-description">Per regel één huishouden: huishoudtype (alleenstaande, alleenstaande-ouder of gehuwden) en dan het netto loon per maand in euro, gescheiden door puntkomma's. Geen namen of nummers.</p>
            {err('populatie.csv') && <p className="utrecht-form-field-error-message">{err('populatie.csv')}</p>}
            <input id={`${form}-populatie-csv`} className="utrecht-textbox" type="file" accept=".csv,text/csv" onChange={async (e) => { const f = e.target.files?.[0]; setCsv(f ? { name: f.name, text: await f.text() } : null); }} />
          </div>
        )}
        <div className="mw-grid-2">
          <TextField form={form} name="regime.vertragingMaanden" label="Verrekening na (maanden)" inputMode="numeric" value={v.vertraging} maxLength={1} onChange={set('vertraging')} error={err('regime.vertragingMaanden')} description="1 tot en met 3" />
          <TextField form={form} name="regime.plafondPerJaar" label="Plafond van de buffer per huishouden per jaar (euro)" inputMode="decimal" value={v.plafond} maxLength={10} onChange={set('plafond')} error={err('regime.plafondPerJaar')} description="Leeg: geen plafond" />
          <TextField form={form} name="zekerheidProcent" label="Gewenste zekerheid (%)" inputMode="decimal" value={v.zekerheid} maxLength={4} onChange={set('zekerheid')} error={err('zekerheidProcent')} description="50 tot en met 99,9" />
        </div>
        <PrimaryButton busy={busy || running} disabled={busy || running}>Simulatie starten</PrimaryButton>
      </form>
      {job && (
        <section className="mw-section" aria-labelledby={`${form}-uitkomst`}>
          <H2 id={`${form}-uitkomst`}>{job.status === 'klaar' ? 'Uitkomst' : job.status === 'mislukt' ? 'Mislukt' : 'Bezig met rekenen'}</H2>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${form}-voortgang`}>Voortgang</label>
            <progress id={`${form}-voortgang`} max={job.huishoudensTotaal} value={job.huishoudensKlaar} style={{ width: '100%' }} />
            <p className="utrecht-paragraph" aria-live="polite">
              {formatNumber(job.huishoudensKlaar)} van {formatNumber(job.huishoudensTotaal)} huishoudens doorgerekend{job.seconden !== null ? ` in ${String(job.seconden).replace('.', ',')} seconden` : ''}.
            </p>
          </div>
          {job.status === 'mislukt' && <Alert type="error">{job.fout}</Alert>}
          {job.uitkomst && <SimulatieUitkomst u={job.uitkomst} />}
        </section>
      )}
      <MinimaAlleTypen />
    </>
  );
}

function SimulatieUitkomst({ u }: { u: Uitkomst }) {
  const zek = formatPercent(u.zekerheidProcent);
  const summary = `Het fonds heeft in de simulatie op zijn hoogst ${formatEuroWhole(u.hoogsteVoorschotSimulatie)} uitstaan; met ${zek} zekerheid is ${formatEuroWhole(u.fondsBijZekerheid)} genoeg (schatting).`;
  return (
    <>
      <Facts
        items={[
          [`Fondsomvang bij ${zek} zekerheid (schatting)`, <span className="mw-strong" key="f">{formatEuroWhole(u.fondsBijZekerheid)}</span>],
          ['Hoogste voorschot in de simulatie', formatEuroWhole(u.hoogsteVoorschotSimulatie)],
          ['Als iedereen tegelijk op zijn hoogste voorschot zit', formatEuroWhole(u.somHoogsteVoorschotten)],
          ['Huishoudens die een voorschot nodig hebben', `${formatNumber(u.huishoudensMetVoorschot)} van ${formatNumber(u.huishoudens)}`],
          ['Maanden met inhouding of terugvordering, verrekening achteraf', formatNumber(u.maandenInhoudingRegulier)],
          ['Maanden met inhouding of terugvordering, met de buffer', formatNumber(u.maandenInhoudingBuffer)],
          ['Verdwenen maanden', `${formatNumber(u.maandenVermeden)} (${String(u.maandenVermedenPerHuishouden).replace('.', ',')} per huishouden)`],
          ['Kosten voor het fonds', `${formatEuro(u.kostenFonds)} (${formatEuro(u.kostenPerHuishouden)} per huishouden)`],
        ]}
      />
      <LineChart
        title="Voorschot van het fonds per maand"
        summary={summary}
        formatX={(x) => monthLabel(u.perMaand[Math.round(x)]?.maand ?? u.perMaand[0].maand)}
        formatY={formatEuroWhole}
        markers={false}
        lines={[
          { label: 'Uitstaand voorschot in de simulatie', points: u.perMaand.map((m, i) => ({ x: i, y: m.voorschot })) },
          { label: `Nodig bij ${zek} zekerheid (schatting)`, points: u.perMaand.map((m, i) => ({ x: i, y: m.bovengrens })) },
        ]}
      />
      <Table caption="Voorschot van het fonds per maand" head={['Maand', 'Uitstaand voorschot', `Nodig bij ${zek} zekerheid`]}>
        {u.perMaand.map((m) => (
          <tr key={m.maand} className="utrecht-table__row">
            <Td>{monthLabel(m.maand)}</Td>
            <Td numeric>{formatEuroWhole(m.voorschot)}</Td>
            <Td numeric>{formatEuroWhole(m.bovengrens)}</Td>
          </tr>
        ))}
      </Table>
      <details>
        <summary className="utrecht-link">Aannames en methode</summary>
        <ul className="utrecht-unordered-list">
          {u.aannames.map((a) => (
            <li key={a} className="utrecht-unordered-list__item">{a}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** The minima-effect of the organisation's own schemes for every reference household at once. */
function MinimaAlleTypen() {
  const form = useFormId('minima-alle');
  const [report, setReport] = useState<MinimaReport | null>(null);
  const { busy, error, run } = useSubmit();
  const start = async () => {
    const r = await run(async () => {
      const [own, laws] = await Promise.all([api.get('/income/regelingen'), api.get('/income/laws')]);
      const gemeente = laws.data.gemeenten.find((g) => g === own.data.gemeente) ?? 'landelijk';
      return api.post('/income/scenarios/minima-effect', { body: { gemeente, datum: todayIso(), huishoudtypen: Object.keys(MINIMA_HOUSEHOLD_LABELS) as Schemas['MinimaInvoer']['huishoudtypen'], vanProcent: 100, totProcent: 150, stapProcent: 5 } });
    });
    if (r) setReport(r.data);
  };
  const types = report ? [...new Map(report.rijen.map((r) => [r.huishoudtype, r.label])).entries()] : [];
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Minima-effect voor alle huishoudtypen</H2>
      <P>Het besteedbaar inkomen van elk standaardhuishouden van 100% tot 150% van het sociaal minimum, met de regelingen van de organisatie die vandaag gelden.</P>
      <PrimaryButton busy={busy} disabled={busy} onClick={() => void start()}>Alle huishoudtypen doorrekenen</PrimaryButton>
      {error && <Alert type="error" live>{error.message}</Alert>}
      {report && (
        <>
          {report.illustratief && <Alert type="warning">Illustratief: de gemeentelijke regelingen in dit rapport zijn voorbeelden, niet de bedragen uit de verordening.</Alert>}
          <Table caption={`Besteedbaar inkomen per maand, ${report.gemeenteNaam}`} head={['Huishouden', 'Besteedbaar bij 100% (met regelingen)', 'Gemeentelijk bij 100%', 'Besteedbaar bij 150% (met)', 'Hoogste marginale druk (met)']}>
            {types.map(([id, label]) => {
              const rows = report.rijen.filter((r) => r.huishoudtype === id);
              const first = rows[0];
              const last = rows[rows.length - 1];
              const worst = Math.max(...rows.map((r) => r.marginaleDrukMetProcent ?? -Infinity));
              return (
                <tr key={id} className="utrecht-table__row">
                  <Td>{label}</Td>
                  <Td numeric>{formatEuro(first.besteedbaarMet)}</Td>
                  <Td numeric>{formatEuro(first.gemeentelijk)}</Td>
                  <Td numeric>{formatEuro(last.besteedbaarMet)}</Td>
                  <Td numeric>{Number.isFinite(worst) ? formatPercent(worst) : '—'}</Td>
                </tr>
              );
            })}
          </Table>
        </>
      )}
    </section>
  );
}
