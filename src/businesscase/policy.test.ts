// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../platform/authz';
import { enforce, mayCalculate, mayEditBusinessCase, mayEditCatalogue, mayListBusinessCasesOfCase, mayReadBusinessCase, readsThroughCase } from './policy';

const actor = (...roles: Role[]): Actor => ({ userId: 'u', userName: 'U', username: 'u', organisationId: 'org', teamId: 'team', roles });
const status = (r: { status: number } | null) => r?.status ?? null;

describe('businesscase policy', () => {
  it('lets administrators and policy advisers keep the own catalogue, nobody else', () => {
    expect(mayEditCatalogue(actor('admin'))).toBeNull();
    expect(mayEditCatalogue(actor('beleid'))).toBeNull();
    for (const r of ['professional', 'teamleider', 'doorbraaktafel', 'budgethouder'] as const) expect(status(mayEditCatalogue(actor(r)))).toBe(403);
    expect(mayEditCatalogue(actor('professional'))!.detail).toBe('Deze handeling is voorbehouden aan: Beheerder, Beleidsadviseur.');
  });

  it('lets everyone signed in calculate without storing', () => {
    expect(mayCalculate(actor())).toBeNull();
  });

  it('lets the case professionals write and list business cases of a case', () => {
    for (const r of ['professional', 'teamleider'] as const) {
      expect(mayEditBusinessCase(actor(r))).toBeNull();
      expect(mayListBusinessCasesOfCase(actor(r))).toBeNull();
      expect(readsThroughCase(actor(r))).toBe(true);
    }
    for (const r of ['doorbraaktafel', 'beleid', 'admin', 'budgethouder'] as const) {
      expect(status(mayEditBusinessCase(actor(r)))).toBe(403);
      expect(status(mayListBusinessCasesOfCase(actor(r)))).toBe(403);
      expect(readsThroughCase(actor(r))).toBe(false);
    }
  });

  it('lets the doorbraaktafel read a business case only when it hangs on a knelpunt', () => {
    expect(mayReadBusinessCase(actor('doorbraaktafel'), { knelpuntId: 'k' })).toBeNull();
    expect(status(mayReadBusinessCase(actor('doorbraaktafel'), { knelpuntId: null }))).toBe(403);
    expect(mayReadBusinessCase(actor('professional'), { knelpuntId: null })).toBeNull();
    expect(status(mayReadBusinessCase(actor('beleid'), { knelpuntId: 'k' }))).toBe(403);
  });

  it('enforce throws the refusal and passes null', () => {
    expect(() => enforce(null)).not.toThrow();
    expect(() => enforce(mayEditCatalogue(actor('professional')))).toThrow(/voorbehouden/);
  });
});
