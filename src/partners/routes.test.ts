// SPDX-License-Identifier: EUPL-1.2
/**
 * Partners in the plan end to end over the API (ADR 0017): a Utrecht professional invites a
 * woningcorporatie's professional with the resident's consent; the partner sees exactly what the
 * purpose needs and nothing else (a sweep over every operation of the OpenAPI document, as the
 * partner), updates its action and writes to the regisseur; every read and change is in both
 * organisations' processing logs; withdrawing the consent ends the access at once.
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
const addYears = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;

describe.each(DB_KINDS)('partners in the plan on %s', (kind) => {
  let t: TestApp;
  let prof: Client, partner: Client, otherPartner: Client, zProf: Client;
  const ids: Record<string, string> = {};
  const today = todayIso();

  /** A partner organisation with two professionals, written straight into the accounts tables (an admin can only create users in its own organisation). */
  async function partnerOrganisation() {
    const org = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie Test', 'woningcorporatie') RETURNING id`)).rows[0].id;
    for (const [username, email] of [['yvonne-test', 'yvonne@corporatie.example'], ['mirte-test', null]]) {
      await t.db.query(`INSERT INTO users (organisation_id, team_id, username, display_name, email, password_hash, roles) SELECT $1, NULL, $2, $3, $4, password_hash, ARRAY['professional'] FROM users WHERE username = 'professional'`, [org, username, `Test ${username}`, email]);
    }
    return org;
  }

  beforeAll(async () => {
    t = await makeTestApp(kind);
    ids.partnerOrg = await partnerOrganisation();
    [prof, partner, otherPartner, zProf] = await Promise.all(['professional', 'yvonne-test', 'mirte-test', 'z-professional'].map((u) => t.as(u)));
    const cs = ok(
      await prof.post('/cases', {
        title: `Casus ${SECRET}`, summary: `Samenvatting ${SECRET}`,
        household: { name: `Huishouden ${SECRET}`, address: `Geheimstraat 1 ${SECRET}`, postcode: '3511 AB', members: [{ name: 'Anna Vermeulen', birthDate: '1985-05-05', role: 'aanvrager', bsn: '111222333' }, { name: 'Bram Vermeulen', birthDate: '2012-02-02', role: 'kind' }] },
      }),
      201,
      'case',
    );
    ids.case = cs.id;
    ids.household = cs.householdId;
    const file = ok(await prof.get(`/cases/${ids.case}`), 200, 'file');
    ids.anna = file.household.members.find((m: any) => m.name.startsWith('Anna')).id;
    ok(await prof.post(`/cases/${ids.case}/assessments`, { assessedOn: today, scores: [{ domain: 'financien', score: 2, reason: `Schulden ${SECRET}` }] }), 201, 'assessment');
    ids.goalHousing = ok(await prof.post(`/cases/${ids.case}/goals`, { domain: 'huisvesting', description: 'Eigen woning voor Anna en Bram' }), 201, 'goal').id;
    ids.goalDebts = ok(await prof.post(`/cases/${ids.case}/goals`, { domain: 'financien', description: `Schulden ${SECRET}` }), 201, 'goal').id;
    ids.party = ok(await prof.post(`/cases/${ids.case}/parties`, { partyOrganisationId: ids.partnerOrg, contactName: 'Yvonne', contact: '030-1234567', role: 'wooncoach' }), 201, 'party').id;
    ids.otherParty = ok(await prof.post(`/cases/${ids.case}/parties`, { organisationName: 'Schuldhulp Test', contactName: 'Karel', contact: 'karel@schuldhulp.example', role: 'schuldhulpverlener' }), 201, 'party').id;
    ids.action = ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goalHousing, description: 'Woning aanbieden', ownerPartyId: ids.party, dueDate: today }), 201, 'action').id;
    ids.otherAction = ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goalDebts, description: `Schulden ${SECRET}`, ownerPartyId: ids.otherParty }), 201, 'other action').id;
    ids.ownAction = ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goalHousing, description: `Urgentie ${SECRET}`, ownerUserId: t.fx.users.professional }), 201, 'own action').id;
    ids.note = ok(await prof.post(`/cases/${ids.case}/notes`, { purpose: 'hulpverlening', body: `Notitie ${SECRET}` }), 201, 'note').id;
  }, 120_000);
  afterAll(async () => t?.close());

  const invite = (over: Record<string, unknown> = {}) => ({
    partyId: ids.party, partnerOrganisationId: ids.partnerOrg, partnerLogin: 'yvonne@corporatie.example', purpose: 'Een passende woning aanbieden en de verhuizing begeleiden',
    consent: { personId: ids.anna, validUntil: addYears(today, 1) }, ...over,
  });
  const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

  it('refuses a bad invitation naming the field, and writes nothing', async () => {
    const before = [await count('case_invitations'), await count('consents')];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ partnerLogin: 'niemand' }, 'partnerLogin'],
      [{ consent: { personId: ids.party, validUntil: addYears(today, 1) } }, 'personId'],
      [{ consent: { personId: ids.anna, validUntil: addYears(today, 3) } }, 'validUntil'],
      [{ partyId: ids.goalHousing }, 'partyId'],
      [{ partnerOrganisationId: t.fx.orgs.utrecht }, 'partnerOrganisationId'],
    ];
    for (const [over, field] of cases) {
      const r = await prof.post(`/cases/${ids.case}/partner-invitations`, invite(over));
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.invalidParams.map((p: any) => p.name).join(',')).toContain(field);
    }
    expect(ok(await zProf.post(`/cases/${ids.case}/partner-invitations`, invite()), 404, 'zaanstad')).toBeTruthy();
    expect([await count('case_invitations'), await count('consents')]).toEqual(before);
  });

  it('invites the partner with the resident\'s consent recorded', async () => {
    const inv = ok(await prof.post(`/cases/${ids.case}/partner-invitations`, invite()), 201, 'invite');
    ids.invitation = inv.id;
    ids.consent = inv.consent.id;
    expect(inv).toMatchObject({ partnerUserName: 'Test yvonne-test', partyName: 'Woningcorporatie Test', access: 'toegang', status: 'actief' });
    expect(inv.consent).toMatchObject({ state: 'geldig', personName: 'Anna Vermeulen', validUntil: addYears(today, 1) });
    const consents = ok(await prof.get(`/cases/${ids.case}/consents`), 200, 'consents').items;
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ recipientOrganisationId: ids.partnerOrg, recipientName: 'Woningcorporatie Test', recipientPerson: 'Test yvonne-test', dataCategories: ['plan_eigen_acties', 'betrokkenen', 'huishouden_voornamen'], purpose: invite().purpose });
    expect(ok(await prof.post(`/cases/${ids.case}/partner-invitations`, invite()), 409, 'twice').code).toBe('al_uitgenodigd');
  });

  it('the partner sees exactly the purpose\'s data: its action and goal, the parties, first names and age bands', async () => {
    const list = ok(await partner.get('/partner-cases'), 200, 'list').items;
    expect(list).toEqual([expect.objectContaining({ id: ids.invitation, access: 'toegang', householdLabel: 'Huishouden van Anna', organisationName: 'Gemeente Utrecht' })]);
    const view = ok(await partner.get(`/partner-cases/${ids.invitation}`), 200, 'view');
    expect(view.household).toEqual([
      { firstName: 'Anna', role: 'aanvrager', ageBand: expect.any(String), ageBandLabel: expect.stringContaining('jaar') },
      { firstName: 'Bram', role: 'kind', ageBand: expect.any(String), ageBandLabel: expect.stringContaining('jaar') },
    ]);
    expect(view.goals.map((g: any) => g.id)).toEqual([ids.goalHousing]);
    expect(view.actions.map((a: any) => a.id)).toEqual([ids.action]);
    expect(view.parties.map((p: any) => [p.organisationName, p.contactName, p.contact, p.mine])).toEqual([
      ['Woningcorporatie Test', 'Yvonne', '030-1234567', true],
      ['Schuldhulp Test', 'Karel', 'karel@schuldhulp.example', false],
    ]);
    expect(Object.keys(view).sort()).toEqual(['actions', 'goals', 'household', 'invitation', 'messages', 'parties']);
    const text = JSON.stringify(view);
    for (const never of [SECRET, 'Vermeulen', '1985-05-05', '2012-02-02', '111222333', 'Geheimstraat', '3511']) expect(text).not.toContain(never);
  });

  it('sweep: as the partner, every other operation with every id of the case answers no 2xx and shows nothing of it', async () => {
    const doc = (await t.anonymous().get('/openapi.json')).body;
    const values = Object.values(ids);
    const failures: string[] = [];
    let requests = 0;
    const partnerOps = new Set(['GET /partner-cases', 'GET /partner-cases/{id}', 'PATCH /partner-cases/{id}/actions/{itemId}', 'POST /partner-cases/{id}/messages']);
    for (const [path, methods] of Object.entries<any>(doc.paths)) {
      for (const m of Object.keys(methods)) {
        const method = m.toUpperCase();
        const key = `${method} ${path}`;
        if (key === 'POST /auth/login' || key === 'POST /auth/logout' || partnerOps.has(key)) continue;
        const params = [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
        const concretes = params.length ? values.map((v) => path.replace(/\{(\w+)\}/g, (_, p) => (p === 'key' ? 'x' : p === 'kind' ? 'huishouden' : v))) : [path];
        for (const concrete of concretes) {
          const r = await partner.request(method, concrete, method === 'GET' || method === 'DELETE' ? undefined : {}, method === 'PATCH' || method === 'PUT' ? { 'If-Match': '"1"' } : {});
          requests++;
          const body = JSON.stringify(r.body ?? '');
          const leaks = [SECRET, 'Vermeulen', 'Anna', 'Bram', 'Woning aanbieden'].filter((s) => body.includes(s));
          // Reference lists and the caller's own account are open by design; they hold nothing of the case.
          const ownOrShared = !params.length && method === 'GET';
          if (leaks.length || r.status >= 500 || (!ownOrShared && r.status >= 200 && r.status < 300)) failures.push(`${method} ${concrete}: ${r.status} ${leaks.join(',')} ${body.slice(0, 200)}`);
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 300_000);

  it('updates the status of its own action only (If-Match), and writes a message the regisseur sees', async () => {
    const view = ok(await partner.get(`/partner-cases/${ids.invitation}`), 200, 'view');
    const a = view.actions[0];
    expect(ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.action}`, { status: 'gedaan' }), 428, 'no if-match').status).toBe(428);
    expect(ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.otherAction}`, { status: 'gedaan' }, { 'If-Match': '"1"' }), 404, 'other party').status).toBe(404);
    expect(ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.ownAction}`, { status: 'gedaan' }, { 'If-Match': '"1"' }), 404, 'regisseur action').status).toBe(404);
    expect(ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.action}`, { status: 'gedaan', description: 'x' }, { 'If-Match': `"${a.version}"` }), 400, 'only status').status).toBe(400);
    const done = ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.action}`, { status: 'bezig' }, { 'If-Match': `"${a.version}"` }), 200, 'update');
    expect(done).toMatchObject({ id: ids.action, status: 'bezig', version: a.version + 1 });
    ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.action}`, { status: 'gedaan' }, { 'If-Match': `"${a.version}"` }), 412, 'stale');
    ok(await otherPartner.get(`/partner-cases/${ids.invitation}`), 404, 'colleague not invited');
    ok(await otherPartner.patch(`/partner-cases/${ids.invitation}/actions/${ids.action}`, { status: 'gedaan' }, { 'If-Match': `"${done.version}"` }), 404, 'colleague not invited');
    ok(await zProf.get(`/partner-cases/${ids.invitation}`), 404, 'zaanstad');
    ok(await partner.post(`/partner-cases/${ids.invitation}/messages`, { body: 'De woning aan de Amsterdamsestraatweg is vrij per de eerste van de maand.' }), 201, 'message');
    const plan = ok(await prof.get(`/cases/${ids.case}/plan`), 200, 'plan');
    expect(plan.actions.find((x: any) => x.id === ids.action).status).toBe('bezig');
    const invs = ok(await prof.get(`/cases/${ids.case}/partner-invitations`), 200, 'invitations').items;
    expect(invs[0].messages.map((m: any) => [m.body.slice(0, 9), m.fromPartner, m.authorOrganisationName])).toEqual([['De woning', true, 'Woningcorporatie Test']]);
  });

  it('logs every read and change of the partner in both organisations', async () => {
    const rows = (await t.db.query<{ org: string; action: string; resource: string; legal: string }>(`SELECT organisation_id AS org, action, resource, legal_ground AS legal FROM processing_log WHERE user_id = (SELECT id FROM users WHERE username = 'yvonne-test') ORDER BY id`)).rows;
    for (const [action, resource] of [['lezen', 'partner_casus'], ['wijzigen', 'actions'], ['aanmaken', 'partnerbericht'], ['lezen', 'partner_overzicht']]) {
      const orgs = rows.filter((r) => r.action === action && r.resource === resource).map((r) => r.org);
      expect(new Set(orgs), `${action} ${resource}`).toEqual(new Set([t.fx.orgs.utrecht, ids.partnerOrg]));
    }
    expect(rows.every((r) => r.legal.includes('toestemming'))).toBe(true);
    // Utrecht's privacy officer sees the partner's reads in Utrecht's own log.
    const log = ok(await (await t.as('privacy')).get(`/processing-log?caseId=${ids.case}`), 200, 'log').items;
    expect(log.some((l: any) => l.userName === 'Test yvonne-test' && l.resource === 'partner_casus')).toBe(true);
  });

  it('withdrawing the consent ends the partner\'s access at once', async () => {
    const w = ok(await prof.post(`/consents/${ids.consent}/withdraw`, { reason: 'Anna wil niet meer dat de corporatie meekijkt' }), 200, 'withdraw');
    expect(w).toMatchObject({ state: 'ingetrokken', withdrawnOn: today, withdrawReason: 'Anna wil niet meer dat de corporatie meekijkt' });
    const refused = ok(await partner.get(`/partner-cases/${ids.invitation}`), 403, 'read after withdrawal');
    expect(refused.detail).toContain('toestemming ingetrokken');
    ok(await partner.patch(`/partner-cases/${ids.invitation}/actions/${ids.action}`, { status: 'gedaan' }, { 'If-Match': '"2"' }), 403, 'update after withdrawal');
    ok(await partner.post(`/partner-cases/${ids.invitation}/messages`, { body: 'Nog een bericht' }), 403, 'message after withdrawal');
    const list = ok(await partner.get('/partner-cases'), 200, 'list').items;
    expect(list[0]).toMatchObject({ access: 'toestemming_ingetrokken', householdLabel: null });
    expect(JSON.stringify(list)).not.toContain('Anna');
    ok(await prof.post(`/consents/${ids.consent}/withdraw`, { reason: 'Nog eens' }), 409, 'twice');
    const invs = ok(await prof.get(`/cases/${ids.case}/partner-invitations`), 200, 'invitations').items;
    expect(invs[0]).toMatchObject({ access: 'toestemming_ingetrokken', consent: { state: 'ingetrokken' } });
  });

  it('a new invitation with a new consent gives access again; ending the invitation takes it away', async () => {
    const inv = ok(await prof.post(`/cases/${ids.case}/partner-invitations`, invite({ partnerLogin: 'yvonne-test' })), 409, 'still an active invitation');
    expect(inv.code).toBe('al_uitgenodigd');
    ok(await prof.post(`/partner-invitations/${ids.invitation}/end`, { reason: 'Toestemming ingetrokken' }), 200, 'end');
    const again = ok(await prof.post(`/cases/${ids.case}/partner-invitations`, invite({ partnerLogin: 'yvonne-test' })), 201, 'again');
    ok(await partner.get(`/partner-cases/${again.id}`), 200, 'access again');
    ok(await partner.get(`/partner-cases/${ids.invitation}`), 403, 'old invitation stays closed');
    ok(await prof.post(`/partner-invitations/${again.id}/end`, { reason: 'Woning gevonden' }), 200, 'end again');
    expect(ok(await partner.get(`/partner-cases/${again.id}`), 403, 'after end').detail).toContain('beëindigd');
  });

  it('the inzage export of the resident shows the consents and who was invited, with the messages', async () => {
    const out = ok(await (await t.as('privacy')).get(`/persons/${ids.anna}/inzage`), 200, 'inzage');
    expect(out.sections.toestemmingen.map((c: any) => [c.recipientName, c.state])).toEqual([['Woningcorporatie Test', 'ingetrokken'], ['Woningcorporatie Test', 'geldig']]);
    const invs = out.sections['partners in het plan'];
    expect(invs.map((i: any) => [i.partnerUserName, i.status])).toEqual([['Test yvonne-test', 'beeindigd'], ['Test yvonne-test', 'beeindigd']]);
    expect(invs[0].messages.map((m: any) => m.fromPartner)).toEqual([true]);
  });

  it('the resident withdrawing on her own page (Wie kijkt mee) ends the partner\'s access at once', async () => {
    const inv = ok(await prof.post(`/cases/${ids.case}/partner-invitations`, invite({ partnerLogin: 'yvonne-test' })), 201, 'invite for the resident test');
    ok(await partner.get(`/partner-cases/${inv.id}`), 200, 'access with consent');
    // Anna's own account, linked by the admin; she gives and then withdraws "plan delen" for the corporation.
    const admin = await t.as('admin');
    const u = ok(await admin.post('/users', { username: `anna.${randomBytes(3).toString('hex')}`, displayName: 'Anna Vermeulen', roles: ['inwoner'], password: 'een-lang-wachtwoord-voor-anna-2026' }), 201, 'resident user');
    ok(await admin.put(`/users/${u.id}/inwoner-koppeling`, { memberId: ids.anna }), 200, 'link');
    const anna = t.anonymous();
    ok(await anna.post('/auth/login', { username: u.username, password: 'een-lang-wachtwoord-voor-anna-2026' }), 200, 'resident login');
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: true }), 200, 'give');
    ok(await partner.get(`/partner-cases/${inv.id}`), 200, 'still access after giving');
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: false }), 200, 'withdraw');
    ok(await partner.get(`/partner-cases/${inv.id}`), 403, 'no access after the resident withdrew');
    const consents = ok(await prof.get(`/cases/${ids.case}/consents`), 200, 'consents').items as Array<{ recipientOrganisationId: string | null; state: string; withdrawReason: string | null }>;
    const forCorporation = consents.filter((c) => c.recipientOrganisationId === ids.partnerOrg);
    expect(forCorporation.length).toBeGreaterThan(0);
    expect(forCorporation.every((c) => c.state === 'ingetrokken')).toBe(true);
    expect(forCorporation.some((c) => c.withdrawReason === 'Ingetrokken door de inwoner op de eigen pagina')).toBe(true);
  });
});
