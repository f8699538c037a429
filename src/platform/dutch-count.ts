// SPDX-License-Identifier: EUPL-1.2
/**
 * Numbers and counts in Dutch for texts a person reads, on the server as in the web app (which
 * re-exports these): whole numbers with a thousands dot, and a count with its noun in the singular
 * for one ("1 dag", "2 dagen", "1.200 dagen").
 */

/** Whole numbers with a thousands dot: 12345 → '12.345'. */
export function dutchNumber(n: number): string {
  return Math.trunc(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number with its noun, singular for one: countText(1, 'dag', 'dagen') → '1 dag'. */
export function countText(n: number, one: string, many: string): string {
  return `${dutchNumber(n)} ${n === 1 ? one : many}`;
}
