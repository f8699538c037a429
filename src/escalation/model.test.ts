// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Actor } from '../platform/authz';
import {
  chooseLevel, contactProblem, eventDetailInDutch, escalationBlockedReason, futureDateProblem, householdSummary, ladderProblem, levelAudience, mayDecideAt, minimiseHandover, missingLegitimation, overbruggingProblem,
  referLevelProblem, referralProblem, settlementClaims, sharesProblem, statusAfter,
} from './model';

const levels = [
  { id: 'a', position: 1, name: 'Eigen team' },
  { id: 'b', position: 2, name: 'Doorbraaktafel' },
  { id: 'c', position: 3, name: 'Taskforce' },
];
const actor = (over: Partial<Actor>): Actor => ({ userId: 'u', userName: 'U', username: 'u', organisationId: 'org', teamId: 't', roles: ['doorbraaktafel'], ...over });

describe('choosing the level', () => {
  it('goes one level up by default, starting at the bottom', () => {
    expect(chooseLevel(levels, null, undefined, undefined)).toEqual({ level: levels[0] });
    expect(chooseLevel(levels, 1, undefined, undefined)).toEqual({ level: levels[1] });
  });
  it('refuses above the top, an unknown level, the same level, and a skip without reason', () => {
    expect(chooseLevel(levels, 3, undefined, undefined)).toMatchObject({ field: 'levelId' });
    expect(chooseLevel(levels, 1, 'zz', undefined)).toMatchObject({ field: 'levelId' });
    expect(chooseLevel(levels, 2, 'b', 'x')).toMatchObject({ field: 'levelId' });
    expect(chooseLevel(levels, null, 'c', undefined)).toMatchObject({ field: 'reason' });
    expect(chooseLevel(levels, null, 'c', 'acuut')).toEqual({ level: levels[2] });
    expect(chooseLevel(levels, null, 'a', undefined)).toEqual({ level: levels[0] });
    expect(chooseLevel([], null, undefined, undefined)).toMatchObject({ field: 'levelId' });
  });
});

describe('states', () => {
  it('follows the outcome of a decision', () => {
    expect(statusAfter('toegekend', false)).toBe('doorbraak');
    expect(statusAfter('afgewezen', false)).toBe('afgewezen');
    expect(statusAfter('overbrugd', false)).toBe('overbrugd');
    expect(statusAfter('doorverwezen', true)).toBe('in_escalatie');
    expect(statusAfter('doorverwezen', false)).toBe('open');
  });
  it('allows escalation after a refusal, not after a breakthrough, an overbrugging or withdrawal', () => {
    expect(escalationBlockedReason('afgewezen')).toBeNull();
    expect(escalationBlockedReason('open')).toBeNull();
    expect(escalationBlockedReason('doorbraak')).toMatch(/doorbroken/);
    expect(escalationBlockedReason('overbrugd')).toMatch(/overbrugging/);
    expect(escalationBlockedReason('ingetrokken')).toMatch(/ingetrokken/);
  });
});

describe('who decides', () => {
  it('the named role of the owning organisation, or the doorbraaktafel of the receiving one', () => {
    const own = { organisationId: 'org', deciderRole: 'teamleider', deciderOrganisationId: null };
    expect(mayDecideAt(actor({ roles: ['teamleider'] }), own)).toBe(true);
    expect(mayDecideAt(actor({ roles: ['doorbraaktafel'] }), own)).toBe(false);
    expect(mayDecideAt(actor({ roles: ['teamleider'], organisationId: 'other' }), own)).toBe(false);
    const pmm = { organisationId: 'org', deciderRole: null, deciderOrganisationId: 'pmm' };
    expect(mayDecideAt(actor({ organisationId: 'pmm' }), pmm)).toBe(true);
    expect(mayDecideAt(actor({}), pmm)).toBe(false);
  });
});

describe('the hand-over summary', () => {
  const members = [
    { name: 'Ruud de Vries', birthDate: '1979-11-02', role: 'aanvrager' },
    { name: 'Jip', birthDate: '2015-03-03', role: 'kind' },
  ];
  it('gives roles and ages only without consent', () => {
    expect(householdSummary(members, '2026-03-02', false)).toEqual({ size: 2, withIdentifiers: false, members: [{ role: 'aanvrager', age: 46 }, { role: 'kind', age: 10 }] });
  });
  it('adds name and birth year with consent, never the full birth date', () => {
    const s = householdSummary(members, '2026-03-03', true);
    expect(s.members[1]).toEqual({ role: 'kind', age: 11, name: 'Jip', birthYear: 2015 });
    expect(JSON.stringify(s)).not.toContain('2015-03-03');
  });
  it('redacts names in free text, whole words only', () => {
    expect(minimiseHandover({ a: ['Woning voor Ruud en jip', 'Jipsy blijft'], n: 3 }, members, false).content).toEqual({ a: ['Woning voor [aanvrager] en jip', 'Jipsy blijft'], n: 3 });
  });

  it('never turns a particle into a name, removes other identifiers with consent too, and leaves structure alone', () => {
    const fam = [{ name: 'Cindy de Vries', role: 'aanvrager' }];
    // The old filter replaced every "de" by "[aanvrager]".
    expect(minimiseHandover('De Vries belde over de huur van de woning', fam, false).content).toBe('[aanvrager] belde over de huur van de woning');
    const r = minimiseHandover({ reason: 'Cindy de Vries, BSN 123456782, Kanaalstraat 12, bel 06-12345678', escalatedOn: '2026-03-02', knelpuntId: 'NL91ABNA0417164300' }, fam, true);
    expect(r.content).toEqual({ reason: 'Cindy de Vries, BSN [BSN], [adres], bel [telefoonnummer]', escalatedOn: '2026-03-02', knelpuntId: 'NL91ABNA0417164300' });
    expect(r.removals.map((x) => x.kind)).toEqual(['bsn', 'adres', 'telefoon']);
  });
});

describe('settling an overbrugging', () => {
  it('every other funder owes the provisional funder its share', () => {
    expect(settlementClaims('maatwerkbudget', [{ funder: 'maatwerkbudget', amountCents: 100 }, { funder: 'zorgverzekeraar', amountCents: 250 }, { funder: 'wlz', amountCents: 0 }])).toEqual([
      { creditor: 'maatwerkbudget', debtor: 'zorgverzekeraar', amountCents: 250, explanation: 'zorgverzekeraar betaalt zijn aandeel terug aan maatwerkbudget, die de hulp voorfinancierde' },
    ]);
    expect(settlementClaims('maatwerkbudget', [{ funder: 'maatwerkbudget', amountCents: 100 }])).toEqual([]);
  });
  it('refuses an empty or duplicated share list', () => {
    expect(sharesProblem([])).toMatchObject({ field: 'shares' });
    expect(sharesProblem([{ funder: 'wlz', amountCents: 1 }, { funder: 'wlz', amountCents: 1 }])).toMatchObject({ field: 'shares.1.funder' });
    expect(sharesProblem([{ funder: 'wlz', amountCents: 1 }])).toBeNull();
  });
});

describe('checks on what is asked', () => {
  it('refuses a stated date after today, and takes an absent one as today', () => {
    expect(futureDateProblem('decidedOn', '2026-03-02', '2026-03-01')).toEqual({ field: 'decidedOn', problem: 'mag niet in de toekomst liggen' });
    expect(futureDateProblem('decidedOn', '2026-03-01', '2026-03-01')).toBeNull();
    expect(futureDateProblem('decidedOn', undefined, '2026-03-01')).toBeNull();
  });

  it('wants either a role or another organisation per level', () => {
    expect(ladderProblem([{ deciderRole: 'teamleider' }, { deciderOrganisationId: 'o' }])).toBeNull();
    expect(ladderProblem([{ deciderRole: 'teamleider' }, { deciderRole: 'teamleider', deciderOrganisationId: 'o' }])?.field).toBe('levels.1.deciderRole');
    expect(ladderProblem([{}])?.field).toBe('levels.0.deciderRole');
  });

  it('names the empty fields of the Omgekeerde Toets', () => {
    expect(missingLegitimation({ toetsRuleGoal: 'doel', toetsCounterproductive: '  ', toetsProportionate: '' })).toEqual(['toetsCounterproductive', 'toetsProportionate']);
  });

  it('ties an overbrugging to the outcome overbrugd and a referral target to doorverwezen', () => {
    expect(overbruggingProblem('overbrugd', false)?.field).toBe('overbrugging');
    expect(overbruggingProblem('toegekend', true)?.problem).toBe('hoort alleen bij de uitkomst overbrugd');
    expect(overbruggingProblem('overbrugd', true)).toBeNull();
    expect(referralProblem('doorverwezen', undefined, undefined)?.field).toBe('referToLevelId');
    expect(referralProblem('doorverwezen', 'l', 'Org')?.field).toBe('referToLevelId');
    expect(referralProblem('doorverwezen', undefined, 'Org')).toBeNull();
    expect(referralProblem('afgewezen', undefined, 'Org')?.field).toBe('referToOrganisation');
    expect(referLevelProblem(null, 'o', 'l1')?.field).toBe('referToLevelId');
    expect(referLevelProblem({ id: 'l2', organisationId: 'x', active: true }, 'o', 'l1')?.problem).toMatch(/geen actieve trede/);
    expect(referLevelProblem({ id: 'l1', organisationId: 'o', active: true }, 'o', 'l1')?.problem).toBe('het knelpunt ligt al op deze trede');
    expect(referLevelProblem({ id: 'l2', organisationId: 'o', active: true }, 'o', 'l1')).toBeNull();
  });

  it('wants a phone number or e-mail address in the register', () => {
    expect(contactProblem({ phone: null, email: null })?.field).toBe('phone');
    expect(contactProblem({ email: 'a@b.nl' })).toBeNull();
  });

  it('tells the own team lead, a named role, or the receiving doorbraaktafel', () => {
    expect(levelAudience({ organisationId: 'o', deciderRole: 'teamleider', deciderOrganisationId: null }, 't')).toEqual({ organisationId: 'o', role: 'teamleider', teamId: 't' });
    expect(levelAudience({ organisationId: 'o', deciderRole: 'budgethouder', deciderOrganisationId: null }, 't')).toEqual({ organisationId: 'o', role: 'budgethouder', teamId: null });
    expect(levelAudience({ organisationId: 'o', deciderRole: null, deciderOrganisationId: 'loket' }, 't')).toEqual({ organisationId: 'loket', role: 'doorbraaktafel', teamId: null });
  });
});

describe('the detail of a knelpunt event in Dutch', () => {
  it('reads a signal stored with its code under the Dutch label, and leaves other details alone', () => {
    expect(eventDetailInDutch('signaal', 'regel_wijzigen: Participatiewet art. 31 (middelen)')).toBe('Deze regel moet veranderen: Participatiewet art. 31 (middelen)');
    expect(eventDetailInDutch('signaal', 'vaste_afspraak: Participatiewet art. 58')).toBe('Hier is een vaste afspraak nodig: Participatiewet art. 58');
    expect(eventDetailInDutch('signaal', 'Deze regel moet veranderen: Wet X')).toBe('Deze regel moet veranderen: Wet X');
    expect(eventDetailInDutch('besluit_toegekend', 'regel_wijzigen: zoals de tafel schreef')).toBe('regel_wijzigen: zoals de tafel schreef');
  });
});
