// SPDX-License-Identifier: EUPL-1.2
/**
 * Proportional enforcement end to end over the API: a handhaver opens a zaak on a household with a
 * case, runs and saves the calculator, weighs the consequences, asks "bekend bij een regisseur?",
 * records the Omgekeerde Toets; a pause is approved by a teamleider (four eyes) and shows on the
 * case to the regisseur; a stopped benefit tells the regisseur what is needed to restart. And: no
 * enforcement route ever gives the handhaver hulpverlening data; care routes stay refused.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../cases/model';
import { countLog, DB_KINDS, makeTestApp, type Client, type TestApp } from '../platform/testing';
import { dutchDate } from '../platform/dutch-date';

const CARE = `ZORG-GEHEIM-${randomBytes(4).toString('hex')}`;

const calc = {
  startMonth: '2025-07', months: 18, householdKind: 'alleenstaande', incomeKind: 'gokken', paidBasis: 'norm',
  receiptsCents: 380000, stakesOrCostsCents: 400000, otherIncomeCents: 0, culpability: 'opzet',
  recidive: false, selfCorrectedWithin60Days: false, warningInLast2Years: false,
};

describe.each(DB_KINDS)('enforcement API on %s', (kind) => {
  let t: TestApp;
  let hh: Client, prof: Client, tl: Client, tl2: Client, zHh: Client;
  let caseId: string, householdId: string, zaakId: string, version: number;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [hh, prof, tl, tl2, zHh] = await Promise.all(['handhaving', 'professional', 'teamleider', 'teamleider2', 'z-handhaving'].map((u) => t.as(u)));
    const cs = await prof.post('/cases', { title: `Gokken ${CARE}`, summary: `Samenvatting ${CARE}`, household: { name: 'Huishouden Erik', members: [{ name: 'Erik', birthDate: '1975-09-23', role: 'aanvrager' }, { name: 'Lisa', birthDate: '2015-01-01', role: 'kind' }] } });
    expect(cs.status).toBe(201);
    caseId = cs.body.id;
    householdId = cs.body.householdId;
    expect((await prof.post(`/cases/${caseId}/notes`, { purpose: 'hulpverlening', body: `Erik schaamt zich ${CARE}` })).status).toBe(201);
    expect((await prof.post(`/cases/${caseId}/assessments`, { assessedOn: todayIso(), scores: [{ domain: 'financien', score: 1, reason: `Gokverslaving ${CARE}` }] })).status).toBe(201);
  }, 120_000);
  afterAll(async () => t?.close());

  it('only the handhaver opens a zaak, on a household of the own organisation', async () => {
    expect((await prof.post('/handhavingszaken', { householdId, title: 'Gokinkomsten niet gemeld' })).status).toBe(403);
    expect((await zHh.post('/handhavingszaken', { householdId, title: 'Gokinkomsten niet gemeld' })).body.invalidParams[0].name).toBe('householdId');
    const z = await hh.post('/handhavingszaken', { householdId, title: 'Gokinkomsten niet gemeld' });
    expect(z.status).toBe(201);
    expect(z.body.household).toEqual({ name: 'Huishouden Erik', children: 1 });
    zaakId = z.body.zaak.id;
    version = z.body.zaak.version;
    expect((await zHh.get(`/handhavingszaken/${zaakId}`)).status).toBe(404);
    for (const u of ['professional', 'teamleider', 'beleid', 'budgethouder', 'privacy', 'admin', 'doorbraaktafel']) {
      const c = await t.as(u);
      expect((await c.get(`/handhavingszaken/${zaakId}`)).status, u).toBe(403);
      expect((await c.get('/handhavingszaken')).status, u).toBe(403);
      expect((await c.post('/handhaving/berekening', calc)).status, u).toBe(403);
    }
  });

  it('the calculator answers both readings; bad input is a 400 naming the field', async () => {
    const r = await hh.post('/handhaving/berekening', calc);
    expect(r.status).toBe(200);
    expect(r.body.readings.strikt.recoveryCents).toBe(2514012);
    expect(r.body.readings.netto.recoveryCents).toBe(0);
    const bad = async (over: Record<string, unknown>) => {
      const x = await hh.post('/handhaving/berekening', { ...calc, ...over });
      expect(x.status).toBe(400);
      expect(x.contentType).toContain('application/problem+json');
      return x.body.invalidParams.map((p: any) => p.name);
    };
    expect(await bad({ months: 0 })).toEqual(['months']);
    expect(await bad({ months: 600 })).toEqual(['months']);
    expect(await bad({ stakesOrCostsCents: -100 })).toEqual(['stakesOrCostsCents']);
    expect(await bad({ receiptsCents: 900_000_000 })).toEqual(['receiptsCents']);
    expect(await bad({ culpability: 'verminderde_verwijtbaarheid', finePercentage: 30 })).toEqual(['finePercentage']);
  });

  it('a decision needs a saved calculation; saving is guarded by If-Match and leaves nothing on bad input', async () => {
    const toets = { toetsGoal: 'Rechtmatige bijstand en herstel van de schade', toetsRuleIntent: 'Wie inkomen verzwijgt, betaalt terug wat hij niet had mogen krijgen', toetsProportionate: 'De netto winst terugvorderen; die is nul', decision: 'netto', reasons: 'Gokverslaving, per saldo verlies; dringende redenen (art. 58 lid 8)' };
    expect((await hh.put(`/handhavingszaken/${zaakId}/besluit`, toets, { 'If-Match': `"${version}"` })).status).toBe(422);
    expect((await hh.put(`/handhavingszaken/${zaakId}/berekening`, calc)).status).toBe(428);
    expect((await hh.put(`/handhavingszaken/${zaakId}/berekening`, { ...calc, months: 0 }, { 'If-Match': `"${version}"` })).status).toBe(400);
    expect((await hh.get(`/handhavingszaken/${zaakId}`)).body.zaak.calcInput).toBeNull();
    const s = await hh.put(`/handhavingszaken/${zaakId}/berekening`, calc, { 'If-Match': `"${version}"` });
    expect(s.status).toBe(200);
    expect(s.body.calculation.readings.strikt.fine.amountCents).toBe(2514012);
    expect((await hh.put(`/handhavingszaken/${zaakId}/berekening`, calc, { 'If-Match': `"${version}"` })).status).toBe(412);
    version = s.body.zaak.version;
    const g = await hh.put(`/handhavingszaken/${zaakId}/gevolgen`, { children: 1, housingRisk: true, shelterMonths: 6 }, { 'If-Match': `"${version}"` });
    expect(g.status).toBe(200);
    expect(g.body.consequences.totalCents).toBe(3830000);
    version = g.body.zaak.version;
    const d = await hh.put(`/handhavingszaken/${zaakId}/besluit`, toets, { 'If-Match': `"${version}"` });
    expect(d.status).toBe(200);
    expect(d.body.zaak).toMatchObject({ status: 'besloten', decision: 'netto', toetsProportionate: toets.toetsProportionate });
    version = d.body.zaak.version;
  });

  it('"bekend bij een regisseur?" answers only yes/no and how to reach the regisseur, logged, and the regisseur is notified', async () => {
    const before = await countLog(t.db, { resource: 'bekend-bij-regisseur', purpose: 'handhaving' });
    const q = await hh.post(`/handhavingszaken/${zaakId}/bekend-bij-regisseur`);
    expect(q.status).toBe(200);
    expect(Object.keys(q.body).sort()).toEqual(['contact', 'known', 'questionId', 'regisseurName', 'teamName']);
    expect(q.body).toMatchObject({ known: true, regisseurName: 'Test professional' });
    expect(JSON.stringify(q.body)).not.toContain(CARE);
    expect(await countLog(t.db, { resource: 'bekend-bij-regisseur', purpose: 'handhaving' })).toBe(before + 1);
    const n = await prof.get('/notifications?unread=true');
    expect(n.body.items.some((x: any) => x.title.startsWith('Handhaving vraagt naar Huishouden Erik'))).toBe(true);
    // The regisseur answers from the case; another professional may not.
    const piece = await prof.get(`/cases/${caseId}/handhaving`);
    const question = piece.body.questions[0];
    expect(question).toMatchObject({ answered: false, mayAnswer: true });
    expect((await (await t.as('professional2')).post(`/handhavingsvragen/${question.id}/antwoord`, { answer: 'Ja, bekend' })).status).toBe(403);
    expect((await hh.post(`/handhavingsvragen/${question.id}/antwoord`, { answer: 'Ja' })).status).toBe(403);
    const a = await prof.post(`/handhavingsvragen/${question.id}/antwoord`, { answer: 'Bekend; hij is aangemeld bij verslavingszorg.' });
    expect(a.status).toBe(200);
    expect(a.body.legalGround).toContain('Participatiewet art. 53a');
    expect((await prof.post(`/handhavingsvragen/${question.id}/antwoord`, { answer: 'Nog eens' })).status).toBe(409);
    const z = await hh.get(`/handhavingszaken/${zaakId}`);
    expect(z.body.questions[0]).toMatchObject({ answer: 'Bekend; hij is aangemeld bij verslavingszorg.', known: true });
    expect(await countLog(t.db, { resource: 'antwoord-aan-handhaving', action: 'delen', purpose: 'handhaving' })).toBe(1);
  });

  it('a household without a case: the answer is just "no"', async () => {
    const lone = await prof.post('/households', { name: 'Huishouden Zonder Casus', members: [{ name: 'Piet', birthDate: '1980-01-01', role: 'aanvrager' }] });
    expect(lone.status).toBe(201);
    const z = await hh.post('/handhavingszaken', { householdId: lone.body.id, title: 'Verkoop niet gemeld' });
    const q = await hh.post(`/handhavingszaken/${z.body.zaak.id}/bekend-bij-regisseur`);
    expect(q.body).toMatchObject({ known: false, regisseurName: null, teamName: null, contact: null });
  });

  it('the pauzeknop: requested, approved by a teamleider who did not ask, visible on the case as "runs until", ended with a decision', async () => {
    const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const body = { reason: 'Erik zet de schuldhulp en verslavingszorg in gang', until, owner: 'Sanne (buurtteam)', conditions: 'Accepteert schuldhulp' };
    expect((await hh.post(`/handhavingszaken/${zaakId}/pauzes`, { ...body, until: '2020-01-01' })).body.invalidParams[0].name).toBe('until');
    const p = await hh.post(`/handhavingszaken/${zaakId}/pauzes`, body);
    expect(p.status).toBe(201);
    expect(p.body.status).toBe('aangevraagd');
    expect((await hh.post(`/handhavingszaken/${zaakId}/pauzes`, body)).status).toBe(409);
    expect((await tl.get('/notifications?unread=true')).body.items.some((x: any) => x.title === 'Pauze aangevraagd: Huishouden Erik')).toBe(true);
    const pid = p.body.id;
    const h = { 'If-Match': `"${p.body.version}"` };
    expect((await prof.post(`/handhavingspauzes/${pid}/goedkeuren`, { note: '' }, h)).status).toBe(403);
    expect((await hh.post(`/handhavingspauzes/${pid}/goedkeuren`, { note: '' }, h)).status).toBe(403);
    expect((await tl.post(`/handhavingspauzes/${pid}/beeindigen`, { note: 'klaar' }, h)).status).toBe(403); // only the handhaver ends a pause
    expect((await hh.post(`/handhavingspauzes/${pid}/beeindigen`, { note: 'klaar' }, h)).status).toBe(409); // not running yet
    const ok = await tl.post(`/handhavingspauzes/${pid}/goedkeuren`, { note: 'Akkoord' }, h);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('lopend');
    expect((await tl2.post(`/handhavingspauzes/${pid}/afwijzen`, { note: '' }, { 'If-Match': `"${ok.body.version}"` })).status).toBe(409);
    // The regisseur sees that a pause runs and until when; nothing of the file.
    const piece = await prof.get(`/cases/${caseId}/handhaving`);
    expect(piece.body.pause).toEqual({ running: true, until, requested: false });
    expect(JSON.stringify(piece.body)).not.toMatch(/schuldhulp|2514012|netto|Gokinkomsten/);
    expect((await hh.get(`/cases/${caseId}/handhaving`)).status).toBe(403);
    const hv = { 'If-Match': `"${ok.body.version}"` };
    expect((await tl.post(`/handhavingspauzes/${pid}/beeindigen`, { note: 'Klaar' }, hv)).status).toBe(403);
    expect((await hh.post(`/handhavingspauzes/${pid}/beeindigen`, { note: '' }, hv)).body.invalidParams[0].name).toBe('note');
    const end = await hh.post(`/handhavingspauzes/${pid}/beeindigen`, { note: 'Situatie gelegaliseerd; netto terugvordering nul' }, hv);
    expect(end.body.status).toBe('beeindigd');
    expect((await prof.get(`/cases/${caseId}/handhaving`)).body.pause.running).toBe(false);
  });

  it('four eyes: the teamleider who asked for a pause (as regisseur) cannot approve it; another teamleider can', async () => {
    const until = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const body = { reason: 'Nieuwe afspraken', until, owner: 'Teamleider', conditions: '' };
    const r = await tl.post(`/cases/${caseId}/handhaving/pauze`, body);
    expect(r.status).toBe(201);
    const pending = await tl2.get('/handhavingspauzes');
    const p = pending.body.items.find((x: any) => x.reason === 'Nieuwe afspraken');
    expect(p.householdName).toBe('Huishouden Erik');
    expect((await tl.post(`/handhavingspauzes/${p.id}/goedkeuren`, { note: '' }, { 'If-Match': `"${p.version}"` })).status).toBe(403);
    expect((await tl2.post(`/handhavingspauzes/${p.id}/goedkeuren`, { note: 'Akkoord' }, { 'If-Match': `"${p.version}"` })).body.status).toBe('lopend');
    // It ends within seven days: opening the list sends one reminder to the handhaver and to the requester, once.
    const reminders = async (c: Client) => (await c.get('/notifications')).body.items.filter((x: any) => x.title === `Pauze eindigt op ${dutchDate(until)}`).length;
    expect(await reminders(hh)).toBe(0);
    expect((await hh.get('/handhavingszaken')).body.items.find((x: any) => x.id === zaakId).pauseUntil).toBe(until);
    await hh.get('/handhavingszaken');
    expect(await reminders(hh)).toBe(1);
    expect(await reminders(tl)).toBe(1);
  });

  it('the way back: a stopped benefit shows on the case with what is needed; the time to restart is measured', async () => {
    const s = await hh.put(`/handhavingszaken/${zaakId}/uitkering-gestopt`, { stoppedOn: '2026-11-02', restartNeeds: 'Bankafschriften van drie maanden en een nieuwe aanvraag' }, { 'If-Match': `"${version}"` });
    expect(s.status).toBe(200);
    version = s.body.zaak.version;
    expect((await prof.get('/notifications?unread=true')).body.items.some((x: any) => x.title === 'Uitkering gestopt: Huishouden Erik')).toBe(true);
    expect((await prof.get(`/cases/${caseId}/handhaving`)).body.benefit).toEqual({ stoppedOn: '2026-11-02', restartNeeds: 'Bankafschriften van drie maanden en een nieuwe aanvraag', restartedOn: null, restartDays: null });
    expect((await hh.put(`/handhavingszaken/${zaakId}/uitkering-herstart`, { restartedOn: '2026-10-01' }, { 'If-Match': `"${version}"` })).body.invalidParams[0].name).toBe('restartedOn');
    const r = await hh.put(`/handhavingszaken/${zaakId}/uitkering-herstart`, { restartedOn: '2026-11-16' }, { 'If-Match': `"${version}"` });
    expect(r.body.restartDays).toBe(14);
    expect((await prof.get(`/cases/${caseId}/handhaving`)).body.benefit.restartDays).toBe(14);
  });

  it('sweep: no enforcement route gives the handhaver hulpverlening data; care routes stay refused', async () => {
    const doc = (await t.anonymous().get('/openapi.json')).body;
    const ops = Object.entries<any>(doc.paths).filter(([, m]) => Object.values<any>(m).some((op) => op.tags?.includes('Handhaving')));
    expect(ops.length).toBeGreaterThanOrEqual(14);
    let calls = 0;
    for (const [path, methods] of ops) {
      for (const [method, op] of Object.entries<any>(methods)) {
        if (!op.tags?.includes('Handhaving')) continue;
        const concrete = path.replace('{id}', path.startsWith('/cases') ? caseId : zaakId);
        const r = await hh.request(method.toUpperCase(), concrete, method === 'get' ? undefined : {}, { 'If-Match': `"${version}"` });
        calls++;
        expect(r.status, `${method} ${concrete}`).toBeLessThan(500);
        expect(JSON.stringify(r.body), `${method} ${concrete}`).not.toContain(CARE);
      }
    }
    expect(calls).toBeGreaterThanOrEqual(14);
    // Purpose separation: roles without an enforcement or care purpose get nothing from any of these routes.
    for (const u of ['beleid', 'budgethouder', 'privacy', 'admin', 'doorbraaktafel', 'z-handhaving', 'z-teamleider']) {
      const c = await t.as(u);
      for (const [path, methods] of ops) {
        for (const method of Object.keys(methods)) {
          const concrete = path.replace('{id}', path.startsWith('/cases') ? caseId : zaakId);
          const r = await c.request(method.toUpperCase(), concrete, method === 'get' ? undefined : {}, { 'If-Match': `"${version}"` });
          const ownList = u.startsWith('z-') && method === 'get' && (path === '/handhavingszaken' || path === '/handhavingspauzes');
          if (ownList) expect(r.status === 403 || (r.status === 200 && r.body.items.length === 0), `${u} ${path}: ${r.status}`).toBe(true);
          else if (method === 'post' && (path === '/handhaving/berekening' || path === '/handhavingszaken')) expect(r.status, `${u} ${method} ${concrete}`).toBeGreaterThanOrEqual(400);
          else expect([400, 403, 404], `${u} ${method} ${concrete}: ${r.status}`).toContain(r.status);
          expect(JSON.stringify(r.body)).not.toContain('Huishouden Erik');
        }
      }
    }
    for (const p of [`/cases/${caseId}/assessments`, `/cases/${caseId}/plan`, `/cases/${caseId}/income`]) expect((await hh.get(p)).status, p).toBe(403);
    const notes = await hh.get(`/cases/${caseId}/notes`);
    expect(JSON.stringify(notes.body)).not.toContain(`schaamt zich ${CARE}`);
  });
});
