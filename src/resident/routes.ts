// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's own page over HTTP (/mijn/...), what the regisseur sees of it on the case, and the
 * admin's link of a resident's account: authenticate, validate, one command or query, a typed answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, IdParam, jsonBody, jsonContent, text, today, Uuid } from '../platform/http';
import { DOMAIN_KEYS, PLAN_POINT_KINDS } from '../cases/model';
import { CONSENT_PURPOSES, MESSAGE_KINDS } from './model';
import * as commands from './commands';
import * as queries from './queries';

const tags = ['Inwoner'];
const Date_ = z.string().openapi({ format: 'date' });
const Regisseur = z.object({ name: z.string(), team: z.string(), email: z.string().nullable() });

const MyPlan = z
  .object({
    household: z.object({ name: z.string(), members: z.array(z.object({ name: z.string(), role: z.string(), me: z.boolean() })) }),
    plan: z
      .object({
        title: z.string(),
        open: z.boolean(),
        openedOn: Date_,
        regisseur: Regisseur,
        perspective: z.string(),
        perspectiveUpdatedAt: z.string().nullable(),
        points: z.array(z.object({ id: z.string(), kind: z.enum(PLAN_POINT_KINDS), kindText: z.string(), text: z.string(), byResident: z.boolean() })),
        goals: z.array(z.object({ id: z.string(), domain: z.string(), description: z.string(), targetDate: Date_.nullable(), statusText: z.string(), done: z.boolean() })),
        actions: z.array(z.object({ id: z.string(), description: z.string(), who: z.string(), dueDate: Date_.nullable(), statusText: z.string(), overdue: z.boolean(), goal: z.string().nullable() })),
        network: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string(), contact: z.string(), byResident: z.boolean() })),
        organisations: z.array(z.object({ id: z.string(), name: z.string(), contactName: z.string(), role: z.string(), active: z.boolean() })),
        decisions: z.array(z.object({ id: z.string(), text: z.string() })),
        sharedNotes: z.array(z.object({ id: z.string(), body: z.string(), authorName: z.string(), createdAt: z.string() })),
        proposals: z.array(z.object({ id: z.string(), domain: z.string(), description: z.string(), status: z.enum(['voorgesteld', 'aangenomen', 'afgewezen']), statusText: z.string(), decisionNote: z.string(), createdAt: z.string() })),
      })
      .nullable(),
  })
  .openapi('MijnPlan');

const MyMoney = z
  .object({
    spends: z.array(z.object({ id: z.string(), amountCents: z.number().int(), spentOn: Date_, payee: z.string(), description: z.string(), paid: z.boolean(), text: z.string() })),
    spentTotalCents: z.number().int(),
    incomeCheck: z
      .object({
        intro: z.string(),
        regels: z.array(z.object({ naam: z.string(), recht: z.boolean(), bedragPerMaand: z.number().int(), tekst: z.string(), schatting: z.boolean() })),
        slot: z.string(),
        besteedbaarPerMaand: z.number().int(),
        sociaalMinimum: z.number().int().openapi({ description: 'Het minimum voor dit gezin per maand (de bijstandsnorm), eurocent' }),
        huishouden: z.string().nullable().openapi({ description: 'Met welk gezin is gerekend, in gewone woorden (null: een ouder opgeslagen profiel)' }),
        berekening: z.string().openapi({ description: 'De volledige berekening met regels, artikelen en parameters (zoals de professional hem ziet)' }),
      })
      .nullable(),
    cashflow: z
      .object({
        from: Date_, to: Date_, incomePerMonthCents: z.number().int(), fixedCostsPerMonthCents: z.number().int(), leefgeldPerWeekCents: z.number().int(),
        days: z.array(z.object({ datum: Date_, inCents: z.number().int(), uitCents: z.number().int(), saldoCents: z.number().int(), posten: z.array(z.string()), text: z.string() })),
      })
      .nullable(),
    buffer: z
      .object({ intro: z.string(), payments: z.array(z.object({ datum: Date_, amountCents: z.number().int(), text: z.string() })) })
      .nullable()
      .openapi({ description: 'Bij wisselend loon met de Bestaansbalans-buffer: wat er op welke dag binnenkomt of wordt ingehouden' }),
  })
  .openapi('MijnGeld');

const Consent = z.object({ purpose: z.enum(CONSENT_PURPOSES), purposeText: z.string(), given: z.boolean().nullable(), since: z.string().nullable() });
const WhoLooks = z
  .object({
    organisation: z.string(),
    people: z.array(z.object({ name: z.string(), why: z.string(), ground: z.string() })),
    organisations: z.array(z.object({ partyId: z.string(), name: z.string(), contactName: z.string(), why: z.string(), ground: z.string(), consents: z.array(Consent) })),
    log: z.array(z.object({ at: z.string(), who: z.string(), text: z.string() })),
  })
  .openapi('WieKijktMee');

const ConsentChange = z.object({ party: z.string(), purposeText: z.string(), given: z.boolean(), effect: z.string() });
const Messages = z
  .object({ regisseur: z.string().nullable(), messages: z.array(z.object({ id: z.string(), kind: z.enum(MESSAGE_KINDS), kindText: z.string(), body: z.string(), createdAt: z.string(), read: z.boolean() })) })
  .openapi('MijnBerichten');
const Inbox = z
  .object({
    accounts: z.array(z.object({ name: z.string(), active: z.boolean() })),
    messages: z.array(z.object({ id: z.string(), kind: z.enum(MESSAGE_KINDS), kindText: z.string(), body: z.string(), from: z.string(), createdAt: z.string(), read: z.boolean() })),
    proposals: z.array(z.object({ id: z.string(), domain: z.string(), domainText: z.string(), description: z.string(), from: z.string(), status: z.enum(['voorgesteld', 'aangenomen', 'afgewezen']), decisionNote: z.string(), createdAt: z.string() })),
    consents: z.array(z.object({ party: z.string(), purposeText: z.string(), given: z.boolean(), at: z.string(), by: z.string() })),
  })
  .openapi('InwonerPostvak');

const changed = { ...errorResponses, ...conflictResponses };

export function residentRoutes() {
  const r = createRouter();

  r.openapi(createRoute({ method: 'get', path: '/mijn/plan', tags, summary: 'Mijn plan: eigen doel, wat goed gaat, zorgen, doelen, afspraken, netwerk en besluiten (alleen inwoner)', responses: { 200: jsonContent(MyPlan, 'Het plan van uw huishouden'), ...errorResponses } }), async (c) => {
    const a = actorOf(c);
    return c.json(await c.get('db').transaction((tx) => queries.myPlan(tx, a, today(c))), 200);
  });
  r.openapi(
    createRoute({ method: 'put', path: '/mijn/plan/perspectief', tags, summary: 'Mijn eigen doel voor het komende jaar, in eigen woorden', request: jsonBody(z.strictObject({ text: text(2000, 3) })), responses: { 200: jsonContent(z.object({ perspective: z.string() }), 'Opgeslagen'), ...changed } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.setPerspective(tx, a, body.text)), 200);
    },
  );
  r.openapi(
    createRoute({ method: 'post', path: '/mijn/plan/punten', tags, summary: 'Iets wat goed gaat of een zorg toevoegen aan mijn plan', request: jsonBody(z.strictObject({ kind: z.enum(PLAN_POINT_KINDS), text: text(1000, 2) })), responses: { 201: jsonContent(z.object({ id: z.string(), kind: z.enum(PLAN_POINT_KINDS), text: z.string() }), 'Toegevoegd'), ...changed } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const p = await c.get('db').transaction((tx) => commands.addPoint(tx, a, body));
      return c.json({ id: p.id, kind: p.kind, text: p.text }, 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'post', path: '/mijn/plan/netwerk', tags, summary: 'Familie of een vriend toevoegen aan mijn plan',
      request: jsonBody(z.strictObject({ name: text(120, 2), relation: text(200, 2), contact: text(200).optional() })),
      responses: { 201: jsonContent(z.object({ id: z.string(), name: z.string(), relation: z.string(), contact: z.string(), byResident: z.boolean() }), 'Toegevoegd'), ...changed },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.addNetwork(tx, a, body)), 201);
    },
  );

  r.openapi(createRoute({ method: 'get', path: '/mijn/geld', tags, summary: 'Mijn geld: betalingen uit het maatwerkbudget, de inkomenscheck in gewone woorden, het huishoudboekje', responses: { 200: jsonContent(MyMoney, 'Geld'), ...errorResponses } }), async (c) => {
    const a = actorOf(c);
    return c.json(await c.get('db').transaction((tx) => queries.myMoney(tx, a, today(c))), 200);
  });

  r.openapi(createRoute({ method: 'get', path: '/mijn/wie-kijkt-mee', tags, summary: 'Wie kijkt mee: betrokkenen, grondslag of toestemming, en wie uw gegevens bekeek', responses: { 200: jsonContent(WhoLooks, 'Betrokkenen en verwerkingen'), ...errorResponses } }), async (c) => {
    const a = actorOf(c);
    return c.json(await c.get('db').transaction((tx) => queries.whoLooksAlong(tx, a, today(c))), 200);
  });
  r.openapi(
    createRoute({
      method: 'get', path: '/mijn/toestemmingen/gevolg', tags, summary: 'Wat verandert er als ik toestemming geef of intrek (vóór het bevestigen)',
      request: { query: z.object({ partyId: Uuid, purpose: z.enum(CONSENT_PURPOSES), given: z.enum(['true', 'false']) }) },
      responses: { 200: jsonContent(ConsentChange.extend({ current: z.boolean().nullable() }), 'Het gevolg'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      return c.json(await c.get('db').transaction((tx) => queries.consentPreview(tx, a, { ...q, given: q.given === 'true' })), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post', path: '/mijn/toestemmingen', tags, summary: 'Toestemming geven of intrekken per organisatie en doel; geldt meteen',
      request: jsonBody(z.strictObject({ partyId: Uuid, purpose: z.enum(CONSENT_PURPOSES), given: z.boolean() })),
      responses: { 200: jsonContent(ConsentChange, 'Vastgelegd'), ...changed },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.setConsent(tx, a, body)), 200);
    },
  );

  r.openapi(createRoute({ method: 'get', path: '/mijn/berichten', tags, summary: 'Mijn berichten aan de regisseur', responses: { 200: jsonContent(Messages, 'Berichten'), ...errorResponses } }), async (c) => {
    const a = actorOf(c);
    return c.json(await c.get('db').transaction((tx) => queries.myMessages(tx, a)), 200);
  });
  r.openapi(
    createRoute({
      method: 'post', path: '/mijn/berichten', tags, summary: 'Een bericht, een verzoek om verbetering of om inzage sturen aan de regisseur',
      request: jsonBody(z.strictObject({ kind: z.enum(MESSAGE_KINDS), body: text(4000, 2) })),
      responses: { 201: jsonContent(z.object({ id: z.string(), kind: z.enum(MESSAGE_KINDS), createdAt: z.string(), receipt: z.string() }), 'Verstuurd'), ...changed },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.sendMessage(tx, a, body)), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'post', path: '/mijn/voorstellen', tags, summary: 'Een eigen wens of doel voorstellen voor het plan; de regisseur neemt het over of niet',
      request: jsonBody(z.strictObject({ domain: z.enum(DOMAIN_KEYS), description: text(1000, 3) })),
      responses: { 201: jsonContent(z.object({ id: z.string(), status: z.enum(['voorgesteld', 'aangenomen', 'afgewezen']), receipt: z.string() }), 'Verstuurd'), ...changed },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.propose(tx, a, body)), 201);
    },
  );

  // ---- the regisseur ----
  r.openapi(createRoute({ method: 'get', path: '/cases/{id}/inwoner', tags, summary: 'Wat de inwoner stuurde: berichten, voorstellen en toestemmingen', request: { params: IdParam }, responses: { 200: jsonContent(Inbox, 'Postvak'), ...errorResponses } }), async (c) => {
    const a = actorOf(c);
    return c.json(await c.get('db').transaction((tx) => queries.residentInbox(tx, a, c.req.valid('param').id)), 200);
  });
  r.openapi(createRoute({ method: 'post', path: '/cases/{id}/inwoner/gelezen', tags, summary: 'De berichten van de inwoner als gelezen markeren', request: { params: IdParam, ...jsonBody(z.strictObject({})) }, responses: { 200: jsonContent(z.object({ marked: z.number().int() }), 'Gemarkeerd'), ...errorResponses } }), async (c) => {
    const a = actorOf(c);
    return c.json(await c.get('db').transaction((tx) => commands.markMessagesRead(tx, a, c.req.valid('param').id)), 200);
  });
  r.openapi(
    createRoute({
      method: 'post', path: '/cases/{id}/inwoner/voorstellen', tags, summary: 'Een voorstel van de inwoner overnemen (wordt een doel) of niet overnemen (met reden)',
      request: { params: IdParam, ...jsonBody(z.strictObject({ proposalId: Uuid, accept: z.boolean(), note: text(1000).optional() })) },
      responses: { 200: jsonContent(z.object({ id: z.string(), status: z.enum(['aangenomen', 'afgewezen']), goalId: z.string().nullable() }), 'Besloten'), ...changed },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.decideProposal(tx, a, c.req.valid('param').id, body)), 200);
    },
  );

  // ---- the admin ----
  r.openapi(
    createRoute({
      method: 'put', path: '/users/{id}/inwoner-koppeling', tags: ['Beheer'], summary: 'Een inwoneraccount koppelen aan een gezinslid van een huishouden',
      request: { params: IdParam, ...jsonBody(z.strictObject({ memberId: Uuid })) },
      responses: { 200: jsonContent(z.object({ userId: z.string(), memberId: z.string(), householdId: z.string() }), 'Gekoppeld'), ...changed },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.linkAccount(tx, a, c.req.valid('param').id, body.memberId)), 200);
    },
  );

  return r;
}


