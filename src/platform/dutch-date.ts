// SPDX-License-Identifier: EUPL-1.2
/**
 * Dates in Dutch for texts a person reads ("23 april 2026"), on the server as in the web app: one
 * function, so a generated message and the screen write a date the same way. Calendar dates only: no
 * time zone shift.
 */
export const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** '2026-04-23' → '23 april 2026'; anything else is returned unchanged. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${DUTCH_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** '2026-04' (or a date in that month) → 'april 2026'; anything else is returned unchanged. */
export function dutchMonth(isoMonth: string): string {
  const m = /^(\d{4})-(\d{2})(-\d{2})?$/.exec(isoMonth);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return isoMonth;
  return `${DUTCH_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
