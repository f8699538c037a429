// SPDX-License-Identifier: EUPL-1.2
/**
 * Login throttling in the database (ADR 0008): SQL for the login_throttle table. An attempt is
 * reserved by one atomic statement BEFORE the password hash is verified, so parallel guesses cannot
 * all pass the check before any of them is counted; the reservation counts as a failure until the
 * password proves right. The rules (free attempts, doubling delay) are in model.ts.
 */
import type { Queryable } from '../platform/db';
import { LOGIN_FIRST_DELAY_S, LOGIN_FORGET_S, LOGIN_FREE_ATTEMPTS, LOGIN_MAX_DELAY_S, LOGIN_QUIET_S, loginDelaySeconds } from './model';

export interface ThrottleKey {
  /** The username as typed, lower-cased (also for names that do not exist, so answers do not reveal accounts). */
  username: string;
  /** The client's address (see clientAddress in session.ts). */
  source: string;
}

// The number of attempts allowed before the next block, in SQL: the free ones at first, one after a block.
const ALLOWED = (lockouts: string) => `(CASE WHEN ${lockouts} = 0 THEN ${LOGIN_FREE_ATTEMPTS} ELSE 1 END)`;

/**
 * Reserve one attempt for the pair. Returns 0 when the attempt may go ahead, or the seconds to wait.
 * A pair quiet for LOGIN_QUIET_S starts over with its attempts, one quiet for LOGIN_FORGET_S also
 * forgets its earlier blocks.
 */
export async function reserveAttempt(db: Queryable, key: ThrottleKey, now: Date): Promise<number> {
  const at = now.toISOString();
  const forgotten = `t.updated_at < $3::timestamptz - interval '${LOGIN_FORGET_S} seconds'`;
  const quiet = `t.updated_at < $3::timestamptz - interval '${LOGIN_QUIET_S} seconds'`;
  const lockouts = `(CASE WHEN ${forgotten} THEN 0 ELSE t.lockouts END)`;
  const attempts = `(CASE WHEN ${quiet} THEN 0 ELSE t.attempts END)`;
  const r = await db.query(
    `INSERT INTO login_throttle AS t (username, source, attempts, lockouts, blocked_until, updated_at) VALUES ($1, $2, 1, 0, NULL, $3)
     ON CONFLICT (username, source) DO UPDATE SET attempts = ${attempts} + 1, lockouts = ${lockouts}, updated_at = $3
       WHERE (t.blocked_until IS NULL OR t.blocked_until <= $3::timestamptz) AND ${attempts} < ${ALLOWED(lockouts)}
     RETURNING attempts`,
    [key.username, key.source, at],
  );
  if (r.rows.length) return 0;
  const cur = await db.query<{ blockedUntil: string | Date | null; lockouts: number }>(
    `SELECT blocked_until AS "blockedUntil", lockouts FROM login_throttle WHERE username = $1 AND source = $2`,
    [key.username, key.source],
  );
  const row = cur.rows[0];
  if (!row) return 0; // deleted by a success in between: the next attempt starts afresh
  const until = row.blockedUntil ? new Date(row.blockedUntil).getTime() : 0;
  if (until > now.getTime()) return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  // Every allowed attempt is still being verified; if they fail, the next block is this long.
  return loginDelaySeconds(row.lockouts);
}

/**
 * The reserved attempt failed. When it used up the pair's allowance, block the pair; exactly one of
 * several parallel failures does so (the others find the attempts already reset under the row lock).
 */
export async function recordFailure(db: Queryable, key: ThrottleKey, now: Date): Promise<void> {
  await db.query(
    `UPDATE login_throttle SET lockouts = lockouts + 1, attempts = 0,
            blocked_until = $3::timestamptz + make_interval(secs => LEAST(${LOGIN_MAX_DELAY_S}, ${LOGIN_FIRST_DELAY_S} * power(2, LEAST(lockouts, 30))))
      WHERE username = $1 AND source = $2 AND attempts >= ${ALLOWED('lockouts')}`,
    [key.username, key.source, now.toISOString()],
  );
}

/** The password was right: the pair starts with a clean slate. */
export async function recordSuccess(db: Queryable, key: ThrottleKey): Promise<void> {
  await db.query(`DELETE FROM login_throttle WHERE username = $1 AND source = $2`, [key.username, key.source]);
}

/** Forget pairs that have been quiet for LOGIN_FORGET_S and are not blocked. Returns how many. */
export async function purgeThrottle(db: Queryable, now: Date): Promise<number> {
  const r = await db.query(
    `DELETE FROM login_throttle WHERE updated_at < $1::timestamptz - interval '${LOGIN_FORGET_S} seconds' AND (blocked_until IS NULL OR blocked_until < $1::timestamptz)`,
    [now.toISOString()],
  );
  return r.rowCount ?? 0;
}
