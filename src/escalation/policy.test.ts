// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../platform/authz';
import {
  enforce, knelpuntPurpose, linkingIsWrite, mayConfigureLadder, mayDecide, mayEditContact, mayHandleHandovers, mayListKnelpunten, mayMaintainRegister, mayOpenKnelpunt, mayReadLadder,
  mayReadOverbruggingen, mayReadQueue, mayReadSignals, mayRecordKnelpunt, maySearchRegister, maySettle, queuePurpose, receivedHandover, seesHandover, seesStep, settlementPurpose, worksThroughCase,
} from './policy';

const actor = (roles: Role[], over: Partial<Actor> = {}): Actor => ({ userId: 'u', userName: 'U', username: 'u', organisationId: 'utrecht', teamId: 'team', roles, ...over });
const status = (r: { status: number } | null) => r?.status ?? null;
const ALL: Role[] = ['professional', 'teamleider', 'budgethouder', 'doorbraaktafel', 'beleid', 'handhaving', 'privacy', 'admin'];
/** The roles a role-only policy lets through. */
const allowed = (f: (a: Actor) => { status: number } | null) => ALL.filter((r) => f(actor([r])) === null);

describe('escalation policy: knelpunten', () => {
  it('lets the case professionals record, change, withdraw and escalate', () => {
    expect(allowed(mayRecordKnelpunt)).toEqual(['professional', 'teamleider']);
    expect(mayRecordKnelpunt(actor(['doorbraaktafel']))!.detail).toMatch(/professional of teamleider van de casus/);
    expect(ALL.filter((r) => worksThroughCase(actor([r])))).toEqual(['professional', 'teamleider']);
  });

  it('lists knelpunten for the case roles in a team and for the doorbraaktafel', () => {
    expect(allowed(mayListKnelpunten)).toEqual(['professional', 'teamleider', 'doorbraaktafel']);
    expect(mayListKnelpunten(actor(['professional'], { teamId: null }))!.detail).toMatch(/niet aan een team gekoppeld/);
    expect(mayListKnelpunten(actor(['doorbraaktafel'], { teamId: null }))).toBeNull();
  });

  it('opens one knelpunt through the case, or to the doorbraaktafel to read once escalated', () => {
    const escalated = { currentStepId: 's' };
    const fresh = { currentStepId: null };
    expect(mayOpenKnelpunt(actor(['professional']), fresh, true)).toBeNull();
    expect(mayOpenKnelpunt(actor(['doorbraaktafel']), escalated, false)).toBeNull();
    expect(mayOpenKnelpunt(actor(['doorbraaktafel']), fresh, false)!.detail).toBe('Dit knelpunt is (nog) niet geëscaleerd.');
    expect(mayOpenKnelpunt(actor(['doorbraaktafel']), escalated, true)!.detail).toMatch(/kan dit knelpunt wijzigen/);
    expect(mayOpenKnelpunt(actor(['beleid']), escalated, false)!.detail).toBe('Uw rol geeft geen toegang tot knelpunten.');
    expect(linkingIsWrite(actor(['doorbraaktafel']))).toBe(false);
    expect(linkingIsWrite(actor(['professional']))).toBe(true);
    expect(knelpuntPurpose('case')).toBe('hulpverlening');
    expect(knelpuntPurpose('escalatie')).toBe('escalatie');
  });
});

describe('escalation policy: ladder, decisions and hand-overs', () => {
  it('leaves the ladder to the administrator; everyone reads it', () => {
    expect(allowed(mayConfigureLadder)).toEqual(['admin']);
    expect(allowed(mayReadLadder)).toEqual(ALL);
  });

  it('shows a queue to the doorbraaktafel and team leads, for their purpose', () => {
    expect(allowed(mayReadQueue)).toEqual(['teamleider', 'doorbraaktafel']);
    expect(queuePurpose(actor(['doorbraaktafel']))).toBe('escalatie');
    expect(queuePurpose(actor(['teamleider']))).toBe('hulpverlening');
  });

  it('lets decide whom the level names, in the own organisation or the receiving one', () => {
    const own = { organisationId: 'utrecht', deciderRole: 'teamleider', deciderOrganisationId: null, name: 'Eigen team', deciderOrganisationName: null };
    const loket = { organisationId: 'utrecht', deciderRole: null, deciderOrganisationId: 'loket', name: 'Maatwerkloket', deciderOrganisationName: 'Landelijk Maatwerkloket' };
    expect(mayDecide(actor(['teamleider']), own)).toBeNull();
    expect(mayDecide(actor(['doorbraaktafel']), own)!.detail).toBe('Op de trede "Eigen team" beslist teamleider; u kunt hier niet beslissen.');
    expect(mayDecide(actor(['doorbraaktafel'], { organisationId: 'loket' }), loket)).toBeNull();
    expect(mayDecide(actor(['doorbraaktafel']), loket)!.detail).toMatch(/beslist Landelijk Maatwerkloket/);
    expect(seesStep(actor([], { organisationId: 'loket' }), { organisationId: 'utrecht' }, loket)).toBe(true);
    expect(seesStep(actor([], { organisationId: 'zaanstad' }), { organisationId: 'utrecht' }, loket)).toBe(false);
  });

  it('gives hand-overs to the doorbraaktafel of the receiving or sending organisation', () => {
    expect(allowed(mayHandleHandovers)).toEqual(['doorbraaktafel']);
    const h = { organisationId: 'loket', sourceOrganisationId: 'utrecht' };
    expect(seesHandover(actor([], { organisationId: 'loket' }), h)).toBe(true);
    expect(seesHandover(actor([], { organisationId: 'utrecht' }), h)).toBe(true);
    expect(seesHandover(actor([], { organisationId: 'zaanstad' }), h)).toBe(false);
    expect(receivedHandover(actor([], { organisationId: 'loket' }), h)).toBe(true);
    expect(receivedHandover(actor([], { organisationId: 'utrecht' }), h)).toBe(false);
  });
});

describe('escalation policy: signals, overbrugging, register', () => {
  it('shows signals and patterns to policy advisers and the doorbraaktafel', () => {
    expect(allowed(mayReadSignals)).toEqual(['doorbraaktafel', 'beleid']);
  });

  it('shows overbruggingen to the table, budget holders and team leads; settling is for the table and budget holders', () => {
    expect(allowed(mayReadOverbruggingen)).toEqual(['teamleider', 'budgethouder', 'doorbraaktafel']);
    expect(allowed(maySettle)).toEqual(['budgethouder', 'doorbraaktafel']);
    expect(maySettle(actor(['professional']))!.detail).toBe('Deze handeling is voorbehouden aan: Doorbraaktafel, Budgethouder.');
    expect(settlementPurpose(actor(['doorbraaktafel']))).toBe('escalatie');
    expect(settlementPurpose(actor(['budgethouder']))).toBe('verantwoording');
  });

  it('lets everyone search the register; administrators keep their own organisation\'s entries', () => {
    expect(allowed(maySearchRegister)).toEqual(ALL);
    expect(allowed(mayMaintainRegister)).toEqual(['admin']);
    expect(mayEditContact(actor(['admin']), { organisationId: 'utrecht' })).toBeNull();
    expect(mayEditContact(actor(['admin']), { organisationId: 'zaanstad' })!.detail).toBe('Dit contact wordt beheerd door een andere organisatie.');
    expect(status(mayEditContact(actor(['professional']), { organisationId: 'utrecht' }))).toBe(403);
  });

  it('enforce throws the refusal and passes null', () => {
    expect(() => enforce(null)).not.toThrow();
    expect(() => enforce(maySettle(actor(['professional'])))).toThrow(/voorbehouden/);
  });
});
