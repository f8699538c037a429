// SPDX-License-Identifier: EUPL-1.2
/**
 * The accounts room's use cases (ADR 11), one function each: log in and out; create and change
 * organisations, teams and users. The writes run inside the caller's transaction; login and logout
 * take the database itself (the login throttle commits its reservation before the hash is verified).
 * The caller forgets the changed user or organisation in the session cache after its transaction
 * commits (session.ts), so no request caches the old row in between.
 */
import type { Actor, Role } from '../platform/authz';
import type { Config } from '../platform/config';
import type { Db, Queryable } from '../platform/db';
import { Problem, conflict, invalid, notFound, preconditionFailed } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { randomBytes } from 'node:crypto';
import { ROLES } from '../platform/authz';
import { dutchWait, hashToken, newSessionToken, sessionExpiry, type OrganisationKind, type Province } from './model';
import { OIDC_ATTEMPT_MINUTES, matchValue, normaliseScopes, rolesFromClaims, type OidcMatchClaim, type OidcSignInError } from './oidc-model';
import { authorizationRequest, endSessionUrl, exchangeCode, ProviderUnreachable } from './oidc-client';
import { hashPassword, passwordStrengthProblem, verifyPassword } from './password';
import { enforce, mayAdminister, mayChangeOrganisation, mayChangeUser } from './policy';
import { getOrganisation, getTeam, getUser, me, oidcSettingsView, postLogoutRedirectUri } from './queries';
import { endUserSessions, forgetSession, forgetUser } from './session';
import * as store from './store';
import * as throttle from './throttle';

export { hashPassword } from './password';

/** The password may not be (or contain) the user's username nor lean on their name. */
export function checkPasswordFor(field: string, pw: string | undefined, user: { username: string; displayName?: string }): void {
  if (pw === undefined) return;
  const p = passwordStrengthProblem(pw, [user.username, user.displayName ?? '']);
  if (p) throw invalid(field, p, 'wachtwoord_zwak');
}

// ---- login and logout ------------------------------------------------------------------------------

/**
 * Logs in: reserves the attempt for this account and address BEFORE the (slow) hash is verified, so
 * parallel guesses are counted before any of them is evaluated (ADR 0008); on success starts a
 * session and returns its token with who logged in.
 */
export async function login(db: Db, input: { username: string; password: string }, ctx: { source: string; config: Config; now: Date }) {
  const key = { username: input.username.trim().toLowerCase(), source: ctx.source };
  const wait = await throttle.reserveAttempt(db, key, ctx.now);
  if (wait > 0) {
    throw new Problem(429, 'te_veel_inlogpogingen', 'Te veel inlogpogingen', `Te veel mislukte inlogpogingen voor deze gebruikersnaam vanaf dit adres. Probeer het over ${dutchWait(wait)} opnieuw.`, [], { retryAfter: wait });
  }
  const found = await store.findLogin(db, input.username);
  const ok = await verifyPassword(found?.passwordHash ?? null, input.password);
  if (!found || !ok || !found.active) {
    await throttle.recordFailure(db, key, new Date());
    throw new Problem(401, 'inloggen_mislukt', 'Inloggen mislukt', 'De gebruikersnaam of het wachtwoord klopt niet.');
  }
  await throttle.recordSuccess(db, key);
  if (ctx.config.loginEndsOtherSessions) await endUserSessions(db, found.id);
  const created = new Date();
  const expires = sessionExpiry(created, created, ctx.config.sessionIdleMinutes, ctx.config.sessionMaxHours);
  const token = await store.createSession(db, found.id, found.organisationId, expires);
  return { token, expires, me: await me(db, found.organisationId, found.id, expires.toISOString()) };
}

/**
 * Ends the session of this token (if any) here and in this process's cache. When the session began
 * at an organisation's provider that asks for single logout, returns the provider's end-session
 * address the browser goes to next (ADR 0021); otherwise null.
 */
export async function logout(db: Db, token: string): Promise<{ endSessionUrl: string | null }> {
  const oidc = await store.findOidcSession(db, token);
  await store.deleteSession(db, token);
  forgetSession(db, token);
  if (!oidc) return { endSessionUrl: null };
  const p = await store.findOidcProvider(db, oidc.organisationId);
  if (!p || !p.singleLogout) return { endSessionUrl: null };
  return { endSessionUrl: await endSessionUrl(p, oidc.idToken, postLogoutRedirectUri(p)) };
}

// ---- organisations -------------------------------------------------------------------------------

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  municipalityCode?: string | null;
  province?: Province | null;
}

/** An organisation, optionally with its first admin (whose creation is logged in the new organisation). */
export async function createOrganisation(tx: Queryable, a: Actor, body: OrganisationInput & { firstAdmin?: { username: string; displayName: string; password: string } }): Promise<store.OrganisationRow> {
  enforce(mayAdminister(a));
  if (body.firstAdmin) checkPasswordFor('firstAdmin.password', body.firstAdmin.password, body.firstAdmin);
  if (await store.organisationNameTaken(tx, body.name)) throw conflict(`Er bestaat al een organisatie met de naam "${body.name}".`, 'naam_bestaat');
  const o = await store.insertOrganisation(tx, { name: body.name, kind: body.kind, municipalityCode: body.municipalityCode ?? null, province: body.province ?? null }, a.organisationId);
  if (body.firstAdmin) {
    const u = await insertUser(tx, { organisationId: o.id, username: body.firstAdmin.username, displayName: body.firstAdmin.displayName, roles: ['admin'], password: body.firstAdmin.password });
    await logProcessing(tx, a, { action: 'aanmaken', resource: 'gebruiker', resourceId: u.id, fields: ['username', 'displayName', 'roles'], purpose: 'beheer', organisationId: o.id });
  }
  return o;
}

/** Changes the own organisation or one it created, when the version still matches (the row is locked first). */
export async function updateOrganisation(tx: Queryable, a: Actor, id: string, version: number, patch: Partial<OrganisationInput>): Promise<store.OrganisationRow> {
  enforce(mayAdminister(a));
  enforce(mayChangeOrganisation(a, { ownOrCreatedByOwn: await store.isOwnOrCreatedOrganisation(tx, id, a.organisationId) }));
  // Lock the row first: a parallel writer with the same If-Match waits here and then sees the new version.
  await store.lockOrganisation(tx, id);
  const cur = await getOrganisation(tx, id);
  if (cur.version !== version) throw preconditionFailed();
  if (patch.name && patch.name.toLowerCase() !== cur.name.toLowerCase() && (await store.organisationNameTaken(tx, patch.name))) {
    throw conflict(`Er bestaat al een organisatie met de naam "${patch.name}".`, 'naam_bestaat');
  }
  const o = await store.updateOrganisation(tx, id, version, {
    name: patch.name ?? cur.name,
    kind: patch.kind ?? cur.kind,
    municipalityCode: patch.municipalityCode === undefined ? cur.municipalityCode : patch.municipalityCode,
    province: patch.province === undefined ? cur.province : patch.province,
  });
  if (!o) throw preconditionFailed();
  return o;
}

// ---- teams ---------------------------------------------------------------------------------------

const teamNameTaken = (name: string) => conflict(`Er bestaat al een team met de naam "${name}".`, 'naam_bestaat');

export async function createTeam(tx: Queryable, a: Actor, name: string): Promise<store.TeamRow> {
  enforce(mayAdminister(a));
  if (await store.teamNameTaken(tx, a.organisationId, name)) throw teamNameTaken(name);
  return store.insertTeam(tx, a.organisationId, name);
}

/** Renames a team of the own organisation when the version still matches (the row is locked first). */
export async function renameTeam(tx: Queryable, a: Actor, id: string, version: number, name: string): Promise<store.TeamRow> {
  enforce(mayAdminister(a));
  await store.lockTeam(tx, a.organisationId, id);
  const cur = await getTeam(tx, a.organisationId, id);
  if (cur.version !== version) throw preconditionFailed();
  if (await store.teamNameTaken(tx, a.organisationId, name, id)) throw teamNameTaken(name);
  const t = await store.renameTeam(tx, a.organisationId, id, version, name);
  if (!t) throw preconditionFailed();
  return t;
}

// ---- users ---------------------------------------------------------------------------------------

export interface UserInput {
  username: string;
  displayName: string;
  email?: string | null;
  teamId?: string | null;
  roles: Role[];
  password: string;
}

/** A user with a unique username, in an existing team of the organisation (no authorisation: for commands and the demo). */
async function insertUser(tx: Queryable, u: Omit<UserInput, 'email' | 'teamId'> & { organisationId: string; email?: string | null; teamId?: string | null }): Promise<store.UserRow> {
  if (await store.usernameTaken(tx, u.username)) throw conflict(`De gebruikersnaam "${u.username}" is al in gebruik.`, 'gebruikersnaam_bestaat');
  if (u.teamId) await getTeam(tx, u.organisationId, u.teamId);
  const id = await store.insertUser(tx, { organisationId: u.organisationId, teamId: u.teamId ?? null, username: u.username, displayName: u.displayName, email: u.email ?? null, roles: u.roles, passwordHash: await hashPassword(u.password) });
  return getUser(tx, u.organisationId, id);
}

/** A user in the actor's organisation. */
export async function createUser(tx: Queryable, a: Actor, body: UserInput): Promise<store.UserRow> {
  enforce(mayAdminister(a));
  checkPasswordFor('password', body.password, body);
  const u = await insertUser(tx, { ...body, organisationId: a.organisationId });
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'gebruiker', resourceId: u.id, fields: Object.keys(body).filter((k) => k !== 'password'), purpose: 'beheer' });
  return u;
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  teamId?: string | null;
  roles?: Role[];
  active?: boolean;
  password?: string;
}
/**
 * Changes a user when the version still matches. The row is locked first: a parallel writer with the
 * same If-Match waits and then sees the new version, so a rename built from a stale read can never
 * write back `active = true` over a deactivation. Deactivation or a new password ends their sessions.
 */
export async function updateUser(tx: Queryable, a: Actor, id: string, version: number, patch: UserPatch): Promise<store.UserRow> {
  enforce(mayChangeUser(a, id, patch));
  if (patch.password !== undefined) checkPasswordFor('password', patch.password, await getUser(tx, a.organisationId, id));
  await store.lockUser(tx, a.organisationId, id);
  const cur = await getUser(tx, a.organisationId, id);
  if (cur.version !== version) throw preconditionFailed();
  if (patch.teamId) await getTeam(tx, a.organisationId, patch.teamId);
  const pw = patch.password ? await hashPassword(patch.password) : null;
  const ok = await store.updateUser(
    tx,
    a.organisationId,
    id,
    version,
    {
      teamId: patch.teamId === undefined ? cur.teamId : patch.teamId,
      displayName: patch.displayName ?? cur.displayName,
      email: patch.email === undefined ? cur.email : patch.email,
      roles: patch.roles ?? cur.roles,
      active: patch.active ?? cur.active,
    },
    pw,
  );
  if (!ok) throw preconditionFailed();
  if (patch.active === false || pw) await store.deleteUserSessions(tx, id);
  const u = await getUser(tx, a.organisationId, id);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'gebruiker', resourceId: u.id, fields: Object.keys(patch).filter((k) => k !== 'password').concat(patch.password ? ['wachtwoord'] : []), purpose: 'beheer' });
  return u;
}

// ---- resident accounts (issue 17) ---------------------------------------------------------------

/**
 * Links a resident's account (role inwoner) of the admin's organisation to a member of one of its
 * households. The caller (the resident room) has checked that the member and household exist in the
 * organisation; this checks the account and logs the change.
 */
export async function linkResidentAccount(tx: Queryable, a: Actor, userId: string, member: { memberId: string; householdId: string }): Promise<store.UserRow> {
  enforce(mayAdminister(a));
  await store.lockUser(tx, a.organisationId, userId);
  const u = await getUser(tx, a.organisationId, userId);
  if (!u.roles.includes('inwoner')) throw invalid('userId', 'dit account heeft niet de rol Inwoner');
  if (u.roles.length > 1) throw invalid('userId', 'een inwoneraccount heeft geen andere rollen');
  await store.upsertResidentLink(tx, { userId, organisationId: a.organisationId, memberId: member.memberId, householdId: member.householdId });
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'inwoneraccount', resourceId: userId, householdId: member.householdId, personId: member.memberId, fields: ['memberId'], purpose: 'beheer' });
  return u;
}

// ---- OpenID Connect per organisation (ADR 0021) ----------------------------------------------------

export interface OidcSettingsInput {
  displayName: string;
  issuer: string;
  clientId: string;
  /** Left out: keep the stored secret. */
  clientSecret?: string;
  redirectUri: string;
  scopes: string;
  matchClaim: OidcMatchClaim;
  roles: { mode: 'platform' } | { mode: 'claims'; claim: string; map: Record<string, Role[]> };
  singleLogout: boolean;
  enabled: boolean;
}

/** The admin sets (or replaces) their organisation's provider; the change is logged, the secret never returned. */
export async function setOidcSettings(tx: Queryable, a: Actor, input: OidcSettingsInput) {
  enforce(mayAdminister(a));
  await store.lockOrganisation(tx, a.organisationId);
  const cur = await store.findOidcProvider(tx, a.organisationId);
  const clientSecret = input.clientSecret ?? cur?.clientSecret;
  if (!clientSecret) throw invalid('clientSecret', 'is verplicht de eerste keer dat u de inlogdienst instelt');
  await store.upsertOidcProvider(
    tx,
    {
      organisationId: a.organisationId,
      displayName: input.displayName,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecret,
      redirectUri: input.redirectUri,
      scopes: normaliseScopes(input.scopes),
      matchClaim: input.matchClaim,
      roleMode: input.roles.mode,
      rolesClaim: input.roles.mode === 'claims' ? input.roles.claim : null,
      roleMap: input.roles.mode === 'claims' ? input.roles.map : {},
      singleLogout: input.singleLogout,
      enabled: input.enabled,
    },
    a.userId,
  );
  await logProcessing(tx, a, { action: cur ? 'wijzigen' : 'aanmaken', resource: 'inlogdienst', resourceId: a.organisationId, fields: Object.keys(input).filter((k) => k !== 'clientSecret').concat(input.clientSecret ? ['clientSecret'] : []), purpose: 'beheer' });
  return oidcSettingsView((await store.findOidcProvider(tx, a.organisationId))!);
}

/** The admin switches signing in through the provider off entirely (links of users stay, unused). */
export async function deleteOidcSettings(tx: Queryable, a: Actor): Promise<void> {
  enforce(mayAdminister(a));
  if (!(await store.deleteOidcProvider(tx, a.organisationId))) throw notFound('Inlogdienst');
  await logProcessing(tx, a, { action: 'verwijderen', resource: 'inlogdienst', resourceId: a.organisationId, fields: [], purpose: 'beheer' });
}

export type OidcStart = { ok: true; url: string; attemptToken: string; expires: Date } | { ok: false; error: OidcSignInError };

/** Begins a sign-in at the organisation's provider: state, nonce and PKCE verifier are kept for this browser. */
export async function startOidcSignIn(db: Db, organisationId: string, now: Date): Promise<OidcStart> {
  const p = await store.findOidcProvider(db, organisationId);
  if (!p || !p.enabled) return { ok: false, error: 'niet_ingesteld' };
  let req;
  try {
    req = await authorizationRequest(p);
  } catch (e) {
    if (e instanceof ProviderUnreachable) return { ok: false, error: 'provider_onbereikbaar' };
    throw e;
  }
  const { token, hash } = newSessionToken();
  const expires = new Date(now.getTime() + OIDC_ATTEMPT_MINUTES * 60_000);
  await store.deleteExpiredOidcAttempts(db, now);
  await store.insertOidcAttempt(db, hash, { organisationId, state: req.state, nonce: req.nonce, codeVerifier: req.codeVerifier, expiresAt: expires.toISOString() });
  return { ok: true, url: req.url, attemptToken: token, expires };
}

export type OidcFinish = { ok: true; token: string; expires: Date; userId: string } | { ok: false; error: OidcSignInError; detail?: string };

/**
 * Finishes a sign-in: the attempt of this browser (used once), the state of the answer, the code
 * exchanged and the ID token validated by the library, then the platform user found by the
 * (issuer, subject) link or, at a first sign-in, by the configured claim; with roles from claims
 * configured, the roles follow the claim (and a new colleague with a mapped role gets an account).
 * Ends with the normal platform session.
 */
export async function finishOidcSignIn(db: Db, attemptToken: string | undefined, query: string, ctx: { config: Config; now: Date }): Promise<OidcFinish> {
  const attempt = attemptToken ? await store.takeOidcAttempt(db, hashToken(attemptToken)) : null;
  if (!attempt || new Date(attempt.expiresAt).getTime() <= ctx.now.getTime()) return { ok: false, error: 'poging_onbekend' };
  const p = await store.findOidcProvider(db, attempt.organisationId);
  if (!p || !p.enabled) return { ok: false, error: 'niet_ingesteld' };
  const params = new URLSearchParams(query);
  // The library checks the state too; checked first here so the user hears this reason, not another.
  if (params.get('state') !== attempt.state) return { ok: false, error: 'status_onjuist' };
  if (params.get('error')) return { ok: false, error: 'provider_weigerde', detail: params.get('error') ?? undefined };
  const result = await exchangeCode(p, query, attempt);
  if (!result.ok) return { ok: false, error: result.reason, detail: result.detail };
  const { claims } = result;
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const found = await db.transaction(async (tx): Promise<{ user: store.UserRow } | { error: OidcSignInError }> => {
    let user: store.UserRow | null = null;
    const link = await store.findOidcIdentityUser(tx, issuer, subject);
    if (link) {
      if (link.organisationId !== p.organisationId) return { error: 'gebruiker_onbekend' };
      user = await store.findUser(tx, p.organisationId, link.userId);
    } else {
      const value = matchValue(claims, p.matchClaim);
      if (value) user = await store.findUserByClaim(tx, p.organisationId, p.matchClaim === 'email' ? 'email' : 'username', value);
      // A user already linked to another identity at this provider is not taken over by a matching claim.
      if (user && (await store.userHasOidcIdentity(tx, user.id, issuer))) return { error: 'gebruiker_onbekend' };
      if (!user && p.roleMode === 'claims') {
        const roles = rolesFromClaims(claims, p.rolesClaim ?? '', p.roleMap, ROLES);
        if (!roles.length) return { error: 'geen_rol' };
        const username = String(claims.preferred_username ?? claims.email ?? `oidc-${subject}`).slice(0, 60);
        if (!/^[a-zA-Z0-9._@-]{3,60}$/.test(username) || (await store.usernameTaken(tx, username))) return { error: 'gebruiker_onbekend' };
        const displayName = String(claims.name ?? username).slice(0, 120);
        const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.slice(0, 200) : null;
        // No password anyone knows: this account signs in through the provider only.
        const id = await store.insertUser(tx, { organisationId: p.organisationId, teamId: null, username, displayName, email, roles, passwordHash: await hashPassword(randomBytes(32).toString('base64url')) });
        user = await store.findUser(tx, p.organisationId, id);
      }
      if (!user) return { error: 'gebruiker_onbekend' };
      await store.insertOidcIdentity(tx, { issuer, subject, userId: user.id, organisationId: p.organisationId });
    }
    if (!user) return { error: 'gebruiker_onbekend' };
    if (!user.active) return { error: 'gebruiker_inactief' };
    if (p.roleMode === 'claims') {
      const roles = rolesFromClaims(claims, p.rolesClaim ?? '', p.roleMap, ROLES);
      if (!roles.length) return { error: 'geen_rol' };
      await store.setUserRoles(tx, p.organisationId, user.id, roles);
    }
    await store.markOidcSignIn(tx, issuer, subject, ctx.now);
    return { user };
  });
  if ('error' in found) return { ok: false, error: found.error };
  const { user } = found;
  forgetUser(db, user.id); // roles may have changed
  if (ctx.config.loginEndsOtherSessions) await endUserSessions(db, user.id);
  const created = new Date();
  const expires = sessionExpiry(created, created, ctx.config.sessionIdleMinutes, ctx.config.sessionMaxHours);
  const token = await store.createSession(db, user.id, p.organisationId, expires);
  await store.insertOidcSession(db, token, p.organisationId, result.idToken);
  return { ok: true, token, expires, userId: user.id };
}
