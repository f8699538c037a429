// SPDX-License-Identifier: EUPL-1.2
/**
 * Proportional enforcement over HTTP: the calculator, the handhavingszaken (calculation,
 * consequences, Omgekeerde Toets and decision), the pauzeknop, "bekend bij een regisseur?" and the
 * way back; plus the regisseur's piece on the case (only that a pause runs and until when).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, IfMatch, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, text, today, unprocessableResponse, Uuid, type Ctx } from '../platform/http';
import { CULPABILITIES, DECISIONS, HOUSEHOLD_KINDS, INCOME_KINDS, PAID_BASES, PAUSE_STATUSES, READINGS, ZAAK_STATUSES } from './model';
import * as commands from './commands';
import * as queries from './queries';

const tags = ['Handhaving'];
const Cents = z.number().int();

const CalcInputSchema = z
  .strictObject({
    startMonth: z.string().openapi({ example: '2025-07', description: 'Eerste maand van de periode (jjjj-mm)' }),
    months: z.number().int().openapi({ example: 18 }),
    householdKind: z.enum(HOUSEHOLD_KINDS),
    incomeKind: z.enum(INCOME_KINDS),
    paidBasis: z.enum(PAID_BASES),
    benefitPaidCents: z.number().int().nullable().optional(),
    receiptsCents: z.number().int(),
    stakesOrCostsCents: z.number().int(),
    otherIncomeCents: z.number().int(),
    culpability: z.enum(CULPABILITIES),
    finePercentage: z.number().nullable().optional(),
    recidive: z.boolean(),
    selfCorrectedWithin60Days: z.boolean(),
    warningInLast2Years: z.boolean(),
  })
  .openapi('Terugvorderingsinvoer');

const Param = z.object({ name: z.string(), value: z.number().nullable(), unit: z.enum(['cent', 'percent', 'months', 'years', 'count']), source: z.string(), confidence: z.string(), note: z.string().optional() });
const Explanation = z.object({ rule: z.string(), article: z.string(), parameters: z.array(Param) }).openapi('Toelichting');
const PerReading = z.object({ strikt: z.number().int(), netto: z.number().int() });
const ReadingSchema = z.object({
  reading: z.enum(READINGS),
  recoveryCents: Cents,
  recoveryExplanation: Explanation,
  fine: z.object({ status: z.enum(['boete', 'onbekend', 'waarschuwing-mogelijk']), amountCents: Cents.nullable(), uncappedCents: Cents, percentage: z.number(), warningAllowed: z.boolean(), explanation: Explanation }),
  repayment: z.object({ claimCents: Cents, fineIncluded: z.boolean(), normCents: Cents, keepsCents: Cents, offsetCents: Cents, months: z.number(), years: z.number(), beyondTenYears: z.boolean(), explanation: Explanation }),
  debtRelief: z.object({ art60cRefusal: z.boolean(), art60c: z.string(), wsnpGoodFaith: z.enum(['geen-belemmering', 'weegt-mee', 'staat-in-de-weg']), art288: z.string(), cleanSlateCents: Cents, art358: z.string(), explanation: Explanation }),
});
const CalcResultSchema = z
  .object({
    months: z.array(z.object({ month: z.string(), normCents: Cents, paidCents: Cents, counted: PerReading, due: PerReading, recovery: PerReading })),
    readings: z.object({ strikt: ReadingSchema, netto: ReadingSchema }),
    norms: z.array(z.object({ validFrom: IsoDateOut, cents: Cents, article: z.string(), source: z.string(), confidence: z.string() })),
    routesToNet: z.array(z.object({ article: z.string(), text: z.string() })),
    warnings: z.array(z.string()),
    notes: z.array(z.string()),
  })
  .openapi('Terugvorderingsberekening');

const ConsequenceInputSchema = z.strictObject({ children: z.number().int(), housingRisk: z.boolean(), shelterMonths: z.number().int() }).openapi('GevolgenInvoer');
const ConsequenceSchema = z.object({
  children: z.number().int(),
  housingRisk: z.boolean(),
  lines: z.array(z.object({ key: z.string(), label: z.string(), funder: z.string(), amountCents: Cents, quantity: z.string(), source: z.string(), year: z.number().int(), confidence: z.string() })),
  perFunder: z.array(z.object({ funder: z.string(), amountCents: Cents })),
  totalCents: Cents,
  missing: z.array(z.string()),
});

const PauseSchema = z
  .object({
    id: z.string(), zaakId: z.string(), requestedByName: z.string(), requestedAs: z.enum(['handhaving', 'regisseur']), requestedOn: IsoDateOut, reason: z.string(), until: IsoDateOut,
    owner: z.string(), conditions: z.string(), status: z.enum(PAUSE_STATUSES), decidedByName: z.string().nullable(), decidedOn: IsoDateOut.nullable(), decisionNote: z.string(),
    endDecision: z.string(), endedOn: IsoDateOut.nullable(), remindedOn: IsoDateOut.nullable(), version: z.number().int(),
  })
  .openapi('Handhavingspauze');
const QuestionSchema = z.object({ id: z.string(), askedByName: z.string(), askedOn: IsoDateOut, known: z.boolean(), answer: z.string().nullable(), answerLegalGround: z.string().nullable(), answeredOn: IsoDateOut.nullable() });

const ZaakSchema = z
  .object({
    zaak: z.object({
      id: z.string(), title: z.string(), status: z.enum(ZAAK_STATUSES), openedOn: IsoDateOut, officerName: z.string().nullable(),
      calcInput: CalcInputSchema.nullable(), consequences: ConsequenceInputSchema.nullable(),
      toetsGoal: z.string(), toetsRuleIntent: z.string(), toetsProportionate: z.string(), decision: z.enum(DECISIONS).nullable(), decisionReasons: z.string(),
      decidedByName: z.string().nullable(), decidedOn: IsoDateOut.nullable(), benefitStoppedOn: IsoDateOut.nullable(), restartNeeds: z.string(), benefitRestartedOn: IsoDateOut.nullable(),
      isDemo: z.boolean(), version: z.number().int(),
    }),
    household: z.object({ name: z.string(), children: z.number().int() }),
    calculation: CalcResultSchema.nullable(),
    consequences: ConsequenceSchema.nullable(),
    pauses: z.array(PauseSchema),
    questions: z.array(QuestionSchema),
    restartDays: z.number().int().nullable(),
  })
  .openapi('Handhavingszaak');

const ZaakList = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(ZAAK_STATUSES), householdName: z.string(), officerName: z.string().nullable(), openedOn: IsoDateOut, decision: z.enum(DECISIONS).nullable(), pauseUntil: IsoDateOut.nullable(), pauseRequested: z.boolean() })),
}).openapi('Handhavingszaken');

const CasePieceSchema = z
  .object({
    pause: z.object({ running: z.boolean(), until: IsoDateOut.nullable(), requested: z.boolean() }),
    questions: z.array(z.object({ id: z.string(), askedOn: IsoDateOut, askedByName: z.string(), answered: z.boolean(), answer: z.string().nullable(), mayAnswer: z.boolean() })),
    benefit: z.object({ stoppedOn: IsoDateOut, restartNeeds: z.string(), restartedOn: IsoDateOut.nullable(), restartDays: z.number().int().nullable() }).nullable(),
  })
  .openapi('HandhavingOpDeCasus');

const PauseInput = z.strictObject({ reason: text(1000, 3), until: IsoDate, owner: text(200, 2), conditions: text(1000) });

function sendZaak(c: Ctx, v: queries.ZaakView) {
  c.header('ETag', etagOf(v.zaak.version));
  return v;
}

export function enforcementRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'post', path: '/handhaving/berekening', tags, summary: 'Terugvorderingsberekening (strikte en netto lezing naast elkaar), zonder iets op te slaan', request: jsonBody(CalcInputSchema), responses: { 200: jsonContent(CalcResultSchema, 'Berekening'), ...errorResponses } }),
    async (c) => c.json(queries.preview(actorOf(c), c.req.valid('json'), today(c)), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/handhavingszaken', tags, summary: 'De handhavingszaken van de organisatie (rol handhaving)', responses: { 200: jsonContent(ZaakList, 'Handhavingszaken'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => commands.openList(tx, actorOf(c), today(c))), 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/handhavingszaken', tags, summary: 'Open een handhavingszaak voor een huishouden', request: jsonBody(z.strictObject({ householdId: Uuid, title: text(200, 3) })), responses: { 201: jsonContent(ZaakSchema, 'Geopend'), ...errorResponses } }),
    async (c) => c.json(sendZaak(c, await c.get('db').transaction((tx) => commands.createZaak(tx, actorOf(c), c.req.valid('json'), today(c)))), 201),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/handhavingszaken/{id}', tags, summary: 'Eén handhavingszaak met berekening, gevolgen, toets, pauzes en vragen', request: { params: IdParam }, responses: { 200: jsonContent(ZaakSchema, 'Handhavingszaak'), ...errorResponses } }),
    async (c) => c.json(sendZaak(c, await c.get('db').transaction((tx) => queries.zaak(tx, actorOf(c), c.req.valid('param').id, today(c)))), 200),
  );

  const put = <T extends z.ZodType>(path: string, summary: string, body: T) =>
    createRoute({ method: 'put', path, tags, summary, request: { params: IdParam, headers: IfMatch, ...jsonBody(body) }, responses: { 200: jsonContent(ZaakSchema, 'Opgeslagen'), ...errorResponses, ...conflictResponses, ...unprocessableResponse } });

  r.openapi(put('/handhavingszaken/{id}/berekening', 'Sla de invoer van de terugvorderingsberekening op', CalcInputSchema), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    return c.json(sendZaak(c, await c.get('db').transaction((tx) => commands.saveCalculation(tx, a, c.req.valid('param').id, v, c.req.valid('json'), today(c)))), 200);
  });

  r.openapi(put('/handhavingszaken/{id}/gevolgen', 'Sla de gevolgen op (kinderen, risico op huisuitzetting, maanden opvang)', ConsequenceInputSchema), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    return c.json(sendZaak(c, await c.get('db').transaction((tx) => commands.saveConsequences(tx, a, c.req.valid('param').id, v, c.req.valid('json'), today(c)))), 200);
  });

  const DecisionInput = z.strictObject({ toetsGoal: text(2000, 10), toetsRuleIntent: text(2000, 10), toetsProportionate: text(2000, 10), decision: z.enum(DECISIONS), reasons: text(4000, 10) });
  r.openapi(put('/handhavingszaken/{id}/besluit', 'Leg de Omgekeerde Toets en het besluit met redenen vast', DecisionInput), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    return c.json(sendZaak(c, await c.get('db').transaction((tx) => commands.recordDecision(tx, a, c.req.valid('param').id, v, c.req.valid('json'), today(c)))), 200);
  });

  r.openapi(put('/handhavingszaken/{id}/uitkering-gestopt', 'De uitkering is gestopt: wat is nodig om te herstarten (de regisseur krijgt bericht)', z.strictObject({ stoppedOn: IsoDate, restartNeeds: text(2000, 5) })), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    return c.json(sendZaak(c, await c.get('db').transaction((tx) => commands.stopBenefit(tx, a, c.req.valid('param').id, v, c.req.valid('json'), today(c)))), 200);
  });

  r.openapi(put('/handhavingszaken/{id}/uitkering-herstart', 'De uitkering is herstart (de tijd tot herstart wordt gemeten)', z.strictObject({ restartedOn: IsoDate })), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    return c.json(sendZaak(c, await c.get('db').transaction((tx) => commands.restartBenefit(tx, a, c.req.valid('param').id, v, c.req.valid('json'), today(c)))), 200);
  });

  r.openapi(
    createRoute({ method: 'post', path: '/handhavingszaken/{id}/pauzes', tags, summary: 'Vraag een pauze van de sanctie aan (een teamleider keurt goed)', request: { params: IdParam, ...jsonBody(PauseInput) }, responses: { 201: jsonContent(PauseSchema, 'Aangevraagd'), ...errorResponses, ...conflictResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => commands.requestPause(tx, actorOf(c), c.req.valid('param').id, c.req.valid('json'), today(c))), 201),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/handhavingszaken/{id}/bekend-bij-regisseur', tags, summary: 'Is dit huishouden bekend bij een regisseur? Alleen ja/nee en hoe de regisseur te bereiken', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ known: z.boolean(), regisseurName: z.string().nullable(), teamName: z.string().nullable(), contact: z.string().nullable(), questionId: z.string() }).openapi('BekendBijRegisseur'), 'Antwoord'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => commands.askRegisseur(tx, actorOf(c), c.req.valid('param').id, today(c))), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/handhavingspauzes', tags, summary: 'Pauzes die wachten op het besluit van een teamleider', responses: { 200: jsonContent(z.object({ items: z.array(PauseSchema.extend({ householdName: z.string() })) }), 'Pauzes'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.pausesToDecide(tx, actorOf(c))), 200),
  );

  const PAUSE_ACTIONS = [
    ['goedkeuren', 'Keur een pauze goed (teamleider, niet de aanvrager); de regisseur ziet dat hij loopt en tot wanneer'],
    ['afwijzen', 'Wijs een pauze af (teamleider, niet de aanvrager)'],
    ['beeindigen', 'Beëindig een lopende pauze met een besluit (handhaver)'],
  ] as const;
  for (const [actie, summary] of PAUSE_ACTIONS) {
    r.openapi(
      createRoute({
        method: 'post',
        path: `/handhavingspauzes/{id}/${actie}`,
        tags,
        summary,
        request: { params: IdParam, headers: IfMatch, ...jsonBody(z.strictObject({ note: text(2000) })) },
        responses: { 200: jsonContent(PauseSchema, 'Pauze'), ...errorResponses, ...conflictResponses },
      }),
      async (c) => {
        const a = actorOf(c);
        const v = ifMatchVersion(c)!;
        const p = await c.get('db').transaction((tx) => commands.movePause(tx, a, c.req.valid('param').id, v, actie, c.req.valid('json').note, today(c)));
        c.header('ETag', etagOf(p.version));
        return c.json(p, 200);
      },
    );
  }

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/handhaving', tags, summary: 'Voor de regisseur: loopt er een pauze en tot wanneer, vragen van handhaving, een gestopte uitkering (niet het handhavingsdossier)', request: { params: IdParam }, responses: { 200: jsonContent(CasePieceSchema, 'Handhaving op de casus'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.casePiece(tx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/handhaving/pauze', tags, summary: 'De regisseur vraagt een pauze van de sanctie aan', request: { params: IdParam, ...jsonBody(PauseInput) }, responses: { 201: jsonContent(z.object({ requested: z.boolean(), until: IsoDateOut }), 'Aangevraagd'), ...errorResponses, ...conflictResponses, ...unprocessableResponse } }),
    async (c) => c.json(await c.get('db').transaction((tx) => commands.requestPauseFromCase(tx, actorOf(c), c.req.valid('param').id, c.req.valid('json'), today(c))), 201),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/handhavingsvragen/{id}/antwoord', tags, summary: 'De regisseur antwoordt kort; gemarkeerd als gedeeld voor handhaving met de grondslag', request: { params: IdParam, ...jsonBody(z.strictObject({ answer: text(500, 2) })) }, responses: { 200: jsonContent(z.object({ answered: z.boolean(), legalGround: z.string() }), 'Beantwoord'), ...errorResponses, ...conflictResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => commands.answerQuestion(tx, actorOf(c), c.req.valid('param').id, c.req.valid('json').answer, today(c))), 200),
  );

  return r;
}
