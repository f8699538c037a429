// SPDX-License-Identifier: EUPL-1.2
/** Login, logout, who am I; organisations, teams and users for the admin: authenticate, validate, one command or query, a typed answer. */
import { createRoute, z } from '@hono/zod-openapi';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { ROLES } from '../platform/authz';
import { actorOf, createRouter, errorResponses, conflictResponses, etagOf, ifMatchVersion, IdParam, jsonBody, jsonContent, text, Uuid, IfMatch } from '../platform/http';
import type { Config } from '../platform/config';
import { ORGANISATION_KINDS, PROVINCES, SESSION_COOKIE } from './model';
import { OIDC_CALLBACK_PATH, OIDC_MATCH_CLAIMS, addressProblem, type OidcSignInError } from './oidc-model';
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
  .object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS), municipalityCode: z.string().nullable(), province: z.enum(PROVINCES).nullable(), version: z.number().int() })
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

const SingleLogout = z.object({ endSessionUrl: z.string() }).openapi('SingleLogout');

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
    createRoute({
      method: 'post',
      path: '/auth/logout',
      security: [],
      tags: ['Accounts'],
      summary: 'Uitloggen; begon de sessie bij een inlogdienst met single logout, dan het adres om ook daar uit te loggen',
      responses: { 200: jsonContent(SingleLogout, 'Uitgelogd; de browser gaat naar de inlogdienst om ook daar uit te loggen'), 204: { description: 'Uitgelogd' } },
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      const ended = token ? await commands.logout(c.get('db'), token) : { endSessionUrl: null };
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      // A session that began at a provider with single logout: the browser goes there next (ADR 0021).
      if (ended.endSessionUrl) return c.json({ endSessionUrl: ended.endSessionUrl }, 200);
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
    province: z.enum(PROVINCES).nullable().optional(),
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

  // ---- signing in through the organisation's OpenID provider (ADR 0021) ----
  oidcRoutes(r, config, cookieOpts);

  return r;
}

// ---- OpenID Connect (ADR 0021) ----------------------------------------------------------------------

const OIDC_ATTEMPT_COOKIE = 'maatwerk_oidc';
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';

const Address = (example: string) =>
  z
    .string()
    .trim()
    .max(500, { error: 'mag hoogstens 500 tekens hebben' })
    .superRefine((v, ctx) => {
      const p = addressProblem(v);
      if (p) ctx.addIssue({ code: 'custom', message: p });
    })
    .openapi({ example });
const RedirectUri = Address(`https://maatwerk.gemeente.nl${OIDC_CALLBACK_PATH}`).refine((v) => {
  try {
    return new URL(v).pathname === OIDC_CALLBACK_PATH && !new URL(v).search;
  } catch {
    return true; // the address check already named the problem
  }
}, { error: `moet eindigen op ${OIDC_CALLBACK_PATH} (het adres van Maatwerk zelf)` });
const MappableRole = Role.exclude(['inwoner'], { error: 'is geen rol die uit de inlogdienst kan komen (inwoneraccounts worden gekoppeld door de beheerder)' });
const RolesFrom = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('platform') }),
    z.strictObject({
      mode: z.literal('claims'),
      claim: z.string().trim().min(1, { error: 'mag niet leeg zijn' }).max(100, { error: 'mag hoogstens 100 tekens hebben' }).regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, { error: 'moet een claimnaam zijn zoals groups of realm_access.roles' }),
      map: z
        .record(z.string().trim().min(1, { error: 'een waarde mag niet leeg zijn' }).max(200, { error: 'een waarde mag hoogstens 200 tekens hebben' }), z.array(MappableRole).min(1, { error: 'kies minstens één rol' }).max(ROLES.length))
        .refine((m) => Object.keys(m).length >= 1, { error: 'noem minstens één waarde van de claim met de rollen die zij geeft' })
        .refine((m) => Object.keys(m).length <= 100, { error: 'mag hoogstens 100 waarden noemen' }),
    }),
  ],
  { error: 'kies "platform" (rollen in Maatwerk) of "claims" (rollen uit de inlogdienst)' },
);
const OidcSettingsInput = z
  .strictObject({
    displayName: text(80, 2),
    issuer: Address('https://login.gemeente.nl/realms/maatwerk'),
    clientId: text(200, 1),
    clientSecret: z.string().min(8, { error: 'moet minstens 8 tekens hebben' }).max(500, { error: 'mag hoogstens 500 tekens hebben' }).optional(),
    redirectUri: RedirectUri,
    scopes: z
      .string()
      .trim()
      .max(300, { error: 'mag hoogstens 300 tekens hebben' })
      .regex(/^[A-Za-z0-9_.:/-]+( +[A-Za-z0-9_.:/-]+)*$/, { error: 'moet scopes bevatten, gescheiden door spaties, zoals "openid profile email"' }),
    matchClaim: z.enum(OIDC_MATCH_CLAIMS, { error: 'kies email, preferred_username of none' }),
    roles: RolesFrom,
    singleLogout: z.boolean({ error: 'moet ja of nee zijn' }),
    enabled: z.boolean({ error: 'moet ja of nee zijn' }),
  })
  .openapi('OidcSettingsInput');
const OidcSettings = z
  .object({
    displayName: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    clientSecretSet: z.boolean(),
    redirectUri: z.string(),
    postLogoutRedirectUri: z.string(),
    scopes: z.string(),
    matchClaim: z.enum(OIDC_MATCH_CLAIMS),
    roles: z.discriminatedUnion('mode', [z.object({ mode: z.literal('platform') }), z.object({ mode: z.literal('claims'), claim: z.string(), map: z.record(z.string(), z.array(Role)) })]),
    singleLogout: z.boolean(),
    enabled: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('OidcSettings');
const OidcProviderButton = z.object({ organisationId: z.string(), organisationName: z.string(), displayName: z.string() }).openapi('OidcProvider');
const redirectResponse = (description: string) => ({ 302: { description, headers: { Location: { description: 'Waarheen de browser gaat', schema: { type: 'string' as const } } } } });

type CookieOpts = (expires: Date) => { httpOnly: boolean; secure: boolean; sameSite: 'Lax'; path: string; expires: Date };

function oidcRoutes(r: ReturnType<typeof createRouter>, config: Config, cookieOpts: CookieOpts) {
  /** To the login page with the reason (the page shows it in Dutch); never an error page. */
  const toLogin = (error: OidcSignInError) => `/inloggen?fout=${error}`;

  r.openapi(
    createRoute({ method: 'get', path: '/auth/oidc/providers', security: [], tags: ['Accounts'], summary: 'De organisaties waarvan men via de eigen inlogdienst (OpenID Connect) kan inloggen', responses: { 200: jsonContent(z.object({ items: z.array(OidcProviderButton) }), 'Inlogdiensten') } }),
    async (c) => c.json(await queries.oidcProviders(c.get('db')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/auth/oidc/organisations/{id}/start',
      security: [],
      tags: ['Accounts'],
      summary: 'Inloggen via de inlogdienst van de organisatie: stuurt de browser erheen (met PKCE, state en nonce)',
      request: { params: IdParam },
      responses: { ...redirectResponse('Naar de inlogdienst, of terug naar de inlogpagina met de reden') },
    }),
    async (c) => {
      const started = await commands.startOidcSignIn(c.get('db'), c.req.valid('param').id, new Date());
      if (!started.ok) return c.redirect(toLogin(started.error), 302);
      setCookie(c, OIDC_ATTEMPT_COOKIE, started.attemptToken, { ...cookieOpts(started.expires), path: OIDC_COOKIE_PATH });
      return c.redirect(started.url, 302);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/auth/oidc/callback',
      security: [],
      tags: ['Accounts'],
      summary: 'Het antwoord van de inlogdienst: controleert het, start de sessie en stuurt de browser naar Maatwerk',
      request: { query: z.object({ code: z.string().max(4000).optional(), state: z.string().max(1000).optional(), iss: z.string().max(1000).optional(), error: z.string().max(1000).optional() }) },
      responses: { ...redirectResponse('Ingelogd (de sessiecookie is gezet) naar de startpagina, of terug naar de inlogpagina met de reden') },
    }),
    async (c) => {
      const attempt = getCookie(c, OIDC_ATTEMPT_COOKIE);
      deleteCookie(c, OIDC_ATTEMPT_COOKIE, { path: OIDC_COOKIE_PATH });
      const query = new URL(c.req.url).search;
      const done = await commands.finishOidcSignIn(c.get('db'), attempt, query, { config, now: new Date() });
      if (!done.ok) return c.redirect(toLogin(done.error), 302);
      setCookie(c, SESSION_COOKIE, done.token, cookieOpts(done.expires));
      return c.redirect('/', 302);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/openid-connect', tags: ['Beheer'], summary: 'De inlogdienst (OpenID Connect) van de eigen organisatie, zonder het clientgeheim', responses: { 200: jsonContent(z.object({ settings: OidcSettings.optional() }), 'De instellingen; zonder settings als er geen zijn'), ...errorResponses } }),
    async (c) => c.json(await queries.oidcSettings(c.get('db'), actorOf(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/openid-connect',
      tags: ['Beheer'],
      summary: 'De inlogdienst (OpenID Connect) van de eigen organisatie instellen of vervangen; zonder clientSecret blijft het bewaarde geheim',
      request: jsonBody(OidcSettingsInput),
      responses: { 200: jsonContent(OidcSettings, 'Ingesteld'), ...errorResponses },
    }),
    async (c) => {
      const a = actorOf(c);
      enforce(mayAdminister(a));
      const body = c.req.valid('json');
      const s = await c.get('db').transaction((tx) => commands.setOidcSettings(tx, a, body));
      return c.json(s, 200);
    },
  );
  r.openapi(
    createRoute({ method: 'delete', path: '/openid-connect', tags: ['Beheer'], summary: 'Inloggen via de inlogdienst van de eigen organisatie uitzetten en de instellingen wissen', responses: { 204: { description: 'Gewist' }, ...errorResponses } }),
    async (c) => {
      const a = actorOf(c);
      await c.get('db').transaction((tx) => commands.deleteOidcSettings(tx, a));
      return c.body(null, 204);
    },
  );
}
