// SPDX-License-Identifier: EUPL-1.2
/** For the privacy officer: the processing log with filters, finding a person, and the inzage export (AVG art. 15); authenticate, validate, one query, a typed answer. */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, createRouter, errorResponses, IdParam, IsoDate, IsoDateOut, jsonContent, pageOf, Paging, text, Uuid } from '../platform/http';
import * as queries from './queries';

const LogItem = z
  .object({
    id: z.number().int(), at: z.string(), userId: z.string().nullable(), userName: z.string(), role: z.string().nullable(), action: z.string(), resource: z.string(), resourceId: z.string().nullable(),
    householdId: z.string().nullable(), caseId: z.string().nullable(), personId: z.string().nullable(), fields: z.array(z.string()), purpose: z.string(), legalGround: z.string(),
  })
  .openapi('ProcessingLogEntry');

export function privacyRoutes() {
  const r = createRouter();

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
