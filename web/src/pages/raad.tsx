// SPDX-License-Identifier: EUPL-1.2
/**
 * Raadsrapportage: what maatwerk achieved, for the gemeenteraad, per quarter and per year —
 * anonymous counts only, every count below 10 suppressed (and what could be worked back from the
 * totals too). Each chart has its table; the page prints cleanly (print CSS) and downloads as CSV or
 * Excel. The griffie (role raad) sees this page and nothing else.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { BarChart } from '../components/charts';
import { formatEuro, formatNumber, todayIso } from '../format';
import { Alert, H1, H2, Loading, P, SecondaryButton, SelectField, Td, Th, useFormId } from '../ui';
import { Table } from './patronen';

export const REPORT_ROLES = ['raad', 'beleid', 'admin'];
type Report = Schemas['Raadsrapportage'];
type ReportTable = Report['tables'][number];

function reportPeriods(today: string) {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out = [{ value: String(y), label: `Jaar ${y} (per kwartaal)` }];
  for (let k = q; k >= 1; k--) out.push({ value: `${y}-K${k}`, label: `${k}e kwartaal ${y}` });
  out.push({ value: String(y - 1), label: `Jaar ${y - 1} (per kwartaal)` });
  return out;
}

const show = (t: ReportTable, v: number | null) => (v === null ? 'niet getoond' : t.unit === 'eurocent' ? formatEuro(v) : t.unit === 'werkdagen' ? `${formatNumber(v)}` : formatNumber(v));

function ReportSection({ t }: { t: ReportTable }) {
  // The chart shows the last column (the year, or the one period) for the rows that may be shown.
  const last = t.unit === 'werkdagen' ? 1 : t.columns.length - 1;
  const bars = t.rows
    .filter((r) => r.label !== 'Totaal' && r.cells[last] && !r.cells[last].suppressed)
    .map((r) => ({ label: r.label, value: r.cells[last].value ?? 0, text: `${show(t, r.cells[last].value)}${t.unit === 'werkdagen' ? ' werkdagen' : ''}` }));
  const id = `tabel-${t.key}`;
  return (
    <section className="mw-section mw-report-section" aria-labelledby={id}>
      <H2 id={id}>{t.title}</H2>
      {bars.length > 0 && <BarChart title={`${t.title}: ${t.columns[last]}`} bars={bars} tableHint="Dezelfde gegevens staan in de tabel eronder." />}
      {t.rows.length === 0 ? (
        <P>Geen gegevens in deze periode.</P>
      ) : (
        <Table caption={t.title} head={['', ...t.columns]}>
          {t.rows.map((r) => (
            <tr key={r.label} className="utrecht-table__row">
              <Th>{r.label}</Th>
              {r.cells.map((c, i) => (
                <Td key={i} numeric>
                  {show(t, c.value)}
                </Td>
              ))}
            </tr>
          ))}
        </Table>
      )}
      <P className="mw-muted">{t.note}</P>
    </section>
  );
}

export function RaadPage() {
  const { has } = useSession();
  const allowed = has(...REPORT_ROLES);
  const periods = reportPeriods(todayIso());
  const [periode, setPeriode] = useState(periods[0].value);
  const [data, setData] = useState<Report | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useFormId('raad');
  useEffect(() => {
    document.title = 'Raadsrapportage · Maatwerk';
    if (!allowed) return;
    setData(null);
    setError(null);
    api.get('/raadsrapportage', { query: { periode } }).then((r) => setData(r.data), (e) => e instanceof ApiError && setError(e));
  }, [allowed, periode]);
  if (!allowed) {
    return (
      <>
        <H1>Raadsrapportage</H1>
        <Alert type="error">Alleen de griffie, de beleidsadviseur en de beheerder zien de raadsrapportage.</Alert>
      </>
    );
  }
  return (
    <>
      <H1>Raadsrapportage{data ? ` ${data.municipality.replace(/^Gemeente\s+/, '')}` : ''}</H1>
      <P className="mw-muted">
        Wat maatwerk oplevert, zonder dat iemand herkenbaar is: alleen tellingen. Niet getoond: aantallen onder 10, en aantallen waaruit met de totalen zo'n klein aantal terug te rekenen zou zijn.
      </P>
      <div className="mw-no-print mw-filters">
        <SelectField form={form} name="periode" label="Periode" value={periode} onChange={(e) => setPeriode(e.target.value)} options={periods} />
        <SecondaryButton type="button" onClick={() => window.print()}>
          Afdrukken of als pdf bewaren
        </SecondaryButton>
        <P>
          <a className="utrecht-link" href={`/api/v1/raadsrapportage.csv?periode=${periode}`} download>
            Downloaden als CSV
          </a>
          {' · '}
          <a className="utrecht-link" href={`/api/v1/raadsrapportage.xlsx?periode=${periode}`} download>
            Downloaden als Excel
          </a>
        </P>
      </div>
      {error && <Alert type="error">{error.message}</Alert>}
      {!data && !error && <Loading what="Raadsrapportage" />}
      {data && (
        <>
          <P className="mw-strong">{data.period.label}</P>
          {data.tables.map((t) => (
            <ReportSection key={t.key} t={t} />
          ))}
        </>
      )}
    </>
  );
}
