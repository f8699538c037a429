// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, countLog, type TestApp, type Client } from '../platform/testing';
import { drawSample } from './model';

const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);
const periodStart = `${year}-01-01`;
const periodEnd = `${year}-12-31`;

const potBody = (over: Record<string, unknown> = {}) => ({
  name: 'Maatwerkbudget West',
  goal: 'Armoede voorkomen, zonder verordening of beschikking',
  periodStart,
  periodEnd,
  amountCents: 1_000_000,
  categories: ['vervoer', 'huur_woonlasten', 'identiteitsbewijs', 'kinderen', 'overig'],
  ...over,
});
const spendBody = (potId: string, over: Record<string, unknown> = {}) => ({
  potId,
  amountCents: 2_340,
  category: 'vervoer',
  payee: 'NS Reizigers',
  spentOn: today,
  description: 'Treinkaartje naar een sollicitatiegesprek',
  justification: 'Zonder kaartje gaat het gesprek niet door; werk is het doel in het plan.',
  ...over,
});
const names = (r: { body: any }) => (r.body.invalidParams ?? []).map((p: any) => p.name).sort();

describe.each(DB_KINDS)('budget API on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  let bh: Client;
  let tl: Client;
  let potId: string;
  let caseId: string;
  let householdId: string;

  async function openCase(client: Client, title = 'Casus voor budget') {
    const r = await client.post('/cases', { title, household: { name: `Huishouden ${title}`, members: [{ name: 'Cindy', birthDate: '1991-03-14', role: 'aanvrager' }] } });
    expect(r.status).toBe(201);
    return r.body as { id: string; householdId: string };
  }
  async function newPot(over: Record<string, unknown> = {}, mandate: Record<string, unknown> | null = { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 150_000 }) {
    const r = await bh.post('/budget-pots', potBody(over));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    if (mandate) expect((await bh.post(`/budget-pots/${r.body.id}/mandates`, mandate)).status).toBe(201);
    return r.body.id as string;
  }

  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
    bh = await t.as('budgethouder');
    tl = await t.as('teamleider');
    const cs = await openCase(prof);
    caseId = cs.id;
    householdId = cs.householdId;
    potId = await newPot();
  });
  afterAll(async () => t?.close());

  describe('pots', () => {
    it('refuses without login (401) and for professionals (403)', async () => {
      expect((await t.anonymous().post('/budget-pots', potBody())).status).toBe(401);
      expect((await t.anonymous().get('/budget-pots')).status).toBe(401);
      expect((await prof.post('/budget-pots', potBody())).status).toBe(403);
    });

    it('names every bad field in Dutch', async () => {
      const r = await bh.post('/budget-pots', potBody({ name: '', amountCents: 12.5, categories: ['vervoer', 'snoep'], periodStart: `${year}-02-30`, colour: 'rood' }));
      expect(r.status).toBe(400);
      expect(r.contentType).toContain('application/problem+json');
      expect(names(r)).toEqual(['amountCents', 'categories.1', 'colour', 'name', 'periodStart']);
      expect(r.body.invalidParams.find((p: any) => p.name === 'amountCents').reason).toBe('moet een geheel getal zijn');
      expect(names(await bh.post('/budget-pots', potBody({ amountCents: -100 })))).toEqual(['amountCents']);
      expect(names(await bh.post('/budget-pots', potBody({ amountCents: 10_000_000_001 })))).toEqual(['amountCents']);
      expect(names(await bh.post('/budget-pots', potBody({ periodEnd: `${Number(year) - 1}-12-31` })))).toEqual(['periodEnd']);
      expect(names(await bh.post('/budget-pots', potBody({ coFunder: { name: 'Zorgverzekeraar', splitRule: { kind: 'percentage', coFunderPercent: 150 } } })))).toEqual(['coFunder.splitRule.coFunderPercent']);
      expect(names(await bh.post('/budget-pots', potBody({ coFunder: { name: 'Zorgverzekeraar', splitRule: { kind: 'per_categorie', coFunderPercentByCategory: { opleiding: 50 }, defaultPercent: 0 } } })))).toEqual(['coFunder.splitRule.coFunderPercentByCategory.opleiding']);
    });

    it('hides another organisation\'s pot (404) and lets the professional see totals and their own mandate', async () => {
      expect((await (await t.as('z-budgethouder')).get(`/budget-pots/${potId}`)).status).toBe(404);
      const list = await prof.get('/budget-pots');
      expect(list.status).toBe(200);
      const mine = list.body.items.find((p: any) => p.id === potId);
      expect(mine.access).toBe('aggregate');
      expect(mine.myMandate).toMatchObject({ source: 'rol', maxPerSpend: 50_000, maxPerCase: 150_000 });
      expect(mine.totals.remainingCents).toBeLessThanOrEqual(1_000_000);
    });

    it('changes a pot only with If-Match, and not below what is committed', async () => {
      const id = await newPot({ name: 'Te wijzigen' });
      expect((await bh.patch(`/budget-pots/${id}`, { amountCents: 2_000_000 })).status).toBe(428);
      expect((await bh.patch(`/budget-pots/${id}`, { amountCents: 2_000_000 }, { 'If-Match': '"9"' })).status).toBe(412);
      const ok = await bh.patch(`/budget-pots/${id}`, { amountCents: 2_000_000 }, { 'If-Match': '"1"' });
      expect(ok.status).toBe(200);
      expect(ok.body.amountCents).toBe(2_000_000);
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(id, { amountCents: 40_000 }))).status).toBe(201);
      const low = await bh.patch(`/budget-pots/${id}`, { amountCents: 30_000 }, { 'If-Match': '"2"' });
      expect(low.status).toBe(400);
      expect(names(low)).toEqual(['amountCents']);
    });
  });

  describe('mandates', () => {
    it('climbs the ladder: 401, 400 per field, 403, 409 for a second mandate of the same role', async () => {
      expect((await t.anonymous().post(`/budget-pots/${potId}/mandates`, { role: 'professional', maxPerSpendCents: 1, maxPerCaseCents: 1 })).status).toBe(401);
      expect(names(await bh.post(`/budget-pots/${potId}/mandates`, { role: 'professional', userId: t.fx.users.professional, maxPerSpendCents: 100, maxPerCaseCents: 100 }))).toEqual(['role']);
      expect(names(await bh.post(`/budget-pots/${potId}/mandates`, { role: 'koning', maxPerSpendCents: -1, maxPerCaseCents: 100 }))).toEqual(['maxPerSpendCents', 'role']);
      expect(names(await bh.post(`/budget-pots/${potId}/mandates`, { role: 'teamleider', maxPerSpendCents: 500, maxPerCaseCents: 100 }))).toEqual(['maxPerCaseCents']);
      expect(names(await bh.post(`/budget-pots/${potId}/mandates`, { role: 'teamleider', maxPerSpendCents: 5, maxPerCaseCents: 10, categories: ['opleiding'] }))).toEqual(['categories.0']);
      expect((await prof.post(`/budget-pots/${potId}/mandates`, { role: 'teamleider', maxPerSpendCents: 5, maxPerCaseCents: 10 })).status).toBe(403);
      expect((await (await t.as('z-budgethouder')).post(`/budget-pots/${potId}/mandates`, { role: 'teamleider', maxPerSpendCents: 5, maxPerCaseCents: 10 })).status).toBe(404);
      const dup = await bh.post(`/budget-pots/${potId}/mandates`, { role: 'professional', maxPerSpendCents: 100, maxPerCaseCents: 100 });
      expect(dup.status).toBe(409);
    });

    it('a user mandate overrides the role mandate; ending it keeps it in the history', async () => {
      const id = await newPot({ name: 'Persoonlijk mandaat' });
      const m = await bh.post(`/budget-pots/${id}/mandates`, { userId: t.fx.users.professional, maxPerSpendCents: 1_000, maxPerCaseCents: 1_000 });
      expect(m.status).toBe(201);
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(id, { amountCents: 2_340 }));
      expect(r.body.status).toBe('wacht_op_akkoord');
      expect(r.body.decisionReason).toContain('uw persoonlijke mandaat');
      const patched = await bh.patch(`/budget-mandates/${m.body.id}`, { maxPerSpendCents: 5_000, maxPerCaseCents: 10_000 }, { 'If-Match': '"1"' });
      expect(patched.status).toBe(200);
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(id, { amountCents: 2_340 }))).body.status).toBe('toegekend');
      expect((await bh.delete(`/budget-mandates/${m.body.id}`)).body.active).toBe(false);
      const all = await bh.get(`/budget-pots/${id}/mandates`);
      expect(all.body.items.map((x: any) => x.active).sort()).toEqual([false, true]);
    });
  });

  describe('registering a spend on a case', () => {
    it('refuses without login (401), bad fields (400, named), other roles (403), another team (403), another organisation (404)', async () => {
      expect((await t.anonymous().post(`/cases/${caseId}/spends`, spendBody(potId))).status).toBe(401);
      const bad = await prof.post(`/cases/${caseId}/spends`, { ...spendBody(potId, { amountCents: 0, category: 'snoep', payee: '', spentOn: '2026-13-01', justification: 'kort' }), tip: true });
      expect(bad.status).toBe(400);
      expect(names(bad)).toEqual(['amountCents', 'category', 'justification', 'payee', 'spentOn', 'tip']);
      expect(names(await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 10.5 })))).toEqual(['amountCents']);
      expect(names(await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 10_000_001 })))).toEqual(['amountCents']);
      expect(names(await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: '2340' })))).toEqual(['amountCents']);
      const outside = await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { spentOn: `${Number(year) + 1}-01-01` }));
      expect(outside.status).toBe(400);
      expect(names(outside)).toEqual(['spentOn']);
      expect(outside.body.invalidParams[0].reason).toContain('buiten de periode');
      const notInPot = await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { category: 'opleiding' }));
      expect(names(notInPot)).toEqual(['category']);
      expect(names(await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { goalId: '00000000-0000-4000-8000-000000000000' })))).toEqual(['goalId']);
      expect(names(await prof.post(`/cases/${caseId}/spends`, spendBody('00000000-0000-4000-8000-000000000000')))).toEqual(['potId']);
      expect((await bh.post(`/cases/${caseId}/spends`, spendBody(potId))).status).toBe(403);
      expect((await (await t.as('professional2')).post(`/cases/${caseId}/spends`, spendBody(potId))).status).toBe(403);
      expect((await (await t.as('z-professional')).post(`/cases/${caseId}/spends`, spendBody(potId))).status).toBe(404);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM budget_spends WHERE pot_id = $1`, [potId])).rows[0].n).toBe(0);
    });

    it('grants a spend within the mandate at once and logs it', async () => {
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(potId));
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ status: 'toegekend', amountCents: 2_340, category: 'vervoer', categoryLabel: 'Vervoer', caseId });
      expect(r.body.decisionReason).toContain('Direct toegekend');
      expect(r.headers.get('etag')).toBe('"1"');
      expect(await countLog(t.db, { action: 'aanmaken', resource: 'budgetuitgave', case_id: caseId, household_id: householdId })).toBeGreaterThanOrEqual(1);
    });

    it('lets a spend above the mandate wait for the budget holder, who approves it; the professional cannot', async () => {
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 120_000, category: 'huur_woonlasten', payee: 'Woningcorporatie', description: 'Een maand huur om ontruiming te voorkomen' }));
      expect(r.status).toBe(201);
      expect(r.body.status).toBe('wacht_op_akkoord');
      expect(r.body.decisionReason).toContain('€ 1.200,00 is meer dan € 500,00 per uitgave');
      const queue = await bh.get('/budget-approvals');
      expect(queue.body.items.map((s: any) => s.id)).toContain(r.body.id);
      expect((await prof.post(`/budget-spends/${r.body.id}/approve`, {})).status).toBe(403);
      expect((await (await t.as('z-budgethouder')).post(`/budget-spends/${r.body.id}/approve`, {})).status).toBe(404);
      expect(names(await bh.post(`/budget-spends/${r.body.id}/reject`, {}))).toEqual(['reason']);
      const ok = await bh.post(`/budget-spends/${r.body.id}/approve`, { reason: 'Ontruiming voorkomen is goedkoper dan opvang' });
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('toegekend');
      expect(ok.body.decidedByName).toBe('Test budgethouder');
      expect((await bh.post(`/budget-spends/${r.body.id}/approve`, {})).status).toBe(409);
      expect(await countLog(t.db, { action: 'wijzigen', resource: 'budgetuitgave', user_id: t.fx.users.budgethouder, purpose: 'verantwoording' })).toBeGreaterThanOrEqual(1);
    });

    it('refuses what the pot cannot hold with 422, naming amountCents and saying how much is left', async () => {
      const small = await newPot({ name: 'Klein potje', amountCents: 10_000 });
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(small, { amountCents: 7_500 }))).status).toBe(201);
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(small, { amountCents: 3_000 }));
      expect(r.status).toBe(422);
      expect(r.contentType).toContain('application/problem+json');
      expect(r.body.code).toBe('budget_ontoereikend');
      expect(r.body.remainingCents).toBe(2_500);
      expect(names(r)).toEqual(['amountCents']);
      expect(r.body.detail).toContain('nog € 25,00 beschikbaar');
    });

    it('lets a pot that may go below zero grant beyond the budget', async () => {
      const neg = await newPot({ name: 'Mag onder nul', amountCents: 1_000, allowNegative: true });
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(neg, { amountCents: 3_000 }));
      expect(r.status).toBe(201);
      expect(r.body.status).toBe('toegekend');
      expect((await bh.get(`/budget-pots/${neg}/status`)).body.remainingCents).toBe(-2_000);
    });

    it('refuses spends on a closed pot (409), and lets a pending spend there only be rejected', async () => {
      const pot = await newPot({ name: 'Wordt gesloten' });
      const pending = (await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 60_000 }))).body;
      expect(pending.status).toBe('wacht_op_akkoord');
      expect((await bh.patch(`/budget-pots/${pot}`, { status: 'gesloten' }, { 'If-Match': '"1"' })).status).toBe(200);
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(pot));
      expect(r.status).toBe(409);
      expect(r.body.code).toBe('budget_gesloten');
      expect((await bh.post(`/budget-spends/${pending.id}/approve`, {})).status).toBe(409);
      const rej = await bh.post(`/budget-spends/${pending.id}/reject`, { reason: 'Budget is afgesloten' });
      expect(rej.status).toBe(200);
      expect(rej.body.status).toBe('afgewezen');
      expect((await bh.get(`/budget-pots/${pot}/status`)).body).toMatchObject({ pendingCents: 0, remainingCents: 1_000_000 });
    });

    it('lets an administrator set up pots and see totals, but not the spends', async () => {
      const admin = await t.as('admin');
      const r = await admin.post('/budget-pots', potBody({ name: 'Door beheer' }));
      expect(r.status).toBe(201);
      expect((await admin.post(`/budget-pots/${r.body.id}/mandates`, { role: 'professional', maxPerSpendCents: 10_000, maxPerCaseCents: 20_000 })).status).toBe(201);
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(r.body.id))).body.status).toBe('toegekend');
      expect((await admin.get(`/budget-pots/${r.body.id}/status`)).body.grantedCents).toBe(2_340);
      expect((await admin.get(`/budget-pots/${r.body.id}/spends`)).status).toBe(403);
      expect((await admin.post(`/cases/${caseId}/spends`, spendBody(r.body.id))).status).toBe(403);
      expect((await admin.get('/budget-approvals')).status).toBe(403);
    });

    it('never lets 20 concurrent spends push the pot beyond its budget', async () => {
      const pot = await newPot({ name: 'Gelijktijdig', amountCents: 100_000 }, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 10_000_000 });
      const clients = await Promise.all(Array.from({ length: 4 }, () => t.as('professional')));
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => clients[i % 4].post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 7_500, payee: `Ontvanger ${i}` }))));
      const granted = results.filter((r) => r.status === 201);
      const refused = results.filter((r) => r.status === 422);
      expect(granted.length + refused.length).toBe(20);
      expect(granted.length).toBe(13); // 13 × € 75 = € 975 of € 1.000
      granted.forEach((r) => expect(r.body.status).toBe('toegekend'));
      refused.forEach((r) => {
        expect(r.body.remainingCents).toBe(2_500);
        expect(r.body.invalidParams[0].name).toBe('amountCents');
      });
      const sum = (await t.db.query(`SELECT COALESCE(sum(amount_cents),0)::bigint AS s FROM budget_spends WHERE pot_id = $1 AND status = 'toegekend'`, [pot])).rows[0].s;
      expect(sum).toBe(97_500);
    });

    it('never lets concurrent spends on one case pass the per-case mandate unnoticed', async () => {
      const pot = await newPot({ name: 'Per casus gelijktijdig', amountCents: 1_000_000 }, { role: 'professional', maxPerSpendCents: 10_000, maxPerCaseCents: 30_000 });
      const cs = await openCase(prof, 'Gelijktijdig per casus');
      const results = await Promise.all(Array.from({ length: 10 }, () => prof.post(`/cases/${cs.id}/spends`, spendBody(pot, { amountCents: 10_000 }))));
      expect(results.every((r) => r.status === 201)).toBe(true);
      expect(results.filter((r) => r.body.status === 'toegekend').length).toBe(3);
      expect(results.filter((r) => r.body.status === 'wacht_op_akkoord').length).toBe(7);
    });
  });

  describe('correcting and cancelling', () => {
    it('corrects with If-Match and a reason, keeps before and after, and re-decides an increase', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 5_000, category: 'identiteitsbewijs', payee: 'Gemeente (burgerzaken)', description: 'Identiteitskaart' }))).body;
      expect((await prof.patch(`/budget-spends/${s.id}`, { amountCents: 7_890, reason: 'Tarief was hoger' })).status).toBe(428);
      expect(names(await prof.patch(`/budget-spends/${s.id}`, { amountCents: 7_890 }, { 'If-Match': '"1"' }))).toEqual(['reason']);
      expect((await prof.patch(`/budget-spends/${s.id}`, { amountCents: 7_890, reason: 'Tarief was hoger' }, { 'If-Match': '"7"' })).status).toBe(412);
      expect((await (await t.as('professional2')).patch(`/budget-spends/${s.id}`, { amountCents: 7_890, reason: 'Tarief was hoger' }, { 'If-Match': '"1"' })).status).toBe(403);
      const ok = await prof.patch(`/budget-spends/${s.id}`, { amountCents: 7_890, reason: 'Tarief was hoger' }, { 'If-Match': '"1"' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ amountCents: 7_890, status: 'toegekend', version: 2 });
      const up = await prof.patch(`/budget-spends/${s.id}`, { amountCents: 60_000, reason: 'Met spoedlevering' }, { 'If-Match': '"2"' });
      expect(up.body.status).toBe('wacht_op_akkoord');
      const detail = await prof.get(`/budget-spends/${s.id}`);
      expect(detail.body.history.map((e: any) => e.kind)).toEqual(['geregistreerd', 'gecorrigeerd', 'gecorrigeerd']);
      expect(detail.body.history[1]).toMatchObject({ reason: 'Tarief was hoger', before: { amountCents: 5_000 }, after: { amountCents: 7_890 } });
      expect(await countLog(t.db, { action: 'wijzigen', resource: 'budgetuitgave', case_id: caseId, user_id: t.fx.users.professional })).toBeGreaterThanOrEqual(2);
    });

    it('cancels with a reason; the spend stays with its history and no longer counts', async () => {
      const pot = await newPot({ name: 'Annuleren', amountCents: 10_000 });
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 10_000 }))).body;
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 100 }))).status).toBe(422);
      expect(names(await prof.post(`/budget-spends/${s.id}/cancel`, {}))).toEqual(['reason']);
      const r = await prof.post(`/budget-spends/${s.id}/cancel`, { reason: 'Dubbel ingevoerd' });
      expect(r.status).toBe(200);
      expect(r.body.status).toBe('geannuleerd');
      expect((await prof.post(`/budget-spends/${s.id}/cancel`, { reason: 'Nog een keer' })).status).toBe(409);
      expect((await prof.patch(`/budget-spends/${s.id}`, { amountCents: 1, reason: 'Toch' }, { 'If-Match': '"2"' })).status).toBe(409);
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 100 }))).status).toBe(201);
      const hist = (await prof.get(`/budget-spends/${s.id}`)).body.history;
      expect(hist.at(-1)).toMatchObject({ kind: 'geannuleerd', reason: 'Dubbel ingevoerd' });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM budget_spends WHERE id = $1`, [s.id])).rows[0].n).toBe(1);
    });

    it('shows everything spent on a case with totals, and logs the read', async () => {
      const r = await prof.get(`/cases/${caseId}/spends`);
      expect(r.status).toBe(200);
      const granted = r.body.items.filter((s: any) => s.status === 'toegekend').reduce((n: number, s: any) => n + s.amountCents, 0);
      expect(r.body.grantedCents).toBe(granted);
      expect(r.body.byPot.length).toBeGreaterThan(1);
      expect((await bh.get(`/cases/${caseId}/spends`)).status).toBe(403);
      expect(await countLog(t.db, { action: 'lezen', resource: 'budgetuitgaven', case_id: caseId })).toBeGreaterThanOrEqual(1);
    });
  });

  describe('sample review afterwards', () => {
    let pot: string;
    let ids: string[];
    beforeAll(async () => {
      pot = await newPot({ name: 'Steekproef', amountCents: 1_000_000 }, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 10_000_000 });
      await bh.post(`/budget-pots/${pot}/mandates`, { role: 'teamleider', maxPerSpendCents: 50_000, maxPerCaseCents: 10_000_000 });
      ids = [];
      for (let i = 0; i < 14; i++) ids.push((await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 1_000 + i }))).body.id);
      ids.push((await tl.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 999 }))).body.id);
    });

    it('refuses professionals (403), bad sizes (400), and a pot of another organisation (404)', async () => {
      expect((await t.anonymous().post(`/budget-pots/${pot}/samples`, {})).status).toBe(401);
      expect((await prof.post(`/budget-pots/${pot}/samples`, {})).status).toBe(403);
      expect(names(await bh.post(`/budget-pots/${pot}/samples`, { size: 0, seed: -1 }))).toEqual(['seed', 'size']);
      expect(names(await bh.post(`/budget-pots/${pot}/samples`, { from: `${Number(year) - 1}-06-01` }))).toEqual(['from']);
      expect((await (await t.as('z-budgethouder')).post(`/budget-pots/${pot}/samples`, {})).status).toBe(404);
    });

    it('draws N spends reproducibly from the stored seed; a later draw takes only spends not yet sampled', async () => {
      const r = await bh.post(`/budget-pots/${pot}/samples`, { size: 10, seed: 20260423 });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ seed: 20260423, population: 15, sizeRequested: 10, reproducible: true });
      const drawn = r.body.items.map((i: any) => i.spend.id);
      expect(drawn).toEqual(drawSample(ids, 10, 20260423));
      const again = await bh.get(`/budget-samples/${r.body.id}`);
      expect(again.body.items.map((i: any) => i.spend.id)).toEqual(drawn);
      expect(again.body.reproducible).toBe(true);
      const second = await bh.post(`/budget-pots/${pot}/samples`, { size: 10, seed: 1 });
      expect(second.body.population).toBe(5);
      expect(second.body.items.map((i: any) => i.spend.id).some((id: string) => drawn.includes(id))).toBe(false);
      expect((await bh.post(`/budget-pots/${pot}/samples`, {})).status).toBe(422);
      expect(await countLog(t.db, { action: 'lezen', resource: 'budgetuitgave', user_id: t.fx.users.budgethouder, purpose: 'verantwoording' })).toBeGreaterThanOrEqual(10);
    });

    it('records passend / niet passend with a reason, never by the one who spent, and shows coverage on the pot', async () => {
      const samples = (await bh.get(`/budget-pots/${pot}/samples`)).body.items;
      expect(samples.length).toBe(2);
      const all = [];
      for (const s of samples) all.push(...(await bh.get(`/budget-samples/${s.id}`)).body.items.map((i: any) => ({ sampleId: s.id, spendId: i.spend.id, by: i.spend.registeredBy })));
      const mine = all.find((x) => x.by === t.fx.users.teamleider)!;
      const others = all.filter((x) => x.by !== t.fx.users.teamleider);
      const url = (x: { sampleId: string; spendId: string }) => `/budget-samples/${x.sampleId}/items/${x.spendId}`;
      expect((await prof.put(url(others[0]), { verdict: 'passend', reason: 'Past bij het doel' })).status).toBe(403);
      expect(names(await bh.put(url(others[0]), { verdict: 'prima', reason: '' }))).toEqual(['reason', 'verdict']);
      expect((await tl.put(url(others[0]), { verdict: 'passend', reason: 'Past bij het doel' })).status).toBe(403); // org-wide pot: not the team lead's
      const teamPot = await bh.get(`/budget-pots/${pot}`);
      expect(teamPot.body.teamId).toBeNull();
      const bad = await bh.put(url(mine), { verdict: 'passend', reason: 'Zelf gedaan' });
      expect(bad.status).toBe(200); // the budget holder did not register it
      const first = await bh.put(url(others[0]), { verdict: 'passend', reason: 'Past bij het doel van het plan' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ verdict: 'passend', reviewedByName: 'Test budgethouder' });
      expect((await bh.put(url(others[1]), { verdict: 'niet_passend', reason: 'Had uit de bijzondere bijstand gekund' })).status).toBe(200);
      const st = await bh.get(`/budget-pots/${pot}/status`);
      expect(st.body.review).toMatchObject({ population: 15, sampled: 15, reviewed: 3, passend: 2, nietPassend: 1, reviewedPercent: 20 });
      expect(await countLog(t.db, { action: 'wijzigen', resource: 'steekproefoordeel', user_id: t.fx.users.budgethouder })).toBe(3);
    });

    it('lets a team lead review spends of their own team\'s pot, but not one they registered', async () => {
      const teamPot = await newPot({ name: 'Teampot West', teamId: t.fx.teams.utrechtWest }, { role: 'teamleider', maxPerSpendCents: 50_000, maxPerCaseCents: 10_000_000 });
      const own = (await tl.post(`/cases/${caseId}/spends`, spendBody(teamPot))).body.id;
      const s = await tl.post(`/budget-pots/${teamPot}/samples`, { size: 5, seed: 7 });
      expect(s.status).toBe(201);
      const r = await tl.put(`/budget-samples/${s.body.id}/items/${own}`, { verdict: 'passend', reason: 'Eigen uitgave' });
      expect(r.status).toBe(403);
      expect(r.body.detail).toMatch(/vier ogen/);
      expect((await (await t.as('teamleider2')).get(`/budget-pots/${teamPot}/spends`)).status).toBe(403);
      const other = await t.as('professional2');
      const oost = await openCase(other, 'Oost');
      expect(names(await other.post(`/cases/${oost.id}/spends`, spendBody(teamPot)))).toEqual(['potId']);
    });
  });

  describe('status, reports and export', () => {
    it('reports budget, granted, pending, remaining, per category and month, and a forecast that explains itself', async () => {
      const pot = await newPot({ name: 'Stand' });
      await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 2_340 }));
      await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 78_000, category: 'huur_woonlasten' }));
      expect((await t.anonymous().get(`/budget-pots/${pot}/status`)).status).toBe(401);
      expect((await (await t.as('z-budgethouder')).get(`/budget-pots/${pot}/status`)).status).toBe(404);
      expect((await (await t.as('handhaving')).get(`/budget-pots/${pot}/status`)).status).toBe(403);
      const r = await prof.get(`/budget-pots/${pot}/status`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ budgetCents: 1_000_000, grantedCents: 2_340, pendingCents: 78_000, remainingCents: 919_660, grantedCount: 1, pendingCount: 1 });
      expect(r.body.byCategory).toEqual([
        { category: 'huur_woonlasten', label: 'Huur en woonlasten', grantedCents: 0, pendingCents: 78_000, count: 1 },
        { category: 'vervoer', label: 'Vervoer', grantedCents: 2_340, pendingCents: 0, count: 1 },
      ]);
      expect(r.body.byMonth).toEqual([{ month: today.slice(0, 7), grantedCents: 2_340, count: 1 }]);
      expect(r.body.forecast.totalDays).toBeGreaterThanOrEqual(365);
      expect(r.body.forecast.explanation).toContain('In dit tempo');
      expect(r.body.explanation[0]).toContain('10000,00 − 23,40 − 780,00 = 9196,60');
    });

    it('settles a joint pot per funder; the co-funder\'s budget holder sees totals but no spends', async () => {
      const pot = await newPot({ name: 'Gezamenlijk fonds', categories: ['zorg_grijs_gebied', 'overbrugging'], coFunder: { name: 'Gemeente Zaanstad (als verzekeraar)', organisationId: t.fx.orgs.zaanstad, splitRule: { kind: 'percentage', coFunderPercent: 50 } } }, { role: 'professional', maxPerSpendCents: 500_000, maxPerCaseCents: 10_000_000 });
      await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 100_001, category: 'zorg_grijs_gebied', description: 'Logeeropvang voor respijt' }));
      await prof.post(`/cases/${caseId}/spends`, spendBody(pot, { amountCents: 20_000, category: 'overbrugging', description: 'Overbrugging tot de Wlz-indicatie' }));
      const s = await bh.get(`/budget-pots/${pot}/settlement`);
      expect(s.status).toBe(200);
      expect(s.body.totals).toEqual({ totalCents: 120_001, coFunderCents: 60_001, ownerCents: 60_000 });
      const cofunder = await t.as('z-budgethouder');
      expect((await cofunder.get(`/budget-pots/${pot}/settlement`)).status).toBe(200);
      expect((await cofunder.get(`/budget-pots/${pot}/status`)).status).toBe(200);
      expect((await cofunder.get(`/budget-pots/${pot}/spends`)).status).toBe(403);
      expect((await cofunder.get(`/budget-pots/${pot}/spends.csv`)).status).toBe(403);
      expect((await cofunder.patch(`/budget-pots/${pot}`, { name: 'Overgenomen' }, { 'If-Match': '"1"' })).status).toBe(403);
      expect((await (await t.as('z-professional')).get(`/budget-pots/${pot}/settlement`)).status).toBe(404);
      expect((await bh.get(`/budget-pots/${potId}/settlement`)).status).toBe(422);
    });

    it('lists a pot\'s spends for the budget holder with filters, logged as verantwoording', async () => {
      expect((await prof.get(`/budget-pots/${potId}/spends`)).status).toBe(403);
      expect(names(await bh.get(`/budget-pots/${potId}/spends?status=zoek&pageSize=1000`))).toEqual(['pageSize', 'status']);
      const r = await bh.get(`/budget-pots/${potId}/spends?category=vervoer`);
      expect(r.status).toBe(200);
      expect(r.body.items.every((s: any) => s.category === 'vervoer')).toBe(true);
      expect(r.body.items[0]).toHaveProperty('caseTitle');
      expect(r.body.items[0]).not.toHaveProperty('householdId');
    });

    it('exports spends and the summary as ; CSV with a decimal comma, and logs the export', async () => {
      const r = await bh.get(`/budget-pots/${potId}/spends.csv`);
      expect(r.status).toBe(200);
      expect(r.contentType).toBe('text/csv; charset=utf-8');
      expect(r.headers.get('content-disposition')).toBe('attachment; filename="uitgaven-maatwerkbudget-west.csv"');
      const lines = (r.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Datum;Bedrag (euro);Categorie;Ontvanger;Waarvoor;Onderbouwing;Status;Toelichting besluit;Casus;Casus-id;Geregistreerd door;Geregistreerd op;Uitgave-id');
      expect(lines.some((l) => l.startsWith(`${today};23,40;Vervoer;NS Reizigers;`))).toBe(true);
      expect(await countLog(t.db, { action: 'exporteren', resource: 'budgetuitgave', user_id: t.fx.users.budgethouder })).toBe(lines.length - 1);
      const s = await prof.get(`/budget-pots/${potId}/summary.csv`);
      expect(s.status).toBe(200);
      expect(s.contentType).toBe('text/csv; charset=utf-8');
      expect(s.body).toContain('Totaal;Budget;10000,00;;');
      expect((await prof.get(`/budget-pots/${potId}/spends.csv`)).status).toBe(403);
    });

    it('keeps every pot\'s running committed total equal to the sum of its granted and pending spends', async () => {
      const rows = (await t.db.query(`SELECT p.id, p.committed_cents AS running, COALESCE((SELECT sum(s.amount_cents) FROM budget_spends s WHERE s.pot_id = p.id AND s.status IN ('toegekend','wacht_op_akkoord')), 0)::bigint AS summed FROM budget_pots p`)).rows;
      expect(rows.length).toBeGreaterThan(10);
      rows.forEach((r: any) => expect(r.running).toBe(r.summed));
    });

    it('puts the spends in the subject-access export (inzage)', async () => {
      const members = (await prof.get(`/households/${householdId}`)).body.members;
      const r = await (await t.as('privacy')).get(`/persons/${members[0].id}/inzage`);
      expect(r.status).toBe(200);
      expect(r.body.sections.maatwerkbudget.spends.length).toBeGreaterThan(5);
      expect(r.body.sections.maatwerkbudget.spends[0].history.length).toBeGreaterThanOrEqual(1);
    });
  });
});
