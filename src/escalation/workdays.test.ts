// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, addWorkingDaysToEach, dutchHolidays, easterSunday, isWorkingDay, workingDaysOverdue } from './workdays';

describe('Dutch holidays', () => {
  it('computes Easter by the computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the holidays of 2025 with Koningsdag on Saturday 26 April because the 27th is a Sunday', () => {
    expect(dutchHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-18', name: 'Goede Vrijdag' },
      { date: '2025-04-20', name: 'Eerste Paasdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' },
      { date: '2025-06-08', name: 'Eerste Pinksterdag' },
      { date: '2025-06-09', name: 'Tweede Pinksterdag' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
    expect(dutchHolidays(2026).find((h) => h.name === 'Koningsdag')!.date).toBe('2026-04-27');
  });

  it('makes Bevrijdingsdag a setting', () => {
    expect(isWorkingDay('2025-05-05')).toBe(false);
    expect(isWorkingDay('2025-05-05', { bevrijdingsdagIsHoliday: false })).toBe(true);
    expect(addWorkingDays('2025-05-02', 1)).toBe('2025-05-06'); // Fri → (weekend, Mon 5 May) → Tue
    expect(addWorkingDays('2025-05-02', 1, { bevrijdingsdagIsHoliday: false })).toBe('2025-05-05');
  });
});

describe('adding working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Fri + 1 → Mon
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09'); // Mon + 5 → next Mon
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Sat + 1 → Mon
  });

  it('deadline 0 is the same working day, or the next one when escalated on a day off', () => {
    expect(addWorkingDays('2026-03-04', 0)).toBe('2026-03-04');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays('2025-04-18', 0)).toBe('2025-04-22'); // Goede Vrijdag → after Easter Monday
  });

  it('skips Easter: Thursday before Easter 2025 + 1 is the Tuesday after', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-17', 5)).toBe('2025-04-28'); // 22,23,24,25, (26 Koningsdag on Saturday, 27 Sunday), 28
  });

  it('skips Koningsdag on a weekday (2026: Monday 27 April)', () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2025-12-24', 1)).toBe('2025-12-29'); // 25, 26 holidays, 27-28 weekend
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02'); // 1 January
    expect(addWorkingDays('2025-12-23', 5)).toBe('2026-01-02'); // 24, 29, 30, 31, 2 Jan
  });

  it('skips Hemelvaart and Pinksteren', () => {
    expect(addWorkingDays('2025-05-28', 1)).toBe('2025-05-30');
    expect(addWorkingDays('2025-06-06', 1)).toBe('2025-06-10');
  });

  it('counts working days overdue', () => {
    expect(workingDaysOverdue('2025-12-24', '2025-12-24')).toBe(0);
    expect(workingDaysOverdue('2025-12-24', '2025-12-29')).toBe(1);
    expect(workingDaysOverdue('2025-12-24', '2026-01-05')).toBe(5); // 29,30,31,2,5
  });

  it('refuses a negative number of days', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
  });
});

describe('addWorkingDaysToEach', () => {
  it('gives for every start what addWorkingDays gives, across holidays, weekends, own days and gaps', () => {
    const starts = [...Array.from({ length: 800 }, (_, i) => addDays('2025-01-01', i)), '2019-02-03', '2030-12-24'];
    const settings = [{ bevrijdingsdagIsHoliday: true }, { bevrijdingsdagIsHoliday: false, ownDays: ['2025-12-29', '2025-12-30', '2026-03-02'] }];
    for (const cal of settings) {
      for (const n of [0, 1, 5, 65]) {
        const many = addWorkingDaysToEach([...starts].reverse(), n, cal);
        expect(many.size).toBe(starts.length);
        for (const s of starts) expect(many.get(s), `${s} + ${n}`).toBe(addWorkingDays(s, n, cal));
      }
    }
  });

  it('refuses a negative or broken number of working days, like addWorkingDays', () => {
    expect(() => addWorkingDaysToEach(['2026-01-05'], -1)).toThrow(RangeError);
    expect(() => addWorkingDaysToEach(['2026-01-05'], 1.5)).toThrow(RangeError);
    expect(addWorkingDaysToEach([], 5).size).toBe(0);
  });
});
