// SPDX-License-Identifier: EUPL-1.2
/**
 * The signal rule editor through the API: the fairness guard refuses each protected attribute and
 * its proxies with its Dutch reason at the field; a change needs the version the editor saw
 * (If-Match), a stale one is refused and nothing is half-written; a rule taken out of use does not
 * fire; an age condition is a legal limit evaluated on the applicant; and a firing gives the case's
 * regisseur a melding that names the case and the rule, with a Dutch date, logged with the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../../platform/testing';
import { dutchDate } from '../../platform/dutch-date';
import { todayInAmsterdam } from '../../platform/today';

const RULE = {
  name: 'Baanverlies en huurachterstand',
  purpose: 'Vroeg helpen voordat een huisuitzetting dreigt',
  legalGround: 'Wet gemeentelijke schuldhulpverlening art. 3',
  owner: 'Team Schulden',
  events: ['baanverlies', 'huurachterstand'],
  windowDays: 60,
  risks: 'Ruis bij tijdelijke achterstanden',
  contact: 'beleid@example.nl',
};

const daysAgo = (today: string, n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

describe.each(DB_KINDS)('signal rule editor and the melding on %s', (kind) => {
  let t: TestApp;
  let beleid: Client, prof: Client, tl: Client, prof2: Client;
  const today = todayInAmsterdam(new Date());
  const newCase = async (title: string, birthDate: string) => {
    const c = await prof.post('/cases', { title, household: { name: `Huishouden ${title}`, members: [{ name: 'Noor de Wit', birthDate, role: 'aanvrager' }] } });
    expect(c.status).toBe(201);
    return c.body.id as string;
  };
  const record = (caseId: string, type: string, occurredOn: string) => prof.post(`/cases/${caseId}/levensgebeurtenissen`, { type, occurredOn });

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [beleid, prof, tl, prof2] = await Promise.all(['beleid', 'professional', 'teamleider', 'professional2'].map((u) => t.as(u)));
  });
  afterAll(async () => t?.close());

  const protectedAttributes: Array<[string, RegExp]> = [
    ['nationaliteit', /^Nationaliteit is een beschermd kenmerk/],
    ['etniciteit', /^Etniciteit en afkomst/],
    ['geboorteland', /^Etniciteit en afkomst/],
    ['migratieachtergrond', /^Etniciteit en afkomst/],
    ['religie', /^Godsdienst en levensovertuiging/],
    ['geslacht', /^Geslacht, gender/],
    ['gender', /^Geslacht, gender/],
    ['postcode', /^Postcode, wijk of buurt/],
    ['Wijk', /^Postcode, wijk of buurt/],
    ['buurt', /^Postcode, wijk of buurt/],
  ];
  it.each(protectedAttributes)('refuses a rule on %s with the guard’s Dutch reason at the field, and saves nothing', async (attribute, reason) => {
    const r = await beleid.post('/signaalregels', { ...RULE, conditions: [{ attribute, operator: 'minstens', value: 18 }] });
    expect(r.status).toBe(400);
    expect(r.contentType).toContain('application/problem+json');
    expect(r.body.invalidParams).toEqual([{ name: 'conditions.0.attribute', reason: expect.stringMatching(reason), code: 'beschermd_kenmerk' }]);
    // As an event name too: the events are a catalogue, a protected attribute is refused there with the same reason.
    const asEvent = await beleid.post('/signaalregels', { ...RULE, events: ['baanverlies', attribute] });
    expect(asEvent.body.invalidParams).toEqual([{ name: 'events.1', reason: expect.stringMatching(reason), code: 'beschermd_kenmerk' }]);
    expect((await beleid.get('/signaalregels')).body.items).toEqual([]);
  });

  it('allows age only as a legal age limit', async () => {
    for (const value of [16, 35, 65]) {
      const r = await beleid.post('/signaalregels', { ...RULE, conditions: [{ attribute: 'leeftijd', operator: 'jonger_dan', value }] });
      expect(r.status, `leeftijd ${value}`).toBe(400);
      expect(r.body.invalidParams).toEqual([{ name: 'conditions.0.attribute', reason: expect.stringMatching(/^Leeftijd mag alleen als wettelijke leeftijdsgrens \(18, 21, 23, 27 jaar\)/), code: 'geen_wettelijke_leeftijdsgrens' }]);
    }
    const unknown = await beleid.post('/signaalregels', { ...RULE, conditions: [{ attribute: 'inkomen', operator: 'minstens', value: 1 }] });
    expect(unknown.body.invalidParams).toEqual([{ name: 'conditions.0.attribute', reason: expect.stringContaining('kent het platform niet'), code: 'onbekend_kenmerk' }]);
    expect((await beleid.get('/signaalregels')).body.items).toEqual([]);
  });

  let ruleId: string;
  let etag: string;
  it('creates a rule, changes it only with the version it saw (If-Match), and refuses a stale or missing version', async () => {
    const c = await beleid.post('/signaalregels', RULE);
    expect(c.status).toBe(201);
    expect(c.headers.get('etag')).toBe('"1"');
    ruleId = c.body.id;
    const noVersion = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 30 });
    expect(noVersion.status).toBe(428);
    const v2 = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 45 }, { 'If-Match': '"1"' });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ windowDays: 45, version: 2, active: true });
    expect(v2.headers.get('etag')).toBe('"2"');
    const stale = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 10 }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);
    // A change refused by the guard leaves the rule as it was (nothing half-written).
    const refused = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, name: 'Anders', conditions: [{ attribute: 'postcode', operator: 'minstens', value: 5000 }] }, { 'If-Match': '"2"' });
    expect(refused.status).toBe(400);
    const now = await beleid.get(`/signaalregels/${ruleId}`);
    expect(now.body).toMatchObject({ name: RULE.name, windowDays: 45, version: 2, conditions: [] });
    expect((await prof.put(`/signaalregels/${ruleId}`, RULE, { 'If-Match': '"2"' })).status).toBe(403);
    etag = now.headers.get('etag')!;
  });

  it('gives the regisseur a melding when the rule fires, naming the case and the rule with a Dutch date, linked to the case and logged with the rule', async () => {
    const caseId = await newCase('Familie de Wit', '1985-06-01');
    const before = (await prof.get('/notifications')).body.items.length;
    expect((await record(caseId, 'baanverlies', daysAgo(today, 20))).body.signals).toEqual([]);
    expect((await prof.get('/notifications')).body.items).toHaveLength(before);
    const fired = await record(caseId, 'huurachterstand', daysAgo(today, 2));
    expect(fired.body.signals).toEqual([{ id: expect.any(String), ruleId, ruleName: RULE.name }]);
    const notes = (await prof.get('/notifications')).body;
    const n = notes.items.find((x: { kind: string }) => x.kind === 'signaal');
    expect(n).toMatchObject({ kind: 'signaal', caseId, knelpuntId: null, title: `Signaal op Familie de Wit: ${RULE.name}`, readAt: null });
    expect(n.body).toContain(`ging op ${dutchDate(today)} af op de casus Familie de Wit`);
    expect(n.body).toContain(`tot en met ${dutchDate(daysAgo(today, 2))}`);
    expect(n.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(notes.unread).toBeGreaterThanOrEqual(1);
    // Only the case's regisseur: not the team lead, not another team.
    expect((await tl.get('/notifications')).body.items.filter((x: { kind: string }) => x.kind === 'signaal')).toEqual([]);
    expect((await prof2.get('/notifications')).body.items.filter((x: { kind: string }) => x.kind === 'signaal')).toEqual([]);
    const logged = await t.db.query<{ fields: string[]; legal_ground: string; case_id: string }>(
      `SELECT fields, legal_ground, case_id FROM processing_log WHERE resource = 'melding' AND resource_id = $1 AND action = 'aanmaken'`, [fired.body.signals[0].id]);
    expect(logged.rows).toEqual([{ fields: [`signaalregel: ${RULE.name}`, 'casus (naam)', 'melding aan de regisseur'], legal_ground: RULE.legalGround, case_id: caseId }]);
  });

  it('a rule taken out of use does not fire; back in use it does', async () => {
    const off = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 45, active: false }, { 'If-Match': etag });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, version: 3 });
    expect((await beleid.get(`/signaalregels/${ruleId}/algoritmeregister`)).body.status).toBe('buiten gebruik');
    const caseId = await newCase('Familie Bakker', '1980-01-01');
    await record(caseId, 'baanverlies', daysAgo(today, 10));
    expect((await record(caseId, 'huurachterstand', daysAgo(today, 5))).body.signals).toEqual([]);
    const on = await beleid.put(`/signaalregels/${ruleId}`, { ...RULE, windowDays: 45, active: true }, { 'If-Match': off.headers.get('etag')! });
    expect(on.body).toMatchObject({ active: true, version: 4 });
    // The combination completed while the rule was out of use is not fired afterwards (a rule fires on a combination's arrival) ...
    expect((await record(caseId, 'huurachterstand', daysAgo(today, 1))).body.signals).toEqual([]);
    // ... a combination that arrives now does.
    const other = await newCase('Familie Smit', '1979-03-03');
    await record(other, 'baanverlies', daysAgo(today, 4));
    expect((await record(other, 'huurachterstand', daysAgo(today, 1))).body.signals).toEqual([{ id: expect.any(String), ruleId, ruleName: RULE.name }]);
  });

  it('evaluates a legal age limit on the applicant at the day the combination completed', async () => {
    const young = await beleid.post('/signaalregels', { ...RULE, name: 'Jongere met schuldhulp en ontslag', events: ['baanverlies', 'schuldmelding'], conditions: [{ attribute: 'leeftijd', operator: 'jonger_dan', value: 27 }] });
    expect(young.status).toBe(201);
    // 26 on the day: fires. 27 on the day (the birthday itself): does not.
    const on = daysAgo(today, 3);
    const birth26 = `${Number(on.slice(0, 4)) - 27}-${on.slice(5)}`;
    const under = await newCase('Jonge Sam', daysAgo(birth26, -1));
    const exactly = await newCase('Jarige Sam', birth26);
    for (const c of [under, exactly]) await record(c, 'baanverlies', daysAgo(today, 10));
    expect((await record(under, 'schuldmelding', on)).body.signals.map((s: { ruleName: string }) => s.ruleName)).toEqual(['Jongere met schuldhulp en ontslag']);
    expect((await record(exactly, 'schuldmelding', on)).body.signals).toEqual([]);
  });
});
