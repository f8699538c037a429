// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's consent over the API (docs/privacy.md): recorded with what, with whom, for which
 * purpose and until when; refused with the field named and nothing written; invisible to another
 * organisation; withdrawn once — of parallel withdrawals exactly one wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from '../platform/testing';
import { todayIso } from '../cases/model';

const ok = (r: TestResponse, status: number, what: string) => {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`).toBe(status);
  return r.body;
};
const inMonths = (iso: string, n: number) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
};

describe.each(DB_KINDS)('consent API on %s', (kind) => {
  let t: TestApp;
  let prof: Client, prof2: Client, zProf: Client, handhaving: Client;
  let caseId: string, anna: string;
  const today = todayIso();

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [prof, prof2, zProf, handhaving] = await Promise.all(['professional', 'professional2', 'z-professional', 'handhaving'].map((u) => t.as(u)));
    const cs = ok(await prof.post('/cases', { title: 'Toestemming', household: { name: 'Huishouden Anna', members: [{ name: 'Anna Jansen', birthDate: '1985-05-05', role: 'aanvrager' }] } }), 201, 'case');
    caseId = cs.id;
    anna = ok(await prof.get(`/households/${cs.householdId}`), 200, 'household').members[0].id;
  });
  afterAll(async () => t?.close());

  const body = (over: Record<string, unknown> = {}) => ({ personId: anna, dataCategories: ['namen_in_overdracht'], recipientName: 'Landelijk Maatwerkloket', purpose: 'Overdracht met namen aan het loket', validUntil: inMonths(today, 6), ...over });
  const count = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM consents`)).rows[0].n;

  it('records a consent and lists it with its state today', async () => {
    const c = ok(await prof.post(`/cases/${caseId}/consents`, body()), 201, 'give');
    expect(c).toMatchObject({ state: 'geldig', stateLabel: 'Geldig', personName: 'Anna Jansen', givenOn: today, recipientName: 'Landelijk Maatwerkloket', dataLabels: ['Namen van het huishouden in een overdracht aan een andere organisatie'] });
    expect(ok(await prof.get(`/cases/${caseId}/consents`), 200, 'list').items.map((x: any) => x.id)).toEqual([c.id]);
    expect(ok(await prof.get(`/consents/${c.id}`), 200, 'one').purpose).toBe('Overdracht met namen aan het loket');
  });

  it('refuses bad input naming the field, other teams, other roles and other organisations, writing nothing', async () => {
    const before = await count();
    const fields: Array<[Record<string, unknown>, string]> = [
      [{ validUntil: inMonths(today, 30) }, 'validUntil'],
      [{ givenOn: inMonths(today, 1) }, 'givenOn'],
      [{ dataCategories: [] }, 'dataCategories'],
      [{ dataCategories: ['alles'] }, 'dataCategories'],
      [{ recipientName: undefined }, 'recipientName'],
      [{ recipientOrganisationId: t.fx.orgs.utrecht }, 'recipientOrganisationId'],
      [{ personId: caseId }, 'personId'],
    ];
    for (const [over, field] of fields) {
      const r = await prof.post(`/cases/${caseId}/consents`, body(over));
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.invalidParams.map((p: any) => p.name).join(',')).toContain(field);
    }
    ok(await prof2.post(`/cases/${caseId}/consents`, body()), 403, 'other team');
    ok(await handhaving.post(`/cases/${caseId}/consents`, body()), 403, 'enforcement');
    ok(await zProf.post(`/cases/${caseId}/consents`, body()), 404, 'other organisation');
    ok(await zProf.get(`/cases/${caseId}/consents`), 404, 'other organisation reads');
    expect(await count()).toBe(before);
  });

  it('withdraws once: of five parallel withdrawals exactly one wins, the others get 409', async () => {
    const c = ok(await prof.post(`/cases/${caseId}/consents`, body()), 201, 'give');
    ok(await zProf.post(`/consents/${c.id}/withdraw`, { reason: 'Overgenomen' }), 404, 'other organisation');
    const rs = await Promise.all(Array.from({ length: 5 }, () => prof.post(`/consents/${c.id}/withdraw`, { reason: 'Anna wil dit niet meer' })));
    expect(rs.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const after = ok(await prof.get(`/consents/${c.id}`), 200, 'after');
    expect(after).toMatchObject({ state: 'ingetrokken', withdrawnOn: today, withdrawReason: 'Anna wil dit niet meer', withdrawnByName: 'Test professional' });
    const log = (await t.db.query<{ action: string }>(`SELECT action FROM processing_log WHERE resource = 'toestemming' AND resource_id = $1 ORDER BY id`, [c.id])).rows.map((r) => r.action);
    expect(log).toEqual(['aanmaken', 'wijzigen']);
  });
});
