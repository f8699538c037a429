// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch working days for escalation deadlines. Pure: no clock, dates as ISO 'YYYY-MM-DD'.
 * Holidays are the generally recognised public holidays (cf. Algemene termijnenwet art. 3, which
 * lists the days that do not count in statutory time limits), computed per year: Nieuwjaarsdag,
 * Goede Vrijdag, Eerste en Tweede Paasdag, Koningsdag, Bevrijdingsdag (a setting), Hemelvaartsdag,
 * Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Weekends never count.
 */

export interface CalendarSettings {
  /** Bevrijdingsdag (5 May) counts as a non-working day. Default true: many organisations only give it off once every five years, but a deadline should not fall on a day many offices are closed. */
  bevrijdingsdagIsHoliday: boolean;
  /** The organisation's own non-working days (ISO dates), e.g. a closing day between Christmas and New Year (issue 16). */
  ownDays?: readonly string[];
}
export const DEFAULT_CALENDAR: CalendarSettings = { bevrijdingsdagIsHoliday: true };

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const toDate = (s: string) => new Date(s + 'T00:00:00Z');
export function addDays(s: string, n: number): string {
  const d = toDate(s);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (s: string) => toDate(s).getUTCDay();

export interface Holiday {
  date: string;
  name: string;
}

export function dutchHolidays(year: number, settings: CalendarSettings = DEFAULT_CALENDAR): Holiday[] {
  const easter = easterSunday(year);
  // Koningsdag is 27 April, or 26 April when the 27th is a Sunday (Besluit Koningsdag 2013).
  const kd27 = iso(year, 4, 27);
  const koningsdag = weekday(kd27) === 0 ? iso(year, 4, 26) : kd27;
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: koningsdag, name: 'Koningsdag' },
    ...(settings.bevrijdingsdagIsHoliday ? [{ date: iso(year, 5, 5), name: 'Bevrijdingsdag' }] : []),
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: iso(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: iso(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const cache = new Map<string, Set<string>>();
function holidaySet(year: number, settings: CalendarSettings): Set<string> {
  const key = `${year}:${settings.bevrijdingsdagIsHoliday ? 1 : 0}`;
  let s = cache.get(key);
  if (!s) {
    s = new Set(dutchHolidays(year, settings).map((h) => h.date));
    cache.set(key, s);
  }
  return s;
}

export function isWorkingDay(s: string, settings: CalendarSettings = DEFAULT_CALENDAR): boolean {
  const wd = weekday(s);
  if (wd === 0 || wd === 6) return false;
  if (settings.ownDays?.includes(s)) return false;
  return !holidaySet(Number(s.slice(0, 4)), settings).has(s);
}

/**
 * The deadline `n` working days after `start`. n = 0 means the same working day: `start` itself
 * when it is a working day, otherwise the next one (the Taskforce answers the same day).
 */
export function addWorkingDays(start: string, n: number, settings: CalendarSettings = DEFAULT_CALENDAR): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`aantal werkdagen moet een geheel getal >= 0 zijn, niet ${n}`);
  let d = start;
  if (n === 0) {
    while (!isWorkingDay(d, settings)) d = addDays(d, 1);
    return d;
  }
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, settings)) left--;
  }
  return d;
}

/**
 * `addWorkingDays(start, n)` for many starts at once, in one walk over the calendar: each day from
 * the earliest start to the latest deadline is looked at once, instead of about 1.4·n days per start
 * (the patterns ask it for every opening date of 50,000 cases: issue 12). Same answers.
 */
export function addWorkingDaysToEach(starts: Iterable<string>, n: number, settings: CalendarSettings = DEFAULT_CALENDAR): Map<string, string> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`aantal werkdagen moet een geheel getal >= 0 zijn, niet ${n}`);
  const sorted = [...new Set(starts)].sort();
  const out = new Map<string, string>();
  if (!sorted.length) return out;
  // Working days in ascending order, from the earliest start on, made as far as needed.
  const work: string[] = [];
  let day = sorted[0];
  const more = () => {
    if (isWorkingDay(day, settings)) work.push(day);
    day = addDays(day, 1);
  };
  let first = 0; // index in `work` of the first working day on or after the current start
  for (const start of sorted) {
    for (;;) {
      while (first < work.length && work[first] < start) first++;
      if (first < work.length) break;
      if (day < start) day = start; // days before a start matter to no later start either
      more();
    }
    // n = 0: the start itself when a working day, else the next one; n > 0: the n-th working day after the start.
    const at = n === 0 ? first : work[first] === start ? first + n : first + n - 1;
    while (work.length <= at) more();
    out.set(start, work[at]);
  }
  return out;
}

/** Working days after `deadline` up to and including `today` (0 when not overdue). */
export function workingDaysOverdue(deadline: string, today: string, settings: CalendarSettings = DEFAULT_CALENDAR): number {
  let n = 0;
  for (let d = addDays(deadline, 1); d <= today; d = addDays(d, 1)) if (isWorkingDay(d, settings)) n++;
  return n;
}
