// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { wrapLabel } from './charts';

describe('wrapLabel', () => {
  it('breaks a long label between words into lines of at most the given length', () => {
    const label = 'Kinderen in het huishouden + Knelpunt: Regels botsen + Financiën + Huisvesting';
    const lines = wrapLabel(label, 36);
    expect(lines).toEqual(['Kinderen in het huishouden +', 'Knelpunt: Regels botsen + Financiën', '+ Huisvesting']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(36);
    expect(lines.join(' ')).toBe(label);
  });

  it('keeps a short label on one line, and shortens only what does not fit in the last line', () => {
    expect(wrapLabel('Huisvesting + Financiën', 36)).toEqual(['Huisvesting + Financiën']);
    const lines = wrapLabel('een twee drie vier vijf zes zeven acht negen tien', 10, 2);
    expect(lines).toEqual(['een twee', 'drie vier…']);
    expect(wrapLabel('Huisvestingsverordeningsartikel', 10)).toEqual(['Huisvesti…']);
    expect(wrapLabel('', 10)).toEqual([]);
  });
});
