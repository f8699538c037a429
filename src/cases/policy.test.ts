// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Actor } from '../platform/authz';
import { NOTE_PURPOSES } from './model';
import {
  canEditCase, casePurpose, caseScope, enforce, mayCorrectNote, mayEditCase, mayReadCase, mayReadSupportData, mayUseHousehold, mayWorkOnCases, mayWriteNote, notePurposeOfProcessing,
  readableNotePurposes, writableNotePurposes, NOTE_READERS,
} from './policy';

const actor = (roles: Actor['roles'], teamId: string | null = 't1', userId = 'u1'): Actor => ({ userId, userName: 'U', username: 'u', organisationId: 'o', teamId, roles });
const professional = actor(['professional']);
const teamleider = actor(['teamleider']);
const handhaver = actor(['handhaving'], null);
const budgethouder = actor(['budgethouder']);
const withoutTeam = actor(['professional'], null);

describe('case policy: who works on cases', () => {
  it('support roles with a team see their team, enforcement the organisation, others nothing', () => {
    expect(caseScope(professional)).toBe('team');
    expect(caseScope(teamleider)).toBe('team');
    expect(caseScope(handhaver)).toBe('organisation');
    expect(caseScope(withoutTeam)).toBe('none');
    expect(caseScope(budgethouder)).toBe('none');
  });
  it('refuses a role without case access, and tells a professional without a team to ask the admin', () => {
    expect(mayWorkOnCases(professional)).toBeNull();
    expect(mayWorkOnCases(handhaver)).toBeNull();
    expect(mayWorkOnCases(budgethouder)).toMatchObject({ status: 403, detail: 'Uw rol geeft geen toegang tot casussen.' });
    expect(mayWorkOnCases(withoutTeam)).toMatchObject({ status: 403, detail: expect.stringContaining('nog niet aan een team gekoppeld') });
  });
  it('only the support roles edit the case file and read assessment and plan; their purpose is hulpverlening', () => {
    expect(canEditCase(professional)).toBe(true);
    expect(canEditCase(teamleider)).toBe(true);
    expect(canEditCase(handhaver)).toBe(false);
    expect(mayEditCase(professional)).toBeNull();
    expect(mayEditCase(handhaver)).toMatchObject({ status: 403, code: 'geen_toegang' });
    expect(mayReadSupportData(handhaver)).toMatchObject({ status: 403 });
    expect(casePurpose(professional)).toBe('hulpverlening');
    expect(casePurpose(handhaver)).toBe('handhaving');
  });
  it('a case of another team is refused for the team roles, not for enforcement', () => {
    expect(mayReadCase(professional, { teamId: 't1' })).toBeNull();
    expect(mayReadCase(professional, { teamId: 't2' })).toMatchObject({ status: 403, detail: 'Deze casus hoort bij een ander team.' });
    expect(mayReadCase(handhaver, { teamId: 't2' })).toBeNull();
    expect(mayReadCase(budgethouder, { teamId: 't1' })).toMatchObject({ status: 403 });
  });
  it('a household with only cases of another team is refused for the team; one without cases is open to it', () => {
    expect(mayUseHousehold(professional, { any: false, mine: false })).toBeNull();
    expect(mayUseHousehold(professional, { any: true, mine: true })).toBeNull();
    expect(mayUseHousehold(professional, { any: true, mine: false })).toMatchObject({ status: 403, detail: 'Dit huishouden hoort bij een casus van een ander team.' });
    expect(mayUseHousehold(handhaver, { any: true, mine: false })).toBeNull();
    expect(mayUseHousehold(budgethouder, { any: false, mine: false })).toMatchObject({ status: 403 });
  });
});

describe('case policy: notes (doelbinding)', () => {
  it('lists the readable and writable purposes in the order of NOTE_PURPOSES', () => {
    expect(Object.keys(NOTE_READERS)).toEqual([...NOTE_PURPOSES]);
    expect(readableNotePurposes(professional)).toEqual(['hulpverlening', 'toegang', 'handhaving']);
    expect(writableNotePurposes(professional)).toEqual(['hulpverlening', 'toegang']);
    expect(readableNotePurposes(handhaver)).toEqual(['toegang', 'handhaving']);
    expect(writableNotePurposes(handhaver)).toEqual(['handhaving']);
    expect(readableNotePurposes(budgethouder)).toEqual([]);
  });
  it('refuses writing a note of a purpose the role may not write', () => {
    expect(mayWriteNote(professional, 'hulpverlening')).toBeNull();
    expect(mayWriteNote(professional, 'handhaving')).toMatchObject({ status: 403, detail: 'Uw rol mag geen notities met het doel "handhaving" schrijven.' });
    expect(mayWriteNote(handhaver, 'hulpverlening')).toMatchObject({ status: 403 });
  });
  it('only the author corrects a note, and only one they may read', () => {
    expect(mayCorrectNote(professional, { purpose: 'hulpverlening', authorId: 'u1' })).toBeNull();
    expect(mayCorrectNote(actor(['professional'], 't1', 'u2'), { purpose: 'hulpverlening', authorId: 'u1' })).toMatchObject({ status: 403, detail: 'U kunt alleen uw eigen notities corrigeren.' });
    expect(mayCorrectNote(actor(['handhaving'], null, 'u1'), { purpose: 'hulpverlening', authorId: 'u1' })).toMatchObject({ status: 403, detail: 'U mag deze notitie niet lezen of wijzigen.' });
  });
  it('logs enforcement notes under handhaving and the others under hulpverlening', () => {
    expect(notePurposeOfProcessing('handhaving')).toBe('handhaving');
    expect(notePurposeOfProcessing('toegang')).toBe('hulpverlening');
    expect(notePurposeOfProcessing('hulpverlening')).toBe('hulpverlening');
  });
  it('enforce throws the refusal and passes null', () => {
    expect(() => enforce(null)).not.toThrow();
    expect(() => enforce(mayEditCase(handhaver))).toThrow(/professional of teamleider/);
  });
});
