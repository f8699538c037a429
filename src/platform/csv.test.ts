// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, toCsv } from './csv';

describe('csv', () => {
  it('separates with ; and ends every line, the last one too, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 2], [null, undefined]])).toBe('a;b\r\n1;2\r\n;\r\n');
    expect(toCsv(['alleen kop'], [])).toBe('alleen kop\r\n');
  });

  it('quotes fields with ;, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('NS; reizigers')).toBe('"NS; reizigers"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell('gewoon')).toBe('gewoon');
  });

  it.each([
    ['=HYPERLINK("https://x.example","klik")', `"'=HYPERLINK(""https://x.example"",""klik"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['- min', "'- min"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
  ])('defuses a text that a spreadsheet would run as a formula: %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('leaves numbers alone: negative amounts as text or as numbers stay numbers', () => {
    expect(csvCell('-1,00')).toBe('-1,00');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell('1401,50')).toBe('1401,50');
  });

  it('does not touch a formula character later in the text', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('info@example.org')).toBe('info@example.org');
  });

  it('writes what the budget export wrote (same bytes)', () => {
    const out = toCsv(['Bedrag', 'Ontvanger'], [['23,40', 'NS; reizigers'], ['-1,00', '=HYPERLINK("x")']]);
    expect(out).toBe('Bedrag;Ontvanger\r\n23,40;"NS; reizigers"\r\n-1,00;"\'=HYPERLINK(""x"")"\r\n');
    expect(csvLine(['x', 1, null])).toBe('x;1;');
  });
});
