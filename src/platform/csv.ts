// SPDX-License-Identifier: EUPL-1.2
/**
 * The one CSV writer of the house: `;`-separated (what Dutch Excel opens directly, since the comma
 * is the decimal sign), fields with `;`, quotes or line breaks quoted (quotes doubled), lines ended
 * with CRLF (RFC 4180), the last one too.
 *
 * Formula injection: a spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
 * return as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`), so text from users could act on the
 * reader's machine. Such a text cell gets a leading `'`, which the spreadsheet shows as text.
 * A plain number is left alone, as a number (`-12,50` or `-3.5` as text, or a JS number): it cannot
 * be a formula, and prefixing it would turn every negative amount into text.
 */

export type CsvValue = string | number | null | undefined;

/** Starts like a formula: =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain (negative) decimal number, with a comma or a point: not a formula. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;
/** Characters that make a field need quotes. */
const NEEDS_QUOTES = /[;"\r\n]/;

/** One field: '' for null/undefined, a formula-looking text defused with a leading `'`, quoted when needed. */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of fields, without its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(';');
}

/** A whole CSV text: the header line and the rows, each line ended with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((r) => `${csvLine(r)}\r\n`).join('');
}
