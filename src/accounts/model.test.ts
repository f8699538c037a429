// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { LoginLimiter, hashToken, newSessionToken, passwordProblem, sessionExpiry } from './model';

describe('session tokens', () => {
  it('are random and stored only as a hash', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(a.token.length).toBeGreaterThanOrEqual(43); // 32 bytes base64url
  });

  it('expire after the idle time, but never later than the absolute lifetime', () => {
    const created = new Date('2026-11-23T08:00:00Z');
    expect(sessionExpiry(new Date('2026-11-23T09:00:00Z'), created, 30, 12).toISOString()).toBe('2026-11-23T09:30:00.000Z');
    expect(sessionExpiry(new Date('2026-11-23T19:50:00Z'), created, 30, 12).toISOString()).toBe('2026-11-23T20:00:00.000Z');
  });
});

describe('password rule', () => {
  it('asks for at least 12 characters', () => {
    expect(passwordProblem('kort')).toMatch(/minstens 12/);
    expect(passwordProblem('precies12tkn')).toBeNull();
  });
});

describe('LoginLimiter', () => {
  it('locks a key after five failures within the window and frees it afterwards', () => {
    const l = new LoginLimiter(5, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 4; i++) l.fail(['user:x'], t0 + i);
    expect(l.retryAfter(['user:x'], t0 + 10)).toBe(0);
    l.fail(['user:x'], t0 + 5);
    expect(l.retryAfter(['user:x'], t0 + 10)).toBe(60); // oldest failure t0 + 60 s
    expect(l.retryAfter(['user:x'], t0 + 60_001)).toBe(0);
  });

  it('a success clears the counter', () => {
    const l = new LoginLimiter(2, 60_000);
    l.fail(['ip:1'], 0);
    l.succeed(['ip:1']);
    l.fail(['ip:1'], 1);
    expect(l.retryAfter(['ip:1'], 2)).toBe(0);
  });
});
