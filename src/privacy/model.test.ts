// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { checkNewConsent, consentAllows, consentState } from './model';

describe('consent state', () => {
  const c = { givenOn: '2026-03-01', validUntil: '2026-09-01', withdrawnAt: null, dataCategories: ['plan_eigen_acties', 'betrokkenen'] };
  it('is valid from the day given up to and including the last day', () => {
    expect(consentState(c, '2026-02-28')).toBe('nog_niet_geldig');
    expect(consentState(c, '2026-03-01')).toBe('geldig');
    expect(consentState(c, '2026-09-01')).toBe('geldig');
    expect(consentState(c, '2026-09-02')).toBe('verlopen');
  });
  it('a withdrawal ends it at once, whatever the dates say', () => {
    expect(consentState({ ...c, withdrawnAt: '2026-04-01T10:00:00Z' }, '2026-04-01')).toBe('ingetrokken');
    expect(consentAllows({ ...c, withdrawnAt: '2026-04-01T10:00:00Z' }, '2026-04-01')).toBe(false);
  });
  it('allows only the data categories it names', () => {
    expect(consentAllows(c, '2026-04-01', ['plan_eigen_acties'])).toBe(true);
    expect(consentAllows(c, '2026-04-01', ['plan_eigen_acties', 'huishouden_voornamen'])).toBe(false);
  });
  it('refuses a future date, a past end, more than two years and a category named twice', () => {
    const ok = { givenOn: '2026-04-01', validUntil: '2027-04-01', dataCategories: ['betrokkenen'] };
    expect(() => checkNewConsent(ok, '2026-04-01')).not.toThrow();
    expect(() => checkNewConsent({ ...ok, givenOn: '2026-04-02' }, '2026-04-01')).toThrow(/givenOn/);
    expect(() => checkNewConsent({ ...ok, validUntil: '2026-03-31' }, '2026-04-01')).toThrow(/validUntil/);
    expect(() => checkNewConsent({ ...ok, validUntil: '2028-04-03' }, '2026-04-01')).toThrow(/twee jaar/);
    expect(() => checkNewConsent({ ...ok, dataCategories: ['betrokkenen', 'betrokkenen'] }, '2026-04-01')).toThrow(/twee keer/);
  });
});
