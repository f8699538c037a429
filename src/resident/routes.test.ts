// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's own page through the API: a resident of one household of Utrecht sees their plan,
 * money, who looks along and their messages — and never a professional's unshared note, an
 * enforcement note, another household of Utrecht, or anything of Zaanstad. Every read is logged as a
 * self-access. Ends with a sweep as the resident over every operation of the OpenAPI document, and
 * the readability of every text generated for the resident (printed).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from '../platform/testing';
import { todayIso } from '../cases/model';
import { fleschDouma } from './model';

const OTHER = `ANDER-HUISHOUDEN-${randomBytes(4).toString('hex')}`;
const SECRET = `INTERNE-NOTITIE-${randomBytes(4).toString('hex')}`;
const PASSWORD = 'Een-lang-wachtwoord-2026!';

function ok(r: TestResponse, status: number, what: string) {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`).toBe(status);
  return r.body;
}

interface World {
  caseId: string;
  householdId: string;
  memberId: string;
  partyId: string;
  networkPartyOther: string;
  otherCase: string;
  otherHousehold: string;
  otherMember: string;
  otherParty: string;
  otherGoal: string;
  zaanCase: string;
  zaanParty: string;
}

async function build(t: TestApp): Promise<{ w: World; resident: Client; residentId: string }> {
  const [prof, admin, bh, hh] = await Promise.all(['professional', 'admin', 'budgethouder', 'handhaving'].map((u) => t.as(u)));
  const today = todayIso();
  const year = today.slice(0, 4);
  const cs = ok(await prof.post('/cases', { title: 'Plan van Anna', household: { name: 'Huishouden Anna', members: [{ name: 'Anna Jansen', birthDate: '1985-05-05', role: 'aanvrager' }, { name: 'Bram Jansen', birthDate: '2014-02-02', role: 'kind' }] } }), 201, 'case');
  const household = ok(await prof.get(`/households/${cs.householdId}`), 200, 'household');
  const anna = household.members.find((m: any) => m.name === 'Anna Jansen').id;
  const goal = ok(await prof.post(`/cases/${cs.id}/goals`, { domain: 'huisvesting', description: 'Een eigen woning', targetDate: `${year}-12-31` }), 201, 'goal');
  const party = ok(await prof.post(`/cases/${cs.id}/parties`, { organisationName: 'Woningcorporatie Test', contactName: 'wooncoach', role: 'biedt een woning aan' }), 201, 'party');
  ok(await prof.post(`/cases/${cs.id}/actions`, { goalId: goal.id, description: 'Inschrijven als woningzoekende', ownerLabel: 'Anna', dueDate: `${year}-12-01` }), 201, 'action');
  ok(await prof.post(`/cases/${cs.id}/notes`, { purpose: 'hulpverlening', body: `Eigen indruk ${SECRET}` }), 201, 'note');
  ok(await prof.post(`/cases/${cs.id}/notes`, { purpose: 'hulpverlening', body: 'Fijn gesprek gehad; we gaan samen verder.', sharedWithResident: true }), 201, 'shared note');
  ok(await hh.post(`/cases/${cs.id}/notes`, { purpose: 'handhaving', body: `Controle ${SECRET}` }), 201, 'enforcement note');
  ok(await prof.post(`/cases/${cs.id}/plan-points`, { kind: 'kracht', text: 'Anna zorgt goed voor Bram' }), 201, 'kracht');
  ok(await prof.put(`/cases/${cs.id}/income/huishouden`, { gemeente: 'utrecht', huishouden: { type: 'alleenstaande-ouder', leden: [{ rol: 'aanvrager', geboortedatum: '1985-05-05', nettoLoonPerMaand: 40000 }, { rol: 'kind', geboortedatum: '2014-02-02' }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 } }), 200, 'income');
  const pot = ok(await bh.post('/budget-pots', { name: 'Pot', goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000, categories: ['vervoer'] }), 201, 'pot');
  ok(await bh.post(`/budget-pots/${pot.id}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 150_000 }), 201, 'mandate');
  ok(await prof.post(`/cases/${cs.id}/spends`, { potId: pot.id, amountCents: 4_250, category: 'vervoer', payee: 'NS', spentOn: today, description: 'Treinkaartjes naar de woningcorporatie', justification: 'Zonder kaartjes kan Anna niet naar de bezichtiging', goalId: goal.id }), 201, 'spend');

  // Another household of Utrecht (same team) and a case of Zaanstad: never visible to the resident.
  const other = ok(await prof.post('/cases', { title: `Casus ${OTHER}`, household: { name: `Huishouden ${OTHER}`, members: [{ name: `Carla ${OTHER}`, birthDate: '1970-01-01', role: 'aanvrager' }] } }), 201, 'other case');
  const otherHousehold = ok(await prof.get(`/households/${other.householdId}`), 200, 'other household');
  const otherParty = ok(await prof.post(`/cases/${other.id}/parties`, { organisationName: `Partij ${OTHER}`, role: 'helpt' }), 201, 'other party');
  const otherGoal = ok(await prof.post(`/cases/${other.id}/goals`, { domain: 'financien', description: `Doel ${OTHER}` }), 201, 'other goal');
  const otherNetwork = ok(await prof.post(`/cases/${other.id}/parties`, { organisationName: `Buurvrouw ${OTHER}`, role: 'buurvrouw', informal: true }), 201, 'other network');
  const zp = await t.as('z-professional');
  const zcs = ok(await zp.post('/cases', { title: `Zaans ${OTHER}`, household: { name: `Zaans ${OTHER}`, members: [{ name: `Zoë ${OTHER}`, birthDate: '1990-01-01', role: 'aanvrager' }] } }), 201, 'zaanstad case');
  const zparty = ok(await zp.post(`/cases/${zcs.id}/parties`, { organisationName: `Zaanse partij ${OTHER}`, role: 'helpt' }), 201, 'zaanstad party');

  // The resident's account, linked by the admin.
  const username = `anna.${randomBytes(3).toString('hex')}`;
  const u = ok(await admin.post('/users', { username, displayName: 'Anna Jansen', roles: ['inwoner'], password: PASSWORD }), 201, 'resident user');
  ok(await admin.put(`/users/${u.id}/inwoner-koppeling`, { memberId: anna }), 200, 'link');
  const resident = t.anonymous();
  ok(await resident.post('/auth/login', { username, password: PASSWORD }), 200, 'resident login');
  return {
    resident,
    residentId: u.id,
    w: {
      caseId: cs.id, householdId: cs.householdId, memberId: anna, partyId: party.id, networkPartyOther: otherNetwork.id, otherCase: other.id, otherHousehold: other.householdId,
      otherMember: otherHousehold.members[0].id, otherParty: otherParty.id, otherGoal: otherGoal.id, zaanCase: zcs.id, zaanParty: zparty.id,
    },
  };
}

describe.each(DB_KINDS)('the resident\'s own page on %s', (kind) => {
  let t: TestApp;
  let w: World;
  let me: Client;
  let residentId: string;
  const texts: Array<[string, string]> = [];

  beforeAll(async () => {
    t = await makeTestApp(kind);
    ({ w, resident: me, residentId } = await build(t));
  }, 120_000);
  afterAll(async () => t?.close());

  it('shows the plan of the own household only, without unshared or enforcement notes', async () => {
    const r = ok(await me.get('/mijn/plan'), 200, 'plan');
    const text = JSON.stringify(r);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(OTHER);
    expect(r.household.members.map((m: any) => [m.name, m.me])).toEqual([['Anna Jansen', true], ['Bram Jansen', false]]);
    expect(r.plan.regisseur.name).toBe('Test professional');
    expect(r.plan.goals.map((g: any) => [g.description, g.statusText])).toEqual([['Een eigen woning', 'Nog niet begonnen']]);
    expect(r.plan.actions[0]).toMatchObject({ description: 'Inschrijven als woningzoekende', who: 'Anna', statusText: 'Nog te doen', goal: 'Een eigen woning' });
    expect(r.plan.sharedNotes.map((n: any) => n.body)).toEqual(['Fijn gesprek gehad; we gaan samen verder.']);
    expect(r.plan.points.map((p: any) => [p.kindText, p.text])).toEqual([['Wat goed gaat', 'Anna zorgt goed voor Bram']]);
    expect(r.plan.organisations.map((o: any) => o.name)).toEqual(['Woningcorporatie Test']);
  });

  it('lets the resident write their own goal, krachten, zorgen and network; the professional sees them in one plan', async () => {
    ok(await me.put('/mijn/plan/perspectief', { text: 'Over een jaar woon ik met Bram in een eigen huis.' }), 200, 'perspective');
    ok(await me.post('/mijn/plan/punten', { kind: 'zorg', text: 'Ik slaap slecht door de schulden' }), 201, 'zorg');
    ok(await me.post('/mijn/plan/netwerk', { name: 'Oma Jansen', relation: 'Mijn moeder; past op Bram', contact: '06 12345678' }), 201, 'network');
    const bad = await me.post('/mijn/plan/punten', { kind: 'wens', text: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams.map((p: any) => p.name).sort()).toEqual(['kind', 'text']);
    const file = ok(await (await t.as('professional')).get(`/cases/${w.caseId}`), 200, 'case file');
    expect(file.plan.perspective).toBe('Over een jaar woon ik met Bram in een eigen huis.');
    expect(file.plan.points.map((p: any) => [p.kind, p.text, p.byResident])).toEqual([['kracht', 'Anna zorgt goed voor Bram', false], ['zorg', 'Ik slaap slecht door de schulden', true]]);
    expect(file.plan.parties.find((p: any) => p.informal)).toMatchObject({ organisationName: 'Oma Jansen', role: 'Mijn moeder; past op Bram', byResident: true });
  });

  it('shows money: the maatwerkbudget payment and why, and the income check in plain words', async () => {
    const r = ok(await me.get('/mijn/geld'), 200, 'money');
    expect(r.spends).toHaveLength(1);
    expect(r.spends[0]).toMatchObject({ amountCents: 4_250, paid: true });
    expect(r.spends[0].text).toContain('€ 42,50');
    expect(r.spends[0].text).toContain('Waarom? Zonder kaartjes kan Anna niet naar de bezichtiging.');
    expect(r.spentTotalCents).toBe(4_250);
    const names = r.incomeCheck.regels.map((x: any) => x.naam);
    expect(names.slice(0, 3)).toEqual(['Bijstand', 'Zorgtoeslag', 'Huurtoeslag']);
    // The bijstand line states the net income the professional entered (€ 400,00) and a positive amount.
    expect(r.incomeCheck.regels[0].tekst).toContain('€ 400,00 per maand');
    expect(r.incomeCheck.regels[0].recht).toBe(true);
    expect(r.incomeCheck.regels[0].bedragPerMaand).toBeGreaterThan(0);
    expect(r.incomeCheck.berekening).toContain('Participatiewet');
    expect(r.cashflow).toBeNull();
    for (const s of r.spends) texts.push(['betaling', s.text]);
    for (const x of r.incomeCheck.regels) texts.push([`inkomen ${x.naam}`, x.tekst]);
    texts.push(['inkomen intro', r.incomeCheck.intro], ['inkomen slot', r.incomeCheck.slot]);
  });

  it('gives and withdraws consent per organisation and purpose, with the effect shown first; the regisseur sees it at once', async () => {
    const preview = ok(await me.get(`/mijn/toestemmingen/gevolg?partyId=${w.partyId}&purpose=plan_delen&given=true`), 200, 'preview');
    expect(preview).toMatchObject({ party: 'Woningcorporatie Test', current: null });
    expect(preview.effect).toContain('mag Woningcorporatie Test vanaf nu uw plan en de afspraken lezen');
    texts.push(['gevolg geven', preview.effect]);
    expect(ok(await me.post('/mijn/toestemmingen', { partyId: w.partyId, purpose: 'plan_delen', given: true }), 200, 'give').given).toBe(true);
    expect((await me.post('/mijn/toestemmingen', { partyId: w.partyId, purpose: 'plan_delen', given: true })).status).toBe(409);
    expect((await me.post('/mijn/toestemmingen', { partyId: w.partyId, purpose: 'contact_opnemen', given: false })).status).toBe(409);
    const withdrawPreview = ok(await me.get(`/mijn/toestemmingen/gevolg?partyId=${w.partyId}&purpose=plan_delen&given=false`), 200, 'preview withdraw');
    expect(withdrawPreview.current).toBe(true);
    texts.push(['gevolg intrekken', withdrawPreview.effect]);
    ok(await me.post('/mijn/toestemmingen', { partyId: w.partyId, purpose: 'plan_delen', given: false }), 200, 'withdraw');
    const who = ok(await me.get('/mijn/wie-kijkt-mee'), 200, 'who');
    const org = who.organisations.find((o: any) => o.partyId === w.partyId);
    expect(org.consents.find((c: any) => c.purpose === 'plan_delen').given).toBe(false);
    expect(org.ground).toBe('U heeft uw toestemming ingetrokken.');
    const inbox = ok(await (await t.as('professional')).get(`/cases/${w.caseId}/inwoner`), 200, 'inbox');
    expect(inbox.consents.map((c: any) => [c.party, c.given])).toEqual([['Woningcorporatie Test', false], ['Woningcorporatie Test', true]]);
    // A party of another household, of Zaanstad, family, or no party at all: the same 404.
    for (const id of [w.otherParty, w.zaanParty, w.networkPartyOther, w.caseId]) {
      const r = await me.post('/mijn/toestemmingen', { partyId: id, purpose: 'plan_delen', given: true });
      expect(r.status, id).toBe(404);
      expect(JSON.stringify(r.body)).not.toContain(OTHER);
      expect((await me.get(`/mijn/toestemmingen/gevolg?partyId=${id}&purpose=plan_delen&given=true`)).status).toBe(404);
    }
  });

  it('shows who looked at the file, in plain Dutch, without the resident\'s own reads', async () => {
    const who = ok(await me.get('/mijn/wie-kijkt-mee'), 200, 'who');
    expect(who.people[0].name).toContain('Test professional');
    expect(who.people.map((p: any) => p.name)).toContain('Oma Jansen');
    expect(who.log.length).toBeGreaterThan(3);
    expect(who.log.some((l: any) => /bekeek Test professional \(professional\) uw dossier, om u te helpen\./.test(l.text))).toBe(true);
    expect(who.log.every((l: any) => l.who !== 'Anna Jansen')).toBe(true);
    expect(JSON.stringify(who)).not.toContain(OTHER);
    for (const l of who.log.slice(0, 10)) texts.push(['logregel', l.text]);
    for (const p of [...who.people, ...who.organisations]) texts.push(['grondslag', p.ground]);
  });

  it('sends messages and proposals to the regisseur, who reads and decides', async () => {
    const m = ok(await me.post('/mijn/berichten', { kind: 'bericht', body: 'Kunnen we volgende week afspreken?' }), 201, 'message');
    texts.push(['ontvangst bericht', m.receipt]);
    const inzage = ok(await me.post('/mijn/berichten', { kind: 'inzage', body: 'Ik wil graag alles zien wat u over mij heeft.' }), 201, 'inzage');
    texts.push(['ontvangst inzage', inzage.receipt]);
    const p = ok(await me.post('/mijn/voorstellen', { domain: 'werk_opleiding', description: 'Ik wil een opleiding tot doktersassistent volgen' }), 201, 'proposal');
    const p2 = ok(await me.post('/mijn/voorstellen', { domain: 'tijdsbesteding', description: 'Zwemmen met Bram' }), 201, 'proposal 2');
    expect((await me.post('/mijn/voorstellen', { domain: 'onbekend', description: 'x' })).status).toBe(400);
    const prof = await t.as('professional');
    const inbox = ok(await prof.get(`/cases/${w.caseId}/inwoner`), 200, 'inbox');
    expect(inbox.messages.map((x: any) => [x.kind, x.read])).toEqual([['inzage', false], ['bericht', false]]);
    expect(inbox.accounts).toEqual([{ name: 'Anna Jansen', active: true }]);
    ok(await prof.post(`/cases/${w.caseId}/inwoner/gelezen`, {}), 200, 'read');
    expect(ok(await me.get('/mijn/berichten'), 200, 'mine').messages.every((x: any) => x.read)).toBe(true);
    expect((await prof.post(`/cases/${w.caseId}/inwoner/voorstellen`, { proposalId: p2.id, accept: false })).status).toBe(400);
    const accepted = ok(await prof.post(`/cases/${w.caseId}/inwoner/voorstellen`, { proposalId: p.id, accept: true }), 200, 'accept');
    expect((await prof.post(`/cases/${w.caseId}/inwoner/voorstellen`, { proposalId: p.id, accept: false, note: 'toch niet' })).status).toBe(409);
    ok(await prof.post(`/cases/${w.caseId}/inwoner/voorstellen`, { proposalId: p2.id, accept: false, note: 'Dat kunt u zelf regelen; daar is geen plan voor nodig.' }), 200, 'decline');
    // A proposal id of this case under another case of the team: 404.
    expect((await prof.post(`/cases/${w.otherCase}/inwoner/voorstellen`, { proposalId: p.id, accept: true })).status).toBe(404);
    const plan = ok(await me.get('/mijn/plan'), 200, 'plan');
    expect(plan.plan.goals.find((g: any) => g.id === accepted.goalId)).toMatchObject({ description: 'Ik wil een opleiding tot doktersassistent volgen', domain: 'Werk & opleiding' });
    expect(plan.plan.proposals.map((x: any) => [x.description, x.statusText])).toEqual([['Zwemmen met Bram', 'Niet overgenomen'], ['Ik wil een opleiding tot doktersassistent volgen', 'Staat nu in uw plan']]);
    // Other roles never handle the resident's messages; a professional of Zaanstad gets the case's 404.
    expect((await (await t.as('handhaving')).get(`/cases/${w.caseId}/inwoner`)).status).toBe(403);
    expect((await (await t.as('z-professional')).get(`/cases/${w.caseId}/inwoner`)).status).toBe(404);
  });

  it('logs every read of the resident as a self-access (purpose inzage, AVG art. 15)', async () => {
    const privacy = await t.as('privacy');
    const log = ok(await privacy.get(`/processing-log?userId=${residentId}&pageSize=100`), 200, 'log');
    const reads = log.items.filter((l: any) => l.action === 'lezen');
    expect(new Set(reads.map((l: any) => l.resource))).toEqual(new Set(['mijn_plan', 'mijn_geld', 'wie_kijkt_mee', 'inwoner_berichten']));
    for (const l of reads) expect(l).toMatchObject({ purpose: 'inzage', legalGround: 'AVG art. 15 (recht van inzage van de betrokkene)', role: 'inwoner', householdId: w.householdId, personId: w.memberId });
    // The privacy officer's inzage export holds what the resident sent and every consent decision.
    const inzage = ok(await privacy.get(`/persons/${w.memberId}/inzage`), 200, 'inzage');
    const own = inzage.sections['eigen pagina van de inwoner'];
    expect(own.messages.map((m: any) => m.kind).sort()).toEqual(['bericht', 'inzage']);
    expect(own.consents.map((c: any) => c.given)).toEqual([false, true]);
    expect(own.proposals).toHaveLength(2);
  });

  it('refuses the own page to professionals and to a resident without a link', async () => {
    expect((await (await t.as('professional')).get('/mijn/plan')).status).toBe(403);
    const admin = await t.as('admin');
    const username = `los.${randomBytes(3).toString('hex')}`;
    ok(await admin.post('/users', { username, displayName: 'Los Account', roles: ['inwoner'], password: PASSWORD }), 201, 'unlinked');
    const c = t.anonymous();
    ok(await c.post('/auth/login', { username, password: PASSWORD }), 200, 'login');
    const r = await c.get('/mijn/plan');
    expect(r.status).toBe(404);
    expect(r.body.detail).toContain('nog niet gekoppeld');
    // Linking to a member of another organisation, or a professional's account: refused.
    const prof = await admin.get('/users');
    const profId = prof.body.items.find((u: any) => u.username === 'professional').id;
    expect((await admin.put(`/users/${profId}/inwoner-koppeling`, { memberId: w.memberId })).status).toBe(400);
    const zMember = (await (await t.as('z-professional')).get(`/cases/${w.zaanCase}`)).body.household.members[0].id;
    const losId = prof.body.items.length ? (await admin.get('/users')).body.items.find((u: any) => u.username === username).id : '';
    const foreign = await admin.put(`/users/${losId}/inwoner-koppeling`, { memberId: zMember });
    expect(foreign.status).toBe(400);
    expect(foreign.body.invalidParams[0].name).toBe('memberId');
  });

  it('as a resident, every operation of the OpenAPI document with foreign ids answers no 2xx and never shows another household', async () => {
    const doc = (await t.anonymous().get('/openapi.json')).body;
    const ops = Object.entries<any>(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => ({ method: m.toUpperCase(), path })));
    const own = new Set(['GET /mijn/plan', 'PUT /mijn/plan/perspectief', 'POST /mijn/plan/punten', 'POST /mijn/plan/netwerk', 'GET /mijn/geld', 'GET /mijn/wie-kijkt-mee', 'GET /mijn/toestemmingen/gevolg', 'POST /mijn/toestemmingen', 'GET /mijn/berichten', 'POST /mijn/berichten', 'POST /mijn/voorstellen']);
    // Besides the own page, a resident reaches only the session and the public reference lists; everything else is the same 403.
    const open = new Set(['POST /auth/login', 'GET /auth/me', 'GET /roles', 'GET /life-domains', 'GET /auth/oidc/providers', 'GET /auth/oidc/organisations/{id}/start', 'GET /auth/oidc/callback']);
    const foreign = [w.caseId, w.householdId, w.memberId, w.partyId, w.otherCase, w.otherHousehold, w.otherMember, w.otherParty, w.otherGoal, w.zaanCase, w.zaanParty, residentId];
    const failures: string[] = [];
    let requests = 0;
    const refusals = new Set<string>();
    for (const { method, path } of ops) {
      const key = `${method} ${path}`;
      if (own.has(key) || key === 'POST /auth/logout') continue;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const concretes = params.length ? foreign.map((id) => path.replace(/\{(\w+)\}/g, (_, p) => (p === 'kind' ? 'huishouden' : p === 'key' ? 'sleutel' : id))) : [path];
      for (const concrete of concretes) {
        const body = method === 'GET' || method === 'DELETE' ? undefined : { caseId: w.otherCase, householdId: w.otherHousehold, partyId: w.otherParty, memberId: w.otherMember, title: 'x', name: 'x' };
        const r = await me.request(method, concrete, body, method === 'GET' || method === 'POST' ? {} : { 'If-Match': '"1"' });
        requests++;
        const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
        if (text.includes(OTHER) || text.includes(SECRET)) failures.push(`${method} ${concrete}: shows another household or an internal note (${r.status})`);
        else if (r.status >= 500) failures.push(`${method} ${concrete}: ${r.status}`);
        else if (open.has(key)) continue;
        else if (r.status !== 403) failures.push(`${method} ${concrete}: answered ${r.status} ${text.slice(0, 200)}`);
        else refusals.add(r.body.detail);
      }
    }
    expect(requests).toBeGreaterThan(300);
    expect(failures).toEqual([]);
    // One and the same refusal whatever the id: the answer never tells whether a row exists.
    expect([...refusals]).toEqual(['Deze gegevens zijn niet beschikbaar voor inwoners. Uw eigen gegevens vindt u op uw eigen pagina.']);
    // The own page itself never shows another household.
    for (const p of ['/mijn/plan', '/mijn/geld', '/mijn/wie-kijkt-mee', '/mijn/berichten']) expect(JSON.stringify((await me.get(p)).body)).not.toContain(OTHER);
  }, 300_000);

  it('checks the income on the household of the case (derived, not a stored copy), says an estimate in plain words, and shows the buffer and huishoudboekje days', async () => {
    const prof = await t.as('professional');
    const { leden } = ok(await prof.get(`/cases/${w.caseId}/income/profiel`), 200, 'profiel');
    // The stored older profile says 400 net wages; the income per member says 600: the derived one counts.
    ok(await prof.put(`/cases/${w.caseId}/income/inkomen-leden`, { leden: [{ lidId: leden[0].lidId, nettoLoonPerMaand: 60000 }], huurPerMaand: 65000 }), 200, 'inkomen-leden');
    ok(await prof.put(`/cases/${w.caseId}/income/loonreeks`, { startMaand: '2026-01', loonPerMaand: [60000, 40000, 80000, 20000, 60000, 50000] }), 200, 'loonreeks');
    ok(await prof.put(`/cases/${w.caseId}/income/huishoudboekje`, { startDatum: '2026-03-01', inkomsten: [{ naam: 'Bijstand', bedrag: 90000, frequentie: 'maandelijks', dag: 27 }], vasteLasten: [{ naam: 'Huur', bedrag: 65000, dag: 1 }] }), 200, 'huishoudboekje');
    const r = ok(await me.get('/mijn/geld'), 200, 'money');
    const pro = ok(await prof.post(`/cases/${w.caseId}/income/inkomen-leden/run`, { datum: todayIso() }), 200, 'run');
    expect(r.incomeCheck.huishouden).toBe('We rekenen met uw gezin zoals het in uw dossier staat: u en uw kind.');
    expect(r.incomeCheck.regels[0].tekst).toContain('€ 600,00 per maand');
    expect(r.incomeCheck.sociaalMinimum).toBe(pro.sociaalMinimum);
    expect(r.incomeCheck.besteedbaarPerMaand).toBe(pro.totaal.besteedbaarPerMaand);
    // No yearly income entered: the toeslagen rest on an estimate, and the resident is told so.
    const zt = r.incomeCheck.regels.find((x: any) => x.naam === 'Zorgtoeslag');
    expect(pro.zorgtoeslag.status).toBe('schatting');
    expect(zt).toMatchObject({ schatting: true, bedragPerMaand: pro.zorgtoeslag.bedragPerMaand });
    expect(zt.tekst).toContain('Dit is een schatting. We weten uw inkomen over het hele jaar nog niet precies.');
    // The Bestaansbalans buffer's days, and the huishoudboekje's.
    expect(r.buffer.payments.length).toBeGreaterThan(6);
    expect(r.buffer.payments[0].text).toMatch(/^Op \d+ (december 2025|januari 2026) /);
    expect(r.cashflow.days[0].text).toBe('Op 1 maart 2026 gaat er € 650,00 af (Huur). Daarna staat er min € 650,00 op de rekening.');
    for (const x of [r.incomeCheck.huishouden, zt.tekst, ...r.buffer.payments.slice(0, 3).map((p: any) => p.text)]) texts.push(['geld', x]);
  });

  it('writes every generated text for the resident in plain Dutch (Flesch-Douma, printed)', async () => {
    const plan = ok(await me.get('/mijn/plan'), 200, 'plan');
    for (const d of plan.plan.decisions) texts.push(['besluit', d.text]);
    expect(texts.length).toBeGreaterThan(15);
    const scored = texts.map(([what, s]) => ({ what, s, r: fleschDouma(s) }));
    console.log(`leesbaarheid (Flesch-Douma) van ${scored.length} teksten voor de inwoner:`);
    for (const x of scored) console.log(`  ${x.r.score.toFixed(1).padStart(6)}  ${x.what}: ${x.s.slice(0, 90)}`);
    const mean = scored.reduce((n, x) => n + x.r.score, 0) / scored.length;
    console.log(`  gemiddeld ${mean.toFixed(1)}`);
    // 60 and above is plain language (B1) for most adults; no single text below 45.
    expect(mean).toBeGreaterThanOrEqual(60);
    expect(scored.filter((x) => x.r.score < 45).map((x) => `${x.r.score} ${x.s}`)).toEqual([]);
  });
});
