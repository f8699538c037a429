// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Actor } from '../platform/authz';
import { enforce, mayAdminister, mayChangeOrganisation, mayChangeUser } from './policy';

const actor = (roles: Actor['roles'], userId = 'u1'): Actor => ({ userId, userName: 'U', username: 'u', organisationId: 'o', teamId: null, roles });
const admin = actor(['admin']);
const professional = actor(['professional']);

describe('accounts policy', () => {
  it('only the admin administers', () => {
    expect(mayAdminister(admin)).toBeNull();
    expect(mayAdminister(professional)).toMatchObject({ status: 403, detail: 'Deze handeling is voorbehouden aan: Beheerder.' });
    expect(() => enforce(mayAdminister(professional))).toThrow(/Beheerder/);
  });
  it('an admin changes the own organisation or one it created, nothing else', () => {
    expect(mayChangeOrganisation(admin, { ownOrCreatedByOwn: true })).toBeNull();
    expect(mayChangeOrganisation(admin, { ownOrCreatedByOwn: false })).toMatchObject({ status: 403, detail: expect.stringContaining('eigen organisatie') });
    expect(mayChangeOrganisation(professional, { ownOrCreatedByOwn: true })).toMatchObject({ status: 403, detail: expect.stringContaining('Beheerder') });
  });
  it('an admin does not switch themselves off nor drop their own admin role, but may do so for others', () => {
    expect(mayChangeUser(admin, 'u1', {})).toBeNull();
    expect(mayChangeUser(admin, 'u1', { active: false })).toMatchObject({ status: 400, invalidParams: [{ name: 'active' }] });
    expect(mayChangeUser(admin, 'u1', { roles: ['professional'] })).toMatchObject({ status: 400, invalidParams: [{ name: 'roles' }] });
    expect(mayChangeUser(admin, 'u1', { roles: ['admin', 'professional'] })).toBeNull();
    expect(mayChangeUser(admin, 'u2', { active: false, roles: ['professional'] })).toBeNull();
    expect(mayChangeUser(professional, 'u2', {})).toMatchObject({ status: 403 });
  });
});
