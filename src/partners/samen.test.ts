// SPDX-License-Identifier: EUPL-1.2
/**
 * Working together around one household (issue 13 item 1, issue 17 "Wie kijkt mee"; ADR 0028): the
 * regisseur ends a partner's invitation and access ends at once; meldingen reach the partner (invited,
 * an action assigned to its organisation, the regisseur's reply, the end) and the regisseur (a partner
 * wrote); the regisseur answers on the thread and the partner reads it; the resident giving consent on
 * her own page records a consent in the privacy room and brings back a partner only while its
 * invitation still runs. Each change in both organisations' processing logs.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from '../platform/testing';
import { todayIso } from '../cases/model';

const ok = (r: TestResponse, status: number, what: string) => {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`).toBe(status);
  return r.body;
};
const addYears = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;

describe.each(DB_KINDS)('partners together: end, meldingen, replies and the resident\'s consent on %s', (kind) => {
  let t: TestApp;
  let prof: Client, partner: Client, otherPartner: Client, zProf: Client, anna: Client;
  const ids: Record<string, string> = {};
  const today = todayIso();

  beforeAll(async () => {
    t = await makeTestApp(kind);
    ids.partnerOrg = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie Samen', 'woningcorporatie') RETURNING id`)).rows[0].id;
    for (const username of ['yara-samen', 'mees-samen']) {
      await t.db.query(`INSERT INTO users (organisation_id, team_id, username, display_name, email, password_hash, roles) SELECT $1, NULL, $2, $3, NULL, password_hash, ARRAY['professional'] FROM users WHERE username = 'professional'`, [ids.partnerOrg, username, `Test ${username}`]);
    }
    [prof, partner, otherPartner, zProf] = await Promise.all(['professional', 'yara-samen', 'mees-samen', 'z-professional'].map((u) => t.as(u)));
    const cs = ok(await prof.post('/cases', { title: 'Samen', summary: 'Samen', household: { name: 'Huishouden Samen', members: [{ name: 'Anna Samen', birthDate: '1985-05-05', role: 'aanvrager' }] } }), 201, 'case');
    ids.case = cs.id;
    ids.anna = ok(await prof.get(`/cases/${ids.case}`), 200, 'file').household.members[0].id;
    ids.goal = ok(await prof.post(`/cases/${ids.case}/goals`, { domain: 'huisvesting', description: 'Een betaalbare woning' }), 201, 'goal').id;
    ids.party = ok(await prof.post(`/cases/${ids.case}/parties`, { partyOrganisationId: ids.partnerOrg, contactName: 'Yara', contact: '030-7654321', role: 'wooncoach' }), 201, 'party').id;
    ids.otherParty = ok(await prof.post(`/cases/${ids.case}/parties`, { organisationName: 'Schuldhulp Samen', role: 'schuldhulp' }), 201, 'party').id;
    const admin = await t.as('admin');
    const u = ok(await admin.post('/users', { username: `anna.samen.${randomBytes(3).toString('hex')}`, displayName: 'Anna Samen', roles: ['inwoner'], password: 'een-lang-wachtwoord-voor-anna-2026' }), 201, 'resident user');
    ok(await admin.put(`/users/${u.id}/inwoner-koppeling`, { memberId: ids.anna }), 200, 'link');
    anna = t.anonymous();
    ok(await anna.post('/auth/login', { username: u.username, password: 'een-lang-wachtwoord-voor-anna-2026' }), 200, 'resident login');
  }, 120_000);
  afterAll(async () => t?.close());

  const invite = () => ({ partyId: ids.party, partnerOrganisationId: ids.partnerOrg, partnerLogin: 'yara-samen', purpose: 'Een passende woning aanbieden', consent: { personId: ids.anna, validUntil: addYears(today, 1) } });
  const meldingen = async (c: Client) => ok(await c.get('/notifications'), 200, 'notifications').items as Array<{ kind: string; title: string; body: string; caseId: string | null; invitationId: string | null; readAt: string | null }>;
  const logOf = async (username: string, resource: string, action: string) =>
    (await t.db.query<{ org: string }>(`SELECT organisation_id AS org FROM processing_log WHERE user_id = (SELECT id FROM users WHERE username = $1) AND resource = $2 AND action = $3`, [username, resource, action])).rows.map((r) => r.org);

  it('invited: the partner gets a melding that leads to the invitation; a colleague gets none', async () => {
    const inv = ok(await prof.post(`/cases/${ids.case}/partner-invitations`, invite()), 201, 'invite');
    ids.inv = inv.id;
    const mine = await meldingen(partner);
    expect(mine).toEqual([expect.objectContaining({ kind: 'partner_uitnodiging', invitationId: inv.id, caseId: null, readAt: null })]);
    expect(mine[0].body).toContain('Een passende woning aanbieden');
    expect(await meldingen(otherPartner)).toEqual([]);
  });

  it('an action put on the partner\'s organisation gives a melding, logged in both organisations; an action of another party gives none', async () => {
    ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goal, description: 'Budgetplan maken', ownerPartyId: ids.otherParty }), 201, 'other action');
    expect((await meldingen(partner)).filter((m) => m.kind === 'partner_actie')).toEqual([]);
    const a = ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goal, description: 'Woning aanbieden in Overvecht', ownerPartyId: ids.party, dueDate: today }), 201, 'action');
    let acts = (await meldingen(partner)).filter((m) => m.kind === 'partner_actie');
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ invitationId: ids.inv, title: 'Nieuwe actie voor Woningcorporatie Samen' });
    expect(acts[0].body).toContain('Woning aanbieden in Overvecht');
    // Moving an action from another party onto the partner's also tells the partner.
    const own = ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goal, description: 'Huurtoeslag regelen' }), 201, 'own action');
    ok(await prof.patch(`/cases/${ids.case}/actions/${own.id}`, { ownerPartyId: ids.party }, { 'If-Match': `"${own.version}"` }), 200, 'move');
    acts = (await meldingen(partner)).filter((m) => m.kind === 'partner_actie');
    expect(acts.map((m) => m.body.includes('Huurtoeslag regelen'))).toContain(true);
    expect(acts).toHaveLength(2);
    // Changing something else of that action is no new assignment.
    const moved = ok(await prof.get(`/cases/${ids.case}/plan`), 200, 'plan').actions.find((x: any) => x.id === own.id);
    ok(await prof.patch(`/cases/${ids.case}/actions/${own.id}`, { description: 'Huurtoeslag aanvragen' }, { 'If-Match': `"${moved.version}"` }), 200, 'edit');
    expect((await meldingen(partner)).filter((m) => m.kind === 'partner_actie')).toHaveLength(2);
    expect(new Set(await logOf('professional', 'actions', 'delen'))).toEqual(new Set([t.fx.orgs.utrecht, ids.partnerOrg]));
    ids.action = a.id;
  });

  it('the partner writes: the regisseur gets a melding pointing at the case; the regisseur replies on the thread and the partner reads it', async () => {
    ok(await partner.post(`/partner-cases/${ids.inv}/messages`, { body: 'Er komt een woning vrij per 1 maart.' }), 201, 'partner message');
    const reg = (await meldingen(prof)).filter((m) => m.kind === 'partner_bericht');
    expect(reg).toEqual([expect.objectContaining({ caseId: ids.case, invitationId: null, title: 'Bericht van Test yara-samen (Woningcorporatie Samen)', body: 'Er komt een woning vrij per 1 maart.' })]);
    expect((await meldingen(zProf)).some((m) => m.kind === 'partner_bericht')).toBe(false);

    // Refusals: bad body, someone of another organisation, the partner itself, a colleague of the partner.
    expect(ok(await prof.post(`/partner-invitations/${ids.inv}/messages`, { body: '' }), 400, 'empty').invalidParams[0].name).toBe('body');
    ok(await zProf.post(`/partner-invitations/${ids.inv}/messages`, { body: 'Hallo daar' }), 404, 'zaanstad');
    ok(await partner.post(`/partner-invitations/${ids.inv}/messages`, { body: 'Hallo daar' }), 404, 'the partner on the regisseur\'s route');
    ok(await otherPartner.post(`/partner-invitations/${ids.inv}/messages`, { body: 'Hallo daar' }), 404, 'colleague');
    const before = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM partner_messages`)).rows[0].n;
    expect(before).toBe(1);

    const reply = ok(await prof.post(`/partner-invitations/${ids.inv}/messages`, { body: 'Dank u, ik bespreek het met Anna.' }), 201, 'reply');
    expect(reply).toMatchObject({ fromPartner: false, authorOrganisationName: 'Gemeente Utrecht', invitationId: ids.inv });
    const view = ok(await partner.get(`/partner-cases/${ids.inv}`), 200, 'partner view');
    expect(view.messages.map((m: any) => [m.fromPartner, m.body])).toEqual([[true, 'Er komt een woning vrij per 1 maart.'], [false, 'Dank u, ik bespreek het met Anna.']]);
    const answer = (await meldingen(partner)).filter((m) => m.kind === 'partner_antwoord');
    expect(answer).toEqual([expect.objectContaining({ invitationId: ids.inv, body: 'Dank u, ik bespreek het met Anna.' })]);
    expect(new Set(await logOf('professional', 'partnerbericht', 'delen'))).toEqual(new Set([t.fx.orgs.utrecht, ids.partnerOrg]));
    const thread = ok(await prof.get(`/cases/${ids.case}/partner-invitations`), 200, 'list').items[0].messages;
    expect(thread.map((m: any) => m.fromPartner)).toEqual([true, false]);
  });

  it('the resident\'s own page: withdrawing stops the partner at once; the preview of giving says who comes back; giving records a consent and the partner sees the plan again', async () => {
    const wPreview = ok(await anna.get(`/mijn/toestemmingen/gevolg?partyId=${ids.party}&purpose=plan_delen&given=false`), 200, 'preview withdraw');
    expect(wPreview.effect).toContain('Test yara-samen van Woningcorporatie Samen kan dan meteen niet meer meekijken');
    // Anna never answered "plan delen" herself; giving first, then withdrawing.
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: false }), 409, 'nothing to withdraw yet');
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: true }), 200, 'give');
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: false }), 200, 'withdraw');
    expect(ok(await partner.get(`/partner-cases/${ids.inv}`), 403, 'after withdrawal').detail).toContain('toestemming ingetrokken');
    expect(ok(await prof.post(`/partner-invitations/${ids.inv}/messages`, { body: 'Bent u er nog?' }), 409, 'reply without access').code).toBe('partner_geen_toegang');

    const gPreview = ok(await anna.get(`/mijn/toestemmingen/gevolg?partyId=${ids.party}&purpose=plan_delen&given=true`), 200, 'preview give');
    expect(gPreview.effect).toContain('Test yara-samen van Woningcorporatie Samen kan dan meteen weer meekijken in uw plan.');
    const before = ok(await prof.get(`/cases/${ids.case}/consents`), 200, 'consents').items.length;
    const given = ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: true }), 200, 'give again');
    expect(given.given).toBe(true);
    const consents = ok(await prof.get(`/cases/${ids.case}/consents`), 200, 'consents').items as Array<{ recipientOrganisationId: string; state: string; recordedByName: string; dataCategories: string[]; validUntil: string }>;
    expect(consents.length).toBe(before + 1);
    const valid = consents.filter((c) => c.state === 'geldig');
    expect(valid).toEqual([expect.objectContaining({ recipientOrganisationId: ids.partnerOrg, recordedByName: 'Anna Samen', dataCategories: ['plan_eigen_acties', 'betrokkenen', 'huishouden_voornamen'], validUntil: addYears(today, 1) })]);
    ok(await partner.get(`/partner-cases/${ids.inv}`), 200, 'access again at once');
    expect((await meldingen(partner)).some((m) => m.kind === 'partner_toegang')).toBe(true);
    expect(new Set((await t.db.query<{ org: string }>(`SELECT organisation_id AS org FROM processing_log WHERE resource = 'partneruitnodiging' AND action = 'wijzigen' AND role = 'inwoner'`)).rows.map((r) => r.org))).toEqual(new Set([t.fx.orgs.utrecht, ids.partnerOrg]));
  });

  it('the regisseur ends the invitation: every partner request is refused at once, the partner gets a melding, both logs have it', async () => {
    ok(await zProf.post(`/partner-invitations/${ids.inv}/end`, { reason: 'Niet van u' }), 404, 'zaanstad');
    ok(await partner.post(`/partner-invitations/${ids.inv}/end`, { reason: 'Zelf stoppen' }), 404, 'the partner itself');
    expect(ok(await prof.post(`/partner-invitations/${ids.inv}/end`, { reason: '' }), 400, 'no reason').invalidParams[0].name).toBe('reason');
    const ended = ok(await prof.post(`/partner-invitations/${ids.inv}/end`, { reason: 'De woning is gevonden' }), 200, 'end');
    expect(ended).toMatchObject({ status: 'beeindigd', access: 'uitnodiging_beeindigd', endReason: 'De woning is gevonden' });
    ok(await prof.post(`/partner-invitations/${ids.inv}/end`, { reason: 'Nog eens' }), 409, 'twice');
    for (const r of [
      await partner.get(`/partner-cases/${ids.inv}`),
      await partner.patch(`/partner-cases/${ids.inv}/actions/${ids.action}`, { status: 'gedaan' }, { 'If-Match': '"1"' }),
      await partner.post(`/partner-cases/${ids.inv}/messages`, { body: 'Nog iets' }),
    ]) {
      expect(r.status).toBe(403);
      expect(JSON.stringify(r.body)).not.toContain('Woning aanbieden');
    }
    const list = ok(await partner.get('/partner-cases'), 200, 'list').items;
    expect(list).toEqual([expect.objectContaining({ id: ids.inv, access: 'uitnodiging_beeindigd', householdLabel: null })]);
    expect(JSON.stringify(list)).not.toContain('Anna');
    expect((await meldingen(partner)).filter((m) => m.kind === 'partner_beeindigd')).toHaveLength(1);
    expect(new Set(await logOf('professional', 'partneruitnodiging', 'wijzigen'))).toEqual(new Set([t.fx.orgs.utrecht, ids.partnerOrg]));
    // A new action on the party now reaches nobody.
    const n = (await meldingen(partner)).length;
    ok(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goal, description: 'Sleutel overdragen', ownerPartyId: ids.party }), 201, 'action after end');
    expect((await meldingen(partner)).length).toBe(n);
    expect(ok(await prof.post(`/partner-invitations/${ids.inv}/messages`, { body: 'Nog één ding' }), 409, 'reply after end').detail).toContain('beëindigd');
  });

  it('after the end, the resident giving consent again does not reopen the invitation (the preview says so)', async () => {
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: false }), 200, 'withdraw');
    const preview = ok(await anna.get(`/mijn/toestemmingen/gevolg?partyId=${ids.party}&purpose=plan_delen&given=true`), 200, 'preview');
    expect(preview.effect).toContain('Nu kijkt niemand van Woningcorporatie Samen mee in uw plan. Dat gebeurt pas als uw regisseur iemand van Woningcorporatie Samen uitnodigt.');
    ok(await anna.post('/mijn/toestemmingen', { partyId: ids.party, purpose: 'plan_delen', given: true }), 200, 'give');
    ok(await partner.get(`/partner-cases/${ids.inv}`), 403, 'still ended');
    const inv = ok(await prof.get(`/cases/${ids.case}/partner-invitations`), 200, 'list').items[0];
    expect(inv).toMatchObject({ status: 'beeindigd', access: 'uitnodiging_beeindigd' });
  });
});
