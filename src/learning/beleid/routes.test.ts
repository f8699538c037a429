// SPDX-License-Identifier: EUPL-1.2
/**
 * From doorbraak to beleid end to end: structural signals on one rule written three ways are one
 * rule; a proposal walks voorgesteld → geagendeerd → besloten → ingevoerd with the state machine's
 * refusals; its effect counts the knelpunten on the rule before and after; a proposal about
 * another organisation's rule reaches that organisation with the count only, it answers, the sender
 * sees the answer, and a third organisation sees nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, TEST_PASSWORD, makeTestApp, type Client, type TestApp } from '../../platform/testing';
import { hashPassword } from '../../accounts/store';
import { todayInAmsterdam } from '../../platform/today';

const knelpunt = (law: string, article: string) => ({
  solutionNeeded: 'Urgentie voor een moeder met drie kinderen die bij haar ouders inwoont na een scheiding',
  blockingLaw: law,
  blockingArticle: article,
  blockingOrganisation: 'Urgentiecommissie',
  type: 'regel_botst',
  costOfWaiting: 'Kinderen slapen op één kamer',
  toetsRuleGoal: 'Schaarse woningen eerlijk verdelen',
  toetsCounterproductive: 'Het gezin raakt dakloos',
  toetsProportionate: 'Urgentie is proportioneel',
});

describe.each(DB_KINDS)('beleid follow-up API on %s', (kind) => {
  let t: TestApp;
  let beleid: Client, prof: Client, tl: Client, zBeleid: Client, wBeleid: Client, doorbraaktafel: Client;
  const today = todayInAmsterdam(new Date());

  async function knelpuntWithSignal(law: string, article: string, rule: string | null) {
    const c = await prof.post('/cases', { title: 'Inwonend gezin', household: { name: `Huishouden ${Math.random()}`, members: [{ name: 'Sara Vos', birthDate: '1990-02-01', role: 'aanvrager' }] } });
    const k = await prof.post(`/cases/${c.body.id}/knelpunten`, knelpunt(law, article));
    expect(k.status).toBe(201);
    if (!rule) return k.body.id as string;
    const e = await prof.post(`/knelpunten/${k.body.id}/escalations`, {});
    const d = await tl.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'toegekend', text: 'Urgentie verleend op het gezinsperspectief', signal: { kind: 'regel_wijzigen', rule, proposal: 'Inwoning na scheiding niet als eigen keuze zien' } });
    expect(d.status).toBe(200);
    return k.body.id as string;
  }

  beforeAll(async () => {
    t = await makeTestApp(kind);
    // A third organisation (a woningcorporatie) with a policy adviser, to prove rows stay with sender and receiver.
    const org = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie Test','woningcorporatie') RETURNING id`)).rows[0].id;
    await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) VALUES ($1,'w-beleid','Test w-beleid',$2,$3)`, [org, await hashPassword(TEST_PASSWORD), ['beleid']]);
    [beleid, prof, tl, zBeleid, wBeleid, doorbraaktafel] = await Promise.all(['beleid', 'professional', 'teamleider', 'z-beleid', 'w-beleid', 'doorbraaktafel'].map((u) => t.as(u)));
    expect((await (await t.as('admin')).put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }] })).status).toBe(200);
    await knelpuntWithSignal('Huisvestingsverordening', '(urgentie)', 'Huisvestingsverordening (urgentie)');
    await knelpuntWithSignal('Huisvestingsverordening', 'art. 2.6.4', 'Huisvestingsverordening art. 2.6.4');
    await knelpuntWithSignal('Huisvestingsverordening Utrecht', 'art. 2.6 (urgentie)', 'Huisvestingsverordening art. 2.6 (urgentie)');
    await knelpuntWithSignal('Awir', 'art. 30 (verrekening)', 'Awir art. 30 (verrekening)');
    // Knelpunten without a signal on the same rule, spread over time (their days set for the effect).
    for (const daysAgo of [200, 150, 120, 100, 40]) {
      const id = await knelpuntWithSignal('Huisvestingsverordening', 'art. 2.6.4 (urgentie)', null);
      await t.db.query(`UPDATE knelpunten SET created_on = $2::date - $3::int WHERE id = $1`, [id, today, daysAgo]);
    }
  });
  afterAll(async () => t?.close());

  it('groups the signals by canonical rule, not by free text', async () => {
    expect((await prof.get('/beleid/regels')).status).toBe(403);
    const r = await beleid.get('/beleid/regels');
    expect(r.status).toBe(200);
    expect(r.body.items.map((x: any) => [x.label, x.signals, x.knelpunten])).toEqual([
      ['Huisvestingsverordening art. 2.6 (urgentie)', 3, 8],
      ['Awir art. 30 (verrekening)', 1, 1],
    ]);
    expect(r.body.items[0].references).toHaveLength(5);
    expect(r.body.organisations.map((o: any) => o.name)).toEqual(expect.arrayContaining(['Gemeente Zaanstad', 'Woningcorporatie Test']));
    expect((await zBeleid.get('/beleid/regels')).body.items).toEqual([]);
  });

  it('follows a proposal through its stages, refusing what does not fit, and computes the effect', async () => {
    const rules = (await beleid.get('/beleid/regels')).body.items;
    expect((await doorbraaktafel.post('/beleidsvoorstellen', { ruleKey: rules[0].key, proposal: 'Inwoning na scheiding geen eigen keuze' })).status).toBe(403);
    expect((await beleid.post('/beleidsvoorstellen', { ruleKey: 'bestaat|niet', proposal: 'Inwoning na scheiding geen eigen keuze' })).status).toBe(400);
    const ago = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // Recorded afterwards: the proposal keeps the day it was made, never one in the future.
    const future = await beleid.post('/beleidsvoorstellen', { ruleKey: rules[0].key, proposal: 'Inwoning na scheiding geen eigen keuze', proposedOn: tomorrow });
    expect(future.status).toBe(400);
    expect(future.body.invalidParams[0]).toMatchObject({ name: 'proposedOn', reason: 'mag niet in de toekomst liggen' });
    const p = await beleid.post('/beleidsvoorstellen', { ruleKey: rules[0].key, proposal: 'Inwoning na scheiding niet langer als eigen keuze zien wanneer er kinderen zijn', proposedOn: ago(95) });
    expect(p.status).toBe(201);
    expect(p.body.history[0]).toMatchObject({ kind: 'voorgesteld', on: ago(95) });
    expect(p.body).toMatchObject({ stage: 'voorgesteld', ruleLabel: 'Huisvestingsverordening art. 2.6 (urgentie)', knelpuntCount: 8, direction: 'verstuurd', mayMove: true, effect: null });
    const id = p.body.id;
    let etag = p.headers.get('etag')!;

    const decideEarly = await beleid.post(`/beleidsvoorstellen/${id}/besluit`, { decision: 'aangenomen', reason: 'Past in het beleid', on: today }, { 'If-Match': etag });
    expect(decideEarly.status).toBe(409);
    expect(decideEarly.body.detail).toMatch(/pas besloten nadat het op een agenda stond/);
    const agendaOn = ago(90);
    // A meeting before the proposal was made is refused, naming the field and the date in Dutch.
    const before = await beleid.post(`/beleidsvoorstellen/${id}/agenderen`, { table: 'Stuurgroep Wonen', on: ago(100) }, { 'If-Match': etag });
    expect(before.status).toBe(400);
    expect(before.body.invalidParams[0].name).toBe('on');
    expect(before.body.invalidParams[0].reason).toMatch(/^De vergadering kan niet vóór het voorstel liggen; het is voorgesteld op \d{1,2} [a-z]+ \d{4}\.$/);
    const a = await beleid.post(`/beleidsvoorstellen/${id}/agenderen`, { table: 'Stuurgroep Wonen', on: agendaOn }, { 'If-Match': etag });
    expect(a.status).toBe(200);
    expect((await beleid.post(`/beleidsvoorstellen/${id}/besluit`, { decision: 'aangenomen', reason: 'Past in het beleid', on: today }, { 'If-Match': etag })).status).toBe(412);
    etag = a.headers.get('etag')!;
    expect((await beleid.post(`/beleidsvoorstellen/${id}/besluit`, { decision: 'aangenomen', reason: '', on: agendaOn }, { 'If-Match': etag })).body.invalidParams[0].name).toBe('reason');
    const d = await beleid.post(`/beleidsvoorstellen/${id}/besluit`, { decision: 'aangenomen', reason: 'Past in het woonbeleid', on: agendaOn }, { 'If-Match': etag });
    expect(d.status).toBe(200);
    etag = d.headers.get('etag')!;
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
    const early = new Date(Date.parse(`${agendaOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await beleid.post(`/beleidsvoorstellen/${id}/invoering`, { kind: 'regel', description: 'Beleidsregel urgentie aangepast', from: early }, { 'If-Match': etag })).body.invalidParams[0].name).toBe('from');
    const i = await beleid.post(`/beleidsvoorstellen/${id}/invoering`, { kind: 'regel', description: 'Beleidsregel urgentie aangepast', from }, { 'If-Match': etag });
    expect(i.status).toBe(200);
    expect(i.body.stage).toBe('ingevoerd');
    // The 60 days since the change: the knelpunt of 40 days ago and the three made today; the 60 days before it: those of 120 and 100 days ago.
    expect(i.body.effect.before.count).toBe(2);
    expect(i.body.effect.after.count).toBe(4);
    expect(i.body.effect.changePct).toBe(100);
    expect(i.body.leadTimeDays).toBe(140);
    expect(i.body.history.map((h: any) => h.kind)).toEqual(['voorgesteld', 'geagendeerd', 'besloten', 'ingevoerd']);
    expect((await beleid.post(`/beleidsvoorstellen/${id}/agenderen`, { table: 'Stuurgroep', on: today }, { 'If-Match': i.headers.get('etag')! })).status).toBe(409);
    const rule = (await beleid.get('/beleid/regels')).body.items[0];
    expect(rule).toMatchObject({ changedFrom: from, leadTimeDays: 140, followUps: [{ id, stage: 'ingevoerd', decision: 'aangenomen' }] });
  });

  it('delivers a proposal about another organisation’s rule with the count only; they answer, the sender sees it, a third sees nothing', async () => {
    const rules = (await beleid.get('/beleid/regels')).body.items;
    const awir = rules.find((r: any) => r.label.startsWith('Awir'));
    const zaanstad = (await beleid.get('/beleid/regels')).body.organisations.find((o: any) => o.name === 'Gemeente Zaanstad').id;
    const p = await beleid.post('/beleidsvoorstellen', { ruleKey: awir.key, proposal: 'Geen verrekening van toeslagschulden van een ex-partner na een scheiding', targetOrganisationId: zaanstad });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ targetOrganisationName: 'Gemeente Zaanstad', knelpuntCount: 1, mayMove: false, mayAnswer: false });
    const id = p.body.id;
    // The sender cannot move another organisation's rule through its stages.
    expect((await beleid.post(`/beleidsvoorstellen/${id}/agenderen`, { table: 'Overleg', on: today }, { 'If-Match': p.headers.get('etag')! })).status).toBe(403);
    expect((await beleid.post(`/beleidsvoorstellen/${id}/antwoord`, { text: 'Eigen antwoord' }, { 'If-Match': p.headers.get('etag')! })).status).toBe(403);

    const inbox = await zBeleid.get('/beleidsvoorstellen');
    expect(inbox.body.items).toHaveLength(1);
    const got = inbox.body.items[0];
    expect(got).toMatchObject({ direction: 'ontvangen', organisationName: 'Gemeente Utrecht', ruleLabel: 'Awir art. 30 (verrekening)', knelpuntCount: 1, mayAnswer: true, mayMove: true, effect: null });
    expect(JSON.stringify(got)).not.toMatch(/Sara|Vos|Huishouden/);
    const ans = await zBeleid.post(`/beleidsvoorstellen/${id}/antwoord`, { text: 'We nemen dit mee in de herziening van de verrekeningsafspraken' }, { 'If-Match': `"${got.version}"` });
    expect(ans.status).toBe(200);
    const seen = await beleid.get(`/beleidsvoorstellen/${id}`);
    expect(seen.body).toMatchObject({ answer: 'We nemen dit mee in de herziening van de verrekeningsafspraken', answeredByName: 'Test z-beleid' });
    expect(seen.body.history.map((h: any) => [h.kind, h.userOrganisation])).toEqual([['voorgesteld', 'Gemeente Utrecht'], ['antwoord', 'Gemeente Zaanstad']]);

    expect((await wBeleid.get(`/beleidsvoorstellen/${id}`)).status).toBe(404);
    expect((await wBeleid.get('/beleidsvoorstellen')).body.items).toEqual([]);
    expect((await wBeleid.post(`/beleidsvoorstellen/${id}/antwoord`, { text: 'Ongevraagd antwoord' }, { 'If-Match': '"2"' })).status).toBe(404);
    const self = await beleid.post('/beleidsvoorstellen', { ruleKey: awir.key, proposal: 'Naar de eigen organisatie sturen', targetOrganisationId: t.fx.orgs.utrecht });
    expect(self.status).toBe(400);
    expect(self.body.invalidParams[0].name).toBe('targetOrganisationId');
  });
});
