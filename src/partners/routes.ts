// SPDX-License-Identifier: EUPL-1.2
/**
 * Partners in the plan over HTTP (ADR 0017). The regisseur: invite with the resident's consent, list
 * the invitations of a case with their messages, end one. The partner: its invitations, the part of
 * the case its purpose needs, the status of its actions (If-Match) and a short message. Thin:
 * validate, one transaction with one command or query, a typed answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, IfMatch, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, text, today, Uuid } from '../platform/http';
import { ACCESS_STATES, INVITATION_STATUSES, PARTNER_ACTION_STATUSES } from './model';
import { AGE_BANDS } from '../learning/model';
import * as commands from './commands';
import * as queries from './queries';

const tags = ['Partners in het plan'];
const CaseIdParam = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });
const ItemParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }), itemId: Uuid.openapi({ param: { name: 'itemId', in: 'path' } }) });

const Message = z.object({ id: z.string(), invitationId: z.string(), authorName: z.string(), authorOrganisationName: z.string(), fromPartner: z.boolean(), body: z.string(), createdAt: z.string() }).openapi('PartnerBericht');
const Invitation = z
  .object({
    id: z.string(), caseId: z.string(), partyId: z.string(), partyName: z.string(), partnerOrganisationId: z.string(), partnerOrganisationName: z.string(), partnerUserName: z.string(),
    purpose: z.string(), status: z.enum(INVITATION_STATUSES), invitedByName: z.string(), invitedAt: z.string(), endedAt: z.string().nullable(), endReason: z.string().nullable(),
    access: z.enum(ACCESS_STATES), accessLabel: z.string(),
    consent: z.object({ id: z.string(), state: z.string(), stateLabel: z.string(), validUntil: IsoDateOut, personName: z.string(), dataLabels: z.array(z.string()) }).nullable(),
    messages: z.array(Message),
  })
  .openapi('PartnerUitnodiging');
const InviteInput = z
  .strictObject({
    partyId: Uuid,
    partnerOrganisationId: Uuid,
    partnerLogin: text(200, 2),
    purpose: text(500, 5),
    consent: z.strictObject({ personId: Uuid, givenOn: IsoDate.optional(), validUntil: IsoDate }),
  })
  .openapi('PartnerUitnodigen');
const PartnerItem = z
  .object({ id: z.string(), organisationName: z.string(), partyName: z.string(), purpose: z.string(), invitedByName: z.string(), invitedAt: z.string(), access: z.enum(ACCESS_STATES), accessLabel: z.string(), householdLabel: z.string().nullable(), validUntil: IsoDateOut.nullable() })
  .openapi('PartnerCasusItem');
const PartnerAction = z.object({ id: z.string(), goalId: z.string().nullable(), description: z.string(), dueDate: IsoDateOut.nullable(), status: z.enum(PARTNER_ACTION_STATUSES), overdue: z.boolean(), version: z.number().int() }).openapi('PartnerActie');
const PartnerCase = z
  .object({
    invitation: z.object({ id: z.string(), organisationName: z.string(), partyName: z.string(), purpose: z.string(), invitedByName: z.string(), regisseurName: z.string(), invitedAt: z.string(), validUntil: IsoDateOut }),
    household: z.array(z.object({ firstName: z.string(), role: z.string(), ageBand: z.enum(AGE_BANDS), ageBandLabel: z.string() })),
    goals: z.array(z.object({ id: z.string(), domain: z.string(), description: z.string(), targetDate: IsoDateOut.nullable(), status: z.string() })),
    actions: z.array(PartnerAction),
    parties: z.array(z.object({ id: z.string(), organisationName: z.string(), contactName: z.string(), contact: z.string(), role: z.string(), status: z.string(), mine: z.boolean() })),
    messages: z.array(Message),
  })
  .openapi('PartnerCasus');

export function partnersRoutes() {
  const r = createRouter();

  // ---- the regisseur ----
  r.openapi(
    createRoute({ method: 'get', path: '/cases/{id}/partner-invitations', tags, summary: 'De uitgenodigde partners van een casus, met toestemming, toegang vandaag en berichten', request: { params: CaseIdParam }, responses: { 200: jsonContent(z.object({ items: z.array(Invitation) }), 'Uitnodigingen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => queries.invitationsOfCase(tx, a, c.req.valid('param').id, today(c)));
      return c.json({ items }, 200);
    },
  );
  r.openapi(
    createRoute({ method: 'post', path: '/cases/{id}/partner-invitations', tags, summary: 'Een professional van een partnerorganisatie uitnodigen voor een doel, met de toestemming van de inwoner', request: { params: CaseIdParam, ...jsonBody(InviteInput) }, responses: { 201: jsonContent(Invitation, 'Uitgenodigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.invitePartner(tx, a, c.req.valid('param').id, body, today(c))), 201);
    },
  );
  r.openapi(
    createRoute({ method: 'post', path: '/partner-invitations/{id}/end', tags, summary: 'Een uitnodiging beëindigen (de partner verliest direct de toegang)', request: { params: IdParam, ...jsonBody(z.strictObject({ reason: text(500, 2) })) }, responses: { 200: jsonContent(Invitation, 'Beëindigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.endInvitation(tx, a, c.req.valid('param').id, body, today(c))), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/partner-invitations/{id}/messages', tags, summary: 'De partner antwoorden (de partner krijgt een melding; geweigerd als de partner geen toegang meer heeft)', request: { params: IdParam, ...jsonBody(z.strictObject({ body: text(1000, 2) })) }, responses: { 201: jsonContent(Message, 'Verstuurd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.replyToPartner(tx, a, c.req.valid('param').id, body, today(c))), 201);
    },
  );

  // ---- the partner ----
  r.openapi(
    createRoute({ method: 'get', path: '/partner-cases', tags, summary: 'De casussen waarvoor u als partner bent uitgenodigd, met uw toegang vandaag', responses: { 200: jsonContent(z.object({ items: z.array(PartnerItem) }), 'Uitnodigingen'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      const items = await c.get('db').transaction((tx) => queries.partnerInvitations(tx, a, today(c)));
      return c.json({ items }, 200);
    },
  );
  r.openapi(
    createRoute({ method: 'get', path: '/partner-cases/{id}', tags, summary: 'Wat u als partner van de casus ziet: uw doelen en acties, de betrokkenen, voornamen en leeftijdsgroepen', request: { params: IdParam }, responses: { 200: jsonContent(PartnerCase, 'Casus voor de partner'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await c.get('db').transaction((tx) => queries.partnerCase(tx, a, c.req.valid('param').id, today(c))), 200);
    },
  );
  r.openapi(
    createRoute({ method: 'patch', path: '/partner-cases/{id}/actions/{itemId}', tags, summary: 'De status van een eigen actie bijwerken (If-Match met de versie van de actie)', request: { headers: IfMatch, params: ItemParams, ...jsonBody(z.strictObject({ status: z.enum(PARTNER_ACTION_STATUSES) })) }, responses: { 200: jsonContent(PartnerAction, 'Bijgewerkt'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const version = ifMatchVersion(c)!;
      const { id, itemId } = c.req.valid('param');
      const body = c.req.valid('json');
      const item = await c.get('db').transaction((tx) => commands.updatePartnerAction(tx, a, id, itemId, version, body.status, today(c)));
      c.header('ETag', etagOf(item.version));
      return c.json(item, 200);
    },
  );
  r.openapi(
    createRoute({ method: 'post', path: '/partner-cases/{id}/messages', tags, summary: 'Een kort bericht aan de regisseur', request: { params: IdParam, ...jsonBody(z.strictObject({ body: text(1000, 2) })) }, responses: { 201: jsonContent(Message, 'Verstuurd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      return c.json(await c.get('db').transaction((tx) => commands.sendPartnerMessage(tx, a, c.req.valid('param').id, body, today(c))), 201);
    },
  );

  return r;
}
