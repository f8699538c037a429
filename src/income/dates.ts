// SPDX-License-Identifier: EUPL-1.2
/**
 * Calendar helpers on ISO dates (`YYYY-MM-DD`). Pure: no clock. Day arithmetic goes through
 * UTC day numbers so time zones and DST never shift a date.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parse a strict ISO date; returns undefined for malformed or impossible dates (2026-02-30). */
export function tryParseIsoDate(s: unknown): Ymd | undefined {
  if (typeof s !== 'string') return undefined;
  const m = ISO.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

export function isIsoDate(s: unknown): s is string {
  return tryParseIsoDate(s) !== undefined;
}

export function ymd(s: string): Ymd {
  const r = tryParseIsoDate(s);
  if (!r) throw new RangeError(`geen geldige datum: ${s}`);
  return r;
}

export function formatYmd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01. */
export function dayNumber(s: string): number {
  const { y, m, d } = ymd(s);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function fromDayNumber(n: number): string {
  const dt = new Date(n * 86_400_000);
  return formatYmd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(s: string, n: number): string {
  return fromDayNumber(dayNumber(s) + n);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(s: string): number {
  const wd = new Date(dayNumber(s) * 86_400_000).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Completed years of age on `on`. Someone born on 29 February turns a year older on 1 March. */
export function ageOn(birth: string, on: string): number {
  const b = ymd(birth);
  const o = ymd(on);
  let age = o.y - b.y;
  if (o.m < b.m || (o.m === b.m && o.d < b.d)) age--;
  return age;
}

/** Month index (y*12 + m-1) for comparing calendar months. */
export function monthIndex(s: string): number {
  const { y, m } = ymd(s);
  return y * 12 + (m - 1);
}

export function monthIndexToFirstDay(i: number): string {
  return formatYmd(Math.floor(i / 12), (i % 12) + 1, 1);
}

/** First day of the month `n` months after the month of `s`. */
export function addMonthsFirstDay(s: string, n: number): string {
  return monthIndexToFirstDay(monthIndex(s) + n);
}

/** Day `day` of the given month, clamped to the month's last day (a 31st becomes 30 April). */
export function dayInMonth(monthFirst: string, day: number): string {
  const { y, m } = ymd(monthFirst);
  return formatYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Month index in which someone born on `birth` reaches `years` of age. */
export function birthdayMonthIndex(birth: string, years: number): number {
  const b = ymd(birth);
  return (b.y + years) * 12 + (b.m - 1);
}

/** `YYYY-MM` strictly. */
export function tryParseMonth(s: unknown): string | undefined {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}$/.test(s)) return undefined;
  return isIsoDate(`${s}-01`) ? `${s}-01` : undefined;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-03-15' -> '15 maart 2026' (for Dutch text; the API itself keeps ISO dates). */
export function datumNl(s: string): string {
  const { y, m, d } = ymd(s);
  return `${d} ${MAANDEN[m - 1]} ${y}`;
}
