// SPDX-License-Identifier: EUPL-1.2
/**
 * Sessions on each request (ADR 0003, ADR 0008): the cookie's token is looked up by its hash, with
 * a short in-process cache so an authenticated request does not read and rewrite the session row
 * every time. The sliding idle expiry is written behind: only when it would move by more than
 * WRITE_BEHIND_MS (a minute, or a tenth of the idle time when that is shorter).
 *
 * Correctness first:
 * - an expiry is always checked against the clock, cached or not; a cached entry that looks expired
 *   is checked once more in the database (another process may have slid it) before refusing;
 * - logout, deactivation, a password or role change forget the user's entries in this process at
 *   once; an invalidation also bumps an epoch so a lookup that raced it cannot put the old row back;
 * - other processes hold an entry for at most `SESSION_CACHE_SECONDS` (docs/operations.md).
 *
 * Also here: the periodic clean-up of expired sessions and stale throttle rows, and the client's
 * address for the login throttle.
 */
import { getCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Actor } from '../platform/authz';
import type { Config } from '../platform/config';
import type { Db, Queryable } from '../platform/db';
import { Problem } from '../platform/errors';
import { SESSION_COOKIE, hashToken, sessionExpiry } from './model';
import { purgeThrottle } from './throttle';
import { deleteExpiredOidcAttempts, deleteExpiredSessions, deleteSessionByHash, deleteUserSessions, findSessionByHash, slideSession, type SessionLookup } from './store';

interface Entry {
  actor: Actor;
  createdAtMs: number;
  /** The expiry as stored in the database (as far as this process knows). */
  expiresAtMs: number;
  cachedAtMs: number;
}

const MAX_ENTRIES = 20_000;

/** The process's session cache for one database. */
export class SessionCache {
  private entries = new Map<string, Entry>();
  /** Bumped by every invalidation; a lookup that started before it does not fill the cache. */
  private epoch = 0;
  constructor(readonly ttlMs: number) {}

  get size(): number {
    return this.entries.size;
  }
  currentEpoch(): number {
    return this.epoch;
  }
  get(hash: string, nowMs: number): Entry | null {
    const e = this.entries.get(hash);
    if (!e) return null;
    if (nowMs - e.cachedAtMs >= this.ttlMs || nowMs < e.cachedAtMs) {
      this.entries.delete(hash);
      return null;
    }
    return e;
  }
  set(hash: string, e: Entry, epochAtLookup: number): void {
    if (this.ttlMs <= 0 || epochAtLookup !== this.epoch) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, e);
  }
  forget(hash: string): void {
    this.epoch++;
    this.entries.delete(hash);
  }
  forgetUser(userId: string): void {
    this.epoch++;
    for (const [k, e] of this.entries) if (e.actor.userId === userId) this.entries.delete(k);
    this.profiles.delete(userId);
  }
  forgetOrganisation(organisationId: string): void {
    this.epoch++;
    for (const [k, e] of this.entries) if (e.actor.organisationId === organisationId) this.entries.delete(k);
    for (const [k, p] of this.profiles) if (p.organisationId === organisationId) this.profiles.delete(k);
  }

  /**
   * A user's profile (user and organisation as GET /auth/me shows them), kept as long as a session
   * entry and forgotten with the user or organisation.
   */
  private profiles = new Map<string, { organisationId: string; value: unknown; cachedAtMs: number }>();
  async profile<T>(userId: string, organisationId: string, nowMs: number, load: () => Promise<T>): Promise<T> {
    const p = this.profiles.get(userId);
    if (p && nowMs - p.cachedAtMs < this.ttlMs && nowMs >= p.cachedAtMs) return p.value as T;
    const epoch = this.epoch;
    const value = await load();
    if (this.ttlMs > 0 && epoch === this.epoch) {
      if (this.profiles.size >= MAX_ENTRIES) this.profiles.delete(this.profiles.keys().next().value!);
      this.profiles.set(userId, { organisationId, value, cachedAtMs: nowMs });
    }
    return value;
  }
}

const caches = new WeakMap<object, SessionCache>();
/** The session cache of this process for this database (shared by every app instance on it). */
export function sessionCacheFor(db: object, ttlMs = 5_000): SessionCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new SessionCache(ttlMs)));
  return c;
}

/** Forget one session (logout) in this process's cache. */
export const forgetSession = (db: object, token: string) => sessionCacheFor(db).forget(hashToken(token));
/** Forget every cached session and profile of an organisation (renamed, a team renamed). */
export const forgetOrganisation = (db: object, organisationId: string) => sessionCacheFor(db).forgetOrganisation(organisationId);
/** Forget every cached session of a user (deactivation, password or role change, a new login ending the others). */
export const forgetUser = (db: object, userId: string) => sessionCacheFor(db).forgetUser(userId);

async function lookup(db: Queryable, hash: string): Promise<SessionLookup | null> {
  const row = await findSessionByHash(db, hash);
  return row && row.active ? row : null;
}

/**
 * The session step of the request pipeline: a valid cookie sets the actor (with `expiresAt`); an
 * expired or unknown one is deleted from the browser and answered with 401, except on the login
 * route and the OpenAPI document.
 */
export function sessionAuthenticator(opts: { db: Db; config: Config; now: () => Date }) {
  const { db, config, now } = opts;
  const cache = sessionCacheFor(db, config.sessionCacheSeconds * 1000);
  const idleMs = config.sessionIdleMinutes * 60_000;
  const writeBehindMs = Math.min(60_000, Math.floor(idleMs / 10));

  return async function authenticate(c: Context): Promise<void> {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return;
    const hash = hashToken(token);
    const t = now();
    const tMs = t.getTime();
    let e = cache.get(hash, tMs);
    if (!e || e.expiresAtMs <= tMs) {
      const epoch = cache.currentEpoch();
      const row = await lookup(db, hash);
      e = row
        ? {
            actor: { userId: row.userId, userName: row.userName, username: row.username, organisationId: row.organisationId, teamId: row.teamId, roles: row.roles },
            createdAtMs: new Date(row.createdAt).getTime(),
            expiresAtMs: new Date(row.expiresAt).getTime(),
            cachedAtMs: tMs,
          }
        : null;
      if (e && e.expiresAtMs > tMs) cache.set(hash, e, epoch);
    }
    if (!e || e.expiresAtMs <= tMs) {
      cache.forget(hash);
      if (e) await deleteSessionByHash(db, hash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      // The sign-in through a provider starts afresh too: an old cookie is no reason for an error page.
      if (!c.req.path.endsWith('/auth/login') && !c.req.path.endsWith('/openapi.json') && !c.req.path.includes('/auth/oidc/')) {
        throw new Problem(401, 'sessie_verlopen', 'Sessie verlopen', 'Uw sessie is verlopen. Log opnieuw in.');
      }
      return;
    }
    const slid = sessionExpiry(t, new Date(e.createdAtMs), config.sessionIdleMinutes, config.sessionMaxHours).getTime();
    if (slid - e.expiresAtMs > writeBehindMs) {
      e.expiresAtMs = slid; // first, so parallel requests of this session do not all write
      await slideSession(db, hash, t, new Date(slid));
    }
    c.set('actor', { ...e.actor, expiresAt: new Date(e.expiresAtMs).toISOString() } as Actor);
  };
}

/** A new login ends the user's other sessions (LOGIN_ENDS_OTHER_SESSIONS). */
export async function endUserSessions(db: Db, userId: string): Promise<void> {
  await deleteUserSessions(db, userId);
  forgetUser(db, userId);
}

/** Delete expired sessions and forgotten throttle rows. */
export async function cleanUpSessions(db: Queryable, now: Date): Promise<{ sessions: number; throttle: number }> {
  const sessions = await deleteExpiredSessions(db, now);
  const throttle = await purgeThrottle(db, now);
  await deleteExpiredOidcAttempts(db, now);
  return { sessions, throttle };
}

/** Run the clean-up every `intervalMs` (and once at start) without keeping the process alive. */
export function startSessionCleanup(db: Db, opts: { intervalMs?: number; now?: () => Date; onError?: (err: unknown) => void } = {}): (() => void) & { timer: NodeJS.Timeout } {
  const now = opts.now ?? (() => new Date());
  const run = () => void cleanUpSessions(db, now()).catch((err) => opts.onError?.(err));
  run();
  const timer = setInterval(run, opts.intervalMs ?? 10 * 60_000);
  timer.unref();
  return Object.assign(() => clearInterval(timer), { timer });
}

/**
 * The client's address: the socket's remote address, or with TRUST_PROXY=n the entry n places from
 * the right of X-Forwarded-For (what the outermost trusted proxy saw). Without TRUST_PROXY the header
 * is ignored, so a client cannot choose its own address.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  let socket = 'onbekend';
  try {
    socket = getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    // not served by @hono/node-server (tests calling app.request without a socket)
  }
  if (trustProxy <= 0) return socket;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!hops.length) return socket;
  return hops[Math.max(0, hops.length - trustProxy)];
}
