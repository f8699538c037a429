// SPDX-License-Identifier: EUPL-1.2
/**
 * Optimistic concurrency holds under real parallelism: for every operation that the OpenAPI document
 * says takes an `If-Match` header, a burst of parallel requests carrying the same (current) ETag and a
 * valid body has exactly one winner; every other request is a 412 and nothing of it is written. On
 * PostgreSQL the requests really run in parallel on separate connections, which is where a version
 * compared in JavaScript after an unlocked read let several requests win.
 *
 * Plus: a deactivation racing a rename never silently undoes the other (both effects, or exactly one
 * with the other refused), also when each carries its own fresh ETag one after the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from './testing';
import { todayIso } from '../cases/model';
import * as learning from '../learning/store';

const BURST = 10;

interface Target { user: string; path: string; body: unknown; etag: string }
type Prepare = () => Promise<Target>;

function ok(r: TestResponse, status: number, what: string) {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`).toBe(status);
  return r.body;
}
const tag = (v: number) => `"${v}"`;

describe.each(DB_KINDS)('atomic If-Match on %s', (kind) => {
  let t: TestApp;
  let doc: any;
  const clients: Record<string, Client> = {};
  const as = async (u: string) => (clients[u] ??= await t.as(u));
  const ids: Record<string, string> = {};
  const today = todayIso();
  const year = today.slice(0, 4);
  let n = 0;
  const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

  // ---- a small world, and fresh resources per burst --------------------------------------------
  const knelpuntBody = { solutionNeeded: 'Een woning', blockingLaw: 'Huisvestingsverordening', blockingOrganisation: 'Urgentiecommissie', type: 'regel_botst', toetsRuleGoal: 'Doel', toetsCounterproductive: 'Werkt tegen', toetsProportionate: 'Proportioneel' };
  const spendBody = (amountCents: number) => ({ potId: ids.pot, amountCents, category: 'vervoer', payee: 'NS Reizigers', spentOn: today, description: 'Treinkaartje', justification: 'Zonder kaartje gaat het gesprek niet door' });
  const newCase = async () => {
    const prof = await as('professional');
    return ok(await prof.post('/cases', { title: `Casus ${uniq()}`, household: { name: 'Huishouden Gelijktijdig', members: [{ name: 'Anna', birthDate: '1985-05-05', role: 'aanvrager' }] } }), 201, 'case');
  };
  const pendingSpend = async () => ok(await (await as('professional')).post(`/cases/${ids.case}/spends`, spendBody(90_000)), 201, 'pending spend');
  const newOverbrugging = async () => {
    const prof = await as('professional');
    const k = ok(await prof.post(`/cases/${ids.case}/knelpunten`, knelpuntBody), 201, 'knelpunt');
    const step = ok(await prof.post(`/knelpunten/${k.id}/escalations`, {}), 201, 'escalation').step.id;
    return ok(await (await as('teamleider')).post(`/escalation-steps/${step}/decision`, { outcome: 'overbrugd', text: 'Start maar', overbrugging: { help: 'Hotel', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 100_000 } }), 200, 'decision').overbrugging;
  };
  const newUser = async () => ok(await (await as('admin')).post('/users', { username: `gelijk.${uniq()}`, displayName: 'Gelijktijdig', roles: ['professional'], password: 'Een-lang-wachtwoord-2026!' }), 201, 'user');
  const newContact = async () => ok(await (await as('admin')).post('/maatwerkregister', { contactOrganisation: 'UWV', name: 'Petra Smit', phone: '+31 30 1234567', topics: ['ww'] }), 201, 'contact');

  const zaakCalc = { startMonth: '2026-01', months: 6, householdKind: 'alleenstaande', incomeKind: 'gokken', paidBasis: 'norm', receiptsCents: 380000, stakesOrCostsCents: 400000, otherIncomeCents: 0, culpability: 'opzet', recidive: false, selfCorrectedWithin60Days: false, warningInLast2Years: false };
  const newZaak = async () => {
    const cs = await newCase();
    return ok(await (await as('handhaving')).post('/handhavingszaken', { householdId: cs.householdId, title: `Zaak ${uniq()}` }), 201, 'zaak').zaak;
  };
  const newPause = async () => {
    const z = await newZaak();
    const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    return ok(await (await as('handhaving')).post(`/handhavingszaken/${z.id}/pauzes`, { reason: 'Legaliseren', until, owner: 'Regisseur', conditions: '' }), 201, 'pauze');
  };
  const signalRule = () => ({ name: `Regel ${uniq()}`, purpose: 'Vroeg ondersteunen', legalGround: 'Wmo 2015 art. 2.3.2', owner: 'Team Sociaal Domein', events: ['scheiding_vastgelegd', 'bijstandsaanvraag'], windowDays: 90 });
  /** A fresh signal: a rule of its own and a fresh case where both its events are recorded. */
  const newFiring = async () => {
    ok(await (await as('beleid')).post('/signaalregels', signalRule()), 201, 'signal rule');
    const cs = await newCase();
    const prof = await as('professional');
    ok(await prof.post(`/cases/${cs.id}/levensgebeurtenissen`, { type: 'scheiding_vastgelegd', occurredOn: today }), 201, 'event');
    return ok(await prof.post(`/cases/${cs.id}/levensgebeurtenissen`, { type: 'bijstandsaanvraag', occurredOn: today }), 201, 'event').signals[0];
  };
  /** A proposal from a structural signal, moved to the given stage. */
  const newProposal = async (stage: 'voorgesteld' | 'geagendeerd' | 'besloten', target?: string) => {
    const prof = await as('professional');
    const bl = await as('beleid');
    if (!ids.ruleKey) {
      const k = ok(await prof.post(`/cases/${ids.case}/knelpunten`, knelpuntBody), 201, 'knelpunt');
      const step = ok(await prof.post(`/knelpunten/${k.id}/escalations`, {}), 201, 'escalation').step.id;
      ok(await (await as('teamleider')).post(`/escalation-steps/${step}/decision`, { outcome: 'toegekend', text: 'Toegekend', signal: { kind: 'regel_wijzigen', rule: 'Huisvestingsverordening art. 2.6', proposal: 'Urgentie na scheiding' } }), 200, 'decision');
      ids.ruleKey = ok(await bl.get('/beleid/regels'), 200, 'rules').items[0].key;
    }
    let p = ok(await bl.post('/beleidsvoorstellen', { ruleKey: ids.ruleKey, proposal: 'Urgentie na scheiding met kinderen', targetOrganisationId: target ?? null }), 201, 'proposal');
    if (stage !== 'voorgesteld') p = ok(await bl.post(`/beleidsvoorstellen/${p.id}/agenderen`, { table: 'Stuurgroep', on: today }, { 'If-Match': tag(p.version) }), 200, 'agenda');
    if (stage === 'besloten') p = ok(await bl.post(`/beleidsvoorstellen/${p.id}/besluit`, { decision: 'aangenomen', reason: 'Past in het beleid', on: today }, { 'If-Match': tag(p.version) }), 200, 'decision');
    return p;
  };

  /** A Bibliotheek entry of Utrecht's professional in the given state, written straight through the learning store. */
  const libraryEntry = async (status: 'concept' | 'ter_goedkeuring' | 'gepubliceerd') =>
    t.db.transaction(async (tx) => {
      const id = await learning.insertEntry(tx, { organisationId: t.fx.orgs.utrecht, knelpuntId: null, authorId: t.fx.users.professional });
      await learning.insertVersion(tx, id, 1, { title: `Doorbraak ${uniq()}`, situation: 'Situatie', breakthrough: 'Oplossing', blockingLaw: 'Participatiewet', blockingArticle: 'art. 31', organisationKind: 'gemeente', knelpuntType: 'regel_botst', decidedLevel: 'Doorbraaktafel', outcome: 'toegekend', workingDays: 3, costs: [], lifeDomains: [], householdShape: [], municipality: 'Utrecht', year: 2026 }, {}, '', t.fx.users.professional);
      if (status !== 'concept') await learning.setEntryState(tx, id, 1, status === 'gepubliceerd' ? { status, publishedVersion: 1, draftVersion: null } : { status });
      return { id, version: status === 'concept' ? 1 : 2 };
    });

  const LADDER = [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }, { name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' }];

  /** One entry per operation with an If-Match header: a fresh resource, its ETag and a valid body. */
  const PREPARE: Record<string, Prepare> = {
    'PUT /doorbraken/{id}': async () => {
      const e = await libraryEntry('concept');
      return { user: 'professional', path: `/doorbraken/${e.id}`, body: { title: 'Nieuwe titel', situation: 'Een nieuwe situatie', breakthrough: 'Een nieuwe oplossing' }, etag: tag(e.version) };
    },
    'POST /doorbraken/{id}/correcties': async () => {
      const e = await libraryEntry('gepubliceerd');
      return { user: 'professional', path: `/doorbraken/${e.id}/correcties`, body: { title: 'Gecorrigeerd', situation: 'Een betere situatie', breakthrough: 'Een betere oplossing', changeNote: 'Bedrag klopte niet' }, etag: tag(e.version) };
    },
    'POST /doorbraken/{id}/indienen': async () => {
      const e = await libraryEntry('concept');
      return { user: 'professional', path: `/doorbraken/${e.id}/indienen`, body: {}, etag: tag(e.version) };
    },
    'POST /doorbraken/{id}/goedkeuren': async () => {
      const e = await libraryEntry('ter_goedkeuring');
      return { user: 'teamleider', path: `/doorbraken/${e.id}/goedkeuren`, body: {}, etag: tag(e.version) };
    },
    'POST /doorbraken/{id}/intrekken': async () => {
      const e = await libraryEntry('gepubliceerd');
      return { user: 'professional', path: `/doorbraken/${e.id}/intrekken`, body: { reason: 'Toch te herkenbaar' }, etag: tag(e.version) };
    },
    'PATCH /organisations/{id}': async () => {
      const o = ok(await (await as('admin')).post('/organisations', { name: `Partner ${uniq()}`, kind: 'regio' }), 201, 'organisation');
      return { user: 'admin', path: `/organisations/${o.id}`, body: { name: `Partner ${uniq()}` }, etag: tag(o.version) };
    },
    'PATCH /users/{id}': async () => {
      const u = await newUser();
      return { user: 'admin', path: `/users/${u.id}`, body: { displayName: 'Nieuwe naam' }, etag: tag(u.version) };
    },
    'PATCH /households/{id}': async () => {
      const cs = await newCase();
      const h = await (await as('professional')).get(`/households/${cs.householdId}`);
      return { user: 'professional', path: `/households/${cs.householdId}`, body: { name: 'Huishouden Hernoemd' }, etag: h.headers.get('etag')! };
    },
    'PATCH /households/{id}/members/{itemId}': async () => {
      const cs = await newCase();
      const h = ok(await (await as('professional')).get(`/households/${cs.householdId}`), 200, 'household');
      const m = h.members[0];
      return { user: 'professional', path: `/households/${cs.householdId}/members/${m.id}`, body: { name: 'Anna Hernoemd' }, etag: tag(m.version) };
    },
    'PATCH /cases/{id}': async () => {
      const cs = await newCase();
      return { user: 'professional', path: `/cases/${cs.id}`, body: { summary: 'Nieuwe samenvatting' }, etag: tag(cs.version) };
    },
    'POST /cases/{id}/close': async () => {
      const cs = await newCase();
      return { user: 'professional', path: `/cases/${cs.id}/close`, body: { reason: 'Doel bereikt' }, etag: tag(cs.version) };
    },
    'POST /cases/{id}/reopen': async () => {
      const cs = await newCase();
      const closed = ok(await (await as('professional')).post(`/cases/${cs.id}/close`, { reason: 'Doel bereikt' }), 200, 'close');
      return { user: 'professional', path: `/cases/${cs.id}/reopen`, body: { reason: 'Toch nodig' }, etag: tag(closed.version) };
    },
    'PATCH /cases/{id}/goals/{itemId}': async () => {
      const g = ok(await (await as('professional')).post(`/cases/${ids.case}/goals`, { domain: 'financien', description: 'Schulden in beeld' }), 201, 'goal');
      return { user: 'professional', path: `/cases/${ids.case}/goals/${g.id}`, body: { status: 'loopt' }, etag: tag(g.version) };
    },
    'PATCH /cases/{id}/actions/{itemId}': async () => {
      const x = ok(await (await as('professional')).post(`/cases/${ids.case}/actions`, { description: 'Aanmelden', ownerPartyId: ids.party }), 201, 'action');
      return { user: 'professional', path: `/cases/${ids.case}/actions/${x.id}`, body: { status: 'bezig' }, etag: tag(x.version) };
    },
    'PATCH /cases/{id}/parties/{itemId}': async () => {
      const p = ok(await (await as('professional')).post(`/cases/${ids.case}/parties`, { organisationName: 'Woningcorporatie', role: 'Verhuurder' }), 201, 'party');
      return { user: 'professional', path: `/cases/${ids.case}/parties/${p.id}`, body: { status: 'afgerond' }, etag: tag(p.version) };
    },
    'PATCH /cases/{id}/notes/{itemId}': async () => {
      const x = ok(await (await as('professional')).post(`/cases/${ids.case}/notes`, { purpose: 'hulpverlening', body: 'Eerste gesprek' }), 201, 'note');
      return { user: 'professional', path: `/cases/${ids.case}/notes/${x.id}`, body: { body: 'Eerste gesprek, aangevuld' }, etag: tag(x.version) };
    },
    'PATCH /budget-pots/{id}': async () => {
      const p = ok(await (await as('budgethouder')).post('/budget-pots', { name: `Pot ${uniq()}`, goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 100_000, categories: ['vervoer'] }), 201, 'pot');
      return { user: 'budgethouder', path: `/budget-pots/${p.id}`, body: { name: `Pot ${uniq()}` }, etag: tag(p.version) };
    },
    'PATCH /budget-mandates/{id}': async () => {
      const m = ok(await (await as('budgethouder')).post(`/budget-pots/${ids.pot}/mandates`, { userId: t.fx.users.professional2, maxPerSpendCents: 10_000, maxPerCaseCents: 20_000 }), 201, 'mandate');
      return { user: 'budgethouder', path: `/budget-mandates/${m.id}`, body: { maxPerSpendCents: 12_000 }, etag: tag(m.version) };
    },
    'PATCH /budget-spends/{id}': async () => {
      const s = await pendingSpend();
      return { user: 'professional', path: `/budget-spends/${s.id}`, body: { amountCents: 91_000, reason: 'Bedrag gecorrigeerd' }, etag: tag(s.version) };
    },
    'POST /budget-spends/{id}/cancel': async () => {
      const s = await pendingSpend();
      return { user: 'professional', path: `/budget-spends/${s.id}/cancel`, body: { reason: 'Niet meer nodig' }, etag: tag(s.version) };
    },
    'POST /budget-spends/{id}/approve': async () => {
      const s = await pendingSpend();
      return { user: 'budgethouder', path: `/budget-spends/${s.id}/approve`, body: {}, etag: tag(s.version) };
    },
    'POST /budget-spends/{id}/reject': async () => {
      const s = await pendingSpend();
      return { user: 'budgethouder', path: `/budget-spends/${s.id}/reject`, body: { reason: 'Past niet' }, etag: tag(s.version) };
    },
    'PUT /budget-samples/{id}/items/{spendId}': async () => {
      const bh = await as('budgethouder');
      const sample = ok(await bh.post(`/budget-pots/${ids.pot}/samples`, { size: 1 }), 201, 'sample');
      const item = ok(await bh.get(`/budget-samples/${sample.id}`), 200, 'sample').items[0];
      return { user: 'budgethouder', path: `/budget-samples/${sample.id}/items/${item.spend.id}`, body: { verdict: 'passend', reason: 'Goed onderbouwd' }, etag: tag(item.version) };
    },
    'PATCH /knelpunten/{id}': async () => {
      const k = ok(await (await as('professional')).post(`/cases/${ids.case}/knelpunten`, knelpuntBody), 201, 'knelpunt');
      return { user: 'professional', path: `/knelpunten/${k.id}`, body: { solutionNeeded: 'Een andere woning' }, etag: tag(k.version) };
    },
    'POST /overbruggingen/{id}/settlement': async () => {
      const o = await newOverbrugging();
      return { user: 'budgethouder', path: `/overbruggingen/${o.id}/settlement`, body: { shares: [{ funder: 'maatwerkbudget', amountCents: 40_000 }, { funder: 'wlz', amountCents: 60_000 }] }, etag: tag(o.version) };
    },
    'POST /overbruggingen/{id}/corrections': async () => {
      const o = await newOverbrugging();
      const bh = await as('budgethouder');
      const settled = ok(await bh.post(`/overbruggingen/${o.id}/settlement`, { shares: [{ funder: 'maatwerkbudget', amountCents: 100_000 }] }, { 'If-Match': tag(o.version) }), 200, 'settlement');
      return { user: 'budgethouder', path: `/overbruggingen/${o.id}/corrections`, body: { shares: [{ funder: 'maatwerkbudget', amountCents: 40_000 }, { funder: 'wlz', amountCents: 60_000 }], reason: 'Het zorgkantoor betaalt mee' }, etag: tag(settled.version) };
    },
    'PATCH /maatwerkregister/{id}': async () => {
      const ct = await newContact();
      return { user: 'admin', path: `/maatwerkregister/${ct.id}`, body: { role: 'Klantmanager' }, etag: tag(ct.version) };
    },
    'PUT /business-cases/{id}': async () => {
      const body = { title: 'Businesscase', horizonMonths: 12, regulier: [{ label: 'Opvang', unit: 'per month', amountCents: 300_000, funder: 'gemeente-wmo', source: 'Tarief 2026', durationMonths: 12 }], maatwerk: [] };
      const b = ok(await (await as('professional')).post(`/cases/${ids.case}/business-cases`, body), 201, 'business case');
      return { user: 'professional', path: `/business-cases/${b.id}`, body: { ...body, title: 'Businesscase herzien' }, etag: tag(b.version) };
    },
    'PUT /handhavingszaken/{id}/berekening': async () => {
      const z = await newZaak();
      return { user: 'handhaving', path: `/handhavingszaken/${z.id}/berekening`, body: zaakCalc, etag: tag(z.version) };
    },
    'PUT /handhavingszaken/{id}/gevolgen': async () => {
      const z = await newZaak();
      return { user: 'handhaving', path: `/handhavingszaken/${z.id}/gevolgen`, body: { children: 1, housingRisk: true, shelterMonths: 3 }, etag: tag(z.version) };
    },
    'PUT /handhavingszaken/{id}/besluit': async () => {
      const z0 = await newZaak();
      const z = ok(await (await as('handhaving')).put(`/handhavingszaken/${z0.id}/berekening`, zaakCalc, { 'If-Match': tag(z0.version) }), 200, 'berekening').zaak;
      return { user: 'handhaving', path: `/handhavingszaken/${z.id}/besluit`, body: { toetsGoal: 'Doel van de interventie', toetsRuleIntent: 'Bedoeling van de regel', toetsProportionate: 'Wat evenredig is', decision: 'netto', reasons: 'Redenen van het besluit' }, etag: tag(z.version) };
    },
    'PUT /handhavingszaken/{id}/uitkering-gestopt': async () => {
      const z = await newZaak();
      return { user: 'handhaving', path: `/handhavingszaken/${z.id}/uitkering-gestopt`, body: { stoppedOn: today, restartNeeds: 'Nieuwe aanvraag' }, etag: tag(z.version) };
    },
    'PUT /handhavingszaken/{id}/uitkering-herstart': async () => {
      const z0 = await newZaak();
      const z = ok(await (await as('handhaving')).put(`/handhavingszaken/${z0.id}/uitkering-gestopt`, { stoppedOn: today, restartNeeds: 'Nieuwe aanvraag' }, { 'If-Match': tag(z0.version) }), 200, 'gestopt').zaak;
      return { user: 'handhaving', path: `/handhavingszaken/${z.id}/uitkering-herstart`, body: { restartedOn: today }, etag: tag(z.version) };
    },
    'POST /handhavingspauzes/{id}/goedkeuren': async () => {
      const p = await newPause();
      return { user: 'teamleider', path: `/handhavingspauzes/${p.id}/goedkeuren`, body: { note: 'Akkoord' }, etag: tag(p.version) };
    },
    'POST /handhavingspauzes/{id}/afwijzen': async () => {
      const p = await newPause();
      return { user: 'teamleider', path: `/handhavingspauzes/${p.id}/afwijzen`, body: { note: 'Nee' }, etag: tag(p.version) };
    },
    'POST /handhavingspauzes/{id}/beeindigen': async () => {
      const p0 = await newPause();
      const p = ok(await (await as('teamleider')).post(`/handhavingspauzes/${p0.id}/goedkeuren`, { note: 'Akkoord' }, { 'If-Match': tag(p0.version) }), 200, 'goedgekeurd');
      return { user: 'handhaving', path: `/handhavingspauzes/${p.id}/beeindigen`, body: { note: 'Gelegaliseerd' }, etag: tag(p.version) };
    },
    'PATCH /partner-cases/{id}/actions/{itemId}': async () => {
      const action = ok(await (await as('professional')).post(`/cases/${ids.case}/actions`, { description: `Woning aanbieden ${uniq()}`, ownerPartyId: ids.party }), 201, 'partner action');
      return { user: 'partner-gelijk', path: `/partner-cases/${ids.invitation}/actions/${action.id}`, body: { status: 'bezig' }, etag: tag(action.version) };
    },
    'PUT /signaalregels/{id}': async () => {
      const r = ok(await (await as('beleid')).post('/signaalregels', signalRule()), 201, 'signal rule');
      return { user: 'beleid', path: `/signaalregels/${r.id}`, body: { ...signalRule(), windowDays: 60 }, etag: tag(r.version) };
    },
    'POST /signalen/{id}/afhandeling': async () => {
      const f = await newFiring();
      return { user: 'professional', path: `/signalen/${f.id}/afhandeling`, body: { outcome: 'terzijde', reason: 'Al in beeld bij het team' }, etag: tag(1) };
    },
    'POST /beleidsvoorstellen/{id}/agenderen': async () => {
      const p = await newProposal('voorgesteld');
      return { user: 'beleid', path: `/beleidsvoorstellen/${p.id}/agenderen`, body: { table: 'Stuurgroep', on: today }, etag: tag(p.version) };
    },
    'POST /beleidsvoorstellen/{id}/besluit': async () => {
      const p = await newProposal('geagendeerd');
      return { user: 'beleid', path: `/beleidsvoorstellen/${p.id}/besluit`, body: { decision: 'aangenomen', reason: 'Past in het beleid', on: today }, etag: tag(p.version) };
    },
    'POST /beleidsvoorstellen/{id}/invoering': async () => {
      const p = await newProposal('besloten');
      return { user: 'beleid', path: `/beleidsvoorstellen/${p.id}/invoering`, body: { kind: 'regel', description: 'Beleidsregel aangepast', from: today }, etag: tag(p.version) };
    },
    'POST /beleidsvoorstellen/{id}/antwoord': async () => {
      const p = await newProposal('voorgesteld', t.fx.orgs.zaanstad);
      return { user: 'z-beleid', path: `/beleidsvoorstellen/${p.id}/antwoord`, body: { text: 'We nemen het mee' }, etag: tag(p.version) };
    },
    'PATCH /teams/{id}': async () => {
      const team = ok(await (await as('admin')).post('/teams', { name: `Team ${uniq()}` }), 201, 'team');
      return { user: 'admin', path: `/teams/${team.id}`, body: { name: `Team ${uniq()}` }, etag: tag(team.version) };
    },
    'PUT /escalation-ladder': async () => {
      const g = await (await as('admin')).get('/escalation-ladder');
      return { user: 'admin', path: '/escalation-ladder', body: { levels: LADDER }, etag: g.headers.get('etag')! };
    },
    'PUT /escalation-calendar': async () => {
      const g = await (await as('admin')).get('/escalation-ladder');
      return { user: 'admin', path: '/escalation-calendar', body: { bevrijdingsdagIsHoliday: true, nonWorkingDays: [] }, etag: g.headers.get('etag')! };
    },
    'PUT /cases/{id}/income/{kind}': async () => {
      const cs = await newCase();
      const profiel = { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1985-05-05', nettoLoonPerMaand: 40000 }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 } };
      const first = ok(await (await as('professional')).put(`/cases/${cs.id}/income/huishouden`, profiel), 200, 'income');
      return { user: 'professional', path: `/cases/${cs.id}/income/huishouden`, body: { ...profiel, huishouden: { ...profiel.huishouden, huurPerMaand: 70000 } }, etag: tag(first.version) };
    },
  };

  beforeAll(async () => {
    t = await makeTestApp(kind);
    doc = (await t.anonymous().get('/openapi.json')).body;
    const [prof, bh] = [await as('professional'), await as('budgethouder')];
    ok(await (await as('admin')).put('/escalation-ladder', { levels: LADDER }), 200, 'ladder');
    const cs = await newCase();
    ids.case = cs.id;
    ids.party = ok(await prof.post(`/cases/${ids.case}/parties`, { organisationName: 'Schuldhulp', role: 'Schuldhulpverlening' }), 201, 'party').id;
    ids.pot = ok(await bh.post('/budget-pots', { name: 'Gelijktijdige pot', goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 100_000_000, categories: ['vervoer', 'overig'] }), 201, 'pot').id;
    ok(await bh.post(`/budget-pots/${ids.pot}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 50_000_000 }), 201, 'mandate');
    ok(await prof.post(`/cases/${ids.case}/spends`, spendBody(2_500)), 201, 'spend');
    // A partner invited with consent (ADR 0017), for the burst on the partner's action status.
    const partnerOrg = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie (gelijk)', 'woningcorporatie') RETURNING id`)).rows[0].id;
    await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) SELECT $1, 'partner-gelijk', 'Partner', password_hash, ARRAY['professional'] FROM users WHERE username = 'professional'`, [partnerOrg]);
    const member = (await prof.get(`/cases/${ids.case}`)).body.household.members[0].id;
    ids.invitation = ok(await prof.post(`/cases/${ids.case}/partner-invitations`, { partyId: ids.party, partnerOrganisationId: partnerOrg, partnerLogin: 'partner-gelijk', purpose: 'Woning aanbieden', consent: { personId: member, validUntil: today } }), 201, 'invitation').id;
  }, 120_000);
  afterAll(async () => t?.close());

  /** Operations whose OpenAPI entry declares an If-Match header. */
  const ifMatchOps = () =>
    Object.entries<any>(doc.paths).flatMap(([path, methods]) =>
      Object.entries<any>(methods)
        .filter(([, op]) => (op.parameters ?? []).some((p: any) => p.in === 'header' && p.name.toLowerCase() === 'if-match'))
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );

  it('finds the versioned operations in the OpenAPI document, each with a burst below', () => {
    const ops = ifMatchOps();
    expect(ops.length).toBeGreaterThanOrEqual(20);
    for (const must of ['PATCH /users/{id}', 'PATCH /households/{id}', 'PATCH /households/{id}/members/{itemId}', 'PATCH /organisations/{id}']) expect(ops).toContain(must);
    // A new versioned operation must get a burst here too.
    expect(ops.filter((o) => !PREPARE[o])).toEqual([]);
  });

  it(`lets exactly one of ${BURST} parallel writes with the same If-Match win, every other gets 412`, async () => {
    const winners: Record<string, number> = {};
    const wrong: string[] = [];
    for (const op of ifMatchOps()) {
      const target = await PREPARE[op]();
      const c = await as(target.user);
      const method = op.split(' ')[0];
      const rs = await Promise.all(Array.from({ length: BURST }, () => c.request(method, target.path, target.body, { 'If-Match': target.etag })));
      const won = rs.filter((r) => r.status >= 200 && r.status < 300);
      winners[op] = won.length;
      const others = rs.filter((r) => !(r.status >= 200 && r.status < 300) && r.status !== 412);
      if (won.length !== 1 || others.length) wrong.push(`${op}: ${won.length} won; others ${others.map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 160)}`).join(' | ')}`);
      // The winner's answer carries the next version; the old ETag is now stale.
      if (won.length === 1) {
        const next = won[0].headers.get('etag');
        expect(next, `${op}: ETag of the winner`).toBe(tag(Number(/\d+/.exec(target.etag)![0]) + 1));
      }
      for (const r of rs.filter((x) => x.status === 412)) expect(r.contentType, op).toContain('application/problem+json');
    }
    if (wrong.length) console.log(`[${kind}] winners per operation:`, JSON.stringify(winners));
    expect(wrong).toEqual([]);
  }, 240_000);

  it('never silently undoes a deactivation racing a rename (users and Maatwerkregister contacts)', async () => {
    const admin = await as('admin');
    const undone: string[] = [];
    for (let trial = 0; trial < 6; trial++) {
      // Same ETag for both: exactly one wins, and the final row shows exactly that one's effect.
      const u = await newUser();
      const [deact, rename] = await Promise.all([
        admin.patch(`/users/${u.id}`, { active: false }, { 'If-Match': tag(u.version) }),
        admin.patch(`/users/${u.id}`, { displayName: `Hernoemd ${trial}` }, { 'If-Match': tag(u.version) }),
      ]);
      expect([deact.status, rename.status].sort(), 'one winner, one 412').toEqual([200, 412]);
      const after = ok(await admin.get('/users'), 200, 'users').items.find((x: any) => x.id === u.id);
      expect(after.version).toBe(u.version + 1);
      if (deact.status === 200 && (after.active !== false || after.displayName !== 'Gelijktijdig')) undone.push(`user ${trial}: deactivation won but final ${JSON.stringify(after)}`);
      if (rename.status === 200 && (after.active !== true || after.displayName !== `Hernoemd ${trial}`)) undone.push(`user ${trial}: rename won but final ${JSON.stringify(after)}`);

      const ct = await newContact();
      const [cd, cr] = await Promise.all([
        admin.patch(`/maatwerkregister/${ct.id}`, { active: false }, { 'If-Match': tag(ct.version) }),
        admin.patch(`/maatwerkregister/${ct.id}`, { name: `Petra ${trial}` }, { 'If-Match': tag(ct.version) }),
      ]);
      expect([cd.status, cr.status].sort(), 'one winner, one 412').toEqual([200, 412]);
      const final = (cd.status === 200 ? cd : cr).body;
      if (cd.status === 200 && (final.active !== false || final.name !== 'Petra Smit')) undone.push(`contact ${trial}: ${JSON.stringify(final)}`);
      if (cr.status === 200 && (final.active !== true || final.name !== `Petra ${trial}`)) undone.push(`contact ${trial}: ${JSON.stringify(final)}`);
    }
    expect(undone).toEqual([]);
  }, 120_000);

  it('answers an If-Match beyond the version range with 412, not a database error', async () => {
    const admin = await as('admin');
    const u = await newUser();
    const note = await PREPARE['PATCH /cases/{id}/notes/{itemId}']();
    const prof = await as('professional');
    for (const h of ['"99999999999999999999"', '"2147483648"']) {
      ok(await admin.patch(`/users/${u.id}`, { displayName: 'X' }, { 'If-Match': h }), 412, `user ${h}`);
      ok(await prof.patch(note.path, note.body, { 'If-Match': h }), 412, `note ${h}`);
    }
  });

  it('keeps both effects when a rename follows a deactivation with the fresh ETag', async () => {
    const admin = await as('admin');
    const u = await newUser();
    const d = ok(await admin.patch(`/users/${u.id}`, { active: false }, { 'If-Match': tag(u.version) }), 200, 'deactivate');
    ok(await admin.patch(`/users/${u.id}`, { displayName: 'Na deactivering' }, { 'If-Match': tag(u.version) }), 412, 'stale rename');
    const r = ok(await admin.patch(`/users/${u.id}`, { displayName: 'Na deactivering' }, { 'If-Match': tag(d.version) }), 200, 'rename');
    expect(r).toMatchObject({ active: false, displayName: 'Na deactivering', version: u.version + 2 });
  });
});
