// SPDX-License-Identifier: EUPL-1.2
/**
 * The income scenarios stored on a case, run on the server: varying wages under three ways of
 * settling bijstand (verrekening achteraf, the Bestaansbalans buffer, the Drechtsteden voorschot),
 * and the huishoudboekje (balance per day now, and the plan with weekly leefgeld and the buffer it
 * needs). Each result is a chart with the same numbers in a table.
 */
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { LineChart } from '../components/charts';
import { formatDate, formatDateShort, formatEuro, formatEuroWhole } from '../format';
import { Alert, ErrorSummary, Facts, H3, P, PrimaryButton, StatusBadge, Table, Td, useFormId, useSubmit } from '../ui';

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
