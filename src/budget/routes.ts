// SPDX-License-Identifier: EUPL-1.2
/**
 * Maatwerkbudget over HTTP: pots and mandates (budget holder), spends on a case (professional),
 * approval of spends above the mandate, the sample review afterwards, status, settlement per funder
 * and CSV. Each handler (ADR 11): the session is checked by the platform → validate (strict zod) →
 * one transaction calling one command or query (they authorise through policy.ts and log the
 * processing) → present with the response schema.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../platform/authz';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, Paging, pageOf, text, Uuid, unprocessableResponse, today, IfMatch, IfMatchOptional } from '../platform/http';
import { idempotent, IdempotencyKeyHeader, replayable } from '../platform/idempotency';
import * as commands from './commands';
import * as queries from './queries';
import { FUNDERS, CATEGORIES, CATEGORY_KEYS, MAX_POT_CENTS, MAX_SPEND_CENTS, SPEND_STATUSES, SPEND_STATUS_LABELS, VERDICTS, categoryLabel, centsToDutchDecimal, toCsv, type Category, type MandateRow, type SampleItemRow, type SpendRow } from './model';
import type { SampleView } from './queries';
import { settlementXlsx, statusCsv, statusLines, statusXlsx } from './export';

// ---- schemas -------------------------------------------------------------------------------------

const cents = (max: number, min = 1) =>
  z
    .int({ error: 'moet een geheel aantal eurocent zijn' })
    .min(min, { error: min === 0 ? 'mag niet negatief zijn' : 'moet een positief bedrag in eurocent zijn' })
    .max(max, { error: `mag hoogstens ${max} eurocent zijn` });
const Category = z.enum(CATEGORY_KEYS as [Category, ...Category[]]);
const Percent = z.int({ error: 'moet een geheel percentage zijn' }).min(0, { error: 'moet tussen 0 en 100 liggen' }).max(100, { error: 'moet tussen 0 en 100 liggen' });
const SplitRuleInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percentage'), coFunderPercent: Percent }),
  z.strictObject({ kind: z.literal('per_categorie'), coFunderPercentByCategory: z.record(z.string().max(40), Percent), defaultPercent: Percent }),
]);
const uniqueCategories = (xs: string[]) => new Set(xs).size === xs.length;
const PotInput = z.strictObject({
  name: text(120, 3),
  goal: text(1000, 3),
  teamId: Uuid.nullable().optional(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  amountCents: cents(MAX_POT_CENTS),
  categories: z.array(Category).min(1, { error: 'kies minstens één categorie' }).max(CATEGORY_KEYS.length).refine(uniqueCategories, { error: 'elke categorie mag één keer voorkomen' }),
  allowNegative: z.boolean().optional(),
  coFunder: z.strictObject({ name: text(160, 2), organisationId: Uuid.nullable().optional(), splitRule: SplitRuleInput }).nullable().optional(),
  coDecidesAboveMandate: z.boolean().optional(),
});
const PotPatch = z.strictObject({
  name: text(120, 3).optional(),
  goal: text(1000, 3).optional(),
  amountCents: cents(MAX_POT_CENTS).optional(),
  categories: z.array(Category).min(1, { error: 'kies minstens één categorie' }).max(CATEGORY_KEYS.length).refine(uniqueCategories, { error: 'elke categorie mag één keer voorkomen' }).optional(),
  allowNegative: z.boolean().optional(),
  status: z.enum(['actief', 'gesloten']).optional(),
  coFunderName: text(160, 2).optional(),
  splitRule: SplitRuleInput.optional(),
});
const MandateInput = z.strictObject({
  role: z.enum(ROLES).nullable().optional(),
  userId: Uuid.nullable().optional(),
  maxPerSpendCents: cents(MAX_SPEND_CENTS, 0),
  maxPerCaseCents: cents(MAX_POT_CENTS, 0),
  categories: z.array(Category).max(CATEGORY_KEYS.length).refine(uniqueCategories, { error: 'elke categorie mag één keer voorkomen' }).optional(),
});
const MandatePatch = z.strictObject({ maxPerSpendCents: cents(MAX_SPEND_CENTS, 0).optional(), maxPerCaseCents: cents(MAX_POT_CENTS, 0).optional(), categories: MandateInput.shape.categories });
const SpendFields = {
  amountCents: cents(MAX_SPEND_CENTS),
  category: Category,
  payee: text(160, 2),
  spentOn: IsoDate,
  description: text(500, 3),
  justification: text(2000, 10),
  goalId: Uuid.nullable().optional(),
};
const SpendInput = z.strictObject({ potId: Uuid, ...SpendFields });
const SpendPatch = z.strictObject({
  amountCents: SpendFields.amountCents.optional(),
  category: Category.optional(),
  payee: SpendFields.payee.optional(),
  spentOn: IsoDate.optional(),
  description: SpendFields.description.optional(),
  justification: SpendFields.justification.optional(),
  goalId: SpendFields.goalId,
  reason: text(500, 3),
});
const Reason = z.strictObject({ reason: text(500, 3) });
const OptionalReason = z.strictObject({ reason: text(500).optional() });

const Money = z.number().int().openapi({ description: 'bedrag in eurocent' });
const SplitRuleOut = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('percentage'), coFunderPercent: z.number().int() }),
    z.object({ kind: z.literal('per_categorie'), coFunderPercentByCategory: z.record(z.string(), z.number().int()), defaultPercent: z.number().int() }),
  ])
  .openapi('BudgetSplitRule');
const Pot = z
  .object({
    id: z.string(), organisationId: z.string(), organisationName: z.string(), teamId: z.string().nullable(), teamName: z.string().nullable(), name: z.string(), goal: z.string(),
    periodStart: z.string(), periodEnd: z.string(), amountCents: Money, categories: z.array(z.string()), allowNegative: z.boolean(), coFunderName: z.string().nullable(),
    coFunderOrganisationId: z.string().nullable(), splitRule: SplitRuleOut.nullable(), coDecidesAboveMandate: z.boolean(), status: z.enum(['actief', 'gesloten']), createdAt: z.string(), version: z.number().int(),
  })
  .openapi('BudgetPot');
const Totals = z.object({ grantedCents: Money, pendingCents: Money, remainingCents: Money, grantedCount: z.number().int(), pendingCount: z.number().int() });
const MandateOut = z
  .object({ id: z.string(), potId: z.string(), role: z.string().nullable(), userId: z.string().nullable(), userName: z.string().nullable(), maxPerSpendCents: Money, maxPerCaseCents: Money, categories: z.array(z.string()), active: z.boolean(), createdAt: z.string(), endedAt: z.string().nullable(), version: z.number().int() })
  .openapi('BudgetMandate');
const MyMandate = z.object({ source: z.string(), label: z.string(), maxPerSpend: Money, maxPerCase: Money, categories: z.array(z.string()) }).nullable();
const PotWithTotals = Pot.extend({ totals: Totals, myMandate: MyMandate.optional(), access: z.enum(['full', 'aggregate']) }).openapi('BudgetPotOverview');
const Spend = z
  .object({
    id: z.string(), potId: z.string(), potName: z.string(), caseId: z.string(), caseTitle: z.string(), amountCents: Money, category: z.string(), categoryLabel: z.string(), payee: z.string(), spentOn: z.string(),
    description: z.string(), justification: z.string(), goalId: z.string().nullable(), status: z.enum(SPEND_STATUSES), statusLabel: z.string(), decisionReason: z.string(), decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(), registeredBy: z.string(), registeredByName: z.string(), registeredAt: z.string(), version: z.number().int(),
  })
  .openapi('BudgetSpend');
const Approval = Spend.extend({ mandateExceeded: z.string().openapi({ description: 'Het mandaat waar de uitgave boven gaat, in woorden (gemeten aan het mandaat zoals het nu is)' }) }).openapi('BudgetApproval');
const SpendEvent = z.object({ kind: z.string(), statusAfter: z.string(), reason: z.string(), before: z.unknown(), after: z.unknown(), userName: z.string(), at: z.string() });
const SpendDetail = Spend.extend({ history: z.array(SpendEvent), reviews: z.array(z.object({ verdict: z.string().nullable(), reason: z.string().nullable(), reviewedAt: z.string().nullable() })) }).openapi('BudgetSpendDetail');
const SampleItem = z.object({ position: z.number().int(), spend: Spend, verdict: z.enum(VERDICTS).nullable(), reason: z.string().nullable(), reviewedByName: z.string().nullable(), reviewedAt: z.string().nullable(), version: z.number().int() }).openapi('BudgetSampleItem');
const Sample = z
  .object({
    id: z.string(), potId: z.string(), periodFrom: z.string(), periodTo: z.string(), sizeRequested: z.number().int(), seed: z.number().int(), population: z.number().int(), drawnByName: z.string(), drawnAt: z.string(),
    reproducible: z.boolean(), items: z.array(SampleItem), explanation: z.string(),
  })
  .openapi('BudgetSample');
const CoverageOut = z.object({ population: z.number().int(), populationAmount: Money, sampled: z.number().int(), sampledAmount: Money, reviewed: z.number().int(), passend: z.number().int(), nietPassend: z.number().int(), reviewedPercent: z.number().int(), explanation: z.string() });
const Status = z
  .object({
    pot: Pot,
    budgetCents: Money, grantedCents: Money, pendingCents: Money, remainingCents: Money, grantedCount: z.number().int(), pendingCount: z.number().int(),
    byCategory: z.array(z.object({ category: z.string(), label: z.string(), grantedCents: Money, pendingCents: Money, count: z.number().int() })),
    byMonth: z.array(z.object({ month: z.string(), grantedCents: Money, count: z.number().int() })),
    forecast: z.object({ asOf: z.string(), elapsedDays: z.number().int(), totalDays: z.number().int(), grantedCents: Money, projectedCents: Money, projectedRemainingCents: Money, explanation: z.string() }),
    review: CoverageOut,
    explanation: z.array(z.string()),
  })
  .openapi('BudgetStatus');
const SettlementOut = z
  .object({
    pot: Pot, owner: z.string(), coFunder: z.string(),
    lines: z.array(z.object({ category: z.string(), label: z.string(), totalCents: Money, coFunderPercent: z.number(), coFunderCents: Money, ownerCents: Money })),
    totals: z.object({ totalCents: Money, ownerCents: Money, coFunderCents: Money }),
    explanation: z.array(z.string()),
  })
  .openapi('BudgetSettlement');

// Not `as const`: with readonly content the route's answer type collapses to never and a CSV Response would not type-check.
const csvResponse = { 200: { description: 'CSV (puntkomma-gescheiden, bedragen met decimale komma)', content: { 'text/csv': { schema: z.string() } } } };
const SpendIdParam = IdParam;
const SampleItemParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }), spendId: Uuid.openapi({ param: { name: 'spendId', in: 'path' } }) });

// ---- presenting ------------------------------------------------------------------------------------

type SpendOut = z.infer<typeof Spend>;
const present = (s: SpendRow): SpendOut => {
  const { organisationId: _o, householdId: _h, caseTeamId: _t, ...rest } = s;
  return { ...rest, categoryLabel: categoryLabel(s.category), statusLabel: SPEND_STATUS_LABELS[s.status] };
};
const presentMandate = (m: MandateRow): z.infer<typeof MandateOut> => ({ id: m.id, potId: m.potId, role: m.role, userId: m.userId, userName: m.userName, maxPerSpendCents: m.maxPerSpend, maxPerCaseCents: m.maxPerCase, categories: m.categories, active: m.active, createdAt: m.createdAt, endedAt: m.endedAt, version: m.version });
const presentItem = (i: SampleItemRow) => ({ ...i, spend: present(i.spend) });
const presentSample = (s: SampleView) => ({ ...s, items: s.items.map(presentItem) });


export function budgetRoutes() {
  const r = createRouter();
  const tags = ['Maatwerkbudget'];

  r.openapi(
    createRoute({ method: 'get', path: '/budget-categories', security: [], tags, summary: 'De bestedingscategorieën waaruit een budget kiest', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ key: z.string(), label: z.string() })) }), 'Categorieën') } }),
    (c) => c.json({ items: CATEGORY_KEYS.map((key) => ({ key, label: CATEGORIES[key] })) }, 200),
  );

  // ---- pots ----
  r.openapi(
    createRoute({ method: 'post', path: '/budget-pots', tags, summary: 'Budgetpot aanmaken voor een team of de organisatie, per periode (budgethouder, beheerder)', request: jsonBody(PotInput), responses: { 201: jsonContent(Pot, 'Aangemaakt'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const pot = await c.get('db').transaction((tx) => commands.createPot(tx, a, body));
      c.header('ETag', etagOf(pot.version));
      return c.json(pot, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots', tags, summary: 'De budgetten die u ziet, met toegekend, gereserveerd en beschikbaar; voor wie uitgeeft ook het eigen mandaat', request: { query: z.object({ status: z.enum(['actief', 'gesloten']).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(PotWithTotals) }), 'Budgetten'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      const items = await c.get('db').transaction((tx) => queries.listPots(tx, a, q));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}', tags, summary: 'Eén budget met totalen, mandaten en uw eigen mandaat; ETag voor If-Match', request: { params: IdParam }, responses: { 200: jsonContent(PotWithTotals.extend({ mandates: z.array(MandateOut) }), 'Budget'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const pot = await c.get('db').transaction((tx) => queries.potOverview(tx, a, id));
      c.header('ETag', etagOf(pot.version));
      return c.json({ ...pot, mandates: pot.mandates.map(presentMandate) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/budget-pots/{id}', tags, summary: 'Budget wijzigen: naam, doel, bedrag (ophogen), categorieën, onder nul toestaan, sluiten (If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(PotPatch) }, responses: { 200: jsonContent(Pot, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c, false);
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      const pot = await c.get('db').transaction((tx) => commands.updatePot(tx, a, id, version, body));
      c.header('ETag', etagOf(pot.version));
      return c.json(pot, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-spenders', tags, summary: 'Medewerkers van uw organisatie die uitgaven doen (professional, teamleider), om een mandaat per persoon te geven (budgethouder, beheerder)', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()), teamName: z.string().nullable() })) }), 'Medewerkers'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json({ items: await c.get('db').transaction((tx) => queries.spenders(tx, a)) }, 200);
    },
  );

  // ---- mandates ----
  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/mandates', tags, summary: 'Mandaten op dit budget (ook beëindigde, voor de geschiedenis)', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(MandateOut) }), 'Mandaten'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const items = await c.get('db').transaction((tx) => queries.mandatesOfPot(tx, a, id));
      return c.json({ items: items.map(presentMandate) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/budget-pots/{id}/mandates', tags, summary: 'Mandaat instellen voor een rol of (voorrang) één medewerker: maximum per uitgave, per casus per periode, categorieën', request: { params: IdParam, ...jsonBody(MandateInput) }, responses: { 201: jsonContent(MandateOut, 'Ingesteld'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      const m = await c.get('db').transaction((tx) => commands.createMandate(tx, a, id, body));
      c.header('ETag', etagOf(m.version));
      return c.json(presentMandate(m), 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/budget-mandates/{id}', tags, summary: 'Mandaat wijzigen (If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(MandatePatch) }, responses: { 200: jsonContent(MandateOut, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c, false);
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      const m = await c.get('db').transaction((tx) => commands.updateMandate(tx, a, id, version, body));
      c.header('ETag', etagOf(m.version));
      return c.json(presentMandate(m), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'delete', path: '/budget-mandates/{id}', tags, summary: 'Mandaat beëindigen (het blijft zichtbaar in de geschiedenis)', request: { params: IdParam }, responses: { 200: jsonContent(MandateOut, 'Beëindigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const m = await c.get('db').transaction((tx) => commands.endMandate(tx, a, id));
      return c.json(presentMandate(m), 200);
    },
  );

  // ---- spends on a case ----
  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/spends',
      tags,
      summary: 'Uitgave registreren op een casus: binnen het mandaat direct toegekend, daarboven wacht zij op akkoord van de budgethouder',
      request: { headers: IdempotencyKeyHeader, params: IdParam, ...jsonBody(SpendInput) },
      responses: { 201: jsonContent(Spend, 'Geregistreerd (status toegekend of wacht_op_akkoord)'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const caseId = c.req.valid('param').id;
      const body = c.req.valid('json');
      // A retry with the same Idempotency-Key returns this answer instead of registering the spend twice.
      const answer = await idempotent(c, a, body, async (tx) => {
        const spend = await commands.recordSpend(tx, a, caseId, body);
        return { status: 201, body: present(spend), etag: etagOf(spend.version) };
      });
      return replayable<SpendOut, 201>(answer);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/spends',
      tags,
      summary: 'Alles wat op deze casus is uitgegeven, met totalen',
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ items: z.array(Spend), grantedCents: Money, pendingCents: Money, byPot: z.array(z.object({ potId: z.string(), potName: z.string(), grantedCents: Money, pendingCents: Money })) }), 'Uitgaven op de casus'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const caseId = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => queries.spendsOfCase(tx, a, caseId));
      return c.json({ ...out, items: out.items.map(present) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-spends/{id}', tags, summary: 'Eén uitgave met haar volledige geschiedenis en beoordelingen; ETag voor If-Match', request: { params: SpendIdParam }, responses: { 200: jsonContent(SpendDetail, 'Uitgave'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const d = await c.get('db').transaction((tx) => queries.spendDetail(tx, a, id));
      c.header('ETag', etagOf(d.spend.version));
      return c.json({ ...present(d.spend), history: d.history, reviews: d.reviews }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/budget-spends/{id}',
      tags,
      summary: 'Uitgave corrigeren met een reden (If-Match); de oude waarden blijven in de geschiedenis',
      request: { headers: IfMatch, params: SpendIdParam, ...jsonBody(SpendPatch) },
      responses: { 200: jsonContent(Spend, 'Gecorrigeerd'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c, false);
      const id = c.req.valid('param').id;
      const { reason, ...patch } = c.req.valid('json');
      const spend = await c.get('db').transaction((tx) => commands.correctSpend(tx, a, id, version, patch, reason));
      c.header('ETag', etagOf(spend.version));
      return c.json(present(spend), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/budget-spends/{id}/cancel', tags, summary: 'Uitgave annuleren met een reden; zij blijft zichtbaar met haar geschiedenis (If-Match optioneel)', request: { headers: IfMatchOptional, params: SpendIdParam, ...jsonBody(Reason) }, responses: { 200: jsonContent(Spend, 'Geannuleerd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c, false);
      const id = c.req.valid('param').id;
      const { reason } = c.req.valid('json');
      const spend = await c.get('db').transaction((tx) => commands.cancelSpend(tx, a, id, version, reason));
      c.header('ETag', etagOf(spend.version));
      return c.json(present(spend), 200);
    },
  );

  // ---- approval of spends above the mandate ----
  r.openapi(
    createRoute({ method: 'get', path: '/budget-approvals', tags, summary: 'Uitgaven boven het mandaat die op uw akkoord wachten (budgethouder), elk met het mandaat waar zij boven gaat', responses: { 200: jsonContent(z.object({ items: z.array(Approval) }), 'Wachtende uitgaven'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => queries.pendingApprovals(tx, a));
      return c.json({ items: items.map((s) => ({ ...present(s), mandateExceeded: s.mandateExceeded })) }, 200);
    },
  );

  const decide = (approve: boolean) =>
    r.openapi(
      createRoute({
        method: 'post',
        path: `/budget-spends/{id}/${approve ? 'approve' : 'reject'}`,
        tags,
        summary: approve ? 'Uitgave boven het mandaat goedkeuren (budgethouder, niet degene die haar registreerde)' : 'Uitgave boven het mandaat afwijzen met een reden (budgethouder)',
        request: { headers: IfMatchOptional, params: SpendIdParam, ...jsonBody(approve ? OptionalReason : Reason) },
        responses: { 200: jsonContent(Spend, approve ? 'Goedgekeurd' : 'Afgewezen'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
      }),
      async (c) => {
        const a = actorOf(c);
        const version = ifMatchVersion(c, false);
        const id = c.req.valid('param').id;
        const reason = c.req.valid('json').reason ?? '';
        const spend = await c.get('db').transaction((tx) => commands.decidePendingSpend(tx, a, id, version, approve, reason));
        c.header('ETag', etagOf(spend.version));
        return c.json(present(spend), 200);
      },
    );
  decide(true);
  decide(false);

  // ---- spends of a pot (verantwoording) ----
  r.openapi(
    createRoute({
      method: 'get',
      path: '/budget-pots/{id}/spends',
      tags,
      summary: 'Uitgaven uit dit budget, met filters (budgethouder; teamleider voor het budget van het eigen team)',
      request: { params: IdParam, query: z.object({ status: z.enum(SPEND_STATUSES).optional(), category: Category.optional(), from: IsoDate.optional(), to: IsoDate.optional(), caseId: Uuid.optional(), ...Paging }) },
      responses: { 200: jsonContent(pageOf(Spend), 'Uitgaven'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const q = c.req.valid('query');
      const res = await c.get('db').transaction((tx) => queries.spendsOfPot(tx, a, id, q));
      return c.json({ items: res.items.map(present), total: res.total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  // ---- status, settlement, CSV ----
  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/status', tags, summary: 'Stand van het budget: toegekend, wacht op akkoord, beschikbaar, per categorie en maand, prognose in het huidige tempo, dekking van de steekproef', request: { params: IdParam }, responses: { 200: jsonContent(Status, 'Stand'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => queries.potStatus(tx, a, id, today(c)));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/settlement', tags, summary: 'Afrekening per financier van een gezamenlijk fonds, over de toegekende uitgaven', request: { params: IdParam }, responses: { 200: jsonContent(SettlementOut, 'Afrekening'), ...errorResponses, ...unprocessableResponse } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => queries.settlement(tx, a, id));
      return c.json(out, 200);
    },
  );

  const csv = (body: string, filename: string) =>
    new Response('\uFEFF' + body, { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' } });
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const xlsx = (body: Uint8Array, filename: string) =>
    new Response(body as BodyInit, { status: 200, headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' } });
  const slug = (s: string) => s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'budget';

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/spends.csv', tags, summary: 'Alle uitgaven uit dit budget als CSV (puntkomma, decimale komma); de export komt in het verwerkingsregister', request: { params: IdParam }, responses: { ...csvResponse, ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const { pot, spends } = await c.get('db').transaction((tx) => queries.spendsExport(tx, a, id));
      const body = toCsv(
        ['Datum', 'Bedrag (euro)', 'Categorie', 'Ontvanger', 'Waarvoor', 'Onderbouwing', 'Status', 'Toelichting besluit', 'Casus', 'Casus-id', 'Geregistreerd door', 'Geregistreerd op', 'Uitgave-id'],
        spends.map((s) => [s.spentOn, centsToDutchDecimal(s.amountCents), categoryLabel(s.category), s.payee, s.description, s.justification, SPEND_STATUS_LABELS[s.status], s.decisionReason, s.caseTitle, s.caseId, s.registeredByName, s.registeredAt.slice(0, 10), s.id]),
      );
      return csv(body, `uitgaven-${slug(pot.name)}.csv`);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/summary.csv', tags, summary: 'De stand van het budget als CSV: totalen, per categorie, per maand en de prognose', request: { params: IdParam }, responses: { ...csvResponse, ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const s = await c.get('db').transaction((tx) => queries.potStatus(tx, a, id, today(c)));
      return csv(statusCsv(statusLines(s)), `stand-${slug(s.pot.name)}.csv`);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/settlement.csv', tags, summary: 'De afrekening per financier van een gezamenlijk fonds als CSV: per categorie het totaal en ieders deel, met de verdeelregel', request: { params: IdParam }, responses: { ...csvResponse, ...errorResponses, ...unprocessableResponse } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const s = await c.get('db').transaction((tx) => queries.settlement(tx, a, id));
      const e = centsToDutchDecimal;
      const rows: Array<Array<string | number | null>> = [
        ...s.lines.map((l) => [l.label, e(l.totalCents), l.coFunderPercent, e(l.ownerCents), e(l.coFunderCents)]),
        ['Totaal', e(s.totals.totalCents), null, e(s.totals.ownerCents), e(s.totals.coFunderCents)],
        [],
        ...s.explanation.map((x) => [x]),
      ];
      return csv(toCsv(['Categorie', 'Toegekend (euro)', `Aandeel ${s.coFunder} (%)`, `Deel ${s.owner} (euro)`, `Deel ${s.coFunder} (euro)`], rows), `afrekening-${slug(s.pot.name)}.csv`);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/summary.xlsx', tags, summary: 'De stand van het budget als Excel-bestand: totalen, per categorie, per maand, de prognose en de steekproef', request: { params: IdParam }, responses: { 200: { description: 'XLSX', content: { [XLSX]: { schema: z.string() } } }, ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const s = await c.get('db').transaction((tx) => queries.potStatus(tx, a, id, today(c)));
      return xlsx(await statusXlsx(s.pot.name, statusLines(s)), `stand-${slug(s.pot.name)}.xlsx`);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/settlement.xlsx', tags, summary: 'De afrekening per financier van een gezamenlijk fonds als Excel-bestand', request: { params: IdParam }, responses: { 200: { description: 'XLSX', content: { [XLSX]: { schema: z.string() } } }, ...errorResponses, ...unprocessableResponse } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const s = await c.get('db').transaction((tx) => queries.settlement(tx, a, id));
      const body = await settlementXlsx({ potName: s.pot.name, owner: s.owner, coFunder: s.coFunder, lines: s.lines, totals: s.totals, explanation: s.explanation });
      return xlsx(body, `afrekening-${slug(s.pot.name)}.xlsx`);
    },
  );

  // ---- sample review afterwards ----
  r.openapi(
    createRoute({
      method: 'post',
      path: '/budget-pots/{id}/samples',
      tags,
      summary: 'Steekproef trekken voor de toets achteraf: N toegekende uitgaven (standaard 10) uit een periode, herhaalbaar met het bewaarde zaad',
      request: { params: IdParam, ...jsonBody(z.strictObject({ size: z.int({ error: 'moet een geheel getal zijn' }).min(1, { error: 'moet tussen 1 en 500 liggen' }).max(500, { error: 'moet tussen 1 en 500 liggen' }).optional(), from: IsoDate.optional(), to: IsoDate.optional(), seed: z.int({ error: 'moet een geheel getal zijn' }).min(0, { error: 'moet tussen 0 en 4294967295 liggen' }).max(4294967295, { error: 'moet tussen 0 en 4294967295 liggen' }).optional() })) },
      responses: { 201: jsonContent(Sample, 'Getrokken'), ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      const sample = await c.get('db').transaction((tx) => commands.drawSample(tx, a, id, body));
      return c.json(presentSample(sample), 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/samples', tags, summary: 'Getrokken steekproeven van dit budget met hun voortgang', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), periodFrom: z.string(), periodTo: z.string(), seed: z.number(), size: z.number().int(), reviewed: z.number().int(), drawnByName: z.string(), drawnAt: z.string() })) }), 'Steekproeven'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const items = await c.get('db').transaction((tx) => queries.samplesOfPot(tx, a, id));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-samples/{id}', tags, summary: 'Een steekproef met de getrokken uitgaven, de oordelen en de controle dat het zaad dezelfde trekking geeft', request: { params: IdParam }, responses: { 200: jsonContent(Sample, 'Steekproef'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const sample = await c.get('db').transaction((tx) => queries.sampleDetail(tx, a, id));
      return c.json(presentSample(sample), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/budget-samples/{id}/items/{spendId}',
      tags,
      summary: 'Oordeel over een getrokken uitgave: passend of niet passend, met een reden (budgethouder of teamleider, niet wie de uitgave deed)',
      request: { headers: IfMatchOptional, params: SampleItemParams, ...jsonBody(z.strictObject({ verdict: z.enum(VERDICTS), reason: text(1000, 3) })) },
      responses: { 200: jsonContent(SampleItem, 'Vastgelegd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c, false);
      const { id, spendId } = c.req.valid('param');
      const body = c.req.valid('json');
      const item = await c.get('db').transaction((tx) => commands.judgeSampleItem(tx, a, id, spendId, version, body.verdict, body.reason));
      c.header('ETag', etagOf(item.version));
      return c.json(presentItem(item), 200);
    },
  );

  // ---- joint funds with a second funder (ADR 0017) ----
  const Decision = z.object({ funder: z.enum(FUNDERS), approve: z.boolean(), reason: z.string(), userName: z.string(), at: z.string() });
  const Confirmation = z.object({ id: z.string(), funder: z.enum(FUNDERS), organisationName: z.string(), totalCents: Money, ownerCents: Money, coFunderCents: Money, userName: z.string(), confirmedOn: IsoDateOut, at: z.string(), current: z.boolean() });
  const JointFund = z
    .object({
      pot: z.object({ id: z.string(), name: z.string(), goal: z.string(), owner: z.string(), coFunder: z.string(), periodStart: IsoDateOut, periodEnd: IsoDateOut, coDecidesAboveMandate: z.boolean(), status: z.enum(['actief', 'gesloten']) }),
      role: z.enum(FUNDERS),
      status: z.object({
        budgetCents: Money, grantedCents: Money, pendingCents: Money, remainingCents: Money, grantedCount: z.number().int(), pendingCount: z.number().int(),
        byCategory: z.array(z.object({ category: z.string(), label: z.string(), grantedCents: Money, pendingCents: Money, count: z.number().int() })),
        byMonth: z.array(z.object({ month: z.string(), grantedCents: Money, count: z.number().int() })),
        forecast: z.object({ asOf: z.string(), elapsedDays: z.number().int(), totalDays: z.number().int(), grantedCents: Money, projectedCents: Money, projectedRemainingCents: Money, explanation: z.string() }),
      }),
      spends: z.array(z.object({ id: z.string(), caseNumber: z.number().int(), spentOn: IsoDateOut, category: z.string(), label: z.string(), amountCents: Money, status: z.enum(SPEND_STATUSES), decisionReason: z.string(), coDecision: z.boolean(), decisions: z.array(Decision), version: z.number().int() })),
      waitingForMe: z.number().int(),
      settlement: z.object({ owner: z.string(), coFunder: z.string(), lines: z.array(z.object({ category: z.string(), label: z.string(), totalCents: Money, coFunderPercent: z.number(), coFunderCents: Money, ownerCents: Money })), totals: z.object({ totalCents: Money, ownerCents: Money, coFunderCents: Money }), explanation: z.array(z.string()) }),
      confirmations: z.array(Confirmation),
      confirmedBy: z.object({ eigenaar: Confirmation.nullable(), medefinancier: Confirmation.nullable() }),
    })
    .openapi('GezamenlijkFonds');

  r.openapi(
    createRoute({ method: 'get', path: '/joint-funds', tags, summary: 'De gezamenlijke fondsen die uw organisatie beheert of meefinanciert (budgethouder)', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), owner: z.string(), coFunder: z.string(), periodStart: IsoDateOut, periodEnd: IsoDateOut, role: z.enum(FUNDERS), coDecidesAboveMandate: z.boolean() })) }), 'Fondsen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json({ items: await c.get('db').transaction((tx) => queries.jointFunds(tx, a)) }, 200);
    },
  );
  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/joint-fund', tags, summary: 'Het gezamenlijk fonds voor beide financiers: stand, prognose, uitgaven alleen met casusnummer, medebeslissingen, afrekening en bevestigingen', request: { params: IdParam }, responses: { 200: jsonContent(JointFund, 'Gezamenlijk fonds'), ...errorResponses, ...unprocessableResponse } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => queries.jointFund(tx, a, c.req.valid('param').id, today(c))), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post', path: '/budget-spends/{id}/co-decision', tags,
      summary: 'De tweede financier beslist mee over een uitgave boven het mandaat, als de regels van het fonds dat zeggen (afwijzen met een reden)',
      request: { params: IdParam, ...jsonBody(z.strictObject({ approve: z.boolean(), reason: text(1000).optional() })) },
      responses: { 200: jsonContent(z.object({ id: z.string(), status: z.enum(SPEND_STATUSES), decisionReason: z.string(), version: z.number().int() }), 'Beslist'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const s = await c.get('db').transaction((tx) => commands.coDecideSpend(tx, a, c.req.valid('param').id, body.approve, body.reason ?? ''));
      return c.json({ id: s.id, status: s.status, decisionReason: s.decisionReason, version: s.version }, 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post', path: '/budget-pots/{id}/settlement/confirmations', tags,
      summary: 'Een financier bevestigt de afrekening zoals die nu is (met de bedragen die hij zag; intussen gewijzigd geeft 409)',
      request: { params: IdParam, ...jsonBody(z.strictObject({ ownerCents: cents(MAX_POT_CENTS, 0), coFunderCents: cents(MAX_POT_CENTS, 0) })) },
      responses: { 201: jsonContent(JointFund, 'Bevestigd'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      return c.json(await c.get('db').transaction((tx) => commands.confirmSettlement(tx, a, id, body, today(c))), 201);
    },
  );

  return r;
}
