// SPDX-License-Identifier: EUPL-1.2
/**
 * The budget holder's day over HTTP (issue 16): edit a pot's second funder and split rule with
 * If-Match, the employees for a mandate per person, correct and cancel a spend for the accounts
 * (ADR 0022), the melding to the professional on approval or refusal, the settlement per funder as
 * CSV and the sample explained in Dutch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, countLog, type TestApp, type Client } from '../platform/testing';
import { dutchDate, DUTCH_MONTHS } from '../platform/dutch-date';
import { todayInAmsterdam } from '../platform/today';
import ExcelJS from 'exceljs';

const today = todayInAmsterdam();
const year = today.slice(0, 4);
const potBody = (over: Record<string, unknown> = {}) => ({
  name: 'Maatwerkbudget Noord',
  goal: 'Armoede voorkomen, zonder verordening of beschikking',
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-12-31`,
  amountCents: 1_000_000,
  categories: ['vervoer', 'kinderen', 'zorg_grijs_gebied', 'overig'],
  ...over,
});
const spendBody = (potId: string, over: Record<string, unknown> = {}) => ({
  potId,
  amountCents: 20_000,
  category: 'vervoer',
  payee: 'NS Reizigers',
  spentOn: today,
  description: 'Maandabonnement naar de opleiding',
  justification: 'Zonder abonnement kan hij de opleiding niet volgen; dat is het doel in het plan.',
  ...over,
});
const names = (r: { body: any }) => (r.body.invalidParams ?? []).map((p: any) => p.name).sort();

describe.each(DB_KINDS)('the budget holder on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  let bh: Client;
  let caseId: string;
  let potId: string;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
    bh = await t.as('budgethouder');
    const cs = await prof.post('/cases', { title: 'Jongere zonder reisgeld', household: { name: 'Huishouden Noord', members: [{ name: 'Daan', birthDate: '2004-03-14', role: 'aanvrager' }] } });
    expect(cs.status).toBe(201);
    caseId = cs.body.id;
    const pot = await bh.post('/budget-pots', potBody());
    expect(pot.status).toBe(201);
    potId = pot.body.id;
    expect((await bh.post(`/budget-pots/${potId}/mandates`, { role: 'professional', maxPerSpendCents: 100_000, maxPerCaseCents: 250_000 })).status).toBe(201);
  });
  afterAll(async () => t?.close());

  describe('pots of a joint fund', () => {
    it('changes the split rule and the second funder with If-Match; the settlement follows', async () => {
      const pot = (await bh.post('/budget-pots', potBody({ name: 'Fonds grijs gebied', coFunder: { name: 'Zorgverzekeraar Noord', splitRule: { kind: 'percentage', coFunderPercent: 50 } } }))).body;
      await bh.post(`/budget-pots/${pot.id}/mandates`, { role: 'professional', maxPerSpendCents: 100_000, maxPerCaseCents: 250_000 });
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(pot.id, { amountCents: 10_001, category: 'zorg_grijs_gebied' }))).status).toBe(201);
      expect((await prof.post(`/cases/${caseId}/spends`, spendBody(pot.id, { amountCents: 5_000, category: 'vervoer' }))).status).toBe(201);
      expect((await bh.get(`/budget-pots/${pot.id}/settlement`)).body.totals).toEqual({ totalCents: 15_001, coFunderCents: 7_501, ownerCents: 7_500 });

      const rule = { kind: 'per_categorie', coFunderPercentByCategory: { zorg_grijs_gebied: 75 }, defaultPercent: 0 };
      expect((await bh.patch(`/budget-pots/${pot.id}`, { splitRule: rule })).status).toBe(428);
      expect((await bh.patch(`/budget-pots/${pot.id}`, { splitRule: rule }, { 'If-Match': '"9"' })).status).toBe(412);
      const bad = await bh.patch(`/budget-pots/${pot.id}`, { splitRule: { ...rule, coFunderPercentByCategory: { opleiding: 20 } } }, { 'If-Match': '"1"' });
      expect(bad.status).toBe(400);
      expect(names(bad)).toEqual(['splitRule.coFunderPercentByCategory.opleiding']);
      expect(bad.body.invalidParams[0].reason).toBe('is geen categorie van dit budget');
      const ok = await bh.patch(`/budget-pots/${pot.id}`, { splitRule: rule, coFunderName: 'Zorgverzekeraar Noord-Holland' }, { 'If-Match': '"1"' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ coFunderName: 'Zorgverzekeraar Noord-Holland', splitRule: rule, version: 2 });
      expect(ok.headers.get('etag')).toBe('"2"');
      // 100,01 × 75% = 75,0075 → 75,01 for the insurer; transport 0%.
      const s = (await bh.get(`/budget-pots/${pot.id}/settlement`)).body;
      expect(s.totals).toEqual({ totalCents: 15_001, coFunderCents: 7_501, ownerCents: 7_500 });
      expect(s.lines.map((l: any) => [l.category, l.coFunderPercent, l.coFunderCents, l.ownerCents])).toEqual([['vervoer', 0, 0, 5_000], ['zorg_grijs_gebied', 75, 7_501, 2_500]]);

      // A category the rule names cannot be dropped from the pot's categories.
      const drop = await bh.patch(`/budget-pots/${pot.id}`, { categories: ['vervoer', 'kinderen', 'overig'] }, { 'If-Match': '"2"' });
      expect(drop.status).toBe(400);
      expect(names(drop)[0]).toMatch(/^categories/);
    });

    it('refuses a split rule on a pot without a second funder, naming the field in Dutch', async () => {
      const r = await bh.patch(`/budget-pots/${potId}`, { splitRule: { kind: 'percentage', coFunderPercent: 10 } }, { 'If-Match': '"1"' });
      expect(r.status).toBe(400);
      expect(r.body.invalidParams).toMatchObject([{ name: 'splitRule', reason: 'dit budget heeft geen tweede financier; maak een nieuw budget met een tweede financier' }]);
      expect((await bh.get(`/budget-pots/${potId}`)).body.version).toBe(1);
    });

    it('gives the settlement per funder as CSV with Dutch decimals, and refuses it for a pot without a second funder', async () => {
      const pot = (await bh.post('/budget-pots', potBody({ name: 'Fonds CSV', coFunder: { name: 'Zorgverzekeraar Zuid', splitRule: { kind: 'percentage', coFunderPercent: 40 } } }))).body;
      await bh.post(`/budget-pots/${pot.id}/mandates`, { role: 'professional', maxPerSpendCents: 100_000, maxPerCaseCents: 250_000 });
      await prof.post(`/cases/${caseId}/spends`, spendBody(pot.id, { amountCents: 12_345, category: 'kinderen' }));
      const r = await bh.get(`/budget-pots/${pot.id}/settlement.csv`);
      expect(r.status).toBe(200);
      expect(r.contentType).toContain('text/csv');
      const text = String(r.body);
      // 123,45 × 40% = 49,38 for the insurer, 74,07 for the owner.
      expect(text).toContain('Kinderen;123,45;40;74,07;49,38');
      expect(text).toContain('Totaal;123,45;;74,07;49,38');
      expect(text).toContain('Deel Zorgverzekeraar Zuid (euro)');
      expect((await bh.get(`/budget-pots/${potId}/settlement.csv`)).status).toBe(422);
      const x = await t.app.request(`/api/v1/budget-pots/${pot.id}/settlement.xlsx`, { headers: { cookie: bh.cookie } });
      expect(x.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await x.arrayBuffer());
      const ws = wb.getWorksheet('Afrekening')!;
      expect(ws.getRow(3).values).toEqual([undefined, 'Kinderen', 123.45, 40, 74.07, 49.38]);
      expect(ws.getRow(4).getCell(5).value).toBe(49.38);
      expect((await (await t.as('z-budgethouder')).get(`/budget-pots/${pot.id}/settlement.csv`)).status).toBe(404);
    });

    it('gives the status of a pot as CSV and Excel from the same lines, with months and dates in Dutch', async () => {
      const pot = (await bh.post('/budget-pots', potBody({ name: 'Stand downloaden' }))).body;
      await bh.post(`/budget-pots/${pot.id}/mandates`, { role: 'professional', maxPerSpendCents: 100_000, maxPerCaseCents: 250_000 });
      const spend = await prof.post(`/cases/${caseId}/spends`, spendBody(pot.id, { amountCents: 4_560, category: 'kinderen' }));
      expect(spend.status).toBe(201);
      const month = spend.body.spentOn.slice(0, 7);
      const dutchMonth = `${DUTCH_MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
      const r = await bh.get(`/budget-pots/${pot.id}/summary.csv`);
      expect(r.status).toBe(200);
      const text = String(r.body);
      expect(text).toContain('Totaal;Toegekend;45,60;1;');
      expect(text).toContain(`Maand;${dutchMonth};45,60;1;`);
      expect(text).not.toMatch(/\d{4}-\d{2}/);
      const x = await t.app.request(`/api/v1/budget-pots/${pot.id}/summary.xlsx`, { headers: { cookie: bh.cookie } });
      expect(x.status).toBe(200);
      expect(x.headers.get('content-disposition')).toBe('attachment; filename="stand-stand-downloaden.xlsx"');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await x.arrayBuffer());
      const rows = wb.getWorksheet('Stand')!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1, 4));
      expect(rows).toContainEqual(['Totaal', 'Toegekend', 45.6]);
      expect(rows).toContainEqual(['Maand', dutchMonth, 45.6]);
      expect((await (await t.as('z-budgethouder')).get(`/budget-pots/${pot.id}/summary.xlsx`)).status).toBe(404);
    });
  });

  it('lists the employees who spend, for a mandate per person (budget holder only)', async () => {
    const r = await bh.get('/budget-spenders');
    expect(r.status).toBe(200);
    const ids = r.body.items.map((u: any) => u.id);
    expect(ids).toContain(t.fx.users.professional);
    expect(ids).toContain(t.fx.users.teamleider);
    expect(ids).not.toContain(t.fx.users['z-professional']);
    expect(ids).not.toContain(t.fx.users.beleid);
    expect((await prof.get('/budget-spenders')).status).toBe(403);
  });

  describe('correcting and cancelling as the budget holder (ADR 0022)', () => {
    it('lowers an amount with a reason and If-Match; the history keeps old and new, the pot gets the difference back', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 20_000 }))).body;
      const before = (await bh.get(`/budget-pots/${potId}`)).body.totals.remainingCents;
      expect((await bh.patch(`/budget-spends/${s.id}`, { amountCents: 15_050, reason: 'Factuur was lager' })).status).toBe(428);
      expect((await bh.patch(`/budget-spends/${s.id}`, { amountCents: 15_050, reason: 'Factuur was lager' }, { 'If-Match': '"5"' })).status).toBe(412);
      const ok = await bh.patch(`/budget-spends/${s.id}`, { amountCents: 15_050, payee: 'NS', reason: 'Factuur was lager' }, { 'If-Match': '"1"' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ amountCents: 15_050, payee: 'NS', status: 'toegekend', version: 2 });
      expect((await bh.get(`/budget-pots/${potId}`)).body.totals.remainingCents).toBe(before + 4_950);
      const d = (await bh.get(`/budget-spends/${s.id}`)).body;
      expect(d.history.map((e: any) => e.kind)).toEqual(['geregistreerd', 'gecorrigeerd']);
      expect(d.history[1]).toMatchObject({ reason: 'Factuur was lager', before: { amountCents: 20_000, payee: 'NS Reizigers' }, after: { amountCents: 15_050, payee: 'NS' }, statusAfter: 'toegekend' });
      expect(d.history[1].userName).not.toBe(d.history[0].userName);
      expect(await countLog(t.db, { action: 'wijzigen', resource: 'budgetuitgave', user_id: t.fx.users.budgethouder, purpose: 'verantwoording' })).toBeGreaterThanOrEqual(1);
    });

    it('refuses a higher amount or another category (that is a new decision: four eyes), with the reason in Dutch', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 8_000 }))).body;
      const up = await bh.patch(`/budget-spends/${s.id}`, { amountCents: 9_000, reason: 'Toch duurder' }, { 'If-Match': '"1"' });
      expect(up.status).toBe(403);
      expect(up.body.detail).toContain('alleen naar een lager of gelijk bedrag (nu € 80,00)');
      const cat = await bh.patch(`/budget-spends/${s.id}`, { category: 'kinderen', reason: 'Andere categorie' }, { 'If-Match': '"1"' });
      expect(cat.status).toBe(403);
      expect(cat.body.detail).toContain('verandert u de categorie');
      const same = await bh.patch(`/budget-spends/${s.id}`, { amountCents: 8_000, reason: 'Niets veranderd' }, { 'If-Match': '"1"' });
      expect(names(same)).toEqual(['body']);
      const d = (await bh.get(`/budget-spends/${s.id}`)).body;
      expect(d).toMatchObject({ amountCents: 8_000, category: 'vervoer', version: 1 });
      expect(d.history).toHaveLength(1);
    });

    it('cancels with a reason: the spend stays with its history and no longer counts; twice is refused', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 3_300 }))).body;
      const before = (await bh.get(`/budget-pots/${potId}`)).body.totals;
      expect(names(await bh.post(`/budget-spends/${s.id}/cancel`, {}))).toEqual(['reason']);
      expect((await bh.post(`/budget-spends/${s.id}/cancel`, { reason: 'Dubbel geboekt' }, { 'If-Match': '"4"' })).status).toBe(412);
      const r = await bh.post(`/budget-spends/${s.id}/cancel`, { reason: 'Dubbel geboekt' }, { 'If-Match': '"1"' });
      expect(r.status).toBe(200);
      expect(r.body.status).toBe('geannuleerd');
      const after = (await bh.get(`/budget-pots/${potId}`)).body.totals;
      expect(after.grantedCents).toBe(before.grantedCents - 3_300);
      expect(after.remainingCents).toBe(before.remainingCents + 3_300);
      const again = await bh.post(`/budget-spends/${s.id}/cancel`, { reason: 'Nog eens' });
      expect(again.status).toBe(409);
      expect(again.body.detail).toBe('Een uitgave met de status "geannuleerd" kan niet worden geannuleerd.');
      expect((await bh.get(`/budget-spends/${s.id}`)).body.history.at(-1)).toMatchObject({ kind: 'geannuleerd', reason: 'Dubbel geboekt', before: { status: 'toegekend' }, after: { status: 'geannuleerd' } });
    });

    it('another organisation\'s budget holder does not find the spend', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 1_000 }))).body;
      const z = await t.as('z-budgethouder');
      expect((await z.post(`/budget-spends/${s.id}/cancel`, { reason: 'Niet van ons' })).status).toBe(404);
      expect((await z.patch(`/budget-spends/${s.id}`, { amountCents: 500, reason: 'Niet van ons' }, { 'If-Match': '"1"' })).status).toBe(404);
    });
  });

  describe('meldingen to the professional', () => {
    it('tells the professional when a spend above the mandate is approved, naming the case and the date in Dutch, linking the case', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 150_000, description: 'Laptop voor de opleiding' }))).body;
      expect(s.status).toBe('wacht_op_akkoord');
      const card = (await bh.get('/budget-approvals')).body.items.find((x: any) => x.id === s.id);
      expect(card.mandateExceeded).toBe('Boven het mandaat van de professional: € 1.000,00 per uitgave; deze uitgave is € 1.500,00.');
      expect(card.caseId).toBe(caseId);
      const unread = (await prof.get('/notifications')).body.unread;
      const r = await bh.post(`/budget-spends/${s.id}/approve`, { reason: 'Past bij het plan' });
      expect(r.status).toBe(200);
      const n = (await prof.get('/notifications')).body;
      expect(n.unread).toBe(unread + 1);
      const m = n.items.find((x: any) => x.kind === 'budget_goedgekeurd');
      expect(m).toMatchObject({ caseId, title: 'Uitgave goedgekeurd: Laptop voor de opleiding (€ 1.500,00)' });
      expect(m.body).toContain(`op ${dutchDate(today)} uw uitgave aan NS Reizigers voor de casus "Jongere zonder reisgeld" goedgekeurd. Toelichting: Past bij het plan`);
      expect(m.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      // The budget holder gets nothing.
      expect((await bh.get('/notifications')).body.items.some((x: any) => x.kind === 'budget_goedgekeurd')).toBe(false);
    });

    it('tells the professional when a spend is refused, with the reason', async () => {
      const s = (await prof.post(`/cases/${caseId}/spends`, spendBody(potId, { amountCents: 120_000, description: 'Rijlessen' }))).body;
      expect((await bh.post(`/budget-spends/${s.id}/reject`, { reason: 'Eerst het UWV vragen' })).status).toBe(200);
      const m = (await prof.get('/notifications')).body.items.find((x: any) => x.kind === 'budget_afgewezen');
      expect(m).toMatchObject({ caseId, title: 'Uitgave afgewezen: Rijlessen (€ 1.200,00)' });
      expect(m.body).toContain('afgewezen. Reden: Eerst het UWV vragen');
      // A refused decision sends no second melding when tried again.
      expect((await bh.post(`/budget-spends/${s.id}/reject`, { reason: 'Nog eens' })).status).toBe(409);
      expect((await prof.get('/notifications')).body.items.filter((x: any) => x.kind === 'budget_afgewezen')).toHaveLength(1);
    });
  });

  it('explains the sample in Dutch: how many, drawn how, who can redo it; no algorithm names', async () => {
    const r = await bh.post(`/budget-pots/${potId}/samples`, { size: 2, seed: 42 });
    expect(r.status).toBe(201);
    const e: string = r.body.explanation;
    const population = r.body.population;
    expect(e).toContain(`Uit de ${population} toegekende uitgaven van 1 januari ${year} tot en met 31 december ${year}`);
    expect(e).toContain('zijn er 2 door loting gekozen');
    expect(e).toContain('lotnummer 42');
    expect(e).toContain('de herhaalde loting geeft dezelfde uitgaven');
    expect(e).not.toMatch(/mulberry|Fisher|Yates|zaad|seed|PRNG/i);
  });
});
