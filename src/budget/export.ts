// SPDX-License-Identifier: EUPL-1.2
/**
 * The budget holder's downloads (issue 16): the status of a pot (totals, per category, per month, the
 * forecast and the sample review) as CSV and Excel from one list of rows, and the settlement per
 * funder of a joint fund as an Excel file (exceljs, as the learning room's exports): per category the
 * total, the second funder's percentage and each funder's share in euros as numbers with two
 * decimals, the totals, and the explanation of the split rule under it. Months and dates in Dutch.
 */
import ExcelJS from 'exceljs';
import { dutchDate, dutchMonth } from '../platform/dutch-date';
import { centsToDutchDecimal, toCsv } from './model';
import type { PotStatusView } from './queries';

/** One line of the status: what kind, which, the amount in cents (none for a count), how many, and a note. */
export interface StatusLine { kind: string; label: string; cents: number | null; count: number | null; note: string | null }

export function statusLines(s: PotStatusView): StatusLine[] {
  return [
    { kind: 'Totaal', label: 'Budget', cents: s.budgetCents, count: null, note: null },
    { kind: 'Totaal', label: 'Toegekend', cents: s.grantedCents, count: s.grantedCount, note: null },
    { kind: 'Totaal', label: 'Wacht op akkoord', cents: s.pendingCents, count: s.pendingCount, note: null },
    { kind: 'Totaal', label: 'Beschikbaar', cents: s.remainingCents, count: null, note: s.explanation[0] },
    ...s.byCategory.map((x) => ({ kind: 'Categorie', label: x.label, cents: x.grantedCents, count: x.count, note: x.pendingCents ? `wacht op akkoord: ${centsToDutchDecimal(x.pendingCents)} euro` : null })),
    ...s.byMonth.map((m) => ({ kind: 'Maand', label: dutchMonth(m.month), cents: m.grantedCents, count: m.count, note: null })),
    { kind: 'Prognose', label: `eind periode (${dutchDate(s.pot.periodEnd)})`, cents: s.forecast.projectedCents, count: null, note: s.forecast.explanation },
    { kind: 'Steekproef', label: 'Beoordeeld', cents: null, count: s.review.reviewed, note: s.review.explanation },
  ];
}

const STATUS_HEAD = ['Soort', 'Omschrijving', 'Bedrag (euro)', 'Aantal', 'Toelichting'];

export const statusCsv = (lines: StatusLine[]): string =>
  toCsv(STATUS_HEAD, lines.map((l) => [l.kind, l.label, l.cents === null ? null : centsToDutchDecimal(l.cents), l.count, l.note]));

export async function statusXlsx(potName: string, lines: StatusLine[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Maatwerk';
  const ws = wb.addWorksheet('Stand');
  ws.addRow([`Stand van het budget — ${potName}`]).font = { bold: true };
  ws.addRow(STATUS_HEAD).font = { bold: true };
  for (const l of lines) ws.addRow([l.kind, l.label, l.cents === null ? null : euros(l.cents), l.count, l.note]);
  ws.getColumn(3).numFmt = '#,##0.00';
  ws.columns.forEach((c, i) => (c.width = i === 4 ? 80 : i === 1 ? 36 : 16));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface SettlementSheet {
  potName: string;
  owner: string;
  coFunder: string;
  lines: Array<{ label: string; totalCents: number; coFunderPercent: number; ownerCents: number; coFunderCents: number }>;
  totals: { totalCents: number; ownerCents: number; coFunderCents: number };
  explanation: string[];
}

const euros = (cents: number) => cents / 100;

export async function settlementXlsx(s: SettlementSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Maatwerk';
  const ws = wb.addWorksheet('Afrekening');
  ws.addRow([`Afrekening per financier — ${s.potName}`]).font = { bold: true };
  ws.addRow(['Categorie', 'Toegekend (euro)', `Aandeel ${s.coFunder} (%)`, `Deel ${s.owner} (euro)`, `Deel ${s.coFunder} (euro)`]).font = { bold: true };
  for (const l of s.lines) ws.addRow([l.label, euros(l.totalCents), l.coFunderPercent, euros(l.ownerCents), euros(l.coFunderCents)]);
  ws.addRow(['Totaal', euros(s.totals.totalCents), null, euros(s.totals.ownerCents), euros(s.totals.coFunderCents)]).font = { bold: true };
  ws.addRow([]);
  for (const e of s.explanation) ws.addRow([e]);
  for (const c of [2, 4, 5]) ws.getColumn(c).numFmt = '#,##0.00';
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 22));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
