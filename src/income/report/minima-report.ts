// SPDX-License-Identifier: EUPL-1.2
/**
 * Output formats of the minima-effectrapportage: CSV (`;`-separated, Dutch headers, decimal
 * comma so Dutch spreadsheet software reads the numbers) and a printable standalone HTML report
 * in Dutch with inline SVG charts and tables (chart + table alternative, @media print rules).
 */
import { centsToDecimal, formatEuro } from '../../platform/money';
import type { MinimaResult, MinimaRij } from '../scenarios/minima';
import { escapeXml, lineChartSvg } from './svg';
import { toCsv } from '../../platform/csv';

const CSV_COLUMNS: [string, (r: MinimaRij) => string][] = [
  ['Huishoudtype', (r) => r.label],
  ['Procent sociaal minimum', (r) => String(r.procent).replace('.', ',')],
  ['Sociaal minimum', (r) => eur(r.sociaalMinimum)],
  ['Netto inkomen', (r) => eur(r.nettoInkomen)],
  ['Bijstand', (r) => eur(r.bijstand)],
  ['Zorgtoeslag', (r) => eur(r.zorgtoeslag)],
  ['Huurtoeslag', (r) => eur(r.huurtoeslag)],
  ['Kindgebonden budget', (r) => eur(r.kindgebondenBudget)],
  ['Kinderbijslag', (r) => eur(r.kinderbijslag)],
  ['Gemeentelijke regelingen', (r) => eur(r.gemeentelijk)],
  ['Besteedbaar met gemeentelijke regelingen', (r) => eur(r.besteedbaarMet)],
  ['Besteedbaar zonder gemeentelijke regelingen', (r) => eur(r.besteedbaarZonder)],
  ['Huur', (r) => eur(r.huur)],
  ['Overige vaste lasten', (r) => eur(r.vasteLasten)],
  ['Over na vaste lasten met regelingen', (r) => eur(r.overMet)],
  ['Over na vaste lasten zonder regelingen', (r) => eur(r.overZonder)],
  ['Marginale druk met regelingen (%)', (r) => (r.marginaleDrukMetProcent === null ? '' : String(r.marginaleDrukMetProcent).replace('.', ','))],
  ['Marginale druk zonder regelingen (%)', (r) => (r.marginaleDrukZonderProcent === null ? '' : String(r.marginaleDrukZonderProcent).replace('.', ','))],
];

function eur(c: number): string {
  return centsToDecimal(c).replace('.', ',');
}

/** CSV with `;` separator, Dutch headers, euros with decimal comma, CRLF line ends. */
export function minimaCsv(r: MinimaResult): string {
  return toCsv(CSV_COLUMNS.map(([h]) => h), r.rijen.map((row) => CSV_COLUMNS.map(([, f]) => f(row))));
}

function groups(r: MinimaResult): MinimaRij[][] {
  const m = new Map<string, MinimaRij[]>();
  for (const row of r.rijen) m.set(row.huishoudtype, [...(m.get(row.huishoudtype) ?? []), row]);
  return [...m.values()];
}

export function minimaChartSvg(rows: MinimaRij[], title: string): string {
  const pt = (f: (r: MinimaRij) => number) => rows.map((r) => ({ x: r.procent, y: f(r) / 100 }));
  return lineChartSvg({
    title,
    description: `Besteedbaar inkomen na vaste lasten per maand bij ${rows[0]?.procent ?? 100}% tot ${rows[rows.length - 1]?.procent ?? 150}% van het sociaal minimum, met en zonder gemeentelijke regelingen.`,
    xLabel: 'Netto inkomen in % van het sociaal minimum',
    yLabel: 'Euro per maand over na vaste lasten',
    formatX: (x) => `${Math.round(x)}%`,
    series: [
      { name: 'Met gemeentelijke regelingen', points: pt((r) => r.overMet) },
      { name: 'Zonder gemeentelijke regelingen', points: pt((r) => r.overZonder), dashed: true },
      { name: 'Netto inkomen', points: pt((r) => r.nettoInkomen) },
    ],
  });
}

const TABLE_HEAD = ['% soc. min.', 'Netto inkomen', 'Toeslagen + kinderbijslag', 'Gemeentelijk', 'Besteedbaar met', 'Besteedbaar zonder', 'Vaste lasten incl. huur', 'Over met', 'Over zonder', 'Marginale druk met'];

function tableRows(rows: MinimaRij[]): string {
  return rows
    .map((r) => {
      const toeslagen = r.zorgtoeslag + r.huurtoeslag + r.kindgebondenBudget + r.kinderbijslag + r.bijstand;
      const cells = [
        `${String(r.procent).replace('.', ',')}%`,
        formatEuro(r.nettoInkomen),
        formatEuro(toeslagen),
        formatEuro(r.gemeentelijk),
        formatEuro(r.besteedbaarMet),
        formatEuro(r.besteedbaarZonder),
        formatEuro(r.huur + r.vasteLasten),
        formatEuro(r.overMet),
        formatEuro(r.overZonder),
        r.marginaleDrukMetProcent === null ? '–' : `${String(r.marginaleDrukMetProcent).replace('.', ',')}%`,
      ];
      return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td${(i === 7 && r.overMet < 0) || (i === 8 && r.overZonder < 0) ? ' class="neg"' : ''}>${escapeXml(c)}</td>`)).join('')}</tr>`;
    })
    .join('\n');
}

/**
 * The report's only style sheet, inline so the file stands on its own. Fixed text: the web app's
 * Content-Security-Policy allows exactly this block by its hash (see income/routes.ts, ADR 0009).
 */
export const MINIMA_REPORT_CSS = `
  body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #01689b; }
  table { border-collapse: collapse; width: 100%; font-size: 0.8rem; margin: 0.5rem 0 1.5rem; }
  th, td { border: 1px solid #ccc; padding: 0.2rem 0.35rem; text-align: right; }
  thead th { background: #eef4f8; } caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
  td.neg { color: #b00020; font-weight: bold; }
  .let-op { background: #fff4e5; border-left: 4px solid #e17000; padding: 0.5rem 0.75rem; }
  figure { margin: 0; } svg { max-width: 100%; height: auto; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    .huishouden { break-before: page; page-break-before: always; }
    .huishouden:first-of-type { break-before: auto; page-break-before: auto; }
    figure, tr { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    a { color: inherit; text-decoration: none; }
  }
`;

/** Standalone printable HTML report in Dutch. */
export function minimaHtml(r: MinimaResult): string {
  const title = `Minima-effectrapportage ${r.gemeenteNaam} per ${r.datum}`;
  const sections = groups(r)
    .map((rows) => {
      const label = rows[0].label;
      return `<section class="huishouden">
<h2>${escapeXml(label)}</h2>
<figure>${minimaChartSvg(rows, label)}<figcaption>Over na vaste lasten per maand; de tabel hieronder bevat dezelfde gegevens.</figcaption></figure>
<table>
<caption>${escapeXml(label)}: bedragen per maand</caption>
<thead><tr>${TABLE_HEAD.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>
<tbody>
${tableRows(rows)}
</tbody>
</table>
</section>`;
    })
    .join('\n');
  const banner = r.illustratief
    ? `<p class="let-op" role="note"><strong>Let op:</strong> de gemeentelijke regelingen van ${escapeXml(r.gemeenteNaam)} in dit rapport zijn <strong>illustratief voorbeeldbeleid</strong>, niet de bedragen uit de echte verordening.</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${MINIMA_REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeXml(title)}</h1>
<p>Besteedbaar inkomen per maand voor standaardhuishoudens bij een netto inkomen van ${escapeXml(String(r.rijen[0]?.procent ?? ''))}% tot ${escapeXml(String(r.rijen[r.rijen.length - 1]?.procent ?? ''))}% van het sociaal minimum, met en zonder gemeentelijke regelingen. Bedragen in euro per maand.</p>
${banner}
<h2>Uitgangspunten</h2>
<ul>${r.aannames.map((a) => `<li>${escapeXml(a)}</li>`).join('')}</ul>
${r.waarschuwingen.length ? `<ul class="let-op">${r.waarschuwingen.map((w) => `<li>${escapeXml(w)}</li>`).join('')}</ul>` : ''}
</header>
<main>
${sections}
</main>
</body>
</html>
`;
}
