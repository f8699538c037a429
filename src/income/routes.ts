// SPDX-License-Identifier: EUPL-1.2
/**
 * Income security over HTTP: household evaluations (one or a batch), the three scenarios, and the
 * same on inputs stored on a case (with the processing log). The income room's own parsers are the
 * validation (they name every field in Dutch); the zod envelopes here describe the bodies for the
 * OpenAPI document and check the parts that are not the engine's.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { forbidden } from '../platform/errors';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, ifMatchVersion, IsoDate, jsonBody, jsonContent, Uuid, today, IfMatchOptional } from '../platform/http';
import type { Actor } from '../platform/authz';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor } from '../cases/store';
import { canEditCase } from '../cases/model';
import { parseCashflowInput, parseFluctuatingInput, parseHouseholdProfile, SUPPORTED_LAWS, SUPPORTED_SCHEMES, GEMEENTE_IDS } from './index';
import { evaluate, MAX_BATCH, unwrapAnswer, type IncomeTask } from './compute';
import { runIncomeTask } from './pool';
import * as store from './store';
import type { MinimaResult } from './scenarios/minima';
import { STANDAARD_IDS } from './scenarios/minima';
import { MINIMA_REPORT_CSS } from './report/minima-report';
import { allowInlineStyle } from '../platform/security';

// The printable report opens as a blob: page under the web app's policy: allow its one style block.
allowInlineStyle(MINIMA_REPORT_CSS);

const Obj = z.record(z.string(), z.unknown());

const MinimaRij = z
  .object({
    huishoudtype: z.enum(STANDAARD_IDS as [string, ...string[]]), label: z.string(), procent: z.number(), sociaalMinimum: z.number().int(), nettoInkomen: z.number().int(),
    bijstand: z.number().int(), zorgtoeslag: z.number().int(), huurtoeslag: z.number().int(), kindgebondenBudget: z.number().int(), kinderbijslag: z.number().int(),
    gemeentelijk: z.number().int(), besteedbaarMet: z.number().int(), besteedbaarZonder: z.number().int(), huur: z.number().int(), vasteLasten: z.number().int(),
    overMet: z.number().int(), overZonder: z.number().int(), marginaleDrukMetProcent: z.number().nullable(), marginaleDrukZonderProcent: z.number().nullable(),
  })
  .openapi('MinimaRij', { description: 'One household type at one income point; amounts in eurocents per month' });
const MinimaRapport = z
  .object({ gemeente: z.string(), gemeenteNaam: z.string(), illustratief: z.boolean(), datum: z.string(), rijen: z.array(MinimaRij), aannames: z.array(z.string()), waarschuwingen: z.array(z.string()) })
  .openapi('MinimaRapport');
// The document must describe what the engine returns: this fails to compile when either side changes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const minimaSchemaMatches: Same<z.infer<typeof MinimaRapport>, Omit<MinimaResult, 'rijen'> & { rijen: Array<Omit<MinimaResult['rijen'][number], 'huishoudtype'> & { huishoudtype: string }> }> = true;
void minimaSchemaMatches;
const PROFILE_EXAMPLE = {
  gemeente: 'utrecht',
  huishouden: { type: 'alleenstaande-ouder', leden: [{ rol: 'aanvrager', geboortedatum: '1991-03-14', nettoLoonPerMaand: 40000 }, { rol: 'kind', geboortedatum: '2016-09-21' }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 },
};

const KIND_PARSERS = {
  huishouden: (x: unknown) => parseHouseholdProfile(x),
  'wisselend-inkomen': (x: unknown) => parseFluctuatingInput(x),
  huishoudboekje: (x: unknown) => parseCashflowInput(x),
} as const;

function requireCaseEditor(a: Actor) {
  if (!canEditCase(a)) throw forbidden('Alleen een professional of teamleider werkt met de inkomensgegevens van een casus.');
}

/** Compute in the worker pool and send the finished body; a refusal comes back as a Problem. */
async function pooled(c: Context, task: IncomeTask) {
  const a = unwrapAnswer(await runIncomeTask(task));
  return c.body(a.bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': a.contentType, ...(a.filename ? { 'Content-Disposition': `attachment; filename="${a.filename}"` } : {}) }) as any;
}

export function incomeRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/income/laws', tags: ['Inkomen'], summary: 'De wetten en gemeentelijke regelingen die de rekenregels kennen, met hun grondslag', responses: { 200: jsonContent(z.object({ wetten: z.array(Obj), regelingen: z.array(Obj), gemeenten: z.array(z.string()) }), 'Wetten en regelingen'), ...errorResponses } }),
    (c) => {
      actorOf(c);
      return c.json({ wetten: SUPPORTED_LAWS as any, regelingen: SUPPORTED_SCHEMES as any, gemeenten: [...GEMEENTE_IDS] }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/evaluations',
      tags: ['Inkomen'],
      summary: 'Bijstand, toeslagen en gemeentelijke regelingen voor één huishoudprofiel op een datum, met uitleg per bedrag',
      request: jsonBody(z.strictObject({ datum: IsoDate, profiel: Obj.openapi({ description: 'Huishoudprofiel (bedragen in eurocent)', example: PROFILE_EXAMPLE }) })),
      responses: { 200: jsonContent(Obj, 'De berekening met uitleg (stappen met wetsartikel en parameters) en als tekst'), ...errorResponses },
    }),
    (c) => {
      actorOf(c);
      const { datum, profiel } = c.req.valid('json');
      return c.json(evaluate(profiel, datum) as any, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/evaluations/batch',
      tags: ['Inkomen'],
      summary: `Veel huishoudens tegelijk (hoogstens ${MAX_BATCH}); per huishouden de uitkomst of de fout`,
      request: jsonBody(z.strictObject({ datum: IsoDate, profielen: z.array(Obj).min(1, { error: 'geef minstens één profiel' }).max(MAX_BATCH, { error: `hoogstens ${MAX_BATCH} profielen per keer` }), uitleg: z.boolean().optional() })),
      responses: { 200: jsonContent(z.object({ aantal: z.number(), fouten: z.number(), resultaten: z.array(Obj) }), 'Per profiel de uitkomst of de fout'), ...errorResponses },
    }),
    (c) => {
      actorOf(c);
      const { datum, profielen, uitleg } = c.req.valid('json');
      return pooled(c, { kind: 'batch', datum, profielen, uitleg });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/scenarios/fluctuating-income',
      tags: ['Inkomen'],
      summary: 'Wisselend inkomen maand voor maand onder drie regimes: verrekening achteraf, Bestaansbalans-buffer, Drechtsteden-voorschot',
      request: jsonBody(Obj.openapi({ description: 'profiel, startMaand (JJJJ-MM), loonPerMaand (6-24 bedragen in eurocent) en optionele instellingen', example: { profiel: PROFILE_EXAMPLE, startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] } })),
      responses: { 200: jsonContent(Obj, 'Per regime de betalingen met datum, aantallen en totalen; grafiek als SVG'), ...errorResponses },
    }),
    (c) => {
      actorOf(c);
      return pooled(c, { kind: 'fluctuating', input: c.req.valid('json') });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/scenarios/cash-flow',
      tags: ['Inkomen'],
      summary: 'Huishoudboekje: saldo per dag, dagen rood en grootste tekort; daarna het plan met één rekening, vaste lasten op de vervaldag en wekelijks leefgeld',
      request: jsonBody(Obj.openapi({ description: 'startDatum, aantalDagen, startSaldo, inkomsten (stromen met bedrag, frequentie en dag) en vasteLasten (bedrag en dag), bedragen in eurocent' })),
      responses: { 200: jsonContent(Obj, 'Kasstroom per dag en het plan met de benodigde buffer'), ...errorResponses },
    }),
    (c) => {
      actorOf(c);
      return pooled(c, { kind: 'cashflow', input: c.req.valid('json') });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/income/scenarios/minima-effect',
      tags: ['Inkomen'],
      summary: 'Minima-effectrapportage: besteedbaar inkomen met en zonder gemeentelijke regelingen over een inkomensbereik, en de armoedeval; als JSON, CSV of afdrukbare HTML',
      request: {
        query: z.object({ formaat: z.enum(['json', 'csv', 'html']).default('json').openapi({ param: { name: 'formaat', in: 'query' } }) }),
        ...jsonBody(Obj.openapi({ description: 'gemeente, datum, huishoudtypen, vanProcent, totProcent, stapProcent, huur en vasteLasten per huishoudtype', example: { gemeente: 'utrecht', datum: '2026-07-01', vanProcent: 100, totProcent: 150, stapProcent: 5 } })),
      },
      responses: { 200: { description: 'Het rapport', content: { 'application/json': { schema: MinimaRapport }, 'text/csv': { schema: z.string() }, 'text/html': { schema: z.string() } } }, ...errorResponses },
    }),
    (c) => {
      actorOf(c);
      return pooled(c, { kind: 'minima', input: c.req.valid('json'), formaat: c.req.valid('query').formaat });
    },
  );

  // ---- inputs stored on a case ----
  const KindParams = z.object({
    id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
    kind: z.enum(store.INPUT_KINDS).openapi({ param: { name: 'kind', in: 'path' } }),
  });
  const Stored = z.object({ kind: z.enum(store.INPUT_KINDS), input: Obj, updatedAt: z.string(), updatedBy: z.string().nullable(), version: z.number().int() }).openapi('CaseIncomeInput');

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/income', tags: ['Inkomen'], summary: 'De inkomensgegevens die op de casus zijn opgeslagen', request: { params: z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) }) }, responses: { 200: jsonContent(z.object({ items: z.array(Stored) }), 'Opgeslagen gegevens'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireCaseEditor(a);
      const items = await c.get('db').transaction(async (tx) => {
        const cs = await getCaseForActor(tx, a, c.req.valid('param').id);
        const items = await store.listInputs(tx, cs.id);
        if (items.length) await logProcessing(tx, a, { action: 'lezen', resource: 'inkomensgegevens', caseId: cs.id, householdId: cs.householdId, fields: items.map((i) => i.kind), purpose: 'hulpverlening' });
        return items;
      });
      return c.json({ items: items as any }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/cases/{id}/income/{kind}',
      tags: ['Inkomen'],
      summary: 'Inkomensgegevens op de casus opslaan: het huishoudprofiel, een reeks wisselende lonen of het huishoudboekje (If-Match om te vervangen)',
      request: { headers: IfMatchOptional, params: KindParams, ...jsonBody(Obj) },
      responses: { 200: jsonContent(Stored, 'Opgeslagen'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      requireCaseEditor(a);
      const { id, kind } = c.req.valid('param');
      const body = c.req.valid('json');
      KIND_PARSERS[kind](body); // refuses bad input, naming every field, before anything is written
      const version = ifMatchVersion(c, false);
      const saved = await c.get('db').transaction(async (tx) => {
        const cs = await getCaseForActor(tx, a, id, { forUpdate: true });
        const saved = await store.putInput(tx, a, cs.id, kind, body, version);
        await logProcessing(tx, a, { action: version === null ? 'aanmaken' : 'wijzigen', resource: 'inkomensgegevens', resourceId: kind, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
        return saved;
      });
      c.header('ETag', etagOf(saved.version));
      return c.json(saved as any, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/income/{kind}/run',
      tags: ['Inkomen'],
      summary: 'De berekening of het scenario uitvoeren op de opgeslagen gegevens van de casus',
      request: { params: KindParams, ...jsonBody(z.strictObject({ datum: IsoDate.optional() })) },
      responses: { 200: jsonContent(Obj, 'Uitkomst met uitleg'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      requireCaseEditor(a);
      const { id, kind } = c.req.valid('param');
      const datum = c.req.valid('json').datum ?? today(c);
      const out = await c.get('db').transaction(async (tx) => {
        const cs = await getCaseForActor(tx, a, id);
        const saved = await store.getInput(tx, cs.id, kind);
        await logProcessing(tx, a, { action: 'lezen', resource: 'inkomensgegevens', resourceId: kind, caseId: cs.id, householdId: cs.householdId, fields: ['berekening'], purpose: 'hulpverlening' });
        return saved.input;
      });
      if (kind === 'huishouden') return c.json(evaluate(out, datum, 'opgeslagen profiel') as any, 200);
      return pooled(c, { kind: kind === 'wisselend-inkomen' ? 'fluctuating' : 'cashflow', input: out });
    },
  );

  return r;
}
