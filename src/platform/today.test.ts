// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from './today';

describe('today in Europe/Amsterdam', () => {
  it.each([
    // winter (CET = UTC+1): 23:30 and 00:30 Dutch time
    ['2026-01-15T22:30:00Z', '2026-01-15'],
    ['2026-01-15T23:30:00Z', '2026-01-16'],
    // summer (CEST = UTC+2): 23:30 and 00:30 Dutch time; the UTC date is still the 15th at 00:30
    ['2026-07-15T21:30:00Z', '2026-07-15'],
    ['2026-07-15T22:30:00Z', '2026-07-16'],
    // new year's night
    ['2026-12-31T23:30:00Z', '2027-01-01'],
    // the night the clocks go back (25 October 2026, 03:00 CEST → 02:00 CET)
    ['2026-10-24T22:30:00Z', '2026-10-25'],
  ])('%s is %s in the Netherlands', (instant, date) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(date);
  });
});
