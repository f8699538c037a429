// SPDX-License-Identifier: EUPL-1.2
/**
 * Exports of the patterns and the council's report: CSV through the house's CSV writer and XLSX
 * through exceljs. Only what the screen shows: a suppressed cell reads "niet getoond".
 */
import ExcelJS from 'exceljs';
import { toCsv, type CsvValue } from '../../platform/csv';
import type { ReportTable } from './model';

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const euro = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

export interface CocktailRow {
  items: Array<{ label: string }>;
  count: number | null;
  stuck: number | null;
  support?: number | null;
  confidence: number | null;
  confidenceLow: number | null;
  lift: number | null;
  cocktails: string[];
}

const COCKTAIL_HEADER = ['Combinatie', 'Aantal zaken', 'Waarvan vastgelopen', 'Steun (%)', 'Kans op vastlopen (%)', 'Kans ten minste, 95% zeker (%)', 'Lift', 'Hart van Brabant'];
const cocktailValues = (r: CocktailRow, names: Record<string, string>): CsvValue[] => [
  r.items.map((i) => i.label).join(' + '),
  r.count ?? 'niet getoond',
  r.stuck ?? 'niet getoond',
  r.support === undefined ? null : pct(r.support),
  pct(r.confidence),
  pct(r.confidenceLow),
  round2(r.lift),
  r.cocktails.map((k) => names[k] ?? k).join('; '),
];

export function cocktailsCsv(rows: CocktailRow[], names: Record<string, string>): string {
  return toCsv(COCKTAIL_HEADER, rows.map((r) => cocktailValues(r, names).map((v) => (typeof v === 'number' && !Number.isInteger(v) ? String(v).replace('.', ',') : v))));
}

export async function cocktailsXlsx(title: string, rows: CocktailRow[], names: Record<string, string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Maatwerk';
  const ws = wb.addWorksheet('Combinaties');
  ws.addRow([title]).font = { bold: true };
  ws.addRow(COCKTAIL_HEADER).font = { bold: true };
  for (const r of rows) ws.addRow(cocktailValues(r, names));
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 70 : 18));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cellText = (t: ReportTable, v: number | null) => (v === null ? 'niet getoond' : t.unit === 'eurocent' ? euro(v) : v);

export function reportCsv(municipality: string, periodLabel: string, tables: ReportTable[]): string {
  const rows: CsvValue[][] = [];
  for (const t of tables) {
    rows.push([t.title, t.unit === 'eurocent' ? 'bedragen in euro' : t.unit]);
    rows.push(['', ...t.columns]);
    for (const r of t.rows) rows.push([r.label, ...r.cells.map((c) => cellText(t, c.value))]);
    rows.push([t.note]);
    rows.push([]);
  }
  return toCsv([`Raadsrapportage ${municipality}`, periodLabel], rows);
}

export async function reportXlsx(municipality: string, periodLabel: string, tables: ReportTable[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Maatwerk';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
    ws.addRow([`Raadsrapportage ${municipality} — ${periodLabel}`]).font = { bold: true };
    ws.addRow([t.title]).font = { bold: true };
    ws.addRow(['', ...t.columns]).font = { bold: true };
    for (const r of t.rows) ws.addRow([r.label, ...r.cells.map((c) => (c.value === null ? 'niet getoond' : t.unit === 'eurocent' ? c.value / 100 : c.value))]);
    if (t.unit === 'eurocent') ws.eachRow((row, n) => n > 3 && row.eachCell((cell, col) => col > 1 && typeof cell.value === 'number' && (cell.numFmt = '€ #,##0.00')));
    ws.addRow([]);
    ws.addRow([t.note]);
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 16));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
