// SPDX-License-Identifier: EUPL-1.2
/** For the privacy officer: the processing log with filters, finding a person, and the inzage export (AVG art. 15); authenticate, validate, one query, a typed answer. */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, IdParam, IsoDate, IsoDateOut, jsonBody, jsonContent, pageOf, Paging, text, today, Uuid } from '../platform/http';
import * as queries from './queries';
import * as commands from './commands';
import { CONSENT_DATA_KEYS, CONSENT_STATES } from './model';

const LogItem = z
  .object({
    id: z.number().int(), at: z.string(), userId: z.string().nullable(), userName: z.string(), role: z.string().nullable(), action: z.string(), resource: z.string(), resourceId: z.string().nullable(),
    householdId: z.string().nullable(), caseId: z.string().nullable(), personId: z.string().nullable(), fields: z.array(z.string()), purpose: z.string(), legalGround: z.string(),
  })
  .openapi('ProcessingLogEntry');

export const Consent = z
  .object({
    id: z.string(), caseId: z.string(), householdId: z.string(), personId: z.string(), personName: z.string(),
    dataCategories: z.array(z.enum(CONSENT_DATA_KEYS)), dataLabels: z.array(z.string()),
    recipientOrganisationId: z.string().nullable(), recipientName: z.string(), recipientPerson: z.string(), purpose: z.string(),
    givenOn: IsoDateOut, validUntil: IsoDateOut, recordedByName: z.string(), recordedAt: z.string(),
    withdrawnAt: z.string().nullable(), withdrawnOn: IsoDateOut.nullable(), withdrawnByName: z.string().nullable(), withdrawReason: z.string().nullable(),
    state: z.enum(CONSENT_STATES), stateLabel: z.string(), version: z.number().int(),
  })
  .openapi('Toestemming');
export const ConsentInput = z
  .strictObject({
    personId: Uuid,
    dataCategories: z.array(z.enum(CONSENT_DATA_KEYS)).min(1, { error: 'kies minstens één soort gegevens' }).max(CONSENT_DATA_KEYS.length),
    recipientOrganisationId: Uuid.nullable().optional(),
    recipientName: text(160).optional(),
    recipientPerson: text(120).optional(),
    purpose: text(500, 5),
    givenOn: IsoDate.optional(),
    validUntil: IsoDate,
  })
  .openapi('ToestemmingInvoer');
const CaseIdParam = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });

export function privacyRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/consents', tags: ['Toestemming'], summary: 'De toestemmingen van de inwoner op een casus, met hun stand vandaag', request: { params: CaseIdParam }, responses: { 200: jsonContent(z.object({ items: z.array(Consent) }), 'Toestemmingen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => queries.consentsOfCase(tx, a, c.req.valid('param').id, today(c)));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/consents', tags: ['Toestemming'], summary: 'Toestemming van de inwoner vastleggen: welke gegevens, met wie, waarvoor, tot wanneer', request: { params: CaseIdParam, ...jsonBody(ConsentInput) }, responses: { 201: jsonContent(Consent, 'Vastgelegd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.giveConsent(tx, a, c.req.valid('param').id, body, today(c))), 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/consents/{id}', tags: ['Toestemming'], summary: 'Eén toestemming met haar stand vandaag', request: { params: IdParam }, responses: { 200: jsonContent(Consent, 'Toestemming'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => queries.consentForActor(tx, a, c.req.valid('param').id, today(c))), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/consents/{id}/withdraw', tags: ['Toestemming'], summary: 'De inwoner trekt de toestemming in; dat werkt direct (toegang die erop rust stopt meteen)', request: { params: IdParam, ...jsonBody(z.strictObject({ reason: text(500, 2) })) }, responses: { 200: jsonContent(Consent, 'Ingetrokken'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.withdrawConsent(tx, a, c.req.valid('param').id, body, today(c))), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/processing-log',
      tags: ['Privacy'],
      summary: 'Het verwerkingsregister: wie las of wijzigde welke persoonsgegevens, waarvoor en op welke grondslag (alleen privacyfunctionaris)',
      request: {
        query: z.object({
          userId: Uuid.optional(), caseId: Uuid.optional(), householdId: Uuid.optional(), personId: Uuid.optional(),
          action: z.enum(['lezen', 'aanmaken', 'wijzigen', 'verwijderen', 'exporteren', 'delen']).optional(),
          purpose: text(40).optional(), from: IsoDate.optional(), to: IsoDate.optional(),
          ...Paging,
        }),
      },
      responses: { 200: jsonContent(pageOf(LogItem), 'Regels uit het verwerkingsregister, nieuwste eerst'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const q = c.req.valid('query');
      return c.json(await c.get('db').transaction((tx) => queries.readProcessingLog(tx, a, q)), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/persons',
      tags: ['Privacy'],
      summary: 'Personen zoeken op naam of BSN, om een inzageverzoek te behandelen (alleen privacyfunctionaris)',
      request: { query: z.object({ q: text(100, 2) }) },
      responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), birthDate: IsoDateOut, householdId: z.string(), householdName: z.string() })) }), 'Gevonden personen'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const { q } = c.req.valid('query');
      return c.json(await c.get('db').transaction((tx) => queries.searchPersons(tx, a, q)), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/persons/{id}/inzage',
      tags: ['Privacy'],
      summary: 'Alles wat het systeem over één persoon bewaart, als JSON (inzage, AVG art. 15); de export zelf komt in het register',
      request: { params: IdParam },
      responses: { 200: jsonContent(z.object({ generatedAt: z.string(), organisation: z.string(), legalGround: z.string(), sections: z.record(z.string(), z.unknown()), processingLog: z.array(LogItem) }), 'Inzage-export'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const { id } = c.req.valid('param');
      const out = await c.get('db').transaction((tx) => queries.inzageExport(tx, a, id, c.get('inzageSources'), new Date()));
      c.header('Content-Disposition', `attachment; filename="inzage-${id}.json"`);
      return c.json(out, 200);
    },
  );

  return r;
}
