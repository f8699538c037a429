// SPDX-License-Identifier: EUPL-1.2
/** Households, cases, assessment, plan and notes: authenticate, validate, one command or query in one transaction, a typed answer. */
import { createRoute, z } from '@hono/zod-openapi';
import {
  actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, pageOf, Paging, text, Uuid, IfMatch, IfMatchOptional, today,
} from '../platform/http';
import { ACTION_STATUSES, CASE_ORIGINS, DOMAIN_KEYS, GOAL_STATUSES, MEMBER_ROLES, NOTE_PURPOSES, PARTY_STATUSES, PLAN_POINT_KINDS, WAMS_PHASES, isValidBsn } from './model';
import { enforce, mayEditCase } from './policy';
import * as commands from './commands';
import * as queries from './queries';

// ---- schemas ----
const Domain = z.enum(DOMAIN_KEYS);
const Bsn = z.string().trim().refine(isValidBsn, { error: 'is geen geldig BSN (9 cijfers die voldoen aan de elfproef)' });
const MemberInput = z.strictObject({
  name: text(120, 1),
  birthDate: IsoDate,
  role: z.enum(MEMBER_ROLES),
  bsn: Bsn.nullable().optional(),
});
const HouseholdInput = z.strictObject({
  name: text(120, 1),
  address: text(200).nullable().optional(),
  postcode: z.string().trim().regex(/^\d{4} ?[A-Za-z]{2}$/, { error: 'moet een postcode zijn zoals 3511 AB' }).nullable().optional(),
  members: z.array(MemberInput).min(1, { error: 'voeg minstens één gezinslid toe' }).max(20, { error: 'hoogstens 20 gezinsleden' }),
});
const Member = z.object({ id: z.string(), householdId: z.string(), name: z.string(), birthDate: IsoDateOut, role: z.enum(MEMBER_ROLES), bsn: z.string().nullable(), version: z.number().int() }).openapi('Member');
const Household = z.object({ id: z.string(), organisationId: z.string(), name: z.string(), address: z.string().nullable(), postcode: z.string().nullable(), version: z.number().int(), members: z.array(Member) }).openapi('Household');
const Case = z
  .object({
    id: z.string(), organisationId: z.string(), teamId: z.string(), teamName: z.string(), householdId: z.string(), householdName: z.string(), regisseurId: z.string(), regisseurName: z.string(),
    title: z.string(), summary: z.string(), status: z.enum(['open', 'gesloten']), origin: z.enum(CASE_ORIGINS), wamsPhase: z.enum(WAMS_PHASES), openedOn: z.string(), closedOn: z.string().nullable(),
    closeReason: z.string().nullable(), updatedAt: z.string(), version: z.number().int(),
  })
  .openapi('Case');
const CaseListItem = Case.extend({ overdueActions: z.number().int(), openActions: z.number().int(), domains: z.array(z.string()) }).openapi('CaseListItem');
const Score = z.object({ id: z.string(), domain: z.string(), score: z.number().int(), assessedOn: z.string(), reason: z.string(), assessedBy: z.string().nullable() }).openapi('Score');
const Assessment = z.object({ current: z.array(Score), history: z.array(Score) }).openapi('Assessment');
const Goal = z.object({ id: z.string(), domain: z.string(), description: z.string(), targetDate: IsoDateOut.nullable(), status: z.enum(GOAL_STATUSES), version: z.number().int() }).openapi('Goal');
const Action = z
  .object({ id: z.string(), goalId: z.string().nullable(), description: z.string(), ownerUserId: z.string().nullable(), ownerUserName: z.string().nullable(), ownerPartyId: z.string().nullable(), ownerLabel: z.string(), dueDate: IsoDateOut.nullable(), status: z.enum(ACTION_STATUSES), overdue: z.boolean(), version: z.number().int() })
  .openapi('Action');
const Party = z
  .object({ id: z.string(), partyOrganisationId: z.string().nullable(), organisationName: z.string(), contactName: z.string(), contact: z.string(), role: z.string(), status: z.enum(PARTY_STATUSES), informal: z.boolean(), byResident: z.boolean(), version: z.number().int() })
  .openapi('Party');
export const PlanPoint = z.object({ id: z.string(), kind: z.enum(PLAN_POINT_KINDS), text: z.string(), byResident: z.boolean(), createdAt: z.string() }).openapi('PlanPoint');
const Plan = z
  .object({ goals: z.array(Goal), actions: z.array(Action), parties: z.array(Party), points: z.array(PlanPoint), perspective: z.string(), perspectiveUpdatedAt: z.string().nullable() })
  .openapi('Plan');
const Note = z.object({ id: z.string(), purpose: z.enum(NOTE_PURPOSES), body: z.string(), authorId: z.string().nullable(), authorName: z.string(), createdAt: z.string(), editedAt: z.string().nullable(), sharedWithResident: z.boolean(), version: z.number().int(), revisions: z.array(z.object({ body: z.string(), replacedAt: z.string(), replacedByName: z.string() })).openapi({ description: 'eerdere teksten, oudste eerst: wat een correctie verving, wanneer en door wie' }) }).openapi('Note');
const CaseFile = z
  .object({
    case: Case,
    household: Household,
    phases: z.array(z.object({ phase: z.enum(WAMS_PHASES), startedOn: z.string() })),
    assessment: Assessment.nullable(),
    plan: Plan.nullable(),
    notes: z.array(Note),
    events: z.array(z.object({ kind: z.string(), detail: z.string(), text: z.string().openapi({ description: 'wat er gebeurde, in gewone taal' }), at: z.string(), userName: z.string().nullable() })),
    permissions: z.object({ edit: z.boolean(), notePurposesWritable: z.array(z.enum(NOTE_PURPOSES)), notePurposesReadable: z.array(z.enum(NOTE_PURPOSES)) }),
  })
  .openapi('CaseFile');

const CaseIdParam = IdParam;
const ItemParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }), itemId: Uuid.openapi({ param: { name: 'itemId', in: 'path' } }) });
const LifeDomains = z.object({ domains: z.array(z.object({ key: z.string(), label: z.string() })), scores: z.array(z.object({ score: z.number(), label: z.string() })) });
const OpenCaseInput = z.strictObject({
  householdId: Uuid.optional(),
  household: HouseholdInput.optional(),
  title: text(160, 3),
  summary: text(4000).optional(),
  origin: z.enum(CASE_ORIGINS).optional(),
  openedOn: IsoDate.optional(),
});
const CasePatch = z.strictObject({ title: text(160, 3).optional(), summary: text(4000).optional(), regisseurId: Uuid.optional(), wamsPhase: z.enum(WAMS_PHASES).optional(), phaseStartedOn: IsoDate.optional() });
const CaseListQuery = z.object({
  status: z.enum(['open', 'gesloten']).optional(),
  regisseurId: Uuid.optional(),
  domain: Domain.optional(),
  q: text(100).optional(),
  ...Paging,
});
const Reason = text(1000, 3);
const AssessmentInput = z.strictObject({
  assessedOn: IsoDate,
  scores: z
    .array(z.strictObject({ domain: Domain, score: z.number().int({ error: 'moet een geheel getal zijn' }).min(1, { error: 'moet tussen 1 en 5 liggen' }).max(5, { error: 'moet tussen 1 en 5 liggen' }), reason: text(500, 3) }))
    .min(1, { error: 'kies minstens één leefgebied' })
    .max(DOMAIN_KEYS.length)
    .refine((xs) => new Set(xs.map((x) => x.domain)).size === xs.length, { error: 'elk leefgebied mag één keer voorkomen' }),
});
const GoalInput = z.strictObject({ domain: Domain, description: text(1000, 3), targetDate: IsoDate.nullable().optional(), status: z.enum(GOAL_STATUSES).optional() });
const ActionInput = z.strictObject({ goalId: Uuid.nullable().optional(), description: text(1000, 3), ownerUserId: Uuid.nullable().optional(), ownerPartyId: Uuid.nullable().optional(), ownerLabel: text(200).optional(), dueDate: IsoDate.nullable().optional(), status: z.enum(ACTION_STATUSES).optional() });
const PartyInput = z.strictObject({ partyOrganisationId: Uuid.nullable().optional(), organisationName: text(160).optional(), contactName: text(120).optional(), contact: text(200).optional(), role: text(200, 2), informal: z.boolean().optional() });
const PlanPointInput = z.strictObject({ kind: z.enum(PLAN_POINT_KINDS), text: text(1000, 2) });
const PartyPatch = z.strictObject({ organisationName: text(160, 2).optional(), contactName: text(120).optional(), contact: text(200).optional(), role: text(200, 2).optional(), status: z.enum(PARTY_STATUSES).optional() });
const NoteInput = z.strictObject({ purpose: z.enum(NOTE_PURPOSES), body: text(10000, 1), sharedWithResident: z.boolean().optional() });
const NotePatch = z.strictObject({ body: text(10000, 1), purpose: z.enum(NOTE_PURPOSES).optional() });
const Notes = z.object({ items: z.array(Note) });

const created = { ...errorResponses, ...conflictResponses };

export function casesRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/life-domains', security: [], tags: ['Casussen'], summary: 'De leefgebieden (ZRM) en de betekenis van de scores 1-5', responses: { 200: jsonContent(LifeDomains, 'Leefgebieden') } }),
    (c) => c.json(queries.lifeDomains(), 200),
  );

  // ---- households ----
  r.openapi(
    createRoute({ method: 'post', path: '/households', tags: ['Huishoudens'], summary: 'Huishouden met gezinsleden registreren', request: jsonBody(HouseholdInput), responses: { 201: jsonContent(Household, 'Geregistreerd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const h = await c.get('db').transaction((tx) => commands.createHousehold(tx, a, body, today(c)));
      c.header('ETag', etagOf(h.version));
      return c.json(h, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/households/{id}', tags: ['Huishoudens'], summary: 'Huishouden met gezinsleden', request: { params: IdParam }, responses: { 200: jsonContent(Household, 'Huishouden'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const h = await c.get('db').transaction((tx) => queries.readHousehold(tx, a, c.req.valid('param').id));
      c.header('ETag', etagOf(h.version));
      return c.json(h, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/households/{id}', tags: ['Huishoudens'], summary: 'Huishouden wijzigen (If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(HouseholdInput.omit({ members: true }).partial()) }, responses: { 200: jsonContent(Household, 'Gewijzigd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayEditCase(a)); // before If-Match: a refusal is not hidden behind 428
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const h = await c.get('db').transaction((tx) => commands.updateHousehold(tx, a, c.req.valid('param').id, version, body));
      c.header('ETag', etagOf(h.version));
      return c.json(h, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/households/{id}/members', tags: ['Huishoudens'], summary: 'Gezinslid toevoegen', request: { params: IdParam, ...jsonBody(MemberInput) }, responses: { 201: jsonContent(Member, 'Toegevoegd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const m = await c.get('db').transaction((tx) => commands.addMember(tx, a, c.req.valid('param').id, body, today(c)));
      c.header('ETag', etagOf(m.version));
      return c.json(m, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/households/{id}/members/{itemId}', tags: ['Huishoudens'], summary: 'Gezinslid wijzigen (If-Match)', request: { headers: IfMatch, params: ItemParams, ...jsonBody(MemberInput.partial()) }, responses: { 200: jsonContent(Member, 'Gewijzigd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayEditCase(a)); // before If-Match, as above
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const { id, itemId } = c.req.valid('param');
      const m = await c.get('db').transaction((tx) => commands.updateMember(tx, a, id, itemId, version, body, today(c)));
      c.header('ETag', etagOf(m.version));
      return c.json(m, 200);
    },
  );

  // ---- cases ----
  r.openapi(
    createRoute({ method: 'post', path: '/cases', tags: ['Casussen'], summary: 'Casus openen voor een (nieuw of bestaand) huishouden, met uzelf als regisseur', request: jsonBody(OpenCaseInput), responses: { 201: jsonContent(Case, 'Geopend'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const cs = await c.get('db').transaction((tx) => commands.openCase(tx, a, body, today(c)));
      c.header('ETag', etagOf(cs.version));
      return c.json(cs, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases', tags: ['Casussen'], summary: 'Casussen van het eigen team (handhaving: de organisatie), met filters en paginering', request: { query: CaseListQuery }, responses: { 200: jsonContent(pageOf(CaseListItem), 'Casussen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      return c.json(await c.get('db').transaction((tx) => queries.listCases(tx, a, q, today(c))), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}', tags: ['Casussen'], summary: 'Het casusdossier: huishouden, fasen, zelfredzaamheid, plan en notities (wat uw rol mag zien); ETag voor If-Match', request: { params: CaseIdParam }, responses: { 200: jsonContent(CaseFile, 'Casusdossier'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const file = await c.get('db').transaction((tx) => queries.caseFile(tx, a, c.req.valid('param').id, today(c)));
      c.header('ETag', etagOf(file.case.version));
      return c.json(file, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/cases/{id}',
      tags: ['Casussen'],
      summary: 'Casus wijzigen: titel, samenvatting, regisseur, Wams-fase (If-Match verplicht; verouderde ETag geeft 412)',
      request: { headers: IfMatch, params: CaseIdParam, ...jsonBody(CasePatch) },
      responses: { 200: jsonContent(Case, 'Gewijzigd'), ...created },
    }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayEditCase(a)); // before If-Match, as above
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const cs = await c.get('db').transaction((tx) => commands.editCase(tx, a, c.req.valid('param').id, version, body, today(c)));
      c.header('ETag', etagOf(cs.version));
      return c.json(cs, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/close', tags: ['Casussen'], summary: 'Casus sluiten met een reden (If-Match optioneel)', request: { headers: IfMatchOptional, params: CaseIdParam, ...jsonBody(z.strictObject({ reason: Reason, closedOn: IsoDate.optional() })) }, responses: { 200: jsonContent(Case, 'Gedaan'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayEditCase(a)); // before If-Match, as above
      const version = ifMatchVersion(c, false);
      const body = c.req.valid('json');
      const cs = await c.get('db').transaction((tx) => commands.closeCase(tx, a, c.req.valid('param').id, version, body, today(c)));
      c.header('ETag', etagOf(cs.version));
      return c.json(cs, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/reopen', tags: ['Casussen'], summary: 'Casus heropenen met een reden (If-Match optioneel)', request: { headers: IfMatchOptional, params: CaseIdParam, ...jsonBody(z.strictObject({ reason: Reason })) }, responses: { 200: jsonContent(Case, 'Gedaan'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayEditCase(a)); // before If-Match, as above
      const version = ifMatchVersion(c, false);
      const body = c.req.valid('json');
      const cs = await c.get('db').transaction((tx) => commands.reopenCase(tx, a, c.req.valid('param').id, version, body, today(c)));
      c.header('ETag', etagOf(cs.version));
      return c.json(cs, 200);
    },
  );

  // ---- assessment ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/assessments', tags: ['Zelfredzaamheid'], summary: 'Scores per leefgebied: de actuele stand en de geschiedenis', request: { params: CaseIdParam }, responses: { 200: jsonContent(Assessment, 'Zelfredzaamheid'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => queries.readAssessment(tx, a, c.req.valid('param').id)), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/assessments', tags: ['Zelfredzaamheid'], summary: 'Scores vastleggen, alleen voor de leefgebieden die u kiest (niet standaard alle)', request: { params: CaseIdParam, ...jsonBody(AssessmentInput) }, responses: { 201: jsonContent(Assessment, 'Vastgelegd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.recordAssessment(tx, a, c.req.valid('param').id, body, today(c))), 201);
    },
  );

  // ---- plan ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/plan', tags: ['Plan'], summary: 'Het plan: doelen, acties en betrokken partijen', request: { params: CaseIdParam }, responses: { 200: jsonContent(Plan, 'Plan'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => queries.readPlan(tx, a, c.req.valid('param').id, today(c))), 200);
    },
  );

  const addRoute = (kind: string, label: string) => ({ method: 'post' as const, path: `/cases/{id}/${kind}`, tags: ['Plan'], summary: `${label} toevoegen aan het plan` });
  const patchRoute = (kind: string, label: string) => ({ method: 'patch' as const, path: `/cases/{id}/${kind}/{itemId}`, tags: ['Plan'], summary: `${label} wijzigen (If-Match met de versie van het onderdeel)` });

  r.openapi(createRoute({ ...addRoute('goals', 'Doel'), request: { params: CaseIdParam, ...jsonBody(GoalInput) }, responses: { 201: jsonContent(Goal, 'Toegevoegd'), ...created } }), async (c) => {
    const a = actorOf(c);
    const body = c.req.valid('json');
    const item = await c.get('db').transaction((tx) => commands.addGoal(tx, a, c.req.valid('param').id, body));
    c.header('ETag', etagOf(item.version));
    return c.json(item, 201);
  });
  r.openapi(createRoute({ ...patchRoute('goals', 'Doel'), request: { headers: IfMatch, params: ItemParams, ...jsonBody(GoalInput.partial()) }, responses: { 200: jsonContent(Goal, 'Gewijzigd'), ...created } }), async (c) => {
    const a = actorOf(c);
    const version = ifMatchVersion(c)!;
    const body = c.req.valid('json');
    const { id, itemId } = c.req.valid('param');
    const item = await c.get('db').transaction((tx) => commands.updateGoal(tx, a, id, itemId, version, body));
    c.header('ETag', etagOf(item.version));
    return c.json(item, 200);
  });

  r.openapi(createRoute({ ...addRoute('actions', 'Actie'), request: { params: CaseIdParam, ...jsonBody(ActionInput) }, responses: { 201: jsonContent(Action, 'Toegevoegd'), ...created } }), async (c) => {
    const a = actorOf(c);
    const body = c.req.valid('json');
    const item = await c.get('db').transaction((tx) => commands.addAction(tx, a, c.req.valid('param').id, body, today(c)));
    c.header('ETag', etagOf(item.version));
    return c.json(item, 201);
  });
  r.openapi(createRoute({ ...patchRoute('actions', 'Actie'), request: { headers: IfMatch, params: ItemParams, ...jsonBody(ActionInput.partial()) }, responses: { 200: jsonContent(Action, 'Gewijzigd'), ...created } }), async (c) => {
    const a = actorOf(c);
    const version = ifMatchVersion(c)!;
    const body = c.req.valid('json');
    const { id, itemId } = c.req.valid('param');
    const item = await c.get('db').transaction((tx) => commands.updateAction(tx, a, id, itemId, version, body, today(c)));
    c.header('ETag', etagOf(item.version));
    return c.json(item, 200);
  });

  r.openapi(createRoute({ ...addRoute('parties', 'Betrokken partij'), request: { params: CaseIdParam, ...jsonBody(PartyInput) }, responses: { 201: jsonContent(Party, 'Toegevoegd'), ...created } }), async (c) => {
    const a = actorOf(c);
    const body = c.req.valid('json');
    const item = await c.get('db').transaction((tx) => commands.addParty(tx, a, c.req.valid('param').id, body));
    c.header('ETag', etagOf(item.version));
    return c.json(item, 201);
  });
  r.openapi(createRoute({ ...patchRoute('parties', 'Betrokken partij'), request: { headers: IfMatch, params: ItemParams, ...jsonBody(PartyPatch) }, responses: { 200: jsonContent(Party, 'Gewijzigd'), ...created } }), async (c) => {
    const a = actorOf(c);
    const version = ifMatchVersion(c)!;
    const body = c.req.valid('json');
    const { id, itemId } = c.req.valid('param');
    const item = await c.get('db').transaction((tx) => commands.updateParty(tx, a, id, itemId, version, body));
    c.header('ETag', etagOf(item.version));
    return c.json(item, 200);
  });

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/plan-points', tags: ['Plan'], summary: 'Een kracht (wat goed gaat) of zorg aan het plan toevoegen', request: { params: CaseIdParam, ...jsonBody(PlanPointInput) }, responses: { 201: jsonContent(PlanPoint, 'Toegevoegd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const item = await c.get('db').transaction((tx) => commands.addPlanPoint(tx, a, c.req.valid('param').id, body));
      return c.json(item, 201);
    },
  );

  // ---- notes ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/notes', tags: ['Notities'], summary: 'Notities met de doelen die uw rol mag lezen (handhaving ziet nooit hulpverlening)', request: { params: CaseIdParam }, responses: { 200: jsonContent(Notes, 'Notities'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => queries.readNotes(tx, a, c.req.valid('param').id)), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/notes', tags: ['Notities'], summary: 'Notitie schrijven met haar doel (hulpverlening, toegang of handhaving); het doel ligt daarna vast', request: { params: CaseIdParam, ...jsonBody(NoteInput) }, responses: { 201: jsonContent(Note, 'Geschreven'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const note = await c.get('db').transaction((tx) => commands.writeNote(tx, a, c.req.valid('param').id, body));
      c.header('ETag', etagOf(note.version));
      return c.json(note, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/cases/{id}/notes/{itemId}', tags: ['Notities'], summary: 'De tekst van een eigen notitie corrigeren (If-Match); het doel kan niet worden gewijzigd', request: { headers: IfMatch, params: ItemParams, ...jsonBody(NotePatch) }, responses: { 200: jsonContent(Note, 'Gewijzigd'), ...created } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const { id, itemId } = c.req.valid('param');
      const note = await c.get('db').transaction((tx) => commands.correctNote(tx, a, id, itemId, version, body));
      c.header('ETag', etagOf(note.version));
      return c.json(note, 200);
    },
  );

  return r;
}
