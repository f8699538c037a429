// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, countLog, type TestApp, type Client } from '../platform/testing';

const names = (r: { body: any }) => (r.body.invalidParams ?? []).map((p: any) => p.name).sort();

// The mantelzorgwoning seed: Wlz institution for both parents (€ 100.000 a year) versus a € 40.000
// mantelzorgwoning the municipality funds as maatwerk.
const mantelzorg = {
  title: 'Mantelzorgwoning versus Wlz-opname',
  horizonMonths: 24,
  regulier: [{ itemKey: 'wlz-institution-two-persons-dementia', durationMonths: 60 }],
  maatwerk: [{ itemKey: 'mantelzorgwoning-purchase', funder: 'gemeente-wmo' }],
};

describe.each(DB_KINDS)('business case API on %s', (kind) => {
  let t: TestApp;
  let prof: Client, admin: Client;
  let caseId: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    [prof, admin] = await Promise.all([t.as('professional'), t.as('admin')]);
    const c = await prof.post('/cases', { title: 'Ouders met dementie', household: { name: 'Huishouden Gerda', members: [{ name: 'Gerda', birthDate: '1976-05-19', role: 'aanvrager' }] } });
    caseId = c.body.id;
  });
  afterAll(async () => t?.close());

  describe('the catalogue', () => {
    it('shows the national reference to every logged-in user, with sources', async () => {
      expect((await t.anonymous().get('/cost-catalogue')).status).toBe(401);
      const r = await prof.get('/cost-catalogue');
      expect(r.status).toBe(200);
      expect(r.body.items).toHaveLength(60);
      expect(r.body.items.find((i: any) => i.key === 'low-budget-hotel-youth-per-month')).toMatchObject({ amountCents: 70_000, unit: 'per month', origin: 'landelijk' });
    });

    it('lets admins and policy advisers override a price or add an item, keeping the source', async () => {
      const item = { label: 'Nachtopvang Utrecht', unit: 'per night', amountCents: 9_500, funder: 'gemeente-wmo', source: 'Begroting Utrecht 2026, programma Opvang', year: 2026 };
      expect((await prof.put('/cost-catalogue/night-shelter-per-night', item)).status).toBe(403);
      expect(names(await admin.put('/cost-catalogue/Nacht%20Opvang', item))).toEqual(['key']);
      const bad = await admin.put('/cost-catalogue/nacht-opvang', { ...item, source: '', amountCents: 1.5, unit: 'per week' });
      expect(bad.status).toBe(400);
      expect(names(bad)).toEqual(['amountCents', 'source', 'unit']);
      const r = await admin.put('/cost-catalogue/night-shelter-per-night', item);
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ amountCents: 9_500, origin: 'eigen', overrides: { amountCents: 9_000 } });
      expect((await admin.put('/cost-catalogue/night-shelter-per-night', { ...item, amountCents: 9_600 })).status).toBe(200);
      const z = await (await t.as('z-professional')).get('/cost-catalogue');
      expect(z.body.items.find((i: any) => i.key === 'night-shelter-per-night').amountCents).toBe(9_000);
      expect((await (await t.as('beleid')).delete('/cost-catalogue/night-shelter-per-night')).status).toBe(204);
      expect((await admin.delete('/cost-catalogue/night-shelter-per-night')).status).toBe(404);
    });
  });

  describe('calculating', () => {
    it('computes the young man in his car: hotel € 1.400 versus night shelter € 5.400', async () => {
      const r = await prof.post('/business-cases/calculate', {
        horizonMonths: 12,
        regulier: [{ itemKey: 'night-shelter-per-night', quantity: 30, durationMonths: 2 }],
        maatwerk: [{ itemKey: 'low-budget-hotel-youth-per-month', durationMonths: 2 }],
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ differenceCents: 400_000, regulier: { totalCents: 540_000 }, maatwerk: { totalCents: 140_000 } });
      expect(r.body.regulier.lines[0].explanation).toContain('€ 90,00 per nacht');
    });

    it('names each bad line field', async () => {
      const r = await prof.post('/business-cases/calculate', {
        horizonMonths: 0,
        regulier: [{ itemKey: 'bestaat-niet' }, { label: 'Eigen post', unit: 'per month', quantity: 1.234, probabilityPct: 101 }],
        maatwerk: [{ startMonth: 0, shoe: 1 }],
      });
      expect(r.status).toBe(400);
      expect(names(r)).toEqual(['horizonMonths', 'maatwerk.0.shoe', 'maatwerk.0.startMonth', 'regulier.1.probabilityPct', 'regulier.1.quantity']);
      const unknown = await prof.post('/business-cases/calculate', { horizonMonths: 12, regulier: [{ itemKey: 'bestaat-niet' }], maatwerk: [] });
      expect(names(unknown)).toEqual(['regulier.0.itemKey']);
      const custom = await prof.post('/business-cases/calculate', { horizonMonths: 12, regulier: [], maatwerk: [{ label: 'Eigen post', unit: 'per month', amountCents: 100 }] });
      expect(names(custom)).toEqual(['maatwerk.0.funder']);
      const price = await prof.post('/business-cases/calculate', { horizonMonths: 12, regulier: [{ itemKey: 'night-shelter-per-night', amountCents: 5000 }], maatwerk: [] });
      expect(names(price)).toEqual(['regulier.0.source']);
    });
  });

  describe('storing a business case on a case', () => {
    it('refuses: 401, 403 role, 403 other team, 404 other organisation, 400 knelpunt of another case', async () => {
      expect((await t.anonymous().post(`/cases/${caseId}/business-cases`, mantelzorg)).status).toBe(401);
      expect((await (await t.as('beleid')).post(`/cases/${caseId}/business-cases`, mantelzorg)).status).toBe(403);
      expect((await (await t.as('professional2')).post(`/cases/${caseId}/business-cases`, mantelzorg)).status).toBe(403);
      expect((await (await t.as('z-professional')).post(`/cases/${caseId}/business-cases`, mantelzorg)).status).toBe(404);
      const k = await prof.post(`/business-cases/calculate`, { horizonMonths: 1, regulier: [], maatwerk: [] });
      expect(k.status).toBe(200);
      expect(names(await prof.post(`/cases/${caseId}/business-cases`, { ...mantelzorg, knelpuntId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['knelpuntId']);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM business_cases`)).rows[0].n).toBe(0);
    });

    it('stores the mantelzorgwoning case: € 200.000 versus € 40.000 over 24 months; Wlz gains, the municipality pays', async () => {
      const r = await prof.post(`/cases/${caseId}/business-cases`, mantelzorg);
      expect(r.status).toBe(201);
      expect(r.body.result).toMatchObject({ differenceCents: 16_000_000, payers: ['gemeente-wmo'], gainers: ['wlz'], regulier: { totalCents: 20_000_000 }, maatwerk: { totalCents: 4_000_000 } });
      expect(r.body.result.regulier.perYear).toEqual([{ year: 1, cents: 10_000_000 }, { year: 2, cents: 10_000_000 }]);
      expect(await countLog(t.db, { action: 'aanmaken', resource: 'businesscase', case_id: caseId })).toBe(1);
      const list = await prof.get(`/cases/${caseId}/business-cases`);
      expect(list.body.items).toHaveLength(1);
      expect((await (await t.as('z-professional')).get(`/business-cases/${r.body.id}`)).status).toBe(404);
      expect((await (await t.as('doorbraaktafel')).get(`/business-cases/${r.body.id}`)).status).toBe(403); // not linked to a knelpunt
    });

    it('keeps the price it was argued with when the catalogue changes, and replaces with If-Match', async () => {
      const r = await prof.post(`/cases/${caseId}/business-cases`, { ...mantelzorg, horizonMonths: 12 });
      await admin.put('/cost-catalogue/wlz-institution-two-persons-dementia', { label: 'Wlz duo', unit: 'per year', amountCents: 12_000_000, funder: 'wlz', source: 'Zorgkantoor 2026', year: 2026 });
      const g = await prof.get(`/business-cases/${r.body.id}`);
      expect(g.body.result.regulier.totalCents).toBe(10_000_000);
      expect((await prof.put(`/business-cases/${r.body.id}`, mantelzorg)).status).toBe(428);
      expect((await prof.put(`/business-cases/${r.body.id}`, mantelzorg, { 'If-Match': '"7"' })).status).toBe(412);
      const p = await prof.put(`/business-cases/${r.body.id}`, mantelzorg, { 'If-Match': g.headers.get('etag')! });
      expect(p.status).toBe(200);
      expect(p.body.result.regulier.totalCents).toBe(24_000_000); // the new own price, 2 × € 120.000
      expect(p.body.result.regulier.lines[0].source).toBe('Zorgkantoor 2026');
    });

    it('hangs on a knelpunt of its own case only (the database holds it), and the own doorbraaktafel reads it then', async () => {
      const knelpunt = { solutionNeeded: 'Een mantelzorgwoning in de tuin', blockingLaw: 'Wet langdurige zorg', blockingOrganisation: 'Zorgkantoor', type: 'financiering_onduidelijk' };
      const own = await prof.post(`/cases/${caseId}/knelpunten`, knelpunt);
      expect(own.status).toBe(201);
      const other = await prof.post('/cases', { title: 'Andere casus', household: { name: 'Huishouden Anders', members: [{ name: 'Anna', birthDate: '1980-01-01', role: 'aanvrager' }] } });
      const foreign = await prof.post(`/cases/${other.body.id}/knelpunten`, knelpunt);
      expect(foreign.status).toBe(201);
      const before = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM business_cases`)).rows[0].n;
      const refused = await prof.post(`/cases/${caseId}/business-cases`, { ...mantelzorg, knelpuntId: foreign.body.id });
      expect(refused.status).toBe(400);
      expect(names(refused)).toEqual(['knelpuntId']);
      expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM business_cases`)).rows[0].n).toBe(before);
      const r = await prof.post(`/cases/${caseId}/business-cases`, { ...mantelzorg, knelpuntId: own.body.id });
      expect(r.status).toBe(201);
      expect(r.body.knelpuntId).toBe(own.body.id);
      expect((await (await t.as('doorbraaktafel')).get(`/business-cases/${r.body.id}`)).status).toBe(200);
      const moved = await prof.put(`/business-cases/${r.body.id}`, { ...mantelzorg, knelpuntId: foreign.body.id }, { 'If-Match': r.headers.get('etag')! });
      expect(moved.status).toBe(400);
      expect(names(moved)).toEqual(['knelpuntId']);
      expect((await prof.get(`/business-cases/${r.body.id}`)).body).toMatchObject({ knelpuntId: own.body.id, version: 1 });
    });
  });
});
