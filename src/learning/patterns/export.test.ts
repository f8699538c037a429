// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { suppressedTable, wilsonLower } from './model';
import { cocktailsCsv, reportCsv, reportXlsx } from './export';

const budget = suppressedTable({ key: 'budget', title: 'Maatwerkbudget besteed per categorie', unit: 'eurocent', columns: ['K1', 'K2', 'Jaar 2026'], rowLabels: ['Huur en woonlasten', 'Overbrugging'], counts: [[12, 15], [3, 11]], amounts: [[120_000, 150_050], [30_000, 110_000]], totalColumn: true, totalRow: 'Totaal', note: 'Toegekende uitgaven.' });

describe('exports', () => {
  it('the council table: amounts where 10 or more spends lie behind them, and complements hidden so 3 spends cannot be subtracted back', () => {
    const cells = budget.rows.map((r) => r.cells.map((c) => c.value));
    // Overbrugging K1 has 3 spends: hidden; its row total and its column total would give it away, so one more in each goes.
    expect(cells[1][0]).toBeNull();
    expect(cells.flat().filter((v) => v === null).length).toBeGreaterThanOrEqual(4);
    // Huur en woonlasten K2: 15 spends, € 1.500,50, shown unless needed as a complement.
    expect(budget.rows[0].cells[1]).toEqual({ value: 150_050, suppressed: false });
  });

  it('CSV in euro with a decimal comma and "niet getoond" for a suppressed cell', () => {
    const csv = reportCsv('Gemeente Tilburg', 'Jaar 2026', [budget]);
    expect(csv).toContain('Huur en woonlasten;');
    expect(csv).toContain('1500,50');
    expect(csv).toContain('niet getoond');
    expect(csv).not.toMatch(/;3;|;30000;/);
  });

  it('XLSX with one sheet per table and amounts as euro numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await reportXlsx('Gemeente Tilburg', 'Jaar 2026', [budget]);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Maatwerkbudget besteed per cate');
    expect(ws.getRow(4).getCell(1).value).toBe('Huur en woonlasten');
    expect(ws.getRow(4).getCell(3).value).toBe(1500.5);
    expect(ws.getRow(5).getCell(2).value).toBe('niet getoond');
  });

  it('cocktails CSV: percentages and lift with a decimal comma, Hart van Brabant named', () => {
    const csv = cocktailsCsv([{ items: [{ label: 'Financiën' }, { label: 'Huisvesting' }], count: 6, stuck: 4, support: 0.5, confidence: 2 / 3, confidenceLow: wilsonLower(4, 6), lift: 2, cocktails: ['hvb-3'] }], { 'hvb-3': 'Schulden, wonen en kinderen' });
    expect(csv.split('\r\n')[0]).toContain('Kans op vastlopen (%);Kans ten minste, 95% zeker (%);Lift');
    // 4 of 6: at least 34,7 % with 95 % certainty (Wilson, one-sided).
    expect(csv.split('\r\n')[1]).toBe('Financiën + Huisvesting;6;4;50;66,7;34,7;2;Schulden, wonen en kinderen');
  });
});
