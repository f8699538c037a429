// SPDX-License-Identifier: EUPL-1.2
/**
 * The promise "every row carries its organisation; a user never reads or changes another
 * organisation's data", proven generically over the whole OpenAPI document.
 *
 * Utrecht users create one of everything through the API, with a unique marker in every title, name
 * and note. Then every Zaanstad user calls every operation of the OpenAPI document with each Utrecht
 * id in each path placeholder, and every list endpoint: nothing may answer 2xx and no answer may
 * contain the marker. A second sweep sends Utrecht ids inside the bodies of Zaanstad's own requests
 * (a Zaanstad spend on a Utrecht pot, a Zaanstad action owned by a Utrecht party, ...).
 *
 * Deliberately shared, so kept free of the marker: the organisation register (`GET /organisations`)
 * and the Maatwerkregister (contacts are shared by all participating organisations by design, see
 * docs/escalation.md). The hand-over in this world goes to a third organisation (a national
 * maatwerkloket), never to Zaanstad: a hand-over is the one legitimate cross-organisation channel.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from './testing';
import { todayIso } from '../cases/model';
import * as learning from '../learning/store';

const MARKER = `UTRECHT-GEHEIM-${randomBytes(4).toString('hex')}`;
const ZAANSTAD_USERS = ['z-professional', 'z-teamleider', 'z-budgethouder', 'z-doorbraaktafel', 'z-admin', 'z-privacy', 'z-handhaving', 'z-beleid'];

type Op = { method: string; path: string; op: any };

function expectStatus(r: TestResponse, status: number, what: string) {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 600)}`).toBe(status);
  return r.body;
}

/** Ids of everything Utrecht created, by kind. */
interface World {
  ids: Record<string, string>;
  /** Cost-catalogue key of Utrecht's own item (Zaanstad uses the same key for its own item in the sweep). */
  catalogueKey: string;
  /** A second own item of Utrecht whose key Zaanstad never uses. */
  privateKey: string;
}

async function buildUtrecht(t: TestApp): Promise<World> {
  const [prof, tl, bh, tafel, admin, privacy] = await Promise.all(['professional', 'teamleider', 'budgethouder', 'doorbraaktafel', 'admin', 'privacy'].map((u) => t.as(u)));
  const today = todayIso();
  const year = today.slice(0, 4);
  const ids: Record<string, string> = { organisation: t.fx.orgs.utrecht };

  // A third organisation for the hand-over (not Zaanstad), with the ladder of Utrecht.
  const loket = expectStatus(await admin.post('/organisations', { name: 'Landelijk Maatwerkloket (test)', kind: 'regio' }), 201, 'organisation');
  ids.loketOrganisation = loket.id;
  const ladder = expectStatus(
    await admin.put('/escalation-ladder', {
      levels: [
        { name: `Eigen team ${MARKER}`, deadlineWorkingDays: 2, deciderRole: 'teamleider' },
        { name: `Doorbraaktafel ${MARKER}`, deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' },
        { name: `Maatwerkloket ${MARKER}`, deadlineWorkingDays: 10, deciderOrganisationId: loket.id },
      ],
    }),
    200,
    'ladder',
  );
  [ids.level1, ids.level2, ids.level3] = ladder.levels.map((l: any) => l.id);

  // Accounts.
  ids.team = expectStatus(await admin.post('/teams', { name: `Team ${MARKER}` }), 201, 'team').id;
  ids.user = expectStatus(await admin.post('/users', { username: `geheim.${randomBytes(3).toString('hex')}`, displayName: `Medewerker ${MARKER}`, email: 'geheim@example.nl', teamId: ids.team, roles: ['professional'], password: 'Een-lang-wachtwoord-2026!' }), 201, 'user').id;

  // Household and case with members, and a household without a case.
  const cs = expectStatus(
    await prof.post('/cases', {
      title: `Casus ${MARKER}`,
      summary: `Samenvatting ${MARKER}`,
      household: { name: `Huishouden ${MARKER}`, address: `Geheimstraat 1 ${MARKER}`, postcode: '3511 AB', members: [{ name: `Anna ${MARKER}`, birthDate: '1985-05-05', role: 'aanvrager', bsn: '111222333' }, { name: `Bram ${MARKER}`, birthDate: '2012-02-02', role: 'kind' }] },
    }),
    201,
    'case',
  );
  ids.case = cs.id;
  ids.household = cs.householdId;
  ids.member = expectStatus(await prof.post(`/households/${ids.household}/members`, { name: `Carla ${MARKER}`, birthDate: '1960-01-01', role: 'medebewoner' }), 201, 'member').id;
  const lone = expectStatus(await prof.post('/households', { name: `Los huishouden ${MARKER}`, members: [{ name: `Dirk ${MARKER}`, birthDate: '1970-07-07', role: 'aanvrager' }] }), 201, 'household');
  ids.loneHousehold = lone.id;
  ids.loneMember = lone.members[0].id;

  // Assessment, plan, notes.
  expectStatus(await prof.post(`/cases/${ids.case}/assessments`, { assessedOn: today, scores: [{ domain: 'financien', score: 2, reason: `Schulden ${MARKER}` }] }), 201, 'assessment');
  ids.goal = expectStatus(await prof.post(`/cases/${ids.case}/goals`, { domain: 'financien', description: `Doel ${MARKER}` }), 201, 'goal').id;
  ids.party = expectStatus(await prof.post(`/cases/${ids.case}/parties`, { organisationName: `Partij ${MARKER}`, contactName: `Contact ${MARKER}`, role: `Rol ${MARKER}` }), 201, 'party').id;
  ids.action = expectStatus(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goal, description: `Actie ${MARKER}`, ownerPartyId: ids.party }), 201, 'action').id;
  ids.note = expectStatus(await prof.post(`/cases/${ids.case}/notes`, { purpose: 'hulpverlening', body: `Notitie ${MARKER}` }), 201, 'note').id;
  ids.enforcementNote = expectStatus(await (await t.as('handhaving')).post(`/cases/${ids.case}/notes`, { purpose: 'handhaving', body: `Handhaving ${MARKER}` }), 201, 'enforcement note').id;

  // A partner in the plan (ADR 0017): a woningcorporatie's professional invited with the resident's consent, who wrote a message.
  const partnerOrg = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie (test)', 'woningcorporatie') RETURNING id`)).rows[0].id;
  await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) SELECT $1, 'partner-utrecht', 'Partner', password_hash, ARRAY['professional'] FROM users WHERE username = 'professional'`, [partnerOrg]);
  const anna = expectStatus(await prof.get(`/households/${ids.household}`), 200, 'household').members.find((m: any) => m.role === 'aanvrager').id;
  const inv = expectStatus(await prof.post(`/cases/${ids.case}/partner-invitations`, { partyId: ids.party, partnerOrganisationId: partnerOrg, partnerLogin: 'partner-utrecht', purpose: `Woning ${MARKER}`, consent: { personId: anna, validUntil: today } }), 201, 'invitation');
  ids.invitation = inv.id;
  ids.consent = inv.consent.id;
  expectStatus(await (await t.as('partner-utrecht')).post(`/partner-cases/${ids.invitation}/messages`, { body: `Bericht ${MARKER}` }), 201, 'partner message');

  // Income input stored on the case.
  expectStatus(
    await prof.put(`/cases/${ids.case}/income/huishouden`, { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1985-05-05', nettoLoonPerMaand: 40000 }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 } }),
    200,
    'income input',
  );

  // Maatwerkbudget: pot, mandate, spends (one granted, one awaiting approval), a sample.
  ids.pot = expectStatus(
    await bh.post('/budget-pots', { name: `Pot ${MARKER}`, goal: `Doel van de pot ${MARKER}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000, categories: ['vervoer', 'overig'], coFunder: { name: `Fonds ${MARKER}`, splitRule: { kind: 'percentage', coFunderPercent: 50 } } }),
    201,
    'pot',
  ).id;
  ids.mandate = expectStatus(await bh.post(`/budget-pots/${ids.pot}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 150_000 }), 201, 'mandate').id;
  const spend = (amountCents: number) => ({ potId: ids.pot, amountCents, category: 'vervoer', payee: `Ontvanger ${MARKER}`, spentOn: today, description: `Uitgave ${MARKER}`, justification: `Onderbouwing ${MARKER} voor het plan`, goalId: ids.goal });
  ids.spend = expectStatus(await prof.post(`/cases/${ids.case}/spends`, spend(2_500)), 201, 'spend').id;
  ids.pendingSpend = expectStatus(await prof.post(`/cases/${ids.case}/spends`, spend(90_000)), 201, 'pending spend').id;
  const sample = expectStatus(await bh.post(`/budget-pots/${ids.pot}/samples`, { size: 1 }), 201, 'sample');
  ids.sample = sample.id;
  expect(sample.items[0].spend.id).toBe(ids.spend);

  // Knelpunten: one decided with an overbrugging and a signal, one waiting at the doorbraaktafel,
  // one handed over to the third organisation.
  const knelpunt = (n: string) => ({
    solutionNeeded: `Oplossing ${n} ${MARKER}`, blockingLaw: `Wet ${MARKER}`, blockingArticle: 'art. 1', blockingOrganisation: `Organisatie ${MARKER}`, policyRule: `Beleidsregel ${MARKER}`, type: 'regel_botst',
    toetsRuleGoal: `Doel van de regel ${MARKER}`, toetsCounterproductive: `Werkt tegen ${MARKER}`, toetsProportionate: `Proportioneel ${MARKER}`, costOfWaiting: `Kosten ${MARKER}`, costOfWaitingCents: 100_000,
  });
  ids.knelpunt = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt('A')), 201, 'knelpunt A').id;
  ids.step = expectStatus(await prof.post(`/knelpunten/${ids.knelpunt}/escalations`, {}), 201, 'escalation A').step.id;
  const decided = expectStatus(
    await tl.post(`/escalation-steps/${ids.step}/decision`, {
      outcome: 'overbrugd', text: `Besluit ${MARKER}`, overbrugging: { help: `Hulp ${MARKER}`, provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 100_000 },
      signal: { kind: 'regel_wijzigen', rule: `Regel ${MARKER}`, proposal: `Voorstel ${MARKER}` },
    }),
    200,
    'decision A',
  );
  ids.overbrugging = decided.overbrugging.id;
  const settled = expectStatus(await bh.post(`/overbruggingen/${ids.overbrugging}/settlement`, { shares: [{ funder: 'maatwerkbudget', amountCents: 40_000 }, { funder: 'wlz', amountCents: 60_000 }], note: `Afrekening ${MARKER}` }, { 'If-Match': '"1"' }), 200, 'settlement');
  ids.claim = settled.claims[0].id;
  ids.knelpuntB = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt('B')), 201, 'knelpunt B').id;
  ids.stepB = expectStatus(await prof.post(`/knelpunten/${ids.knelpuntB}/escalations`, { levelId: ids.level2, reason: `Reden ${MARKER}` }), 201, 'escalation B').step.id;
  ids.knelpuntC = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt('C')), 201, 'knelpunt C').id;
  const handed = expectStatus(await prof.post(`/knelpunten/${ids.knelpuntC}/escalations`, { levelId: ids.level3, reason: `Landelijk ${MARKER}` }), 201, 'escalation C');
  ids.stepC = handed.step.id;
  ids.handover = handed.handoverId;
  expect(ids.handover).toBeTruthy();

  // Maatwerkregister (shared by design: no marker) linked to a knelpunt with a note (marker).
  ids.contact = expectStatus(await admin.post('/maatwerkregister', { contactOrganisation: 'UWV', name: 'Gedeeld Contact', role: 'Klantmanager', phone: '+31 30 1234567', topics: ['ww'] }), 201, 'contact').id;
  expectStatus(await prof.post(`/knelpunten/${ids.knelpunt}/contacts`, { contactId: ids.contact, note: `Gebeld ${MARKER}` }), 201, 'contact link');

  // Business case on the knelpunt, and an own catalogue item.
  ids.businessCase = expectStatus(
    await prof.post(`/cases/${ids.case}/business-cases`, {
      title: `Businesscase ${MARKER}`, horizonMonths: 12, knelpuntId: ids.knelpunt,
      regulier: [{ label: `Opvang ${MARKER}`, unit: 'per month', amountCents: 300_000, funder: 'gemeente-wmo', source: `Bron ${MARKER}`, durationMonths: 12 }],
      maatwerk: [{ label: `Woning ${MARKER}`, unit: 'one-off', amountCents: 500_000, funder: 'maatwerkbudget', source: `Bron ${MARKER}` }],
    }),
    201,
    'business case',
  ).id;
  const catalogueKey = `utrecht-geheim-${randomBytes(3).toString('hex')}`;
  const privateKey = `utrecht-prive-${randomBytes(3).toString('hex')}`;
  for (const key of [catalogueKey, privateKey]) expectStatus(await admin.put(`/cost-catalogue/${key}`, { label: `Eigen post ${MARKER}`, unit: 'one-off', amountCents: 12_345, funder: 'gemeente-overig', source: `Eigen bron ${MARKER}`, year: 2026 }), 201, 'catalogue item');

  // A notification (the teamleider was notified of knelpunt A's escalation) and a processing-log line.
  const notes = expectStatus(await tl.get('/notifications'), 200, 'notifications');
  expect(notes.items.length).toBeGreaterThan(0);
  ids.notification = notes.items[0].id;
  const tafelNotes = expectStatus(await tafel.get('/notifications'), 200, 'tafel notifications');
  if (tafelNotes.items.length) ids.tafelNotification = tafelNotes.items[0].id;
  expectStatus(await privacy.get('/processing-log'), 200, 'processing log');
  // A Bibliotheek concept of Utrecht (never published): Zaanstad must not see it, nor change it.
  ids.doorbraak = await t.db.transaction(async (tx) => {
    const id = await learning.insertEntry(tx, { organisationId: t.fx.orgs.utrecht, knelpuntId: null, authorId: t.fx.users.professional });
    await learning.insertVersion(tx, id, 1, { title: `Doorbraak ${MARKER}`, situation: `Situatie ${MARKER}`, breakthrough: 'Oplossing', blockingLaw: 'Participatiewet', blockingArticle: 'art. 31', organisationKind: 'gemeente', knelpuntType: 'regel_botst', decidedLevel: 'Doorbraaktafel', outcome: 'toegekend', workingDays: 3, costs: [], lifeDomains: [], householdShape: [], municipality: 'Utrecht', year: 2026 }, {}, '', t.fx.users.professional);
    await learning.setEntryState(tx, id, 1, { status: 'ter_goedkeuring' });
    return id;
  });
  // Enforcement: a handhavingszaak on the household, with a pause request and a question to the regisseur.
  const hh = await t.as('handhaving');
  const zaak = expectStatus(await hh.post('/handhavingszaken', { householdId: ids.household, title: `Zaak ${MARKER}` }), 201, 'handhavingszaak');
  ids.handhavingszaak = zaak.zaak.id;
  ids.handhavingspauze = expectStatus(await hh.post(`/handhavingszaken/${ids.handhavingszaak}/pauzes`, { reason: `Pauze ${MARKER}`, until: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10), owner: `Eigenaar ${MARKER}`, conditions: '' }), 201, 'pauze').id;
  ids.handhavingsvraag = expectStatus(await hh.post(`/handhavingszaken/${ids.handhavingszaak}/bekend-bij-regisseur`), 200, 'vraag').questionId;
  // Signals and the follow-up: a Utrecht signal rule, a signal on the case, and a Utrecht proposal on its own rule.
  const beleid = await t.as('beleid');
  ids.signaalregel = expectStatus(await beleid.post('/signaalregels', { name: `Regel ${MARKER}`, purpose: `Doel ${MARKER}`, legalGround: 'Wmo 2015 art. 2.3.2', owner: `Eigenaar ${MARKER}`, events: ['scheiding_vastgelegd', 'bijstandsaanvraag'], windowDays: 90 }), 201, 'signal rule').id;
  expectStatus(await prof.post(`/cases/${ids.case}/levensgebeurtenissen`, { type: 'scheiding_vastgelegd', occurredOn: todayIso() }), 201, 'life event');
  ids.signaal = expectStatus(await prof.post(`/cases/${ids.case}/levensgebeurtenissen`, { type: 'bijstandsaanvraag', occurredOn: todayIso(), note: `Notitie ${MARKER}` }), 201, 'life event').signals[0].id;
  const ruleKey = expectStatus(await beleid.get('/beleid/regels'), 200, 'rules').items[0].key;
  ids.beleidsvoorstel = expectStatus(await beleid.post('/beleidsvoorstellen', { ruleKey, proposal: `Voorstel ${MARKER}` }), 201, 'proposal').id;
  ids.simulatie = expectStatus(await beleid.post('/income/simulaties', { populatie: { soort: 'synthetisch', huishoudens: 200, gemiddeldLoonPerMaand: 60000, spreidingProcent: 50, aandeelWisselendProcent: 70 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 }), 202, 'simulation').id;
  return { ids, catalogueKey, privateKey };
}

/** The minimal plausible body for an operation, given the ids a Zaanstad user would hold. */
function plausibleBody(method: string, path: string, ref: Record<string, string>): unknown {
  const today = todayIso();
  const year = today.slice(0, 4);
  const table: Record<string, unknown> = {
    'POST /organisations': { name: 'Zaanse organisatie', kind: 'zorgaanbieder' },
    'PATCH /organisations/{id}': { name: 'Overgenomen' },
    'POST /teams': { name: 'Zaans team' },
    'PATCH /teams/{id}': { name: 'Overgenomen team' },
    'POST /users': { username: `zaans.${randomBytes(3).toString('hex')}`, displayName: 'Zaanse medewerker', teamId: ref.team, roles: ['professional'], password: 'Een-lang-wachtwoord-2026!' },
    'PATCH /users/{id}': { displayName: 'Overgenomen' },
    'POST /households': { name: 'Zaans huishouden', members: [{ name: 'Z', birthDate: '1980-01-01', role: 'aanvrager' }] },
    'PATCH /households/{id}': { name: 'Overgenomen' },
    'POST /households/{id}/members': { name: 'Indringer', birthDate: '1980-01-01', role: 'overig' },
    'PATCH /households/{id}/members/{itemId}': { name: 'Overgenomen' },
    'POST /cases': { title: 'Casus op een Utrechts huishouden', householdId: ref.household },
    'PUT /signaalregels/{id}': { name: 'Overgenomen regel', purpose: 'Vroeg ondersteunen', legalGround: 'Wmo 2015', owner: 'Zaanstad', events: ['scheiding_vastgelegd', 'woningaanvraag'], windowDays: 30 },
    'POST /signalen/{id}/afhandeling': { outcome: 'terzijde', reason: 'Overgenomen door Zaanstad' },
    'POST /cases/{id}/levensgebeurtenissen': { type: 'baanverlies', occurredOn: today },
    'POST /beleidsvoorstellen/{id}/agenderen': { table: 'Zaanse tafel', on: today },
    'POST /beleidsvoorstellen/{id}/besluit': { decision: 'verworpen', reason: 'Overgenomen door Zaanstad', on: today },
    'POST /beleidsvoorstellen/{id}/invoering': { kind: 'regel', description: 'Overgenomen door Zaanstad', from: today },
    'POST /beleidsvoorstellen/{id}/antwoord': { text: 'Overgenomen door Zaanstad' },
    'PATCH /cases/{id}': { title: 'Overgenomen' },
    'POST /cases/{id}/close': { reason: 'Overgenomen' },
    'POST /cases/{id}/reopen': { reason: 'Overgenomen' },
    'POST /cases/{id}/assessments': { assessedOn: today, scores: [{ domain: 'financien', score: 5, reason: 'Overgenomen' }] },
    'POST /cases/{id}/goals': { domain: 'financien', description: 'Overgenomen' },
    'PATCH /cases/{id}/goals/{itemId}': { description: 'Overgenomen' },
    'POST /cases/{id}/actions': { description: 'Overgenomen', goalId: ref.goal, ownerPartyId: ref.party },
    'PATCH /cases/{id}/actions/{itemId}': { description: 'Overgenomen' },
    'POST /cases/{id}/parties': { organisationName: 'Zaans', role: 'Overgenomen' },
    'PATCH /cases/{id}/parties/{itemId}': { role: 'Overgenomen' },
    'POST /cases/{id}/notes': { purpose: 'hulpverlening', body: 'Overgenomen' },
    'PATCH /cases/{id}/notes/{itemId}': { body: 'Overgenomen' },
    'POST /budget-pots': { name: 'Zaanse pot', goal: 'Armoede voorkomen', teamId: ref.team, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 100_000, categories: ['vervoer'] },
    'PATCH /budget-pots/{id}': { name: 'Overgenomen' },
    'POST /budget-pots/{id}/mandates': { role: 'professional', maxPerSpendCents: 100, maxPerCaseCents: 100 },
    'PATCH /budget-mandates/{id}': { maxPerSpendCents: 100 },
    'POST /cases/{id}/spends': { potId: ref.pot, amountCents: 100, category: 'vervoer', payee: 'NS', spentOn: today, description: 'Treinkaartje', justification: 'Onderbouwing die lang genoeg is', goalId: ref.goal },
    'PATCH /budget-spends/{id}': { amountCents: 100, reason: 'Overgenomen' },
    'POST /budget-spends/{id}/cancel': { reason: 'Overgenomen' },
    'POST /budget-spends/{id}/approve': {},
    'POST /budget-spends/{id}/reject': { reason: 'Overgenomen' },
    'POST /budget-pots/{id}/samples': { size: 1 },
    'PUT /budget-samples/{id}/items/{spendId}': { verdict: 'passend', reason: 'Overgenomen' },
    'PUT /escalation-ladder': { levels: [{ id: ref.level1, name: 'Overgenomen', deadlineWorkingDays: 1, deciderRole: 'teamleider' }] },
    'POST /cases/{id}/knelpunten': { solutionNeeded: 'Overgenomen', blockingLaw: 'Wet', blockingOrganisation: 'Org', type: 'anders' },
    'PATCH /knelpunten/{id}': { policyRule: 'Overgenomen' },
    'POST /knelpunten/{id}/consent': { given: true },
    'POST /knelpunten/{id}/withdraw': { reason: 'Overgenomen' },
    'POST /knelpunten/{id}/escalations': { levelId: ref.level2, reason: 'Overgenomen' },
    'POST /knelpunten/{id}/contacts': { contactId: ref.contact },
    'POST /escalation-steps/{id}/decision': { outcome: 'afgewezen', text: 'Overgenomen' },
    'POST /handovers/{id}/decision': { outcome: 'afgewezen', text: 'Overgenomen' },
    'POST /overbruggingen/{id}/settlement': { shares: [{ funder: 'wlz', amountCents: 100_000 }] },
    'POST /overbruggingen/{id}/corrections': { shares: [{ funder: 'wlz', amountCents: 100_000 }], reason: 'Correctie van de verdeling' },
    'POST /overbruggingen/{id}/acceptance': { accepted: true },
    'POST /overbrugging-claims/{id}/close': {},
    'POST /maatwerkregister': { contactOrganisation: 'Zaans', name: 'Zaans Contact', phone: '+31 75 1234567' },
    'PATCH /maatwerkregister/{id}': { active: false },
    'PUT /cost-catalogue/{key}': { label: 'Overgenomen', unit: 'one-off', amountCents: 1, funder: 'gemeente-overig', source: 'Zaans', year: 2026 },
    'POST /business-cases/calculate': { horizonMonths: 1, regulier: [], maatwerk: [] },
    'POST /cases/{id}/business-cases': { title: 'Overgenomen', horizonMonths: 1, knelpuntId: ref.knelpunt, regulier: [], maatwerk: [] },
    'PUT /business-cases/{id}': { title: 'Overgenomen', horizonMonths: 1, regulier: [], maatwerk: [] },
    'PUT /cases/{id}/income/{kind}': { gemeente: 'landelijk', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01' }], huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 } },
    'POST /cases/{id}/income/{kind}/run': {},
  };
  return table[`${method} ${path}`] ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
}

/** Operations that have no organisation-bound resource, with the reason they are not asserted "never 2xx". */
const OPEN_BY_DESIGN: Record<string, string> = {
  'POST /auth/login': 'logging in; no resource',
  'POST /auth/logout': 'ends the caller\'s own session; no resource',
  'GET /auth/me': 'the caller\'s own account',
  'GET /auth/oidc/providers': 'the names of the organisations with a provider, for the login page (public)',
  'GET /auth/oidc/callback': 'the provider\'s answer to this browser\'s own sign-in attempt; a redirect, never 2xx',
  'GET /openid-connect': 'the caller\'s own organisation\'s provider settings',
  'PUT /openid-connect': 'sets the caller\'s own organisation\'s provider settings',
  'DELETE /openid-connect': 'removes the caller\'s own organisation\'s provider settings',
  'GET /organisations': 'the shared organisation register (names only, no marker)',
  'POST /organisations': 'creates a new organisation owned by the caller\'s organisation',
  'GET /teams': 'lists the caller\'s own teams',
  'POST /teams': 'creates a team in the caller\'s own organisation',
  'GET /users': 'lists the caller\'s own users',
  'POST /users': 'creates a user in the caller\'s own organisation (a Utrecht teamId in the body is checked in the body sweep)',
  'GET /roles': 'static list',
  'GET /life-domains': 'static list',
  'POST /households': 'creates a household in the caller\'s own organisation',
  'POST /cases': 'creates a case in the caller\'s own organisation (a Utrecht householdId in the body must be refused; asserted in the body sweep)',
  'GET /cases': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /processing-log': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /persons': 'search in the caller\'s own organisation (asserted marker-free)',
  'GET /budget-categories': 'static list',
  'GET /partner-cases': 'the caller\'s own invitations as a partner (asserted marker-free)',
  'GET /joint-funds': 'joint funds the caller\'s organisation owns or co-funds (asserted marker-free)',
  'GET /doorbraken': 'the Bibliotheek: published, anonymised entries are for every organisation by design; concepts never show (asserted in src/learning/routes.test.ts)',
  'GET /doorbraken/eigen': 'the caller\'s own organisation\'s concepts only',
  'GET /doorbraken/patronen': 'counts over published, anonymised entries',
  'POST /budget-pots': 'creates a pot in the caller\'s own organisation (a Utrecht teamId in the body is checked in the body sweep)',
  'GET /budget-pots': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /budget-approvals': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /escalation-ladder': 'the caller\'s own ladder (asserted marker-free)',
  'PUT /escalation-ladder': 'replaces the caller\'s own ladder (a Utrecht level id in the body is checked below)',
  'GET /working-days/deadline': 'a calculation',
  'GET /knelpunten': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /handovers': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /structural-signals': 'aggregate of the caller\'s own organisation (asserted marker-free)',
  'GET /signaalregels': 'the caller\'s own organisation\'s signal rules (asserted marker-free)',
  'POST /signaalregels': 'creates a rule in the caller\'s own organisation',
  'GET /signalen': 'the signals of the caller\'s own team (asserted marker-free)',
  'GET /beleid/regels': 'aggregate of the caller\'s own structural signals (asserted marker-free)',
  'GET /beleidsvoorstellen': 'proposals the caller\'s organisation sent or received (asserted marker-free)',
  'POST /beleidsvoorstellen': 'a proposal of the caller\'s own organisation on its own rule groups (a Utrecht rule key finds no group)',
  'GET /knelpunt-patterns': 'aggregate of the caller\'s own organisation (asserted marker-free)',
  'GET /overbruggingen': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /overbrugging-claims': 'list of the caller\'s own organisation (asserted marker-free)',
  'GET /escalation-figures': 'aggregate of the caller\'s own organisation (no persons, no marker)',
  'GET /structural-signals/raised': 'the signals the caller\'s own organisation raised (asserted marker-free)',
  'GET /maatwerkregister': 'shared by design (docs/escalation.md); holds no marker',
  'POST /maatwerkregister': 'adds a contact for the caller\'s own organisation',
  'GET /notifications': 'the caller\'s own notifications (asserted marker-free)',
  'GET /cost-catalogue': 'the national catalogue plus the caller\'s own items (asserted marker-free)',
  'POST /business-cases/calculate': 'a calculation on the caller\'s own catalogue',
  'GET /income/laws': 'static list',
  'POST /income/evaluations': 'a calculation without stored data',
  'POST /income/evaluations/batch': 'a calculation without stored data',
  'POST /income/scenarios/fluctuating-income': 'a calculation without stored data',
  'POST /income/scenarios/cash-flow': 'a calculation without stored data',
  'POST /income/scenarios/minima-effect': 'a calculation without stored data',
  'POST /handhaving/berekening': 'a calculation without stored data',
  'GET /handhavingszaken': 'list of the caller\'s own organisation (asserted marker-free)',
  'POST /handhavingszaken': 'creates a zaak in the caller\'s own organisation (a Utrecht householdId in the body is refused; asserted in src/enforcement/routes.test.ts)',
  'GET /handhavingspauzes': 'list of the caller\'s own organisation (asserted marker-free)',
  // The resident's own page (src/resident): only an account with the role inwoner, linked to a household of its own organisation; every other user gets 403 (asserted in src/resident/routes.test.ts).
  'GET /mijn/plan': 'the resident\'s own household only', 'PUT /mijn/plan/perspectief': 'the resident\'s own household only', 'POST /mijn/plan/punten': 'the resident\'s own household only',
  'POST /mijn/plan/netwerk': 'the resident\'s own household only', 'GET /mijn/geld': 'the resident\'s own household only', 'GET /mijn/wie-kijkt-mee': 'the resident\'s own household only',
  'GET /mijn/toestemmingen/gevolg': 'a party of the resident\'s own case only (404 otherwise)', 'POST /mijn/toestemmingen': 'a party of the resident\'s own case only (404 otherwise)',
  'GET /mijn/berichten': 'the resident\'s own household only', 'POST /mijn/berichten': 'the resident\'s own household only', 'POST /mijn/voorstellen': 'the resident\'s own household only',
  'GET /patronen': 'counts over the caller\'s own organisation (asserted marker-free)',
  'GET /patronen.csv': 'counts over the caller\'s own organisation (asserted marker-free)',
  'GET /patronen.xlsx': 'the same counts as GET /patronen, as a spreadsheet',
  'GET /patronen/gedeeld': 'summed counts of organisations that opted in, small counts suppressed (src/learning/patterns/model.test.ts); asserted marker-free',
  'GET /patronen/bijdrage': 'the caller\'s own organisation\'s opt-in (asserted marker-free)',
  'PUT /patronen/bijdrage': 'sets the caller\'s own organisation\'s opt-in',
  'GET /raadsrapportage': 'counts over the caller\'s own organisation, small counts suppressed (asserted marker-free)',
  'GET /raadsrapportage.csv': 'the same counts as GET /raadsrapportage (asserted marker-free)',
  'GET /raadsrapportage.xlsx': 'the same counts as GET /raadsrapportage, as a spreadsheet',
  'GET /budget-spenders': 'the caller\'s own organisation\'s users who may spend, to choose a mandate holder (asserted marker-free)',
  'PUT /escalation-calendar': 'sets the caller\'s own organisation\'s non-working days',
  'GET /income/regelingen': 'the caller\'s own organisation\'s municipal schemes (asserted marker-free)',
  'POST /income/regelingen': 'adds a version of the caller\'s own organisation\'s schemes',
  'GET /income/regelingen/export': 'the caller\'s own organisation\'s schemes in force, as a file',
  'POST /income/simulaties': 'starts a simulation over a synthetic or uploaded anonymous population; no personal data',
};

/** The Utrecht id of the kind a path placeholder expects, from the path segment before it. */
function matchingId(w: World, path: string, param: string): string {
  if (param === 'key') return w.catalogueKey;
  if (param === 'kind') return 'huishouden';
  const segs = path.split('/');
  const before = segs[segs.indexOf(`{${param}}`) - 1];
  const kinds: Record<string, string> = {
    households: 'household', members: 'member', cases: 'case', goals: 'goal', actions: 'action', parties: 'party', notes: 'note', 'budget-pots': 'pot', 'budget-mandates': 'mandate',
    'budget-spends': 'spend', 'budget-samples': 'sample', items: 'spend', knelpunten: 'knelpuntB', 'escalation-levels': 'level2', 'escalation-steps': 'stepB', handovers: 'handover',
    overbruggingen: 'overbrugging', 'overbrugging-claims': 'claim', maatwerkregister: 'contact', notifications: 'notification', 'business-cases': 'businessCase', users: 'user', teams: 'team',
    organisations: 'organisation', persons: 'member', doorbraken: 'doorbraak', 'partner-invitations': 'invitation', 'partner-cases': 'invitation', consents: 'consent', signaalregels: 'signaalregel', signalen: 'signaal', beleidsvoorstellen: 'beleidsvoorstel', simulaties: 'simulatie',
    handhavingszaken: 'handhavingszaak', handhavingspauzes: 'handhavingspauze', handhavingsvragen: 'handhavingsvraag',
  };
  const id = w.ids[kinds[before]];
  if (!id) throw new Error(`no Utrecht id for {${param}} in ${path}; add its kind to matchingId`);
  return id;
}

/**
 * Operations whose placeholder is a name in the caller's own organisation, not a reference to
 * another organisation's row: a cost-catalogue key names an own price of the caller's organisation
 * (the catalogue is per organisation; Zaanstad may keep an item under the same key as Utrecht).
 * These may answer 2xx; they are still asserted marker-free, and Utrecht's item is asserted unchanged.
 */
const OWN_NAMESPACE = new Set(['PUT /cost-catalogue/{key}', 'DELETE /cost-catalogue/{key}']);

/** List endpoints (with query variants) that must never show the marker to Zaanstad. */
function listPaths(w: World) {
  const i = w.ids;
  return [
    '/auth/me', '/organisations', '/teams', '/users', '/cases', '/cases?q=GEHEIM', `/cases?regisseurId=${randomUUID()}`, '/processing-log', `/processing-log?caseId=${i.case}`, `/processing-log?householdId=${i.household}`,
    `/processing-log?personId=${i.member}`, '/persons?q=GEHEIM', `/persons?q=${MARKER}`, '/persons?q=Anna', '/budget-pots', '/budget-approvals', '/escalation-ladder', '/knelpunten', `/knelpunten?caseId=${i.case}`,
    '/handovers', '/handovers?direction=verstuurd', '/structural-signals', '/signaalregels', '/signalen', '/beleid/regels', '/beleidsvoorstellen', '/knelpunt-patterns', '/overbruggingen', '/overbrugging-claims', '/overbrugging-claims?status=gesloten', '/escalation-figures', '/structural-signals/raised', '/maatwerkregister',
    `/maatwerkregister?q=${MARKER}`, '/notifications', '/cost-catalogue', '/handhavingszaken', '/handhavingspauzes', `/budget-pots/${i.pot}/spends?caseId=${i.case}`, '/partner-cases', '/joint-funds', '/patronen?minimum=2', '/patronen.csv?minimum=2', '/patronen/gedeeld', '/patronen/bijdrage', '/raadsrapportage', '/raadsrapportage.csv',
  ];
}

describe.each(DB_KINDS)('organisation isolation on %s', (kind) => {
  let t: TestApp;
  let world: World;
  let ops: Op[];
  let zaan: Record<string, Client>;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    world = await buildUtrecht(t);
    const doc = (await t.anonymous().get('/openapi.json')).body;
    ops = Object.entries<any>(doc.paths).flatMap(([path, methods]) => Object.entries<any>(methods).map(([m, op]) => ({ method: m.toUpperCase(), path, op })));
    zaan = Object.fromEntries(await Promise.all(ZAANSTAD_USERS.map(async (u) => [u, await t.as(u)] as const)));
  }, 120_000);
  afterAll(async () => t?.close());

  /** Does this answer leak? Returns a description of the leak, or null. */
  const leak = (r: TestResponse, expectNo2xx: boolean): string | null => {
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    if (text.includes(MARKER)) return `answer contains the Utrecht marker (status ${r.status}): ${text.slice(Math.max(0, text.indexOf(MARKER) - 200), text.indexOf(MARKER) + 60)}`;
    if (expectNo2xx && r.status >= 200 && r.status < 300) return `answered ${r.status}: ${text.slice(0, 300)}`;
    if (r.status >= 500) return `answered ${r.status}: ${text.slice(0, 300)}`;
    return null;
  };

  it('the world was built and the OpenAPI document lists the operations', () => {
    expect(Object.keys(world.ids).length).toBeGreaterThan(30);
    expect(ops.length).toBeGreaterThan(100);
  });

  it('no Zaanstad user gets a 2xx or sees the marker for any operation with a Utrecht id in any path placeholder', async () => {
    const ids = Object.entries(world.ids).filter(([k]) => k !== 'loketOrganisation');
    const failures: string[] = [];
    let requests = 0;
    for (const { method, path } of ops) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      if (!params.length) continue;
      // Every Utrecht id in every placeholder, the other placeholders holding the id of their own kind.
      const valuesFor = (p: string) => (p === 'key' ? [world.catalogueKey] : p === 'kind' ? ['huishouden', 'wisselend-inkomen'] : ids.map(([, v]) => v));
      const matched = Object.fromEntries(params.map((p) => [p, matchingId(world, path, p)]));
      const combos: Array<Record<string, string>> = [];
      for (const p of params) for (const v of valuesFor(p)) combos.push({ ...matched, [p]: v });
      for (const combo of combos) {
        const concrete = path.replace(/\{(\w+)\}/g, (_, p) => combo[p]);
        for (const user of ZAANSTAD_USERS) {
          const body = plausibleBody(method, path, world.ids);
          const r = await zaan[user].request(method, concrete, body, method === 'GET' || method === 'POST' ? {} : { 'If-Match': '"1"' });
          requests++;
          const l = leak(r, !OWN_NAMESPACE.has(`${method} ${path}`));
          if (l) failures.push(`${user} ${method} ${concrete}: ${l}`);
        }
      }
    }
    expect(requests).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 600_000);

  it('with a real version in If-Match a Zaanstad user still changes nothing of Utrecht', async () => {
    // Some stores check the version before the organisation; send the real versions (1, 2, 3) too.
    const failures: string[] = [];
    for (const { method, path } of ops.filter((o) => o.method === 'PATCH' || o.method === 'PUT')) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      if (!params.length || OWN_NAMESPACE.has(`${method} ${path}`)) continue;
      for (const [, v] of Object.entries(world.ids)) {
        const concrete = path.replace(/\{(\w+)\}/g, (_, p) => (p === params[0] && p !== 'key' && p !== 'kind' ? v : matchingId(world, path, p)));
        for (const version of ['"1"', '"2"', '"3"']) {
          const r = await zaan['z-admin'].request(method, concrete, plausibleBody(method, path, world.ids), { 'If-Match': version });
          const r2 = await zaan['z-professional'].request(method, concrete, plausibleBody(method, path, world.ids), { 'If-Match': version });
          for (const [u, x] of [['z-admin', r], ['z-professional', r2]] as const) {
            const l = leak(x, true);
            if (l) failures.push(`${u} ${method} ${concrete} If-Match ${version}: ${l}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('list endpoints never show a Zaanstad user anything of Utrecht', async () => {
    const failures: string[] = [];
    for (const path of listPaths(world)) {
      for (const user of ZAANSTAD_USERS) {
        const r = await zaan[user].get(path);
        const l = leak(r, false);
        if (l) failures.push(`${user} GET ${path}: ${l}`);
      }
    }
    // The organisation register is shared: Zaanstad may see that Gemeente Utrecht exists.
    const orgs = await zaan['z-admin'].get('/organisations');
    expect(orgs.body.items.map((o: any) => o.name)).toContain('Gemeente Utrecht');
    expect(failures).toEqual([]);
  }, 300_000);

  it('every operation without a placeholder is either open by design (with a reason) or asserted as a list', () => {
    const plain = ops.filter((o) => !o.path.includes('{')).map((o) => `${o.method} ${o.path}`);
    expect(plain.filter((k) => !(k in OPEN_BY_DESIGN))).toEqual([]);
  });

  it('Utrecht ids inside the bodies of Zaanstad\'s own requests are refused', async () => {
    const zp = zaan['z-professional'];
    const zbh = zaan['z-budgethouder'];
    const zadmin = zaan['z-admin'];
    const today = todayIso();
    const year = today.slice(0, 4);
    const i = world.ids;
    // Zaanstad's own case and pot, to attach Utrecht ids to.
    const cs = expectStatus(await zp.post('/cases', { title: 'Zaanse casus', household: { name: 'Zaans huishouden', members: [{ name: 'Zoë', birthDate: '1990-01-01', role: 'aanvrager' }] } }), 201, 'zaanstad case');
    const pot = expectStatus(await zbh.post('/budget-pots', { name: 'Zaanse pot', goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000, categories: ['vervoer'] }), 201, 'zaanstad pot');
    expectStatus(await zbh.post(`/budget-pots/${pot.id}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 150_000 }), 201, 'zaanstad mandate');
    const zk = expectStatus(await zp.post(`/cases/${cs.id}/knelpunten`, { solutionNeeded: 'Een woning', blockingLaw: 'Wet', blockingOrganisation: 'Org', type: 'anders' }), 201, 'zaanstad knelpunt');
    const spend = { potId: pot.id, amountCents: 100, category: 'vervoer', payee: 'NS', spentOn: today, description: 'Treinkaartje', justification: 'Onderbouwing die lang genoeg is' };
    const attempts: Array<[string, () => Promise<TestResponse>]> = [
      ['case on a Utrecht household', () => zp.post('/cases', { title: 'Casus op Utrechts huishouden', householdId: i.household })],
      ['case on a Utrecht household without a case', () => zp.post('/cases', { title: 'Casus op Utrechts huishouden', householdId: i.loneHousehold })],
      ['action on a Utrecht goal', () => zp.post(`/cases/${cs.id}/actions`, { description: 'Actie', goalId: i.goal })],
      ['action owned by a Utrecht party', () => zp.post(`/cases/${cs.id}/actions`, { description: 'Actie', ownerPartyId: i.party })],
      ['action owned by a Utrecht user', () => zp.post(`/cases/${cs.id}/actions`, { description: 'Actie', ownerUserId: t.fx.users.professional })],
      ['case regisseur a Utrecht user', async () => {
        const g = await zp.get(`/cases/${cs.id}`);
        return zp.patch(`/cases/${cs.id}`, { regisseurId: t.fx.users.professional }, { 'If-Match': g.headers.get('etag')! });
      }],
      ['spend from a Utrecht pot', () => zp.post(`/cases/${cs.id}/spends`, { ...spend, potId: i.pot })],
      ['spend on a Utrecht goal', () => zp.post(`/cases/${cs.id}/spends`, { ...spend, goalId: i.goal })],
      ['mandate for a Utrecht user', () => zbh.post(`/budget-pots/${pot.id}/mandates`, { userId: t.fx.users.professional, maxPerSpendCents: 100, maxPerCaseCents: 100 })],
      ['pot for a Utrecht team', () => zbh.post('/budget-pots', { name: 'Pot voor Utrecht', goal: 'Armoede voorkomen', teamId: t.fx.teams.utrechtWest, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 100, categories: ['vervoer'] })],
      ['user in a Utrecht team', () => zadmin.post('/users', { username: `zaans.${randomBytes(3).toString('hex')}`, displayName: 'Zaans', teamId: t.fx.teams.utrechtWest, roles: ['professional'], password: 'Een-lang-wachtwoord-2026!' })],
      ['ladder taking over a Utrecht level', () => zadmin.put('/escalation-ladder', { levels: [{ id: i.level1, name: 'Overgenomen', deadlineWorkingDays: 1, deciderRole: 'teamleider' }] })],
      ['escalation to a Utrecht level', () => zp.post(`/knelpunten/${zk.id}/escalations`, { levelId: i.level2, reason: 'Naar Utrecht' })],
      ['business case on a Utrecht knelpunt', () => zp.post(`/cases/${cs.id}/business-cases`, { title: 'Businesscase', horizonMonths: 1, knelpuntId: i.knelpunt, regulier: [], maatwerk: [] })],
      ['business case priced with a Utrecht catalogue item', () => zp.post('/business-cases/calculate', { horizonMonths: 1, regulier: [{ itemKey: world.privateKey }], maatwerk: [] })],
    ];
    const failures: string[] = [];
    for (const [what, attempt] of attempts) {
      const r = await attempt();
      const l = leak(r, true);
      if (l) failures.push(`${what}: ${l}`);
    }
    // Escalating to a Utrecht level must not have created anything in Utrecht's queue either.
    const queue = await (await t.as('doorbraaktafel')).get(`/escalation-levels/${i.level2}/queue`);
    expect(queue.body.items.map((x: any) => x.knelpuntId)).not.toContain(zk.id);
    // And Utrecht's ladder still has its three levels.
    expect((await (await t.as('admin')).get('/escalation-ladder')).body.levels.map((l: any) => l.id)).toEqual([i.level1, i.level2, i.level3]);
    expect(failures).toEqual([]);
  }, 120_000);

  it('Utrecht\'s data is unchanged after all of this', async () => {
    const prof = await t.as('professional');
    const file = await prof.get(`/cases/${world.ids.case}`);
    expect(file.status).toBe(200);
    expect(file.body.case.title).toBe(`Casus ${MARKER}`);
    expect(file.body.case.status).toBe('open');
    expect(file.body.household.members.map((m: any) => m.name).sort()).toEqual([`Anna ${MARKER}`, `Bram ${MARKER}`, `Carla ${MARKER}`]);
    expect(file.body.plan.goals.map((g: any) => g.description)).toEqual([`Doel ${MARKER}`]);
    expect(file.body.notes.map((n: any) => n.body).sort()).toEqual([`Handhaving ${MARKER}`, `Notitie ${MARKER}`]);
    const pot = await (await t.as('budgethouder')).get(`/budget-pots/${world.ids.pot}`);
    expect(pot.body).toMatchObject({ name: `Pot ${MARKER}`, status: 'actief', amountCents: 1_000_000 });
    expect(pot.body.mandates.map((m: any) => [m.id, m.active, m.maxPerSpendCents])).toEqual([[world.ids.mandate, true, 50_000]]);
    const spend = await prof.get(`/budget-spends/${world.ids.pendingSpend}`);
    expect(spend.body.status).toBe('wacht_op_akkoord');
    const k = await prof.get(`/knelpunten/${world.ids.knelpuntB}`);
    expect(k.body.knelpunt.status).not.toBe('ingetrokken');
    expect(k.body.knelpunt.policyRule).toBe(`Beleidsregel ${MARKER}`);
    const catalogue = await (await t.as('admin')).get('/cost-catalogue');
    for (const key of [world.catalogueKey, world.privateKey]) expect(catalogue.body.items.find((x: any) => x.key === key)).toMatchObject({ label: `Eigen post ${MARKER}`, amountCents: 12_345 });
    const users = await (await t.as('admin')).get('/users');
    expect(users.body.items.find((u: any) => u.id === world.ids.user)).toMatchObject({ displayName: `Medewerker ${MARKER}`, active: true });
  });
});
