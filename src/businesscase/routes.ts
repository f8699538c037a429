// SPDX-License-Identifier: EUPL-1.2
/** The cost catalogue and business cases per case: validate, authorise, one transaction, log. */
import { createRoute, z } from '@hono/zod-openapi';
import { hasRole, requireRole, type Actor } from '../platform/authz';
import { conflict, forbidden, invalid, notFound } from '../platform/errors';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, jsonBody, jsonContent, text, Uuid, IfMatch } from '../platform/http';
import type { Queryable } from '../platform/db';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor } from '../cases/store';
import { getKnelpunt } from '../escalation/store';
import { computeBusinessCase, FUNDERS, PATHS, UNITS, type CatalogueItem, type CostLine, type Path } from './model';
import * as store from './store';

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
type LineIn = z.infer<typeof LineInput>;
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

// ---- helpers ----

/** Resolve input lines against the catalogue into priced lines; a bad line names its field. */
export function resolveLines(catalogue: CatalogueItem[], path: Path, lines: LineIn[]): Array<CostLine & { path: Path }> {
  return lines.map((l, i) => {
    const f = (k: string) => `${path}.${i}.${k}`;
    let base: Omit<CostLine, 'quantity' | 'startMonth' | 'durationMonths' | 'probabilityPct'>;
    if (l.itemKey) {
      const item = catalogue.find((c) => c.key === l.itemKey);
      if (!item) throw invalid(f('itemKey'), 'staat niet in de kostencatalogus van uw organisatie');
      if (l.amountCents !== undefined && !l.source) throw invalid(f('source'), 'geef de bron van een afwijkende prijs');
      if (l.unit && l.unit !== item.unit) throw invalid(f('unit'), `de eenheid van deze kostenpost is "${item.unit}"`);
      base = {
        itemKey: item.key, label: l.label ?? item.label, unit: item.unit, amountCents: l.amountCents ?? item.amountCents, funder: l.funder ?? item.funder,
        source: l.amountCents !== undefined ? l.source! : item.source, year: l.amountCents !== undefined ? l.year ?? null : item.year,
      };
    } else {
      for (const k of ['label', 'unit', 'amountCents', 'funder', 'source'] as const) if (l[k] === undefined) throw invalid(f(k), 'is verplicht voor een kostenpost buiten de catalogus (of geef itemKey)');
      base = { itemKey: null, label: l.label!, unit: l.unit!, amountCents: l.amountCents!, funder: l.funder!, source: l.source!, year: l.year ?? null };
    }
    if (l.startMonth + (['one-off', 'per case'].includes(base.unit) ? 0 : l.durationMonths - 1) > 240) throw invalid(f('durationMonths'), 'startmaand plus duur mag niet verder reiken dan maand 240');
    return { ...base, path, quantity: l.quantity, startMonth: l.startMonth, durationMonths: l.durationMonths, probabilityPct: l.probabilityPct, note: l.note ?? '' };
  });
}

const resultOf = (b: store.BusinessCaseRow) =>
  computeBusinessCase({ horizonMonths: b.horizonMonths, regulier: b.lines.filter((l) => l.path === 'regulier'), maatwerk: b.lines.filter((l) => l.path === 'maatwerk') });
const present = (b: store.BusinessCaseRow) => {
  const { lines: _lines, ...rest } = b;
  return { ...rest, result: resultOf(b) };
};

function requireEditor(a: Actor) {
  if (!hasRole(a, 'professional', 'teamleider')) throw forbidden('Alleen een professional of teamleider kan een businesscase bij een casus opstellen.');
}

async function checkKnelpunt(tx: Queryable, a: Actor, caseId: string, knelpuntId: string | null | undefined) {
  if (!knelpuntId) return;
  const k = await getKnelpunt(tx, a.organisationId, knelpuntId).catch(() => null);
  if (!k || k.caseId !== caseId) throw invalid('knelpuntId', 'is geen knelpunt van deze casus');
}

/** Read access: the case's professionals (via the case room), or the own organisation's doorbraaktafel when the business case belongs to a knelpunt. */
async function readableBusinessCase(tx: Queryable, a: Actor, id: string) {
  const b = await store.getBusinessCase(tx, a.organisationId, id);
  if (!b) throw notFound('Businesscase');
  if (hasRole(a, 'professional', 'teamleider')) {
    await getCaseForActor(tx, a, b.caseId);
    return { b, purpose: 'hulpverlening' as const };
  }
  if (hasRole(a, 'doorbraaktafel') && b.knelpuntId) return { b, purpose: 'escalatie' as const };
  throw forbidden('Uw rol geeft geen toegang tot businesscases van casussen.');
}

export function businesscaseRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/cost-catalogue', tags: ['Businesscase'], summary: 'De kostencatalogus van uw organisatie: de landelijke referentie met eigen prijzen en aanvullingen (elk met bron)', responses: { 200: jsonContent(z.object({ items: z.array(CatalogueItemSchema) }), 'Catalogus'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => store.catalogueFor(tx, a.organisationId));
      return c.json({ items } as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'put', path: '/cost-catalogue/{key}', tags: ['Businesscase'], summary: 'Eigen prijs vastleggen (overschrijft de landelijke post met dezelfde sleutel) of een post toevoegen; bron verplicht', request: { params: KeyParam, ...jsonBody(OwnItemInput) }, responses: { 200: jsonContent(CatalogueItemSchema, 'Bijgewerkt'), 201: jsonContent(CatalogueItemSchema, 'Toegevoegd'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireRole(a, 'admin', 'beleid');
      const { key } = c.req.valid('param');
      const body = c.req.valid('json');
      const { item, inserted } = await c.get('db').transaction(async (tx) => {
        const inserted = await store.upsertOwnItem(tx, a.organisationId, { key, ...body, notes: body.notes ?? '' });
        return { inserted, item: (await store.catalogueFor(tx, a.organisationId)).find((i) => i.key === key)! };
      });
      return c.json(item as any, inserted ? 201 : 200);
    },
  );

  r.openapi(
    createRoute({ method: 'delete', path: '/cost-catalogue/{key}', tags: ['Businesscase'], summary: 'Eigen prijs of eigen post verwijderen (de landelijke post geldt dan weer)', request: { params: KeyParam }, responses: { 204: { description: 'Verwijderd' }, ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireRole(a, 'admin', 'beleid');
      await c.get('db').transaction((tx) => store.deleteOwnItem(tx, a.organisationId, c.req.valid('param').key));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/business-cases/calculate', tags: ['Businesscase'], summary: 'Een businesscase doorrekenen zonder op te slaan (geen persoonsgegevens)', request: jsonBody(CalculateInput), responses: { 200: jsonContent(Result, 'Doorrekening'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const catalogue = await c.get('db').transaction((tx) => store.catalogueFor(tx, a.organisationId));
      const result = computeBusinessCase({ horizonMonths: body.horizonMonths, regulier: resolveLines(catalogue, 'regulier', body.regulier), maatwerk: resolveLines(catalogue, 'maatwerk', body.maatwerk) });
      return c.json(result as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/business-cases', tags: ['Businesscase'], summary: 'Businesscase bij een casus (en eventueel een knelpunt) opslaan: regulier pad en maatwerkpad', request: { params: IdParam, ...jsonBody(BusinessCaseInput) }, responses: { 201: jsonContent(BusinessCase, 'Opgeslagen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const body = c.req.valid('json');
      const caseId = c.req.valid('param').id;
      const b = await c.get('db').transaction(async (tx) => {
        const cs = await getCaseForActor(tx, a, caseId, { forUpdate: true });
        if (cs.status === 'gesloten') throw conflict('Deze casus is gesloten.', 'casus_gesloten');
        await checkKnelpunt(tx, a, cs.id, body.knelpuntId);
        const catalogue = await store.catalogueFor(tx, a.organisationId);
        const lines = [...resolveLines(catalogue, 'regulier', body.regulier), ...resolveLines(catalogue, 'maatwerk', body.maatwerk)];
        const b = await store.insertBusinessCase(tx, a, { caseId: cs.id, knelpuntId: body.knelpuntId ?? null, title: body.title, horizonMonths: body.horizonMonths, lines });
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'businesscase', resourceId: b.id, caseId: cs.id, householdId: cs.householdId, fields: ['title', 'horizonMonths', 'regulier', 'maatwerk'], purpose: 'hulpverlening' });
        return b;
      });
      c.header('ETag', etagOf(b.version));
      return c.json(present(b) as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/business-cases', tags: ['Businesscase'], summary: 'Businesscases van een casus, doorgerekend', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(BusinessCase) }), 'Businesscases'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction(async (tx) => {
        if (!hasRole(a, 'professional', 'teamleider')) throw forbidden('Uw rol geeft geen toegang tot businesscases van casussen.');
        const cs = await getCaseForActor(tx, a, c.req.valid('param').id);
        const list = await store.listForCase(tx, a.organisationId, cs.id);
        if (list.length) await logProcessing(tx, a, { action: 'lezen', resource: 'businesscase', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['businesscases'], purpose: 'hulpverlening' });
        return list;
      });
      return c.json({ items: items.map(present) } as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/business-cases/{id}', tags: ['Businesscase'], summary: 'Eén businesscase, doorgerekend en uitgelegd', request: { params: IdParam }, responses: { 200: jsonContent(BusinessCase, 'Businesscase'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const b = await c.get('db').transaction(async (tx) => {
        const { b, purpose } = await readableBusinessCase(tx, a, c.req.valid('param').id);
        await logProcessing(tx, a, { action: 'lezen', resource: 'businesscase', resourceId: b.id, caseId: b.caseId, fields: ['title', 'regulier', 'maatwerk'], purpose });
        return b;
      });
      c.header('ETag', etagOf(b.version));
      return c.json(present(b) as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'put', path: '/business-cases/{id}', tags: ['Businesscase'], summary: 'Businesscase vervangen (If-Match verplicht)', request: { headers: IfMatch, params: IdParam, ...jsonBody(BusinessCaseInput) }, responses: { 200: jsonContent(BusinessCase, 'Vervangen'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const b = await c.get('db').transaction(async (tx) => {
        const { b: cur } = await readableBusinessCase(tx, a, c.req.valid('param').id);
        await checkKnelpunt(tx, a, cur.caseId, body.knelpuntId);
        const catalogue = await store.catalogueFor(tx, a.organisationId);
        const lines = [...resolveLines(catalogue, 'regulier', body.regulier), ...resolveLines(catalogue, 'maatwerk', body.maatwerk)];
        const b = await store.replaceBusinessCase(tx, a.organisationId, cur.id, version, { title: body.title, horizonMonths: body.horizonMonths, knelpuntId: body.knelpuntId ?? null, lines });
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'businesscase', resourceId: b.id, caseId: b.caseId, fields: ['title', 'horizonMonths', 'regulier', 'maatwerk'], purpose: 'hulpverlening' });
        return b;
      });
      c.header('ETag', etagOf(b.version));
      return c.json(present(b) as any, 200);
    },
  );

  return r;
}

export { PATHS };
