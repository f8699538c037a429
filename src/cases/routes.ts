// SPDX-License-Identifier: EUPL-1.2
/** Households, cases, assessment, plan and notes: validate, authorise, call the store, log. */
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole, type Actor } from '../platform/authz';
import { conflict, forbidden, invalid } from '../platform/errors';
import {
  actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, ifMatchVersion, IsoDate, jsonBody, jsonContent, pageOf, Paging, text, Uuid, type Ctx, IfMatch, IfMatchOptional,
  today,
} from '../platform/http';
import type { Queryable } from '../platform/db';
import { logProcessing } from '../platform/processing-log';
import {
  ACTION_STATUSES, CASE_ORIGINS, DOMAIN_KEYS, DOMAINS, GOAL_STATUSES, MEMBER_ROLES, NOTE_PURPOSES, PARTY_STATUSES, SCORE_LABELS, WAMS_PHASES,
  ageOn, canEditCase, canWriteNote, caseScope, casePurpose, isOverdue, isValidBsn, readableNotePurposes, type NotePurpose,
} from './model';
import * as store from './store';

// ---- schemas ----
const Domain = z.enum(DOMAIN_KEYS as [string, ...string[]]);
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
const Member = z.object({ id: z.string(), householdId: z.string(), name: z.string(), birthDate: z.string(), role: z.enum(MEMBER_ROLES), bsn: z.string().nullable(), version: z.number().int() }).openapi('Member');
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
const Goal = z.object({ id: z.string(), domain: z.string(), description: z.string(), targetDate: z.string().nullable(), status: z.enum(GOAL_STATUSES), version: z.number().int() }).openapi('Goal');
const Action = z
  .object({ id: z.string(), goalId: z.string().nullable(), description: z.string(), ownerUserId: z.string().nullable(), ownerUserName: z.string().nullable(), ownerPartyId: z.string().nullable(), ownerLabel: z.string(), dueDate: z.string().nullable(), status: z.enum(ACTION_STATUSES), overdue: z.boolean(), version: z.number().int() })
  .openapi('Action');
const Party = z.object({ id: z.string(), partyOrganisationId: z.string().nullable(), organisationName: z.string(), contactName: z.string(), contact: z.string(), role: z.string(), status: z.enum(PARTY_STATUSES), version: z.number().int() }).openapi('Party');
const Plan = z.object({ goals: z.array(Goal), actions: z.array(Action), parties: z.array(Party) }).openapi('Plan');
const Note = z.object({ id: z.string(), purpose: z.enum(NOTE_PURPOSES), body: z.string(), authorId: z.string().nullable(), authorName: z.string(), createdAt: z.string(), editedAt: z.string().nullable(), version: z.number().int() }).openapi('Note');
const CaseFile = z
  .object({
    case: Case,
    household: Household,
    phases: z.array(z.object({ phase: z.enum(WAMS_PHASES), startedOn: z.string() })),
    assessment: Assessment.nullable(),
    plan: Plan.nullable(),
    notes: z.array(Note),
    events: z.array(z.object({ kind: z.string(), detail: z.string(), at: z.string(), userName: z.string().nullable() })),
    permissions: z.object({ edit: z.boolean(), notePurposesWritable: z.array(z.enum(NOTE_PURPOSES)), notePurposesReadable: z.array(z.enum(NOTE_PURPOSES)) }),
  })
  .openapi('CaseFile');

const CaseIdParam = IdParam;
const ItemParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }), itemId: Uuid.openapi({ param: { name: 'itemId', in: 'path' } }) });

// ---- helpers ----

function requireCaseRole(a: Actor) {
  if (caseScope(a) === 'none') throw forbidden(a.teamId || !(a.roles.includes('professional') || a.roles.includes('teamleider')) ? 'Uw rol geeft geen toegang tot casussen.' : 'U bent nog niet aan een team gekoppeld; vraag de beheerder dit te doen.');
}
function requireEditor(a: Actor) {
  if (!canEditCase(a)) throw forbidden('Alleen een professional of teamleider kan het casusdossier wijzigen.');
}
async function openCaseForEdit(tx: Queryable, a: Actor, id: string) {
  requireEditor(a);
  const c = await store.getCaseForActor(tx, a, id, { forUpdate: true });
  if (c.status === 'gesloten') throw conflict('Deze casus is gesloten. Heropen de casus om hem te wijzigen.', 'casus_gesloten');
  return c;
}
/** Household access: the whole organisation for org-scoped roles; for a team, households with a case of the team or without any case yet. */
async function assertHousehold(tx: Queryable, a: Actor, householdId: string) {
  requireCaseRole(a);
  const h = await store.getHousehold(tx, a.organisationId, householdId);
  if (caseScope(a) === 'team') {
    const r = await tx.query<{ mine: boolean; any: boolean }>(`SELECT bool_or(team_id = $2) AS mine, count(*) > 0 AS any FROM cases WHERE household_id = $1`, [householdId, a.teamId]);
    if (r.rows[0].any && !r.rows[0].mine) throw forbidden('Dit huishouden hoort bij een casus van een ander team.');
  }
  return h;
}
const withOverdue = <T extends { status: string; dueDate: string | null }>(xs: T[], on: string) => xs.map((x) => ({ ...x, overdue: isOverdue(x, on) }));
const memberFields = (m: object) => Object.keys(m).filter((k) => k !== 'id');

export function casesRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/life-domains', security: [], tags: ['Casussen'], summary: 'De leefgebieden (ZRM) en de betekenis van de scores 1-5', responses: { 200: jsonContent(z.object({ domains: z.array(z.object({ key: z.string(), label: z.string() })), scores: z.array(z.object({ score: z.number(), label: z.string() })) }), 'Leefgebieden') } }),
    (c) => c.json({ domains: DOMAIN_KEYS.map((key) => ({ key, label: DOMAINS[key] })), scores: Object.entries(SCORE_LABELS).map(([s, label]) => ({ score: Number(s), label })) }, 200),
  );

  // ---- households ----
  r.openapi(
    createRoute({ method: 'post', path: '/households', tags: ['Huishoudens'], summary: 'Huishouden met gezinsleden registreren', request: jsonBody(HouseholdInput), responses: { 201: jsonContent(Household, 'Geregistreerd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      requireCaseRole(a);
      const body = c.req.valid('json');
      checkBirthDates(body.members, 'members', today(c));
      const h = await c.get('db').transaction(async (tx) => {
        const h = await store.insertHousehold(tx, a.organisationId, body);
        await logProcessing(tx, a, [
          { action: 'aanmaken', resource: 'huishouden', resourceId: h.id, householdId: h.id, fields: ['name', 'address', 'postcode'].filter((k) => k in body), purpose: 'hulpverlening' },
          ...h.members.map((m, i) => ({ action: 'aanmaken' as const, resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: memberFields(body.members[i]), purpose: 'hulpverlening' as const })),
        ]);
        return h;
      });
      c.header('ETag', etagOf(h.version));
      return c.json(h as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/households/{id}', tags: ['Huishoudens'], summary: 'Huishouden met gezinsleden', request: { params: IdParam }, responses: { 200: jsonContent(Household, 'Huishouden'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const h = await c.get('db').transaction(async (tx) => {
        const h = await assertHousehold(tx, a, c.req.valid('param').id);
        await logProcessing(tx, a, h.members.map((m) => ({ action: 'lezen' as const, resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: ['name', 'birthDate', 'role', 'bsn'], purpose: casePurpose(a) })));
        return h;
      });
      c.header('ETag', etagOf(h.version));
      return c.json(h as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/households/{id}', tags: ['Huishoudens'], summary: 'Huishouden wijzigen (If-Match)', request: { headers: IfMatch, params: IdParam, ...jsonBody(HouseholdInput.omit({ members: true }).partial()) }, responses: { 200: jsonContent(Household, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const h = await c.get('db').transaction(async (tx) => {
        await assertHousehold(tx, a, c.req.valid('param').id);
        const h = await store.updateHousehold(tx, a.organisationId, c.req.valid('param').id, version, body);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'huishouden', resourceId: h.id, householdId: h.id, fields: Object.keys(body), purpose: 'hulpverlening' });
        return h;
      });
      c.header('ETag', etagOf(h.version));
      return c.json(h as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/households/{id}/members', tags: ['Huishoudens'], summary: 'Gezinslid toevoegen', request: { params: IdParam, ...jsonBody(MemberInput) }, responses: { 201: jsonContent(Member, 'Toegevoegd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const body = c.req.valid('json');
      checkBirthDates([body], null, today(c));
      const m = await c.get('db').transaction(async (tx) => {
        const h = await assertHousehold(tx, a, c.req.valid('param').id);
        if (h.members.length >= 20) throw invalid('members', 'een huishouden heeft hoogstens 20 gezinsleden');
        const m = await store.insertMember(tx, a.organisationId, h.id, body);
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: memberFields(body), purpose: 'hulpverlening' });
        return m;
      });
      c.header('ETag', etagOf(m.version));
      return c.json(m as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/households/{id}/members/{itemId}', tags: ['Huishoudens'], summary: 'Gezinslid wijzigen (If-Match)', request: { headers: IfMatch, params: ItemParams, ...jsonBody(MemberInput.partial()) }, responses: { 200: jsonContent(Member, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      if (body.birthDate) checkBirthDates([{ birthDate: body.birthDate }], null, today(c));
      const { id, itemId } = c.req.valid('param');
      const m = await c.get('db').transaction(async (tx) => {
        await assertHousehold(tx, a, id);
        const m = await store.updateMember(tx, a.organisationId, id, itemId, version, body);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'gezinslid', resourceId: m.id, householdId: id, personId: m.id, fields: Object.keys(body), purpose: 'hulpverlening' });
        return m;
      });
      c.header('ETag', etagOf(m.version));
      return c.json(m as any, 200);
    },
  );

  // ---- cases ----
  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases',
      tags: ['Casussen'],
      summary: 'Casus openen voor een (nieuw of bestaand) huishouden, met uzelf als regisseur',
      request: jsonBody(
        z.strictObject({
          householdId: Uuid.optional(),
          household: HouseholdInput.optional(),
          title: text(160, 3),
          summary: text(4000).optional(),
          origin: z.enum(CASE_ORIGINS).optional(),
          openedOn: IsoDate.optional(),
        }),
      ),
      responses: { 201: jsonContent(Case, 'Geopend'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      requireCaseRole(a);
      const body = c.req.valid('json');
      if (!body.householdId === !body.household) throw invalid('householdId', 'geef óf householdId (bestaand huishouden) óf household (nieuw huishouden)');
      const openedOn = body.openedOn ?? today(c);
      if (openedOn > today(c)) throw invalid('openedOn', 'mag niet in de toekomst liggen');
      if (body.household) checkBirthDates(body.household.members, 'household.members', today(c));
      const created = await c.get('db').transaction(async (tx) => {
        let householdId = body.householdId;
        if (body.household) {
          const h = await store.insertHousehold(tx, a.organisationId, body.household);
          householdId = h.id;
          await logProcessing(tx, a, h.members.map((m, i) => ({ action: 'aanmaken' as const, resource: 'gezinslid', resourceId: m.id, householdId: h.id, personId: m.id, fields: memberFields(body.household!.members[i]), purpose: 'hulpverlening' as const })));
        } else {
          await assertHousehold(tx, a, householdId!);
        }
        const cs = await store.insertCase(tx, a, { householdId: householdId!, title: body.title, summary: body.summary ?? '', origin: body.origin ?? 'inwoner', openedOn });
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['title', 'summary', 'origin'], purpose: 'hulpverlening' });
        return cs;
      });
      c.header('ETag', etagOf(created.version));
      return c.json(created as any, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cases',
      tags: ['Casussen'],
      summary: 'Casussen van het eigen team (handhaving: de organisatie), met filters en paginering',
      request: {
        query: z.object({
          status: z.enum(['open', 'gesloten']).optional(),
          regisseurId: Uuid.optional(),
          domain: Domain.optional(),
          q: text(100).optional(),
          ...Paging,
        }),
      },
      responses: { 200: jsonContent(pageOf(CaseListItem), 'Casussen'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      requireCaseRole(a);
      const q = c.req.valid('query');
      const result = await c.get('db').transaction(async (tx) => {
        const res = await store.listCases(tx, a.organisationId, { ...q, teamId: caseScope(a) === 'team' ? a.teamId : null, today: today(c) });
        await logProcessing(tx, a, res.items.map((cs) => ({ action: 'lezen' as const, resource: 'casuslijst', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['title', 'householdName', 'status'], purpose: casePurpose(a) })));
        return res;
      });
      return c.json({ items: result.items as any, total: result.total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}', tags: ['Casussen'], summary: 'Het casusdossier: huishouden, fasen, zelfredzaamheid, plan en notities (wat uw rol mag zien); ETag voor If-Match', request: { params: CaseIdParam }, responses: { 200: jsonContent(CaseFile, 'Casusdossier'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const file = await c.get('db').transaction(async (tx) => {
        const cs = await store.getCaseForActor(tx, a, c.req.valid('param').id);
        const household = await store.getHousehold(tx, a.organisationId, cs.householdId);
        const support = canEditCase(a); // enforcement sees no assessment or plan (health and support data)
        const assessment = support ? await store.assessmentOf(tx, cs.id) : null;
        const plan = support ? await store.planOf(tx, cs.id) : null;
        const readable = readableNotePurposes(a);
        const notes = await store.listNotes(tx, cs.id, readable);
        const purpose = casePurpose(a);
        await logProcessing(tx, a, [
          { action: 'lezen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['case', 'household', ...(support ? ['assessment', 'plan'] : []), `notes:${readable.join('+')}`], purpose },
          ...household.members.map((m) => ({ action: 'lezen' as const, resource: 'gezinslid', resourceId: m.id, householdId: household.id, caseId: cs.id, personId: m.id, fields: ['name', 'birthDate', 'role', 'bsn'], purpose })),
        ]);
        return {
          case: cs,
          household,
          phases: await store.listPhases(tx, cs.id),
          assessment,
          plan: plan && { ...plan, actions: withOverdue(plan.actions, today(c)) },
          notes,
          events: await store.listEvents(tx, cs.id),
          permissions: { edit: support && cs.status === 'open', notePurposesWritable: NOTE_PURPOSES.filter((p) => canWriteNote(a, p)), notePurposesReadable: readable },
        };
      });
      c.header('ETag', etagOf(file.case.version));
      return c.json(file as any, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/cases/{id}',
      tags: ['Casussen'],
      summary: 'Casus wijzigen: titel, samenvatting, regisseur, Wams-fase (If-Match verplicht; verouderde ETag geeft 412)',
      request: { headers: IfMatch, params: CaseIdParam, ...jsonBody(z.strictObject({ title: text(160, 3).optional(), summary: text(4000).optional(), regisseurId: Uuid.optional(), wamsPhase: z.enum(WAMS_PHASES).optional(), phaseStartedOn: IsoDate.optional() })) },
      responses: { 200: jsonContent(Case, 'Gewijzigd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      if (body.phaseStartedOn && !body.wamsPhase) throw invalid('phaseStartedOn', 'kan alleen samen met wamsPhase worden meegestuurd');
      if (body.phaseStartedOn && body.phaseStartedOn > today(c)) throw invalid('phaseStartedOn', 'mag niet in de toekomst liggen');
      const cs = await c.get('db').transaction(async (tx) => {
        const cs = await store.updateCase(tx, a, c.req.valid('param').id, version, body, today(c));
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
        return cs;
      });
      c.header('ETag', etagOf(cs.version));
      return c.json(cs as any, 200);
    },
  );

  for (const [verb, to] of [['close', 'gesloten'], ['reopen', 'open']] as const) {
    r.openapi(
      createRoute({
        method: 'post',
        path: `/cases/{id}/${verb}`,
        tags: ['Casussen'],
        summary: verb === 'close' ? 'Casus sluiten met een reden (If-Match optioneel)' : 'Casus heropenen met een reden (If-Match optioneel)',
        request: { headers: IfMatchOptional, params: CaseIdParam, ...jsonBody(z.strictObject({ reason: text(1000, 3), ...(verb === 'close' ? { closedOn: IsoDate.optional() } : {}) })) },
        responses: { 200: jsonContent(Case, 'Gedaan'), ...errorResponses, ...conflictResponses },
      }),
      async (c) => {
        const a = actorOf(c);
        requireEditor(a);
        const version = ifMatchVersion(c, false);
        const body = c.req.valid('json') as { reason: string; closedOn?: string };
        const on = body.closedOn ?? today(c);
        if (on > today(c)) throw invalid('closedOn', 'mag niet in de toekomst liggen');
        const cs = await c.get('db').transaction(async (tx) => {
          const cs = await store.setCaseStatus(tx, a, c.req.valid('param').id, version, to, body.reason, on);
          await logProcessing(tx, a, { action: 'wijzigen', resource: 'casus', resourceId: cs.id, caseId: cs.id, householdId: cs.householdId, fields: ['status', 'closeReason'], purpose: 'hulpverlening' });
          return cs;
        });
        c.header('ETag', etagOf(cs.version));
        return c.json(cs as any, 200);
      },
    );
  }

  // ---- assessment ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/assessments', tags: ['Zelfredzaamheid'], summary: 'Scores per leefgebied: de actuele stand en de geschiedenis', request: { params: CaseIdParam }, responses: { 200: jsonContent(Assessment, 'Zelfredzaamheid'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const res = await c.get('db').transaction(async (tx) => {
        const cs = await store.getCaseForActor(tx, a, c.req.valid('param').id);
        const res = await store.assessmentOf(tx, cs.id);
        await logProcessing(tx, a, { action: 'lezen', resource: 'zelfredzaamheid', caseId: cs.id, householdId: cs.householdId, fields: [...new Set(res.history.map((s) => s.domain))], purpose: 'hulpverlening' });
        return res;
      });
      return c.json(res as any, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/assessments',
      tags: ['Zelfredzaamheid'],
      summary: 'Scores vastleggen, alleen voor de leefgebieden die u kiest (niet standaard alle)',
      request: {
        params: CaseIdParam,
        ...jsonBody(
          z.strictObject({
            assessedOn: IsoDate,
            scores: z
              .array(z.strictObject({ domain: Domain, score: z.number().int({ error: 'moet een geheel getal zijn' }).min(1, { error: 'moet tussen 1 en 5 liggen' }).max(5, { error: 'moet tussen 1 en 5 liggen' }), reason: text(500, 3) }))
              .min(1, { error: 'kies minstens één leefgebied' })
              .max(DOMAIN_KEYS.length)
              .refine((xs) => new Set(xs.map((x) => x.domain)).size === xs.length, { error: 'elk leefgebied mag één keer voorkomen' }),
          }),
        ),
      },
      responses: { 201: jsonContent(Assessment, 'Vastgelegd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      if (body.assessedOn > today(c)) throw invalid('assessedOn', 'mag niet in de toekomst liggen');
      const res = await c.get('db').transaction(async (tx) => {
        const cs = await openCaseForEdit(tx, a, c.req.valid('param').id);
        if (body.assessedOn < cs.openedOn) throw invalid('assessedOn', 'ligt voor de datum waarop de casus is geopend');
        await store.insertScores(tx, a, cs.id, body.assessedOn, body.scores);
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'zelfredzaamheid', caseId: cs.id, householdId: cs.householdId, fields: body.scores.map((s) => s.domain), purpose: 'hulpverlening' });
        return store.assessmentOf(tx, cs.id);
      });
      return c.json(res as any, 201);
    },
  );

  // ---- plan ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/plan', tags: ['Plan'], summary: 'Het plan: doelen, acties en betrokken partijen', request: { params: CaseIdParam }, responses: { 200: jsonContent(Plan, 'Plan'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireEditor(a);
      const plan = await c.get('db').transaction(async (tx) => {
        const cs = await store.getCaseForActor(tx, a, c.req.valid('param').id);
        const plan = await store.planOf(tx, cs.id);
        await logProcessing(tx, a, { action: 'lezen', resource: 'plan', caseId: cs.id, householdId: cs.householdId, fields: ['goals', 'actions', 'parties'], purpose: 'hulpverlening' });
        return plan;
      });
      return c.json({ ...plan, actions: withOverdue(plan.actions, today(c)) } as any, 200);
    },
  );

  const GoalInput = z.strictObject({ domain: Domain, description: text(1000, 3), targetDate: IsoDate.nullable().optional(), status: z.enum(GOAL_STATUSES).optional() });
  const ActionInput = z.strictObject({ goalId: Uuid.nullable().optional(), description: text(1000, 3), ownerUserId: Uuid.nullable().optional(), ownerPartyId: Uuid.nullable().optional(), ownerLabel: text(200).optional(), dueDate: IsoDate.nullable().optional(), status: z.enum(ACTION_STATUSES).optional() });
  const PartyInput = z.strictObject({ partyOrganisationId: Uuid.nullable().optional(), organisationName: text(160).optional(), contactName: text(120).optional(), contact: text(200).optional(), role: text(200, 2) });
  const PartyPatch = z.strictObject({ organisationName: text(160, 2).optional(), contactName: text(120).optional(), contact: text(200).optional(), role: text(200, 2).optional(), status: z.enum(PARTY_STATUSES).optional() });

  const planItem = <I extends z.ZodObject, P extends z.ZodObject, O extends z.ZodType>(
    kind: 'goals' | 'actions' | 'parties',
    label: string,
    input: I,
    patch: P,
    output: O,
    create: (tx: Queryable, a: Actor, caseId: string, body: any) => Promise<any>,
    update: (tx: Queryable, a: Actor, caseId: string, id: string, version: number, body: any) => Promise<any>,
  ) => {
    r.openapi(
      createRoute({ method: 'post', path: `/cases/{id}/${kind}`, tags: ['Plan'], summary: `${label} toevoegen aan het plan`, request: { params: CaseIdParam, ...jsonBody(input) }, responses: { 201: jsonContent(output, 'Toegevoegd'), ...errorResponses, ...conflictResponses } }),
      async (c) => {
        const a = actorOf(c);
        const body = c.req.valid('json' as never) as Record<string, unknown>;
        const item = await c.get('db').transaction(async (tx) => {
          const cs = await openCaseForEdit(tx, a, (c.req.valid('param' as never) as { id: string }).id);
          const item = await create(tx, a, cs.id, body);
          await logProcessing(tx, a, { action: 'aanmaken', resource: kind, resourceId: item.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
          return item;
        });
        c.header('ETag', etagOf(item.version));
        return c.json((kind === 'actions' ? withOverdue([item], today(c))[0] : item) as any, 201);
      },
    );
    r.openapi(
      createRoute({ method: 'patch', path: `/cases/{id}/${kind}/{itemId}`, tags: ['Plan'], summary: `${label} wijzigen (If-Match met de versie van het onderdeel)`, request: { headers: IfMatch, params: ItemParams, ...jsonBody(patch) }, responses: { 200: jsonContent(output, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
      async (c) => {
        const a = actorOf(c);
        const version = ifMatchVersion(c)!;
        const body = c.req.valid('json' as never) as Record<string, unknown>;
        const { id, itemId } = c.req.valid('param' as never) as { id: string; itemId: string };
        const item = await c.get('db').transaction(async (tx) => {
          const cs = await openCaseForEdit(tx, a, id);
          const item = await update(tx, a, cs.id, itemId, version, body);
          await logProcessing(tx, a, { action: 'wijzigen', resource: kind, resourceId: item.id, caseId: cs.id, householdId: cs.householdId, fields: Object.keys(body), purpose: 'hulpverlening' });
          return item;
        });
        c.header('ETag', etagOf(item.version));
        return c.json((kind === 'actions' ? withOverdue([item], today(c))[0] : item) as any, 200);
      },
    );
  };
  planItem('goals', 'Doel', GoalInput, GoalInput.partial(), Goal, (tx, a, id, b) => store.insertGoal(tx, a, id, b), (tx, _a, cid, id, v, b) => store.updateGoal(tx, cid, id, v, b));
  planItem('actions', 'Actie', ActionInput, ActionInput.partial(), Action, (tx, a, id, b) => store.insertAction(tx, a, id, b), (tx, a, cid, id, v, b) => store.updateAction(tx, a, cid, id, v, b));
  planItem('parties', 'Betrokken partij', PartyInput, PartyPatch, Party, (tx, a, id, b) => store.insertParty(tx, a, id, b), (tx, _a, cid, id, v, b) => store.updateParty(tx, cid, id, v, b));

  // ---- notes ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/notes', tags: ['Notities'], summary: 'Notities met de doelen die uw rol mag lezen (handhaving ziet nooit hulpverlening)', request: { params: CaseIdParam }, responses: { 200: jsonContent(z.object({ items: z.array(Note) }), 'Notities'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction(async (tx) => {
        const cs = await store.getCaseForActor(tx, a, c.req.valid('param').id);
        const purposes = readableNotePurposes(a);
        const items = await store.listNotes(tx, cs.id, purposes);
        await logProcessing(tx, a, { action: 'lezen', resource: 'notities', caseId: cs.id, householdId: cs.householdId, fields: purposes.map((p) => `notes:${p}`), purpose: casePurpose(a) });
        return items;
      });
      return c.json({ items } as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/notes', tags: ['Notities'], summary: 'Notitie schrijven met haar doel (hulpverlening, toegang of handhaving); het doel ligt daarna vast', request: { params: CaseIdParam, ...jsonBody(z.strictObject({ purpose: z.enum(NOTE_PURPOSES), body: text(10000, 1) })) }, responses: { 201: jsonContent(Note, 'Geschreven'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      if (!canWriteNote(a, body.purpose)) throw forbidden(`Uw rol mag geen notities met het doel "${body.purpose}" schrijven.`);
      const note = await c.get('db').transaction(async (tx) => {
        const cs = await store.getCaseForActor(tx, a, c.req.valid('param').id, { forUpdate: true });
        if (cs.status === 'gesloten') throw conflict('Deze casus is gesloten. Heropen de casus om een notitie te schrijven.', 'casus_gesloten');
        const note = await store.insertNote(tx, a, cs.id, body);
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'notitie', resourceId: note.id, caseId: cs.id, householdId: cs.householdId, fields: ['body'], purpose: body.purpose === 'handhaving' ? 'handhaving' : 'hulpverlening' });
        return note;
      });
      c.header('ETag', etagOf(note.version));
      return c.json(note as any, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/cases/{id}/notes/{itemId}', tags: ['Notities'], summary: 'De tekst van een eigen notitie corrigeren (If-Match); het doel kan niet worden gewijzigd', request: { headers: IfMatch, params: ItemParams, ...jsonBody(z.strictObject({ body: text(10000, 1), purpose: z.enum(NOTE_PURPOSES).optional() })) }, responses: { 200: jsonContent(Note, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const body = c.req.valid('json');
      const { id, itemId } = c.req.valid('param');
      const note = await c.get('db').transaction(async (tx) => {
        const cs = await store.getCaseForActor(tx, a, id, { forUpdate: true });
        const cur = await store.getNote(tx, cs.id, itemId);
        if (!readableNotePurposes(a).includes(cur.purpose)) throw forbidden('U mag deze notitie niet lezen of wijzigen.');
        if (cur.authorId !== a.userId) throw forbidden('U kunt alleen uw eigen notities corrigeren.');
        if (body.purpose && body.purpose !== cur.purpose) throw conflict('Het doel van een notitie kan niet worden gewijzigd. Schrijf zo nodig een nieuwe notitie met het juiste doel.', 'doel_onveranderlijk');
        if (cs.status === 'gesloten') throw conflict('Deze casus is gesloten. Heropen de casus om een notitie te wijzigen.', 'casus_gesloten');
        const note = await store.updateNoteBody(tx, cs.id, itemId, version, body.body);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'notitie', resourceId: note.id, caseId: cs.id, householdId: cs.householdId, fields: ['body'], purpose: (cur.purpose as NotePurpose) === 'handhaving' ? 'handhaving' : 'hulpverlening' });
        return note;
      });
      c.header('ETag', etagOf(note.version));
      return c.json(note as any, 200);
    },
  );

  return r;
}

/** A member cannot be born in the future, nor more than 125 years ago. */
function checkBirthDates(members: { birthDate: string }[], path: string | null, t: string) {
  members.forEach((m, i) => {
    const field = path ? `${path}.${i}.birthDate` : 'birthDate';
    if (m.birthDate > t) throw invalid(field, 'ligt in de toekomst');
    if (ageOn(m.birthDate, t) > 125) throw invalid(field, 'ligt meer dan 125 jaar terug');
  });
}

void requireRole;
void ({} as Ctx);
