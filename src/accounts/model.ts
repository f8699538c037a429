// SPDX-License-Identifier: EUPL-1.2
/** Accounts: sessions, password rules and the login rate limit, as pure logic. */
import { createHash, randomBytes } from 'node:crypto';

export const ORGANISATION_KINDS = ['gemeente', 'regio', 'zorgverzekeraar', 'woningcorporatie', 'UWV', 'toeslagen', 'CJIB', 'zorgaanbieder', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SESSION_COOKIE = 'maatwerk_sessie';

/** A session token is 32 random bytes; only its SHA-256 hash is stored, so a database leak yields no sessions. */
export function newSessionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Session expiry: idle timeout since last use, capped by an absolute lifetime since login. */
export function sessionExpiry(now: Date, createdAt: Date, idleMinutes: number, maxHours: number): Date {
  const idle = now.getTime() + idleMinutes * 60_000;
  const cap = createdAt.getTime() + maxHours * 3_600_000;
  return new Date(Math.min(idle, cap));
}

export const PASSWORD_MIN = 12;
export function passwordProblem(pw: string): string | null {
  if (pw.length < PASSWORD_MIN) return `moet minstens ${PASSWORD_MIN} tekens hebben`;
  if (pw.length > 200) return 'mag hoogstens 200 tekens hebben';
  return null;
}

/**
 * Login rate limit against guessing: at most `maxFailures` failed attempts per key (username and
 * client address are both keys) within `windowMs`; after that the key is locked until the window
 * of its oldest counted failure has passed.
 */
export class LoginLimiter {
  private failures = new Map<string, number[]>();
  constructor(
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds to wait before another attempt is allowed for any of the keys, or 0. */
  retryAfter(keys: string[], now: number): number {
    let wait = 0;
    for (const k of keys) {
      const list = this.prune(k, now);
      if (list.length >= this.maxFailures) wait = Math.max(wait, Math.ceil((list[0] + this.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(keys: string[], now: number): void {
    for (const k of keys) {
      const list = this.prune(k, now);
      list.push(now);
      this.failures.set(k, list);
    }
  }

  succeed(keys: string[]): void {
    for (const k of keys) this.failures.delete(k);
  }

  private prune(k: string, now: number): number[] {
    const list = (this.failures.get(k) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.failures.set(k, list);
    else this.failures.delete(k);
    return list;
  }
}
