// SPDX-License-Identifier: EUPL-1.2
/**
 * Maatwerkbudget: pots and mandates (budget holder), spends on a case (professional), approval of
 * spends above the mandate, the sample review afterwards, status, settlement per funder and CSV.
 * Each handler: validate (strict zod) → authorise → one transaction calling the store → log → respond.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ROLES, requireRole, type Actor, type Purpose } from '../platform/authz';
import { conflict, forbidden, invalid, notFound, unprocessable } from '../platform/errors';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, IsoDate, jsonBody, jsonContent, Paging, pageOf, text, Uuid, unprocessableResponse, type Ctx, today, IfMatch, IfMatchOptional } from '../platform/http';
import type { Queryable } from '../platform/db';
import type { Cents } from '../platform/money';
import { randomInt } from 'node:crypto';
import { idempotent, IdempotencyKeyHeader } from '../platform/idempotency';
import { logProcessing, type LogEntry } from '../platform/processing-log';
import * as cases from '../cases/store';
import {
  CATEGORIES, CATEGORY_KEYS, MAX_POT_CENTS, MAX_SPEND_CENTS, SPEND_STATUSES, SPEND_STATUS_LABELS, VERDICTS,
  canManagePots, canReview, canSpend, centsToDutchDecimal, coverage, daysInclusive, drawSample, forecast, settle, toCsv, type Category, type SplitRule,
} from './model';
import * as store from './store';

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
});
const PotPatch = z.strictObject({
  name: text(120, 3).optional(),
  goal: text(1000, 3).optional(),
  amountCents: cents(MAX_POT_CENTS).optional(),
  categories: z.array(Category).min(1, { error: 'kies minstens één categorie' }).max(CATEGORY_KEYS.length).refine(uniqueCategories, { error: 'elke categorie mag één keer voorkomen' }).optional(),
  allowNegative: z.boolean().optional(),
  status: z.enum(['actief', 'gesloten']).optional(),
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
const Pot = z
  .object({
    id: z.string(), organisationId: z.string(), organisationName: z.string(), teamId: z.string().nullable(), teamName: z.string().nullable(), name: z.string(), goal: z.string(),
    periodStart: z.string(), periodEnd: z.string(), amountCents: Money, categories: z.array(z.string()), allowNegative: z.boolean(), coFunderName: z.string().nullable(),
    coFunderOrganisationId: z.string().nullable(), splitRule: z.any().nullable(), status: z.enum(['actief', 'gesloten']), createdAt: z.string(), version: z.number().int(),
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
const SpendEvent = z.object({ kind: z.string(), statusAfter: z.string(), reason: z.string(), before: z.any(), after: z.any(), userName: z.string(), at: z.string() });
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

const csvResponse = { 200: { description: 'CSV (puntkomma-gescheiden, bedragen met decimale komma)', content: { 'text/csv': { schema: z.string() } } } } as const;
const SpendIdParam = IdParam;
const SampleItemParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }), spendId: Uuid.openapi({ param: { name: 'spendId', in: 'path' } }) });

// ---- helpers --------------------------------------------------------------------------------------

const label = (c: string) => CATEGORIES[c as Category] ?? c;
const present = (s: store.SpendRow) => {
  const { organisationId: _o, householdId: _h, caseTeamId: _t, ...rest } = s;
  return { ...rest, categoryLabel: label(s.category), statusLabel: SPEND_STATUS_LABELS[s.status] };
};
const presentMandate = (m: store.MandateRow) => ({ id: m.id, potId: m.potId, role: m.role, userId: m.userId, userName: m.userName, maxPerSpendCents: m.maxPerSpend, maxPerCaseCents: m.maxPerCase, categories: m.categories, active: m.active, createdAt: m.createdAt, endedAt: m.endedAt, version: m.version });
const totalsOf = (pot: store.PotRow, t: store.PotTotals) => ({ grantedCents: t.granted, pendingCents: t.pending, remainingCents: pot.amountCents - t.granted - t.pending, grantedCount: t.grantedCount, pendingCount: t.pendingCount });
const SPEND_FIELDS = ['amountCents', 'category', 'payee', 'spentOn', 'description', 'justification', 'caseTitle'];

/** One log line per spend read, with the case and household it belongs to. */
const readLog = (spends: store.SpendRow[], purpose: Purpose, action: LogEntry['action'] = 'lezen'): LogEntry[] =>
  spends.map((s) => ({ action, resource: 'budgetuitgave', resourceId: s.id, caseId: s.caseId, householdId: s.householdId, fields: SPEND_FIELDS, purpose }));

function requireSpender(a: Actor) {
  if (!canSpend(a)) throw forbidden('Alleen een professional of teamleider registreert uitgaven op een casus.');
}
function requireManager(a: Actor) {
  if (!canManagePots(a)) throw forbidden('Alleen een budgethouder of beheerder beheert budgetten en mandaten.');
}
async function ownPotForManager(tx: Queryable, a: Actor, id: string) {
  requireManager(a);
  const pot = await store.getPot(tx, id);
  if (pot.organisationId !== a.organisationId) {
    if (pot.coFunderOrganisationId === a.organisationId) throw forbidden('Alleen de eigenaar van het budget beheert het; de tweede financier ziet de stand en de afrekening.');
    throw notFound('Budget');
  }
  return pot;
}

/**
 * A spend as the actor may see it: the budget holder (or the team lead of the pot's team) for
 * verantwoording; the professional or team lead of the case's team for hulpverlening.
 */
async function spendForActor(tx: Queryable, a: Actor, id: string): Promise<{ spend: store.SpendRow; purpose: Purpose }> {
  const spend = await store.getSpend(tx, a.organisationId, id);
  const pot = await store.getPot(tx, spend.potId);
  let full = false;
  try {
    full = store.potAccess(a, pot) === 'full';
  } catch {
    full = false;
  }
  if (full) return { spend, purpose: 'verantwoording' };
  requireSpender(a);
  await cases.getCaseForActor(tx, a, spend.caseId);
  return { spend, purpose: 'hulpverlening' };
}

async function caseForSpendWrite(tx: Queryable, a: Actor, caseId: string) {
  requireSpender(a);
  const cs = await cases.getCaseForActor(tx, a, caseId);
  if (cs.status === 'gesloten') throw conflict('Deze casus is gesloten. Heropen de casus om uitgaven te registreren of te wijzigen.', 'casus_gesloten');
  return cs;
}

function checkPeriod(start: string, end: string) {
  if (end < start) throw invalid('periodEnd', 'ligt voor de begindatum (periodStart)');
  if (daysInclusive(start, end) > 5 * 366) throw invalid('periodEnd', 'een periode duurt hoogstens vijf jaar');
}
function checkSplitRule(rule: SplitRule | undefined, categories: string[]) {
  if (rule?.kind !== 'per_categorie') return;
  for (const k of Object.keys(rule.coFunderPercentByCategory)) {
    if (!categories.includes(k)) throw invalid(`coFunder.splitRule.coFunderPercentByCategory.${k}`, 'is geen categorie van dit budget');
  }
}

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
      requireManager(a);
      const body = c.req.valid('json');
      checkPeriod(body.periodStart, body.periodEnd);
      checkSplitRule(body.coFunder?.splitRule, body.categories);
      const pot = await c.get('db').transaction((tx) => store.insertPot(tx, a, body));
      c.header('ETag', etagOf(pot.version));
      return c.json(pot as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots', tags, summary: 'De budgetten die u ziet, met toegekend, gereserveerd en beschikbaar; voor wie uitgeeft ook het eigen mandaat', request: { query: z.object({ status: z.enum(['actief', 'gesloten']).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(PotWithTotals) }), 'Budgetten'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction(async (tx) => {
        const pots = await store.listPots(tx, a, c.req.valid('query'));
        const out = [];
        for (const pot of pots) {
          out.push({ ...pot, totals: totalsOf(pot, await store.potTotals(tx, pot.id)), access: store.potAccess(a, pot), ...(canSpend(a) && pot.organisationId === a.organisationId ? { myMandate: await store.mandateFor(tx, pot.id, a) } : {}) });
        }
        return out;
      });
      return c.json({ items } as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}', tags, summary: 'Eén budget met totalen, mandaten en uw eigen mandaat; ETag voor If-Match', request: { params: IdParam }, responses: { 200: jsonContent(PotWithTotals.extend({ mandates: z.array(MandateOut) }), 'Budget'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction(async (tx) => {
        const pot = await store.potForActor(tx, a, c.req.valid('param').id, 'aggregate');
        const own = pot.organisationId === a.organisationId;
        return {
          ...pot,
          totals: totalsOf(pot, await store.potTotals(tx, pot.id)),
          access: store.potAccess(a, pot),
          mandates: own ? (await store.listMandates(tx, pot.id)).map(presentMandate) : [],
          ...(canSpend(a) && own ? { myMandate: await store.mandateFor(tx, pot.id, a) } : {}),
        };
      });
      c.header('ETag', etagOf(out.version));
      return c.json(out as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/budget-pots/{id}', tags, summary: 'Budget wijzigen: naam, doel, bedrag (ophogen), categorieën, onder nul toestaan, sluiten (If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(PotPatch) }, responses: { 200: jsonContent(Pot, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireManager(a);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const pot = await c.get('db').transaction(async (tx) => {
        await ownPotForManager(tx, a, c.req.valid('param').id);
        return store.updatePot(tx, a, c.req.valid('param').id, version, body);
      });
      c.header('ETag', etagOf(pot.version));
      return c.json(pot as any, 200);
    },
  );

  // ---- mandates ----
  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/mandates', tags, summary: 'Mandaten op dit budget (ook beëindigde, voor de geschiedenis)', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(MandateOut) }), 'Mandaten'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction(async (tx) => {
        const pot = await store.potForActor(tx, a, c.req.valid('param').id, 'aggregate');
        if (pot.organisationId !== a.organisationId) throw forbidden('De mandaten zijn alleen zichtbaar voor de eigenaar van het budget.');
        return (await store.listMandates(tx, pot.id, false)).map(presentMandate);
      });
      return c.json({ items } as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/budget-pots/{id}/mandates', tags, summary: 'Mandaat instellen voor een rol of (voorrang) één medewerker: maximum per uitgave, per casus per periode, categorieën', request: { params: IdParam, ...jsonBody(MandateInput) }, responses: { 201: jsonContent(MandateOut, 'Ingesteld'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireManager(a);
      const body = c.req.valid('json');
      if (!body.role === !body.userId) throw invalid('role', 'geef óf een rol óf een medewerker (userId), niet allebei');
      if (body.maxPerCaseCents < body.maxPerSpendCents) throw invalid('maxPerCaseCents', 'moet minstens even hoog zijn als het maximum per uitgave');
      const m = await c.get('db').transaction(async (tx) => {
        const pot = await ownPotForManager(tx, a, c.req.valid('param').id);
        (body.categories ?? []).forEach((k, i) => {
          if (!pot.categories.includes(k)) throw invalid(`categories.${i}`, 'is geen categorie van dit budget');
        });
        return store.insertMandate(tx, a, pot, body);
      });
      c.header('ETag', etagOf(m.version));
      return c.json(presentMandate(m) as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/budget-mandates/{id}', tags, summary: 'Mandaat wijzigen (If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(MandatePatch) }, responses: { 200: jsonContent(MandateOut, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireManager(a);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const m = await c.get('db').transaction(async (tx) => {
        const cur = await store.getMandate(tx, a.organisationId, c.req.valid('param').id);
        const pot = await store.getPot(tx, cur.potId);
        (body.categories ?? []).forEach((k, i) => {
          if (!pot.categories.includes(k)) throw invalid(`categories.${i}`, 'is geen categorie van dit budget');
        });
        if ((body.maxPerCaseCents ?? cur.maxPerCase) < (body.maxPerSpendCents ?? cur.maxPerSpend)) throw invalid('maxPerCaseCents', 'moet minstens even hoog zijn als het maximum per uitgave');
        return store.updateMandate(tx, a.organisationId, cur.id, version, body);
      });
      c.header('ETag', etagOf(m.version));
      return c.json(presentMandate(m) as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'delete', path: '/budget-mandates/{id}', tags, summary: 'Mandaat beëindigen (het blijft zichtbaar in de geschiedenis)', request: { params: IdParam }, responses: { 200: jsonContent(MandateOut, 'Beëindigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireManager(a);
      const m = await c.get('db').transaction((tx) => store.endMandate(tx, a.organisationId, c.req.valid('param').id));
      return c.json(presentMandate(m) as any, 200);
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
      requireSpender(a);
      const body = c.req.valid('json');
      // A retry with the same Idempotency-Key returns this answer instead of registering the spend twice.
      return idempotent(c, a, body, async (tx) => {
        const cs = await caseForSpendWrite(tx, a, c.req.valid('param').id);
        const spend = await store.recordSpend(tx, a, cs, body);
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'budgetuitgave', resourceId: spend.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
        return { status: 201, body: present(spend), etag: etagOf(spend.version) };
      }) as any;
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
      requireSpender(a);
      const items = await c.get('db').transaction(async (tx) => {
        const cs = await cases.getCaseForActor(tx, a, c.req.valid('param').id);
        const items = await store.listSpendsOfCase(tx, cs.id);
        await logProcessing(tx, a, { action: 'lezen', resource: 'budgetuitgaven', caseId: cs.id, householdId: cs.householdId, fields: SPEND_FIELDS, purpose: 'hulpverlening' });
        return items;
      });
      const sum = (xs: store.SpendRow[], st: string) => xs.filter((s) => s.status === st).reduce((n, s) => n + s.amountCents, 0);
      const pots = [...new Map(items.map((s) => [s.potId, s.potName])).entries()];
      return c.json(
        {
          items: items.map(present),
          grantedCents: sum(items, 'toegekend'),
          pendingCents: sum(items, 'wacht_op_akkoord'),
          byPot: pots.map(([potId, potName]) => ({ potId, potName, grantedCents: sum(items.filter((s) => s.potId === potId), 'toegekend'), pendingCents: sum(items.filter((s) => s.potId === potId), 'wacht_op_akkoord') })),
        } as any,
        200,
      );
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-spends/{id}', tags, summary: 'Eén uitgave met haar volledige geschiedenis en beoordelingen; ETag voor If-Match', request: { params: SpendIdParam }, responses: { 200: jsonContent(SpendDetail, 'Uitgave'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction(async (tx) => {
        const { spend, purpose } = await spendForActor(tx, a, c.req.valid('param').id);
        await logProcessing(tx, a, readLog([spend], purpose));
        return { ...present(spend), history: await store.spendEvents(tx, spend.id), reviews: (await store.reviewsOfSpends(tx, [spend.id])).map(({ spendId: _s, ...r }) => r) };
      });
      c.header('ETag', etagOf(out.version));
      return c.json(out as any, 200);
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
      requireSpender(a);
      const version = ifMatchVersion(c)!;
      const { reason, ...patch } = c.req.valid('json');
      const spend = await c.get('db').transaction(async (tx) => {
        const cur = await store.getSpend(tx, a.organisationId, c.req.valid('param').id);
        const cs = await caseForSpendWrite(tx, a, cur.caseId);
        const spend = await store.correctSpend(tx, a, cs, cur.id, version, patch, reason);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'budgetuitgave', resourceId: spend.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(patch), purpose: 'hulpverlening' });
        return spend;
      });
      c.header('ETag', etagOf(spend.version));
      return c.json(present(spend) as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/budget-spends/{id}/cancel', tags, summary: 'Uitgave annuleren met een reden; zij blijft zichtbaar met haar geschiedenis (If-Match optioneel)', request: { headers: IfMatchOptional, params: SpendIdParam, ...jsonBody(Reason) }, responses: { 200: jsonContent(Spend, 'Geannuleerd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireSpender(a);
      const version = ifMatchVersion(c, false);
      const { reason } = c.req.valid('json');
      const spend = await c.get('db').transaction(async (tx) => {
        const cur = await store.getSpend(tx, a.organisationId, c.req.valid('param').id);
        const cs = await caseForSpendWrite(tx, a, cur.caseId);
        const spend = await store.cancelSpend(tx, a, cs, cur.id, version, reason);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'budgetuitgave', resourceId: spend.id, caseId: cs.id, householdId: cs.householdId, fields: ['status'], purpose: 'hulpverlening' });
        return spend;
      });
      c.header('ETag', etagOf(spend.version));
      return c.json(present(spend) as any, 200);
    },
  );

  // ---- approval of spends above the mandate ----
  r.openapi(
    createRoute({ method: 'get', path: '/budget-approvals', tags, summary: 'Uitgaven boven het mandaat die op uw akkoord wachten (budgethouder)', responses: { 200: jsonContent(z.object({ items: z.array(Spend) }), 'Wachtende uitgaven'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireRole(a, 'budgethouder');
      const items = await c.get('db').transaction(async (tx) => {
        const items = await store.listPending(tx, a.organisationId);
        await logProcessing(tx, a, readLog(items, 'verantwoording'));
        return items;
      });
      return c.json({ items: items.map(present) } as any, 200);
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
        requireRole(a, 'budgethouder');
        const version = ifMatchVersion(c, false);
        const reason = (c.req.valid('json' as never) as { reason?: string }).reason ?? '';
        const spend = await c.get('db').transaction(async (tx) => {
          const spend = await store.decidePendingSpend(tx, a, (c.req.valid('param' as never) as { id: string }).id, version, approve, reason);
          await logProcessing(tx, a, { action: 'wijzigen', resource: 'budgetuitgave', resourceId: spend.id, caseId: spend.caseId, householdId: spend.householdId, fields: ['status'], purpose: 'verantwoording' });
          return spend;
        });
        c.header('ETag', etagOf(spend.version));
        return c.json(present(spend) as any, 200);
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
      const q = c.req.valid('query');
      if (q.from && q.to && q.to < q.from) throw invalid('to', 'ligt voor de begindatum (from)');
      const res = await c.get('db').transaction(async (tx) => {
        const pot = await store.potForActor(tx, a, c.req.valid('param').id, 'full');
        const res = await store.listSpendsOfPot(tx, pot.id, q);
        await logProcessing(tx, a, readLog(res.items, 'verantwoording'));
        return res;
      });
      return c.json({ items: res.items.map(present) as any, total: res.total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  // ---- status, settlement, CSV ----
  async function statusOf(tx: Queryable, pot: store.PotRow, today: string) {
    const t = await store.potTotals(tx, pot.id);
    const f = forecast(pot.periodStart, pot.periodEnd, today, pot.amountCents as Cents, t.granted as Cents);
    const cov = coverage(await store.grantedAmounts(tx, pot.id, pot.periodStart, pot.periodEnd), await store.sampledOfPot(tx, pot.id));
    const remaining = pot.amountCents - t.granted - t.pending;
    return {
      pot,
      budgetCents: pot.amountCents,
      grantedCents: t.granted,
      pendingCents: t.pending,
      remainingCents: remaining,
      grantedCount: t.grantedCount,
      pendingCount: t.pendingCount,
      byCategory: (await store.totalsByCategory(tx, pot.id)).map((x) => ({ category: x.category, label: label(x.category), grantedCents: x.granted, pendingCents: x.pending, count: x.count })),
      byMonth: (await store.grantedByMonth(tx, pot.id)).map((m) => ({ month: m.month, grantedCents: m.granted, count: m.count })),
      forecast: { asOf: f.asOf, elapsedDays: f.elapsedDays, totalDays: f.totalDays, grantedCents: f.granted, projectedCents: f.projected, projectedRemainingCents: f.projectedRemaining, explanation: f.explanation },
      review: cov,
      explanation: [
        `Beschikbaar = budget − toegekend − wacht op akkoord: ${centsToDutchDecimal(pot.amountCents)} − ${centsToDutchDecimal(t.granted)} − ${centsToDutchDecimal(t.pending)} = ${centsToDutchDecimal(remaining)} euro. Uitgaven die op akkoord wachten, houden hun bedrag vast, zodat een goedkeuring het budget nooit overschrijdt.`,
        pot.allowNegative ? 'Dit budget mag onder nul komen.' : 'Dit budget mag niet onder nul komen: een uitgave die niet meer past, wordt geweigerd met het bedrag dat nog beschikbaar is.',
      ],
    };
  }

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/status', tags, summary: 'Stand van het budget: toegekend, wacht op akkoord, beschikbaar, per categorie en maand, prognose in het huidige tempo, dekking van de steekproef', request: { params: IdParam }, responses: { 200: jsonContent(Status, 'Stand'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction(async (tx) => statusOf(tx, await store.potForActor(tx, a, c.req.valid('param').id, 'aggregate'), today(c)));
      return c.json(out as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/settlement', tags, summary: 'Afrekening per financier van een gezamenlijk fonds, over de toegekende uitgaven', request: { params: IdParam }, responses: { 200: jsonContent(SettlementOut, 'Afrekening'), ...errorResponses, ...unprocessableResponse } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction(async (tx) => {
        const pot = await store.potForActor(tx, a, c.req.valid('param').id, 'aggregate');
        if (!pot.splitRule || !pot.coFunderName) throw unprocessable('Dit budget heeft geen tweede financier; er valt niets te verdelen.', 'geen_gezamenlijk_fonds');
        const s = settle(await store.grantedAmounts(tx, pot.id), pot.splitRule, pot.organisationName, pot.coFunderName);
        return {
          pot,
          owner: s.owner,
          coFunder: s.coFunder,
          lines: s.lines.map((l) => ({ category: l.category, label: label(l.category), totalCents: l.total, coFunderPercent: l.coFunderPercent, coFunderCents: l.coFunder, ownerCents: l.owner })),
          totals: { totalCents: s.totals.total, ownerCents: s.totals.owner, coFunderCents: s.totals.coFunder },
          explanation: s.explanation,
        };
      });
      return c.json(out as any, 200);
    },
  );

  const csv = (c: Ctx, body: string, filename: string) =>
    new Response('\uFEFF' + body, { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' } });
  const slug = (s: string) => s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'budget';

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/spends.csv', tags, summary: 'Alle uitgaven uit dit budget als CSV (puntkomma, decimale komma); de export komt in het verwerkingsregister', request: { params: IdParam }, responses: { ...csvResponse, ...errorResponses } }),
    (async (c: Ctx) => {
      const a = actorOf(c);
      const id = (c.req.valid as any)('param').id as string;
      const { pot, spends } = await c.get('db').transaction(async (tx) => {
        const pot = await store.potForActor(tx, a, id, 'full');
        const spends = await store.allSpendsOfPot(tx, pot.id);
        await logProcessing(tx, a, readLog(spends, 'verantwoording', 'exporteren'));
        return { pot, spends };
      });
      const body = toCsv(
        ['Datum', 'Bedrag (euro)', 'Categorie', 'Ontvanger', 'Waarvoor', 'Onderbouwing', 'Status', 'Toelichting besluit', 'Casus', 'Casus-id', 'Geregistreerd door', 'Geregistreerd op', 'Uitgave-id'],
        spends.map((s) => [s.spentOn, centsToDutchDecimal(s.amountCents), label(s.category), s.payee, s.description, s.justification, SPEND_STATUS_LABELS[s.status], s.decisionReason, s.caseTitle, s.caseId, s.registeredByName, s.registeredAt.slice(0, 10), s.id]),
      );
      return csv(c, body, `uitgaven-${slug(pot.name)}.csv`);
    }) as any,
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/summary.csv', tags, summary: 'De stand van het budget als CSV: totalen, per categorie, per maand en de prognose', request: { params: IdParam }, responses: { ...csvResponse, ...errorResponses } }),
    (async (c: Ctx) => {
      const a = actorOf(c);
      const id = (c.req.valid as any)('param').id as string;
      const s = await c.get('db').transaction(async (tx) => statusOf(tx, await store.potForActor(tx, a, id, 'aggregate'), today(c)));
      const e = centsToDutchDecimal;
      const rows: Array<Array<string | number | null>> = [
        ['Totaal', 'Budget', e(s.budgetCents), null, null],
        ['Totaal', 'Toegekend', e(s.grantedCents), s.grantedCount, null],
        ['Totaal', 'Wacht op akkoord', e(s.pendingCents), s.pendingCount, null],
        ['Totaal', 'Beschikbaar', e(s.remainingCents), null, s.explanation[0]],
        ...s.byCategory.map((x) => ['Categorie', x.label, e(x.grantedCents), x.count, x.pendingCents ? `wacht op akkoord: ${e(x.pendingCents)}` : null]),
        ...s.byMonth.map((m) => ['Maand', m.month, e(m.grantedCents), m.count, null]),
        ['Prognose', `eind periode (${s.pot.periodEnd})`, e(s.forecast.projectedCents), null, s.forecast.explanation],
        ['Steekproef', 'Beoordeeld', String(s.review.reviewed), s.review.population, s.review.explanation],
      ];
      return csv(c, toCsv(['Soort', 'Omschrijving', 'Bedrag (euro)', 'Aantal', 'Toelichting'], rows), `stand-${slug(s.pot.name)}.csv`);
    }) as any,
  );

  // ---- sample review afterwards ----
  const sampleOut = async (tx: Queryable, sample: store.SampleRow) => {
    const items = await store.sampleItems(tx, sample);
    const redo = drawSample(sample.populationIds, sample.sizeRequested, sample.seed);
    const drawn = items.map((i) => i.spend.id);
    const reproducible = redo.length === drawn.length && redo.every((id, k) => id === drawn[k]);
    const { populationIds, ...rest } = sample;
    return {
      raw: items.map((i) => i.spend),
      ...rest,
      population: populationIds.length,
      reproducible,
      items: items.map((i) => ({ ...i, spend: present(i.spend) })),
      explanation: `Getrokken met zaad ${sample.seed} uit ${populationIds.length} toegekende uitgaven van ${sample.periodFrom} tot en met ${sample.periodTo} die nog niet in een steekproef zaten (gesorteerd op id, dan mulberry32 met gedeeltelijke Fisher-Yates). Opnieuw trekken met hetzelfde zaad geeft ${reproducible ? 'dezelfde' : 'NIET dezelfde'} uitgaven.`,
    };
  };

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
      if (!canReview(a)) throw forbidden('Alleen een budgethouder of teamleider trekt een steekproef.');
      const body = c.req.valid('json');
      const out = await c.get('db').transaction(async (tx) => {
        const pot = await store.potForActor(tx, a, c.req.valid('param').id, 'full');
        const from = body.from ?? pot.periodStart;
        const to = body.to ?? pot.periodEnd;
        if (from < pot.periodStart || from > pot.periodEnd) throw invalid('from', `ligt buiten de periode van het budget (${pot.periodStart} tot en met ${pot.periodEnd})`);
        if (to < pot.periodStart || to > pot.periodEnd) throw invalid('to', `ligt buiten de periode van het budget (${pot.periodStart} tot en met ${pot.periodEnd})`);
        if (to < from) throw invalid('to', 'ligt voor de begindatum (from)');
        const sample = await store.insertSample(tx, a, pot, { from, to, size: body.size ?? 10, seed: body.seed ?? randomInt(0, 2 ** 32 - 1) });
        const { raw, ...out } = await sampleOut(tx, sample);
        await logProcessing(tx, a, readLog(raw, 'verantwoording'));
        return out;
      });
      return c.json(out as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/budget-pots/{id}/samples', tags, summary: 'Getrokken steekproeven van dit budget met hun voortgang', request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), periodFrom: z.string(), periodTo: z.string(), seed: z.number(), size: z.number().int(), reviewed: z.number().int(), drawnByName: z.string(), drawnAt: z.string() })) }), 'Steekproeven'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction(async (tx) => store.listSamples(tx, (await store.potForActor(tx, a, c.req.valid('param').id, 'full')).id));
      return c.json({ items: items.map(({ populationIds: _p, ...s }) => s) } as any, 200);
    },
  );

  async function sampleForActor(tx: Queryable, a: Actor, id: string) {
    const sample = await store.getSample(tx, a.organisationId, id);
    await store.potForActor(tx, a, sample.potId, 'full');
    return sample;
  }

  r.openapi(
    createRoute({ method: 'get', path: '/budget-samples/{id}', tags, summary: 'Een steekproef met de getrokken uitgaven, de oordelen en de controle dat het zaad dezelfde trekking geeft', request: { params: IdParam }, responses: { 200: jsonContent(Sample, 'Steekproef'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction(async (tx) => {
        const { raw, ...out } = await sampleOut(tx, await sampleForActor(tx, a, c.req.valid('param').id));
        await logProcessing(tx, a, readLog(raw, 'verantwoording'));
        return out;
      });
      return c.json(out as any, 200);
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
      if (!canReview(a)) throw forbidden('Alleen een budgethouder of teamleider beoordeelt de steekproef.');
      const version = ifMatchVersion(c, false);
      const body = c.req.valid('json');
      const { id, spendId } = c.req.valid('param');
      const item = await c.get('db').transaction(async (tx) => {
        const sample = await sampleForActor(tx, a, id);
        const item = await store.reviewItem(tx, a, sample, spendId, version, body.verdict, body.reason);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'steekproefoordeel', resourceId: `${sample.id}/${spendId}`, caseId: item.spend.caseId, householdId: item.spend.householdId, fields: ['verdict', 'reason'], purpose: 'verantwoording' });
        return item;
      });
      c.header('ETag', etagOf(item.version));
      return c.json({ ...item, spend: present(item.spend) } as any, 200);
    },
  );

  return r;
}
