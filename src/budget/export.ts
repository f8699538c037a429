// SPDX-License-Identifier: EUPL-1.2
/**
 * The settlement per funder of a joint fund as an Excel file (exceljs, as the learning room's
 * exports): per category the total, the second funder's percentage and each funder's share in euros
 * as numbers with two decimals, the totals, and the explanation of the split rule under it.
 */
import ExcelJS from 'exceljs';

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
