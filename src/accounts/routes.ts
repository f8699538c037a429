// SPDX-License-Identifier: EUPL-1.2
/** Login, logout, who am I; organisations, teams and users for the admin. */
import { createRoute, z } from '@hono/zod-openapi';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { ROLES, ROLE_LABELS, requireRole, type Role } from '../platform/authz';
import { Problem, forbidden, invalid } from '../platform/errors';
import { actorOf, createRouter, errorResponses, conflictResponses, etagOf, ifMatchVersion, IdParam, jsonBody, jsonContent, text, Uuid, type Ctx, IfMatch } from '../platform/http';
import type { Config } from '../platform/config';
import { logProcessing } from '../platform/processing-log';
import { ORGANISATION_KINDS, SESSION_COOKIE, dutchWait, sessionExpiry } from './model';
import { passwordShapeProblem, passwordStrengthProblem } from './password';
import { clientAddress, endUserSessions, forgetOrganisation, forgetSession, forgetUser, sessionCacheFor } from './session';
import * as throttle from './throttle';
import * as store from './store';

const Role = z.enum(ROLES);
// The cheap rules here; the strength estimate (with the username) once in the handler, checkPasswordFor.
const Password = z.string().superRefine((pw, ctx) => {
  const p = passwordShapeProblem(pw);
  if (p) ctx.addIssue({ code: 'custom', message: p });
});

/** The password may not be (or contain) the user's username nor lean on their name. */
function checkPasswordFor(field: string, pw: string | undefined, user: { username: string; displayName?: string }): void {
  if (pw === undefined) return;
  const p = passwordStrengthProblem(pw, [user.username, user.displayName ?? '']);
  if (p) throw invalid(field, p, 'wachtwoord_zwak');
}

export const Organisation = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS), municipalityCode: z.string().nullable(), version: z.number().int() })
  .openapi('Organisation');
export const Team = z.object({ id: z.string(), organisationId: z.string(), name: z.string() }).openapi('Team');
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
      const { username, password } = c.req.valid('json');
      const db = c.get('db');
      // Reserve the attempt for this account and address BEFORE the (slow) hash is verified, so
      // parallel guesses are counted before any of them is evaluated (ADR 0008).
      const key = { username: username.trim().toLowerCase(), source: clientAddress(c, config.trustProxy) };
      const wait = await throttle.reserveAttempt(db, key, new Date());
      if (wait > 0) {
        throw new Problem(429, 'te_veel_inlogpogingen', 'Te veel inlogpogingen', `Te veel mislukte inlogpogingen voor deze gebruikersnaam vanaf dit adres. Probeer het over ${dutchWait(wait)} opnieuw.`, [], { retryAfter: wait });
      }
      const found = await store.findLogin(db, username);
      const ok = await store.verifyPassword(found?.passwordHash ?? null, password);
      if (!found || !ok || !found.active) {
        await throttle.recordFailure(db, key, new Date());
        throw new Problem(401, 'inloggen_mislukt', 'Inloggen mislukt', 'De gebruikersnaam of het wachtwoord klopt niet.');
      }
      await throttle.recordSuccess(db, key);
      if (config.loginEndsOtherSessions) await endUserSessions(db, found.id);
      const created = new Date();
      const expires = sessionExpiry(created, created, config.sessionIdleMinutes, config.sessionMaxHours);
      const token = await store.createSession(db, found.id, found.organisationId, expires);
      setCookie(c, SESSION_COOKIE, token, cookieOpts(expires));
      return c.json(await meOf(c, found.organisationId, found.id, expires.toISOString()), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/auth/logout', security: [], tags: ['Accounts'], summary: 'Uitloggen', responses: { 204: { description: 'Uitgelogd' } } }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        await store.deleteSession(c.get('db'), token);
        forgetSession(c.get('db'), token);
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/auth/me', tags: ['Accounts'], summary: 'Wie ben ik, met rollen en organisatie', responses: { 200: jsonContent(Me, 'De ingelogde gebruiker'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json(await meOf(c, a.organisationId, a.userId, (a as { expiresAt?: string }).expiresAt ?? ''), 200);
    },
  );

  // ---- organisations ----
  r.openapi(
    createRoute({ method: 'get', path: '/organisations', tags: ['Beheer'], summary: 'Alle organisaties (het gedeelde register)', responses: { 200: jsonContent(z.object({ items: z.array(Organisation) }), 'Organisaties'), ...errorResponses } }),
    async (c) => {
      actorOf(c);
      return c.json({ items: (await store.listOrganisations(c.get('db'))) as any }, 200);
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
      requireRole(a, 'admin');
      const body = c.req.valid('json');
      if (body.firstAdmin) checkPasswordFor('firstAdmin.password', body.firstAdmin.password, body.firstAdmin);
      const org = await c.get('db').transaction(async (tx) => {
        const o = await store.insertOrganisation(tx, body, a.organisationId);
        if (body.firstAdmin) {
          const u = await store.insertUser(tx, { organisationId: o.id, username: body.firstAdmin.username, displayName: body.firstAdmin.displayName, roles: ['admin'], password: body.firstAdmin.password });
          await logProcessing(tx, a, { action: 'aanmaken', resource: 'gebruiker', resourceId: u.id, fields: ['username', 'displayName', 'roles'], purpose: 'beheer', organisationId: o.id });
        }
        return o;
      });
      return c.json(org as any, 201);
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
      requireRole(a, 'admin');
      const { id } = c.req.valid('param');
      const version = ifMatchVersion(c)!;
      const org = await c.get('db').transaction(async (tx) => {
        const own = await tx.query(`SELECT 1 FROM organisations WHERE id = $1 AND (id = $2 OR created_by_organisation_id = $2)`, [id, a.organisationId]);
        if (!own.rows.length) throw forbidden('U kunt alleen uw eigen organisatie of een door uw organisatie aangemaakte organisatie wijzigen.');
        return store.updateOrganisation(tx, id, version, c.req.valid('json'));
      });
      forgetOrganisation(c.get('db'), id);
      c.header('ETag', etagOf(org.version));
      return c.json(org as any, 200);
    },
  );

  // ---- teams ----
  r.openapi(
    createRoute({ method: 'get', path: '/teams', tags: ['Beheer'], summary: 'Teams van de eigen organisatie', responses: { 200: jsonContent(z.object({ items: z.array(Team) }), 'Teams'), ...errorResponses } }),
    async (c) => c.json({ items: await store.listTeams(c.get('db'), actorOf(c).organisationId) }, 200),
  );
  r.openapi(
    createRoute({ method: 'post', path: '/teams', tags: ['Beheer'], summary: 'Team aanmaken', request: jsonBody(z.strictObject({ name: text(120, 2) })), responses: { 201: jsonContent(Team, 'Aangemaakt'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireRole(a, 'admin');
      const t = await c.get('db').transaction((tx) => store.insertTeam(tx, a.organisationId, c.req.valid('json').name));
      return c.json(t, 201);
    },
  );
  r.openapi(
    createRoute({ method: 'patch', path: '/teams/{id}', tags: ['Beheer'], summary: 'Team hernoemen', request: { params: IdParam, ...jsonBody(z.strictObject({ name: text(120, 2) })) }, responses: { 200: jsonContent(Team, 'Gewijzigd'), ...errorResponses, ...conflictResponses } }),
    async (c) => {
      const a = actorOf(c);
      requireRole(a, 'admin');
      const t = await c.get('db').transaction((tx) => store.renameTeam(tx, a.organisationId, c.req.valid('param').id, c.req.valid('json').name));
      forgetOrganisation(c.get('db'), a.organisationId);
      return c.json(t, 200);
    },
  );

  // ---- users ----
  r.openapi(
    createRoute({ method: 'get', path: '/users', tags: ['Beheer'], summary: 'Gebruikers van de eigen organisatie', responses: { 200: jsonContent(z.object({ items: z.array(User) }), 'Gebruikers'), ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      return c.json({ items: (await store.listUsers(c.get('db'), a.organisationId)) as any }, 200);
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
      requireRole(a, 'admin');
      const body = c.req.valid('json');
      checkPasswordFor('password', body.password, body);
      const u = await c.get('db').transaction(async (tx) => {
        const u = await store.insertUser(tx, { ...body, organisationId: a.organisationId });
        await logProcessing(tx, a, { action: 'aanmaken', resource: 'gebruiker', resourceId: u.id, fields: Object.keys(body).filter((k) => k !== 'password'), purpose: 'beheer' });
        return u;
      });
      c.header('ETag', etagOf(u.version));
      return c.json(u as any, 201);
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
      requireRole(a, 'admin');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      if (id === a.userId && (body.active === false || (body.roles && !body.roles.includes('admin')))) {
        throw invalid(body.active === false ? 'active' : 'roles', 'u kunt uzelf niet uitschakelen of uw eigen beheerrol afnemen');
      }
      const version = ifMatchVersion(c)!;
      if (body.password !== undefined) checkPasswordFor('password', body.password, await store.getUser(c.get('db'), a.organisationId, id));
      const u = await c.get('db').transaction(async (tx) => {
        const u = await store.updateUser(tx, a.organisationId, id, version, body);
        await logProcessing(tx, a, { action: 'wijzigen', resource: 'gebruiker', resourceId: u.id, fields: Object.keys(body).filter((k) => k !== 'password').concat(body.password ? ['wachtwoord'] : []), purpose: 'beheer' });
        return u;
      });
      // Roles, team, name or activity may have changed: this process looks the sessions up afresh.
      forgetUser(c.get('db'), id);
      c.header('ETag', etagOf(u.version));
      return c.json(u as any, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/roles', security: [], tags: ['Beheer'], summary: 'De rollen met hun Nederlandse naam', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ role: Role, label: z.string() })) }), 'Rollen') } }),
    (c) => c.json({ items: ROLES.map((role) => ({ role, label: ROLE_LABELS[role] })) }, 200),
  );

  return r;
}

async function meOf(c: Ctx, organisationId: string, userId: string, expiresAt: string) {
  const db = c.get('db');
  const { user, organisation } = await sessionCacheFor(db).profile(userId, organisationId, Date.now(), () => store.getUserWithOrganisation(db, organisationId, userId));
  return { user: user as any, roleLabels: user.roles.map((r: Role) => ROLE_LABELS[r]), organisation: organisation as any, sessionExpiresAt: expiresAt };
}
