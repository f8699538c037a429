// SPDX-License-Identifier: EUPL-1.2
/**
 * Patterns over HTTP: the organisation's giftige cocktails (with CSV and XLSX), the pooled regional
 * and national view, the contribution setting, and the council's report (with CSV and XLSX).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, createRouter, errorResponses, jsonBody, jsonContent, today, Uuid, type Ctx } from '../../platform/http';
import { invalid } from '../../platform/errors';
import type { Config } from '../../platform/config';
import { DEFAULT_STUCK_WORKING_DAYS, HVB_COCKTAILS, parsePeriod, quarterOf, type Period } from './model';
import * as commands from './commands';
import * as queries from './queries';
import { cocktailsCsv, cocktailsXlsx, reportCsv, reportXlsx } from './export';

const tags = ['Patronen'];
const HVB_NAMES = Object.fromEntries(HVB_COCKTAILS.map((c) => [c.key, c.name]));

const Item = z.object({ key: z.string(), kind: z.enum(['leefgebied', 'huishouden', 'knelpunt', 'wet']), label: z.string() });
const Combination = z.object({ items: z.array(Item), count: z.number().int(), stuck: z.number().int(), support: z.number(), confidence: z.number(), confidenceLow: z.number().openapi({ description: 'De kans op vastlopen die met 95% zekerheid ten minste geldt (Wilson-interval)' }), lift: z.number().nullable(), cocktails: z.array(z.string()) }).openapi('Combinatie');
const PeriodSchema = z.object({ key: z.string(), label: z.string(), from: z.string().openapi({ format: 'date' }), to: z.string().openapi({ format: 'date' }) }).openapi('Periode');
const Known = z.object({ key: z.string(), name: z.string(), parts: z.array(z.object({ label: z.string(), anyOf: z.array(z.string()) })), count: z.number().int(), stuck: z.number().int(), support: z.number(), confidence: z.number(), confidenceLow: z.number(), lift: z.number().nullable() });
const Analysis = z
  .object({
    period: PeriodSchema,
    teamId: z.string().nullable(),
    stuckWorkingDays: z.number().int(),
    minCount: z.number().int(),
    total: z.number().int(),
    totalStuck: z.number().int(),
    combinations: z.array(Combination),
    cocktails: z.array(Known),
    teams: z.array(z.object({ id: z.string(), name: z.string() })),
    contributes: z.boolean(),
  })
  .openapi('Patronen');
const PooledRow = z.object({ items: z.array(Item), count: z.number().int().nullable(), stuck: z.number().int().nullable(), confidence: z.number().nullable(), confidenceLow: z.number().nullable(), lift: z.number().nullable(), cocktails: z.array(z.string()) });
const Pooled = z
  .object({ period: PeriodSchema, level: z.enum(['regio', 'landelijk']), region: z.string().nullable(), threshold: z.number().int(), contributes: z.boolean(), contributors: z.number().int(), total: z.number().int().nullable(), totalStuck: z.number().int().nullable(), rows: z.array(PooledRow) })
  .openapi('PatronenGedeeld');
const Contribution = z.object({ contributes: z.boolean(), changedAt: z.string().nullable() }).openapi('PatronenBijdrage');
const ReportTable = z.object({
  key: z.string(),
  title: z.string(),
  unit: z.enum(['aantal', 'eurocent', 'werkdagen']),
  columns: z.array(z.string()),
  rows: z.array(z.object({ label: z.string(), cells: z.array(z.object({ value: z.number().nullable(), suppressed: z.boolean() })) })),
  note: z.string(),
});
const Report = z.object({ municipality: z.string(), period: PeriodSchema, threshold: z.number().int(), tables: z.array(ReportTable) }).openapi('Raadsrapportage');

const periode = z
  .string()
  .max(7)
  .optional()
  .openapi({ param: { name: 'periode', in: 'query' }, description: 'Kwartaal (2026-K4) of jaar (2026); standaard het lopende kwartaal', example: '2026-K4' });
const AnalysisQuery = z.object({
  periode,
  team: Uuid.optional().openapi({ param: { name: 'team', in: 'query' } }),
  werkdagen: z.coerce.number({ error: 'moet een aantal werkdagen zijn' }).int({ error: 'moet een geheel aantal werkdagen zijn' }).min(5, { error: 'moet minstens 5 werkdagen zijn' }).max(520, { error: 'mag hoogstens 520 werkdagen zijn' }).default(DEFAULT_STUCK_WORKING_DAYS).openapi({ param: { name: 'werkdagen', in: 'query' }, description: 'Een zaak die langer open is dan dit aantal werkdagen telt als vastgelopen' }),
  minimum: z.coerce.number({ error: 'moet een aantal zaken zijn' }).int({ error: 'moet een geheel aantal zijn' }).min(2, { error: 'moet minstens 2 zijn' }).max(100000, { error: 'is te groot' }).default(5).openapi({ param: { name: 'minimum', in: 'query' }, description: 'Een combinatie telt mee vanaf dit aantal zaken' }),
});
const PooledQuery = z.object({ periode, niveau: z.enum(['regio', 'landelijk'], { error: 'kies regio of landelijk' }).default('landelijk').openapi({ param: { name: 'niveau', in: 'query' } }), werkdagen: AnalysisQuery.shape.werkdagen });
const ReportQuery = z.object({ periode });

function periodOf(c: Ctx, key: string | undefined): Period {
  if (!key) return quarterOf(today(c));
  const p = parsePeriod(key);
  if (!p) throw invalid('periode', 'geef een kwartaal als 2026-K4 of een jaar als 2026');
  if (p.from > today(c)) throw invalid('periode', 'deze periode is nog niet begonnen');
  if (Number(key.slice(0, 4)) < 2000) throw invalid('periode', 'kies een jaar vanaf 2000');
  return p;
}

const fileResponse = (type: string, description: string) => ({ 200: { description, content: { [type]: { schema: z.string() } } } });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (body: string | Uint8Array, type: string, filename: string) =>
  new Response(typeof body === 'string' ? '\uFEFF' + body : (body as BodyInit), { status: 200, headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' } });

export function patternRoutes(_config: Config) {
  const r = createRouter();

  const runAnalysis = (c: Ctx, q: z.infer<typeof AnalysisQuery>) =>
    c.get('db').transaction((tx) => queries.analysis(tx, actorOf(c), { period: periodOf(c, q.periode), teamId: q.team ?? null, stuckWorkingDays: q.werkdagen, minCount: q.minimum, today: today(c) }));

  r.openapi(
    createRoute({ method: 'get', path: '/patronen', tags, summary: 'Giftige cocktails: combinaties van problemen, knelpunten en wetten bij vastgelopen zaken, met aantal, steun, betrouwbaarheid en lift', request: { query: AnalysisQuery }, responses: { 200: jsonContent(Analysis, 'Patronen'), ...errorResponses } }),
    async (c) => c.json(await runAnalysis(c, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/patronen.csv', tags, summary: 'De combinaties als CSV', request: { query: AnalysisQuery }, responses: { ...fileResponse('text/csv', 'CSV'), ...errorResponses } }),
    async (c) => {
      const a = await runAnalysis(c, c.req.valid('query'));
      return download(cocktailsCsv(a.combinations, HVB_NAMES), 'text/csv; charset=utf-8', `patronen-${a.period.key}.csv`);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/patronen.xlsx', tags, summary: 'De combinaties als Excel-bestand', request: { query: AnalysisQuery }, responses: { ...fileResponse(XLSX, 'XLSX'), ...errorResponses } }),
    async (c) => {
      const a = await runAnalysis(c, c.req.valid('query'));
      return download(await cocktailsXlsx(`Giftige cocktails — ${a.period.label}`, a.combinations, HVB_NAMES), XLSX, `patronen-${a.period.key}.xlsx`);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/patronen/gedeeld', tags, summary: 'Regionaal of landelijk beeld uit de tellingen van deelnemende organisaties; aantallen onder 10 onderdrukt', request: { query: PooledQuery }, responses: { 200: jsonContent(Pooled, 'Gedeeld beeld'), ...errorResponses } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await c.get('db').transaction((tx) => queries.pooled(tx, actorOf(c), { period: periodOf(c, q.periode), level: q.niveau, stuckWorkingDays: q.werkdagen, today: today(c) })), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/patronen/bijdrage', tags, summary: 'Of de organisatie tellingen bijdraagt aan het regionale en landelijke beeld', responses: { 200: jsonContent(Contribution, 'Bijdrage'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.contribution(tx, actorOf(c))), 200),
  );

  r.openapi(
    createRoute({ method: 'put', path: '/patronen/bijdrage', tags, summary: 'Draag tellingen (nooit gegevens van zaken) bij aan het regionale en landelijke beeld, of stop daarmee', request: { ...jsonBody(z.strictObject({ contributes: z.boolean({ error: 'moet waar of onwaar zijn' }) })) }, responses: { 200: jsonContent(Contribution, 'Bijdrage'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.setContribution(tx, a, body.contributes)), 200);
    },
  );

  const runReport = (c: Ctx, key: string | undefined) => c.get('db').transaction((tx) => queries.councilReport(tx, actorOf(c), periodOf(c, key ?? today(c).slice(0, 4)), today(c)));

  r.openapi(
    createRoute({ method: 'get', path: '/raadsrapportage', tags: ['Raadsrapportage'], summary: 'De raadsrapportage: anonieme tellingen per kwartaal en jaar, aantallen onder 10 onderdrukt', request: { query: ReportQuery }, responses: { 200: jsonContent(Report, 'Raadsrapportage'), ...errorResponses } }),
    async (c) => c.json(await runReport(c, c.req.valid('query').periode), 200),
  );
  r.openapi(
    createRoute({ method: 'get', path: '/raadsrapportage.csv', tags: ['Raadsrapportage'], summary: 'De raadsrapportage als CSV', request: { query: ReportQuery }, responses: { ...fileResponse('text/csv', 'CSV'), ...errorResponses } }),
    async (c) => {
      const rep = await runReport(c, c.req.valid('query').periode);
      return download(reportCsv(rep.municipality, rep.period.label, rep.tables), 'text/csv; charset=utf-8', `raadsrapportage-${rep.period.key}.csv`);
    },
  );
  r.openapi(
    createRoute({ method: 'get', path: '/raadsrapportage.xlsx', tags: ['Raadsrapportage'], summary: 'De raadsrapportage als Excel-bestand', request: { query: ReportQuery }, responses: { ...fileResponse(XLSX, 'XLSX'), ...errorResponses } }),
    async (c) => {
      const rep = await runReport(c, c.req.valid('query').periode);
      return download(await reportXlsx(rep.municipality, rep.period.label, rep.tables), XLSX, `raadsrapportage-${rep.period.key}.xlsx`);
    },
  );

  return r;
}
