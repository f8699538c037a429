// SPDX-License-Identifier: EUPL-1.2
/** Login, logout, who am I; organisations, teams and users for the admin: authenticate, validate, one command or query, a typed answer. */
import { createRoute, z } from '@hono/zod-openapi';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { ROLES } from '../platform/authz';
import { actorOf, createRouter, errorResponses, conflictResponses, etagOf, ifMatchVersion, IdParam, jsonBody, jsonContent, text, Uuid, IfMatch } from '../platform/http';
import type { Config } from '../platform/config';
import { ORGANISATION_KINDS, SESSION_COOKIE } from './model';
import { passwordShapeProblem } from './password';
import { enforce, mayAdminister, mayChangeUser } from './policy';
import { clientAddress, forgetOrganisation, forgetUser } from './session';
import * as commands from './commands';
import * as queries from './queries';

const Role = z.enum(ROLES);
// The cheap rules here; the strength estimate (with the username) once in the handler, checkPasswordFor.
const Password = z.string().superRefine((pw, ctx) => {
  const p = passwordShapeProblem(pw);
  if (p) ctx.addIssue({ code: 'custom', message: p });
});

export const Organisation = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS), municipalityCode: z.string().nullable(), version: z.number().int() })
  .openapi('Organisation');
export const Team = z.object({ id: z.string(), organisationId: z.string(), name: z.string(), version: z.number().int() }).openapi('Team');
export const User = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    teamId: z.string().nullable(),
    teamName: z.string().nullable(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    roles: z.array(Role),
    active: z.boolean(),
    version: z.number().int(),
  })
  .openapi('User');
const Me = z
  .object({
    user: User,
    roleLabels: z.array(z.string()),
    organisation: Organisation,
    sessionExpiresAt: z.string(),
  })
  .openapi('Me');

const Username = z.string().trim().min(3, { error: 'moet minstens 3 tekens hebben' }).max(60, { error: 'mag hoogstens 60 tekens hebben' }).regex(/^[a-zA-Z0-9._@-]+$/, { error: 'mag alleen letters, cijfers en . _ @ - bevatten' });

export function accountsRoutes(config: Config) {
  const r = createRouter();

  const cookieOpts = (expires: Date) => ({ httpOnly: true, secure: config.cookieSecure, sameSite: 'Lax' as const, path: '/', expires });

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login', security: [],
      tags: ['Accounts'],
      summary: 'Inloggen met gebruikersnaam en wachtwoord',
      request: jsonBody(z.strictObject({ username: z.string().max(60), password: z.string().max(200) })),
      responses: { 200: jsonContent(Me, 'Ingelogd; de sessiecookie is gezet'), ...errorResponses, 429: errorResponses[401] },
    }),
    async (c) => {
      // Not one transaction: the throttle's reservation commits before the hash is verified (ADR 0008).
      const { token, expires, me } = await commands.login(c.get('db'), c.req.valid('json'), { source: clientAddress(c, config.trustProxy), config, now: new Date() });
      setCookie(c, SESSION_COOKIE, token, cookieOpts(expires));
      return c.json(me, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/auth/logout', security: [], tags: ['Accounts'], summary: 'Uitloggen', responses: { 204: { description: 'Uitgelogd' } } }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await commands.logout(c.get('db'), token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/auth/me', tags: ['Accounts'], summary: 'Wie ben ik, met rollen en organisatie', responses: { 200: jsonContent(Me, 'De ingelogde gebruiker'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await queries.me(c.get('db'), a.organisationId, a.userId, (a as { expiresAt?: string }).expiresAt ?? ''), 200);
    },
  );

  // ---- organisations ----
  r.openapi(
    createRoute({ method: 'get', path: '/organisations', tags: ['Beheer'], summary: 'Alle organisaties (het gedeelde register)', responses: { 200: jsonContent(z.object({ items: z.array(Organisation) }), 'Organisaties'), ...errorResponses } }),
    async (c) => {
      actorOf(c);
      return c.json(await queries.listOrganisations(c.get('db')), 200);
    },
  );

  const OrgInput = z.strictObject({
    name: text(120, 2),
    kind: z.enum(ORGANISATION_KINDS),
    municipalityCode: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn zoals GM0344' }).nullable().optional(),
  });
  r.openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      tags: ['Beheer'],
      summary: 'Organisatie aanmaken, optioneel met haar eerste beheerder',
      request: jsonBody(OrgInput.extend({ firstAdmin: z.strictObject({ username: Username, displayName: text(120, 1), password: Password }).optional() })),
      responses: { 201: jsonContent(Organisation, 'Aangemaakt'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const org = await c.get('db').transaction((tx) => commands.createOrganisation(tx, a, body));
      return c.json(org, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      tags: ['Beheer'],
      summary: 'Organisatie wijzigen (eigen organisatie of een die de eigen organisatie aanmaakte); If-Match verplicht',
      request: { headers: IfMatch, params: IdParam, ...jsonBody(OrgInput.partial()) },
      responses: { 200: jsonContent(Organisation, 'Gewijzigd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayAdminister(a)); // before If-Match: a non-admin hears 403, not 428
      const { id } = c.req.valid('param');
      const version = ifMatchVersion(c)!;
      const org = await c.get('db').transaction((tx) => commands.updateOrganisation(tx, a, id, version, c.req.valid('json')));
      forgetOrganisation(c.get('db'), id); // after the commit, so no request caches the old row in between
      c.header('ETag', etagOf(org.version));
      return c.json(org, 200);
    },
  );

  // ---- teams ----
  r.openapi(
    createRoute({ method: 'get', path: '/teams', tags: ['Beheer'], summary: 'Teams van de eigen organisatie', responses: { 200: jsonContent(z.object({ items: z.array(Team) }), 'Teams'), ...errorResponses } }),
    async (c) => c.json(await queries.listTeams(c.get('db'), actorOf(c)), 200),
  );
  r.openapi(
    createRoute({ method: 'post', path: '/teams', tags: ['Beheer'], summary: 'Team aanmaken', request: jsonBody(z.strictObject({ name: text(120, 2) })), responses: { 201: jsonContent(Team, 'Aangemaakt'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      const t = await c.get('db').transaction((tx) => commands.createTeam(tx, a, c.req.valid('json').name));
      return c.json(t, 201);
    },
  );
  r.openapi(
    createRoute({ method: 'patch', path: '/teams/{id}', tags: ['Beheer'], summary: 'Team hernoemen; If-Match verplicht', request: { headers: IfMatch, params: IdParam, ...jsonBody(z.strictObject({ name: text(120, 2) })) }, responses: { 200: jsonContent(Team, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayAdminister(a)); // before If-Match: a non-admin hears 403, not 428
      const version = ifMatchVersion(c)!;
      const t = await c.get('db').transaction((tx) => commands.renameTeam(tx, a, c.req.valid('param').id, version, c.req.valid('json').name));
      forgetOrganisation(c.get('db'), a.organisationId);
      c.header('ETag', etagOf(t.version));
      return c.json(t, 200);
    },
  );

  // ---- users ----
  r.openapi(
    createRoute({ method: 'get', path: '/users', tags: ['Beheer'], summary: 'Gebruikers van de eigen organisatie', responses: { 200: jsonContent(z.object({ items: z.array(User) }), 'Gebruikers'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await queries.listUsers(c.get('db'), a), 200);
    },
  );

  const Roles = z.array(Role).min(1, { error: 'kies minstens één rol' }).max(ROLES.length).refine((rs) => new Set(rs).size === rs.length, { error: 'bevat een rol dubbel' });
  r.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags: ['Beheer'],
      summary: 'Gebruiker aanmaken in de eigen organisatie',
      request: jsonBody(z.strictObject({ username: Username, displayName: text(120, 1), email: z.email({ error: 'is geen geldig e-mailadres' }).max(200).nullable().optional(), teamId: Uuid.nullable().optional(), roles: Roles, password: Password })),
      responses: { 201: jsonContent(User, 'Aangemaakt'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const body = c.req.valid('json');
      const u = await c.get('db').transaction((tx) => commands.createUser(tx, a, body));
      c.header('ETag', etagOf(u.version));
      return c.json(u, 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags: ['Beheer'],
      summary: 'Gebruiker wijzigen: team, rollen, actief, wachtwoord; If-Match verplicht',
      request: { headers: IfMatch, params: IdParam, ...jsonBody(z.strictObject({ displayName: text(120, 1).optional(), email: z.email({ error: 'is geen geldig e-mailadres' }).max(200).nullable().optional(), teamId: Uuid.nullable().optional(), roles: Roles.optional(), active: z.boolean().optional(), password: Password.optional() })) },
      responses: { 200: jsonContent(User, 'Gewijzigd'), ...errorResponses, ...conflictResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      enforce(mayChangeUser(a, id, body)); // before If-Match: a refusal is not hidden behind 428
      const version = ifMatchVersion(c)!;
      const u = await c.get('db').transaction((tx) => commands.updateUser(tx, a, id, version, body));
      // Roles, team, name or activity may have changed: this process looks the sessions up afresh.
      forgetUser(c.get('db'), id);
      c.header('ETag', etagOf(u.version));
      return c.json(u, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/roles', security: [], tags: ['Beheer'], summary: 'De rollen met hun Nederlandse naam', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ role: Role, label: z.string() })) }), 'Rollen') } }),
    (c) => c.json(queries.roles(), 200),
  );

  return r;
}
