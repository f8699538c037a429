// SPDX-License-Identifier: EUPL-1.2
/**
 * Handhaving (issue 14): the handhaver's list of handhavingszaken, and one zaak from a suspected
 * breach to a proportionate decision: the recovery calculator (strict and net reading side by side,
 * per month, with a chart and a printable version), the consequences priced per funder, "bekend bij
 * een regisseur?", the Omgekeerde Toets with the decision, the pauzeknop and the way back.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { BarChart, LineChart } from '../components/charts';
import { countText, formatDate, formatEuro, euroInput, HOUSEHOLD_KIND_LABELS, label, parseEuro } from '../format';
import { Link, navigate } from '../router';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, Facts, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type ZaakView = Schemas['Handhavingszaak'];
type CalcInput = Schemas['Terugvorderingsinvoer'];
type CalcResult = Schemas['Terugvorderingsberekening'];
type Reading = CalcResult['readings']['strikt'];

export const ZAAK_STATUS_LABELS: Record<string, string> = { onderzoek: 'In onderzoek', besloten: 'Besloten', afgesloten: 'Afgesloten' };
export const DECISION_LABELS: Record<string, string> = {
  strikt: 'Terugvorderen volgens de strikte lezing',
  netto: 'Terugvorderen op netto basis (dringende redenen / evenredigheid)',
  waarschuwing: 'Schriftelijke waarschuwing in plaats van een boete',
  afzien: 'Afzien van terugvordering en boete (dringende redenen)',
  pauze: 'Sanctie pauzeren zolang de situatie wordt gelegaliseerd',
};
export const PAUSE_STATUS_LABELS: Record<string, string> = { aangevraagd: 'Wacht op teamleider', lopend: 'Loopt', afgewezen: 'Afgewezen', beeindigd: 'Beëindigd' };
const CULPABILITY_LABELS: Record<string, string> = {
  opzet: 'Opzet (100 %)',
  grove_schuld: 'Grove schuld (75 %)',
  normale_verwijtbaarheid: 'Normale verwijtbaarheid (50 %)',
  verminderde_verwijtbaarheid: 'Verminderde verwijtbaarheid (25 %)',
};
const INCOME_KIND_LABELS: Record<string, string> = { gokken: 'Gokken', verkoop: 'Verkoop (bijvoorbeeld dieren)' };
const READING_LABELS: Record<string, string> = { strikt: 'Strikte lezing (geldend recht)', netto: 'Netto lezing (evenredig)' };
const FINE_STATUS: Record<string, string> = { boete: 'Boete', onbekend: 'Onbekend', 'waarschuwing-mogelijk': 'Waarschuwing mogelijk' };
const GOOD_FAITH: Record<string, string> = { 'geen-belemmering': 'Geen belemmering', 'weegt-mee': 'Weegt mee', 'staat-in-de-weg': 'Staat in de weg' };
const FUNDER_LABELS: Record<string, string> = {
  'gemeente-wmo': 'Gemeente (Wmo)', 'gemeente-jeugd': 'Gemeente (Jeugdwet)', 'gemeente-participatiewet': 'Gemeente (Participatiewet)', 'gemeente-overig': 'Gemeente (overig)',
  maatwerkbudget: 'Gemeente (maatwerkbudget)', woningcorporatie: 'Woningcorporatie', huishouden: 'Het huishouden zelf', other: 'Overige partijen',
};

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatMonth = (ym: string) => monthName.format(new Date(`${ym}-01T00:00:00Z`));
const years = (months: number) => (months >= 12 ? `${(Math.round((months / 12) * 10) / 10).toString().replace('.', ',')} jaar` : `${months} maanden`);

// ---- the list ----------------------------------------------------------------------------------

export function HandhavingszakenPage() {
  const [items, setItems] = useState<Schemas['Handhavingszaken']['items'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [households, setHouseholds] = useState<Array<{ id: string; name: string }>>([]);
  const form = useFormId('nieuwe-zaak');
  const [householdId, setHouseholdId] = useState('');
  const [title, setTitle] = useState('');
  const sub = useSubmit();

  useEffect(() => {
    document.title = 'Handhavingszaken · Maatwerk';
    api.get('/handhavingszaken').then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
    api.get('/cases', { query: { status: 'open', page: 1, pageSize: 100 } }).then(
      (r) => setHouseholds([...new Map(r.data.items.map((c) => [c.householdId, { id: c.householdId, name: c.householdName }])).values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'))),
      () => {},
    );
  }, []);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.post('/handhavingszaken', { body: { householdId, title } }));
    if (r) navigate(`/handhaving/${r.data.zaak.id}`);
  };

  return (
    <>
      <H1>Handhavingszaken</H1>
      <P className="mw-muted">Uw zaken van onderzoek tot een evenredig besluit. U ziet van een huishouden alleen de naam en het aantal kinderen; wat de hulpverlening vastlegt, blijft voor u onzichtbaar.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      {!items && !error && <Loading what="Handhavingszaken" />}
      {items && items.length === 0 && <P>U heeft nog geen handhavingszaken.</P>}
      {items && items.length > 0 && (
        <Table className="mw-table-wrap mw-hh-table" caption="Handhavingszaken van uw organisatie" head={['Zaak', 'Huishouden', 'Geopend', 'Status', 'Pauze']}>
          {items.map((z) => (
            <tr key={z.id} className="utrecht-table__row">
              <Td>
                <Link href={`/handhaving/${z.id}`}>{z.title}</Link>
              </Td>
              <Td>{z.householdName}</Td>
              <Td>{formatDate(z.openedOn)}</Td>
              <Td>
                <StatusBadge status={z.status === 'onderzoek' ? 'warning' : 'neutral'}>{label(ZAAK_STATUS_LABELS, z.status)}</StatusBadge>
              </Td>
              <Td>{z.pauseUntil ? `Loopt tot ${formatDate(z.pauseUntil)}` : z.pauseRequested ? 'Aangevraagd' : '—'}</Td>
            </tr>
          ))}
        </Table>
      )}
      <section className="mw-section" aria-labelledby={`${form}-kop`}>
        <H2 id={`${form}-kop`}>Nieuwe handhavingszaak</H2>
        <form onSubmit={create} noValidate>
          <ErrorSummary form={form} error={sub.error} labels={{ householdId: 'Huishouden', title: 'Omschrijving' }} />
          <SelectField form={form} name="householdId" label="Huishouden" error={sub.err('householdId')} value={householdId} onChange={(e) => setHouseholdId(e.target.value)} options={[{ value: '', label: 'Kies een huishouden' }, ...households.map((h) => ({ value: h.id, label: h.name }))]} />
          <TextField form={form} name="title" label="Omschrijving van het vermoeden" error={sub.err('title')} value={title} onChange={(e) => setTitle(e.target.value)} />
          <PrimaryButton disabled={sub.busy}>Zaak openen</PrimaryButton>
        </form>
      </section>
    </>
  );
}

// ---- one zaak ----------------------------------------------------------------------------------

export function HandhavingszaakPage({ id }: { id: string }) {
  const [view, setView] = useState<ZaakView | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = async () => {
    try {
      const r = await api.get('/handhavingszaken/{id}', { path: { id } });
      setView(r.data);
      setEtag(r.etag);
      document.title = `${r.data.zaak.title} · Handhaving · Maatwerk`;
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  if (error) return <Alert type="error">{error.message}</Alert>;
  if (!view) return <Loading what="De handhavingszaak" />;
  const saved = (r: { data: ZaakView; etag: string | null }) => {
    setView(r.data);
    setEtag(r.etag);
  };
  const z = view.zaak;
  return (
    <>
      <nav aria-label="Kruimelpad" className="mw-breadcrumb mw-no-print">
        <Link href="/handhaving">Handhavingszaken</Link>
      </nav>
      <H1>{z.title}</H1>
      <Facts
        items={[
          ['Huishouden', view.household.name],
          ['Kinderen in het huishouden', String(view.household.children)],
          ['Geopend', formatDate(z.openedOn)],
          ['Handhaver', z.officerName ?? '—'],
          ['Status', label(ZAAK_STATUS_LABELS, z.status)],
        ]}
      />
      <CalculatorSection view={view} etag={etag} onSaved={saved} />
      <ConsequencesSection view={view} etag={etag} onSaved={saved} />
      <AskRegisseurSection view={view} onAsked={load} />
      <DecisionSection view={view} etag={etag} onSaved={saved} />
      <PauseSection view={view} onChanged={load} />
      <WayBackSection view={view} etag={etag} onSaved={saved} />
    </>
  );
}

type SectionProps = { view: ZaakView; etag: string | null; onSaved: (r: { data: ZaakView; etag: string | null }) => void };

const DEFAULT_CALC = { startMonth: '2025-07', months: '18', householdKind: 'alleenstaande', incomeKind: 'gokken', paidBasis: 'norm', benefitPaid: '', receipts: '', stakes: '', other: '0', culpability: 'opzet', finePercentage: '', recidive: false, selfCorrected: false, warningBefore: false };
type CalcDraft = typeof DEFAULT_CALC;
const fromInput = (i: CalcInput | null | undefined): CalcDraft =>
  i
    ? {
        startMonth: i.startMonth, months: String(i.months), householdKind: i.householdKind, incomeKind: i.incomeKind, paidBasis: i.paidBasis,
        benefitPaid: i.benefitPaidCents != null ? euroInput(i.benefitPaidCents) : '', receipts: euroInput(i.receiptsCents), stakes: euroInput(i.stakesOrCostsCents),
        other: euroInput(i.otherIncomeCents), culpability: i.culpability, finePercentage: i.finePercentage != null ? String(i.finePercentage).replace('.', ',') : '',
        recidive: i.recidive, selfCorrected: i.selfCorrectedWithin60Days, warningBefore: i.warningInLast2Years,
      }
    : DEFAULT_CALC;

const CALC_LABELS: Record<string, string> = {
  startMonth: 'Eerste maand', months: 'Aantal maanden', benefitPaidCents: 'Betaalde uitkering per maand', receiptsCents: 'Ontvangen per maand', stakesOrCostsCents: 'Inzet of kosten per maand',
  otherIncomeCents: 'Ander inkomen per maand', finePercentage: 'Verlaagd boetepercentage', householdKind: 'Huishouden', incomeKind: 'Soort inkomsten', culpability: 'Mate van verwijtbaarheid',
};

function CalculatorSection({ view, etag, onSaved }: SectionProps) {
  const form = useFormId('berekening');
  const [d, setD] = useState<CalcDraft>(fromInput(view.zaak.calcInput));
  const [preview, setPreview] = useState<CalcResult | null>(view.calculation ?? null);
  const sub = useSubmit();
  const set = (k: keyof CalcDraft) => (e: { target: { value: string } }) => setD({ ...d, [k]: e.target.value });
  const gamble = d.incomeKind === 'gokken';

  const toInput = (): CalcInput | null => {
    const bad: Array<{ name: string; reason: string }> = [];
    const money = (name: string, v: string) => {
      const c = parseEuro(v);
      if (c === null) bad.push({ name, reason: 'vul een bedrag in euro in, bijvoorbeeld 3.800 of 12,50' });
      return c ?? 0;
    };
    const input: CalcInput = {
      startMonth: d.startMonth, months: Number(d.months), householdKind: d.householdKind as CalcInput['householdKind'], incomeKind: d.incomeKind as CalcInput['incomeKind'], paidBasis: d.paidBasis as CalcInput['paidBasis'],
      benefitPaidCents: d.paidBasis === 'bedrag' ? money('benefitPaidCents', d.benefitPaid) : null,
      receiptsCents: money('receiptsCents', d.receipts), stakesOrCostsCents: money('stakesOrCostsCents', d.stakes), otherIncomeCents: money('otherIncomeCents', d.other),
      culpability: d.culpability as CalcInput['culpability'], finePercentage: d.finePercentage.trim() ? Number(d.finePercentage.replace(',', '.')) : null,
      recidive: d.recidive, selfCorrectedWithin60Days: d.selfCorrected, warningInLast2Years: d.warningBefore,
    };
    if (!Number.isInteger(input.months)) bad.push({ name: 'months', reason: 'vul een aantal maanden in' });
    if (bad.length) {
      sub.setError(new ApiError(400, { title: 'Ongeldige invoer', detail: bad.map((b) => b.reason).join('; '), invalidParams: bad }));
      return null;
    }
    return input;
  };

  const calculate = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput();
    if (!input) return;
    const r = await sub.run(() => api.post('/handhaving/berekening', { body: input }));
    if (r) setPreview(r.data);
  };
  const save = async () => {
    const input = toInput();
    if (!input) return;
    const r = await sub.run(() => api.put('/handhavingszaken/{id}/berekening', { path: { id: view.zaak.id }, body: input, ifMatch: etag ?? undefined }));
    if (r) {
      onSaved(r);
      setPreview(r.data.calculation ?? null);
    }
  };

  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Terugvordering berekenen</H2>
      <P className="mw-muted">Per maand: de betaalde uitkering, wat er volgens elke lezing had moeten worden betaald en wat wordt teruggevorderd. De strikte lezing is het recht zoals de rechter het nu toepast; de netto lezing is de evenredige uitkomst, die het college alleen via de genoemde routes bereikt.</P>
      <form onSubmit={calculate} noValidate className="mw-no-print">
        <ErrorSummary form={form} error={sub.error} labels={CALC_LABELS} conflictWhat="deze zaak" />
        <TextField form={form} name="startMonth" label="Eerste maand" description="Jaar en maand, bijvoorbeeld 2025-07" error={sub.err('startMonth')} value={d.startMonth} onChange={set('startMonth')} inputMode="numeric" />
        <TextField form={form} name="months" label="Aantal maanden" error={sub.err('months')} value={d.months} onChange={set('months')} inputMode="numeric" />
        <SelectField form={form} name="householdKind" label="Huishouden" value={d.householdKind} onChange={set('householdKind')} options={Object.entries(HOUSEHOLD_KIND_LABELS).map(([value, l]) => ({ value, label: l }))} />
        <SelectField form={form} name="incomeKind" label="Soort inkomsten" value={d.incomeKind} onChange={set('incomeKind')} options={Object.entries(INCOME_KIND_LABELS).map(([value, l]) => ({ value, label: l }))} />
        <TextField form={form} name="receiptsCents" label={gamble ? 'Ontvangen uit gokken per maand (winst, bruto)' : 'Opbrengst van de verkoop per maand'} error={sub.err('receiptsCents')} value={d.receipts} onChange={set('receipts')} inputMode="decimal" />
        <TextField form={form} name="stakesOrCostsCents" label={gamble ? 'Inzet per maand' : 'Kosten per maand (voer, dierenarts, inenting)'} error={sub.err('stakesOrCostsCents')} value={d.stakes} onChange={set('stakes')} inputMode="decimal" />
        <TextField form={form} name="otherIncomeCents" label="Ander inkomen per maand" description="Inkomen dat al op de uitkering in mindering kwam; 0 als er geen is" error={sub.err('otherIncomeCents')} value={d.other} onChange={set('other')} inputMode="decimal" />
        <SelectField form={form} name="paidBasis" label="Betaalde uitkering" value={d.paidBasis} onChange={set('paidBasis')} options={[{ value: 'norm', label: 'De bijstandsnorm min het andere inkomen' }, { value: 'bedrag', label: 'Een ander bedrag per maand' }]} />
        {d.paidBasis === 'bedrag' && <TextField form={form} name="benefitPaidCents" label="Betaalde uitkering per maand" error={sub.err('benefitPaidCents')} value={d.benefitPaid} onChange={set('benefitPaid')} inputMode="decimal" />}
        <SelectField form={form} name="culpability" label="Mate van verwijtbaarheid" value={d.culpability} onChange={set('culpability')} options={Object.entries(CULPABILITY_LABELS).map(([value, l]) => ({ value, label: l }))} />
        <TextField form={form} name="finePercentage" label="Verlaagd boetepercentage (optioneel)" description="Boetebesluit art. 2 lid 8; niet hoger dan het percentage bij de gekozen verwijtbaarheid" error={sub.err('finePercentage')} value={d.finePercentage} onChange={set('finePercentage')} inputMode="decimal" />
        <CheckboxField form={form} name="recidive" label="Herhaling: eerdere boete voor hetzelfde in de afgelopen vijf jaar" checked={d.recidive} onChange={(v) => setD({ ...d, recidive: v })} />
        <CheckboxField form={form} name="selfCorrected" label="Zelf binnen 60 dagen gemeld, vóór ontdekking" checked={d.selfCorrected} onChange={(v) => setD({ ...d, selfCorrected: v })} />
        <CheckboxField form={form} name="warningBefore" label="In de afgelopen twee jaar al een waarschuwing gekregen" checked={d.warningBefore} onChange={(v) => setD({ ...d, warningBefore: v })} />
        <ButtonGroup>
          <PrimaryButton disabled={sub.busy}>Berekenen</PrimaryButton>
          <SecondaryButton disabled={sub.busy} onClick={() => void save()}>Berekening opslaan bij de zaak</SecondaryButton>
        </ButtonGroup>
      </form>
      {preview && <CalcResultView result={preview} />}
    </section>
  );
}

function CalcResultView({ result }: { result: CalcResult }) {
  const s = result.readings.strikt;
  const n = result.readings.netto;
  const fineText = (r: Reading) => (r.fine.amountCents === null ? `onbekend (ten hoogste ${formatEuro(r.fine.uncappedCents)})` : r.fine.status === 'waarschuwing-mogelijk' ? `waarschuwing mogelijk (anders ${formatEuro(r.fine.uncappedCents)})` : formatEuro(r.fine.amountCents));
  return (
    <div className="mw-print-area">
      <H3>Uitkomst naast elkaar</H3>
      {result.warnings.map((w) => (
        <Alert key={w} type="warning">
          {w}
        </Alert>
      ))}
      <Table className="mw-table-wrap mw-hh-table" caption="Totalen per lezing" head={['', 'Strikte lezing', 'Netto lezing']}>
        <tr className="utrecht-table__row"><Td>Terug te vorderen</Td><Td numeric>{formatEuro(s.recoveryCents)}</Td><Td numeric>{formatEuro(n.recoveryCents)}</Td></tr>
        <tr className="utrecht-table__row"><Td>Boete</Td><Td>{fineText(s)}</Td><Td>{fineText(n)}</Td></tr>
        <tr className="utrecht-table__row"><Td>Vordering om af te lossen</Td><Td numeric>{formatEuro(s.repayment.claimCents)}</Td><Td numeric>{formatEuro(n.repayment.claimCents)}</Td></tr>
        <tr className="utrecht-table__row"><Td>Het huishouden houdt per maand</Td><Td numeric>{formatEuro(s.repayment.keepsCents)}</Td><Td numeric>{formatEuro(n.repayment.keepsCents)}</Td></tr>
        <tr className="utrecht-table__row"><Td>Aflossing per maand (boven 95 % van de norm)</Td><Td numeric>{formatEuro(s.repayment.offsetCents)}</Td><Td numeric>{formatEuro(n.repayment.offsetCents)}</Td></tr>
        <tr className="utrecht-table__row"><Td>Aflostermijn</Td><Td>{s.repayment.months === 0 ? 'Niets af te lossen' : `${s.repayment.months} maanden (${years(s.repayment.months)})`}</Td><Td>{n.repayment.months === 0 ? 'Niets af te lossen' : `${n.repayment.months} maanden (${years(n.repayment.months)})`}</Td></tr>
        <tr className="utrecht-table__row"><Td>Minnelijke schuldregeling (art. 60c)</Td><Td>{s.debtRelief.art60cRefusal ? 'College werkt niet mee' : 'Mogelijk'}</Td><Td>{n.debtRelief.art60cRefusal ? 'College werkt niet mee' : 'Mogelijk'}</Td></tr>
        <tr className="utrecht-table__row"><Td>Wsnp: goede trouw (Fw art. 288)</Td><Td>{label(GOOD_FAITH, s.debtRelief.wsnpGoodFaith)}</Td><Td>{label(GOOD_FAITH, n.debtRelief.wsnpGoodFaith)}</Td></tr>
      </Table>
      <LineChart
        title="Terugvordering per maand onder beide lezingen"
        summary={`Strikt wordt per maand gemiddeld ${formatEuro(Math.round(s.recoveryCents / result.months.length))} teruggevorderd, netto ${formatEuro(Math.round(n.recoveryCents / result.months.length))}.`}
        lines={[
          { label: 'Strikte lezing', points: result.months.map((m, i) => ({ x: i, y: m.recovery.strikt })) },
          { label: 'Netto lezing', points: result.months.map((m, i) => ({ x: i, y: m.recovery.netto })) },
        ]}
        formatX={(x) => formatMonth(result.months[x]?.month ?? result.months[0].month)}
        formatY={(y) => formatEuro(y)}
      />
      <BarChart
        title="Aflostermijn in maanden"
        bars={[
          { label: 'Strikte lezing', value: s.repayment.months, text: s.repayment.months ? `${s.repayment.months} maanden (${years(s.repayment.months)})` : 'niets af te lossen' },
          { label: 'Netto lezing', value: n.repayment.months, text: n.repayment.months ? `${n.repayment.months} maanden (${years(n.repayment.months)})` : 'niets af te lossen' },
        ]}
      />
      <Table className="mw-table-wrap mw-hh-table" caption="Per maand" head={['Maand', 'Betaald', 'Terug strikt', 'Terug netto']}>
        {result.months.map((m) => (
          <tr key={m.month} className="utrecht-table__row">
            <Td>{formatMonth(m.month)}</Td>
            <Td numeric>{formatEuro(m.paidCents)}</Td>
            <Td numeric>{formatEuro(m.recovery.strikt)}</Td>
            <Td numeric>{formatEuro(m.recovery.netto)}</Td>
          </tr>
        ))}
      </Table>
      <details className="mw-print-open">
        <summary className="utrecht-link">Alle bedragen per maand (norm, geteld inkomen, recht op bijstand)</summary>
        <div className="mw-table-scroll" tabIndex={0} role="region" aria-label="Alle bedragen per maand">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Alle bedragen per maand</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Maand', 'Norm', 'Betaald', 'Geteld strikt', 'Recht strikt', 'Terug strikt', 'Geteld netto', 'Recht netto', 'Terug netto'].map((h) => (
                  <th key={h} scope="col" className="utrecht-table__header-cell">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {result.months.map((m) => (
                <tr key={m.month} className="utrecht-table__row">
                  <Td>{formatMonth(m.month)}</Td>
                  <Td numeric>{formatEuro(m.normCents)}</Td>
                  <Td numeric>{formatEuro(m.paidCents)}</Td>
                  <Td numeric>{formatEuro(m.counted.strikt)}</Td>
                  <Td numeric>{formatEuro(m.due.strikt)}</Td>
                  <Td numeric>{formatEuro(m.recovery.strikt)}</Td>
                  <Td numeric>{formatEuro(m.counted.netto)}</Td>
                  <Td numeric>{formatEuro(m.due.netto)}</Td>
                  <Td numeric>{formatEuro(m.recovery.netto)}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <H3>Routes naar de netto uitkomst</H3>
      <ul className="utrecht-unordered-list">
        {result.routesToNet.map((r) => (
          <li key={r.article} className="utrecht-unordered-list__item">
            <span className="mw-strong">{r.article}</span>: {r.text}
          </li>
        ))}
      </ul>
      {result.notes.map((t) => (
        <P key={t} className="mw-muted">
          {t}
        </P>
      ))}
      <H3>Uitleg per bedrag</H3>
      {(['strikt', 'netto'] as const).map((k) => {
        const r = result.readings[k];
        return (
          <details key={k} className="mw-print-open">
            <summary className="utrecht-link">{READING_LABELS[k]}: artikelen en parameters</summary>
            {[
              ['Terugvordering', r.recoveryExplanation],
              [`Boete (${label(FINE_STATUS, r.fine.status)})`, r.fine.explanation],
              ['Aflossing', r.repayment.explanation],
              ['Schuldhulp', r.debtRelief.explanation],
            ].map(([title, e]) => {
              const ex = e as Reading['fine']['explanation'];
              return (
                <div key={title as string}>
                  <P>
                    <span className="mw-strong">{title as string}</span> ({ex.article}): {ex.rule}
                  </P>
                  <ul className="utrecht-unordered-list">
                    {ex.parameters.map((p) => (
                      <li key={p.name} className="utrecht-unordered-list__item">
                        {p.name}: {p.value === null ? 'geen bedrag' : p.unit === 'cent' ? formatEuro(p.value) : p.unit === 'percent' ? `${String(p.value).replace('.', ',')} %` : `${p.value} ${p.unit === 'months' ? 'maanden' : p.unit === 'years' ? 'jaar' : ''}`}
                        {p.note ? ` (${p.note})` : ''}. Bron: {p.source}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            <P>{r.debtRelief.art60c} {r.debtRelief.art288} {r.debtRelief.art358}</P>
          </details>
        );
      })}
      <ButtonGroup>
        <SecondaryButton className="mw-no-print" onClick={() => {
          document.querySelectorAll<HTMLDetailsElement>('.mw-print-area details').forEach((el) => (el.open = true));
          window.print();
        }}>
          Afdrukken voor het dossier
        </SecondaryButton>
      </ButtonGroup>
    </div>
  );
}

function ConsequencesSection({ view, etag, onSaved }: SectionProps) {
  const form = useFormId('gevolgen');
  const c = view.zaak.consequences;
  const [children, setChildren] = useState(String(c?.children ?? view.household.children));
  const [housingRisk, setHousingRisk] = useState(c?.housingRisk ?? false);
  const [shelter, setShelter] = useState(String(c?.shelterMonths ?? 0));
  const sub = useSubmit();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.put('/handhavingszaken/{id}/gevolgen', { path: { id: view.zaak.id }, body: { children: Number(children), housingRisk, shelterMonths: Number(shelter) }, ifMatch: etag ?? undefined }));
    if (r) onSaved(r);
  };
  const res = view.consequences;
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Gevolgen gewogen</H2>
      <P className="mw-muted">Wat een sanctie in gang zet: kinderen in het huishouden en het risico de woning te verliezen (huurachterstand, uitzetting, opvang), geprijsd uit de kostencatalogus per financier.</P>
      <form onSubmit={save} noValidate className="mw-no-print">
        <ErrorSummary form={form} error={sub.error} labels={{ children: 'Kinderen', shelterMonths: 'Maanden opvang' }} conflictWhat="deze zaak" />
        <TextField form={form} name="children" label="Kinderen in het huishouden" error={sub.err('children')} value={children} onChange={(e) => setChildren(e.target.value)} inputMode="numeric" />
        <CheckboxField form={form} name="housingRisk" label="Risico op huurachterstand en uitzetting" checked={housingRisk} onChange={setHousingRisk} />
        <TextField form={form} name="shelterMonths" label="Verwachte maanden in de opvang na uitzetting" error={sub.err('shelterMonths')} value={shelter} onChange={(e) => setShelter(e.target.value)} inputMode="numeric" />
        <PrimaryButton disabled={sub.busy}>Gevolgen opslaan</PrimaryButton>
      </form>
      {res && (
        <>
          <P>
            {res.children === 0 ? 'Geen kinderen in het huishouden.' : res.children === 1 ? 'Eén kind in het huishouden.' : `${res.children} kinderen in het huishouden.`} {res.housingRisk ? `Als het huishouden de woning verliest, kost dat naar schatting ${formatEuro(res.totalCents)}.` : 'Geen risico op verlies van de woning vastgelegd.'}
          </P>
          {res.lines.length > 0 && (
            <>
              <Table className="mw-table-wrap mw-hh-table" caption="Kosten als de woning verloren gaat, per post" head={['Post', 'Financier', 'Bedrag', 'Hoeveel', 'Bron']}>
                {res.lines.map((l) => (
                  <tr key={l.key} className="utrecht-table__row">
                    <Td>{l.label}</Td>
                    <Td>{label(FUNDER_LABELS, l.funder)}</Td>
                    <Td numeric>{formatEuro(l.amountCents)}</Td>
                    <Td>{l.quantity}</Td>
                    <Td>
                      {l.source} ({l.year})
                    </Td>
                  </tr>
                ))}
              </Table>
              <Table className="mw-table-wrap mw-hh-table" caption="Per financier" head={['Financier', 'Bedrag']}>
                {res.perFunder.map((f) => (
                  <tr key={f.funder} className="utrecht-table__row">
                    <Td>{label(FUNDER_LABELS, f.funder)}</Td>
                    <Td numeric>{formatEuro(f.amountCents)}</Td>
                  </tr>
                ))}
              </Table>
            </>
          )}
        </>
      )}
    </section>
  );
}

function AskRegisseurSection({ view, onAsked }: { view: ZaakView; onAsked: () => Promise<void> }) {
  const [answer, setAnswer] = useState<Schemas['BekendBijRegisseur'] | null>(null);
  const sub = useSubmit();
  const ask = async () => {
    const r = await sub.run(() => api.post('/handhavingszaken/{id}/bekend-bij-regisseur', { path: { id: view.zaak.id } }));
    if (r) {
      setAnswer(r.data);
      await onAsked();
    }
  };
  return (
    <section className="mw-section" aria-labelledby="regisseur-kop">
      <H2 id="regisseur-kop">Bekend bij een regisseur?</H2>
      <P className="mw-muted">Vraag het vóór een sanctie of het stoppen van de uitkering. U krijgt alleen ja of nee en hoe u de regisseur bereikt; de vraag komt in het verwerkingsregister en de regisseur krijgt bericht.</P>
      {sub.error && <Alert type="error">{sub.error.message}</Alert>}
      <SecondaryButton className="mw-no-print" disabled={sub.busy} onClick={() => void ask()}>
        Is dit huishouden bekend bij een regisseur?
      </SecondaryButton>
      {answer && (
        <Alert type="info" live>
          {answer.known ? `Ja. Regisseur: ${answer.regisseurName}${answer.teamName ? ` (${answer.teamName})` : ''}${answer.contact ? `, bereikbaar via ${answer.contact}` : ''}. De regisseur heeft bericht gekregen.` : 'Nee, dit huishouden is niet bekend bij een regisseur.'}
        </Alert>
      )}
      {view.questions.length > 0 && (
        <Table className="mw-table-wrap mw-hh-table" caption="Gestelde vragen" head={['Gevraagd', 'Door', 'Bekend', 'Antwoord van de regisseur']}>
          {view.questions.map((q) => (
            <tr key={q.id} className="utrecht-table__row">
              <Td>{formatDate(q.askedOn)}</Td>
              <Td>{q.askedByName}</Td>
              <Td>{q.known ? 'Ja' : 'Nee'}</Td>
              <Td>{q.answer ? `${q.answer} (gedeeld voor handhaving op ${formatDate(q.answeredOn)}; grondslag: ${q.answerLegalGround})` : q.known ? 'Nog geen antwoord' : '—'}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function DecisionSection({ view, etag, onSaved }: SectionProps) {
  const form = useFormId('besluit');
  const z = view.zaak;
  const [d, setD] = useState({ toetsGoal: z.toetsGoal, toetsRuleIntent: z.toetsRuleIntent, toetsProportionate: z.toetsProportionate, decision: z.decision ?? 'netto', reasons: z.decisionReasons });
  const sub = useSubmit();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.put('/handhavingszaken/{id}/besluit', { path: { id: z.id }, body: { ...d, decision: d.decision as NonNullable<ZaakView['zaak']['decision']> }, ifMatch: etag ?? undefined }));
    if (r) onSaved(r);
  };
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Omgekeerde Toets en besluit</H2>
      <P className="mw-muted">Begin bij het doel van de interventie, niet bij de regel. Dit is het verslag waar een rechter om vraagt.</P>
      {z.decision && (
        <Alert type="ok">
          Besloten op {formatDate(z.decidedOn)} door {z.decidedByName}: {label(DECISION_LABELS, z.decision)}.
        </Alert>
      )}
      <form onSubmit={save} noValidate>
        <ErrorSummary form={form} error={sub.error} labels={{ toetsGoal: 'Doel van de interventie', toetsRuleIntent: 'Wat de regel beoogt', toetsProportionate: 'Wat evenredig is', reasons: 'Redenen' }} conflictWhat="deze zaak" />
        <TextAreaField form={form} name="toetsGoal" label="Doel van de interventie" error={sub.err('toetsGoal')} value={d.toetsGoal} onChange={(e) => setD({ ...d, toetsGoal: e.target.value })} />
        <TextAreaField form={form} name="toetsRuleIntent" label="Wat de regel beoogt" error={sub.err('toetsRuleIntent')} value={d.toetsRuleIntent} onChange={(e) => setD({ ...d, toetsRuleIntent: e.target.value })} />
        <TextAreaField form={form} name="toetsProportionate" label="Wat evenredig zou zijn" error={sub.err('toetsProportionate')} value={d.toetsProportionate} onChange={(e) => setD({ ...d, toetsProportionate: e.target.value })} />
        <SelectField form={form} name="decision" label="Besluit" value={d.decision} onChange={(e) => setD({ ...d, decision: e.target.value as typeof d.decision })} options={Object.entries(DECISION_LABELS).map(([value, l]) => ({ value, label: l }))} />
        <TextAreaField form={form} name="reasons" label="Redenen van het besluit" error={sub.err('reasons')} value={d.reasons} onChange={(e) => setD({ ...d, reasons: e.target.value })} />
        <PrimaryButton disabled={sub.busy}>Besluit vastleggen</PrimaryButton>
      </form>
    </section>
  );
}

function PauseSection({ view, onChanged }: { view: ZaakView; onChanged: () => Promise<void> }) {
  const form = useFormId('pauze');
  const [d, setD] = useState({ reason: '', until: '', owner: '', conditions: '' });
  const [endNote, setEndNote] = useState('');
  const sub = useSubmit();
  const open = view.pauses.find((p) => p.status === 'aangevraagd' || p.status === 'lopend');
  const request = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.post('/handhavingszaken/{id}/pauzes', { path: { id: view.zaak.id }, body: d }));
    if (r) await onChanged();
  };
  const end = async (id: string, version: number) => {
    const r = await sub.run(() => api.post('/handhavingspauzes/{id}/beeindigen', { path: { id }, body: { note: endNote }, ifMatch: version }));
    if (r) await onChanged();
  };
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Pauzeknop</H2>
      <P className="mw-muted">Pauzeer de terugvordering of sanctie zolang de situatie wordt gelegaliseerd. Een teamleider keurt de pauze goed; de regisseur ziet op de casus alleen dát er een pauze loopt en tot wanneer.</P>
      {view.pauses.length > 0 && (
        <Table className="mw-table-wrap mw-hh-table" caption="Pauzes" head={['Aangevraagd', 'Door', 'Tot', 'Voorwaarden', 'Status']}>
          {view.pauses.map((p) => (
            <tr key={p.id} className="utrecht-table__row">
              <Td>{formatDate(p.requestedOn)}</Td>
              <Td>{p.requestedByName}</Td>
              <Td>{formatDate(p.until)}</Td>
              <Td>{p.conditions || '—'}</Td>
              <Td>
                {label(PAUSE_STATUS_LABELS, p.status)}
                {p.decidedByName ? ` (${p.decidedByName})` : ''}
                {p.endDecision ? `: ${p.endDecision}` : ''}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <ErrorSummary form={form} error={sub.error} labels={{ reason: 'Reden', until: 'Tot en met', owner: 'Eigenaar', conditions: 'Voorwaarden', note: 'Besluit bij het einde' }} conflictWhat="deze pauze" />
      {!open && (
        <form onSubmit={request} noValidate className="mw-no-print">
          <TextAreaField form={form} name="reason" label="Reden" error={sub.err('reason')} value={d.reason} onChange={(e) => setD({ ...d, reason: e.target.value })} />
          <TextField form={form} name="until" type="date" label="Tot en met" error={sub.err('until')} value={d.until} onChange={(e) => setD({ ...d, until: e.target.value })} />
          <TextField form={form} name="owner" label="Eigenaar" description="Wie zorgt dat de situatie wordt gelegaliseerd" error={sub.err('owner')} value={d.owner} onChange={(e) => setD({ ...d, owner: e.target.value })} />
          <TextAreaField form={form} name="conditions" label="Voorwaarden" description="Bijvoorbeeld: accepteert schuldhulp" error={sub.err('conditions')} value={d.conditions} onChange={(e) => setD({ ...d, conditions: e.target.value })} />
          <PrimaryButton disabled={sub.busy}>Pauze aanvragen</PrimaryButton>
        </form>
      )}
      {open?.status === 'lopend' && (
        <form onSubmit={(e) => { e.preventDefault(); void end(open.id, open.version); }} noValidate className="mw-no-print">
          <TextAreaField form={form} name="note" label="Besluit bij het einde van de pauze" error={sub.err('note')} value={endNote} onChange={(e) => setEndNote(e.target.value)} />
          <PrimaryButton disabled={sub.busy}>Pauze beëindigen</PrimaryButton>
        </form>
      )}
    </section>
  );
}

function WayBackSection({ view, etag, onSaved }: SectionProps) {
  const form = useFormId('herstart');
  const z = view.zaak;
  const [stoppedOn, setStoppedOn] = useState('');
  const [needs, setNeeds] = useState('');
  const [restartedOn, setRestartedOn] = useState('');
  const sub = useSubmit();
  const stop = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.put('/handhavingszaken/{id}/uitkering-gestopt', { path: { id: z.id }, body: { stoppedOn, restartNeeds: needs }, ifMatch: etag ?? undefined }));
    if (r) onSaved(r);
  };
  const restart = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.put('/handhavingszaken/{id}/uitkering-herstart', { path: { id: z.id }, body: { restartedOn }, ifMatch: etag ?? undefined }));
    if (r) onSaved(r);
  };
  return (
    <section className="mw-section mw-no-print" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>De weg terug</H2>
      <ErrorSummary form={form} error={sub.error} labels={{ stoppedOn: 'Gestopt op', restartNeeds: 'Nodig voor herstart', restartedOn: 'Herstart op' }} conflictWhat="deze zaak" />
      {z.benefitStoppedOn ? (
        <>
          <Facts items={[['Uitkering gestopt op', formatDate(z.benefitStoppedOn)], ['Nodig voor herstart', z.restartNeeds], ['Herstart op', z.benefitRestartedOn ? formatDate(z.benefitRestartedOn) : 'Nog niet'], ['Tijd tot herstart', view.restartDays !== null && view.restartDays !== undefined ? countText(view.restartDays, 'dag', 'dagen') : '—']]} />
          {!z.benefitRestartedOn && (
            <form onSubmit={restart} noValidate>
              <TextField form={form} name="restartedOn" type="date" label="Herstart op" error={sub.err('restartedOn')} value={restartedOn} onChange={(e) => setRestartedOn(e.target.value)} />
              <PrimaryButton disabled={sub.busy}>Herstart vastleggen</PrimaryButton>
            </form>
          )}
        </>
      ) : (
        <form onSubmit={stop} noValidate>
          <P className="mw-muted">Als de uitkering stopt, ziet de regisseur op de casus wat nodig is om haar te herstarten, en krijgt bericht.</P>
          <TextField form={form} name="stoppedOn" type="date" label="Gestopt op" error={sub.err('stoppedOn')} value={stoppedOn} onChange={(e) => setStoppedOn(e.target.value)} />
          <TextAreaField form={form} name="restartNeeds" label="Nodig voor herstart" error={sub.err('restartNeeds')} value={needs} onChange={(e) => setNeeds(e.target.value)} />
          <PrimaryButton disabled={sub.busy}>Uitkering gestopt vastleggen</PrimaryButton>
        </form>
      )}
    </section>
  );
}
