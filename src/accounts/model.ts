// SPDX-License-Identifier: EUPL-1.2
/** Accounts: sessions, password rules and the login rate limit, as pure logic. */
import { createHash, randomBytes } from 'node:crypto';

export const ORGANISATION_KINDS = ['gemeente', 'regio', 'zorgverzekeraar', 'woningcorporatie', 'UWV', 'toeslagen', 'CJIB', 'zorgaanbieder', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export { PROVINCES, type Province } from './provinces';

export { SESSION_COOKIE } from '../platform/http';

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
 * Login throttling (ADR 0008), counted per account AND source address together so that an attacker
 * elsewhere cannot lock a professional out and one office behind a proxy is not locked out by a
 * colleague. A pair gets `LOGIN_FREE_ATTEMPTS` attempts; after those fail it is blocked for
 * `LOGIN_FIRST_DELAY_S`; after a block, each further failure blocks again for twice as long as the
 * previous block, capped at `LOGIN_MAX_DELAY_S`. A pair that stays quiet for `LOGIN_QUIET_S` starts
 * over with its free attempts, and one quiet for `LOGIN_FORGET_S` is forgotten (the clean-up deletes it).
 */
export const LOGIN_FREE_ATTEMPTS = 5;
export const LOGIN_FIRST_DELAY_S = 60;
export const LOGIN_MAX_DELAY_S = 15 * 60;
export const LOGIN_QUIET_S = 15 * 60;
export const LOGIN_FORGET_S = 24 * 3600;

/** The block after the `lockouts`-th earlier block: 60 s, 120 s, 240 s, ... up to the cap. */
export function loginDelaySeconds(lockouts: number): number {
  return Math.min(LOGIN_MAX_DELAY_S, LOGIN_FIRST_DELAY_S * 2 ** Math.min(lockouts, 30));
}

/** Attempts a pair may make before the next block: the free ones at first, one after each block. */
export function loginAttemptsAllowed(lockouts: number): number {
  return lockouts === 0 ? LOGIN_FREE_ATTEMPTS : 1;
}

/** Seconds as Dutch words for the 429 message: "45 seconden", "2 minuten", "1 minuut". */
export function dutchWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  const m = Math.ceil(seconds / 60);
  return m === 1 ? '1 minuut' : `${m} minuten`;
}
