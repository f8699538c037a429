// SPDX-License-Identifier: EUPL-1.2
/**
 * Money is integer eurocents end to end. Conversion to euros happens only at the edges
 * (display, CSV). No floating point is used to store or add money.
 */
import { dutchNumber } from './dutch-count';
export type Cents = number & { readonly __brand: 'Cents' };

/** Brand an integer number of eurocents; refuses fractions and non-finite numbers. */
export function cents(n: number): Cents {
  if (!Number.isSafeInteger(n)) throw new TypeError(`bedrag moet een geheel aantal eurocent zijn, niet ${n}`);
  return n as Cents;
}

export const ZERO = 0 as Cents;

export function add(...xs: Cents[]): Cents {
  let s = 0;
  for (const x of xs) s += x;
  return s as Cents;
}

export function sub(a: Cents, b: Cents): Cents {
  return (a - b) as Cents;
}

export function max0(a: Cents): Cents {
  return (a < 0 ? 0 : a) as Cents;
}

export function minC(a: Cents, b: Cents): Cents {
  return (a < b ? a : b) as Cents;
}

/** Multiply by a rational factor and round half away from zero to whole cents. */
export function mulRound(a: Cents, factor: number): Cents {
  return roundHalfAway(a * factor) as Cents;
}

/** Multiply and round down (towards minus infinity) to whole cents. */
export function mulFloor(a: Cents, factor: number): Cents {
  // Guard against binary noise such as 0.1*3 = 0.30000000000000004 before flooring.
  return Math.floor(a * factor + 1e-9) as Cents;
}

export function roundHalfAway(x: number): number {
  const r = Math.round(Math.abs(x) - 1e-9 + 1e-9);
  return x < 0 ? -r : r;
}

/** Format eurocents the Dutch way: € 1.234,56 (minus sign before the euro sign). */
export function formatEuro(c: number): string {
  const neg = c < 0;
  const abs = Math.abs(c);
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = dutchNumber(euros);
  return `${neg ? '-' : ''}€ ${grouped},${rest}`;
}

/** Euros with two decimals and a decimal point, for CSV: 1234.56 */
export function centsToDecimal(c: number): string {
  const neg = c < 0;
  const abs = Math.abs(c);
  return `${neg ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
