// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { effectOf, groupRuleRefs, leadTimeDays, parseRuleRef, refKey, stepRefusal, type ProposalState } from './model';

describe('the canonical rule reference', () => {
  it.each([
    ['Huisvestingsverordening (urgentie)', { law: 'Huisvestingsverordening', article: null, topic: 'urgentie' }],
    ['Huisvestingsverordening art. 2.6.4', { law: 'Huisvestingsverordening', article: '2.6.4', topic: null }],
    ['Huisvestingsverordening art. 2.6 (urgentie)', { law: 'Huisvestingsverordening', article: '2.6', topic: 'urgentie' }],
    ['Huisvestingsverordening Tilburg urgentie', { law: 'Huisvestingsverordening', article: null, topic: 'urgentie' }],
    ['Huisvestingsverordening Utrecht art. 2.5.2 (urgentie)', { law: 'Huisvestingsverordening', article: '2.5.2', topic: 'urgentie' }],
    ['Participatiewet artikel 31, lid 2 (middelen)', { law: 'Participatiewet', article: '31', topic: 'middelen' }],
    ['PW art. 31', { law: 'Participatiewet', article: '31', topic: null }],
    ['Participatiewet art. 31 en 45 (verrekening)', { law: 'Participatiewet', article: '31', topic: 'verrekening' }],
    ['Awir art. 30 (verrekening)', { law: 'Awir', article: '30', topic: 'verrekening' }],
    ['Algemene wet inkomensafhankelijke regelingen art. 30', { law: 'Awir', article: '30', topic: null }],
    ['Burgerlijk Wetboek art. 1:408', { law: 'Burgerlijk Wetboek', article: '1:408', topic: null }],
    ['Wet op de huurtoeslag art. 20 (jongeren onder 23)', { law: 'Wet op de huurtoeslag', article: '20', topic: 'jongeren onder 23' }],
  ])('parses %s', (raw, ref) => expect(parseRuleRef(raw)).toEqual(ref));

  it('gives the same key to spellings of one article', () => {
    expect(refKey(parseRuleRef('Participatiewet art. 31 (middelen)'))).toBe(refKey(parseRuleRef('PW artikel 31 lid 1')));
    expect(refKey(parseRuleRef('Awir art. 30'))).toBe(refKey(parseRuleRef('Algemene wet inkomensafhankelijke regelingen art. 30 (verrekening)')));
  });

  it('groups the three urgency references as one rule, named by the coarsest article', () => {
    const g = groupRuleRefs(['Huisvestingsverordening art. 2.6.4', 'Huisvestingsverordening (urgentie)', 'Huisvestingsverordening art. 2.6 (urgentie)', 'Participatiewet art. 31 (middelen)', 'PW art. 31']);
    expect(g.map((x) => [x.label, x.members])).toEqual([
      ['Huisvestingsverordening art. 2.6 (urgentie)', ['Huisvestingsverordening (urgentie)', 'Huisvestingsverordening art. 2.6 (urgentie)', 'Huisvestingsverordening art. 2.6.4']],
      ['Participatiewet art. 31 (middelen)', ['PW art. 31', 'Participatiewet art. 31 (middelen)']],
    ]);
  });

  it('joins an article-less reference to the only article of its law, keeps it apart when the topic points elsewhere', () => {
    expect(groupRuleRefs(['Huisvestingsverordening (urgentie)', 'Huisvestingsverordening art. 2.6.4']).map((x) => x.members.length)).toEqual([2]);
    const g = groupRuleRefs(['Huisvestingsverordening (urgentie)', 'Huisvestingsverordening art. 3.1 (vergunning)']);
    expect(g.map((x) => x.label)).toEqual(['Huisvestingsverordening (urgentie)', 'Huisvestingsverordening art. 3.1 (vergunning)']);
    const two = groupRuleRefs(['Participatiewet', 'Participatiewet art. 31', 'Participatiewet art. 58']);
    expect(two.map((x) => x.label)).toEqual(['Participatiewet', 'Participatiewet art. 31', 'Participatiewet art. 58']);
  });
});

describe('the follow-up state machine', () => {
  const s = (stage: ProposalState['stage'], extra: Partial<ProposalState> = {}): ProposalState => ({ stage, decision: null, agendaOn: null, decidedOn: null, ...extra });
  it('walks voorgesteld → geagendeerd → besloten → ingevoerd', () => {
    expect(stepRefusal(s('voorgesteld'), { to: 'geagendeerd', table: 'Doorbraaktafel Tilburg', on: '2026-03-01' })).toBeNull();
    // Not before the proposal was made; on the same day it may.
    expect(stepRefusal(s('voorgesteld', { createdOn: '2026-03-01' }), { to: 'geagendeerd', table: 'Doorbraaktafel Tilburg', on: '2026-03-01' })).toBeNull();
    expect(stepRefusal(s('voorgesteld', { createdOn: '2026-03-02' }), { to: 'geagendeerd', table: 'Doorbraaktafel Tilburg', on: '2026-03-01' })).toEqual({ field: 'on', reason: 'De vergadering kan niet vóór het voorstel liggen; het is voorgesteld op 2 maart 2026.' });
    expect(stepRefusal(s('geagendeerd', { agendaOn: '2026-03-01' }), { to: 'geagendeerd', table: 'Stuurgroep Wonen', on: '2026-04-01' })).toBeNull();
    expect(stepRefusal(s('geagendeerd', { agendaOn: '2026-03-01' }), { to: 'besloten', decision: 'aangenomen', reason: 'Past in het beleid', on: '2026-03-01' })).toBeNull();
    expect(stepRefusal(s('besloten', { decision: 'aangenomen', decidedOn: '2026-03-01' }), { to: 'ingevoerd', kind: 'regel', description: 'Beleidsregel urgentie aangepast', from: '2026-04-01' })).toBeNull();
  });
  it('refuses skipping, going back, implementing a rejection and dates out of order', () => {
    expect(stepRefusal(s('voorgesteld'), { to: 'besloten', decision: 'aangenomen', reason: 'Goed idee', on: '2026-03-01' })?.reason).toMatch(/pas besloten nadat het op een agenda stond/);
    expect(stepRefusal(s('voorgesteld'), { to: 'ingevoerd', kind: 'regel', description: 'Gewijzigd', from: '2026-03-01' })?.reason).toMatch(/Alleen een aangenomen voorstel/);
    expect(stepRefusal(s('besloten', { decision: 'verworpen' }), { to: 'ingevoerd', kind: 'regel', description: 'Gewijzigd', from: '2026-03-01' })?.reason).toMatch(/verworpen voorstel/);
    expect(stepRefusal(s('besloten', { decision: 'aangenomen' }), { to: 'geagendeerd', table: 'Tafel', on: '2026-03-01' })?.reason).toMatch(/kan niet meer worden geagendeerd/);
    expect(stepRefusal(s('besloten', { decision: 'aangenomen' }), { to: 'besloten', decision: 'verworpen', reason: 'Toch niet', on: '2026-03-01' })?.reason).toMatch(/al besloten/);
    expect(stepRefusal(s('ingevoerd', { decision: 'aangenomen' }), { to: 'ingevoerd', kind: 'regel', description: 'Gewijzigd', from: '2026-03-01' })?.reason).toMatch(/al ingevoerd/);
    expect(stepRefusal(s('geagendeerd', { agendaOn: '2026-03-10' }), { to: 'besloten', decision: 'aangenomen', reason: 'Past in het beleid', on: '2026-03-09' })?.reason).toMatch(/vóór de vergadering/);
    expect(stepRefusal(s('geagendeerd'), { to: 'besloten', decision: 'verworpen', reason: '', on: '2026-03-09' })).toEqual({ field: 'reason', reason: expect.stringMatching(/reden/) });
    expect(stepRefusal(s('voorgesteld'), { to: 'besloten', decision: 'verworpen', reason: 'Te duur', on: '2026-03-09' })?.field).toBeNull();
    expect(stepRefusal(s('besloten', { decision: 'aangenomen', decidedOn: '2026-03-10' }), { to: 'ingevoerd', kind: 'regel', description: 'Gewijzigd', from: '2026-03-01' })?.reason).toMatch(/vóór het besluit/);
  });
});

describe('effect and lead time', () => {
  it('counts knelpunten in two periods of equal length around the change', () => {
    const dates = ['2025-12-01', '2026-01-05', '2026-01-20', '2026-02-10', '2026-02-27', '2026-03-01', '2026-04-15', '2026-04-30'];
    const e = effectOf(dates, '2026-03-01', '2026-04-30')!;
    expect(e.periodDays).toBe(60);
    expect(e.before).toEqual({ from: '2025-12-31', through: '2026-02-28', count: 4 });
    expect(e.after).toEqual({ from: '2026-03-01', through: '2026-04-30', count: 3 });
    expect(e.beforePer30).toBe(2);
    expect(e.afterPer30).toBe(1.5);
    expect(e.changePct).toBe(-25);
    expect(e.months).toEqual([
      { month: '2025-12', count: 0, after: false },
      { month: '2026-01', count: 2, after: false },
      { month: '2026-02', count: 2, after: false },
      { month: '2026-03', count: 1, after: true },
      { month: '2026-04', count: 2, after: true },
    ]);
  });
  it('has no effect before the change took effect, no percentage without a before', () => {
    expect(effectOf(['2026-01-01'], '2026-05-01', '2026-05-01')).toBeNull();
    expect(effectOf(['2026-05-02'], '2026-05-01', '2026-05-10')!.changePct).toBeNull();
  });
  it('measures the days from the first knelpunt to the change', () => {
    expect(leadTimeDays('2026-01-01', '2026-03-01')).toBe(59);
    expect(leadTimeDays(null, '2026-03-01')).toBeNull();
  });
});
