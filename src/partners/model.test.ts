// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { accessState, firstName, partnerHousehold, partnerPlan } from './model';

describe('what a partner sees', () => {
  it('first names and age bands, never a birth date or surname', () => {
    const h = partnerHousehold([{ name: 'Cindy de Vries', birthDate: '1991-03-14', role: 'aanvrager' }, { name: 'Daan de Vries', birthDate: '2019-01-30', role: 'kind' }], '2026-04-23');
    expect(h).toEqual([
      { firstName: 'Cindy', role: 'aanvrager', ageBand: '27-44', ageBandLabel: '27 tot 45 jaar' },
      { firstName: 'Daan', role: 'kind', ageBand: '4-11', ageBandLabel: '4 tot 12 jaar' },
    ]);
    expect(JSON.stringify(h)).not.toMatch(/1991|2019|Vries/);
    expect(firstName('  Noah ')).toBe('Noah');
  });
  it('only the actions of its own party and the goals they serve; every party with contacts', () => {
    const plan = {
      goals: [{ id: 'g1', domain: 'huisvesting', description: 'Woning', targetDate: null, status: 'loopt' }, { id: 'g2', domain: 'financien', description: 'Schulden', targetDate: null, status: 'open' }],
      actions: [
        { id: 'a1', goalId: 'g1', description: 'Woning aanbieden', ownerPartyId: 'p1', dueDate: '2026-04-01', status: 'bezig' as const, version: 2 },
        { id: 'a2', goalId: 'g2', description: 'Schulden in kaart', ownerPartyId: 'p2', dueDate: null, status: 'open' as const, version: 1 },
        { id: 'a3', goalId: 'g1', description: 'Urgentie aanvragen', ownerPartyId: null, dueDate: null, status: 'gedaan' as const, version: 1 },
      ],
      parties: [{ id: 'p1', organisationName: 'Mitros', contactName: 'Yvonne', contact: '030-1234567', role: 'wooncoach', status: 'betrokken' }, { id: 'p2', organisationName: 'Schuldhulp', contactName: '', contact: '', role: 'intake', status: 'betrokken' }],
    };
    const v = partnerPlan(plan, 'p1', '2026-04-23');
    expect(v.actions.map((a) => [a.id, a.overdue])).toEqual([['a1', true]]);
    expect(v.goals.map((g) => g.id)).toEqual(['g1']);
    expect(v.parties.map((p) => [p.organisationName, p.mine])).toEqual([['Mitros', true], ['Schuldhulp', false]]);
  });
  it('access ends with the invitation, with the consent and with the case', () => {
    const ok = { allowed: true, state: 'geldig' };
    expect(accessState({ status: 'actief' }, 'open', ok)).toBe('toegang');
    expect(accessState({ status: 'beeindigd' }, 'open', ok)).toBe('uitnodiging_beeindigd');
    expect(accessState({ status: 'actief' }, 'open', { allowed: false, state: 'ingetrokken' })).toBe('toestemming_ingetrokken');
    expect(accessState({ status: 'actief' }, 'open', { allowed: false, state: 'verlopen' })).toBe('toestemming_verlopen');
    expect(accessState({ status: 'actief' }, 'gesloten', ok)).toBe('casus_gesloten');
  });
});
