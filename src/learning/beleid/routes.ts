// SPDX-License-Identifier: EUPL-1.2
/**
 * Van doorbraak naar beleid over HTTP: the rules behind structural signals (grouped by canonical
 * reference), proposals with their stages, effect and lead time, and the answer of the receiving
 * organisation.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { actorOf, conflictResponses, createRouter, errorResponses, etagOf, IdParam, IfMatch, ifMatchVersion, IsoDate, IsoDateOut, jsonBody, jsonContent, text, today, Uuid, type Ctx } from '../../platform/http';
import type { Config } from '../../platform/config';
import type { Queryable } from '../../platform/db';
import { CHANGE_KINDS, DECISIONS, PROPOSAL_STAGES } from './model';
import * as commands from './commands';
import * as queries from './queries';

const tags = ['Beleid'];

const RuleGroup = z
  .object({
    key: z.string(), label: z.string(), references: z.array(z.string()), signals: z.number().int(), regelWijzigen: z.number().int(), vasteAfspraak: z.number().int(),
    proposals: z.array(z.string()), blockingOrganisations: z.array(z.string()), knelpunten: z.number().int(), firstKnelpuntOn: IsoDateOut.nullable(), latestSignalOn: IsoDateOut.nullable(),
    followUps: z.array(z.object({ id: z.string(), stage: z.enum(PROPOSAL_STAGES), decision: z.enum(DECISIONS).nullable() })), changedFrom: IsoDateOut.nullable(), leadTimeDays: z.number().int().nullable(),
  })
  .openapi('BeleidRegel');
const Period = z.object({ from: IsoDateOut, through: IsoDateOut, count: z.number().int() });
const Effect = z
  .object({ periodDays: z.number().int(), before: Period, after: Period, beforePer30: z.number(), afterPer30: z.number(), changePct: z.number().int().nullable(), months: z.array(z.object({ month: z.string(), count: z.number().int(), after: z.boolean() })) })
  .openapi('BeleidEffect');
const Proposal = z
  .object({
    id: z.string(), organisationName: z.string(), targetOrganisationName: z.string().nullable(), ruleKey: z.string(), ruleLabel: z.string(), proposal: z.string(), knelpuntCount: z.number().int(),
    firstKnelpuntOn: IsoDateOut.nullable(), stage: z.enum(PROPOSAL_STAGES), agendaTable: z.string().nullable(), agendaOn: IsoDateOut.nullable(), decision: z.enum(DECISIONS).nullable(),
    decisionReason: z.string().nullable(), decidedOn: IsoDateOut.nullable(), changeKind: z.enum(CHANGE_KINDS).nullable(), changeDescription: z.string().nullable(), changeFrom: IsoDateOut.nullable(),
    answer: z.string().nullable(), answeredOn: IsoDateOut.nullable(), answeredByName: z.string().nullable(), createdByName: z.string(), createdOn: IsoDateOut, isDemo: z.boolean(), version: z.number().int(),
    direction: z.enum(['verstuurd', 'ontvangen']), mayMove: z.boolean(), mayAnswer: z.boolean(), effect: Effect.nullable(), leadTimeDays: z.number().int().nullable(),
  })
  .openapi('BeleidVoorstel');
const ProposalDetail = Proposal.extend({ history: z.array(z.object({ kind: z.string(), detail: z.string(), userName: z.string(), userOrganisation: z.string(), on: IsoDateOut })) }).openapi('BeleidVoorstelDetail');

export function beleidRoutes(_config: Config) {
  const r = createRouter();
  /** Run the change and read the proposal back in one transaction; the answer carries its ETag. */
  const detail = async (c: Ctx, change: (tx: Queryable) => Promise<string>) => {
    const a = actorOf(c);
    const p = await c.get('db').transaction(async (tx) => queries.proposal(tx, a, await change(tx), today(c)));
    c.header('ETag', etagOf(p.version));
    return p;
  };

  r.openapi(
    createRoute({ method: 'get', path: '/beleid/regels', tags, summary: 'Structurele signalen per regel (wet en artikel, genormaliseerd), met knelpunten, voorstellen en doorlooptijd', responses: { 200: jsonContent(z.object({ items: z.array(RuleGroup), organisations: z.array(z.object({ id: z.string(), name: z.string() })) }), 'Regels'), ...errorResponses } }),
    async (c) => c.json(await c.get('db').transaction((tx) => queries.rules(tx, actorOf(c))), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/beleidsvoorstellen', tags, summary: 'Voorstellen die de organisatie deed of ontving, met fase, effect en antwoord', responses: { 200: jsonContent(z.object({ items: z.array(Proposal) }), 'Voorstellen'), ...errorResponses } }),
    async (c) => c.json({ items: await c.get('db').transaction((tx) => queries.proposals(tx, actorOf(c), today(c))) }, 200),
  );

  r.openapi(
    createRoute({
      method: 'post', path: '/beleidsvoorstellen', tags,
      summary: 'Maak van de signalen op een regel een voorstel; over de regel van een andere organisatie gaat het naar die organisatie, met alleen het aantal knelpunten',
      request: jsonBody(z.strictObject({ ruleKey: text(300, 1), proposal: text(2000, 10), targetOrganisationId: Uuid.nullable().optional(), proposedOn: IsoDate.optional().openapi({ description: 'Wanneer het voorstel is gedaan (standaard vandaag; niet in de toekomst)' }) })),
      responses: { 201: jsonContent(ProposalDetail, 'Voorstel'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await detail(c, (tx) => commands.propose(tx, a, c.req.valid('json'), today(c))), 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/beleidsvoorstellen/{id}', tags, summary: 'Eén voorstel met zijn geschiedenis en effect', request: { params: IdParam }, responses: { 200: jsonContent(ProposalDetail, 'Voorstel'), ...errorResponses } }),
    async (c) => c.json(await detail(c, async () => c.req.valid('param').id), 200),
  );

  const step = <T extends z.ZodType>(path: string, summary: string, body: T) =>
    createRoute({ method: 'post', path, tags, summary, request: { params: IdParam, headers: IfMatch, ...jsonBody(body) }, responses: { 200: jsonContent(ProposalDetail, 'Voorstel'), ...errorResponses, ...conflictResponses } });

  r.openapi(step('/beleidsvoorstellen/{id}/agenderen', 'Zet het voorstel op een agenda (tafel of overleg, datum)', z.strictObject({ table: text(200), on: IsoDate })), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    const id = c.req.valid('param').id;
    return c.json(await detail(c, async (tx) => { await commands.move(tx, a, id, v, { to: 'geagendeerd', ...c.req.valid('json') }, today(c)); return id; }), 200);
  });
  r.openapi(step('/beleidsvoorstellen/{id}/besluit', 'Leg het besluit vast: aangenomen of verworpen, met reden', z.strictObject({ decision: z.enum(DECISIONS), reason: text(2000), on: IsoDate })), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    const id = c.req.valid('param').id;
    return c.json(await detail(c, async (tx) => { await commands.move(tx, a, id, v, { to: 'besloten', ...c.req.valid('json') }, today(c)); return id; }), 200);
  });
  r.openapi(step('/beleidsvoorstellen/{id}/invoering', 'Leg vast wat er veranderde (regel, afspraak of mandaat) en vanaf wanneer', z.strictObject({ kind: z.enum(CHANGE_KINDS), description: text(2000), from: IsoDate })), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    const id = c.req.valid('param').id;
    return c.json(await detail(c, async (tx) => { await commands.move(tx, a, id, v, { to: 'ingevoerd', ...c.req.valid('json') }, today(c)); return id; }), 200);
  });
  r.openapi(step('/beleidsvoorstellen/{id}/antwoord', 'Antwoord als ontvangende organisatie; de afzender ziet het antwoord', z.strictObject({ text: text(4000, 5) })), async (c) => {
    const a = actorOf(c);
    const v = ifMatchVersion(c)!;
    const id = c.req.valid('param').id;
    return c.json(await detail(c, async (tx) => { await commands.answer(tx, a, id, v, c.req.valid('json').text, today(c)); return id; }), 200);
  });

  return r;
}
