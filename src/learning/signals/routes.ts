// SPDX-License-Identifier: EUPL-1.2
/**
 * Signals over HTTP: signal rules (the editor refuses protected attributes with the guard's Dutch
 * reason), their Algoritmeregister description, life events on a case (evaluated as they arrive),
 * and the signals the case's team acts on or puts aside.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, IfMatch, IfMatchOptional, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, text, today } from '../../platform/http';
import type { Config } from '../../platform/config';
import { FIRING_STATUSES, LIFE_EVENT_TYPES } from './model';
import * as commands from './commands';
import * as queries from './queries';

const tags = ['Signalen'];

const Condition = z.strictObject({ attribute: text(60, 1), operator: text(20, 1), value: z.number().int().min(0).max(150) });
const RuleInput = z
  .strictObject({
    name: text(120, 3),
    purpose: text(1000),
    legalGround: text(500),
    owner: text(200),
    // Free text on purpose: the guard in model.ts names why a protected attribute is refused.
    events: z.array(text(60, 1)).max(10, { error: 'hoogstens tien gebeurtenissen' }),
    windowDays: z.number().int(),
    ordered: z.boolean().default(false),
    conditions: z.array(Condition).max(5, { error: 'hoogstens vijf kenmerken' }).default([]),
    risks: text(2000).default(''),
    contact: text(200).default(''),
    active: z.boolean().default(true),
  })
  .openapi('SignaalregelInvoer');
const Score = z.object({ fired: z.number().int(), dismissed: z.number().int(), acted: z.number().int(), open: z.number().int(), dismissedShare: z.number().nullable(), noisy: z.boolean() });
const Rule = z
  .object({
    id: z.string(),
    name: z.string(),
    purpose: z.string(),
    legalGround: z.string(),
    owner: z.string(),
    events: z.array(z.string()),
    windowDays: z.number().int(),
    ordered: z.boolean(),
    conditions: z.array(z.object({ attribute: z.string(), operator: z.string(), value: z.number() })),
    risks: z.string(),
    contact: z.string(),
    active: z.boolean(),
    version: z.number().int(),
    score: Score,
  })
  .openapi('Signaalregel');
const RuleDetail = Rule.extend({ dismissReasons: z.array(z.string()) }).openapi('SignaalregelDetail');
const Register = z
  .object({
    naam: z.string(), organisatie: z.string(), status: z.string(), doel: z.string(), wettelijkeGrondslag: z.string(), beschrijving: z.string(),
    gebruikteGegevens: z.array(z.string()), nietGebruikt: z.string(), menselijkeTussenkomst: z.string(), risicosEnMaatregelen: z.string(), eigenaar: z.string(), contact: z.string(),
  })
  .openapi('Algoritmeregister');
const Signal = z
  .object({
    id: z.string(), ruleId: z.string(), ruleName: z.string(), rulePurpose: z.string(), ruleEvents: z.array(z.string()), ruleWindowDays: z.number().int(),
    caseId: z.string(), caseTitle: z.string(), eventIds: z.array(z.string()), firedOn: IsoDateOut, status: z.enum(FIRING_STATUSES), reason: z.string().nullable(),
    handledByName: z.string().nullable(), handledOn: IsoDateOut.nullable(), version: z.number().int(), mine: z.boolean(),
  })
  .openapi('Signaal');
const LifeEvent = z.object({ id: z.string(), type: z.string(), occurredOn: IsoDateOut, note: z.string(), recordedByName: z.string(), recordedAt: z.string() }).openapi('Levensgebeurtenis');
const StatusQuery = z.object({ status: z.enum(FIRING_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }) });

const publicRule = <T extends { organisationId: string; organisationName: string }>({ organisationId: _o, organisationName: _n, ...r }: T) => r;

export function signalRoutes(_config: Config) {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/signaalregels', tags, summary: 'De signaalregels van de organisatie, met hoe vaak elk afging, terzijde werd gelegd of tot actie leidde', responses: { 200: jsonContent(z.object({ items: z.array(Rule) }), 'Signaalregels'), ...errorResponses } }),
    async (c) => c.json({ items: (await c.get('db').transaction((tx) => queries.rules(tx, actorOf(c)))).map(publicRule) }, 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/signaalregels', tags, summary: 'Stel een signaalregel op; de toets weigert beschermde kenmerken en hun vervangers met een reden', request: jsonBody(RuleInput), responses: { 201: jsonContent(RuleDetail, 'Opgeslagen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction(async (tx) => queries.rule(tx, a, await commands.createRule(tx, a, c.req.valid('json'))));
      c.header('ETag', etagOf(out.version));
      return c.json(publicRule(out), 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/signaalregels/{id}', tags, summary: 'Eén signaalregel met de redenen waarom signalen terzijde werden gelegd', request: { params: IdParam }, responses: { 200: jsonContent(RuleDetail, 'Signaalregel'), ...errorResponses } }),
    async (c) => {
      const out = await c.get('db').transaction((tx) => queries.rule(tx, actorOf(c), c.req.valid('param').id));
      c.header('ETag', etagOf(out.version));
      return c.json(publicRule(out), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'put', path: '/signaalregels/{id}', tags, summary: 'Wijzig een signaalregel (door dezelfde toets), of stel hem buiten gebruik met active: false; alleen met de versie die u zag (If-Match)', request: { params: IdParam, headers: IfMatch, ...jsonBody(RuleInput) }, responses: { 200: jsonContent(RuleDetail, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const v = ifMatchVersion(c)!;
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction(async (tx) => {
        await commands.updateRule(tx, a, id, v, c.req.valid('json'));
        return queries.rule(tx, a, id);
      });
      c.header('ETag', etagOf(out.version));
      return c.json(publicRule(out), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/signaalregels/{id}/algoritmeregister', tags, summary: 'De beschrijving van de regel voor het Algoritmeregister (naam, doel, grondslag, gegevens, menselijke tussenkomst, risico’s, contact)', request: { params: IdParam }, responses: { 200: jsonContent(Register, 'Beschrijving'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.register(tx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/signalen', tags, summary: 'De signalen op de casussen van het eigen team (open eerst); nooit voor handhaving', request: { query: StatusQuery }, responses: { 200: jsonContent(z.object({ items: z.array(Signal) }), 'Signalen'), ...errorResponses } }),
    async (c) => c.json({ items: await c.get('db').transaction((tx) => queries.signals(tx, actorOf(c), { status: c.req.valid('query').status })) }, 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/signalen', tags, summary: 'De signalen op één casus', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(Signal) }), 'Signalen'), ...errorResponses } }),
    async (c) => c.json({ items: await c.get('db').transaction((tx) => queries.signals(tx, actorOf(c), { caseId: c.req.valid('param').id })) }, 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/signalen/{id}/afhandeling',
      tags,
      summary: 'Pak een signaal op of leg het terzijde, met een reden (één keer)',
      request: { params: IdParam, headers: IfMatchOptional, ...jsonBody(z.strictObject({ outcome: z.enum(['opgepakt', 'terzijde']), reason: text(1000) })) },
      responses: { 200: jsonContent(z.object({ id: z.string(), status: z.enum(FIRING_STATUSES), version: z.number().int() }), 'Afgehandeld'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const v = ifMatchVersion(c, false);
      const out = await c.get('db').transaction((tx) => commands.handleSignal(tx, a, c.req.valid('param').id, v, c.req.valid('json'), today(c)));
      c.header('ETag', etagOf(out.version));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/levensgebeurtenissen', tags, summary: 'De gebeurtenissen en aanvragen op een casus', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(LifeEvent), types: z.array(z.object({ key: z.string(), label: z.string() })) }), 'Gebeurtenissen'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.lifeEvents(tx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/levensgebeurtenissen',
      tags,
      summary: 'Leg een gebeurtenis of aanvraag vast; de signaalregels worden meteen nagelopen',
      request: { params: IdParam, ...jsonBody(z.strictObject({ type: z.enum(LIFE_EVENT_TYPES), occurredOn: IsoDate, note: text(500).default('') })) },
      responses: { 201: jsonContent(z.object({ event: LifeEvent, signals: z.array(z.object({ id: z.string(), ruleId: z.string(), ruleName: z.string() })) }), 'Vastgelegd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction((tx) => commands.recordEvent(tx, a, c.req.valid('param').id, c.req.valid('json'), today(c)));
      const { seq: _s, caseId: _c, ...event } = out.event;
      return c.json({ event, signals: out.signals }, 201);
    },
  );

  return r;
}
