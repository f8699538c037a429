// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ROLES } from '../platform/authz';
import { addressProblem, claimAt, isOidcSignInError, matchValue, normaliseScopes, rolesFromClaims } from './oidc-model';

describe('OpenID Connect, the pure part', () => {
  it('accepts https issuers, and http only on this machine', () => {
    expect(addressProblem('https://login.microsoftonline.com/abc/v2.0')).toBeNull();
    expect(addressProblem('http://localhost:8080/realms/maatwerk')).toBeNull();
    expect(addressProblem('http://127.0.0.1:9000')).toBeNull();
    expect(addressProblem('http://login.gemeente.nl')).toBe('moet met https:// beginnen (http:// alleen voor localhost)');
    expect(addressProblem('https://gebruiker:geheim@login.gemeente.nl')).toBe('mag geen gebruikersnaam of wachtwoord bevatten');
    expect(addressProblem('https://login.gemeente.nl/#x')).toBe('mag geen # bevatten');
    expect(addressProblem('login.gemeente.nl')).toMatch(/^is geen geldig adres/);
  });

  it('maps claim values to roles: strings or lists, nested paths, unknown values give nothing', () => {
    const map = { 'maatwerk-prof': ['professional' as const], 'maatwerk-tl': ['teamleider' as const, 'professional' as const] };
    expect(rolesFromClaims({ groups: ['maatwerk-tl', 'iets'] }, 'groups', map, ROLES)).toEqual(['professional', 'teamleider']);
    expect(rolesFromClaims({ realm_access: { roles: ['maatwerk-prof'] } }, 'realm_access.roles', map, ROLES)).toEqual(['professional']);
    expect(rolesFromClaims({ role: 'maatwerk-prof' }, 'role', map, ROLES)).toEqual(['professional']);
    expect(rolesFromClaims({ groups: ['constructor', 'toString'] }, 'groups', map, ROLES)).toEqual([]);
    expect(rolesFromClaims({ groups: 'x' }, 'groups.deeper', map, ROLES)).toEqual([]);
    expect(claimAt({ a: [1] }, 'a.b')).toBeUndefined();
  });

  it('finds a first-time user by username or a verified e-mail address only', () => {
    expect(matchValue({ preferred_username: ' bram ' }, 'preferred_username')).toBe('bram');
    expect(matchValue({ email: 'b@x.nl', email_verified: true }, 'email')).toBe('b@x.nl');
    expect(matchValue({ email: 'b@x.nl' }, 'email')).toBe('b@x.nl');
    expect(matchValue({ email: 'b@x.nl', email_verified: false }, 'email')).toBeNull();
    expect(matchValue({ preferred_username: 'bram' }, 'none')).toBeNull();
    expect(matchValue({ preferred_username: 12 }, 'preferred_username')).toBeNull();
  });

  it('puts openid first in the scopes, each once; knows its error codes', () => {
    expect(normaliseScopes('profile  email openid profile')).toBe('openid profile email');
    expect(isOidcSignInError('gebruiker_onbekend')).toBe(true);
    expect(isOidcSignInError('toString')).toBe(false);
    expect(isOidcSignInError(null)).toBe(false);
  });
});
