// SPDX-License-Identifier: EUPL-1.2
/**
 * A joint fund with a health insurer over the API (ADR 0017): the insurer's budget holder sees the
 * pot by case number only, with status and forecast; co-decides spends above the mandate because the
 * fund's rule says so (both must approve, either refusal refuses); and confirms the settlement per
 * funder, which shows as outdated once the spends change.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from '../platform/testing';
import { todayIso } from '../cases/model';

const SECRET = `GEHEIM-${randomBytes(4).toString('hex')}`;
const ok = (r: TestResponse, status: number, what: string) => {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`).toBe(status);
  return r.body;
};

describe.each(DB_KINDS)('joint fund with an insurer on %s', (kind) => {
  let t: TestApp;
  let prof: Client, bh: Client, insurer: Client, insurerAdmin: Client, zBh: Client;
  const ids: Record<string, string> = {};
  const today = todayIso();
  const year = today.slice(0, 4);

  beforeAll(async () => {
    t = await makeTestApp(kind);
    ids.insurerOrg = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Zorgverzekeraar Test', 'zorgverzekeraar') RETURNING id`)).rows[0].id;
    for (const [username, role] of [['verzekeraar-bh', 'budgethouder'], ['verzekeraar-beheer', 'admin']]) {
      await t.db.query(`INSERT INTO users (organisation_id, team_id, username, display_name, password_hash, roles) SELECT $1, NULL, $2, $3, password_hash, ARRAY[$4] FROM users WHERE username = 'professional'`, [ids.insurerOrg, username, `Test ${username}`, role]);
    }
    [prof, bh, insurer, insurerAdmin, zBh] = await Promise.all(['professional', 'budgethouder', 'verzekeraar-bh', 'verzekeraar-beheer', 'z-budgethouder'].map((u) => t.as(u)));
    const pot = (name: string, coDecides: boolean) => ({
      name, goal: 'Zorg in het grijze gebied', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000, categories: ['zorg_grijs_gebied', 'vervoer'],
      coFunder: { name: 'Zorgverzekeraar Test', organisationId: ids.insurerOrg, splitRule: { kind: 'percentage', coFunderPercent: 50 } }, coDecidesAboveMandate: coDecides,
    });
    ids.pot = ok(await bh.post('/budget-pots', pot('Gezamenlijk fonds', true)), 201, 'pot').id;
    ids.plainPot = ok(await bh.post('/budget-pots', pot('Fonds zonder medebeslissing', false)), 201, 'plain pot').id;
    for (const p of [ids.pot, ids.plainPot]) ok(await bh.post(`/budget-pots/${p}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 500_000 }), 201, 'mandate');
    const cs = ok(await prof.post('/cases', { title: `Casus ${SECRET}`, household: { name: `Huishouden ${SECRET}`, members: [{ name: `Tjitske ${SECRET}`, birthDate: '1956-08-12', role: 'aanvrager' }] } }), 201, 'case');
    ids.case = cs.id;
    const spend = (potId: string, amountCents: number) => ({ potId, amountCents, category: 'zorg_grijs_gebied', payee: `Zorgboerderij ${SECRET}`, spentOn: today, description: `Logeeropvang ${SECRET}`, justification: `Onderbouwing ${SECRET} voor de mantelzorger` });
    ids.granted = ok(await prof.post(`/cases/${ids.case}/spends`, spend(ids.pot, 20_000)), 201, 'granted').id;
    ids.pending = ok(await prof.post(`/cases/${ids.case}/spends`, spend(ids.pot, 90_000)), 201, 'pending').id;
    ids.pending2 = ok(await prof.post(`/cases/${ids.case}/spends`, spend(ids.pot, 60_000)), 201, 'pending 2').id;
    ids.plainPending = ok(await prof.post(`/cases/${ids.case}/spends`, spend(ids.plainPot, 90_000)), 201, 'plain pending').id;
  }, 120_000);
  afterAll(async () => t?.close());

  it('the insurer sees the joint pot by case number only, with status and forecast', async () => {
    expect(ok(await insurer.get('/joint-funds'), 200, 'funds').items.map((f: any) => [f.name, f.role])).toEqual(expect.arrayContaining([['Gezamenlijk fonds', 'medefinancier'], ['Fonds zonder medebeslissing', 'medefinancier']]));
    const f = ok(await insurer.get(`/budget-pots/${ids.pot}/joint-fund`), 200, 'fund');
    expect(f.role).toBe('medefinancier');
    expect(f.spends.map((s: any) => [s.caseNumber, s.amountCents, s.status])).toEqual([[1, 20_000, 'toegekend'], [1, 90_000, 'wacht_op_akkoord'], [1, 60_000, 'wacht_op_akkoord']]);
    expect(f.status).toMatchObject({ budgetCents: 1_000_000, grantedCents: 20_000, pendingCents: 150_000, remainingCents: 830_000 });
    expect(f.status.forecast.explanation).toContain('In dit tempo');
    expect(f.waitingForMe).toBe(2);
    const text = JSON.stringify(f);
    for (const never of [SECRET, ids.case, 'Tjitske', 'Zorgboerderij', 'Logeeropvang']) expect(text).not.toContain(never);
    ok(await insurerAdmin.get(`/budget-pots/${ids.pot}/joint-fund`), 403, 'insurer admin');
    ok(await zBh.get(`/budget-pots/${ids.pot}/joint-fund`), 404, 'zaanstad');
    ok(await prof.get(`/budget-pots/${ids.pot}/joint-fund`), 403, 'professional of the owner');
  });

  it('both funders must approve a spend above the mandate; the first approval keeps it waiting', async () => {
    const first = ok(await insurer.post(`/budget-spends/${ids.pending}/co-decision`, { approve: true, reason: 'Past binnen de afspraken' }), 200, 'insurer approves');
    expect(first.status).toBe('wacht_op_akkoord');
    expect(first.decisionReason).toContain('Wacht op het akkoord van Gemeente Utrecht');
    expect(ok(await insurer.post(`/budget-spends/${ids.pending}/co-decision`, { approve: true }), 409, 'twice').code).toBe('al_beslist');
    ok(await bh.post(`/budget-spends/${ids.pending}/co-decision`, { approve: true }), 403, 'owner uses approve');
    ok(await zBh.post(`/budget-spends/${ids.pending}/co-decision`, { approve: true }), 404, 'zaanstad');
    const granted = ok(await bh.post(`/budget-spends/${ids.pending}/approve`, { reason: 'Akkoord' }), 200, 'owner approves');
    expect(granted.status).toBe('toegekend');
    expect(granted.decisionReason).toContain('beide financiers');
    const detail = ok(await bh.get(`/budget-spends/${ids.pending}`), 200, 'history');
    expect(detail.history.map((h: any) => [h.kind, h.statusAfter])).toEqual([['geregistreerd', 'wacht_op_akkoord'], ['goedgekeurd', 'wacht_op_akkoord'], ['goedgekeurd', 'toegekend']]);
  });

  it('a spend both funders decided on cannot be raised by a correction (decided again), only lowered', async () => {
    const cur = await prof.get(`/budget-spends/${ids.pending}`);
    expect(ok(await prof.patch(`/budget-spends/${ids.pending}`, { amountCents: 95_000, reason: 'Duurder uitgevallen' }, { 'If-Match': cur.headers.get('etag')! }), 409, 'raise').code).toBe('medebeslissing_genomen');
    const lowered = ok(await prof.patch(`/budget-spends/${ids.pending}`, { amountCents: 90_000, description: 'Logeeropvang, factuur ontvangen', reason: 'Omschrijving aangevuld' }, { 'If-Match': cur.headers.get('etag')! }), 200, 'same amount');
    expect(lowered.status).toBe('toegekend');
  });

  it('a refusal by either funder refuses the spend and releases its money; a refusal needs a reason', async () => {
    const owner = ok(await bh.post(`/budget-spends/${ids.pending2}/approve`, {}), 200, 'owner approves first');
    expect(owner.status).toBe('wacht_op_akkoord');
    expect(ok(await insurer.post(`/budget-spends/${ids.pending2}/co-decision`, { approve: false }), 400, 'no reason').invalidParams[0].name).toBe('reason');
    const refused = ok(await insurer.post(`/budget-spends/${ids.pending2}/co-decision`, { approve: false, reason: 'Valt onder de Wlz' }), 200, 'insurer refuses');
    expect(refused.status).toBe('afgewezen');
    const f = ok(await insurer.get(`/budget-pots/${ids.pot}/joint-fund`), 200, 'fund');
    expect(f.status).toMatchObject({ grantedCents: 110_000, pendingCents: 0, remainingCents: 890_000 });
    expect(f.waitingForMe).toBe(0);
    expect(ok(await insurer.post(`/budget-spends/${ids.plainPending}/co-decision`, { approve: true }), 409, 'no co-decision rule').code).toBe('geen_medebeslissing');
  });

  it('each funder confirms the settlement; a later change shows the confirmation no longer holds', async () => {
    const f = ok(await insurer.get(`/budget-pots/${ids.pot}/joint-fund`), 200, 'fund');
    expect(f.settlement.totals).toEqual({ totalCents: 110_000, ownerCents: 55_000, coFunderCents: 55_000 });
    expect(ok(await insurer.post(`/budget-pots/${ids.pot}/settlement/confirmations`, { ownerCents: 50_000, coFunderCents: 60_000 }), 409, 'wrong amounts').code).toBe('afrekening_gewijzigd');
    const c1 = ok(await insurer.post(`/budget-pots/${ids.pot}/settlement/confirmations`, { ownerCents: 55_000, coFunderCents: 55_000 }), 201, 'insurer confirms');
    expect(c1.confirmedBy.medefinancier).toMatchObject({ funder: 'medefinancier', organisationName: 'Zorgverzekeraar Test', coFunderCents: 55_000, current: true, confirmedOn: today });
    expect(c1.confirmedBy.eigenaar).toBeNull();
    const c2 = ok(await bh.post(`/budget-pots/${ids.pot}/settlement/confirmations`, { ownerCents: 55_000, coFunderCents: 55_000 }), 201, 'owner confirms');
    expect(c2.confirmedBy.eigenaar).toMatchObject({ funder: 'eigenaar', current: true });
    ok(await prof.post(`/cases/${ids.case}/spends`, { potId: ids.pot, amountCents: 1_001, category: 'vervoer', payee: 'Taxi', spentOn: today, description: 'Rit', justification: 'Kan niet met het ov' }), 201, 'another spend');
    const after = ok(await insurer.get(`/budget-pots/${ids.pot}/joint-fund`), 200, 'fund after');
    expect(after.settlement.totals).toEqual({ totalCents: 111_001, ownerCents: 55_500, coFunderCents: 55_501 });
    expect(after.confirmedBy.medefinancier.current).toBe(false);
    expect(after.confirmations).toHaveLength(2);
  });

  it('the insurer\'s reads and decisions are in the owner\'s processing log with the case', async () => {
    const rows = (await t.db.query<{ org: string; resource: string; action: string; case: string | null }>(`SELECT organisation_id AS org, resource, action, case_id AS case FROM processing_log WHERE user_id = (SELECT id FROM users WHERE username = 'verzekeraar-bh')`)).rows;
    expect(rows.some((r) => r.org === t.fx.orgs.utrecht && r.resource === 'fondsuitgave' && r.action === 'lezen' && r.case === ids.case)).toBe(true);
    expect(rows.some((r) => r.org === t.fx.orgs.utrecht && r.resource === 'budgetuitgave' && r.action === 'wijzigen' && r.case === ids.case)).toBe(true);
    expect(rows.some((r) => r.org === ids.insurerOrg && r.resource === 'fondsuitgave' && r.action === 'wijzigen' && r.case === null)).toBe(true);
  });
});
