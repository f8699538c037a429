// SPDX-License-Identifier: EUPL-1.2
/**
 * The cost catalogue and business cases per case: authenticate → validate → one transaction calling
 * one command or query → present with a typed schema (ADR 11).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, jsonBody, jsonContent, text, Uuid, IfMatch } from '../platform/http';
import { FUNDERS, PATHS, resultOf, UNITS, type BusinessCaseRow } from './model';
import * as commands from './commands';
import * as queries from './queries';

// ---- schemas ----
const ItemKey = z.string().regex(/^[a-z0-9-]{2,80}$/, { error: 'moet bestaan uit kleine letters, cijfers en streepjes (2-80 tekens)' });
const Quantity = z
  .number()
  .min(0.01, { error: 'moet minstens 0,01 zijn' })
  .max(100_000, { error: 'mag hoogstens 100.000 zijn' })
  .refine((q) => Math.abs(Math.round(q * 100) - q * 100) < 1e-6, { error: 'mag hoogstens twee decimalen hebben' });
const AmountCents = z.number().int({ error: 'moet een geheel aantal eurocent zijn' }).min(0).max(100_000_000, { error: 'mag hoogstens € 1.000.000 per eenheid zijn' });
const LineInput = z.strictObject({
  itemKey: ItemKey.optional(),
  label: text(160, 2).optional(),
  unit: z.enum(UNITS).optional(),
  amountCents: AmountCents.optional(),
  funder: z.enum(FUNDERS).optional(),
  source: text(500, 2).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  quantity: Quantity.default(1),
  startMonth: z.number().int().min(1).max(120).default(1),
  durationMonths: z.number().int().min(1).max(120).default(1),
  probabilityPct: z.number().int().min(0).max(100).default(100),
  note: text(500).optional(),
});
const Horizon = z.number().int().min(1, { error: 'moet minstens 1 maand zijn' }).max(120, { error: 'mag hoogstens 120 maanden zijn' });
const Paths = {
  regulier: z.array(LineInput).max(40, { error: 'hoogstens 40 kostenposten per pad' }),
  maatwerk: z.array(LineInput).max(40, { error: 'hoogstens 40 kostenposten per pad' }),
};
const CalculateInput = z.strictObject({ horizonMonths: Horizon, ...Paths });
const BusinessCaseInput = z.strictObject({ title: text(160, 3), horizonMonths: Horizon, knelpuntId: Uuid.nullable().optional(), ...Paths });
const OwnItemInput = z.strictObject({
  label: text(160, 2),
  unit: z.enum(UNITS),
  amountCents: AmountCents,
  funder: z.enum(FUNDERS),
  source: text(500, 2),
  year: z.number().int().min(1990).max(2100),
  notes: text(2000).optional(),
});
const KeyParam = z.object({ key: ItemKey.openapi({ param: { name: 'key', in: 'path' } }) });

const CatalogueItemSchema = z.object({
  key: z.string(), label: z.string(), unit: z.enum(UNITS), amountCents: z.number().int(), funder: z.enum(FUNDERS), source: z.string(), year: z.number().int(), confidence: z.string(), notes: z.string(),
  rangeCents: z.tuple([z.number(), z.number()]).nullable(), origin: z.enum(['landelijk', 'eigen']), overrides: z.object({ amountCents: z.number(), source: z.string(), year: z.number() }).nullable().optional(),
}).openapi('CostCatalogueItem');
const LineResult = z.object({
  itemKey: z.string().nullable(), label: z.string(), unit: z.string(), amountCents: z.number().int(), funder: z.string(), source: z.string(), year: z.number().nullable(), quantity: z.number(),
  startMonth: z.number(), durationMonths: z.number(), probabilityPct: z.number(), monthsCounted: z.number(), expectedCents: z.number().int(), perYear: z.array(z.number().int()), explanation: z.string(),
});
const PathResult = z.object({ totalCents: z.number().int(), perFunder: z.array(z.object({ funder: z.string(), label: z.string(), cents: z.number().int() })), perYear: z.array(z.object({ year: z.number(), cents: z.number().int() })), lines: z.array(LineResult) });
const Result = z.object({
  horizonMonths: z.number(), years: z.number(), regulier: PathResult, maatwerk: PathResult, differenceCents: z.number().int(),
  perFunder: z.array(z.object({ funder: z.string(), label: z.string(), regulierCents: z.number().int(), maatwerkCents: z.number().int(), differenceCents: z.number().int(), position: z.enum(['wint', 'betaalt', 'neutraal']) })),
  payers: z.array(z.string()), gainers: z.array(z.string()), summary: z.string(),
}).openapi('BusinessCaseResult');
const BusinessCase = z.object({
  id: z.string(), organisationId: z.string(), caseId: z.string(), knelpuntId: z.string().nullable(), title: z.string(), horizonMonths: z.number(), createdByName: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(), version: z.number().int(), result: Result,
}).openapi('BusinessCase');

// ---- presentation ----
const present = (b: BusinessCaseRow) => {
  const { lines: _lines, ...rest } = b;
  return { ...rest, result: resultOf(b) };
};

export function businesscaseRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/cost-catalogue', tags: ['Businesscase'], summary: 'De kostencatalogus van uw organisatie: de landelijke referentie met eigen prijzen en aanvullingen (elk met bron)', responses: { 200: jsonContent(z.object({ items: z.array(CatalogueItemSchema) }), 'Catalogus'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => queries.catalogueOf(tx, a));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'put', path: '/cost-catalogue/{key}', tags: ['Businesscase'], summary: 'Eigen prijs vastleggen (overschrijft de landelijke post met dezelfde sleutel) of een post toevoegen; bron verplicht', request: { params: KeyParam, ...jsonBody(OwnItemInput) }, responses: { 200: jsonContent(CatalogueItemSchema, 'Bijgewerkt'), 201: jsonContent(CatalogueItemSchema, 'Toegevoegd'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const { key } = c.req.valid('param');
      const body = c.req.valid('json');
      const { item, inserted } = await c.get('db').transaction((tx) => commands.setOwnItem(tx, a, { key, ...body, notes: body.notes ?? '' }));
      return inserted ? c.json(item, 201) : c.json(item, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'delete', path: '/cost-catalogue/{key}', tags: ['Businesscase'], summary: 'Eigen prijs of eigen post verwijderen (de landelijke post geldt dan weer)', request: { params: KeyParam }, responses: { 204: { description: 'Verwijderd' }, ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const { key } = c.req.valid('param');
      await c.get('db').transaction((tx) => commands.removeOwnItem(tx, a, key));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/business-cases/calculate', tags: ['Businesscase'], summary: 'Een businesscase doorrekenen zonder op te slaan (geen persoonsgegevens)', request: jsonBody(CalculateInput), responses: { 200: jsonContent(Result, 'Doorrekening'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const result = await c.get('db').transaction((tx) => queries.calculate(tx, a, body));
      return c.json(result, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/business-cases', tags: ['Businesscase'], summary: 'Businesscase bij een casus (en eventueel een knelpunt) opslaan: regulier pad en maatwerkpad', request: { params: IdParam, ...jsonBody(BusinessCaseInput) }, responses: { 201: jsonContent(BusinessCase, 'Opgeslagen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const caseId = c.req.valid('param').id;
      const b = await c.get('db').transaction((tx) => commands.createBusinessCase(tx, a, caseId, body));
      c.header('ETag', etagOf(b.version));
      return c.json(present(b), 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/business-cases', tags: ['Businesscase'], summary: 'Businesscases van een casus, doorgerekend', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(BusinessCase) }), 'Businesscases'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const caseId = c.req.valid('param').id;
      const items = await c.get('db').transaction((tx) => queries.businessCasesOfCase(tx, a, caseId));
      return c.json({ items: items.map(present) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/business-cases/{id}', tags: ['Businesscase'], summary: 'Eén businesscase, doorgerekend en uitgelegd', request: { params: IdParam }, responses: { 200: jsonContent(BusinessCase, 'Businesscase'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const b = await c.get('db').transaction((tx) => queries.businessCase(tx, a, id));
      c.header('ETag', etagOf(b.version));
      return c.json(present(b), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'put', path: '/business-cases/{id}', tags: ['Businesscase'], summary: 'Businesscase vervangen (If-Match verplicht)', request: { headers: IfMatch, params: IdParam, ...jsonBody(BusinessCaseInput) }, responses: { 200: jsonContent(BusinessCase, 'Vervangen'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const b = await c.get('db').transaction((tx) => commands.replaceBusinessCase(tx, a, id, version, body));
      c.header('ETag', etagOf(b.version));
      return c.json(present(b), 200);
    },
  );

  return r;
}

export { PATHS };
