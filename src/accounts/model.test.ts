// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dutchWait, hashToken, loginAttemptsAllowed, loginDelaySeconds, newSessionToken, passwordProblem, sessionExpiry } from './model';

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

describe('login throttle delays', () => {
  it('gives five attempts first, then one per block, with a block that doubles up to a cap', () => {
    expect(loginAttemptsAllowed(0)).toBe(5);
    expect(loginAttemptsAllowed(1)).toBe(1);
    expect([0, 1, 2, 3, 4, 5, 40].map(loginDelaySeconds)).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('says the wait in Dutch words', () => {
    expect(dutchWait(1)).toBe('1 seconde');
    expect(dutchWait(45)).toBe('45 seconden');
    expect(dutchWait(60)).toBe('1 minuut');
    expect(dutchWait(61)).toBe('2 minuten');
  });
});
