// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ageOn, algoritmeregister, conditionsHold, findMatch, firesOn, guardAttribute, handleRefusal, ruleScore, validateRule, type CaseEvent, type RuleInput } from './model';

const TILBURG: RuleInput = {
  name: 'Scheiding, bijstand en woning',
  purpose: 'Vroeg ondersteunen na een scheiding',
  legalGround: 'Wmo 2015 art. 2.3.2; Participatiewet art. 7',
  owner: 'Team Sociaal Domein',
  events: ['scheiding_vastgelegd', 'bijstandsaanvraag', 'woningaanvraag'],
  windowDays: 90,
  ordered: false,
  conditions: [],
  risks: 'Te veel signalen',
  contact: 'beleid@tilburg.example',
};
let seq = 0;
const ev = (type: string, on: string, id = `${type}-${on}`): CaseEvent => ({ id, type, on, seq: ++seq });

describe('the fairness guard', () => {
  it.each([
    ['nationaliteit', 'Nationaliteit'],
    ['Nationality', 'Nationaliteit'],
    ['etniciteit', 'Etniciteit'],
    ['geboorteland', 'Etniciteit'],
    ['migratieachtergrond', 'Etniciteit'],
    ['religie', 'Godsdienst'],
    ['geloof', 'Godsdienst'],
    ['geslacht', 'Geslacht'],
    ['gender', 'Geslacht'],
    ['postcode', 'Postcode'],
    ['wijk', 'Postcode'],
    ['buurt', 'Postcode'],
  ])('refuses %s with a Dutch reason', (attribute, start) => {
    const reason = guardAttribute(attribute, 1);
    expect(reason).toMatch(new RegExp(`^${start}`));
    const problems = validateRule({ ...TILBURG, conditions: [{ attribute, operator: 'minstens', value: 1 }] });
    expect(problems).toEqual([{ name: 'conditions.0.attribute', reason, code: 'beschermd_kenmerk' }]);
  });

  it('refuses a protected attribute smuggled in as an event', () => {
    const problems = validateRule({ ...TILBURG, events: ['scheiding_vastgelegd', 'postcode'] });
    expect(problems).toEqual([{ name: 'events.1', reason: expect.stringMatching(/^Postcode, wijk of buurt/), code: 'beschermd_kenmerk' }]);
  });

  it('allows age only as a legal age limit', () => {
    expect(guardAttribute('leeftijd', 27)).toBeNull();
    expect(guardAttribute('leeftijd', 21)).toBeNull();
    expect(guardAttribute('leeftijd', 30)).toMatch(/alleen als wettelijke leeftijdsgrens/);
    expect(validateRule({ ...TILBURG, conditions: [{ attribute: 'leeftijd', operator: 'jonger_dan', value: 45 }] })[0].code).toBe('geen_wettelijke_leeftijdsgrens');
    expect(validateRule({ ...TILBURG, conditions: [{ attribute: 'leeftijd', operator: 'jonger_dan', value: 27 }] })).toEqual([]);
  });

  it('refuses unknown attributes and events, a missing purpose, and an enforcement purpose', () => {
    const p = validateRule({ ...TILBURG, events: ['scheiding_vastgelegd', 'autoaankoop'], purpose: '', conditions: [{ attribute: 'inkomen', operator: 'minstens', value: 1 }] });
    expect(p.map((x) => [x.name, x.code])).toEqual([['events.1', 'onbekende_gebeurtenis'], ['conditions.0.attribute', 'onbekend_kenmerk'], ['purpose', 'verplicht']]);
    expect(validateRule({ ...TILBURG, purpose: 'Fraude opsporen bij bijstand' }).map((x) => x.code)).toEqual(['doel_handhaving']);
    expect(validateRule({ ...TILBURG, events: ['bijstandsaanvraag'] }).map((x) => x.code)).toEqual(['te_weinig_gebeurtenissen']);
    expect(validateRule({ ...TILBURG, windowDays: 0 }).map((x) => x.code)).toEqual(['ongeldig_venster']);
  });

  it('accepts the Tilburg rule', () => expect(validateRule(TILBURG)).toEqual([]));
});

describe('the evaluator: windows and ordering', () => {
  it('fires when the last of the three arrives within 90 days, counting the window inclusively', () => {
    const a = ev('scheiding_vastgelegd', '2026-01-01');
    const b = ev('bijstandsaanvraag', '2026-02-01');
    const c = ev('woningaanvraag', '2026-04-01'); // day 90
    expect(firesOn(TILBURG, [], a, null)).toBeNull();
    expect(firesOn(TILBURG, [a], b, null)).toBeNull();
    expect(firesOn(TILBURG, [a, b], c, null)).toEqual({ eventIds: [a.id, b.id, c.id], from: '2026-01-01', through: '2026-04-01' });
  });

  it('does not fire when the events are 91 days apart', () => {
    const a = ev('scheiding_vastgelegd', '2026-01-01');
    const b = ev('bijstandsaanvraag', '2026-02-01');
    const c = ev('woningaanvraag', '2026-04-02'); // day 91
    expect(firesOn(TILBURG, [a, b], c, null)).toBeNull();
  });

  it('uses a later start when the first event is too old, and fires for an event recorded late with an earlier date', () => {
    const old = ev('scheiding_vastgelegd', '2025-06-01');
    const b = ev('bijstandsaanvraag', '2026-02-01');
    const c = ev('woningaanvraag', '2026-02-10');
    expect(firesOn(TILBURG, [old, b], c, null)).toBeNull();
    const late = ev('scheiding_vastgelegd', '2026-01-20'); // recorded now, happened before
    expect(firesOn(TILBURG, [old, b, c], late, null)?.eventIds).toEqual([late.id, b.id, c.id]);
  });

  it('respects the order when the rule is ordered, also on the same day by recording order', () => {
    const rule = { ...TILBURG, ordered: true };
    const b = ev('bijstandsaanvraag', '2026-01-05');
    const a = ev('scheiding_vastgelegd', '2026-01-10');
    const c = ev('woningaanvraag', '2026-01-20');
    expect(firesOn(rule, [b, a], c, null)).toBeNull();
    expect(firesOn({ ...rule, ordered: false }, [b, a], c, null)).not.toBeNull();
    // Same day: the recording order decides. Recorded after the scheiding, the bijstandsaanvraag completes the order.
    const b2 = ev('bijstandsaanvraag', '2026-01-10');
    expect(firesOn(rule, [b, a, c], b2, null)?.eventIds).toEqual([a.id, b2.id, c.id]);
    const x = ev('bijstandsaanvraag', '2026-03-01');
    const y = ev('scheiding_vastgelegd', '2026-03-01'); // recorded after the aanvraag on the same day
    const z = ev('woningaanvraag', '2026-03-02');
    expect(firesOn(rule, [x, y], z, null)).toBeNull();
  });

  it('fires once per combination: a later duplicate event does not fire again, a fresh combination after the last firing does', () => {
    const a = ev('scheiding_vastgelegd', '2026-01-01');
    const b = ev('bijstandsaanvraag', '2026-01-02');
    const c = ev('woningaanvraag', '2026-01-03');
    const fired = firesOn(TILBURG, [a, b], c, null)!;
    const through = { on: fired.through, seq: c.seq };
    const c2 = ev('woningaanvraag', '2026-01-04');
    expect(firesOn(TILBURG, [a, b, c], c2, through)).toBeNull();
    const a3 = ev('scheiding_vastgelegd', '2026-06-01');
    const b3 = ev('bijstandsaanvraag', '2026-06-02');
    const c3 = ev('woningaanvraag', '2026-06-03');
    expect(firesOn(TILBURG, [a, b, c, c2, a3, b3], c3, through)?.eventIds).toEqual([a3.id, b3.id, c3.id]);
  });

  it('ignores events the rule does not name', () => {
    expect(findMatch(TILBURG, [ev('baanverlies', '2026-01-01'), ev('scheiding_vastgelegd', '2026-01-01'), ev('bijstandsaanvraag', '2026-01-02')])).toBeNull();
  });
});

describe('handling and scores', () => {
  it('handles once, with a reason', () => {
    expect(handleRefusal('open', 'kort')).toMatch(/minstens vijf/);
    expect(handleRefusal('open', 'Gezin heeft al hulp')).toBeNull();
    expect(handleRefusal('terzijde', 'Gezin heeft al hulp')).toMatch(/al terzijde gelegd/);
  });
  it('marks a rule noisy when most handled firings were dismissed', () => {
    expect(ruleScore({ fired: 10, dismissed: 7, acted: 2 })).toEqual({ fired: 10, dismissed: 7, acted: 2, open: 1, dismissedShare: 7 / 9, noisy: true });
    expect(ruleScore({ fired: 10, dismissed: 2, acted: 6 }).noisy).toBe(false);
    expect(ruleScore({ fired: 3, dismissed: 3, acted: 0 }).noisy).toBe(false);
  });
  it('describes the rule for the Algoritmeregister with the human in the loop', () => {
    const r = algoritmeregister({ ...TILBURG, id: 'x', organisationName: 'Gemeente Tilburg', active: true });
    expect(r.beschrijving).toBe('Het signaal gaat af wanneer op één casus Scheiding vastgelegd, Bijstandsaanvraag, Woningaanvraag (urgentie of woonruimte) binnen 90 dagen zijn vastgelegd. Het vraagt de regisseur van de casus om te kijken; meer niet.');
    expect(r.menselijkeTussenkomst).toMatch(/nooit naar handhaving/);
    expect(r.wettelijkeGrondslag).toBe(TILBURG.legalGround);
    // One day in the singular.
    expect(algoritmeregister({ ...TILBURG, windowDays: 1, id: 'x', organisationName: 'Gemeente Tilburg', active: true }).beschrijving).toContain(' binnen 1 dag zijn vastgelegd.');
  });
});

describe('conditionsHold (legal age limits on the applicant)', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2000-03-15', '2027-03-14')).toBe(26);
    expect(ageOn('2000-03-15', '2027-03-15')).toBe(27);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });
  it('holds only when every condition holds, and never on an unknown birth date', () => {
    const under27 = [{ attribute: 'leeftijd', operator: 'jonger_dan', value: 27 }];
    expect(conditionsHold([], null, '2026-01-01')).toBe(true);
    expect(conditionsHold(under27, '2000-03-15', '2027-03-14')).toBe(true);
    expect(conditionsHold(under27, '2000-03-15', '2027-03-15')).toBe(false);
    expect(conditionsHold(under27, null, '2027-03-14')).toBe(false);
    expect(conditionsHold([...under27, { attribute: 'leeftijd', operator: 'minstens', value: 18 }], '2010-01-01', '2027-01-01')).toBe(false);
    expect(conditionsHold([...under27, { attribute: 'leeftijd', operator: 'minstens', value: 18 }], '2005-01-01', '2027-01-01')).toBe(true);
  });
});
