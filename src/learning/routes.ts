// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bibliotheek over HTTP: search with facets, one entry, its versions, the organisation's own desk,
 * the patterns for the policy adviser, and the four-eyes publication steps. Sharing from a knelpunt,
 * "Elders opgelost" and reuse are in knelpunt-routes.ts (they read the escalation and cases rooms).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, IfMatch, ifMatchVersion, jsonBody, jsonContent, text, unprocessableResponse, Uuid, type Ctx } from '../platform/http';
import { ORGANISATION_KINDS } from '../accounts/model';
import type { Config } from '../platform/config';
import { AGE_BANDS, ENTRY_OUTCOMES, ENTRY_STATUSES } from './model';
import * as commands from './commands';
import * as queries from './queries';

const tags = ['Bibliotheek'];

export const Segment = z.union([z.object({ text: z.string() }), z.object({ removed: z.string(), replacement: z.string(), kind: z.string() })]);
export const FieldPreview = z.object({ field: z.enum(['title', 'situation', 'breakthrough']), segments: z.array(Segment) }).openapi('DoorbraakVoorvertoning');
const Cost = z.object({ funder: z.string(), regulierCents: z.number().int(), maatwerkCents: z.number().int() });

export const VersionSchema = z
  .object({
    number: z.number().int(),
    title: z.string(),
    situation: z.string(),
    breakthrough: z.string(),
    blockingLaw: z.string(),
    blockingArticle: z.string(),
    organisationKind: z.string(),
    knelpuntType: z.string(),
    decidedLevel: z.string(),
    outcome: z.enum(ENTRY_OUTCOMES),
    workingDays: z.number().int().nullable(),
    costs: z.array(Cost),
    lifeDomains: z.array(z.string()),
    householdShape: z.array(z.object({ role: z.string(), ageBand: z.enum(AGE_BANDS) })),
    municipality: z.string(),
    year: z.number().int(),
    removalCounts: z.record(z.string(), z.number().int()),
    changeNote: z.string(),
    createdAt: z.string(),
  })
  .openapi('DoorbraakVersie');

const Reuse = z.object({ count: z.number().int(), municipalities: z.array(z.object({ municipality: z.string(), count: z.number().int() })) });

export const EntrySchema = z
  .object({
    id: z.string(),
    status: z.enum(ENTRY_STATUSES),
    own: z.boolean(),
    mine: z.boolean(),
    mayApprove: z.boolean(),
    knelpuntId: z.string().nullable(),
    version: z.number().int(),
    approvedAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    current: VersionSchema.nullable(),
    pending: VersionSchema.nullable(),
    reuse: Reuse,
    isDemo: z.boolean(),
  })
  .openapi('Doorbraak');

const Hit = z
  .object({
    id: z.string(),
    title: z.string(),
    snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
    blockingLaw: z.string(),
    blockingArticle: z.string(),
    organisationKind: z.string(),
    knelpuntType: z.string(),
    outcome: z.enum(ENTRY_OUTCOMES),
    lifeDomains: z.array(z.string()),
    municipality: z.string(),
    year: z.number().int(),
    workingDays: z.number().int().nullable(),
    reuseCount: z.number().int(),
  })
  .openapi('DoorbraakZoekresultaat');
const FacetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));
const SearchResult = z.object({
  items: z.array(Hit),
  total: z.number().int().openapi({ description: 'Het aantal gevonden doorbraken; bij totalCapped een ondergrens: er zijn er meer dan dit.' }),
  totalCapped: z.boolean().openapi({ description: 'Waar: de zoekvraag past op meer dan 1.000 doorbraken; total is dan 1.000 en de pagina is het best passende deel van de eerste 1.000 gelezen doorbraken.' }),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({ law: FacetCounts, lifeDomain: FacetCounts, organisationKind: FacetCounts, municipality: FacetCounts, year: FacetCounts, outcome: FacetCounts }),
  facetsCapped: z.array(z.enum(queries.FACETS)).openapi({ description: 'De filters waarvan de aantallen minimums zijn: geteld in de eerste 1.000 gelezen doorbraken.' }),
});

const SearchQuery = z.object({
  q: text(200).optional().openapi({ param: { name: 'q', in: 'query' }, description: 'Zoekwoorden, in uw eigen woorden' }),
  wet: text(120).optional().openapi({ param: { name: 'wet', in: 'query' } }),
  leefgebied: text(60).optional().openapi({ param: { name: 'leefgebied', in: 'query' } }),
  organisatiesoort: text(60).optional().openapi({ param: { name: 'organisatiesoort', in: 'query' } }),
  gemeente: text(120).optional().openapi({ param: { name: 'gemeente', in: 'query' } }),
  jaar: z.coerce.number().int().min(1990).max(2100).optional().openapi({ param: { name: 'jaar', in: 'query' } }),
  uitkomst: z.enum(ENTRY_OUTCOMES).optional().openapi({ param: { name: 'uitkomst', in: 'query' } }),
  page: z.coerce.number().int().min(1).max(10_000).default(1).openapi({ param: { name: 'page', in: 'query' } }),
  pageSize: z.coerce.number().int().min(1).max(50).default(20).openapi({ param: { name: 'pageSize', in: 'query' } }),
});

const Desk = z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(ENTRY_STATUSES), mine: z.boolean(), updatedAt: z.string(), version: z.number().int() })) });
const Patterns = z.object({
  blockages: z.array(z.object({ blockingLaw: z.string(), blockingArticle: z.string(), entries: z.number().int(), municipalities: z.number().int() })),
  spreading: z.array(z.object({ id: z.string(), title: z.string(), municipality: z.string(), reuseCount: z.number().int(), reuseMunicipalities: z.number().int() })),
}).openapi('DoorbraakPatronen');
const EntryState = z.object({ id: z.string(), status: z.enum(ENTRY_STATUSES), version: z.number().int() }).openapi('DoorbraakStatus');

const state = (c: Ctx, e: { id: string; status: (typeof ENTRY_STATUSES)[number]; version: number }) => {
  c.header('ETag', etagOf(e.version));
  return { id: e.id, status: e.status, version: e.version };
};

export function learningRoutes(_config: Config) {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/doorbraken', tags, summary: 'Zoek gepubliceerde doorbraken (Nederlandse stammen, tikfouten toegestaan) met filters en aantallen per filter', request: { query: SearchQuery }, responses: { 200: jsonContent(SearchResult, 'Resultaten'), ...errorResponses } }),
    async (c) => {
      actorOf(c);
      const q = c.req.valid('query');
      const out = await c.get('db').transaction((tx) =>
        queries.search(tx, q.q ?? '', { law: q.wet, lifeDomain: q.leefgebied, organisationKind: q.organisatiesoort, municipality: q.gemeente, year: q.jaar, outcome: q.uitkomst }, q.page, q.pageSize),
      );
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/doorbraken/eigen', tags, summary: 'Concepten en doorbraken die wachten op goedkeuring, van de eigen organisatie', responses: { 200: jsonContent(Desk, 'Eigen concepten'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.ownDesk(tx, actorOf(c))), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/doorbraken/patronen', tags, summary: 'Welke blokkades vaak terugkomen en welke doorbraken zich verspreiden', responses: { 200: jsonContent(Patterns, 'Patronen'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.patterns(tx, actorOf(c))), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/doorbraken/{id}', tags, summary: 'Eén doorbraak met hergebruik', request: { params: IdParam }, responses: { 200: jsonContent(EntrySchema, 'Doorbraak'), ...errorResponses } }),
    async (c) => {
      const e = await c.get('db').transaction((tx) => queries.entry(tx, actorOf(c), c.req.valid('param').id));
      c.header('ETag', etagOf(e.version));
      return c.json(e, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/doorbraken/{id}/versies', tags, summary: 'De versies van een doorbraak (correcties met geschiedenis)', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(VersionSchema) }), 'Versies'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.versions(tx, actorOf(c), c.req.valid('param').id)), 200),
  );

  const stateRoute = (path: string, summary: string) =>
    createRoute({ method: 'post', path, tags, summary, request: { params: IdParam, headers: IfMatch }, responses: { 200: jsonContent(EntryState, 'Nieuwe status'), ...errorResponses, ...conflictResponses } });

  r.openapi(stateRoute('/doorbraken/{id}/indienen', 'Bied een concept of correctie aan ter goedkeuring'), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    const e = await c.get('db').transaction((tx) => commands.submit(tx, a, c.req.valid('param').id, v));
    return c.json(state(c, e), 200);
  });

  r.openapi(stateRoute('/doorbraken/{id}/goedkeuren', 'Keur de publicatie goed (vier ogen: niet de auteur)'), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    const e = await c.get('db').transaction((tx) => commands.approve(tx, a, c.req.valid('param').id, v));
    return c.json(state(c, e), 200);
  });

  r.openapi(
    createRoute({
      method: 'post',
      path: '/doorbraken/{id}/intrekken',
      tags,
      summary: 'Trek een doorbraak in (auteur of privacyfunctionaris); hij verdwijnt meteen uit het zoeken',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(z.strictObject({ reason: text(1000, 3) })) },
      responses: { 200: jsonContent(EntryState, 'Ingetrokken'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const v = ifMatchVersion(c)!;
      const e = await c.get('db').transaction((tx) => commands.withdraw(tx, a, c.req.valid('param').id, v, c.req.valid('json').reason));
      return c.json(state(c, e), 200);
    },
  );

  const TextInput = { title: text(200, 3), situation: text(5000, 10), breakthrough: text(5000, 10) };
  const WithPreview = z.object({ entry: EntryState, preview: z.array(FieldPreview), removalCounts: z.record(z.string(), z.number().int()) }).openapi('DoorbraakConcept');

  r.openapi(
    createRoute({
      method: 'post',
      path: '/knelpunten/{id}/doorbraak',
      tags,
      summary: 'Deel als doorbraak: een geanonimiseerd concept met een voorvertoning van alles wat is weggehaald',
      request: { params: IdParam, ...jsonBody(z.strictObject({ organisationKind: z.enum(ORGANISATION_KINDS) })) },
      responses: { 201: jsonContent(WithPreview, 'Concept'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction((tx) => commands.shareFromKnelpunt(tx, a, c.req.valid('param').id, c.req.valid('json').organisationKind));
      return c.json({ entry: state(c, out.entry), preview: out.preview, removalCounts: out.removalCounts as Record<string, number> }, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/doorbraken/{id}',
      tags,
      summary: 'Bewerk de tekst van een concept (opnieuw geanonimiseerd; na indienen weer concept)',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(z.strictObject(TextInput)) },
      responses: { 200: jsonContent(WithPreview, 'Bewerkt'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const v = ifMatchVersion(c)!;
      const out = await c.get('db').transaction((tx) => commands.editEntryText(tx, a, c.req.valid('param').id, v, c.req.valid('json')));
      return c.json({ entry: state(c, out.entry), preview: out.preview, removalCounts: out.removalCounts as Record<string, number> }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/doorbraken/{id}/correcties',
      tags,
      summary: 'Corrigeer een gepubliceerde doorbraak: een nieuwe versie die na goedkeuring de oude vervangt',
      request: { params: IdParam, headers: IfMatch, ...jsonBody(z.strictObject({ ...TextInput, changeNote: text(500, 3) })) },
      responses: { 200: jsonContent(WithPreview, 'Correctie'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const v = ifMatchVersion(c)!;
      const { changeNote, ...t } = c.req.valid('json');
      const out = await c.get('db').transaction((tx) => commands.correctEntry(tx, a, c.req.valid('param').id, v, t, changeNote));
      return c.json({ entry: state(c, out.entry), preview: out.preview, removalCounts: out.removalCounts as Record<string, number> }, 200);
    },
  );

  const Similar = z.object({
    items: z.array(z.object({ id: z.string(), title: z.string(), municipality: z.string(), year: z.number().int(), outcome: z.enum(ENTRY_OUTCOMES), blockingLaw: z.string(), blockingArticle: z.string(), score: z.number(), reasons: z.array(z.string()) })),
  }).openapi('EldersOpgelost');
  r.openapi(
    createRoute({ method: 'get', path: '/knelpunten/{id}/vergelijkbare-doorbraken', tags, summary: 'Elders opgelost: de vijf meest vergelijkbare gepubliceerde doorbraken, met de reden', request: { params: IdParam }, responses: { 200: jsonContent(Similar, 'Vergelijkbare doorbraken'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.similarForKnelpunt(tx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/doorbraken/{id}/hergebruik',
      tags,
      summary: 'Deze doorbraak gebruik ik: koppel hem aan een eigen knelpunt',
      request: { params: IdParam, ...jsonBody(z.strictObject({ knelpuntId: Uuid })) },
      responses: { 200: jsonContent(z.object({ added: z.boolean(), reuse: Reuse }), 'Gekoppeld'), ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => commands.reuseOnKnelpunt(tx, a, c.req.valid('param').id, c.req.valid('json').knelpuntId)), 200);
    },
  );

  return r;
}
