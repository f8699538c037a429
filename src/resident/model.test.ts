// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { cashDayB1, consentEffect, dutchSyllables, fleschDouma, groundB1, incomeB1, knelpuntB1, logLineB1, messageReceipt, partnerAccessEffect, spendB1 } from './model';

describe('Dutch readability (Flesch-Douma)', () => {
  it('counts Dutch syllables as vowel groups, with ij and trema', () => {
    expect(dutchSyllables('huis')).toBe(1);
    expect(dutchSyllables('woning')).toBe(2);
    expect(dutchSyllables('regisseur')).toBe(3);
    expect(dutchSyllables('toestemming')).toBe(3);
    expect(dutchSyllables('bijstand')).toBe(2);
    expect(dutchSyllables('financiën')).toBe(4);
    expect(dutchSyllables('maatwerkbudget')).toBe(4);
  });
  it('scores by the formula 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    // 2 sentences, 8 words of one syllable: 206.835 − 0.93·4 − 77·1 = 126.1
    const r = fleschDouma('Ik woon in een huis. Het is groot.');
    expect(r).toMatchObject({ sentences: 2, words: 8 });
    expect(r.syllables).toBe(8);
    expect(r.score).toBeCloseTo(126.1, 1);
    expect(fleschDouma('De regisseur maakt een afspraak.').syllables).toBe(8);
  });
  it('rates an official sentence far harder than a plain one', () => {
    const official = fleschDouma('Op grond van de toepasselijke bepalingen van de Participatiewet wordt de aanvullende uitkering vastgesteld met inachtneming van de kostendelersnorm en de middelentoets.');
    const plain = fleschDouma('U krijgt bijstand. Uw inkomen is te laag. De gemeente vult het aan.');
    expect(plain.score).toBeGreaterThan(70);
    expect(official.score).toBeLessThan(30);
  });
});

describe('texts for the resident', () => {
  it('says a decision on a knelpunt in plain words without the professional\'s reasoning', () => {
    expect(knelpuntB1({ solutionNeeded: 'Urgentie voor een woning.', status: 'doorbraak', createdOn: '2026-01-01', decisions: [{ outcome: 'toegekend', decidedOn: '2026-03-04', help: null }] }))
      .toBe('U had dit nodig: urgentie voor een woning. Op 4 maart 2026 is besloten: dit mag. Er komt een oplossing.');
    expect(knelpuntB1({ solutionNeeded: 'Een kamer', status: 'open', createdOn: '2026-01-01', decisions: [] })).toContain('Er is nog geen besluit.');
    expect(knelpuntB1({ solutionNeeded: 'Een kamer', status: 'afgewezen', createdOn: '2026-01-01', decisions: [{ outcome: 'afgewezen', decidedOn: '2026-02-01', help: null }] })).toContain('U kunt bezwaar maken');
  });
  it('rewrites the income check per scheme with the amount and why', () => {
    const r = incomeB1({
      datum: '2026-05-01', sociaalMinimum: 130_000, nettoInkomenPerMaand: 40_000,
      bijstand: { regeling: 'participatiewet', naam: 'Bijstand', recht: true, bedragPerMaand: 90_000, uitbetalingPerMaand: 85_000 },
      toeslagen: [{ regeling: 'zorgtoeslag', naam: 'Zorgtoeslag', recht: true, bedragPerMaand: 12_300 }, { regeling: 'huurtoeslag', naam: 'Huurtoeslag', recht: false, bedragPerMaand: 0 }],
      gemeentelijk: [], besteedbaarPerMaand: 150_000,
    });
    expect(r.regels.map((x) => [x.naam, x.recht, x.bedragPerMaand])).toEqual([['Bijstand', true, 85_000], ['Zorgtoeslag', true, 12_300], ['Huurtoeslag', false, 0]]);
    expect(r.regels[0].tekst).toContain('€ 400,00 per maand');
    expect(r.regels[0].tekst).toContain('€ 1.300,00');
    expect(r.regels[1].tekst).toContain('Dienst Toeslagen');
    expect(r.slot).toContain('schatting');
  });
  it('shows the effect of consent before it is confirmed', () => {
    expect(consentEffect('Woningcorporatie Mitros', 'plan_delen', false)).toBe('Als u uw toestemming intrekt, mag Woningcorporatie Mitros vanaf nu niet meer uw plan en de afspraken lezen. Dat geldt meteen. Wat al gedeeld is, blijft bij Woningcorporatie Mitros. Uw regisseur ziet dat u de toestemming heeft ingetrokken.');
    expect(consentEffect('GGZ', 'contact_opnemen', true)).toContain('mag GGZ vanaf nu met uw regisseur over u praten');
    expect(groundB1({ informal: false, byResident: false, consent: null })).toContain('AVG artikel 6');
    expect(groundB1({ informal: false, byResident: false, consent: false })).toBe('U heeft uw toestemming ingetrokken.');
  });
  it('writes a log line as who looked at what, why and when', () => {
    expect(logLineB1({ at: '2026-04-23T10:00:00Z', userName: 'Sanne Bakker', role: 'professional', action: 'lezen', resource: 'casus', purpose: 'hulpverlening' }, (r) => (r === 'professional' ? 'Professional' : r)))
      .toBe('Op 23 april 2026 bekeek Sanne Bakker (professional) uw dossier, om u te helpen.');
  });
  it('names amounts in euros and dates in words', () => {
    expect(spendB1({ amountCents: 12_550, status: 'toegekend', spentOn: '2026-02-03', description: 'Bakfiets', justification: 'Zo kunt u de kinderen wegbrengen', payee: 'Fietsenwinkel' }))
      .toBe('Bakfiets: € 125,50, betaald aan Fietsenwinkel. Betaald op 3 februari 2026. Waarom? Zo kunt u de kinderen wegbrengen.');
    expect(cashDayB1({ datum: '2026-03-05', inCents: 50_000, uitCents: 0, saldoCents: 52_500, posten: ['loon'] })).toBe('Op 5 maart 2026 komt er € 500,00 binnen (loon). Daarna staat er € 525,00 op de rekening.');
    expect(messageReceipt('inzage', 'Sanne')).toContain('AVG artikel 15');
  });
});

describe('partnerAccessEffect (ADR 0028)', () => {
  const p = (partnerUserName: string, active: boolean, access: string) => ({ partnerUserName, active, access });
  it('giving brings back only the partners of running invitations', () => {
    expect(partnerAccessEffect('Mitros', [p('Yvonne', true, 'toestemming_ingetrokken'), p('Kees', false, 'uitnodiging_beeindigd')], true)).toBe('Yvonne van Mitros kan dan meteen weer meekijken in uw plan.');
    expect(partnerAccessEffect('Mitros', [p('Kees', false, 'uitnodiging_beeindigd')], true)).toBe('Nu kijkt niemand van Mitros mee in uw plan. Dat gebeurt pas als uw regisseur iemand van Mitros uitnodigt.');
    expect(partnerAccessEffect('Mitros', [p('Yvonne', true, 'toegang')], true)).toBe('Yvonne van Mitros kijkt al mee in uw plan.');
  });
  it('withdrawing names who stops now, and says nothing when nobody looks', () => {
    expect(partnerAccessEffect('Mitros', [p('Yvonne', true, 'toegang'), p('Yvonne', true, 'toegang')], false)).toBe('Yvonne van Mitros kan dan meteen niet meer meekijken in uw plan.');
    expect(partnerAccessEffect('Mitros', [p('Kees', false, 'uitnodiging_beeindigd')], false)).toBe('');
  });
});
