// SPDX-License-Identifier: EUPL-1.2
/**
 * Idempotency-Key on the money movements: registering a spend, settling an overbrugging and closing
 * a claim. A retry with the same key by the same user gets the first answer back and records nothing
 * twice — also when the retries run in parallel; the same key with another request is refused; the
 * key is per user; a malformed key is a 400 naming the header; keys expire after 24 hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, countLog, makeTestApp, type Client, type TestApp, type TestResponse } from './testing';
import { purgeIdempotencyKeys } from './idempotency';
import { todayIso } from '../cases/model';

const BURST = 10;
let seq = 0;
const newKey = () => `sleutel-${Date.now().toString(36)}-${(seq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function ok(r: TestResponse, status: number, what: string) {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`).toBe(status);
  return r.body;
}

describe.each(DB_KINDS)('Idempotency-Key for money movements on %s', (kind) => {
  let t: TestApp;
  let prof: Client, tl: Client, bh: Client;
  let caseId: string, potId: string;
  const today = todayIso();
  const year = today.slice(0, 4);
  const spendBody = (amountCents = 2_500) => ({ potId, amountCents, category: 'vervoer', payee: 'NS Reizigers', spentOn: today, description: 'Treinkaartje', justification: 'Zonder kaartje gaat het gesprek niet door' });
  const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0].n;
  const spends = () => count(`budget_spends WHERE case_id = $1`, [caseId]);
  const committed = async () => (await t.db.query<{ c: number }>(`SELECT committed_cents AS c FROM budget_pots WHERE id = $1`, [potId])).rows[0].c;
  const spendLog = () => countLog(t.db, { action: 'aanmaken', resource: 'budgetuitgave', case_id: caseId });
  const knelpuntBody = { solutionNeeded: 'Een woning', blockingLaw: 'Huisvestingsverordening', blockingOrganisation: 'Urgentiecommissie', type: 'regel_botst', toetsRuleGoal: 'Doel', toetsCounterproductive: 'Werkt tegen', toetsProportionate: 'Proportioneel' };
  const newOverbrugging = async () => {
    const k = ok(await prof.post(`/cases/${caseId}/knelpunten`, knelpuntBody), 201, 'knelpunt');
    const step = ok(await prof.post(`/knelpunten/${k.id}/escalations`, {}), 201, 'escalation').step.id;
    return ok(await tl.post(`/escalation-steps/${step}/decision`, { outcome: 'overbrugd', text: 'Start maar', overbrugging: { help: 'Hotel', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 100_000 } }), 200, 'decision').overbrugging;
  };
  const settlement = { shares: [{ funder: 'maatwerkbudget', amountCents: 40_000 }, { funder: 'wlz', amountCents: 60_000 }] };

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [prof, tl, bh] = await Promise.all(['professional', 'teamleider', 'budgethouder'].map((u) => t.as(u)));
    const admin = await t.as('admin');
    ok(await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }, { name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' }] }), 200, 'ladder');
    caseId = ok(await prof.post('/cases', { title: 'Casus met geld', household: { name: 'Huishouden Geld', members: [{ name: 'Anna', birthDate: '1985-05-05', role: 'aanvrager' }] } }), 201, 'case').id;
    potId = ok(await bh.post('/budget-pots', { name: 'Pot', goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 10_000_000, categories: ['vervoer'] }), 201, 'pot').id;
    for (const role of ['professional', 'teamleider']) ok(await bh.post(`/budget-pots/${potId}/mandates`, { role, maxPerSpendCents: 50_000, maxPerCaseCents: 5_000_000 }), 201, 'mandate');
  }, 120_000);
  afterAll(async () => t?.close());

  it('declares the header on the three money operations in the OpenAPI document', async () => {
    const doc = ok(await t.anonymous().get('/openapi.json'), 200, 'openapi');
    for (const [path, method] of [['/cases/{id}/spends', 'post'], ['/overbruggingen/{id}/settlement', 'post'], ['/overbrugging-claims/{id}/close', 'post']]) {
      const params = doc.paths[path][method].parameters ?? [];
      expect(params.some((p: any) => p.in === 'header' && p.name === 'Idempotency-Key'), `${method} ${path}`).toBe(true);
    }
  });

  it('a retried spend returns the first answer and records nothing twice', async () => {
    const key = newKey();
    const [n0, c0, l0] = [await spends(), await committed(), await spendLog()];
    const first = await prof.post(`/cases/${caseId}/spends`, spendBody(), { 'Idempotency-Key': key });
    ok(first, 201, 'first');
    expect([await spends(), await committed(), await spendLog()]).toEqual([n0 + 1, c0 + 2_500, l0 + 1]);
    const again = await prof.post(`/cases/${caseId}/spends`, spendBody(), { 'Idempotency-Key': key });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect([await spends(), await committed(), await spendLog()]).toEqual([n0 + 1, c0 + 2_500, l0 + 1]);
    // Without a key the same body is a new spend, as before.
    ok(await prof.post(`/cases/${caseId}/spends`, spendBody()), 201, 'no key');
    expect(await spends()).toBe(n0 + 2);
  });

  it(`${BURST} parallel retries with one key create exactly one spend, and all get its answer`, async () => {
    const key = newKey();
    const [n0, c0, l0] = [await spends(), await committed(), await spendLog()];
    const rs = await Promise.all(Array.from({ length: BURST }, () => prof.post(`/cases/${caseId}/spends`, spendBody(1_100), { 'Idempotency-Key': key })));
    expect(rs.map((r) => r.status)).toEqual(Array(BURST).fill(201));
    expect(new Set(rs.map((r) => r.body.id)).size).toBe(1);
    expect([await spends(), await committed(), await spendLog()]).toEqual([n0 + 1, c0 + 1_100, l0 + 1]);
  });

  it('refuses the same key with another body (422, Dutch) and records nothing', async () => {
    const key = newKey();
    ok(await prof.post(`/cases/${caseId}/spends`, spendBody(3_000), { 'Idempotency-Key': key }), 201, 'first');
    const [n0, c0] = [await spends(), await committed()];
    const other = await prof.post(`/cases/${caseId}/spends`, spendBody(3_001), { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(other.contentType).toContain('application/problem+json');
    expect(other.body.code).toBe('idempotency_key_hergebruikt');
    expect(other.body.detail).toMatch(/al gebruikt voor een ander verzoek/);
    expect([await spends(), await committed()]).toEqual([n0, c0]);
  });

  it('keeps keys per user: the same key by another user is a separate spend', async () => {
    const key = newKey();
    const mine = ok(await prof.post(`/cases/${caseId}/spends`, spendBody(1_200), { 'Idempotency-Key': key }), 201, 'professional');
    const n0 = await spends();
    const theirs = ok(await tl.post(`/cases/${caseId}/spends`, spendBody(1_200), { 'Idempotency-Key': key }), 201, 'teamleider');
    expect(theirs.id).not.toBe(mine.id);
    expect(await spends()).toBe(n0 + 1);
  });

  it('refuses a malformed key with a 400 naming the header, before recording anything', async () => {
    const n0 = await spends();
    for (const bad of ['kort', 'met spatie erin', 'x'.repeat(256), 'ünïcödé-sleutel', 'a"b<c>d;e,f']) {
      const r = await prof.post(`/cases/${caseId}/spends`, spendBody(), { 'Idempotency-Key': bad });
      expect(r.status, bad).toBe(400);
      expect(r.body.invalidParams[0].name).toBe('Idempotency-Key');
      expect(r.body.detail).toMatch(/Idempotency-Key: moet 8 tot 255 tekens/);
    }
    expect(await spends()).toBe(n0);
  });

  it('does not store a refusal: a retry after a refused spend is evaluated again', async () => {
    const key = newKey();
    const tooMuch = await prof.post(`/cases/${caseId}/spends`, { ...spendBody(), potId: '00000000-0000-4000-8000-000000000000' }, { 'Idempotency-Key': key });
    expect(tooMuch.status).toBeGreaterThanOrEqual(400);
    expect(await count(`idempotency_keys WHERE key = $1`, [key])).toBe(0);
  });

  it('a retried settlement returns the first answer; claims are created once, also in parallel', async () => {
    const o = await newOverbrugging();
    const key = newKey();
    const claims = () => count(`overbrugging_claims WHERE overbrugging_id = $1`, [o.id]);
    const log0 = await countLog(t.db, { resource: 'overbrugging', action: 'wijzigen' });
    const rs = await Promise.all(Array.from({ length: BURST }, () => bh.post(`/overbruggingen/${o.id}/settlement`, settlement, { 'Idempotency-Key': key, 'If-Match': `"${o.version}"` })));
    expect(rs.map((r) => r.status)).toEqual(Array(BURST).fill(200));
    for (const r of rs) expect(r.body).toEqual(rs[0].body);
    expect(rs[0].body).toMatchObject({ status: 'afgerekend', settledTotalCents: 100_000, version: o.version + 1 });
    expect(await claims()).toBe(1);
    expect(await countLog(t.db, { resource: 'overbrugging', action: 'wijzigen' })).toBe(log0 + 1);
    const again = ok(await bh.post(`/overbruggingen/${o.id}/settlement`, settlement, { 'Idempotency-Key': key, 'If-Match': `"${o.version}"` }), 200, 'retry');
    expect(again).toEqual(rs[0].body);
    // Another body under the same key is refused; without a key the settled overbrugging is a 409 as before.
    expect((await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'wlz', amountCents: 100_000 }] }, { 'Idempotency-Key': key, 'If-Match': `"${o.version}"` })).status).toBe(422);
    expect((await bh.post(`/overbruggingen/${o.id}/settlement`, settlement, { 'If-Match': `"${rs[0].body.version}"` })).status).toBe(409);
    expect(await claims()).toBe(1);
  });

  it('a retried claim closing returns the first answer instead of "al gesloten"', async () => {
    const o = await newOverbrugging();
    const claim = ok(await bh.post(`/overbruggingen/${o.id}/settlement`, settlement, { 'If-Match': `"${o.version}"` }), 200, 'settle').claims[0];
    const key = newKey();
    const rs = await Promise.all(Array.from({ length: BURST }, () => bh.post(`/overbrugging-claims/${claim.id}/close`, { closedOn: today }, { 'Idempotency-Key': key })));
    expect(rs.map((r) => r.status)).toEqual(Array(BURST).fill(200));
    for (const r of rs) expect(r.body).toEqual({ ...claim, status: 'gesloten', closedOn: today });
    expect(await count(`overbrugging_claims WHERE id = $1 AND status = 'gesloten'`, [claim.id])).toBe(1);
    expect((await bh.post(`/overbrugging-claims/${claim.id}/close`, { closedOn: today })).status).toBe(409);
    // The same key on another claim is another request: refused.
    const o2 = await newOverbrugging();
    const claim2 = ok(await bh.post(`/overbruggingen/${o2.id}/settlement`, settlement, { 'If-Match': `"${o2.version}"` }), 200, 'settle 2').claims[0];
    expect((await bh.post(`/overbrugging-claims/${claim2.id}/close`, { closedOn: today }, { 'Idempotency-Key': key })).status).toBe(422);
    expect(await count(`overbrugging_claims WHERE id = $1 AND status = 'open'`, [claim2.id])).toBe(1);
  });

  it('honours a key for 24 hours; after that it is purged and the key is free again', async () => {
    const key = newKey();
    const first = ok(await prof.post(`/cases/${caseId}/spends`, spendBody(1_300), { 'Idempotency-Key': key }), 201, 'first');
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '23 hours' WHERE key = $1`, [key]);
    expect(await purgeIdempotencyKeys(t.db)).toBe(0);
    expect(ok(await prof.post(`/cases/${caseId}/spends`, spendBody(1_300), { 'Idempotency-Key': key }), 201, 'within 24h').id).toBe(first.id);
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const n0 = await spends();
    const later = ok(await prof.post(`/cases/${caseId}/spends`, spendBody(1_300), { 'Idempotency-Key': key }), 201, 'after 24h');
    expect(later.id).not.toBe(first.id);
    expect(await spends()).toBe(n0 + 1);
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    expect(await purgeIdempotencyKeys(t.db)).toBeGreaterThanOrEqual(1);
    expect(await count(`idempotency_keys WHERE key = $1`, [key])).toBe(0);
  });
});
