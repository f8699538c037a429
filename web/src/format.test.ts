// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { KNELPUNT_STATUS_LABELS as SERVER_STATUS_LABELS, KNELPUNT_TYPE_LABELS as SERVER_TYPE_LABELS } from '../../src/escalation/model';
import { KNELPUNT_STATUS_LABELS, KNELPUNT_TYPE_LABELS, countText, euroInput, formatEuro, formatEuroWhole, gemeenteName, label, parseEuro } from './format';

describe('euro notation (the web app has this one formatter)', () => {
  it('formats integer eurocents the Dutch way', () => {
    expect(formatEuro(123456)).toBe('€ 1.234,56');
    expect(formatEuro(-5)).toBe('-€ 0,05');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(() => formatEuro(1.5)).toThrow();
  });

  it('rounds to whole euros for chart axes', () => {
    expect(formatEuroWhole(123456)).toBe('€ 1.235');
    expect(formatEuroWhole(123449)).toBe('€ 1.234');
    expect(formatEuroWhole(-1250)).toBe('-€ 12');
    expect(formatEuroWhole(0)).toBe('€ 0');
  });

  it('reads back what a person types', () => {
    expect(parseEuro('1.234,5')).toBe(123450);
    expect(parseEuro('€ 7')).toBe(700);
    expect(parseEuro('12,345')).toBeNull();
    expect(euroInput(1250)).toBe('12,50');
  });
});

describe('labels of the API codes', () => {
  it('has a Dutch label for every knelpunt type and status (the maps are typed with the API enums)', () => {
    expect(Object.keys(KNELPUNT_TYPE_LABELS)).toHaveLength(6);
    expect(Object.keys(KNELPUNT_STATUS_LABELS)).toHaveLength(6);
    expect(label(KNELPUNT_TYPE_LABELS, 'regel_botst')).toBe('Regels botsen');
    expect(label(KNELPUNT_TYPE_LABELS, null)).toBe('—');
  });

  it('names knelpunt types and statuses exactly as the server does (texts the server writes, e.g. similarity reasons, use its labels)', () => {
    expect(KNELPUNT_TYPE_LABELS).toEqual(SERVER_TYPE_LABELS);
    expect(KNELPUNT_STATUS_LABELS).toEqual(SERVER_STATUS_LABELS);
  });
});

describe('gemeenteName', () => {
  it('writes a municipality the way it is spelled', () => {
    expect(gemeenteName('den-haag')).toBe('Den Haag');
    expect(gemeenteName('utrecht')).toBe('Utrecht');
    expect(gemeenteName('alphen-aan-den-rijn')).toBe('Alphen aan den Rijn');
    expect(gemeenteName("'s-hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(gemeenteName('landelijk')).toBe('Alleen landelijke regels');
  });
});

describe('countText', () => {
  it('says one in the singular and every other number in the plural, with a thousands dot', () => {
    expect(countText(1, 'knelpunt', 'knelpunten')).toBe('1 knelpunt');
    expect(countText(0, 'knelpunt', 'knelpunten')).toBe('0 knelpunten');
    expect(countText(2, 'dag', 'dagen')).toBe('2 dagen');
    expect(countText(1200, 'dag', 'dagen')).toBe('1.200 dagen');
  });
});
