// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, countLog, type TestApp, type Client } from '../platform/testing';

const household = (over: Record<string, unknown> = {}) => ({
  name: 'Huishouden Cindy',
  members: [
    { name: 'Cindy', birthDate: '1991-03-14', role: 'aanvrager', bsn: '111222333' },
    { name: 'Noah', birthDate: '2013-06-02', role: 'kind' },
  ],
  ...over,
});

describe.each(DB_KINDS)('cases API on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
  });
  afterAll(async () => t?.close());

  async function openCase(client = prof, title = 'Na de scheiding') {
    const r = await client.post('/cases', { title, household: household({ members: [{ name: 'Cindy', birthDate: '1991-03-14', role: 'aanvrager' }] }) });
    expect(r.status).toBe(201);
    return r;
  }

  describe('registering a household and opening a case', () => {
    it('refuses without login (401) and for roles without case work (403)', async () => {
      expect((await t.anonymous().post('/households', household())).status).toBe(401);
      const bh = await t.as('budgethouder');
      expect((await bh.post('/households', household())).status).toBe(403);
      expect((await bh.get('/cases')).status).toBe(403);
    });

    it('names every bad field in Dutch: BSN elfproef, impossible date, unknown role, unknown field, too long', async () => {
      const r = await prof.post('/households', {
        name: 'x'.repeat(121),
        members: [
          { name: 'Cindy', birthDate: '1991-02-30', role: 'aanvrager', bsn: '111222334' },
          { name: 'Noah', birthDate: '2013-06-02', role: 'neef', shoeSize: 38 },
        ],
      });
      expect(r.status).toBe(400);
      expect(r.contentType).toContain('application/problem+json');
      const names = r.body.invalidParams.map((p: any) => p.name).sort();
      expect(names).toEqual(['members.0.birthDate', 'members.0.bsn', 'members.1.role', 'members.1.shoeSize', 'name']);
      const bsn = r.body.invalidParams.find((p: any) => p.name === 'members.0.bsn');
      expect(bsn.reason).toMatch(/elfproef/);
      const date = r.body.invalidParams.find((p: any) => p.name === 'members.0.birthDate');
      expect(date.reason).toBe('is geen bestaande datum');
    });

    it('refuses a member born in the future and writes nothing', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM households`)).rows[0].n;
      const r = await prof.post('/households', household({ members: [{ name: 'Baby', birthDate: '2999-01-01', role: 'kind' }] }));
      expect(r.status).toBe(400);
      expect(r.body.invalidParams[0].name).toBe('members.0.birthDate');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM households`)).rows[0].n).toBe(before);
    });

    it('rolls back the household when the case cannot be created (duplicate BSN in the same request)', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM households`)).rows[0].n;
      const r = await prof.post('/cases', {
        title: 'Dubbel',
        household: household({ members: [{ name: 'A', birthDate: '1990-01-01', role: 'aanvrager', bsn: '123456782' }, { name: 'B', birthDate: '1990-01-01', role: 'partner', bsn: '123456782' }] }),
      });
      expect(r.status).toBe(409);
      expect(r.body.detail).toMatch(/household\.members\.1\.bsn/);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM households`)).rows[0].n).toBe(before);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM members WHERE bsn = '123456782'`)).rows[0].n).toBe(0);
    });

    it('opens a case with the professional as regisseur in verkenning, and logs the creation', async () => {
      const r = await prof.post('/cases', { title: 'Na de scheiding', summary: 'Drie kinderen, schulden van de ex', household: household() });
      expect(r.status).toBe(201);
      expect(r.body.regisseurId).toBe(t.fx.users.professional);
      expect(r.body.wamsPhase).toBe('verkenning');
      expect(r.body.status).toBe('open');
      expect(r.headers.get('etag')).toBe('"1"');
      expect(await countLog(t.db, { case_id: r.body.id, action: 'aanmaken', resource: 'casus' })).toBe(1);
      expect(await countLog(t.db, { household_id: r.body.householdId, action: 'aanmaken', resource: 'gezinslid' })).toBe(2);
    });

    it('asks for exactly one of householdId and household', async () => {
      const r = await prof.post('/cases', { title: 'Zonder huishouden' });
      expect(r.status).toBe(400);
      expect(r.body.invalidParams[0].name).toBe('householdId');
    });
  });

  describe('the case file', () => {
    it('is invisible to another organisation (404) and refused to another team (403)', async () => {
      const c = await openCase();
      const z = await t.as('z-professional');
      expect((await z.get(`/cases/${c.body.id}`)).status).toBe(404);
      expect((await z.patch(`/cases/${c.body.id}`, { title: 'Gekaapt' }, { 'if-match': '"1"' })).status).toBe(404);
      const oost = await t.as('professional2');
      expect((await oost.get(`/cases/${c.body.id}`)).status).toBe(403);
      expect((await oost.get(`/households/${c.body.householdId}`)).status).toBe(403);
    });

    it('updates with If-Match: none gives 428, a stale one 412, the right one 200 with a new ETag', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}`;
      expect((await prof.patch(url, { title: 'Nieuwe titel' })).status).toBe(428);
      const ok = await prof.patch(url, { title: 'Nieuwe titel' }, { 'if-match': c.headers.get('etag')! });
      expect(ok.status).toBe(200);
      expect(ok.body.title).toBe('Nieuwe titel');
      expect(ok.headers.get('etag')).toBe('"2"');
      const stale = await prof.patch(url, { title: 'Nog een titel' }, { 'if-match': c.headers.get('etag')! });
      expect(stale.status).toBe(412);
      expect(stale.body.detail).toMatch(/intussen gewijzigd/);
      expect((await prof.get(url)).body.case.title).toBe('Nieuwe titel');
    });

    it('moves through the Wams phases, recording the date each began', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}`;
      const today = new Date().toISOString().slice(0, 10);
      const r = await prof.patch(url, { wamsPhase: 'werkplan' }, { 'if-match': '"1"' });
      expect(r.body.wamsPhase).toBe('werkplan');
      const bad = await prof.patch(url, { wamsPhase: 'coordinatie', phaseStartedOn: '2000-01-01' }, { 'if-match': '"2"' });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams[0].name).toBe('phaseStartedOn');
      const file = await prof.get(url);
      expect(file.body.phases).toEqual([
        { phase: 'verkenning', startedOn: today },
        { phase: 'werkplan', startedOn: today },
      ]);
    });

    it('closes and reopens with a reason; a closed case refuses changes (409)', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}`;
      expect((await prof.post(`${url}/close`, {})).status).toBe(400);
      const closed = await prof.post(`${url}/close`, { reason: 'Doelen behaald' });
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('gesloten');
      expect(closed.body.closeReason).toBe('Doelen behaald');
      expect((await prof.post(`${url}/close`, { reason: 'Nog eens' })).status).toBe(409);
      expect((await prof.post(`${url}/goals`, { domain: 'financien', description: 'Schulden regelen' })).status).toBe(409);
      const reopened = await prof.post(`${url}/reopen`, { reason: 'Nieuwe schuld ontstaan' });
      expect(reopened.body.status).toBe('open');
      expect(reopened.body.closedOn).toBeNull();
      const events = (await prof.get(url)).body.events.map((e: any) => e.kind);
      expect(events).toEqual(['geopend', 'gesloten', 'heropend']);
    });

    it('lists and filters the team cases with paging and the overdue signal', async () => {
      const a = await openCase(prof, 'Zoekbaar: dakloos in auto');
      await prof.post(`/cases/${a.body.id}/assessments`, { assessedOn: new Date().toISOString().slice(0, 10), scores: [{ domain: 'huisvesting', score: 1, reason: 'Slaapt in zijn auto' }] });
      await prof.post(`/cases/${a.body.id}/actions`, { description: 'Hotel boeken', dueDate: '2020-01-01' });
      const byText = await prof.get('/cases?q=dakloos');
      expect(byText.body.items.map((x: any) => x.id)).toEqual([a.body.id]);
      expect(byText.body.items[0].overdueActions).toBe(1);
      const byDomain = await prof.get('/cases?domain=huisvesting');
      expect(byDomain.body.items.map((x: any) => x.id)).toContain(a.body.id);
      expect(byDomain.body.items.every((x: any) => x.domains.includes('huisvesting'))).toBe(true);
      const page = await prof.get('/cases?pageSize=2&page=1');
      expect(page.body.items.length).toBe(2);
      expect(page.body.total).toBeGreaterThan(2);
      const bad = await prof.get('/cases?pageSize=500&status=half');
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p: any) => p.name).sort()).toEqual(['pageSize', 'status']);
      // another team's professional does not see it
      const oost = await t.as('professional2');
      expect((await oost.get('/cases?q=dakloos')).body.items).toEqual([]);
    });
  });

  describe('assessment', () => {
    it('records only the selected domains, keeps history, and validates scores', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}/assessments`;
      const today = new Date().toISOString().slice(0, 10);
      const bad = await prof.post(url, { assessedOn: today, scores: [{ domain: 'financien', score: 6, reason: 'x' }, { domain: 'geluk', score: 3, reason: 'blij' }] });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p: any) => p.name).sort()).toEqual(['scores.0.reason', 'scores.0.score', 'scores.1.domain']);
      const none = await prof.post(url, { assessedOn: today, scores: [] });
      expect(none.status).toBe(400);
      const dup = await prof.post(url, { assessedOn: today, scores: [{ domain: 'financien', score: 2, reason: 'schuld' }, { domain: 'financien', score: 3, reason: 'schuld' }] });
      expect(dup.status).toBe(400);
      await prof.post(url, { assessedOn: today, scores: [{ domain: 'financien', score: 1, reason: 'Beslag op loon' }, { domain: 'huisvesting', score: 2, reason: 'Inwonend' }] });
      const second = await prof.post(url, { assessedOn: today, scores: [{ domain: 'financien', score: 3, reason: 'Regeling getroffen' }] });
      expect(second.status).toBe(201);
      expect(second.body.current.map((s: any) => [s.domain, s.score])).toEqual([['financien', 3], ['huisvesting', 2]]);
      expect(second.body.history.length).toBe(3);
      expect(await countLog(t.db, { case_id: c.body.id, resource: 'zelfredzaamheid', action: 'aanmaken' })).toBe(2);
    });
  });

  describe('plan', () => {
    it('adds goals, parties and actions; updates with the item ETag; refuses a goal of another case', async () => {
      const c = await openCase();
      const other = await openCase();
      const url = `/cases/${c.body.id}`;
      const goal = await prof.post(`${url}/goals`, { domain: 'huisvesting', description: 'Eigen woning', targetDate: '2027-03-01' });
      expect(goal.status).toBe(201);
      const party = await prof.post(`${url}/parties`, { organisationName: 'Woningcorporatie Mitros', contactName: 'Wooncoach', role: 'biedt woning aan' });
      expect(party.status).toBe(201);
      const action = await prof.post(`${url}/actions`, { goalId: goal.body.id, description: 'Woning aanbieden', ownerPartyId: party.body.id, dueDate: '2027-01-15' });
      expect(action.status).toBe(201);
      expect(action.body.overdue).toBe(false);
      const foreignGoal = await prof.post(`/cases/${other.body.id}/actions`, { goalId: goal.body.id, description: 'Verkeerd doel' });
      expect(foreignGoal.status).toBe(400);
      expect(foreignGoal.body.invalidParams[0].name).toBe('goalId');
      const done = await prof.patch(`${url}/actions/${action.body.id}`, { status: 'gedaan' }, { 'if-match': action.headers.get('etag')! });
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('gedaan');
      expect((await prof.patch(`${url}/actions/${action.body.id}`, { status: 'open' }, { 'if-match': action.headers.get('etag')! })).status).toBe(412);
      const released = await prof.patch(`${url}/parties/${party.body.id}`, { status: 'afgerond' }, { 'if-match': '"1"' });
      expect(released.body.status).toBe('afgerond');
      const plan = (await prof.get(url)).body.plan;
      expect(plan.goals.map((g: any) => g.description)).toEqual(['Eigen woning']);
      expect(plan.actions[0].goalId).toBe(goal.body.id);
    });
  });

  describe('notes and doelbinding', () => {
    it('a handhaver never sees hulpverlening notes, nor the assessment or plan, and its read is logged with purpose handhaving', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}`;
      await prof.post(`${url}/notes`, { purpose: 'hulpverlening', body: 'Vertrouwelijk: vertelt over depressie' });
      await prof.post(`${url}/notes`, { purpose: 'toegang', body: 'Urgentie aangevraagd' });
      const h = await t.as('handhaving');
      const forbidden = await h.post(`${url}/notes`, { purpose: 'hulpverlening', body: 'mag niet' });
      expect(forbidden.status).toBe(403);
      expect((await h.post(`${url}/notes`, { purpose: 'handhaving', body: 'Onderzoek gestart' })).status).toBe(201);
      const file = await h.get(url);
      expect(file.status).toBe(200);
      expect(file.body.notes.map((n: any) => n.purpose).sort()).toEqual(['handhaving', 'toegang']);
      expect(JSON.stringify(file.body)).not.toContain('depressie');
      expect(file.body.assessment).toBeNull();
      expect(file.body.plan).toBeNull();
      const notes = await h.get(`${url}/notes`);
      expect(notes.body.items.some((n: any) => n.purpose === 'hulpverlening')).toBe(false);
      expect(await countLog(t.db, { case_id: c.body.id, user_id: t.fx.users.handhaving, purpose: 'handhaving', action: 'lezen' })).toBeGreaterThanOrEqual(2);
      expect((await h.patch(url, { title: 'Handhaving wijzigt' }, { 'if-match': '"1"' })).status).toBe(403);
      // the professional sees all three
      const all = await prof.get(`${url}/notes`);
      expect(all.body.items.map((n: any) => n.purpose).sort()).toEqual(['handhaving', 'hulpverlening', 'toegang']);
    });

    it("a note's purpose cannot be changed afterwards, by the API nor in the database", async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}/notes`;
      const n = await prof.post(url, { purpose: 'hulpverlening', body: 'Eerste gesprek' });
      const change = await prof.patch(`${url}/${n.body.id}`, { body: 'Eerste gesprek (aangevuld)', purpose: 'toegang' }, { 'if-match': '"1"' });
      expect(change.status).toBe(409);
      expect(change.body.code).toBe('doel_onveranderlijk');
      const fixed = await prof.patch(`${url}/${n.body.id}`, { body: 'Eerste gesprek (aangevuld)' }, { 'if-match': '"1"' });
      expect(fixed.status).toBe(200);
      expect(fixed.body.purpose).toBe('hulpverlening');
      expect(fixed.body.editedAt).not.toBeNull();
      // The earlier text is kept, with who replaced it; a second correction adds to it.
      expect(fixed.body.revisions).toEqual([{ body: 'Eerste gesprek', replacedAt: expect.any(String), replacedByName: expect.any(String) }]);
      const again = await prof.patch(`${url}/${n.body.id}`, { body: 'Eerste gesprek (aangevuld, gecorrigeerd)' }, { 'if-match': `"${fixed.body.version}"` });
      expect(again.status).toBe(200);
      expect(again.body.revisions.map((r: any) => r.body)).toEqual(['Eerste gesprek', 'Eerste gesprek (aangevuld)']);
      const listed = (await prof.get(url)).body.items.find((x: any) => x.id === n.body.id);
      expect(listed.body).toBe('Eerste gesprek (aangevuld, gecorrigeerd)');
      expect(listed.revisions).toHaveLength(2);
      // A stale version changes nothing: no text, no revision.
      expect((await prof.patch(`${url}/${n.body.id}`, { body: 'te laat' }, { 'if-match': `"${fixed.body.version}"` })).status).toBe(412);
      expect((await prof.get(url)).body.items.find((x: any) => x.id === n.body.id).revisions).toHaveLength(2);
      await expect(t.db.query(`UPDATE notes SET purpose = 'handhaving' WHERE id = $1`, [n.body.id])).rejects.toThrow(/doel van een notitie/);
    });
  });

  describe('history in plain Dutch', () => {
    it('records every edit as a sentence with who and when; a handhaver sees no plan, score or support-note events', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}`;
      const v1 = (await prof.get(url)).body.case.version;
      expect((await prof.patch(url, { title: 'Eigen woning in zicht', wamsPhase: 'werkplan', phaseStartedOn: c.body.openedOn }, { 'if-match': `"${v1}"` })).status).toBe(200);
      const goal = await prof.post(`${url}/goals`, { domain: 'huisvesting', description: 'Eigen woning' });
      expect((await prof.patch(`${url}/goals/${goal.body.id}`, { status: 'behaald' }, { 'if-match': `"${goal.body.version}"` })).status).toBe(200);
      expect((await prof.post(`${url}/assessments`, { assessedOn: c.body.openedOn, scores: [{ domain: 'financien', score: 3, reason: 'Regeling loopt' }] })).status).toBe(201);
      const note = await prof.post(`${url}/notes`, { purpose: 'hulpverlening', body: 'Vertrouwelijk gesprek' });
      expect((await prof.patch(`${url}/notes/${note.body.id}`, { body: 'Vertrouwelijk gesprek, aangevuld' }, { 'if-match': `"${note.body.version}"` })).status).toBe(200);

      const file = (await prof.get(url)).body;
      const texts = file.events.map((e: any) => e.text);
      const [y, m, d] = c.body.openedOn.split('-').map(Number);
      const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
      expect(texts).toEqual([
        'Casus geopend: het huishouden vroeg zelf om hulp.',
        `Titel gewijzigd in “Eigen woning in zicht”; Wams-fase van Verkenning naar Werkplan (vanaf ${d} ${months[m - 1]} ${y}).`,
        'Doel toegevoegd: “Eigen woning”.',
        'Doel “Eigen woning” gewijzigd: status behaald.',
        `Scores vastgelegd (beoordeling van ${d} ${months[m - 1]} ${y}): Financiën 3.`,
        'Notitie geschreven (doel: hulpverlening).',
        'Notitie gecorrigeerd (doel: hulpverlening); de vorige tekst blijft bewaard.',
      ]);
      expect(file.events.every((e: any) => e.userName)).toBe(true);
      // No codes or ISO dates in what a person reads.
      expect(texts.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}|coordinatie|werkplan\b|huisvesting\b/);

      const h = await t.as('handhaving');
      const seen = (await h.get(url)).body.events.map((e: any) => e.text);
      expect(seen).toEqual(texts.slice(0, 2));
    });

    it('names the new regisseur instead of an id', async () => {
      const c = await openCase();
      const url = `/cases/${c.body.id}`;
      const other = t.fx.users.teamleider;
      const r = await prof.patch(url, { regisseurId: other }, { 'if-match': `"${c.body.version}"` });
      expect(r.status).toBe(200);
      const last = (await prof.get(url)).body.events.at(-1);
      expect(last.text).toBe(`Regisseur gewijzigd in ${r.body.regisseurName}.`);
      expect(last.text).not.toContain(other);
    });
  });

  describe('privacy officer', () => {
    it('reads the processing log with filters; others may not', async () => {
      const c = await openCase();
      await prof.get(`/cases/${c.body.id}`);
      expect((await prof.get('/processing-log')).status).toBe(403);
      const p = await t.as('privacy');
      const log = await p.get(`/processing-log?caseId=${c.body.id}&action=lezen`);
      expect(log.status).toBe(200);
      expect(log.body.items.length).toBeGreaterThanOrEqual(1);
      for (const e of log.body.items) {
        expect(e.caseId).toBe(c.body.id);
        expect(e.action).toBe('lezen');
        expect(e.userName).toBe('Test professional');
        expect(e.purpose).toBe('hulpverlening');
        expect(e.legalGround).toMatch(/AVG art\. 6 lid 1 sub e/);
      }
      const badRange = await p.get('/processing-log?from=2026-05-01&to=2026-04-01');
      expect(badRange.status).toBe(400);
      expect(badRange.body.invalidParams[0].name).toBe('to');
      // Zaanstad's privacy officer sees none of Utrecht's log
      const zp = await t.as('z-privacy');
      expect((await zp.get(`/processing-log?caseId=${c.body.id}`)).body.total).toBe(0);
    });

    it('exports everything held on one person (inzage), including all notes and the log, and logs the export', async () => {
      const c = await prof.post('/cases', { title: 'Inzagezaak', household: household({ members: [{ name: 'Inge Inzage', birthDate: '1980-01-01', role: 'aanvrager', bsn: '999999990' }] }) });
      expect(c.status).toBe(201);
      await prof.post(`/cases/${c.body.id}/notes`, { purpose: 'hulpverlening', body: 'Notitie voor inzage' });
      const p = await t.as('privacy');
      const found = await p.get('/persons?q=999999990');
      expect(found.body.items.length).toBe(1);
      const personId = found.body.items[0].id;
      expect((await prof.get(`/persons/${personId}/inzage`)).status).toBe(403);
      const exp = await p.get(`/persons/${personId}/inzage`);
      expect(exp.status).toBe(200);
      expect(exp.headers.get('content-disposition')).toContain('inzage-');
      const dossier = exp.body.sections.casusdossier;
      expect(dossier.person.name).toBe('Inge Inzage');
      expect(dossier.cases[0].title).toBe('Inzagezaak');
      expect(dossier.cases[0].notes[0].body).toBe('Notitie voor inzage');
      expect(exp.body.processingLog.some((e: any) => e.resource === 'casus' && e.action === 'aanmaken')).toBe(true);
      expect(await countLog(t.db, { person_id: personId, action: 'exporteren' })).toBe(1);
      expect((await (await t.as('z-privacy')).get(`/persons/${personId}/inzage`)).status).toBe(404);
    });
  });

  it('serves an OpenAPI 3.1 document describing the routes', async () => {
    const r = await t.anonymous().get('/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    for (const p of ['/auth/login', '/cases', '/cases/{id}', '/cases/{id}/notes', '/processing-log', '/persons/{id}/inzage']) expect(r.body.paths).toHaveProperty([p]);
    expect(r.body.paths['/cases/{id}'].patch.responses).toHaveProperty(['412']);
  });
});
