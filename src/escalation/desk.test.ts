// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue 13, escalation side: the hand-over preview with edits, backdating, the provisional funder
 * that must accept, the settlement ledger with corrections (If-Match, concurrency), claims per
 * funder, and the figures per ladder level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, TEST_PASSWORD, type TestApp, type Client } from '../platform/testing';
import { hashPassword } from '../accounts/store';
import { todayIso } from '../cases/model';
import { addDays, addWorkingDays } from './workdays';

const names = (r: { body: any }) => (r.body.invalidParams ?? []).map((p: any) => p.name).sort();
const knelpunt = (over: Record<string, unknown> = {}) => ({
  solutionNeeded: 'Een tijdelijke woning voor het gezin',
  blockingLaw: 'Huisvestingswet 2014',
  blockingOrganisation: 'Woningcorporatie',
  type: 'financiering_onduidelijk',
  toetsRuleGoal: 'Woningen eerlijk verdelen',
  toetsCounterproductive: 'Wachten houdt het gezin op één kamer',
  toetsProportionate: 'Tijdelijke woning met voorfinanciering',
  ...over,
});

describe.each(DB_KINDS)('the desk, overbrugging between organisations and backdating on %s', (kind) => {
  let t: TestApp;
  let prof: Client, admin: Client, tafel: Client, loket: Client, bh: Client, mirjam: Client;
  let pmm: string, mitros: string, caseId: string;
  let levels: Array<{ id: string; name: string; position: number; deadlineWorkingDays: number }>;
  const today = todayIso();

  beforeAll(async () => {
    t = await makeTestApp(kind);
    pmm = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Landelijk Maatwerkloket (PMM)', 'regio') RETURNING id`)).rows[0].id;
    mitros = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie Mitros', 'woningcorporatie') RETURNING id`)).rows[0].id;
    const hash = await hashPassword(TEST_PASSWORD);
    await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) VALUES ($1,'loket','Loket Medewerker',$2,'{doorbraaktafel}')`, [pmm, hash]);
    await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) VALUES ($1,'mirjam','Mirjam Kuipers',$2,'{budgethouder}')`, [mitros, hash]);
    [prof, admin, tafel, loket, bh, mirjam] = await Promise.all(['professional', 'admin', 'doorbraaktafel', 'loket', 'budgethouder', 'mirjam'].map((u) => t.as(u)));
    const lad = await admin.put('/escalation-ladder', {
      levels: [
        { name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' },
        { name: 'Landelijk Maatwerkloket', deadlineWorkingDays: 10, deciderOrganisationId: pmm },
      ],
    });
    expect(lad.status).toBe(200);
    levels = lad.body.levels;
    const c = await prof.post('/cases', { title: 'Gezin bij oma', household: { name: 'Huishouden Cindy', members: [{ name: 'Cindy de Vries', birthDate: '1990-02-01', role: 'aanvrager' }, { name: 'Mark', birthDate: '2012-04-09', role: 'kind' }] } });
    expect(c.status).toBe(201);
    caseId = c.body.id;
  });
  afterAll(async () => t?.close());

  const newKnelpunt = async (over: Record<string, unknown> = {}) => {
    const r = await prof.post(`/cases/${caseId}/knelpunten`, knelpunt(over));
    expect(r.status).toBe(201);
    return r.body;
  };

  describe('hand-over preview', () => {
    it('shows the level, the deadline and exactly what the loket will receive, each removal marked; edits are checked again and nothing is written', async () => {
      const k = await newKnelpunt();
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM handovers`)).rows[0].n;
      const edits = { solutionNeeded: 'Tijdelijke woning voor Cindy de Vries en Mark, BSN 111222333, Kanaalstraat 12', reason: 'Bel Cindy op 06-12345678 van de buurt' };
      const p = await prof.post(`/knelpunten/${k.id}/escalation-preview`, { levelId: levels[1].id, reason: 'Financiering over wetten heen', handoverEdits: edits });
      expect(p.status).toBe(200);
      expect(p.body.level.name).toBe('Landelijk Maatwerkloket');
      expect(p.body.deadline).toBe(addWorkingDays(today, 10));
      expect(p.body.handover.receivingOrganisation).toBe('Landelijk Maatwerkloket (PMM)');
      expect(p.body.handover.content.knelpunt.solutionNeeded).toBe('Tijdelijke woning voor [aanvrager] en [kind], BSN [BSN], [adres]');
      expect(p.body.handover.content.escalation.reason).toBe('Bel [aanvrager] op [telefoonnummer] van de buurt');
      const field = p.body.handover.fields.find((f: any) => f.field === 'solutionNeeded');
      expect(field.segments.filter((s: any) => 'removed' in s).map((s: any) => s.kind)).toEqual(['naam', 'naam', 'bsn', 'adres']);
      expect(p.body.handover.removals.length).toBeGreaterThanOrEqual(6);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM handovers`)).rows[0].n).toBe(before);
      // Sending with the same edits: the loket receives the minimised edited text, never the original.
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[1].id, reason: 'Financiering over wetten heen', handoverEdits: edits });
      expect(e.status).toBe(201);
      const h = await loket.get(`/handovers/${e.body.handoverId}`);
      expect(h.body.content.knelpunt.solutionNeeded).toBe('Tijdelijke woning voor [aanvrager] en [kind], BSN [BSN], [adres]');
      expect(JSON.stringify(h.body)).not.toMatch(/111222333|Kanaalstraat|06-12345678|Cindy/);
      expect(h.body.content.knelpunt.solutionNeeded).not.toBe(k.solutionNeeded);
    });

    it('with consent names are shared, other identifiers still go; a preview for an own level has no hand-over; others get 404', async () => {
      const k = await newKnelpunt();
      expect((await prof.post(`/knelpunten/${k.id}/consent`, { given: true })).status).toBe(200);
      const p = await prof.post(`/knelpunten/${k.id}/escalation-preview`, { levelId: levels[1].id, reason: 'Spoed', handoverEdits: { solutionNeeded: 'Woning voor Cindy de Vries, BSN 111222333' } });
      expect(p.body.handover.content.knelpunt.solutionNeeded).toBe('Woning voor Cindy de Vries, BSN [BSN]');
      const own = await prof.post(`/knelpunten/${k.id}/escalation-preview`, {});
      expect(own.body).toMatchObject({ level: { name: 'Doorbraaktafel' }, deadline: addWorkingDays(today, 5), handover: null });
      expect((await (await t.as('z-professional')).post(`/knelpunten/${k.id}/escalation-preview`, {})).status).toBe(404);
      expect(names(await prof.post(`/knelpunten/${k.id}/escalation-preview`, { handoverEdits: { colour: 'x' } }))).toEqual(['handoverEdits.colour']);
    });
  });

  describe('backdating', () => {
    it('dates a knelpunt back with a reason, within two years, never in the future; logged in its history', async () => {
      const back = addDays(today, -30);
      expect(names(await prof.post(`/cases/${caseId}/knelpunten`, knelpunt({ createdOn: back })))).toEqual(['backdateReason']);
      expect(names(await prof.post(`/cases/${caseId}/knelpunten`, knelpunt({ createdOn: addDays(today, 1), backdateReason: 'Overgezet' })))).toEqual(['createdOn']);
      expect(names(await prof.post(`/cases/${caseId}/knelpunten`, knelpunt({ createdOn: addDays(today, -731), backdateReason: 'Overgezet van het oude systeem' })))).toEqual(['createdOn']);
      const r = await prof.post(`/cases/${caseId}/knelpunten`, knelpunt({ createdOn: back, backdateReason: 'Lopende casus overgezet naar het platform' }));
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ createdOn: back, backdateReason: 'Lopende casus overgezet naar het platform' });
      const f = await prof.get(`/knelpunten/${r.body.id}`);
      expect(f.body.history.map((e: any) => e.kind)).toEqual(['aangemaakt', 'teruggedateerd']);
      // The escalation step backdated too: the deadline counts from the stated date.
      const on = addDays(today, -20);
      expect(names(await prof.post(`/knelpunten/${r.body.id}/escalations`, { on }))).toEqual(['backdateReason']);
      expect(names(await prof.post(`/knelpunten/${r.body.id}/escalations`, { on: addDays(back, -1), backdateReason: 'Overgezet' }))).toEqual(['on']);
      const e = await prof.post(`/knelpunten/${r.body.id}/escalations`, { on, backdateReason: 'Lag al bij de doorbraaktafel in het oude systeem' });
      expect(e.status).toBe(201);
      expect(e.body.step).toMatchObject({ escalatedOn: on, deadline: addWorkingDays(on, 5), backdateReason: 'Lag al bij de doorbraaktafel in het oude systeem' });
      const log = await t.db.query(`SELECT fields FROM processing_log WHERE resource = 'knelpunt' AND resource_id = $1 AND action = 'wijzigen'`, [r.body.id]);
      expect(log.rows.some((x: any) => JSON.stringify(x.fields).includes('teruggedateerd'))).toBe(true);
    });
  });

  describe('overbrugging with another organisation as provisional funder', () => {
    let o: any;
    it('the loket names Mitros; Mitros is asked, sees it and accepts; nobody else can answer for it', async () => {
      const k = await newKnelpunt();
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, { levelId: levels[1].id, reason: 'Wie betaalt?' });
      const d = await loket.post(`/handovers/${e.body.handoverId}/decision`, { outcome: 'overbrugd', text: 'Tijdelijke woning nu', overbrugging: { help: 'Tijdelijke woning, drie maanden', provisionalFunder: 'woningcorporatie', provisionalAmountCents: 450_000, funderOrganisationId: mitros } });
      expect(d.status).toBe(200);
      expect(d.body.overbrugging).toMatchObject({ acceptance: 'gevraagd', funderOrganisationName: 'Woningcorporatie Mitros' });
      o = d.body.overbrugging;
      const asked = await mirjam.get('/overbruggingen?acceptance=gevraagd');
      expect(asked.body.items.map((x: any) => x.id)).toEqual([o.id]);
      expect(JSON.stringify(asked.body)).not.toContain(caseId);
      expect((await mirjam.get('/notifications')).body.items[0].title).toMatch(/Landelijk Maatwerkloket \(PMM\) vraagt u voorlopig te financieren/);
      expect((await bh.post(`/overbruggingen/${o.id}/acceptance`, { accepted: true })).status).toBe(403);
      expect((await (await t.as('z-budgethouder')).post(`/overbruggingen/${o.id}/acceptance`, { accepted: true })).status).toBe(404);
      expect((await mirjam.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'woningcorporatie', amountCents: 1 }] }, { 'If-Match': `"${o.version}"` })).status).toBe(403);
      const a = await mirjam.post(`/overbruggingen/${o.id}/acceptance`, { accepted: true, note: 'Akkoord, wij financieren voor' });
      expect(a.status).toBe(200);
      expect(a.body).toMatchObject({ acceptance: 'geaccepteerd', acceptedByName: 'Mirjam Kuipers', acceptedOn: today });
      expect((await loket.get('/notifications')).body.items.some((n: any) => n.title === 'Woningcorporatie Mitros accepteert de overbrugging')).toBe(true);
      o = a.body;
    });

    it('settles (If-Match), then corrects by a reversing entry with a reason; claims change by new claims only; exactly one of parallel corrections wins', async () => {
      const s = await loket.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'woningcorporatie', amountCents: 150_000 }, { funder: 'gemeente-wmo', amountCents: 300_000 }] }, { 'If-Match': `"${o.version}"` });
      expect(s.status).toBe(200);
      expect(s.body.claims.map((c: any) => [c.creditor, c.debtor, c.amountCents])).toEqual([['woningcorporatie', 'gemeente-wmo', 300_000]]);
      const body = { shares: [{ funder: 'woningcorporatie', amountCents: 200_000 }, { funder: 'gemeente-wmo', amountCents: 250_000 }], reason: 'Mitros neemt de inrichting voor zijn rekening' };
      expect((await loket.post(`/overbruggingen/${o.id}/corrections`, body)).status).toBe(428);
      expect((await loket.post(`/overbruggingen/${o.id}/corrections`, body, { 'If-Match': `"${o.version}"` })).status).toBe(412);
      expect(names(await loket.post(`/overbruggingen/${o.id}/corrections`, { shares: body.shares }, { 'If-Match': `"${s.body.version}"` }))).toEqual(['reason']);
      expect((await mirjam.post(`/overbruggingen/${o.id}/corrections`, body, { 'If-Match': `"${s.body.version}"` })).status).toBe(403);
      const burst = await Promise.all(Array.from({ length: 5 }, () => loket.post(`/overbruggingen/${o.id}/corrections`, body, { 'If-Match': `"${s.body.version}"` })));
      expect(burst.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
      const c = burst.find((r) => r.status === 200)!.body;
      expect(c.shares).toEqual([{ funder: 'gemeente-wmo', amountCents: 250_000 }, { funder: 'woningcorporatie', amountCents: 200_000 }]);
      expect(c.ledger.map((l: any) => [l.entryNo, l.kind, l.funder, l.amountCents])).toEqual([
        [1, 'afrekening', 'gemeente-wmo', 300_000], [1, 'afrekening', 'woningcorporatie', 150_000],
        [2, 'tegenboeking', 'woningcorporatie', -150_000], [2, 'tegenboeking', 'gemeente-wmo', -300_000],
        [3, 'correctie', 'gemeente-wmo', 250_000], [3, 'correctie', 'woningcorporatie', 200_000],
      ]);
      expect(c.ledger.filter((l: any) => l.entryNo > 1).every((l: any) => l.reason === body.reason)).toBe(true);
      expect(c.settledTotalCents).toBe(450_000);
      // The first claim stands; the correction adds the way back of € 500.
      expect(c.claims.map((x: any) => [x.creditor, x.debtor, x.amountCents, x.status])).toEqual([
        ['woningcorporatie', 'gemeente-wmo', 300_000, 'open'],
        ['gemeente-wmo', 'woningcorporatie', 50_000, 'open'],
      ]);
      const claims = await loket.get('/overbrugging-claims?status=alle');
      expect(claims.body.perFunder).toEqual([
        { funder: 'gemeente-wmo', owedToItCents: 50_000, owedByItCents: 300_000, open: 2, closed: 0 },
        { funder: 'woningcorporatie', owedToItCents: 300_000, owedByItCents: 50_000, open: 2, closed: 0 },
      ]);
      const f = await prof.get(`/knelpunten/${o.knelpuntId}`);
      const ev = f.body.history.find((x: any) => x.kind === 'overbrugging_gecorrigeerd');
      expect(ev.detail).toBe('was Gemeente (Wmo): € 3.000,00; Woningcorporatie: € 1.500,00; wordt Woningcorporatie: € 2.000,00; Gemeente (Wmo): € 2.500,00 — Mitros neemt de inrichting voor zijn rekening');
      expect(f.body.history.map((x: any) => x.kind)).toContain('overbrugging_geaccepteerd');
    });

    it('the decider that belongs to the funder needs no acceptance', async () => {
      const k = await newKnelpunt();
      const e = await prof.post(`/knelpunten/${k.id}/escalations`, {});
      const d = await tafel.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'overbrugd', text: 'Start', overbrugging: { help: 'Hotel', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 70_000 } });
      expect(d.body.overbrugging).toMatchObject({ acceptance: 'niet_nodig', funderOrganisationName: 'Gemeente Utrecht' });
      expect(names(await tafel.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'overbrugd', text: 'Start opnieuw', overbrugging: { help: 'Hotel', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 1, funderOrganisationId: 'nee' } }))).toEqual(['overbrugging.funderOrganisationId']);
    });
  });

  describe('the desk', () => {
    it('lists waiting hand-overs with working days left; the knelpunt file carries the business case; the register searches by region', async () => {
      const list = await loket.get('/handovers?status=open');
      expect(list.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThanOrEqual(1);
      for (const h of list.body.items) expect(h.workingDaysLeft).toBe(10); // escalated today, 10 working days
      const k = await newKnelpunt();
      const bc = await prof.post(`/cases/${caseId}/business-cases`, { title: 'Tijdelijke woning versus uithuisplaatsing', horizonMonths: 12, knelpuntId: k.id, regulier: [{ label: 'Opvang', unit: 'per month', amountCents: 300_000, funder: 'gemeente-wmo', source: 'Tarief 2026', durationMonths: 12 }], maatwerk: [{ label: 'Huur', unit: 'per month', amountCents: 100_000, funder: 'woningcorporatie', source: 'Offerte', durationMonths: 12 }] });
      expect(bc.status).toBe(201);
      const f = await prof.get(`/knelpunten/${k.id}`);
      expect(f.body.businessCase).toMatchObject({ title: 'Tijdelijke woning versus uithuisplaatsing', regulierCents: 3_600_000, maatwerkCents: 1_200_000, differenceCents: 2_400_000 });
      expect((await admin.post('/maatwerkregister', { contactOrganisation: 'Woningcorporatie Mitros', name: 'Erik Willems', phone: '+31 30 000 0505', topics: ['huisvesting'], region: 'Utrecht' })).status).toBe(201);
      expect((await admin.post('/maatwerkregister', { contactOrganisation: 'Zaanstad', name: 'Kees Zaan', phone: '+31 75 000 0505', topics: ['huisvesting'], region: 'Zaanstad' })).status).toBe(201);
      const found = await prof.get('/maatwerkregister?region=utrecht&topic=huisvesting');
      expect(found.body.items.map((c: any) => c.name)).toEqual(['Erik Willems']);
    });
  });

  describe('figures per ladder level', () => {
    it('gives median, p90 and the share within the deadline, for the organisation and nationally for the loket, with the reference and its source', async () => {
      const own = await tafel.get('/escalation-figures');
      expect(own.status).toBe(200);
      const table = own.body.own.find((x: any) => x.levelName === 'Doorbraaktafel');
      expect(table).toMatchObject({ decided: 1, withinDeadline: 1, withinDeadlinePct: 100 });
      expect(own.body.reference).toBeNull();
      const l = await loket.get('/escalation-figures');
      expect(l.body.national[0]).toMatchObject({ decided: 1, withinDeadlinePct: 100, medianDays: 0, p90Days: 0 });
      expect(l.body.reference).toMatchObject({ year: 2024, cases: 104, weeksPerCase: 8 });
      expect(l.body.reference.source).toMatch(/Jaarrapportage 2024.*8 juli 2025/);
      expect(l.body.reference).toMatchObject({ confidence: 'middel', measure: expect.stringContaining('geen mediaan') });
      expect((await prof.get('/escalation-figures')).status).toBe(403);
    });
  });
});
