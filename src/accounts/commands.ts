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
import { Problem, conflict, invalid, preconditionFailed } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { dutchWait, sessionExpiry, type OrganisationKind } from './model';
import { hashPassword, passwordStrengthProblem, verifyPassword } from './password';
import { enforce, mayAdminister, mayChangeOrganisation, mayChangeUser } from './policy';
import { getOrganisation, getTeam, getUser, me } from './queries';
import { endUserSessions, forgetSession } from './session';
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

/** Ends the session of this token (if any) here and in this process's cache. */
export async function logout(db: Db, token: string): Promise<void> {
  await store.deleteSession(db, token);
  forgetSession(db, token);
}

// ---- organisations -------------------------------------------------------------------------------

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  municipalityCode?: string | null;
}

/** An organisation, optionally with its first admin (whose creation is logged in the new organisation). */
export async function createOrganisation(tx: Queryable, a: Actor, body: OrganisationInput & { firstAdmin?: { username: string; displayName: string; password: string } }): Promise<store.OrganisationRow> {
  enforce(mayAdminister(a));
  if (body.firstAdmin) checkPasswordFor('firstAdmin.password', body.firstAdmin.password, body.firstAdmin);
  if (await store.organisationNameTaken(tx, body.name)) throw conflict(`Er bestaat al een organisatie met de naam "${body.name}".`, 'naam_bestaat');
  const o = await store.insertOrganisation(tx, { name: body.name, kind: body.kind, municipalityCode: body.municipalityCode ?? null }, a.organisationId);
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
