// SPDX-License-Identifier: EUPL-1.2
/**
 * Knelpunten, the escalation ladder, decisions, hand-overs, structural signals, overbrugging, the
 * Maatwerkregister and notifications: authenticate → validate → one transaction calling one command
 * or query → present with a typed schema (ADR 11). Dates a user states are checked against
 * `today(c)` (Europe/Amsterdam) inside the command: not in the future, absent means today.
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, pageOf, Paging, text, unprocessableResponse, Uuid, IfMatch,
  today, IfMatchOptional,
} from '../platform/http';
import { idempotent, IdempotencyKeyHeader, replayable } from '../platform/idempotency';
import { FUNDERS } from '../businesscase/model';
import { ACCEPTANCES, DECIDER_ROLES, HANDOVER_EDITABLE, KNELPUNT_STATUSES, KNELPUNT_TYPES, OUTCOMES, SIGNAL_KINDS } from './model';
import * as commands from './commands';
import * as queries from './queries';

// ---- schemas ----
const LevelInput = z.strictObject({
  id: Uuid.optional(),
  name: text(120, 2),
  deadlineWorkingDays: z.number().int().min(0).max(120),
  deciderRole: z.enum(DECIDER_ROLES).nullable().optional(),
  deciderOrganisationId: Uuid.nullable().optional(),
});
const LadderInput = z.strictObject({
  levels: z.array(LevelInput).min(1, { error: 'geef minstens één trede' }).max(12, { error: 'hoogstens 12 treden' }),
  bevrijdingsdagIsHoliday: z.boolean().default(true),
});
const Level = z.object({ id: z.string(), position: z.number().int(), name: z.string(), deadlineWorkingDays: z.number().int(), deciderRole: z.string().nullable(), deciderOrganisationId: z.string().nullable(), deciderOrganisationName: z.string().nullable() }).openapi('EscalationLevel');
const NonWorkingDay = z.object({ date: IsoDateOut, name: z.string() }).openapi('NonWorkingDay');
const Ladder = z
  .object({ levels: z.array(Level), bevrijdingsdagIsHoliday: z.boolean(), holidays: z.array(z.object({ date: IsoDateOut, name: z.string() })), nonWorkingDays: z.array(NonWorkingDay), version: z.number().int() })
  .openapi('EscalationLadder');
const CalendarInput = z.strictObject({
  bevrijdingsdagIsHoliday: z.boolean(),
  nonWorkingDays: z.array(z.strictObject({ date: IsoDate, name: text(80, 2) })).max(60, { error: 'hoogstens 60 eigen vrije dagen' }),
});

const KnelpuntFields = {
  solutionNeeded: text(2000, 5),
  blockingLaw: text(160, 2),
  blockingArticle: text(120).optional(),
  blockingOrganisation: text(160, 2),
  policyRule: text(500).optional(),
  type: z.enum(KNELPUNT_TYPES),
  toetsRuleGoal: text(2000).optional(),
  toetsCounterproductive: text(2000).optional(),
  toetsProportionate: text(2000).optional(),
  costOfWaiting: text(2000).optional(),
  costOfWaitingCents: z.number().int().min(0).max(100_000_000_00).nullable().optional(),
};
const KnelpuntInput = z.strictObject({
  ...KnelpuntFields,
  createdOn: IsoDate.optional().openapi({ description: 'Terugdateren bij het overzetten van een lopende casus: de werkelijke datum (hoogstens twee jaar terug), met backdateReason' }),
  backdateReason: text(500).optional(),
});
const KnelpuntPatch = z.strictObject(Object.fromEntries(Object.entries(KnelpuntFields).map(([k, v]) => [k, (v as z.ZodType).optional()])) as { [K in keyof typeof KnelpuntFields]: z.ZodOptional<(typeof KnelpuntFields)[K]> });
const Knelpunt = z
  .object({
    id: z.string(), organisationId: z.string(), caseId: z.string(), teamId: z.string(), solutionNeeded: z.string(), blockingLaw: z.string(), blockingArticle: z.string(), blockingOrganisation: z.string(),
    policyRule: z.string(), type: z.enum(KNELPUNT_TYPES), toetsRuleGoal: z.string(), toetsCounterproductive: z.string(), toetsProportionate: z.string(), costOfWaiting: z.string(),
    costOfWaitingCents: z.number().int().nullable(), status: z.enum(KNELPUNT_STATUSES), currentStepId: z.string().nullable(), currentLevelName: z.string().nullable(), currentDeadline: z.string().nullable(),
    consentToShare: z.boolean(), consentRecordedOn: z.string().nullable(), consentRecordedBy: z.string().nullable(), createdOn: z.string(), backdateReason: z.string().nullable(), createdByName: z.string().nullable(), updatedAt: z.string(), version: z.number().int(),
  })
  .openapi('Knelpunt');
const Step = z
  .object({
    id: z.string(), knelpuntId: z.string(), levelId: z.string(), levelName: z.string(), deciderRole: z.string().nullable(), deciderOrganisationName: z.string().nullable(), reason: z.string(), escalatedOn: z.string(),
    escalatedByName: z.string().nullable(), deadline: z.string(), status: z.enum(['open', 'besloten', 'doorgeschoven', 'vervallen']), outcome: z.enum(OUTCOMES).nullable(), decisionText: z.string().nullable(),
    referredToLevelId: z.string().nullable(), referredToOrganisation: z.string().nullable(), decidedOn: z.string().nullable(), decidedByName: z.string().nullable(), backdateReason: z.string().nullable(),
  })
  .openapi('EscalationStep');
const Handover = z
  .object({ id: z.string(), organisationId: z.string(), organisationName: z.string(), sourceOrganisationId: z.string(), sourceOrganisationName: z.string(), stepId: z.string(), knelpuntId: z.string(), levelName: z.string(), deadline: z.string(), content: z.record(z.string(), z.unknown()), withIdentifiers: z.boolean(), status: z.enum(['open', 'besloten', 'vervallen']), createdAt: z.string() })
  .openapi('Handover');
const Claim = z.object({ id: z.string(), overbruggingId: z.string(), creditor: z.string(), debtor: z.string(), amountCents: z.number().int(), status: z.enum(['open', 'gesloten']), closedOn: z.string().nullable() }).openapi('OverbruggingClaim');
const LedgerLine = z.object({ entryNo: z.number().int(), kind: z.enum(['afrekening', 'tegenboeking', 'correctie']), funder: z.string(), amountCents: z.number().int(), reason: z.string(), bookedOn: z.string().nullable(), bookedByName: z.string().nullable() }).openapi('OverbruggingLedgerLine');
const Overbrugging = z
  .object({
    id: z.string(), organisationId: z.string(), organisationName: z.string(), knelpuntId: z.string(), help: z.string(), provisionalFunder: z.string(), provisionalAmountCents: z.number().int(), startedOn: z.string(),
    status: z.enum(['open', 'afgerekend']), settledOn: z.string().nullable(), settledTotalCents: z.number().int().nullable(), settlementNote: z.string().nullable(),
    decidedByOrganisationId: z.string(), decidedByOrganisationName: z.string(), funderOrganisationId: z.string(), funderOrganisationName: z.string(), acceptance: z.enum(ACCEPTANCES),
    acceptanceNote: z.string().nullable(), acceptedOn: z.string().nullable(), acceptedByName: z.string().nullable(), version: z.number().int(),
    shares: z.array(z.object({ funder: z.string(), amountCents: z.number().int() })), ledger: z.array(LedgerLine), claims: z.array(Claim),
  })
  .openapi('Overbrugging');
const Signal = z.object({ id: z.string(), knelpuntId: z.string(), kind: z.enum(SIGNAL_KINDS), rule: z.string(), proposal: z.string(), createdOn: z.string() }).openapi('StructuralSignal');
const Contact = z.object({ id: z.string(), organisationId: z.string(), contactOrganisation: z.string(), name: z.string(), role: z.string(), phone: z.string().nullable(), email: z.string().nullable(), topics: z.array(z.string()), region: z.string(), active: z.boolean(), version: z.number().int() }).openapi('RegisterContact');
const Event = z.object({ kind: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), detail: z.string(), userName: z.string(), userOrganisation: z.string(), at: z.string() });
const KnelpuntFile = z
  .object({
    knelpunt: Knelpunt, history: z.array(Event), steps: z.array(Step), handovers: z.array(Handover.omit({ content: true })), signals: z.array(Signal), overbruggingen: z.array(Overbrugging), contacts: z.array(Contact.extend({ note: z.string() })),
    businessCase: z.object({ id: z.string(), title: z.string(), horizonMonths: z.number().int(), regulierCents: z.number().int(), maatwerkCents: z.number().int(), differenceCents: z.number().int(), perFunder: z.array(z.object({ label: z.string(), differenceCents: z.number().int(), position: z.string() })), summary: z.string() }).nullable(),
  })
  .openapi('KnelpuntFile');

const OverbruggingInput = z.strictObject({
  help: text(1000, 3), provisionalFunder: z.enum(FUNDERS), provisionalAmountCents: z.number().int().min(1).max(100_000_000_00), startedOn: IsoDate.optional(),
  funderOrganisationId: Uuid.optional().openapi({ description: 'De organisatie die voorlopig betaalt (standaard: de organisatie van het knelpunt); een andere organisatie dan die van de beslisser moet eerst accepteren' }),
});
const SignalInput = z.strictObject({ kind: z.enum(SIGNAL_KINDS), rule: text(200, 3), proposal: text(2000, 5) });
const DecisionInput = z.strictObject({
  outcome: z.enum(OUTCOMES),
  text: text(2000, 3),
  referToLevelId: Uuid.optional(),
  referToOrganisation: text(160, 2).optional(),
  decidedOn: IsoDate.optional(),
  overbrugging: OverbruggingInput.optional(),
  signal: SignalInput.optional(),
});
const DecisionResult = z.object({ step: Step, knelpuntStatus: z.enum(KNELPUNT_STATUSES), next: Step.nullable(), overbrugging: Overbrugging.nullable(), handoverId: z.string().nullable() }).openapi('Decision');
const HandoverEditsInput = z.strictObject(Object.fromEntries(Object.keys(HANDOVER_EDITABLE).map((k) => [k, text(2000).optional()])) as Record<keyof typeof HANDOVER_EDITABLE, z.ZodOptional<ReturnType<typeof text>>>);
const EscalateInput = z.strictObject({ levelId: Uuid.optional(), reason: text(1000).optional(), on: IsoDate.optional(), backdateReason: text(500).optional(), handoverEdits: HandoverEditsInput.optional() });
const Segment = z.union([z.object({ text: z.string() }), z.object({ removed: z.string(), replacement: z.string(), kind: z.string() })]);
const EscalationPreview = z
  .object({
    level: z.object({ id: z.string(), name: z.string(), deadlineWorkingDays: z.number().int(), deciderOrganisationName: z.string().nullable() }), on: z.string(), deadline: z.string(), missingLegitimation: z.array(z.string()),
    handover: z.object({ receivingOrganisation: z.string(), withIdentifiers: z.boolean(), content: z.record(z.string(), z.unknown()), fields: z.array(z.object({ field: z.string(), label: z.string(), text: z.string(), shared: z.string(), segments: z.array(Segment) })), removals: z.array(z.object({ path: z.string(), kind: z.string(), original: z.string(), replacement: z.string() })) }).nullable(),
  })
  .openapi('EscalationPreview');
const LevelFigure = z.object({ levelName: z.string(), decided: z.number().int(), medianDays: z.number().nullable(), p90Days: z.number().nullable(), withinDeadline: z.number().int(), withinDeadlinePct: z.number().nullable(), explanation: z.string() });
const Figures = z.object({ own: z.array(LevelFigure), national: z.array(LevelFigure), reference: z.object({ year: z.number().int(), cases: z.number().int(), weeksPerCase: z.number(), measure: z.string().openapi({ description: 'wat het referentiecijfer meet (niet hetzelfde als de mediaan per trede)' }), confidence: z.enum(['laag', 'middel', 'hoog']), source: z.string() }).nullable() }).openapi('EscalationFigures');
const EscalateResult = z.object({ step: Step, handoverId: z.string().nullable(), notified: z.number().int().optional() }).openapi('Escalation');
const QueueItem = z.object({ stepId: z.string(), knelpuntId: z.string(), caseId: z.string(), solutionNeeded: z.string(), blockingLaw: z.string(), blockingArticle: z.string(), type: z.string(), escalatedOn: z.string(), deadline: z.string(), reason: z.string(), overdue: z.boolean(), workingDaysOverdue: z.number().int() });
const ContactInput = z.strictObject({
  contactOrganisation: text(160, 2),
  name: text(120, 2),
  role: text(120).optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'moet een telefoonnummer zijn (cijfers, spaties, +, -)' }).nullable().optional(),
  email: z.email({ error: 'moet een geldig e-mailadres zijn' }).max(200).nullable().optional(),
  topics: z.array(text(80, 2)).max(20).optional(),
  region: text(120).optional(),
});
const ItemParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });
const Notification = z.object({ id: z.string(), kind: z.string(), title: z.string(), body: z.string(), knelpuntId: z.string().nullable(), caseId: z.string().nullable().openapi({ description: 'de casus van de melding (of van het knelpunt), om de melding naar te laten verwijzen' }), handoverId: z.string().nullable(), invitationId: z.string().nullable().openapi({ description: 'de uitnodiging van een partner in het plan waar de melding over gaat' }), createdAt: z.string(), readAt: z.string().nullable() }).openapi('Notification');
const ShareInput = z.strictObject({ funder: z.enum(FUNDERS), amountCents: z.number().int().min(0).max(100_000_000_00) });
const SettlementInput = z.strictObject({ settledOn: IsoDate.optional(), shares: z.array(ShareInput).max(10), note: text(1000).optional() });
const CorrectionInput = z.strictObject({ correctedOn: IsoDate.optional(), shares: z.array(ShareInput).max(10), reason: text(1000, 5) });
const AcceptanceInput = z.strictObject({ accepted: z.boolean(), note: text(1000).optional(), on: IsoDate.optional() });

// ---- presentation ----
/**
 * `idempotent` sends the write's answer, or replays the stored one, as a plain Response; the body is
 * the command's typed result (checked where the write returns it). This gives that Response the
 * route's response type, in one place.
 */

export function escalationRoutes() {
  const r = createRouter();

  // ---- ladder ----
  r.openapi(
    createRoute({ method: 'get', path: '/escalation-ladder', tags: ['Escalatie'], summary: 'De escalatieladder van uw organisatie: treden, termijnen in werkdagen, wie beslist; met de feestdagen van dit en volgend jaar', responses: { 200: jsonContent(Ladder, 'Ladder'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction((tx) => queries.ladder(tx, a, today(c)));
      c.header('ETag', etagOf(out.version));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put', path: '/escalation-ladder', tags: ['Escalatie'], summary: 'De ladder inrichten (beheerder): treden in volgorde; weggelaten treden vervallen. Met If-Match (de versie van ladder en kalender) alleen als niemand intussen wijzigde',
      request: { headers: IfMatchOptional, ...jsonBody(LadderInput) },
      responses: { 200: jsonContent(Ladder, 'Ingericht'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const version = ifMatchVersion(c, false);
      const out = await c.get('db').transaction((tx) => commands.configureLadder(tx, a, body, today(c), version));
      c.header('ETag', etagOf(out.version));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put', path: '/escalation-calendar', tags: ['Escalatie'], summary: 'De werkdagenkalender van de ladder inrichten (beheerder): Bevrijdingsdag en eigen vrije dagen; If-Match verplicht',
      request: { headers: IfMatch, ...jsonBody(CalendarInput) },
      responses: { 200: jsonContent(Ladder, 'Ingericht'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      commands.enforceConfigureLadder(a); // before If-Match: a non-admin hears 403, not 428
      const version = ifMatchVersion(c)!;
      const out = await c.get('db').transaction((tx) => commands.configureCalendar(tx, a, body, today(c), version));
      c.header('ETag', etagOf(out.version));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get', path: '/working-days/deadline', tags: ['Escalatie'], summary: 'Termijn in werkdagen berekenen met de Nederlandse feestdagen (0 = dezelfde werkdag)',
      request: { query: z.object({ from: IsoDate, days: z.coerce.number().int().min(0).max(250) }) },
      responses: { 200: jsonContent(z.object({ from: z.string(), days: z.number(), deadline: z.string() }), 'Termijn'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      const out = await c.get('db').transaction((tx) => queries.deadline(tx, a, q.from, q.days));
      return c.json(out, 200);
    },
  );

  // ---- knelpunten ----
  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/knelpunten', tags: ['Knelpunten'], summary: 'Knelpunt vastleggen: de oplossing die nodig is, wat blokkeert (wet, artikel, organisatie, beleidsregel), type, Omgekeerde Toets, kosten van wachten', request: { params: IdParam, ...jsonBody(KnelpuntInput) }, responses: { 201: jsonContent(Knelpunt, 'Vastgelegd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const caseId = c.req.valid('param').id;
      const k = await c.get('db').transaction((tx) => commands.createKnelpunt(tx, a, caseId, body, today(c)));
      c.header('ETag', etagOf(k.version));
      return c.json(k, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get', path: '/knelpunten', tags: ['Knelpunten'], summary: 'Knelpunten: van de casussen van uw team (professional, teamleider) of die in escalatie zijn geweest (doorbraaktafel)',
      request: { query: z.object({ status: z.enum(KNELPUNT_STATUSES).optional(), type: z.enum(KNELPUNT_TYPES).optional(), caseId: Uuid.optional(), ...Paging }) },
      responses: { 200: jsonContent(pageOf(Knelpunt), 'Knelpunten'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      const res = await c.get('db').transaction((tx) => queries.knelpunten(tx, a, q));
      return c.json({ items: res.items, total: res.total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/knelpunten/{id}', tags: ['Knelpunten'], summary: 'Knelpunt met geschiedenis, treden, besluiten, overdrachten, signalen, overbruggingen en contacten', request: { params: IdParam }, responses: { 200: jsonContent(KnelpuntFile, 'Knelpunt'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const file = await c.get('db').transaction((tx) => queries.knelpuntFile(tx, a, id));
      c.header('ETag', etagOf(file.knelpunt.version));
      return c.json(file, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/knelpunten/{id}', tags: ['Knelpunten'], summary: 'Knelpunt aanvullen of wijzigen (If-Match); elke wijziging staat in de geschiedenis', request: { headers: IfMatch, params: IdParam, ...jsonBody(KnelpuntPatch) }, responses: { 200: jsonContent(Knelpunt, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const k = await c.get('db').transaction((tx) => commands.editKnelpunt(tx, a, id, version, body));
      c.header('ETag', etagOf(k.version));
      return c.json(k, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/knelpunten/{id}/consent', tags: ['Knelpunten'], summary: 'Toestemming van de inwoner vastleggen om naam en geboortejaar te delen bij een overdracht (AVG art. 6 lid 1 sub a)',
      request: { params: IdParam, ...jsonBody(z.strictObject({ given: z.boolean(), recordedOn: IsoDate.optional() })) }, responses: { 200: jsonContent(Knelpunt, 'Vastgelegd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const k = await c.get('db').transaction((tx) => commands.recordConsent(tx, a, id, body, today(c)));
      c.header('ETag', etagOf(k.version));
      return c.json(k, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/knelpunten/{id}/withdraw', tags: ['Knelpunten'], summary: 'Knelpunt intrekken (met reden); open treden en overdrachten vervallen', request: { params: IdParam, ...jsonBody(z.strictObject({ reason: text(1000, 3) })) }, responses: { 200: jsonContent(Knelpunt, 'Ingetrokken'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const { reason } = c.req.valid('json');
      const id = c.req.valid('param').id;
      const k = await c.get('db').transaction((tx) => commands.withdrawKnelpunt(tx, a, id, reason));
      return c.json(k, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/knelpunten/{id}/escalations', tags: ['Escalatie'], summary: 'Escaleren: één trede omhoog, of naar een gekozen trede met reden; de termijn start en de trede krijgt een melding (een trede van een andere organisatie krijgt een overdracht)',
      request: { params: IdParam, ...jsonBody(EscalateInput) }, responses: { 201: jsonContent(EscalateResult, 'Geëscaleerd'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => commands.escalateKnelpunt(tx, a, id, body, today(c)));
      return c.json(out, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/knelpunten/{id}/escalation-preview', tags: ['Escalatie'], summary: 'Voorbeeld vóór het escaleren: naar welke trede, de termijn, en bij een andere organisatie precies wat die ontvangt (elke verwijdering gemarkeerd, met uw bewerkingen opnieuw gecontroleerd); slaat niets op',
      request: { params: IdParam, ...jsonBody(EscalateInput) }, responses: { 200: jsonContent(EscalationPreview, 'Voorbeeld'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => commands.previewEscalation(tx, a, id, body, today(c)));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/knelpunten/{id}/contacts', tags: ['Maatwerkregister'], summary: 'Een contactpersoon uit het Maatwerkregister aan het knelpunt koppelen', request: { params: IdParam, ...jsonBody(z.strictObject({ contactId: Uuid, note: text(500).optional() })) }, responses: { 201: jsonContent(z.array(Contact.extend({ note: z.string() })), 'Gekoppeld'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const list = await c.get('db').transaction((tx) => commands.linkKnelpuntContact(tx, a, id, body));
      return c.json(list, 201);
    },
  );

  // ---- queue and decisions ----
  r.openapi(
    createRoute({
      method: 'get', path: '/escalation-levels/{id}/queue', tags: ['Escalatie'], summary: 'De wachtrij van een trede: open knelpunten, oudste termijn eerst, met wat over de termijn is',
      request: { params: IdParam, query: z.object({ overdue: z.enum(['true', 'false']).optional() }) }, responses: { 200: jsonContent(z.object({ level: Level, items: z.array(QueueItem) }), 'Wachtrij'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const overdueOnly = c.req.valid('query').overdue === 'true';
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => queries.levelQueue(tx, a, id, { overdueOnly, today: today(c) }));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/escalation-steps/{id}/decision', tags: ['Escalatie'], summary: 'Besluit op een trede: toegekend (waarmee), afgewezen (waarom), overbrugd (met voorlopige financier), doorverwezen (naar trede of organisatie); eventueel met een structureel signaal',
      request: { params: ItemParams, ...jsonBody(DecisionInput) }, responses: { 200: jsonContent(DecisionResult, 'Besloten'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => commands.decideOnStep(tx, a, id, body, today(c)));
      return c.json(out, 200);
    },
  );

  // ---- hand-overs ----
  r.openapi(
    createRoute({
      method: 'get', path: '/handovers', tags: ['Escalatie'], summary: 'Overdrachten die uw organisatie ontving (oudste termijn eerst) of verstuurde',
      request: { query: z.object({ direction: z.enum(['ontvangen', 'verstuurd']).default('ontvangen'), status: z.enum(['open', 'besloten', 'vervallen']).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(Handover.extend({ overdue: z.boolean(), workingDaysLeft: z.number().int().openapi({ description: 'Werkdagen tot de termijn (negatief: zoveel werkdagen over de termijn)' }) })) }), 'Overdrachten'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      const items = await c.get('db').transaction((tx) => queries.handovers(tx, a, { ...q, today: today(c) }));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/handovers/{id}', tags: ['Escalatie'], summary: 'Eén overdracht: alleen de geminimaliseerde inhoud (nooit het bronsdossier)', request: { params: IdParam }, responses: { 200: jsonContent(Handover, 'Overdracht'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const h = await c.get('db').transaction((tx) => queries.handover(tx, a, id));
      return c.json(h, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/handovers/{id}/decision', tags: ['Escalatie'], summary: 'Besluit van de ontvangende organisatie op een overdracht', request: { params: IdParam, ...jsonBody(DecisionInput) }, responses: { 200: jsonContent(DecisionResult, 'Besloten'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const out = await c.get('db').transaction((tx) => commands.decideOnHandover(tx, a, id, body, today(c)));
      return c.json(out, 200);
    },
  );

  // ---- signals and patterns (policy: aggregates, no personal data) ----
  r.openapi(
    createRoute({
      method: 'get', path: '/structural-signals', tags: ['Signalen'], summary: 'Structurele signalen per regel ("deze regel moet veranderen", "hier is een vaste afspraak nodig"), zonder persoonsgegevens',
      responses: { 200: jsonContent(z.object({ rules: z.array(z.object({ rule: z.string(), count: z.number().int(), regelWijzigen: z.number().int(), vasteAfspraak: z.number().int(), proposals: z.array(z.string()), knelpuntTypes: z.array(z.string()), blockingLaws: z.array(z.string()), latest: z.string() })) }), 'Signalen'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const rules = await c.get('db').transaction((tx) => queries.signalsPerRule(tx, a));
      return c.json({ rules }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get', path: '/knelpunt-patterns', tags: ['Signalen'], summary: 'Aantallen knelpunten per wet, type, status en blokkerende organisatie (geen persoonsgegevens)',
      responses: { 200: jsonContent(z.object({ perLaw: z.array(z.object({ blockingLaw: z.string(), count: z.number(), open: z.number(), doorbraak: z.number() })), perType: z.array(z.object({ type: z.string(), count: z.number() })), perStatus: z.array(z.object({ status: z.string(), count: z.number() })), perBlockingOrganisation: z.array(z.object({ blockingOrganisation: z.string(), count: z.number() })) }), 'Patronen'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction((tx) => queries.knelpuntPatterns(tx, a));
      return c.json(out, 200);
    },
  );

  // ---- overbrugging ----
  r.openapi(
    createRoute({ method: 'get', path: '/overbruggingen', tags: ['Overbrugging'], summary: 'Overbruggingen waarbij uw organisatie betrokken is (van uw knelpunten, door u besloten, of door u voorgefinancierd): open tot de uiteindelijke financier vaststaat', request: { query: z.object({ status: z.enum(['open', 'afgerekend']).optional(), acceptance: z.enum(ACCEPTANCES).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(Overbrugging) }), 'Overbruggingen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      const items = await c.get('db').transaction((tx) => queries.overbruggingen(tx, a, q));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/overbruggingen/{id}/settlement', tags: ['Overbrugging'], summary: 'Afrekenen: wie betaalt wat; vorderingen tussen financiers ontstaan en blijven open tot ze gesloten zijn (If-Match verplicht); kan pas als de voorlopige financier accepteerde',
      request: { headers: IfMatch.extend(IdempotencyKeyHeader.shape), params: IdParam, ...jsonBody(SettlementInput) },
      responses: { 200: jsonContent(Overbrugging, 'Afgerekend'), ...errorResponses, ...conflictResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const opts = { version: ifMatchVersion(c)!, today: today(c) };
      // A retry with the same Idempotency-Key returns this answer instead of a 409 "al afgerekend".
      return replayable<z.infer<typeof Overbrugging>>(
        await idempotent(c, a, body, async (tx) => {
          const o = await commands.settleOverbrugging(tx, a, id, body, opts);
          return { status: 200, body: o, etag: etagOf(o.version) };
        }),
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/overbruggingen/{id}/corrections', tags: ['Overbrugging'], summary: 'Afrekening corrigeren (If-Match): een tegenboeking van de huidige verdeling en de nieuwe verdeling, met reden; niets wordt overschreven, vorderingen wijzigen via nieuwe vorderingen',
      request: { headers: IfMatch, params: IdParam, ...jsonBody(CorrectionInput) }, responses: { 200: jsonContent(Overbrugging, 'Gecorrigeerd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const o = await c.get('db').transaction((tx) => commands.correctSettlement(tx, a, id, body, { version, today: today(c) }));
      c.header('ETag', etagOf(o.version));
      return c.json(o, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/overbruggingen/{id}/acceptance', tags: ['Overbrugging'], summary: 'De voorlopige financier accepteert of weigert (met reden) een overbrugging die een andere organisatie besloot',
      request: { params: IdParam, ...jsonBody(AcceptanceInput) }, responses: { 200: jsonContent(Overbrugging, 'Beantwoord'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const o = await c.get('db').transaction((tx) => commands.answerOverbrugging(tx, a, id, body, today(c)));
      c.header('ETag', etagOf(o.version));
      return c.json(o, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/escalation-figures', tags: ['Escalatie'], summary: 'Cijfers per trede: doorlooptijd van knelpunt tot besluit (mediaan, p90) en aandeel binnen de termijn; voor wie voor andere organisaties beslist ook landelijk, met de referentie', responses: { 200: jsonContent(Figures, 'Cijfers'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const out = await c.get('db').transaction((tx) => queries.figures(tx, a));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/structural-signals/raised', tags: ['Signalen'], summary: 'De structurele signalen die uw organisatie bij besluiten gaf (ook over knelpunten van andere organisaties), met de stand van het knelpunt', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), knelpuntId: z.string(), kind: z.enum(SIGNAL_KINDS), rule: z.string(), proposal: z.string(), createdOn: z.string(), sourceOrganisation: z.string(), knelpuntStatus: z.string() })) }), 'Signalen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => queries.raisedSignals(tx, a));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/overbrugging-claims', tags: ['Overbrugging'], summary: 'Vorderingen tussen financiers na afrekening (standaard: de open; status=alle voor alle), met per financier wat hij tegoed heeft en verschuldigd is', request: { query: z.object({ status: z.enum(['open', 'gesloten', 'alle']).default('open') }) }, responses: { 200: jsonContent(z.object({ items: z.array(Claim), totalOpenCents: z.number().int(), perFunder: z.array(z.object({ funder: z.string(), owedToItCents: z.number().int(), owedByItCents: z.number().int(), open: z.number().int(), closed: z.number().int() })) }), 'Vorderingen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const { status } = c.req.valid('query');
      const out = await c.get('db').transaction((tx) => queries.claims(tx, a, status === 'alle' ? undefined : status));
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/overbrugging-claims/{id}/close', tags: ['Overbrugging'], summary: 'Vordering sluiten (betaald of verrekend)', request: { headers: IdempotencyKeyHeader, params: IdParam, ...jsonBody(z.strictObject({ closedOn: IsoDate.optional() })) }, responses: { 200: jsonContent(Claim, 'Gesloten'), ...errorResponses, ...conflictResponses, ...unprocessableResponse } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const t = today(c);
      // A retry with the same Idempotency-Key returns this answer instead of a 409 "al gesloten".
      return replayable<z.infer<typeof Claim>>(await idempotent(c, a, body, async (tx) => ({ status: 200, body: await commands.closeClaim(tx, a, id, body, t) })));
    },
  );

  // ---- Maatwerkregister ----
  r.openapi(
    createRoute({
      method: 'get', path: '/maatwerkregister', tags: ['Maatwerkregister'], summary: 'Contactpersonen zoeken op organisatie, onderwerp (wet of thema), gemeente of regio en vrije tekst',
      request: { query: z.object({ organisation: text(160).optional(), topic: text(80).optional(), region: text(120).optional().openapi({ description: 'Gemeente of regio' }), q: text(100).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(Contact) }), 'Contacten'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      const items = await c.get('db').transaction((tx) => queries.searchRegister(tx, a, q));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/maatwerkregister', tags: ['Maatwerkregister'], summary: 'Contactpersoon toevoegen (beheerder)', request: jsonBody(ContactInput), responses: { 201: jsonContent(Contact, 'Toegevoegd'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const ct = await c.get('db').transaction((tx) => commands.createContact(tx, a, body));
      c.header('ETag', etagOf(ct.version));
      return c.json(ct, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/maatwerkregister/{id}', tags: ['Maatwerkregister'], summary: 'Contactpersoon wijzigen of op inactief zetten (beheerder van de eigen organisatie, If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(ContactInput.partial().extend({ active: z.boolean().optional() })) }, responses: { 200: jsonContent(Contact, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const id = c.req.valid('param').id;
      const ct = await c.get('db').transaction((tx) => commands.editContact(tx, a, id, version, body));
      c.header('ETag', etagOf(ct.version));
      return c.json(ct, 200);
    },
  );

  // ---- notifications ----
  r.openapi(
    createRoute({ method: 'get', path: '/notifications', tags: ['Meldingen'], summary: 'Uw meldingen (ongelezen eerst)', request: { query: z.object({ unread: z.enum(['true', 'false']).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(Notification), unread: z.number().int() }), 'Meldingen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const unreadOnly = c.req.valid('query').unread === 'true';
      const out = await c.get('db').transaction((tx) => queries.notifications(tx, a, unreadOnly));
      return c.json(out, 200);
    },
  );
  r.openapi(
    createRoute({ method: 'post', path: '/notifications/{id}/read', tags: ['Meldingen'], summary: 'Melding als gelezen markeren', request: { params: IdParam }, responses: { 200: jsonContent(Notification, 'Gelezen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const id = c.req.valid('param').id;
      const n = await c.get('db').transaction((tx) => commands.markNotificationRead(tx, a, id));
      return c.json(n, 200);
    },
  );

  return r;
}
