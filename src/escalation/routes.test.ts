// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, countLog, TEST_PASSWORD, type TestApp, type Client } from '../platform/testing';
import { hashPassword } from '../accounts/store';
import { todayIso } from '../cases/model';
import { addWorkingDays } from './workdays';

const names = (r: { body: any }) => (r.body.invalidParams ?? []).map((p: any) => p.name).sort();

const knelpunt = (over: Record<string, unknown> = {}) => ({
  solutionNeeded: 'Urgentie voor de volwassen zoon, zodat de drie kinderen thuis kunnen blijven',
  blockingLaw: 'Huisvestingsverordening',
  blockingArticle: 'art. 2.6 (urgentie)',
  blockingOrganisation: 'Urgentiecommissie',
  policyRule: 'Geen urgentie bij inwoning bij ouders',
  type: 'regel_botst',
  costOfWaiting: 'Uithuisplaatsing van drie kinderen',
  costOfWaitingCents: 13_500_000,
  ...over,
});
const toets = {
  toetsRuleGoal: 'Schaarse woningen gaan naar wie het meest in nood is',
  toetsCounterproductive: 'Zonder woning voor de zoon worden drie kinderen uit huis geplaatst: grotere nood',
  toetsProportionate: 'Urgentie voor de zoon met begeleiding',
};

describe.each(DB_KINDS)('escalation API on %s', (kind) => {
  let t: TestApp;
  let prof: Client, admin: Client, tafel: Client, tl: Client, loket: Client, beleid: Client, bh: Client;
  let pmm: string;
  let levels: Array<{ id: string; name: string; position: number }>;
  let caseId: string;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    // The national maatwerkloket as its own organisation with one member.
    pmm = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Landelijk Maatwerkloket (PMM)', 'regio') RETURNING id`)).rows[0].id;
    await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) VALUES ($1,'loket','Loket Medewerker',$2,'{doorbraaktafel}')`, [pmm, await hashPassword(TEST_PASSWORD)]);
    [prof, admin, tafel, tl, loket, beleid, bh] = await Promise.all(['professional', 'admin', 'doorbraaktafel', 'teamleider', 'loket', 'beleid', 'budgethouder'].map((u) => t.as(u)));
    const c = await prof.post('/cases', { title: 'Vader met drie kinderen', household: { name: 'Huishouden Ruud', members: [{ name: 'Ruud', birthDate: '1979-11-02', role: 'aanvrager', bsn: '111222333' }, { name: 'Mark', birthDate: '2001-04-09', role: 'medebewoner' }, { name: 'Jip', birthDate: '2015-03-03', role: 'kind' }] } });
    expect(c.status).toBe(201);
    caseId = c.body.id;
  });
  afterAll(async () => t?.close());

  const ladder = () => ({
    levels: [
      { name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' },
      { name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' },
      { name: 'Taskforce', deadlineWorkingDays: 0, deciderRole: 'doorbraaktafel' },
      { name: 'Landelijk Maatwerkloket', deadlineWorkingDays: 10, deciderOrganisationId: pmm },
      { name: 'Landelijk Escalatie Team', deadlineWorkingDays: 20, deciderOrganisationId: pmm },
    ],
  });

  async function newKnelpunt(over: Record<string, unknown> = { ...toets }) {
    const r = await prof.post(`/cases/${caseId}/knelpunten`, knelpunt(over));
    expect(r.status).toBe(201);
    return r.body;
  }

  describe('the ladder', () => {
    it('refuses without login, for non-admins, and names bad fields', async () => {
      expect((await t.anonymous().get('/escalation-ladder')).status).toBe(401);
      expect((await prof.put('/escalation-ladder', ladder())).status).toBe(403);
      const bad = await admin.put('/escalation-ladder', { levels: [{ name: 'Xy', deadlineWorkingDays: 121, deciderRole: 'teamleider', colour: 'red' }], extra: 1 });
      expect(bad.status).toBe(400);
      expect(names(bad)).toEqual(['extra', 'levels.0.colour', 'levels.0.deadlineWorkingDays']);
      const both = await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2 }] });
      expect(names(both)).toEqual(['levels.0.deciderRole']);
      const unknownOrg = await admin.put('/escalation-ladder', { levels: [{ name: 'Loket', deadlineWorkingDays: 2, deciderOrganisationId: '00000000-0000-4000-8000-000000000000' }] });
      expect(unknownOrg.status).toBe(400);
      expect(names(unknownOrg)).toEqual(['levels.0.deciderOrganisationId']);
    });

    it('sets the ladder in order and shows the holidays; Bevrijdingsdag counts by default', async () => {
      const r = await admin.put('/escalation-ladder', ladder());
      expect(r.status).toBe(200);
      levels = r.body.levels;
      expect(levels.map((l: any) => [l.position, l.name])).toEqual([[1, 'Eigen team'], [2, 'Doorbraaktafel'], [3, 'Taskforce'], [4, 'Landelijk Maatwerkloket'], [5, 'Landelijk Escalatie Team']]);
      expect(r.body.levels[3].deciderOrganisationName).toBe('Landelijk Maatwerkloket (PMM)');
      expect(r.body.bevrijdingsdagIsHoliday).toBe(true);
      const g = await prof.get('/escalation-ladder');
      expect(g.body.holidays.some((h: any) => h.name === 'Bevrijdingsdag')).toBe(true);
      const d = await prof.get('/working-days/deadline?from=2025-12-24&days=1');
      expect(d.body.deadline).toBe('2025-12-29');
      expect((await prof.get('/working-days/deadline?from=2025-02-30&days=1')).status).toBe(400);
    });
  });

  describe('recording a knelpunt', () => {
    it('climbs the refusal ladder: 401, 400 per field, 403 role, 403 other team, 404 other organisation', async () => {
      expect((await t.anonymous().post(`/cases/${caseId}/knelpunten`, knelpunt())).status).toBe(401);
      const bad = await prof.post(`/cases/${caseId}/knelpunten`, knelpunt({ solutionNeeded: 'x', type: 'boos', costOfWaitingCents: -1, bsn: '111222333' }));
      expect(bad.status).toBe(400);
      expect(names(bad)).toEqual(['bsn', 'costOfWaitingCents', 'solutionNeeded', 'type']);
      expect((await bh.post(`/cases/${caseId}/knelpunten`, knelpunt())).status).toBe(403);
      expect((await (await t.as('professional2')).post(`/cases/${caseId}/knelpunten`, knelpunt())).status).toBe(403);
      expect((await (await t.as('z-professional')).post(`/cases/${caseId}/knelpunten`, knelpunt())).status).toBe(404);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM knelpunten`)).rows[0].n).toBe(0);
    });

    it('records it open, with history and a processing-log line', async () => {
      const k = await newKnelpunt({});
      expect(k).toMatchObject({ status: 'open', type: 'regel_botst', blockingLaw: 'Huisvestingsverordening', costOfWaitingCents: 13_500_000, consentToShare: false });
      expect(await countLog(t.db, { action: 'aanmaken', resource: 'knelpunt', case_id: caseId })).toBe(1);
      const f = await prof.get(`/knelpunten/${k.id}`);
      expect(f.status).toBe(200);
      expect(f.body.history.map((e: any) => e.kind)).toEqual(['aangemaakt']);
      expect(await countLog(t.db, { action: 'lezen', resource: 'knelpunt', purpose: 'hulpverlening' })).toBe(1);
      expect((await (await t.as('z-doorbraaktafel')).get(`/knelpunten/${k.id}`)).status).toBe(404);
      expect((await beleid.get(`/knelpunten/${k.id}`)).status).toBe(403);
      expect((await tafel.get(`/knelpunten/${k.id}`)).status).toBe(403); // not escalated yet
    });

    it('edits with If-Match (428 without, 412 stale) and refuses to escalate without the Omgekeerde Toets (422)', async () => {
      const k = await newKnelpunt({});
      expect((await prof.patch(`/knelpunten/${k.id}`, { policyRule: 'Nieuwe regel' })).status).toBe(428);
      expect((await prof.patch(`/knelpunten/${k.id}`, { policyRule: 'Nieuwe regel' }, { 'If-Match': '"99"' })).status).toBe(412);
      const esc = await prof.post(`/knelpunten/${k.id}/escalations`, {});
      expect(esc.status).toBe(422);
      expect(esc.body.code).toBe('legitimatie_ontbreekt');
      const p = await prof.patch(`/knelpunten/${k.id}`, toets, { 'If-Match': `"${k.version}"` });
      expect(p.status).toBe(200);
      const f = await prof.get(`/knelpunten/${k.id}`);
      expect(f.body.history.map((e: any) => e.kind)).toEqual(['aangemaakt', 'gewijzigd']);
      expect(f.body.history[1].detail).toContain('toetsRuleGoal');
    });
  });

  describe('escalating and deciding', () => {
    it('moves one level up, starts the working-day deadline and notifies the team lead of the own team only', async () => {
      const k = await newKnelpunt();
      expect((await tafel.post(`/knelpunten/${k.id}/escalations`, {})).status).toBe(403);
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, {});
      expect(e.status).toBe(201);
      expect(e.body.step).toMatchObject({ levelName: 'Eigen team', status: 'open', deadline: addWorkingDays(todayIso(), 2), escalatedOn: todayIso() });
      expect(e.body.handoverId).toBeNull();
      const n = await tl.get('/notifications?unread=true');
      expect(n.body.items.some((x: any) => x.knelpuntId === k.id)).toBe(true);
      const tl2 = await t.as('teamleider2');
      expect((await tl2.get('/notifications')).body.items.some((x: any) => x.knelpuntId === k.id)).toBe(false);
      const f = await prof.get(`/knelpunten/${k.id}`);
      expect(f.body.knelpunt).toMatchObject({ status: 'in_escalatie', currentLevelName: 'Eigen team' });
    });

    it('a chosen level needs a reason; the taskforce deadline is the same working day', async () => {
      const k = await newKnelpunt();
      const noReason = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[2].id });
      expect(noReason.status).toBe(400);
      expect(names(noReason)).toEqual(['reason']);
      expect(names(await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['levelId']);
      expect(names(await prof.post(`/knelpunten/${k.id}/escalations`, { on: '2999-01-01' }))).toEqual(['on']);
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[2].id, reason: 'Acuut: de kinderen worden volgende week uit huis geplaatst' });
      expect(e.status).toBe(201);
      expect(e.body.step.deadline).toBe(addWorkingDays(todayIso(), 0));
      expect(e.body.step.reason).toMatch(/Acuut/);
    });

    it('only the decider of the level decides; a refusal records why and tells the professional', async () => {
      const k = await newKnelpunt();
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, {});
      const stepId = e.body.step.id;
      expect((await t.anonymous().post(`/escalation-steps/${stepId}/decision`, { outcome: 'afgewezen', text: 'Nee' })).status).toBe(401);
      expect((await prof.post(`/escalation-steps/${stepId}/decision`, { outcome: 'afgewezen', text: 'Nee, want' })).status).toBe(403);
      expect((await tafel.post(`/escalation-steps/${stepId}/decision`, { outcome: 'afgewezen', text: 'Nee, want' })).status).toBe(403); // eigen team: teamleider decides
      expect((await (await t.as('z-teamleider')).post(`/escalation-steps/${stepId}/decision`, { outcome: 'afgewezen', text: 'Nee, want' })).status).toBe(404);
      const bad = await tl.post(`/escalation-steps/${stepId}/decision`, { outcome: 'misschien', text: '', overbrugging: { help: 'x' } });
      expect(bad.status).toBe(400);
      expect(names(bad)).toEqual(['outcome', 'overbrugging.help', 'overbrugging.provisionalAmountCents', 'overbrugging.provisionalFunder', 'text']);
      expect(names(await tl.post(`/escalation-steps/${stepId}/decision`, { outcome: 'overbrugd', text: 'Start maar' }))).toEqual(['overbrugging']);
      expect(names(await tl.post(`/escalation-steps/${stepId}/decision`, { outcome: 'doorverwezen', text: 'Naar de tafel' }))).toEqual(['referToLevelId']);
      const d = await tl.post(`/escalation-steps/${stepId}/decision`, { outcome: 'afgewezen', text: 'Past binnen de gewone urgentieregeling; eerst heroverweging vragen' });
      expect(d.status).toBe(200);
      expect(d.body.knelpuntStatus).toBe('afgewezen');
      expect(d.body.step).toMatchObject({ outcome: 'afgewezen', status: 'besloten', decidedByName: 'Test teamleider' });
      expect((await tl.post(`/escalation-steps/${stepId}/decision`, { outcome: 'toegekend', text: 'Toch wel' })).status).toBe(409);
      const n = await prof.get('/notifications');
      expect(n.body.items.find((x: any) => x.knelpuntId === k.id && x.kind === 'besluit').title).toContain('afgewezen');
      // After a refusal the professional can take it one level up.
      const up = await prof.post(`/knelpunten/${k.id}/escalations`, {});
      expect(up.body.step.levelName).toBe('Doorbraaktafel');
    });

    it('lists a level queue oldest first with overdue items flagged in working days', async () => {
      const a = await newKnelpunt();
      const b = await newKnelpunt();
      const sa = (await prof.post(`/knelpunten/${a.id}/escalations`, { levelId: levels[1].id, reason: 'direct naar de tafel' })).body.step.id;
      const sb = (await prof.post(`/knelpunten/${b.id}/escalations`, { levelId: levels[1].id, reason: 'direct naar de tafel' })).body.step.id;
      // Make one older and overdue: escalated the Friday before Christmas 2025, deadline Monday 29 December.
      await t.db.query(`UPDATE escalation_steps SET escalated_on = '2025-12-19', deadline = '2025-12-29' WHERE id = $1`, [sb]);
      expect((await prof.get(`/escalation-levels/${levels[1].id}/queue`)).status).toBe(403);
      expect((await (await t.as('z-doorbraaktafel')).get(`/escalation-levels/${levels[1].id}/queue`)).status).toBe(404);
      const q = await tafel.get(`/escalation-levels/${levels[1].id}/queue`);
      expect(q.status).toBe(200);
      const ids = q.body.items.map((i: any) => i.stepId);
      expect(ids.indexOf(sb)).toBeLessThan(ids.indexOf(sa));
      expect(q.body.items.find((i: any) => i.stepId === sb)).toMatchObject({ overdue: true });
      expect(q.body.items.find((i: any) => i.stepId === sb).workingDaysOverdue).toBeGreaterThan(200);
      const overdue = await tafel.get(`/escalation-levels/${levels[1].id}/queue?overdue=true`);
      expect(overdue.body.items.map((i: any) => i.stepId)).toContain(sb);
      expect(overdue.body.items.map((i: any) => i.stepId)).not.toContain(sa);
      expect(await countLog(t.db, { resource: 'escalatiewachtrij', purpose: 'escalatie' })).toBeGreaterThan(0);
    });
  });

  describe('one demo walk: professional → doorbraaktafel → Landelijk Maatwerkloket, with business case, hand-over, overbrugging and settlement', () => {
    let k: any;
    let handoverId: string;

    it('the professional records the knelpunt, a business case and escalates; the doorbraaktafel refers to the maatwerkloket', async () => {
      k = await newKnelpunt();
      const bc = await prof.post(`/cases/${caseId}/business-cases`, {
        title: 'Woning voor Mark versus uithuisplaatsing',
        horizonMonths: 12,
        knelpuntId: k.id,
        regulier: [{ itemKey: 'out-of-home-placement-average-per-year', quantity: 3, durationMonths: 12, probabilityPct: 50 }],
        maatwerk: [{ itemKey: 'wmo-individual-support-per-hour', quantity: 8, durationMonths: 12 }],
      });
      expect(bc.status).toBe(201);
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[1].id, reason: 'Teamleider heeft al meegekeken' });
      expect(e.status).toBe(201);
      const d = await tafel.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'doorverwezen', text: 'Lokaal geen ruimte in de verordening', referToLevelId: levels[3].id });
      expect(d.status).toBe(200);
      expect(d.body.knelpuntStatus).toBe('in_escalatie');
      expect(d.body.next).toMatchObject({ levelName: 'Landelijk Maatwerkloket', deadline: addWorkingDays(todayIso(), 10) });
      expect(d.body.handoverId).toBeTruthy();
      handoverId = d.body.handoverId;
      expect(await countLog(t.db, { action: 'delen', resource: 'overdracht', resource_id: handoverId } as any)).toBe(2);
      const both = await t.db.query(`SELECT organisation_id FROM processing_log WHERE resource = 'overdracht' AND action = 'delen' AND resource_id = $1 ORDER BY organisation_id`, [handoverId]);
      expect(new Set(both.rows.map((r: any) => r.organisation_id))).toEqual(new Set([t.fx.orgs.utrecht, pmm]));
      expect((await t.db.query(`SELECT purpose FROM processing_log WHERE resource_id = $1`, [handoverId])).rows.every((r: any) => r.purpose === 'escalatie')).toBe(true);
    });

    it('the maatwerkloket gets a notification and sees only the minimised hand-over, never the case', async () => {
      const n = await loket.get('/notifications');
      expect(n.body.items.some((x: any) => x.handoverId === handoverId)).toBe(true);
      const list = await loket.get('/handovers');
      expect(list.body.items.map((h: any) => h.id)).toContain(handoverId);
      const h = await loket.get(`/handovers/${handoverId}`);
      expect(h.status).toBe(200);
      expect(h.body.withIdentifiers).toBe(false);
      expect(h.body.content.from).toBe('Gemeente Utrecht');
      expect(h.body.content.knelpunt.blockingLaw).toBe('Huisvestingsverordening');
      expect(h.body.content.omgekeerdeToets.ruleGoal).toMatch(/Schaarse woningen/);
      expect(h.body.content.household.members.map((m: any) => m.role)).toEqual(['aanvrager', 'medebewoner', 'kind']);
      expect(h.body.content.household.members[0]).not.toHaveProperty('name');
      expect(h.body.content.businessCase.regulier.totalCents).toBe(6_750_000); // 3 × € 45.000 × 12/12 × 50%
      expect(h.body.content.businessCase.title).toBe('Woning voor [medebewoner] versus uithuisplaatsing');
      const raw = JSON.stringify(h.body);
      for (const secret of ['Ruud', 'Mark', '111222333', '1979-11-02', caseId]) expect(raw).not.toContain(secret);
      expect((await loket.get(`/knelpunten/${k.id}`)).status).toBe(404);
      expect((await loket.get(`/cases/${caseId}`)).status).toBe(404);
      expect((await (await t.as('z-doorbraaktafel')).get(`/handovers/${handoverId}`)).status).toBe(404);
      expect((await tafel.post(`/handovers/${handoverId}/decision`, { outcome: 'toegekend', text: 'Zelf besloten' })).status).toBe(404);
    });

    it('the maatwerkloket starts the help at once with an overbrugging and a structural signal', async () => {
      const d = await loket.post(`/handovers/${handoverId}/decision`, {
        outcome: 'overbrugd',
        text: 'Woning via de corporatie met begeleiding; financiering volgt',
        overbrugging: { help: 'Begeleid wonen voor Mark, 6 maanden', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 1_200_000 },
        signal: { kind: 'vaste_afspraak', rule: 'Huisvestingsverordening art. 2.6 (urgentie)', proposal: 'Urgentie voor een volwassen kind als daarmee uithuisplaatsing van jongere kinderen wordt voorkomen' },
      });
      expect(d.status).toBe(200);
      expect(d.body.knelpuntStatus).toBe('overbrugd');
      expect(d.body.overbrugging).toMatchObject({ status: 'open', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 1_200_000 });
      expect((await loket.post(`/handovers/${handoverId}/decision`, { outcome: 'toegekend', text: 'Nog eens' })).status).toBe(422);
      const f = await prof.get(`/knelpunten/${k.id}`);
      expect(f.body.knelpunt.status).toBe('overbrugd');
      expect(f.body.steps.at(-1)).toMatchObject({ levelName: 'Landelijk Maatwerkloket', outcome: 'overbrugd', decidedByName: 'Loket Medewerker' });
      expect(f.body.history.map((e: any) => e.kind)).toEqual(['aangemaakt', 'geescaleerd', 'besluit_doorverwezen', 'geescaleerd', 'besluit_overbrugd', 'signaal']);
      expect(f.body.history.find((e: any) => e.kind === 'besluit_overbrugd').userOrganisation).toBe('Landelijk Maatwerkloket (PMM)');
      expect(f.body.handovers[0]).toMatchObject({ organisationName: 'Landelijk Maatwerkloket (PMM)', status: 'besloten' });
      expect(f.body.signals).toHaveLength(1);
      const n = await prof.get('/notifications?unread=true');
      expect(n.body.items.some((x: any) => x.knelpuntId === k.id && x.title.includes('overbrugd'))).toBe(true);
    });

    it('the decided overbrugging stays visible to the loket; the municipality is asked to fund provisionally and must accept first', async () => {
      const mine = await loket.get('/overbruggingen');
      const o = mine.body.items.find((x: any) => x.knelpuntId === k.id);
      expect(o).toMatchObject({ acceptance: 'gevraagd', decidedByOrganisationName: 'Landelijk Maatwerkloket (PMM)', funderOrganisationName: 'Gemeente Utrecht', status: 'open' });
      const raised = await loket.get('/structural-signals/raised');
      expect(raised.body.items.map((x: any) => [x.rule, x.sourceOrganisation])).toContainEqual(['Huisvestingsverordening art. 2.6 (urgentie)', 'Gemeente Utrecht']);
      // Settling before the funder accepted is refused; the loket cannot accept for Utrecht.
      const early = await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'maatwerkbudget', amountCents: 1 }] }, { 'If-Match': `"${o.version}"` });
      expect([early.status, early.body.code]).toEqual([409, 'financier_niet_akkoord']);
      expect((await loket.post(`/overbruggingen/${o.id}/acceptance`, { accepted: true })).status).toBe(403);
      expect(names(await bh.post(`/overbruggingen/${o.id}/acceptance`, { accepted: false }))).toEqual(['note']);
      const n = await bh.get('/notifications?unread=true');
      expect(n.body.items.some((x: any) => x.kind === 'overbrugging' && x.body.includes('€ 12.000,00'))).toBe(true);
      const acc = await bh.post(`/overbruggingen/${o.id}/acceptance`, { accepted: true, note: 'Utrecht financiert voor' });
      expect(acc.status).toBe(200);
      expect(acc.body).toMatchObject({ acceptance: 'geaccepteerd', acceptedByName: expect.any(String) });
      expect((await bh.post(`/overbruggingen/${o.id}/acceptance`, { accepted: false, note: 'toch niet' })).status).toBe(409);
    });

    it('the settlement requires If-Match, records who pays what and leaves claims between funders until closed', async () => {
      const list = await tafel.get('/overbruggingen?status=open');
      const o = list.body.items.find((x: any) => x.knelpuntId === k.id);
      expect(o).toBeTruthy();
      const im = { 'If-Match': `"${o.version}"` };
      expect((await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'wlz', amountCents: 1 }] })).status).toBe(428);
      expect((await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'wlz', amountCents: 1 }] }, { 'If-Match': `"${o.version - 1}"` })).status).toBe(412);
      expect((await prof.post(`/overbruggingen/${o.id}/settlement`, { shares: [] }, im)).status).toBe(403);
      expect(names(await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [] }, im))).toEqual(['shares']);
      expect(names(await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'wlz', amountCents: 1 }, { funder: 'wlz', amountCents: 2 }] }, im))).toEqual(['shares.1.funder']);
      expect(names(await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'de buurman', amountCents: -5 }] }, im))).toEqual(['shares.0.amountCents', 'shares.0.funder']);
      expect((await (await t.as('z-budgethouder')).post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'wlz', amountCents: 1 }] }, im)).status).toBe(404);
      const s = await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'maatwerkbudget', amountCents: 400_000 }, { funder: 'gemeente-jeugd', amountCents: 500_000 }, { funder: 'woningcorporatie', amountCents: 300_000 }], note: 'Jeugd betaalt mee: uithuisplaatsing voorkomen' }, im);
      expect(s.status).toBe(200);
      expect(s.body).toMatchObject({ status: 'afgerekend', settledTotalCents: 1_200_000 });
      expect(s.body.claims.map((c: any) => [c.creditor, c.debtor, c.amountCents, c.status]).sort()).toEqual([
        ['maatwerkbudget', 'gemeente-jeugd', 500_000, 'open'],
        ['maatwerkbudget', 'woningcorporatie', 300_000, 'open'],
      ]);
      expect((await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'wlz', amountCents: 1 }] }, { 'If-Match': `"${s.body.version}"` })).status).toBe(409);
      const hist = (await prof.get(`/knelpunten/${k.id}`)).body.history.find((e: any) => e.kind === 'overbrugging_afgerekend');
      expect(hist.detail).toBe('Gemeente (maatwerkbudget): € 4.000,00; Gemeente (Jeugdwet): € 5.000,00; Woningcorporatie: € 3.000,00');
      expect(hist.detail).not.toMatch(/cent/);
      const claims = await tafel.get('/overbrugging-claims');
      expect(claims.body.totalOpenCents).toBe(800_000);
      const close = await bh.post(`/overbrugging-claims/${s.body.claims[0].id}/close`, {});
      expect(close.status).toBe(200);
      expect((await bh.post(`/overbrugging-claims/${s.body.claims[0].id}/close`, {})).status).toBe(409);
      expect((await tafel.get('/overbrugging-claims')).body.items).toHaveLength(1);
      expect((await tafel.get('/overbrugging-claims?status=gesloten')).body.items).toHaveLength(1);
    });

    it('policy advisers see the signal per rule and the patterns, without personal data', async () => {
      expect((await prof.get('/structural-signals')).status).toBe(403);
      const s = await beleid.get('/structural-signals');
      expect(s.status).toBe(200);
      expect(s.body.rules[0]).toMatchObject({ rule: 'Huisvestingsverordening art. 2.6 (urgentie)', count: 1, vasteAfspraak: 1, knelpuntTypes: ['regel_botst'] });
      const raw = JSON.stringify(s.body);
      expect(raw).not.toContain(caseId);
      expect(raw).not.toContain(k.id);
      const p = await beleid.get('/knelpunt-patterns');
      expect(p.body.perLaw[0]).toMatchObject({ blockingLaw: 'Huisvestingsverordening' });
      expect(p.body.perLaw[0].count).toBeGreaterThanOrEqual(8);
      expect((await (await t.as('z-beleid')).get('/structural-signals')).body.rules).toEqual([]);
    });
  });

  describe('consent and the hand-over', () => {
    it('shares name and birth year only after consent is recorded, with date and who', async () => {
      const k = await newKnelpunt();
      expect(names(await prof.post(`/knelpunten/${k.id}/consent`, { given: 'ja' }))).toEqual(['given']);
      const c = await prof.post(`/knelpunten/${k.id}/consent`, { given: true });
      expect(c.status).toBe(200);
      expect(c.body).toMatchObject({ consentToShare: true, consentRecordedOn: todayIso(), consentRecordedBy: 'Test professional' });
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[3].id, reason: 'Landelijke wetgeving; lokaal geen ruimte' });
      expect(e.status).toBe(201);
      const h = await loket.get(`/handovers/${e.body.handoverId}`);
      expect(h.body.withIdentifiers).toBe(true);
      expect(h.body.content.household.members[0]).toMatchObject({ name: 'Ruud', birthYear: 1979, role: 'aanvrager' });
      expect(JSON.stringify(h.body)).not.toContain('111222333');
      expect(JSON.stringify(h.body)).not.toContain('1979-11-02');
      // With identifiers, the source organisation logs the sharing per person.
      expect(await countLog(t.db, { action: 'delen', resource: 'overdracht', resource_id: e.body.handoverId } as any)).toBe(4);
    });

    it('withdrawing closes the open step and the hand-over', async () => {
      const k = await newKnelpunt();
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[3].id, reason: 'Landelijk' });
      const w = await prof.post(`/knelpunten/${k.id}/withdraw`, { reason: 'Opgelost met de corporatie' });
      expect(w.status).toBe(200);
      expect(w.body.status).toBe('ingetrokken');
      expect((await loket.get(`/handovers?status=open`)).body.items.map((h: any) => h.id)).not.toContain(e.body.handoverId);
      expect((await prof.post(`/knelpunten/${k.id}/escalations`, {})).status).toBe(409);
      expect((await prof.post(`/knelpunten/${k.id}/withdraw`, { reason: 'nogmaals' })).status).toBe(409);
    });
  });

  describe('the Maatwerkregister', () => {
    let contactId: string;
    it('admins maintain it; everyone searches by organisation, topic and text', async () => {
      const body = { contactOrganisation: 'UWV', name: 'Jan de Vries', role: 'maatwerkfunctionaris', phone: '+31 6 1234 5678', topics: ['WW', 'Participatiewet'], region: 'Midden-Nederland' };
      expect((await t.anonymous().post('/maatwerkregister', body)).status).toBe(401);
      expect((await prof.post('/maatwerkregister', body)).status).toBe(403);
      expect(names(await admin.post('/maatwerkregister', { ...body, email: 'geen-mail', phone: '12' }))).toEqual(['email', 'phone']);
      expect(names(await admin.post('/maatwerkregister', { ...body, phone: null }))).toEqual(['phone']);
      const r = await admin.post('/maatwerkregister', body);
      expect(r.status).toBe(201);
      contactId = r.body.id;
      await admin.post('/maatwerkregister', { contactOrganisation: 'Belastingdienst/Toeslagen', name: 'Petra Smit', email: 'p.smit@example.nl', topics: ['huurtoeslag'] });
      expect((await prof.get('/maatwerkregister?topic=ww')).body.items.map((c: any) => c.name)).toEqual(['Jan de Vries']);
      expect((await prof.get('/maatwerkregister?organisation=toeslagen')).body.items.map((c: any) => c.name)).toEqual(['Petra Smit']);
      expect((await (await t.as('z-professional')).get('/maatwerkregister?q=midden')).body.items.map((c: any) => c.name)).toEqual(['Jan de Vries']);
      expect((await (await t.as('z-admin')).patch(`/maatwerkregister/${contactId}`, { role: 'x' }, { 'If-Match': '"1"' })).status).toBe(403);
      const p = await admin.patch(`/maatwerkregister/${contactId}`, { region: 'Utrecht' }, { 'If-Match': '"1"' });
      expect(p.body).toMatchObject({ region: 'Utrecht', version: 2 });
    });

    it('a knelpunt links the contacts used', async () => {
      const k = await newKnelpunt();
      expect(names(await prof.post(`/knelpunten/${k.id}/contacts`, { contactId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['contactId']);
      const l = await prof.post(`/knelpunten/${k.id}/contacts`, { contactId, note: 'Gebeld over de WW-uitkering' });
      expect(l.status).toBe(201);
      expect(l.body[0]).toMatchObject({ name: 'Jan de Vries', note: 'Gebeld over de WW-uitkering' });
      expect((await prof.post(`/knelpunten/${k.id}/contacts`, { contactId })).status).toBe(409);
      expect((await prof.get(`/knelpunten/${k.id}`)).body.contacts).toHaveLength(1);
    });
  });

  describe('notifications', () => {
    it('are marked read by their owner only', async () => {
      const n = (await tl.get('/notifications?unread=true')).body.items[0];
      expect((await prof.post(`/notifications/${n.id}/read`)).status).toBe(404);
      const r = await tl.post(`/notifications/${n.id}/read`);
      expect(r.status).toBe(200);
      expect(r.body.readAt).toBeTruthy();
      expect((await tl.get('/notifications?unread=true')).body.items.map((x: any) => x.id)).not.toContain(n.id);
    });
  });

  describe('subject access (inzage)', () => {
    it('shows the knelpunten, decisions and what was shared with which organisation, and the business cases', async () => {
      const c = await prof.get(`/cases/${caseId}`);
      const ruud = c.body.household.members.find((m: any) => m.name === 'Ruud');
      const r = await (await t.as('privacy')).get(`/persons/${ruud.id}/inzage`);
      expect(r.status).toBe(200);
      const ks = r.body.sections.knelpunten.knelpunten;
      expect(ks.length).toBeGreaterThanOrEqual(10);
      const shared = ks.flatMap((k: any) => k.sharedWith);
      expect(shared.map((s: any) => s.organisation)).toContain('Landelijk Maatwerkloket (PMM)');
      expect(shared.some((s: any) => s.withIdentifiers)).toBe(true);
      expect(ks.some((k: any) => k.overbruggingen.length === 1 && k.overbruggingen[0].status === 'afgerekend')).toBe(true);
      expect(r.body.sections.businesscases.businessCases[0].summary).toMatch(/doormodderen/);
    });
  });

  describe('listing knelpunten', () => {
    it('professionals see their team, the doorbraaktafel sees the escalated ones, others are refused', async () => {
      const mine = await prof.get('/knelpunten?pageSize=100');
      expect(mine.status).toBe(200);
      expect(mine.body.total).toBeGreaterThanOrEqual(10);
      expect((await (await t.as('professional2')).get('/knelpunten')).body.total).toBe(0);
      const tafelList = await tafel.get('/knelpunten?pageSize=100');
      expect(tafelList.body.items.every((k: any) => k.status !== 'open' || k.currentStepId)).toBe(true);
      expect(tafelList.body.total).toBeLessThan(mine.body.total);
      expect((await beleid.get('/knelpunten')).status).toBe(403);
      expect(names(await prof.get('/knelpunten?status=weg'))).toEqual(['status']);
    });
  });
});

describe.each(DB_KINDS)('Dutch dates around midnight on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());

  // 23:30 and 00:30 Dutch time, in winter (UTC+1) and in summer (UTC+2). Before the fix "today" was the
  // UTC date: at 00:30 the escalation was dated the day before and a same-day deadline was already past.
  it.each([
    ['2026-01-14T22:30:00Z', '2026-01-14'],
    ['2026-01-14T23:30:00Z', '2026-01-15'],
    ['2026-07-14T21:30:00Z', '2026-07-14'],
    ['2026-07-14T22:30:00Z', '2026-07-15'],
  ])('at %s the escalation is dated %s and a same-day deadline is that day', async (instant, dutchDate) => {
    t.clock.offsetMs = new Date(instant).getTime() - Date.now();
    const admin = await t.as('admin');
    const prof = await t.as('professional');
    const lad = await admin.put('/escalation-ladder', { levels: [{ name: 'Taskforce', deadlineWorkingDays: 0, deciderRole: 'doorbraaktafel' }] });
    expect(lad.status).toBe(200);
    const c = await prof.post('/cases', { title: 'Nachtwerk', household: { name: 'Huishouden Nacht', members: [{ name: 'Noor', birthDate: '1990-01-01', role: 'aanvrager' }] } });
    expect(c.status).toBe(201);
    expect(c.body.openedOn).toBe(dutchDate);
    const k = await prof.post(`/cases/${c.body.id}/knelpunten`, knelpunt({ ...toets }));
    expect(k.status).toBe(201);
    const e = await prof.post(`/knelpunten/${k.body.id}/escalations`, {});
    expect(e.status).toBe(201);
    expect(e.body.step).toMatchObject({ escalatedOn: dutchDate, deadline: dutchDate });
  });
});
