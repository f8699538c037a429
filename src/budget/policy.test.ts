// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../platform/authz';
import { Problem } from '../platform/errors';
import {
  assertApprover, assertFourEyes, assertManagesPot, assertPotAccess, assertReviewer, assertSeesMandates, assertSpender,
  manageRefusal, potAccess, reviewRefusal, reviewerProblem, showsOwnMandate, spendReadPurpose, spendRefusal,
} from './policy';

const actor = (roles: Role[], over: Partial<Actor> = {}): Actor => ({ userId: 'u1', userName: 'Test', username: 'test', organisationId: 'utrecht', teamId: 'west', roles, ...over });
const pot = (over: Partial<{ organisationId: string; teamId: string | null; coFunderOrganisationId: string | null }> = {}) => ({ organisationId: 'utrecht', teamId: null, coFunderOrganisationId: null, ...over });

/** The HTTP status of the problem a policy throws, or 'ok' when it lets the action through. */
function outcome(f: () => unknown): number | 'ok' {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof Problem) return e.status;
    throw e;
  }
}

describe('budget policy', () => {
  it('lets professionals and team leads spend, and no one else', () => {
    expect(spendRefusal(actor(['professional']))).toBeNull();
    expect(spendRefusal(actor(['teamleider']))).toBeNull();
    expect(spendRefusal(actor(['budgethouder']))).toMatch(/professional of teamleider/);
    expect(outcome(() => assertSpender(actor(['admin'])))).toBe(403);
  });

  it('lets budget holders and administrators manage pots; professionals are refused', () => {
    expect(manageRefusal(actor(['budgethouder']))).toBeNull();
    expect(manageRefusal(actor(['admin']))).toBeNull();
    expect(manageRefusal(actor(['professional']))).toMatch(/budgethouder of beheerder/);
  });

  it('lets the owner manage a pot; the second funder gets 403, anyone else 404', () => {
    const joint = pot({ coFunderOrganisationId: 'zaanstad' });
    expect(outcome(() => assertManagesPot(actor(['budgethouder']), joint))).toBe('ok');
    expect(outcome(() => assertManagesPot(actor(['budgethouder'], { organisationId: 'zaanstad' }), joint))).toBe(403);
    expect(outcome(() => assertManagesPot(actor(['budgethouder'], { organisationId: 'tilburg' }), joint))).toBe(404);
    expect(outcome(() => assertManagesPot(actor(['professional']), joint))).toBe(403);
  });

  it('grades access to a pot: full for the budget holder and the team lead of its team, totals for the rest, nothing for strangers', () => {
    expect(potAccess(actor(['budgethouder']), pot())).toBe('full');
    expect(potAccess(actor(['teamleider']), pot({ teamId: 'west' }))).toBe('full');
    expect(potAccess(actor(['teamleider']), pot())).toBe('aggregate'); // an organisation-wide pot is not the team lead's
    expect(potAccess(actor(['admin']), pot())).toBe('aggregate');
    expect(potAccess(actor(['professional']), pot({ teamId: 'oost' }))).toBeNull();
    expect(potAccess(actor(['budgethouder'], { organisationId: 'zaanstad' }), pot({ coFunderOrganisationId: 'zaanstad' }))).toBe('aggregate');
    expect(potAccess(actor(['professional'], { organisationId: 'zaanstad' }), pot({ coFunderOrganisationId: 'zaanstad' }))).toBeNull();
  });

  it('refuses a pot with 403 inside the organisation and 404 outside it, and the spends themselves to those who see only totals', () => {
    expect(outcome(() => assertPotAccess(actor(['professional']), pot({ teamId: 'oost' })))).toBe(403);
    expect(outcome(() => assertPotAccess(actor(['budgethouder'], { organisationId: 'tilburg' }), pot()))).toBe(404);
    expect(outcome(() => assertPotAccess(actor(['admin']), pot(), 'full'))).toBe(403);
    expect(assertPotAccess(actor(['budgethouder']), pot(), 'full')).toBe('full');
    expect(outcome(() => assertSeesMandates(actor(['budgethouder'], { organisationId: 'zaanstad' }), pot({ coFunderOrganisationId: 'zaanstad' })))).toBe(403);
  });

  it('shows the own mandate only to those who spend from an own pot', () => {
    expect(showsOwnMandate(actor(['professional']), pot())).toBe(true);
    expect(showsOwnMandate(actor(['budgethouder']), pot())).toBe(false);
  });

  it('reads a spend as verantwoording with full pot access, otherwise as hulpverlening and only for spenders', () => {
    expect(spendReadPurpose(actor(['budgethouder']), pot())).toBe('verantwoording');
    expect(spendReadPurpose(actor(['professional']), pot())).toBe('hulpverlening');
    expect(outcome(() => spendReadPurpose(actor(['admin']), pot()))).toBe(403);
  });

  it('keeps four eyes: nobody approves or reviews a spend they registered', () => {
    expect(reviewerProblem('u1', 'u1')).toMatch(/vier ogen/);
    expect(reviewerProblem('u2', 'u1')).toBeNull();
    expect(outcome(() => assertFourEyes(actor(['budgethouder']), { registeredBy: 'u1' }))).toBe(403);
    expect(outcome(() => assertFourEyes(actor(['budgethouder']), { registeredBy: 'u2' }))).toBe('ok');
  });

  it('lets only budget holders and team leads draw and judge samples, and only budget holders approve', () => {
    expect(reviewRefusal(actor(['teamleider']), 'beoordelen')).toBeNull();
    expect(reviewRefusal(actor(['professional']), 'trekken')).toMatch(/trekt een steekproef/);
    expect(outcome(() => assertReviewer(actor(['admin']), 'beoordelen'))).toBe(403);
    expect(outcome(() => assertApprover(actor(['teamleider'])))).toBe(403);
    expect(outcome(() => assertApprover(actor(['budgethouder'])))).toBe('ok');
  });
});
