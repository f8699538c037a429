// SPDX-License-Identifier: EUPL-1.2
/**
 * Numeric kernels of the fluctuating-income scenario: three ways to pay bijstand next to a
 * fluctuating wage. Inputs are per-month arrays in eurocents; the kernels know nothing about
 * dates, they emit events tagged with a payment slot. They are shared by the explained scenario
 * and by the 400,000-household benchmark, so both compute exactly the same thing.
 *
 * Slot conventions (converted to dates by the caller):
 *  - `betaal` of month k: the regular benefit payment day of month k (k may be past the horizon
 *    for trailing settlements);
 *  - `loon` of month k: the employer's pay day in month k;
 *  - `nabetaling` of month k: the Drechtsteden settlement, some days after the pay day.
 */

export type EventKind = 'loon' | 'voorschot' | 'uitkering' | 'nabetaling' | 'inhouding' | 'terugvordering' | 'buffer-dekking' | 'buffer-aanvulling' | 'buffer-uitkering' | 'loon-via-sociale-dienst' | 'afrekening';
export type Slot = 'betaal' | 'loon' | 'nabetaling';

export interface KernelEvent {
  /** Month offset (0 = first month of the series) of the payment moment. */
  k: number;
  slot: Slot;
  /** Month the amount relates to. */
  rel: number;
  kind: EventKind;
  /** Amount to the client (negative = client pays / is deducted). Non-cash bookkeeping has toClient false. */
  amount: number;
  toClient: boolean;
}

export type Recorder = ((e: KernelEvent) => void) | undefined;

export interface KernelTotals {
  /** Net amount the client received over the whole run including trailing settlements. */
  received: number;
  /** Months (by payment month) with an inhouding or terugvordering. */
  monthsWithDeduction: number;
  /** Debt still open at the end (regular verrekening). */
  openDebt: number;
  /**
   * Bestaansbalans buffer balance (client's side): below zero = the fund has advanced money (an
   * overpayment was paid to the municipality), above zero = a reserve (an underpayment kept back).
   * Lowest and highest balance, the balance after the last settlement (before a reserve is paid
   * out), the cost to the fund (= minus a negative end balance) and the total the fund advanced.
   */
  bufferMin: number;
  bufferMax: number;
  bufferEnd: number;
  fundCost: number;
  bufferDrawn: number;
  /** Drechtsteden: highest amount pre-financed by the social service in a month. */
  prefinanceMax: number;
}

const emptyTotals = (): KernelTotals => ({ received: 0, monthsWithDeduction: 0, openDebt: 0, bufferMin: 0, bufferMax: 0, bufferEnd: 0, fundCost: 0, bufferDrawn: 0, prefinanceMax: 0 });

export interface MonthArrays {
  n: number;
  wage: ArrayLike<number>;
  /** Entitlement with the actual wage of the month. */
  recht: ArrayLike<number>;
  /** Advance: entitlement computed with the expected wage. */
  adv: ArrayLike<number>;
  /** Entitlement with zero wage (the 'full benefit'). */
  full: ArrayLike<number>;
  /** Calendar year of each payment month, for the yearly buffer cap; length >= n + lag + 1. */
  yearOf: (k: number) => number;
}

/**
 * (a) Regular verrekening afterwards: the advance for month i is paid on its payment day based on
 * the expected wage; the difference with the real entitlement is settled `lag` months later with
 * that month's payment: extra is paid out (nabetaling), an overpayment is deducted (inhouding) up
 * to `maxInhouding` per payment; what cannot be deducted stays as debt and after the last payment
 * is reclaimed (terugvordering).
 */
export function runVerrekening(m: MonthArrays, lag: number, maxInhouding: number, rec: Recorder): KernelTotals {
  const t = emptyTotals();
  let debt = 0;
  const last = m.n - 1 + lag;
  for (let k = 0; k <= last; k++) {
    let pay = startMonth(t, m, k, rec);
    const j = k - lag;
    if (j >= 0 && j < m.n) {
      const d = m.recht[j] - m.adv[j];
      if (d > 0) {
        pay += d;
        if (rec) rec({ k, slot: 'betaal', rel: j, kind: 'nabetaling', amount: d, toClient: true });
      } else if (d < 0) debt -= d;
    }
    debt = payOut(t, k, last, pay, debt, maxInhouding, rec);
  }
  t.openDebt = debt;
  return t;
}

/**
 * (b) Bestaansbalans buffer, both directions. The same advance; at settlement the difference goes
 * through the client's buffer instead of to the client or the municipality:
 *  - an overpayment is paid to the municipality from the buffer: first from the client's own
 *    reserve, then advanced by the fund (at most `capPerYear` of fund money per calendar year;
 *    beyond that the regular inhouding applies). The balance may go below zero (an advance);
 *  - an underpayment is kept in the buffer (`replenish`): it pays back an advance and then builds
 *    a reserve above zero. Without `replenish` it is paid straight to the client.
 * After the last settlement a reserve is paid out to the client; a negative balance is what the
 * fund has spent for good (its cost). `saldo`, when given, receives the balance per payment month.
 */
export function runBuffer(m: MonthArrays, lag: number, capPerYear: number, replenish: boolean, maxInhouding: number, rec: Recorder, saldo?: number[]): KernelTotals {
  const t = emptyTotals();
  let balance = 0;
  let debt = 0;
  let usedYear = -1;
  let usedThisYear = 0;
  const last = m.n - 1 + lag;
  for (let k = 0; k <= last; k++) {
    let pay = startMonth(t, m, k, rec);
    const j = k - lag;
    if (j >= 0 && j < m.n) {
      const d = m.recht[j] - m.adv[j];
      if (d < 0) {
        const y = m.yearOf(k);
        if (y !== usedYear) {
          usedYear = y;
          usedThisYear = 0;
        }
        const fromReserve = Math.min(Math.max(0, balance), -d);
        const fromFund = Math.max(0, Math.min(-d - fromReserve, capPerYear - usedThisYear));
        usedThisYear += fromFund;
        t.bufferDrawn += fromFund;
        const covered = fromReserve + fromFund;
        if (covered > 0) {
          balance -= covered;
          if (rec) rec({ k, slot: 'betaal', rel: j, kind: 'buffer-dekking', amount: covered, toClient: false });
        }
        debt += -d - covered;
      } else if (d > 0) {
        if (replenish) {
          balance += d;
          if (rec) rec({ k, slot: 'betaal', rel: j, kind: 'buffer-aanvulling', amount: d, toClient: false });
        } else {
          pay += d;
          if (rec) rec({ k, slot: 'betaal', rel: j, kind: 'nabetaling', amount: d, toClient: true });
        }
      }
    }
    if (balance < t.bufferMin) t.bufferMin = balance;
    if (balance > t.bufferMax) t.bufferMax = balance;
    if (saldo) saldo[k] = balance;
    if (k === last && balance > 0) {
      // The reserve belongs to the client: paid out with the last payment.
      pay += balance;
      if (rec) rec({ k, slot: 'betaal', rel: k, kind: 'buffer-uitkering', amount: balance, toClient: true });
    }
    debt = payOut(t, k, last, pay, debt, maxInhouding, rec);
  }
  t.bufferEnd = balance;
  t.fundCost = Math.max(0, -balance);
  return t;
}

/**
 * (c) Drechtsteden pre-payment ('expansievat'): on the payment day the client gets the full
 * benefit (entitlement without wage). The wage goes to the social service on the pay day; a few
 * days later the service pays out what is left: wage + real entitlement - full benefit, which is
 * never negative (it is at least the vrijlating). The service pre-finances full - recht.
 */
export function runVoorschot(m: MonthArrays, rec: Recorder): KernelTotals {
  const t = emptyTotals();
  for (let k = 0; k < m.n; k++) {
    const full = m.full[k];
    t.received += full;
    if (rec) rec({ k, slot: 'betaal', rel: k, kind: 'uitkering', amount: full, toClient: true });
    const w = m.wage[k];
    if (w > 0 && rec) rec({ k, slot: 'loon', rel: k, kind: 'loon-via-sociale-dienst', amount: w, toClient: false });
    const extra = w + m.recht[k] - full;
    if (extra !== 0) {
      t.received += extra;
      if (extra < 0) t.monthsWithDeduction++;
      if (rec) rec({ k, slot: 'nabetaling', rel: k, kind: 'afrekening', amount: extra, toClient: true });
    }
    const pre = full - m.recht[k];
    if (pre > t.prefinanceMax) t.prefinanceMax = pre;
  }
  return t;
}

/**
 * Month-end payment of regimes a and b: open debt is deducted from this month's payment (at most
 * maxInhouding); what is still open after the last month is reclaimed (terugvordering). Adds the
 * net payment to t.received, counts the month when anything was deducted, returns the open debt.
 */
function payOut(t: KernelTotals, k: number, last: number, pay: number, debt: number, maxInhouding: number, rec: Recorder): number {
  let deducted = false;
  if (debt > 0 && pay > 0) {
    const x = Math.min(debt, pay, maxInhouding);
    if (x > 0) {
      debt -= x;
      pay -= x;
      deducted = true;
      if (rec) rec({ k, slot: 'betaal', rel: k, kind: 'inhouding', amount: -x, toClient: true });
    }
  }
  t.received += pay;
  if (k === last && debt > 0) {
    // Nothing left to deduct from: the municipality reclaims the rest (terugvordering).
    t.received -= debt;
    if (rec) rec({ k, slot: 'betaal', rel: k, kind: 'terugvordering', amount: -debt, toClient: true });
    debt = 0;
    deducted = true;
  }
  if (deducted) t.monthsWithDeduction++;
  return debt;
}

/** Month start of regimes a and b: the wage reaches the client and the advance is paid; returns the advance. */
function startMonth(t: KernelTotals, m: MonthArrays, k: number, rec: Recorder): number {
  if (k >= m.n) return 0;
  t.received += m.wage[k];
  if (rec && m.wage[k] > 0) rec({ k, slot: 'loon', rel: k, kind: 'loon', amount: m.wage[k], toClient: true });
  if (rec) rec({ k, slot: 'betaal', rel: k, kind: 'voorschot', amount: m.adv[k], toClient: true });
  return m.adv[k];
}
