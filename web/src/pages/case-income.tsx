// SPDX-License-Identifier: EUPL-1.2
/**
 * The income scenarios stored on a case, run on the server: varying wages under three ways of
 * settling bijstand (verrekening achteraf, the Bestaansbalans buffer, the Drechtsteden voorschot),
 * and the huishoudboekje (balance per day now, and the plan with weekly leefgeld and the buffer it
 * needs). Each result is a chart with the same numbers in a table.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { BarChart, LineChart } from '../components/charts';
import { euroInput, formatDate, formatDateShort, formatEuro, formatEuroWhole, parseEuro } from '../format';
import { Alert, ButtonGroup, ErrorSummary, Facts, H3, P, PrimaryButton, SecondaryButton, StatusBadge, Table, Td, TextField, useFormId, useSubmit } from '../ui';

export type StoredIncome = Schemas['CaseIncomeInput'];

const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** '2026-03' → 'mrt 2026'. */
const formatMonth = (ym: string) => {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  return m ? `${MONTHS_SHORT[Number(m[2]) - 1]} ${m[1]}` : ym;
};

// ---- wisselend inkomen ----
type Fluctuating = Schemas['WisselendInkomenUitkomst'];

export function FluctuatingIncome({ caseId, stored }: { caseId: string; stored: StoredIncome | undefined }) {
  const form = useFormId('wisselend');
  const [result, setResult] = useState<Fluctuating | null>(null);
  const { busy, error, run } = useSubmit();
  const calc = async () => {
    const r = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'wisselend-inkomen' }, body: {} }));
    // The run answers by kind: the wisselend-inkomen run gives the regimes.
    if (r && 'regimes' in r.data) setResult(r.data);
  };
  const months = result ? [...new Set(result.regimes.flatMap((g) => g.ontvangenPerKalendermaand.map((m) => m.maand)))].sort() : [];
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Wisselend loon en bijstand</H3>
      {!stored ? (
        <P>Er zijn geen wisselende lonen bij deze casus opgeslagen.</P>
      ) : (
        <>
          <P className="mw-muted">
            Opgeslagen lonen vanaf {formatMonth(stored.input && 'startMaand' in stored.input ? stored.input.startMaand : '')}, bijgewerkt {formatDate(stored.updatedAt)} door {stored.updatedBy ?? 'onbekend'}. Wat krijgt het huishouden wanneer binnen, onder drie manieren van verrekenen?
          </P>
          <ErrorSummary form={form} error={error} />
          <PrimaryButton type="button" onClick={calc} busy={busy} disabled={busy}>
            Wisselend loon doorrekenen
          </PrimaryButton>
        </>
      )}
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

export function CashFlowBook({ caseId, stored }: { caseId: string; stored: StoredIncome | undefined }) {
  const form = useFormId('kasboek');
  const [result, setResult] = useState<CashFlow | null>(null);
  const { busy, error, run } = useSubmit();
  const calc = async () => {
    const r = await run(() => api.post('/cases/{id}/income/{kind}/run', { path: { id: caseId, kind: 'huishoudboekje' }, body: {} }));
    if (r && 'plan' in r.data) setResult(r.data);
  };
  const days = result?.huidig.dagen ?? [];
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Huishoudboekje</H3>
      {!stored ? (
        <P>Er is geen huishoudboekje bij deze casus opgeslagen.</P>
      ) : (
        <>
          <P className="mw-muted">
            Inkomsten en vaste lasten met hun dag in de maand, bijgewerkt {formatDate(stored.updatedAt)} door {stored.updatedBy ?? 'onbekend'}. Het saldo per dag zoals het nu gaat, en het plan: één beheerrekening betaalt de vaste lasten op de vervaldag, de inwoner krijgt wekelijks leefgeld.
          </P>
          <ErrorSummary form={form} error={error} />
          <PrimaryButton type="button" onClick={calc} busy={busy} disabled={busy}>
            Huishoudboekje doorrekenen
          </PrimaryButton>
        </>
      )}
      {result && (
        <div role="region" aria-label="Uitkomst huishoudboekje">
          <P>
            {formatDate(result.periode.van)} tot en met {formatDate(result.periode.tot)} ({result.periode.dagen} dagen) · inkomen {formatEuro(result.inkomenPerMaand)} per maand · vaste lasten {formatEuro(result.vasteLastenPerMaand)} per maand
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
            summary={`Zoals het nu gaat ${result.huidig.dagenRood} dagen rood, grootste tekort ${formatEuro(result.huidig.grootsteTekort)}; met het plan ${result.plan.client.dagenRood} dagen rood voor de inwoner, laagste saldo ${formatEuro(result.plan.client.laagsteSaldo)}.`}
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
  const bars = result
    ? [
        { label: 'Netto inkomen', value: result.nettoInkomenPerMaand, text: formatEuro(result.nettoInkomenPerMaand) },
        ...parts.filter((p) => p.bedragPerMaand > 0).map((p) => ({ label: p.status === 'schatting' ? `${p.naam} (schatting)` : p.naam, value: p.bedragPerMaand, text: formatEuro(p.bedragPerMaand) })),
        { label: 'Besteedbaar inkomen', value: result.totaal.besteedbaarPerMaand, text: formatEuro(result.totaal.besteedbaarPerMaand) },
        { label: 'Sociaal minimum', value: result.sociaalMinimum, text: formatEuro(result.sociaalMinimum) },
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
          <BarChart
            title={`Besteedbaar inkomen tegenover het sociaal minimum per ${formatDate(result.datum)}`}
            bars={bars}
            table={{
              toggle: 'Bedragen als tabel',
              content: (
                <Table caption={<span className="mw-visually-hidden">Bedragen per regeling</span>} head={['Regeling', 'Uitkomst', 'Per maand']}>
                  {parts.map((p) => (
                    <tr key={p.regeling} className="utrecht-table__row">
                      <Td>{p.naam}</Td>
                      <Td>{STATUS_LABEL[p.status]}</Td>
                      <Td numeric>{p.status === 'niet-berekend' ? 'niet berekend' : formatEuro(p.bedragPerMaand)}</Td>
                    </tr>
                  ))}
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
    </section>
  );
}
