// SPDX-License-Identifier: EUPL-1.2
/**
 * The promise "bad input never crashes", proven generically over the whole OpenAPI document: for
 * every operation, hostile requests built from its declared parameters and body schema (path ids
 * that are not uuids or do not exist, bodies that are not objects, unknown fields, 10,001-character
 * strings, negative, huge, fractional and textual numbers, impossible dates, wrong query types,
 * unparseable If-Match versions), sent as fitting users and anonymously. Every answer must be below
 * 500; an error must be application/problem+json with a Dutch detail; a 400 must name the field.
 *
 * Requests go against real ids (a world built through the API) so valid-looking input reaches the
 * handlers and the database, not only the zod validators.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp, type TestResponse } from './testing';
import { todayIso } from '../cases/model';
import * as learning from '../learning/store';

const LONG = 'x'.repeat(10_001);
const USERS = ['professional', 'teamleider', 'budgethouder', 'doorbraaktafel', 'beleid', 'handhaving', 'privacy', 'admin'];
/** Bounds that keep the run under a minute per database. */
const MAX_FIELD_VARIANTS = 48;
const FIT_USERS_PER_OP = 2;

type Schema = Record<string, any>;
interface Op { method: string; path: string; op: any }
interface Variant { label: string; path: string; body?: unknown; headers?: Record<string, string>; anonymous?: boolean }

function expectStatus(r: TestResponse, status: number, what: string) {
  expect(r.status, `${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 600)}`).toBe(status);
  return r.body;
}

/** A world of real ids, built through the API, so hostile input reaches the handlers. */
async function buildWorld(t: TestApp): Promise<Record<string, string>> {
  const [prof, tl, bh, admin] = await Promise.all(['professional', 'teamleider', 'budgethouder', 'admin'].map((u) => t.as(u)));
  const today = todayIso();
  const year = today.slice(0, 4);
  const ids: Record<string, string> = { organisation: t.fx.orgs.utrecht, professionalUser: t.fx.users.professional };
  ids.loket = expectStatus(await admin.post('/organisations', { name: 'Landelijk Maatwerkloket (test)', kind: 'regio' }), 201, 'organisation').id;
  const ladder = expectStatus(
    await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }, { name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' }, { name: 'Loket', deadlineWorkingDays: 10, deciderOrganisationId: ids.loket }] }),
    200,
    'ladder',
  );
  [ids.level1, ids.level2, ids.level3] = ladder.levels.map((l: any) => l.id);
  ids.team = expectStatus(await admin.post('/teams', { name: 'Robuust team' }), 201, 'team').id;
  ids.user = expectStatus(await admin.post('/users', { username: `robuust.${randomBytes(3).toString('hex')}`, displayName: 'Robuust', teamId: ids.team, roles: ['professional'], password: 'Een-lang-wachtwoord-2026!' }), 201, 'user').id;
  const cs = expectStatus(await prof.post('/cases', { title: 'Robuuste casus', household: { name: 'Huishouden Robuust', members: [{ name: 'Anna', birthDate: '1985-05-05', role: 'aanvrager', bsn: '111222333' }, { name: 'Bram', birthDate: '2012-02-02', role: 'kind' }] } }), 201, 'case');
  ids.case = cs.id;
  ids.household = cs.householdId;
  ids.member = expectStatus(await prof.post(`/households/${ids.household}/members`, { name: 'Carla', birthDate: '1960-01-01', role: 'medebewoner' }), 201, 'member').id;
  expectStatus(await prof.post(`/cases/${ids.case}/assessments`, { assessedOn: today, scores: [{ domain: 'financien', score: 2, reason: 'Schulden' }] }), 201, 'assessment');
  ids.goal = expectStatus(await prof.post(`/cases/${ids.case}/goals`, { domain: 'financien', description: 'Schulden in beeld' }), 201, 'goal').id;
  ids.party = expectStatus(await prof.post(`/cases/${ids.case}/parties`, { organisationName: 'Schuldhulp', role: 'Schuldhulpverlening' }), 201, 'party').id;
  ids.action = expectStatus(await prof.post(`/cases/${ids.case}/actions`, { goalId: ids.goal, description: 'Aanmelden', ownerPartyId: ids.party }), 201, 'action').id;
  ids.note = expectStatus(await prof.post(`/cases/${ids.case}/notes`, { purpose: 'hulpverlening', body: 'Eerste gesprek' }), 201, 'note').id;
  expectStatus(await prof.put(`/cases/${ids.case}/income/huishouden`, { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1985-05-05', nettoLoonPerMaand: 40000 }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 } }), 200, 'income');
  ids.pot = expectStatus(await bh.post('/budget-pots', { name: 'Robuuste pot', goal: 'Armoede voorkomen', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 1_000_000, categories: ['vervoer', 'overig'], coFunder: { name: 'Fonds', splitRule: { kind: 'percentage', coFunderPercent: 50 } } }), 201, 'pot').id;
  ids.mandate = expectStatus(await bh.post(`/budget-pots/${ids.pot}/mandates`, { role: 'professional', maxPerSpendCents: 50_000, maxPerCaseCents: 500_000 }), 201, 'mandate').id;
  const spend = (amountCents: number) => ({ potId: ids.pot, amountCents, category: 'vervoer', payee: 'NS Reizigers', spentOn: today, description: 'Treinkaartje', justification: 'Zonder kaartje gaat het gesprek niet door' });
  ids.spend = expectStatus(await prof.post(`/cases/${ids.case}/spends`, spend(2_500)), 201, 'spend').id;
  ids.pendingSpend = expectStatus(await prof.post(`/cases/${ids.case}/spends`, spend(90_000)), 201, 'pending spend').id;
  ids.sample = expectStatus(await bh.post(`/budget-pots/${ids.pot}/samples`, { size: 1 }), 201, 'sample').id;
  const knelpunt = { solutionNeeded: 'Een woning', blockingLaw: 'Huisvestingsverordening', blockingOrganisation: 'Urgentiecommissie', type: 'regel_botst', toetsRuleGoal: 'Doel', toetsCounterproductive: 'Werkt tegen', toetsProportionate: 'Proportioneel' };
  ids.knelpunt = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt), 201, 'knelpunt').id;
  ids.step = expectStatus(await prof.post(`/knelpunten/${ids.knelpunt}/escalations`, {}), 201, 'escalation').step.id;
  const decided = expectStatus(await tl.post(`/escalation-steps/${ids.step}/decision`, { outcome: 'overbrugd', text: 'Start maar', overbrugging: { help: 'Hotel', provisionalFunder: 'maatwerkbudget', provisionalAmountCents: 100_000 } }), 200, 'decision');
  ids.overbrugging = decided.overbrugging.id;
  // A second overbrugging stays open for the settlement variants; the first is settled for the claims.
  ids.claim = expectStatus(await bh.post(`/overbruggingen/${ids.overbrugging}/settlement`, { shares: [{ funder: 'maatwerkbudget', amountCents: 40_000 }, { funder: 'wlz', amountCents: 60_000 }] }, { 'If-Match': '"1"' }), 200, 'settlement').claims[0].id;
  ids.knelpuntB = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt), 201, 'knelpunt B').id;
  ids.stepB = expectStatus(await prof.post(`/knelpunten/${ids.knelpuntB}/escalations`, { levelId: ids.level2, reason: 'Direct naar de tafel' }), 201, 'escalation B').step.id;
  ids.knelpuntC = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt), 201, 'knelpunt C').id;
  ids.handover = expectStatus(await prof.post(`/knelpunten/${ids.knelpuntC}/escalations`, { levelId: ids.level3, reason: 'Landelijk' }), 201, 'escalation C').handoverId;
  ids.contact = expectStatus(await admin.post('/maatwerkregister', { contactOrganisation: 'UWV', name: 'Petra Smit', phone: '+31 30 1234567', topics: ['ww'] }), 201, 'contact').id;
  ids.businessCase = expectStatus(
    await prof.post(`/cases/${ids.case}/business-cases`, { title: 'Businesscase', horizonMonths: 12, knelpuntId: ids.knelpunt, regulier: [{ label: 'Opvang', unit: 'per month', amountCents: 300_000, funder: 'gemeente-wmo', source: 'Tarief 2026', durationMonths: 12 }], maatwerk: [] }),
    201,
    'business case',
  ).id;
  // A partner invited with consent (ADR 0017), for the partner routes and the consent routes.
  const partnerOrg = (await t.db.query<{ id: string }>(`INSERT INTO organisations (name, kind) VALUES ('Woningcorporatie (robuust)', 'woningcorporatie') RETURNING id`)).rows[0].id;
  await t.db.query(`INSERT INTO users (organisation_id, username, display_name, password_hash, roles) SELECT $1, 'partner-robuust', 'Partner', password_hash, ARRAY['professional'] FROM users WHERE username = 'professional'`, [partnerOrg]);
  const inv = expectStatus(await prof.post(`/cases/${ids.case}/partner-invitations`, { partyId: ids.party, partnerOrganisationId: partnerOrg, partnerLogin: 'partner-robuust', purpose: 'Schulden in kaart', consent: { personId: ids.member, validUntil: today } }), 201, 'invitation');
  ids.invitation = inv.id;
  ids.consent = inv.consent.id;
  ids.catalogueKey = 'robuust-eigen-post';
  expectStatus(await admin.put(`/cost-catalogue/${ids.catalogueKey}`, { label: 'Eigen post', unit: 'one-off', amountCents: 12_345, funder: 'gemeente-overig', source: 'Eigen bron', year: 2026 }), 201, 'catalogue');
  ids.notification = expectStatus(await tl.get('/notifications'), 200, 'notifications').items[0].id;
  // A Bibliotheek concept of the professional, for the library's routes.
  ids.doorbraak = await t.db.transaction(async (tx) => {
    const id = await learning.insertEntry(tx, { organisationId: t.fx.orgs.utrecht, knelpuntId: null, authorId: t.fx.users.professional });
    await learning.insertVersion(tx, id, 1, { title: 'Kamer bij de oom', situation: 'De kostendelersnorm verlaagde de uitkering van de oom', breakthrough: 'Een jaar geen kostendelersnorm', blockingLaw: 'Participatiewet', blockingArticle: 'art. 22a', organisationKind: 'gemeente', knelpuntType: 'regel_botst', decidedLevel: 'Doorbraaktafel', outcome: 'toegekend', workingDays: 3, costs: [], lifeDomains: [], householdShape: [], municipality: 'Utrecht', year: 2026 }, {}, '', t.fx.users.professional);
    return id;
  });
  // Enforcement: a handhavingszaak with a pause request and a question to the regisseur.
  const hh = await t.as('handhaving');
  ids.handhavingszaak = expectStatus(await hh.post('/handhavingszaken', { householdId: ids.household, title: 'Robuuste zaak' }), 201, 'handhavingszaak').zaak.id;
  ids.handhavingspauze = expectStatus(await hh.post(`/handhavingszaken/${ids.handhavingszaak}/pauzes`, { reason: 'Legaliseren', until: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10), owner: 'Regisseur', conditions: '' }), 201, 'pauze').id;
  ids.handhavingsvraag = expectStatus(await hh.post(`/handhavingszaken/${ids.handhavingszaak}/bekend-bij-regisseur`), 200, 'vraag').questionId;
  // Signals and the follow-up: a rule, a signal on the case, a proposal from a structural signal.
  const beleid = await t.as('beleid');
  ids.signaalregel = expectStatus(await beleid.post('/signaalregels', { name: 'Scheiding en bijstand', purpose: 'Vroeg ondersteunen', legalGround: 'Wmo 2015 art. 2.3.2', owner: 'Team Sociaal Domein', events: ['scheiding_vastgelegd', 'bijstandsaanvraag'], windowDays: 90 }), 201, 'signal rule').id;
  expectStatus(await prof.post(`/cases/${ids.case}/levensgebeurtenissen`, { type: 'scheiding_vastgelegd', occurredOn: today }), 201, 'life event');
  ids.signaal = expectStatus(await prof.post(`/cases/${ids.case}/levensgebeurtenissen`, { type: 'bijstandsaanvraag', occurredOn: today }), 201, 'life event').signals[0].id;
  const kS = expectStatus(await prof.post(`/cases/${ids.case}/knelpunten`, knelpunt), 201, 'knelpunt S').id;
  const stepS = expectStatus(await prof.post(`/knelpunten/${kS}/escalations`, {}), 201, 'escalation S').step.id;
  expectStatus(await tl.post(`/escalation-steps/${stepS}/decision`, { outcome: 'toegekend', text: 'Toegekend', signal: { kind: 'regel_wijzigen', rule: 'Huisvestingsverordening art. 2.6', proposal: 'Urgentie na scheiding' } }), 200, 'decision S');
  const ruleKey = expectStatus(await beleid.get('/beleid/regels'), 200, 'rules').items[0].key;
  ids.beleidsvoorstel = expectStatus(await beleid.post('/beleidsvoorstellen', { ruleKey, proposal: 'Urgentie na scheiding met kinderen' }), 201, 'proposal').id;
  ids.simulatie = expectStatus(await beleid.post('/income/simulaties', { populatie: { soort: 'synthetisch', huishoudens: 200, gemiddeldLoonPerMaand: 60000, spreidingProcent: 50, aandeelWisselendProcent: 70 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 }), 202, 'simulation').id;
  return ids;
}

/** The real id of the kind a path placeholder expects, from the path segment before it. */
function idFor(ids: Record<string, string>, path: string, param: string): string {
  if (param === 'key') return ids.catalogueKey;
  if (param === 'kind') return 'huishouden';
  const segs = path.split('/');
  const before = segs[segs.indexOf(`{${param}}`) - 1];
  const kinds: Record<string, string> = {
    households: 'household', members: 'member', cases: 'case', goals: 'goal', actions: 'action', parties: 'party', notes: 'note', 'budget-pots': 'pot', 'budget-mandates': 'mandate',
    'budget-spends': 'pendingSpend', 'budget-samples': 'sample', items: 'spend', knelpunten: 'knelpuntB', 'escalation-levels': 'level2', 'escalation-steps': 'stepB', handovers: 'handover',
    overbruggingen: 'overbrugging', 'overbrugging-claims': 'claim', maatwerkregister: 'contact', notifications: 'notification', 'business-cases': 'businessCase', users: 'user', teams: 'team',
    organisations: 'organisation', persons: 'member', doorbraken: 'doorbraak', 'partner-invitations': 'invitation', 'partner-cases': 'invitation', consents: 'consent', signaalregels: 'signaalregel', signalen: 'signaal', beleidsvoorstellen: 'beleidsvoorstel', simulaties: 'simulatie',
    handhavingszaken: 'handhavingszaak', handhavingspauzes: 'handhavingspauze', handhavingsvragen: 'handhavingsvraag',
  };
  const id = ids[kinds[before]];
  if (!id) throw new Error(`no id for {${param}} in ${path}; add its kind to idFor`);
  return id;
}

// ---- schema walking ----------------------------------------------------------------------------

function deref(doc: any, s: Schema | undefined): Schema {
  let x = s ?? {};
  while (x.$ref) x = doc.components.schemas[x.$ref.split('/').pop()];
  return x;
}
const typesOf = (s: Schema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);
/** The first non-null branch of a union (anyOf/oneOf), or the schema itself. */
function mainBranch(doc: any, s: Schema): Schema {
  const x = deref(doc, s);
  const branches = x.anyOf ?? x.oneOf;
  if (branches) return mainBranch(doc, branches.find((b: Schema) => !typesOf(deref(doc, b)).includes('null') || typesOf(deref(doc, b)).length > 1) ?? branches[0]);
  return x;
}
const isRecord = (s: Schema) => typesOf(s).includes('object') && !s.properties;
const isDate = (s: Schema) => s.format === 'date';

/** A plausible valid value, so the hostile variant differs from a good request in one place only. */
function sample(doc: any, schema: Schema, name: string, ids: Record<string, string>): unknown {
  const s = mainBranch(doc, schema);
  const today = todayIso();
  const year = today.slice(0, 4);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const t = typesOf(s);
  if (t.includes('object')) {
    if (!s.properties) return {};
    const out: Record<string, unknown> = {};
    for (const k of s.required ?? []) out[k] = sample(doc, s.properties[k], k, ids);
    return out;
  }
  if (t.includes('array')) return s.minItems ? [sample(doc, s.items, name, ids)] : [];
  if (t.includes('integer') || t.includes('number')) {
    const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
    let v = min !== undefined && min > 1 ? min : 1;
    if (s.maximum !== undefined && v > s.maximum) v = s.maximum;
    return v;
  }
  if (t.includes('boolean')) return false;
  if (t.includes('string')) {
    if (isDate(s)) return name === 'periodEnd' || name === 'to' ? `${year}-12-31` : name === 'periodStart' || name === 'from' ? `${year}-01-01` : name === 'birthDate' ? '1990-01-01' : today;
    if (s.format === 'uuid') {
      const byName: Record<string, string> = {
        potId: 'pot', goalId: 'goal', contactId: 'contact', householdId: 'household', levelId: 'level2', referToLevelId: 'level2', teamId: 'team', userId: 'user', ownerUserId: 'professionalUser',
        regisseurId: 'professionalUser', knelpuntId: 'knelpunt', ownerPartyId: 'party', deciderOrganisationId: 'loket', partyOrganisationId: 'loket', organisationId: 'loket', caseId: 'case',
      };
      return ids[byName[name]] ?? randomUUID();
    }
    if (s.format === 'email') return 'iemand@example.nl';
    if (name === 'password') return 'Een-lang-wachtwoord-2026!';
    if (name === 'username') return `robuust.${randomBytes(3).toString('hex')}`;
    const candidates = ['Robuuste invoer van de test', 'robuust-item', '3511 AB', '+31 30 1234567', 'GM0344', today, 'robuust.gebruiker'];
    const fits = (c: string) => (!s.pattern || new RegExp(s.pattern).test(c)) && (s.maxLength === undefined || c.length <= s.maxLength);
    const c = candidates.find(fits) ?? 'x';
    return s.minLength && c.length < s.minLength ? c.padEnd(s.minLength, 'x') : c;
  }
  return null;
}

/** Every declared field below an object schema, with its dotted path, the base value and schema. */
function fields(doc: any, schema: Schema, base: any, prefix: string[] = []): Array<{ path: string[]; schema: Schema }> {
  const s = mainBranch(doc, schema);
  if (!typesOf(s).includes('object') || !s.properties) return [];
  const out: Array<{ path: string[]; schema: Schema }> = [];
  for (const [k, sub] of Object.entries<Schema>(s.properties)) {
    const p = [...prefix, k];
    const x = mainBranch(doc, sub);
    out.push({ path: p, schema: x });
    if (typesOf(x).includes('object') && x.properties) out.push(...fields(doc, x, base?.[k] ?? sample(doc, x, k, {}), p));
    if (typesOf(x).includes('array') && x.items) {
      const item = mainBranch(doc, x.items);
      if (typesOf(item).includes('object') && item.properties) out.push(...fields(doc, item, {}, [...p, '0']));
      else out.push({ path: [...p, '0'], schema: item });
    }
  }
  return out;
}

/** A copy of `base` with the value at `path` replaced, creating objects and one-item arrays on the way. */
function withValue(doc: any, rootSchema: Schema, base: any, path: string[], value: unknown, ids: Record<string, string>): any {
  const root = structuredClone(base);
  let cur = root;
  let schema = mainBranch(doc, rootSchema);
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    const childSchema = Array.isArray(cur) ? mainBranch(doc, schema.items) : mainBranch(doc, schema.properties?.[k] ?? {});
    if (cur[k] === undefined || cur[k] === null || typeof cur[k] !== 'object') {
      cur[k] = typesOf(childSchema).includes('array') ? [] : sample(doc, childSchema, k, ids);
    }
    if (Array.isArray(cur[k]) && cur[k].length === 0 && path[i + 1] === '0') cur[k].push(sample(doc, childSchema.items ?? {}, k, ids));
    cur = cur[k];
    schema = childSchema;
  }
  cur[path[path.length - 1]] = value;
  return root;
}

/** The primitive leaves of a JSON value, with their paths. */
function valueLeaves(x: unknown, path: string[] = []): Array<[string[], unknown]> {
  if (Array.isArray(x)) return x.flatMap((y, i) => valueLeaves(y, [...path, String(i)]));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, y]) => valueLeaves(y, [...path, k]));
  return [[path, x]];
}
function setPath(base: unknown, path: string[], value: unknown): unknown {
  const root = structuredClone(base) as any;
  let cur = root;
  for (const k of path.slice(0, -1)) cur = cur[k];
  cur[path[path.length - 1]] = value;
  return root;
}

/** Hostile values for one declared field, by its type. */
function hostileValues(s: Schema): Array<[string, unknown]> {
  const t = typesOf(s);
  const out: Array<[string, unknown]> = [];
  if (s.enum) out.push(['an unknown enum value', 'geen-bestaande-waarde']);
  if (t.includes('string')) {
    out.push(['a 10,001-char string', LONG], ['a string with a NUL character', 'Robuuste\u0000invoer'], ['a lone UTF-16 surrogate', 'Robuust\ud800']);
    if (isDate(s)) out.push(['an impossible date', '2026-02-30'], ['a date in year 99999', '99999-01-01']);
    if (s.format === 'uuid') out.push(['a non-uuid', 'geen-uuid']);
    out.push(['a number for a string', 12345]);
  }
  if (t.includes('integer') || t.includes('number')) out.push(['-1', -1], ['1e15', 1e15], ['1.5', 1.5], ['"abc"', 'abc']);
  if (t.includes('boolean')) out.push(['"ja" for a boolean', 'ja']);
  if (t.includes('array')) out.push(['an object for an array', { a: 1 }], ['a 10,001-item array', Array.from({ length: 10_001 }, () => 1)]);
  if (isRecord(s)) out.push(['a string for an object', 'x'], ['a nested hostile object', { gemeente: LONG, huishouden: { type: 'x', leden: [{ rol: 'aanvrager', geboortedatum: '2026-02-30', nettoLoonPerMaand: 1e15 }] }, loonPerMaand: [1.5, -1, 'abc'], startDatum: '2026-02-30', aantalDagen: 1e15 }]);
  return out;
}

/** Hostile bodies for schemaless (record) bodies: the income room parses these itself. */
const RECORD_BODIES: Array<[string, unknown]> = [
  ['a huge number everywhere', { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01', nettoLoonPerMaand: 1e15 }], huurPerMaand: 1e15, vermogen: 1e15, maandenLaagInkomen: 1e15 } }],
  ['fractions and negatives', { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01', nettoLoonPerMaand: -1.5 }], huurPerMaand: -1, vermogen: 1.5, maandenLaagInkomen: -1 } }],
  ['an impossible date', { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '2026-02-30' }] } }],
  ['long strings', { gemeente: LONG, huishouden: { type: LONG, leden: [{ rol: LONG, geboortedatum: LONG }] } }],
  ['wrong types', { gemeente: 1, huishouden: 'x', profiel: 'x', loonPerMaand: 'abc', startMaand: 5, inkomsten: 'x', vasteLasten: 7 }],
  ['a fluctuating-income scenario with hostile numbers', { profiel: { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01' }] } }, startMaand: '2026-13', loonPerMaand: [1e15, -1, 1.5, 'abc', null, 0] }],
  ['a cash-flow scenario with hostile numbers', { startDatum: '2026-02-30', aantalDagen: 1e15, startSaldo: 'abc', inkomsten: [{ bedrag: 1e15, frequentie: 'x', dag: 99 }], vasteLasten: [{ bedrag: -1.5, dag: -1 }] }],
  ['a minima report with hostile ranges', { gemeente: 'utrecht', datum: '2026-02-30', vanProcent: -1, totProcent: 1e15, stapProcent: 0.0001, huishoudtypen: ['x'] }],
  ['deep nesting', JSON.parse('['.repeat(500) + ']'.repeat(500))],
];

/**
 * Plausible bodies where the generic sampler cannot know a cross-field rule (either/or fields,
 * bodies the income room parses itself), so the field variants start from a request that works.
 */
function plausibleBodies(ids: Record<string, string>): Record<string, unknown> {
  const today = todayIso();
  const profiel = { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1990-01-01', nettoLoonPerMaand: 40000 }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 } };
  return {
    'POST /cases': { title: 'Nieuwe casus', household: { name: 'Huishouden Nieuw', members: [{ name: 'Eva', birthDate: '1990-01-01', role: 'aanvrager' }] } },
    'POST /cases/{id}/parties': { organisationName: 'Woningcorporatie', role: 'Verhuurder' },
    'POST /budget-pots/{id}/mandates': { role: 'teamleider', maxPerSpendCents: 10_000, maxPerCaseCents: 20_000 },
    'PATCH /budget-spends/{id}': { amountCents: 91_000, reason: 'Bedrag gecorrigeerd' },
    'POST /maatwerkregister': { contactOrganisation: 'SVB', name: 'Jan de Vries', phone: '+31 20 1234567' },
    'PUT /escalation-ladder': { levels: [{ id: ids.level1, name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }, { id: ids.level2, name: 'Doorbraaktafel', deadlineWorkingDays: 5, deciderRole: 'doorbraaktafel' }, { id: ids.level3, name: 'Loket', deadlineWorkingDays: 10, deciderOrganisationId: ids.loket }] },
    'POST /overbruggingen/{id}/settlement': { shares: [{ funder: 'wlz', amountCents: 100_000 }] },
    'POST /overbruggingen/{id}/corrections': { shares: [{ funder: 'wlz', amountCents: 100_000 }], reason: 'Correctie van de verdeling' },
    'POST /overbruggingen/{id}/acceptance': { accepted: true },
    'POST /income/evaluations': { datum: today, profiel },
    'POST /income/evaluations/batch': { datum: today, profielen: [profiel] },
    'PUT /cases/{id}/income/{kind}': profiel,
    'POST /income/scenarios/fluctuating-income': { profiel, startMaand: today.slice(0, 7), loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] },
    'POST /income/scenarios/cash-flow': { startDatum: today, aantalDagen: 31, startSaldo: 0, inkomsten: [{ naam: 'Loon', bedrag: 150000, frequentie: 'maandelijks', dag: 25 }], vasteLasten: [{ naam: 'Huur', bedrag: 65000, dag: 1 }] },
    'POST /income/scenarios/minima-effect': { gemeente: 'utrecht', datum: today, vanProcent: 100, totProcent: 150, stapProcent: 5 },
    'POST /knelpunten/{id}/escalations': { levelId: ids.level3, reason: 'Naar het loket' },
  };
}
const QUERY_SAMPLES: Record<string, string> = { days: '3', from: todayIso() };

function variantsFor(doc: any, o: Op, ids: Record<string, string>, etag: (path: string) => string | undefined): Variant[] {
  const params: any[] = (o.op.parameters ?? []).map((p: any) => ('$ref' in p ? deref(doc, p) : p));
  const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
  const queryParams = params.filter((p) => p.in === 'query');
  const good = o.path.replace(/\{(\w+)\}/g, (_, p) => idFor(ids, o.path, p));
  const requiredQuery = queryParams.filter((q) => q.required || (o.path === '/working-days/deadline' && q.name in QUERY_SAMPLES)).map((q) => `${q.name}=${encodeURIComponent(QUERY_SAMPLES[q.name] ?? String(sample(doc, q.schema, q.name, ids)))}`);
  const withQuery = (p: string, extra: string[] = []) => ([...requiredQuery, ...extra].length ? `${p}?${[...requiredQuery, ...extra].join('&')}` : p);
  const bodySchema = o.op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
  const override = plausibleBodies(ids)[`${o.method} ${o.path}`];
  const base = bodySchema ? (override !== undefined ? structuredClone(override) : sample(doc, bodySchema, 'body', ids)) : undefined;
  const versioned = ['PATCH', 'PUT', 'POST', 'DELETE'].includes(o.method) && ('412' in o.op.responses || '428' in o.op.responses);
  const ifMatch = (): Record<string, string> => {
    if (!versioned) return {};
    // The newest version seen; a resource the run has not read yet is still at version 1.
    return { 'If-Match': etag(good) ?? '"1"' };
  };
  const v: Variant[] = [];
  v.push({ label: 'the plausible request', path: withQuery(good), body: base, headers: ifMatch() });
  v.push({ label: 'anonymous', path: withQuery(good), body: base, anonymous: true });
  for (const p of pathParams) {
    const one = (val: string) => withQuery(o.path.replace(/\{(\w+)\}/g, (_, q) => (q === p ? val : idFor(ids, o.path, q))));
    v.push({ label: `path ${p} not a uuid`, path: one(p === 'kind' ? 'onbekend-soort' : 'geen-uuid'), body: base, headers: ifMatch() });
    v.push({ label: `path ${p} a random uuid`, path: one(randomUUID()), body: base, headers: { 'If-Match': '"1"' } });
    v.push({ label: `path ${p} 300 chars with odd characters`, path: one(encodeURIComponent('Ä%<>"\'' + 'x'.repeat(300))), body: base });
    v.push({ label: `path ${p} not a uuid, anonymous`, path: one('geen-uuid'), body: base, anonymous: true });
  }
  for (const q of queryParams) {
    const s = mainBranch(doc, q.schema);
    const bad: Array<[string, string]> = [['a 10,001-char value', LONG], ['an empty value', ''], ['a NUL character', 'ab\u0000cd']];
    if (typesOf(s).includes('integer') || typesOf(s).includes('number')) bad.push(['"abc"', 'abc'], ['-1', '-1'], ['1e15', '1e15'], ['1.5', '1.5']);
    if (isDate(s)) bad.push(['an impossible date', '2026-02-30']);
    if (s.format === 'uuid') bad.push(['a non-uuid', 'geen-uuid']);
    if (s.enum) bad.push(['an unknown value', 'onbekend']);
    for (const [label, val] of bad) {
      const others = requiredQuery.filter((r) => !r.startsWith(`${q.name}=`));
      v.push({ label: `query ${q.name} = ${label}`, path: `${good}?${[...others, `${q.name}=${encodeURIComponent(val)}`].join('&')}`, body: base, headers: ifMatch() });
    }
    v.push({ label: `query ${q.name} twice`, path: withQuery(good, [`${q.name}=a`, `${q.name}=b`]), body: base });
  }
  if (queryParams.some((q) => q.required)) v.push({ label: 'required query parameters missing', path: good, body: base });
  if (versioned) {
    for (const h of ['"99999999999999999999"', '"-1"', '"abc"', 'W/"1"', '*', '"1", "2"']) v.push({ label: `If-Match ${h}`, path: withQuery(good), body: base, headers: { 'If-Match': h } });
  }
  if (bodySchema) {
    const structural: Array<[string, unknown]> = [['body null', 'null'], ['body []', []], ['body "x"', '"x"'], ['body that is not JSON', '{"a":'], ['body {}', {}], ['body a number', '12']];
    for (const [label, body] of structural) {
      v.push({ label, path: withQuery(good), body, headers: ifMatch() });
      v.push({ label: `${label}, anonymous`, path: withQuery(good), body, anonymous: true });
    }
    const root = mainBranch(doc, bodySchema);
    if (root.properties) v.push({ label: 'an unknown field', path: withQuery(good), body: { ...(base as object), onbekendVeld: 1 }, headers: ifMatch() });
    if (isRecord(root)) for (const [label, body] of RECORD_BODIES) v.push({ label: `record body: ${label}`, path: withQuery(good), body, headers: ifMatch() });
    // A body the room parses itself declares no fields: mutate the leaves of the plausible body instead.
    const recordVariants: Variant[] = [];
    if (isRecord(root) && base && typeof base === 'object') {
      for (const [path, value] of valueLeaves(base)) {
        const hostile: Array<[string, unknown]> = typeof value === 'number' ? [['-1', -1], ['1e15', 1e15], ['1.5', 1.5], ['"abc"', 'abc'], ['null', null]] : [['a 10,001-char string', LONG], ['an impossible date', '2026-02-30'], ['a number', 7]];
        for (const [label, h] of hostile) recordVariants.push({ label: `${path.join('.')} = ${label}`, path: withQuery(good), body: setPath(base, path, h), headers: ifMatch() });
      }
    }
    const fieldVariants: Variant[] = [];
    for (const f of fields(doc, bodySchema, base)) {
      for (const [label, value] of hostileValues(f.schema)) {
        fieldVariants.push({ label: `${f.path.join('.')} = ${label}`, path: withQuery(good), body: withValue(doc, bodySchema, base, f.path, value, ids), headers: ifMatch() });
      }
    }
    // Bound the run: spread the kept variants over all fields rather than the first few.
    const step = Math.max(1, fieldVariants.length / MAX_FIELD_VARIANTS);
    for (let i = 0; i < fieldVariants.length && v.length < 400; i += step) v.push(fieldVariants[Math.floor(i)]);
    v.push(...recordVariants.slice(0, MAX_FIELD_VARIANTS));
  }
  return v;
}

/** Runs that change the world for the runs after them go last (closing, withdrawing, deleting, logging out). */
const DESTRUCTIVE_ORDER = [/\/approve$/, /\/reject$/, /\/cancel$/, /\/withdraw$/, /\/close$/, /\/reopen$/, /^DELETE /, /\/logout$/];
const destructive = (o: Op) => {
  const i = DESTRUCTIVE_ORDER.findIndex((re) => re.test(re.source.startsWith('^') ? `${o.method} ${o.path}` : o.path));
  return i < 0 ? 0 : i + 1;
};

describe.each(DB_KINDS)('robustness of every operation on %s', (kind) => {
  let t: TestApp;
  let doc: any;
  let ids: Record<string, string>;
  let clients: Record<string, Client>;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    ids = await buildWorld(t);
    doc = (await t.anonymous().get('/openapi.json')).body;
    clients = Object.fromEntries(await Promise.all(USERS.map(async (u) => [u, await t.as(u)] as const)));
  }, 120_000);
  afterAll(async () => t?.close());

  it('answers every hostile request below 500, as problem+json with a Dutch detail, naming the field on a 400', async () => {
    const ops: Op[] = Object.entries<any>(doc.paths).flatMap(([path, methods]) => Object.entries<any>(methods).map(([m, op]) => ({ method: m.toUpperCase(), path, op })));
    ops.sort((a, b) => destructive(a) - destructive(b) || Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    const etags = new Map<string, string>();
    /** The resource a path acts on: its last id segment (`/budget-spends/{id}/approve` acts on the spend). */
    const resourceOf = (path: string) => path.split('?')[0].split('/').filter((x) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(x) || x === ids.catalogueKey).pop() ?? path;
    const etagFor = (path: string) => etags.get(resourceOf(path));
    const failures: string[] = [];
    let requests = 0;
    let operations = 0;

    const check = (o: Op, v: Variant, user: string, r: TestResponse) => {
      requests++;
      if (process.env.ROBUSTNESS_STATS) console.log('RESP', r.status, o.method, o.path, '|', v.label, '|', user, '|', (typeof r.body === 'string' ? r.body : JSON.stringify(r.body)).slice(0, 160));
      const where = `${o.method} ${o.path} [${v.label}] as ${user} → ${r.status}`;
      const body = typeof r.body === 'string' ? r.body.slice(0, 300) : JSON.stringify(r.body).slice(0, 300);
      if (r.status >= 500) return failures.push(`${where}: ${body}`);
      if (r.status >= 400) {
        if (!r.contentType.includes('application/problem+json')) return failures.push(`${where}: content type ${r.contentType}`);
        if (typeof r.body?.detail !== 'string' || !r.body.detail.trim()) return failures.push(`${where}: no detail: ${body}`);
      }
      if (r.status === 400 && !(Array.isArray(r.body?.invalidParams) && r.body.invalidParams.some((p: any) => typeof p?.name === 'string' && p.name.trim()))) {
        failures.push(`${where}: a 400 without a named field: ${body}`);
      }
      // Keep the newest version of the resource, so later writes pass If-Match and go deep.
      const e = r.headers.get('etag');
      if (e && r.status < 300) {
        const last = o.method === 'POST' && r.status === 201 && r.body?.id ? r.body.id : resourceOf(v.path);
        etags.set(last, e);
      }
    };

    // Current versions of the world's resources, from their GET endpoints.
    for (const o of ops.filter((x) => x.method === 'GET' && x.path.includes('{'))) {
      const path = o.path.replace(/\{(\w+)\}/g, (_, p) => idFor(ids, o.path, p));
      for (const u of ['professional', 'budgethouder', 'admin']) {
        const r = await clients[u].get(path);
        const e = r.headers.get('etag');
        if (e && r.status === 200) etags.set(resourceOf(path), e);
      }
    }

    for (const o of ops) {
      operations++;
      const fresh = o.path === '/auth/logout'; // logging out ends the session: use throw-away sessions
      const variants = variantsFor(doc, o, ids, etagFor);
      // Users whose role fits: those the plausible request does not refuse with 401/403.
      const plausible = variants[0];
      const fit: string[] = [];
      for (const u of USERS) {
        const c = fresh ? await t.as(u) : clients[u];
        const r = await c.request(o.method, plausible.path, plausible.body, plausible.headers);
        check(o, plausible, u, r);
        if (r.status !== 401 && r.status !== 403 && fit.length < FIT_USERS_PER_OP) fit.push(u);
      }
      const senders = fit.length ? fit : ['professional', 'admin'];
      if (process.env.ROBUSTNESS_STATS) console.log('STAT', o.method, o.path, fit.join(','), variants.length);
      for (const v of variants.slice(1)) {
        if (v.anonymous) {
          check(o, v, 'anonymous', await t.anonymous().request(o.method, v.path, v.body, v.headers));
          continue;
        }
        for (const u of senders) {
          const c = fresh ? await t.as(u) : clients[u];
          // Refresh the version for every write so a successful variant does not turn the next into a 412.
          const headers = v.headers?.['If-Match'] && etagFor(v.path) && variants[0].headers?.['If-Match'] === v.headers['If-Match'] ? { ...v.headers, 'If-Match': etagFor(v.path)! } : v.headers;
          check(o, v, u, await c.request(o.method, v.path, v.body, headers));
        }
      }
    }
    expect(operations).toBe(ops.length);
    expect(operations).toBeGreaterThan(100);
    expect(requests).toBeGreaterThan(3000);
    expect(failures).toEqual([]);
  }, 600_000);
});
