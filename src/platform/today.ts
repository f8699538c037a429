// SPDX-License-Identifier: EUPL-1.2
/**
 * "Today" is the date in the Netherlands (Europe/Amsterdam), on the server and in the browser alike:
 * between midnight and 01:00 (winter) or 02:00 (summer) Dutch time the UTC date is still yesterday,
 * and a same-day deadline would already look past. Pure and free of Node APIs, so the web app uses
 * this same module.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Europe/Amsterdam of an instant, as YYYY-MM-DD. */
export function dateInAmsterdam(instant: Date): string {
  const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Europe/Amsterdam, as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return dateInAmsterdam(now);
}
