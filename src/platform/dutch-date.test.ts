// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dutchDate, dutchMonth } from './dutch-date';

describe('dutchDate', () => {
  it('writes a calendar date the Dutch way, without a leading zero', () => {
    expect(dutchDate('2026-04-23')).toBe('23 april 2026');
    expect(dutchDate('2026-01-05')).toBe('5 januari 2026');
    expect(dutchDate('2025-12-31')).toBe('31 december 2025');
  });
  it('leaves what is not a date alone', () => {
    expect(dutchDate('morgen')).toBe('morgen');
    expect(dutchDate('2026-13-01')).toBe('2026-13-01');
  });
});

describe('dutchMonth', () => {
  it('writes a month the Dutch way, from a month or a date in it', () => {
    expect(dutchMonth('2026-04')).toBe('april 2026');
    expect(dutchMonth('2025-12-01')).toBe('december 2025');
    expect(dutchMonth('2026-13')).toBe('2026-13');
  });
});
