// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ageOn, caseChangeText, currentScores, describeCaseEvent, eventVisible, isOverdue, isValidBsn, noteText, planItemText, scoresText } from './model';
import { caseScope, readableNotePurposes, canWriteNote } from './policy';
import type { Actor } from '../platform/authz';

const actor = (roles: Actor['roles'], teamId: string | null = 't1'): Actor => ({ userId: 'u', userName: 'U', username: 'u', organisationId: 'o', teamId, roles });

describe('elfproef', () => {
  it('accepts a number whose weighted sum is divisible by 11', () => {
    // 111222333: 9+8+7+12+10+8+9+6 = 69, minus 3 = 66 = 6 x 11
    expect(isValidBsn('111222333')).toBe(true);
    // 123456782: 9+16+21+24+25+24+21+16 = 156, minus 2 = 154 = 14 x 11
    expect(isValidBsn('123456782')).toBe(true);
  });
  it('refuses one digit off, wrong length, letters and all zeros', () => {
    expect(isValidBsn('111222334')).toBe(false); // 69 - 4 = 65
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
});

describe('note visibility (doelbinding)', () => {
  it('handhaving never reads hulpverlening notes and writes only handhaving notes', () => {
    const h = actor(['handhaving'], null);
    expect(readableNotePurposes(h)).toEqual(['toegang', 'handhaving']);
    expect(canWriteNote(h, 'hulpverlening')).toBe(false);
    expect(canWriteNote(h, 'handhaving')).toBe(true);
  });
  it('a professional reads all three purposes but cannot write enforcement notes', () => {
    const p = actor(['professional']);
    expect(readableNotePurposes(p)).toEqual(['hulpverlening', 'toegang', 'handhaving']);
    expect(canWriteNote(p, 'handhaving')).toBe(false);
  });
  it('budget holders and policy advisers have no case scope', () => {
    expect(caseScope(actor(['budgethouder']))).toBe('none');
    expect(caseScope(actor(['beleid']))).toBe('none');
    expect(caseScope(actor(['professional'], null))).toBe('none');
    expect(caseScope(actor(['handhaving'], null))).toBe('organisation');
  });
});

describe('helpers', () => {
  it('counts age in whole years', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
  });
  it('marks open and running actions past their due date as overdue', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'gedaan', dueDate: '2026-11-22' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'bezig', dueDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, '2026-11-23')).toBe(false);
  });
  it('takes the latest score per domain, in domain order', () => {
    const cur = currentScores([
      { domain: 'huisvesting', score: 1, assessedOn: '2026-01-10', reason: 'dakloos' },
      { domain: 'financien', score: 2, assessedOn: '2026-01-10', reason: 'schulden' },
      { domain: 'huisvesting', score: 3, assessedOn: '2026-03-01', reason: 'kamer' },
    ]);
    expect(cur.map((s) => [s.domain, s.score])).toEqual([['financien', 2], ['huisvesting', 3]]);
  });
});

describe('history in plain Dutch', () => {
  it('describes the older events without codes or ids', () => {
    expect(describeCaseEvent({ kind: 'geopend', detail: 'melding' })).toBe('Casus geopend: na een melding.');
    expect(describeCaseEvent({ kind: 'regisseur_gewijzigd', detail: '6b1c0e1e-0000-4000-8000-000000000000', regisseurName: 'Ahmed El Idrissi' })).toBe('Regisseur gewijzigd in Ahmed El Idrissi.');
    expect(describeCaseEvent({ kind: 'regisseur_gewijzigd', detail: '6b1c0e1e-0000-4000-8000-000000000000', regisseurName: null })).toBe('Regisseur gewijzigd.');
    expect(describeCaseEvent({ kind: 'gesloten', detail: 'Doelen behaald' })).toBe('Casus gesloten: Doelen behaald');
  });
  it('names what changed in a case, a plan item, the scores and a note', () => {
    expect(caseChangeText({ title: 'A', summary: 'x', wamsPhase: 'verkenning' }, { summary: 'y', wamsPhase: 'coordinatie', phaseStartedOn: '2026-04-23' }, '2026-05-01')).toBe('Samenvatting gewijzigd; Wams-fase van Verkenning naar Coördinatie (vanaf 23 april 2026).');
    expect(caseChangeText({ title: 'A', summary: 'x', wamsPhase: 'verkenning' }, { title: 'A' }, '2026-05-01')).toBeNull();
    expect(planItemText('actions', 'wijzigen', { description: 'Bellen met Vivare' }, { status: 'gedaan', dueDate: '2026-01-05' })).toBe('Actie “Bellen met Vivare” gewijzigd: status gedaan, uiterlijk 5 januari 2026.');
    expect(planItemText('parties', 'aanmaken', { organisationName: 'Buurtteam Jeugd' })).toBe('Betrokken partij toegevoegd: “Buurtteam Jeugd”.');
    expect(scoresText('2026-04-23', [{ domain: 'financien', score: 3 }, { domain: 'huisvesting', score: 4 }])).toBe('Scores vastgelegd (beoordeling van 23 april 2026): Financiën 3, Huisvesting 4.');
    expect(noteText('aanmaken', 'toegang')).toBe('Notitie geschreven (doel: toegang tot een voorziening).');
  });
  it('shows plan, score and support-note events only to who may read them', () => {
    const handhaver = { support: false, notePurposes: ['toegang', 'handhaving'] };
    const professional = { support: true, notePurposes: ['hulpverlening', 'toegang', 'handhaving'] };
    for (const kind of ['plan.goals.aanmaken', 'zelfredzaamheid.vastgelegd', 'notitie.hulpverlening.aanmaken']) {
      expect(eventVisible(kind, handhaver)).toBe(false);
      expect(eventVisible(kind, professional)).toBe(true);
    }
    expect(eventVisible('notitie.handhaving.wijzigen', handhaver)).toBe(true);
    expect(eventVisible('gewijzigd', handhaver)).toBe(true);
  });
});
