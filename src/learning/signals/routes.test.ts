// SPDX-License-Identifier: EUPL-1.2
/**
 * Signals end to end: the policy adviser writes the Tilburg rule (the guard refuses protected
 * attributes with its reason), a professional records life events on a case and the rule fires as
 * the third arrives, the firing is in the processing log with its rule, enforcement never sees it,
 * the regisseur handles it once, and the policy adviser sees the counts and the register text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, countLog, makeTestApp, type Client, type TestApp } from '../../platform/testing';

const RULE = {
  name: 'Scheiding, bijstand en woning',
  purpose: 'Vroeg ondersteunen na een scheiding, voordat schulden en dakloosheid ontstaan',
  legalGround: 'Wmo 2015 art. 2.3.2; Participatiewet art. 7',
  owner: 'Team Sociaal Domein',
  events: ['scheiding_vastgelegd', 'bijstandsaanvraag', 'woningaanvraag'],
  windowDays: 90,
  risks: 'Te veel signalen; de teller per regel laat dat zien',
  contact: 'beleid@example.nl',
};

describe.each(DB_KINDS)('signals API on %s', (kind) => {
  let t: TestApp;
  let beleid: Client, prof: Client, prof2: Client, handhaving: Client, zBeleid: Client, zProf: Client;
  let ruleId: string;
  let caseId: string;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [beleid, prof, prof2, handhaving, zBeleid, zProf] = await Promise.all(['beleid', 'professional', 'professional2', 'handhaving', 'z-beleid', 'z-professional'].map((u) => t.as(u)));
    const c = await prof.post('/cases', { title: 'Net gescheiden', household: { name: 'Huishouden Jansen', members: [{ name: 'Mira Jansen', birthDate: '1990-04-01', role: 'aanvrager' }] } });
    expect(c.status).toBe(201);
    caseId = c.body.id;
  });
  afterAll(async () => t?.close());

  it('refuses a rule on protected attributes with the guard’s Dutch reason, naming the field, and saves nothing', async () => {
    const bad = await beleid.post('/signaalregels', { ...RULE, conditions: [{ attribute: 'nationaliteit', operator: 'minstens', value: 1 }, { attribute: 'leeftijd', operator: 'jonger_dan', value: 35 }] });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.invalidParams).toEqual([
      { name: 'conditions.0.attribute', reason: expect.stringMatching(/^Nationaliteit is een beschermd kenmerk/), code: 'beschermd_kenmerk' },
      { name: 'conditions.1.attribute', reason: expect.stringMatching(/wettelijke leeftijdsgrens/), code: 'geen_wettelijke_leeftijdsgrens' },
    ]);
    const proxy = await beleid.post('/signaalregels', { ...RULE, events: ['scheiding_vastgelegd', 'wijk'] });
    expect(proxy.status).toBe(400);
    expect(proxy.body.invalidParams[0]).toMatchObject({ name: 'events.1', code: 'beschermd_kenmerk' });
    expect((await beleid.post('/signaalregels', { ...RULE, purpose: 'Fraude opsporen' })).body.invalidParams[0].code).toBe('doel_handhaving');
    expect((await prof.post('/signaalregels', RULE)).status).toBe(403);
    expect((await beleid.get('/signaalregels')).body.items).toEqual([]);
  });

  it('saves the rule and describes it for the Algoritmeregister', async () => {
    const r = await beleid.post('/signaalregels', { ...RULE, conditions: [{ attribute: 'leeftijd', operator: 'minstens', value: 18 }] });
    expect(r.status).toBe(201);
    ruleId = r.body.id;
    expect(r.body.score).toEqual({ fired: 0, dismissed: 0, acted: 0, open: 0, dismissedShare: null, noisy: false });
    const reg = await beleid.get(`/signaalregels/${ruleId}/algoritmeregister`);
    expect(reg.status).toBe(200);
    expect(reg.body).toMatchObject({ naam: RULE.name, organisatie: 'Gemeente Utrecht', wettelijkeGrondslag: RULE.legalGround, eigenaar: RULE.owner, contact: RULE.contact, status: 'in gebruik' });
    expect(reg.body.gebruikteGegevens).toContain('kenmerk: leeftijd minstens 18 jaar (Meerderjarigheid (BW art. 1:233); jeugdhulp tot 18 jaar (Jeugdwet art. 1.1))');
    expect((await zBeleid.get(`/signaalregels/${ruleId}/algoritmeregister`)).status).toBe(404);
  });

  it('fires as the third event arrives within the window, logs the firing with its rule, and never shows it to enforcement', async () => {
    const post = (type: string, occurredOn: string) => prof.post(`/cases/${caseId}/levensgebeurtenissen`, { type, occurredOn });
    expect((await post('scheiding_vastgelegd', '2026-01-05')).body.signals).toEqual([]);
    expect((await post('bijstandsaanvraag', '2026-02-01')).body.signals).toEqual([]);
    expect((await post('nationaliteit', '2026-02-01')).status).toBe(400);
    expect((await post('woningaanvraag', '2099-01-01')).status).toBe(400);
    const third = await post('woningaanvraag', '2026-03-20');
    expect(third.status).toBe(201);
    expect(third.body.signals).toEqual([{ id: expect.any(String), ruleId, ruleName: RULE.name }]);
    // Once per combination: a second woningaanvraag does not fire again.
    expect((await post('woningaanvraag', '2026-03-25')).body.signals).toEqual([]);
    const firingId = third.body.signals[0].id;
    const logged = await t.db.query<{ fields: string[]; legal_ground: string }>(`SELECT fields, legal_ground FROM processing_log WHERE resource = 'signaal' AND resource_id = $1 AND action = 'aanmaken'`, [firingId]);
    expect(logged.rows).toEqual([{ fields: [`signaalregel: ${RULE.name}`, 'gebeurtenis: scheiding_vastgelegd', 'gebeurtenis: bijstandsaanvraag', 'gebeurtenis: woningaanvraag'], legal_ground: RULE.legalGround }]);

    const mine = await prof.get('/signalen');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ ruleName: RULE.name, caseId, status: 'open', mine: true });
    expect((await prof.get(`/cases/${caseId}/signalen`)).body.items).toHaveLength(1);
    expect(await countLog(t.db, { action: 'lezen', resource: 'signaal' })).toBeGreaterThanOrEqual(2);
    const hh = await handhaving.get('/signalen');
    expect(hh.status).toBe(403);
    expect(hh.body.detail).toMatch(/nooit naar handhaving/);
    expect((await prof2.get('/signalen')).body.items).toEqual([]); // another team
    expect((await zProf.get('/signalen')).body.items).toEqual([]);
    expect((await zProf.get(`/cases/${caseId}/levensgebeurtenissen`)).status).toBe(404);
    expect((await prof.get(`/cases/${caseId}/levensgebeurtenissen`)).body.items.map((e: { type: string }) => e.type)).toEqual(['scheiding_vastgelegd', 'bijstandsaanvraag', 'woningaanvraag', 'woningaanvraag']);
  });

  it('is handled once with a reason, and the policy adviser sees the counts', async () => {
    const [s] = (await prof.get('/signalen')).body.items;
    expect((await prof.post(`/signalen/${s.id}/afhandeling`, { outcome: 'terzijde', reason: 'nee' })).status).toBe(400);
    expect((await zProf.post(`/signalen/${s.id}/afhandeling`, { outcome: 'terzijde', reason: 'Al in beeld bij het team' })).status).toBe(404);
    expect((await prof2.post(`/signalen/${s.id}/afhandeling`, { outcome: 'terzijde', reason: 'Al in beeld bij het team' })).status).toBe(404);
    expect((await prof.post(`/signalen/${s.id}/afhandeling`, { outcome: 'terzijde', reason: 'Al in beeld bij het team' }, { 'If-Match': '"99"' })).status).toBe(412);
    const ok = await prof.post(`/signalen/${s.id}/afhandeling`, { outcome: 'terzijde', reason: 'Al in beeld bij het team' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('terzijde');
    expect((await prof.post(`/signalen/${s.id}/afhandeling`, { outcome: 'opgepakt', reason: 'Toch oppakken' })).status).toBe(409);
    const rules = await beleid.get('/signaalregels');
    expect(rules.body.items[0].score).toEqual({ fired: 1, dismissed: 1, acted: 0, open: 0, dismissedShare: 1, noisy: false });
    expect((await beleid.get(`/signaalregels/${ruleId}`)).body.dismissReasons).toEqual(['Al in beeld bij het team']);
  });

  it('shows the signal and the events in the person’s subject-access export', async () => {
    const c = await prof.get(`/cases/${caseId}`);
    const mira = c.body.household.members[0];
    const r = await (await t.as('privacy')).get(`/persons/${mira.id}/inzage`);
    expect(r.status).toBe(200);
    expect(r.body.sections.signalen.signals).toEqual([expect.objectContaining({ rule: RULE.name, legalGround: RULE.legalGround, status: 'terzijde', reason: 'Al in beeld bij het team' })]);
    expect(r.body.sections.casusdossier.cases[0].lifeEvents.map((e: { type: string }) => e.type)).toEqual(['scheiding_vastgelegd', 'bijstandsaanvraag', 'woningaanvraag', 'woningaanvraag']);
  });

  it('changes a rule atomically through the same guard', async () => {
    const cur = await beleid.get(`/signaalregels/${ruleId}`);
    expect((await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, events: ['scheiding_vastgelegd', 'religie'] }, { 'If-Match': cur.headers.get('etag')! })).status).toBe(400);
    const ok = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 60 }, { 'If-Match': cur.headers.get('etag')! });
    expect(ok.status).toBe(200);
    expect(ok.body.windowDays).toBe(60);
    expect((await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 30 }, { 'If-Match': cur.headers.get('etag')! })).status).toBe(412);
    expect((await zBeleid.put(`/signaalregels/${ruleId}`, RULE, { 'If-Match': ok.headers.get('etag')! })).status).toBe(404);
  });
});
