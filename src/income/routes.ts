// SPDX-License-Identifier: EUPL-1.2
/**
 * Income security over HTTP: household evaluations (one or a batch), the three scenarios, and the
 * same on inputs stored on a case (with the processing log). Every body and every answer has its
 * zod schema (profile.ts, scenarios/*.ts, schemas.ts), so the OpenAPI document describes them
 * and the validation names every field in Dutch as the room's own parsers do (`incomeHook`).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler, TypedResponse } from 'hono';
import { ProblemSchema, actorOf, conflictResponses, createRouter, errorResponses, etagOf, ifMatchVersion, IsoDate, jsonBody, jsonContent, Uuid, today, IfMatchOptional, type AppEnv } from '../platform/http';
import { allowInlineStyle } from '../platform/security';
import { evaluate, MAX_BATCH, unwrapAnswer, type IncomeTask } from './compute';
import { GEMEENTE_IDS, SUPPORTED_LAWS, SUPPORTED_SCHEMES } from './index';
import { checkInput, INPUT_KINDS } from './model';
import { runIncomeTask } from './pool';
import { HouseholdProfileSchema } from './profile';
import { enforce, mayManageSchemes, mayWorkWithCaseIncome } from './policy';
import { caseIncomeForRun, derivedProfileForCase, listCaseIncome, loonreeksRunInput, repaymentForecastForCase } from './queries';
import { LedenInkomenSchema, TerugbetalingInvoerSchema } from './derived';
import { LoonreeksSchema } from './loonreeks';
import { putCaseIncome } from './commands';
import { MINIMA_REPORT_CSS } from './report/minima-report';
import { CashflowInputSchema } from './scenarios/cashflow';
import { FluctuatingInputSchema } from './scenarios/fluctuating';
import { MinimaInputSchema } from './scenarios/minima';
import { AfgeleidProfielSchema, BatchSchema, CashflowResultSchema, EvaluationSchema, FluctuatingResultSchema, LawsSchema, MinimaRapportSchema, TerugbetalingPrognoseSchema } from './schemas';
import { incomeHook } from './validation';
import { isIsoDate } from './dates';
import { addSchemeVersion } from './commands';
import { listSchemes, organisationSchemeConfig, schemeVersionOn } from './queries';
import { exportVersion, RegelingenVersieInvoerSchema } from './schemes';
import { getSimulation, startSimulation } from './simulations';
import { SimulatieInvoerSchema, type PopulationChunk } from './scenarios/population';
import { RegelingenOverzichtSchema, RegelingenVersieSchema, SimulatieJobSchema } from './schemas';
import type { Context } from 'hono';

/** The organisation's own schemes in force on `datum` (null: none stored, or no valid date). */
async function ownSchemes(c: Context<AppEnv>, datum: unknown) {
  if (typeof datum !== 'string' || !isIsoDate(datum)) return null;
  const orgId = actorOf(c).organisationId;
  return c.get('db').transaction((tx) => organisationSchemeConfig(tx, orgId, datum));
}

// The printable report opens as a blob: page under the web app's policy: allow its one style block.
allowInlineStyle(MINIMA_REPORT_CSS);

/** The answer type of each pooled task, as its route's schema describes it. */
interface TaskResults {
  batch: z.infer<typeof BatchSchema>;
  fluctuating: z.infer<typeof FluctuatingResultSchema>;
  cashflow: z.infer<typeof CashflowResultSchema>;
  minima: z.infer<typeof MinimaRapportSchema>;
  population: PopulationChunk;
}

/**
 * Compute in the worker pool and send the finished body as the worker serialised it (the pooled
 * answer stays byte for byte the in-process one); a refusal comes back as a Problem. The body is
 * the JSON of a `TaskResults[kind]` (compute.ts, held to the schemas in schemas.ts), which is what
 * the typed response says; CSV and HTML are plain text.
 */
async function pooled<T extends IncomeTask>(task: T): Promise<Response & TypedResponse<TaskResults[T['kind']], 200, 'json'>> {
  const a = unwrapAnswer(await runIncomeTask(task));
  const headers: Record<string, string> = { 'Content-Type': a.contentType, ...(a.filename ? { 'Content-Disposition': `attachment; filename="${a.filename}"` } : {}) };
  return new Response(a.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers }) as Response & TypedResponse<TaskResults[T['kind']], 200, 'json'>;
}

/** Case-file work: a role that may not is refused before its body is judged. */
const caseIncomeRole: MiddlewareHandler<AppEnv> = async (c, next) => {
  enforce(mayWorkWithCaseIncome(actorOf(c)));
  await next();
};

/**
 * A stored input is judged by the schema of its kind, which names its fields (the body's schema in
 * the document is the union of the three, which cannot); an unknown kind or a body that is no JSON
 * is left to the route's own validation.
 */
const bodyOfItsKind: MiddlewareHandler<AppEnv> = async (c, next) => {
  const kind = INPUT_KINDS.find((k) => k === c.req.param('kind'));
  const body: unknown = await c.req.json().catch(() => undefined);
  if (kind && body !== undefined) checkInput(kind, body);
  await next();
};

/** Policy work (the own schemes, the simulations): a role that may not is refused before its body is judged. */
const beleidRole: MiddlewareHandler<AppEnv> = async (c, next) => {
  enforce(mayManageSchemes(actorOf(c)));
  await next();
};

const CaseParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });
const KindParams = CaseParams.extend({ kind: z.enum(INPUT_KINDS).openapi({ param: { name: 'kind', in: 'path' } }) });
const StoredBody = z.union([HouseholdProfileSchema, FluctuatingInputSchema, CashflowInputSchema, LedenInkomenSchema, LoonreeksSchema]);
/** What is stored is what was sent, once the schema of its kind accepted it. */
const StoredInputSchema = z
  .object({
    kind: z.enum(INPUT_KINDS),
    input: z.unknown().openapi({ description: 'Zoals opgeslagen: een Huishoudprofiel, WisselendInkomenInvoer, HuishoudboekjeInvoer, LedenInkomen of Loonreeks (naar kind)', oneOf: [{ $ref: '#/components/schemas/Huishoudprofiel' }, { $ref: '#/components/schemas/WisselendInkomenInvoer' }, { $ref: '#/components/schemas/HuishoudboekjeInvoer' }, { $ref: '#/components/schemas/LedenInkomen' }, { $ref: '#/components/schemas/Loonreeks' }] }),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('CaseIncomeInput');

export function incomeRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/income/laws', tags: ['Inkomen'], summary: 'De wetten en gemeentelijke regelingen die de rekenregels kennen, met hun grondslag', responses: { 200: jsonContent(LawsSchema, 'Wetten en regelingen'), ...errorResponses } }),
    (c) => c.json({ wetten: SUPPORTED_LAWS, regelingen: SUPPORTED_SCHEMES, gemeenten: [...GEMEENTE_IDS] }, 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/evaluations',
      tags: ['Inkomen'],
      summary: 'Bijstand, toeslagen en gemeentelijke regelingen voor één huishoudprofiel op een datum, met uitleg per bedrag',
      request: jsonBody(z.strictObject({ datum: IsoDate, profiel: HouseholdProfileSchema })),
      responses: { 200: jsonContent(EvaluationSchema, 'De berekening met uitleg (stappen met wetsartikel en parameters) en als tekst'), ...errorResponses },
    }),
    async (c) => {
      const { datum, profiel } = c.req.valid('json');
      return c.json(evaluate(profiel, datum, 'profiel', await ownSchemes(c, datum)), 200);
    },
    incomeHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/evaluations/batch',
      tags: ['Inkomen'],
      summary: `Veel huishoudens tegelijk (hoogstens ${MAX_BATCH}); per huishouden de uitkomst of de fout`,
      request: jsonBody(
        z.strictObject({
          datum: IsoDate,
          // Each profile is judged on its own: a bad one comes back as the error at its index.
          profielen: z
            .array(z.unknown().openapi({ allOf: [{ $ref: '#/components/schemas/Huishoudprofiel' }] }))
            .min(1, { error: 'geef minstens één profiel' })
            .max(MAX_BATCH, { error: `hoogstens ${MAX_BATCH} profielen per keer` })
            .openapi({ description: 'Huishoudprofielen; een ongeldig profiel komt terug als fout bij zijn index' }),
          uitleg: z.boolean().optional().openapi({ description: 'Met uitleg per bedrag (anders alleen de bedragen)' }),
        }),
      ),
      responses: { 200: jsonContent(BatchSchema, 'Per profiel de uitkomst of de fout'), ...errorResponses },
    }),
    async (c) => {
      const { datum, profielen, uitleg } = c.req.valid('json');
      return pooled({ kind: 'batch', datum, profielen, uitleg, gemeente: await ownSchemes(c, datum) });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/scenarios/fluctuating-income',
      tags: ['Inkomen'],
      summary: 'Wisselend inkomen maand voor maand onder drie regimes: verrekening achteraf, Bestaansbalans-buffer, Drechtsteden-voorschot',
      request: jsonBody(FluctuatingInputSchema),
      responses: { 200: jsonContent(FluctuatingResultSchema, 'Per regime de betalingen met datum, aantallen en totalen; grafiek als SVG'), ...errorResponses },
    }),
    async (c) => pooled({ kind: 'fluctuating', input: await c.req.json() }),
    incomeHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/scenarios/cash-flow',
      tags: ['Inkomen'],
      summary: 'Huishoudboekje: saldo per dag, dagen rood en grootste tekort; daarna het plan met één rekening, vaste lasten op de vervaldag en wekelijks leefgeld',
      request: jsonBody(CashflowInputSchema),
      responses: { 200: jsonContent(CashflowResultSchema, 'Kasstroom per dag en het plan met de benodigde buffer'), ...errorResponses },
    }),
    async (c) => pooled({ kind: 'cashflow', input: await c.req.json() }),
    incomeHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/scenarios/minima-effect',
      tags: ['Inkomen'],
      summary: 'Minima-effectrapportage: besteedbaar inkomen met en zonder gemeentelijke regelingen over een inkomensbereik, en de armoedeval; als JSON, CSV of afdrukbare HTML',
      request: {
        query: z.object({ formaat: z.enum(['json', 'csv', 'html']).default('json').openapi({ param: { name: 'formaat', in: 'query' } }) }),
        ...jsonBody(MinimaInputSchema),
      },
      responses: { 200: { description: 'Het rapport', content: { 'application/json': { schema: MinimaRapportSchema }, 'text/csv': { schema: z.string() }, 'text/html': { schema: z.string() } } }, ...errorResponses },
    }),
    async (c) => {
      const input: unknown = await c.req.json();
      const datum = typeof input === 'object' && input !== null ? (input as { datum?: unknown }).datum : undefined;
      return pooled({ kind: 'minima', input, formaat: c.req.valid('query').formaat, gemeente: await ownSchemes(c, datum) });
    },
    incomeHook,
  );

  // ---- inputs stored on a case ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/income', tags: ['Inkomen'], summary: 'De inkomensgegevens die op de casus zijn opgeslagen', middleware: [caseIncomeRole] as const, request: { params: CaseParams }, responses: { 200: jsonContent(z.object({ items: z.array(StoredInputSchema) }), 'Opgeslagen gegevens'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => listCaseIncome(tx, a, c.req.valid('param').id));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/income/profiel',
      tags: ['Inkomen'],
      summary: 'Het inkomensprofiel van de casus, afgeleid uit het huishouden van de casus (gezinsleden op id), de gemeentecode van de organisatie en het inkomen per gezinslid',
      middleware: [caseIncomeRole] as const,
      request: { params: CaseParams },
      responses: { 200: jsonContent(AfgeleidProfielSchema, 'Het afgeleide profiel met de gezinsleden'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => derivedProfileForCase(tx, a, c.req.valid('param').id)), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/cases/{id}/income/{kind}',
      tags: ['Inkomen'],
      summary: 'Inkomensgegevens op de casus opslaan: het huishoudprofiel, een reeks wisselende lonen of het huishoudboekje (If-Match om te vervangen)',
      middleware: [caseIncomeRole, bodyOfItsKind] as const,
      request: { headers: IfMatchOptional, params: KindParams, ...jsonBody(StoredBody.openapi({ description: 'Naar kind: een Huishoudprofiel, WisselendInkomenInvoer, HuishoudboekjeInvoer, LedenInkomen (inkomen per gezinslid) of Loonreeks (wisselend loon, het huishouden komt uit de casus)' })) },
      responses: { 200: jsonContent(StoredInputSchema, 'Opgeslagen'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const { id, kind } = c.req.valid('param');
      // What is stored is the body as sent (not the parsed one with its defaults filled in).
      const body: unknown = await c.req.json();
      const version = ifMatchVersion(c, false);
      const saved = await c.get('db').transaction((tx) => putCaseIncome(tx, a, id, kind, body, version));
      c.header('ETag', etagOf(saved.version));
      return c.json(saved, 200);
    },
    incomeHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/income/{kind}/run',
      tags: ['Inkomen'],
      summary: 'De berekening of het scenario uitvoeren op de opgeslagen gegevens van de casus',
      middleware: [caseIncomeRole] as const,
      request: { params: KindParams, ...jsonBody(z.strictObject({ datum: IsoDate.optional() })) },
      responses: { 200: jsonContent(z.union([EvaluationSchema, FluctuatingResultSchema, CashflowResultSchema]), 'Naar kind: de berekening met uitleg, het wisselend inkomen of het huishoudboekje'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const { id, kind } = c.req.valid('param');
      const datum = c.req.valid('json').datum ?? today(c);
      if (kind === 'inkomen-leden') {
        // The household comes from the case itself, the municipality from the organisation.
        const d = await c.get('db').transaction((tx) => derivedProfileForCase(tx, a, id));
        const e = evaluate(d.profiel, datum, 'afgeleid profiel', await ownSchemes(c, datum));
        return c.json({ ...e, waarschuwingen: [...d.waarschuwingen, ...e.waarschuwingen] }, 200);
      }
      if (kind === 'loonreeks') {
        // The wages of the case on the household of the case itself (no second copy of it).
        const input = await c.get('db').transaction((tx) => loonreeksRunInput(tx, a, id));
        return pooled({ kind: 'fluctuating', input });
      }
      const input = await c.get('db').transaction((tx) => caseIncomeForRun(tx, a, id, kind));
      if (kind === 'huishouden') return c.json(evaluate(input, datum, 'opgeslagen profiel', await ownSchemes(c, datum)), 200);
      return pooled({ kind: kind === 'wisselend-inkomen' ? 'fluctuating' : 'cashflow', input });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/income/terugbetaling',
      tags: ['Inkomen'],
      summary: 'Prognose: welke toeslagen na het jaar worden teruggevorderd of nabetaald als het inkomen in de loop van het jaar verandert (voorschot tegenover definitieve toekenning, Awir)',
      middleware: [caseIncomeRole] as const,
      request: { params: CaseParams, ...jsonBody(TerugbetalingInvoerSchema) },
      responses: { 200: jsonContent(TerugbetalingPrognoseSchema, 'Per toeslag de voorschotten, het definitieve bedrag en het verschil, niet en wel doorgegeven, met uitleg'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => repaymentForecastForCase(tx, a, c.req.valid('param').id, body)), 200);
    },
    incomeHook,
  );
  // ---- the organisation's own schemes (ADR 0024) ----
  const DatumQuery = z.object({ datum: IsoDate.optional().openapi({ param: { name: 'datum', in: 'query' }, description: 'Peildatum; standaard vandaag' }) });
  r.openapi(
    createRoute({ method: 'get', path: '/income/regelingen', tags: ['Inkomen'], summary: 'De gemeentelijke regelingen van de organisatie: alle versies en de versie die op de peildatum geldt', request: { query: DatumQuery }, responses: { 200: jsonContent(RegelingenOverzichtSchema, 'Versies'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const datum = c.req.valid('query').datum ?? today(c);
      return c.json(await c.get('db').transaction((tx) => listSchemes(tx, a, datum)), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/regelingen',
      tags: ['Inkomen'],
      summary: 'Een nieuwe versie van de gemeentelijke regelingen vastleggen, geldig vanaf een datum (ook voor een geïmporteerd bestand); oudere versies blijven bewaard',
      middleware: [beleidRole] as const,
      request: jsonBody(RegelingenVersieInvoerSchema),
      responses: { 201: jsonContent(RegelingenVersieSchema, 'De nieuwe versie'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body: unknown = await c.req.json();
      return c.json(await c.get('db').transaction((tx) => addSchemeVersion(tx, a, body)), 201);
    },
    incomeHook,
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/income/regelingen/export',
      tags: ['Inkomen'],
      summary: 'De versie die op de peildatum geldt als JSON-bestand, in het formaat dat de import weer aanneemt',
      request: { query: DatumQuery },
      responses: { 200: jsonContent(RegelingenVersieInvoerSchema, 'Het exportbestand'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const datum = c.req.valid('query').datum ?? today(c);
      const v = await c.get('db').transaction((tx) => schemeVersionOn(tx, a, datum));
      c.header('Content-Disposition', `attachment; filename="gemeentelijke-regelingen-vanaf-${v.geldigVanaf}.json"`);
      return c.json(exportVersion(v), 200);
    },
  );

  // ---- simulations for a whole municipality (ADR 0024) ----
  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/simulaties',
      tags: ['Inkomen'],
      summary: 'Een Bestaansbalans-simulatie voor een hele populatie starten (in de rekenpool); volg de voortgang met GET op de simulatie',
      middleware: [beleidRole] as const,
      request: jsonBody(SimulatieInvoerSchema),
      responses: { 202: jsonContent(SimulatieJobSchema, 'De gestarte simulatie'), ...errorResponses, 429: { description: 'Te veel simulaties tegelijk', content: { 'application/problem+json': { schema: ProblemSchema } } } },
    }),
    async (c) => {
      const job = startSimulation(actorOf(c), await c.req.json());
      c.header('Location', `/api/v1/income/simulaties/${job.id}`);
      return c.json(job, 202);
    },
    incomeHook,
  );
  r.openapi(
    createRoute({ method: 'get', path: '/income/simulaties/{id}', tags: ['Inkomen'], summary: 'De voortgang en, als ze klaar is, de uitkomst van een simulatie', request: { params: CaseParams }, responses: { 200: jsonContent(SimulatieJobSchema, 'De simulatie'), ...errorResponses } }),
    (c) => c.json(getSimulation(actorOf(c), c.req.valid('param').id), 200),
  );

  return r;
}
