// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for organisations, teams, users and sessions: reads return rows (or null), writes return what
 * they wrote. No rules, no authorisation: those are in commands.ts, queries.ts and policy.ts (ADR 11).
 */
import type { Queryable } from '../platform/db';
import type { Actor, Role } from '../platform/authz';
import { hashToken, newSessionToken, type OrganisationKind, type Province } from './model';

/** Hashing lives in password.ts; re-exported for the test support, which has always taken it from here. */
export { hashPassword, passwordVerifications, verifyPassword } from './password';

// ---- organisations -------------------------------------------------------------------------------

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityCode: string | null;
  province: Province | null;
  version: number;
}
export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  municipalityCode: string | null;
  province: Province | null;
}
const ORG_COLS = `id, name, kind, municipality_code AS "municipalityCode", province, version`;

export async function listOrganisations(db: Queryable): Promise<OrganisationRow[]> {
  return (await db.query<OrganisationRow>(`SELECT ${ORG_COLS} FROM organisations ORDER BY name`)).rows;
}

export async function findOrganisation(db: Queryable, id: string): Promise<OrganisationRow | null> {
  return (await db.query<OrganisationRow>(`SELECT ${ORG_COLS} FROM organisations WHERE id = $1`, [id])).rows[0] ?? null;
}

export async function lockOrganisation(db: Queryable, id: string): Promise<void> {
  await db.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [id]);
}

/** Is there an organisation with this name (case-insensitive)? */
export async function organisationNameTaken(db: Queryable, name: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM organisations WHERE lower(name) = lower($1)`, [name])).rows.length > 0;
}

/** Is `id` the organisation `ownerId` itself, or one it created? */
export async function isOwnOrCreatedOrganisation(db: Queryable, id: string, ownerId: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM organisations WHERE id = $1 AND (id = $2 OR created_by_organisation_id = $2)`, [id, ownerId])).rows.length > 0;
}

export async function insertOrganisation(db: Queryable, o: OrganisationValues, createdBy: string | null): Promise<OrganisationRow> {
  const r = await db.query<OrganisationRow>(
    `INSERT INTO organisations (name, kind, municipality_code, province, created_by_organisation_id) VALUES ($1,$2,$3,$4,$5) RETURNING ${ORG_COLS}`,
    [o.name, o.kind, o.municipalityCode, o.province, createdBy],
  );
  return r.rows[0];
}

/** Writes the organisation when it still has `version`; null when it has not. */
export async function updateOrganisation(db: Queryable, id: string, version: number, o: OrganisationValues): Promise<OrganisationRow | null> {
  const r = await db.query<OrganisationRow>(
    `UPDATE organisations SET name = $2, kind = $3, municipality_code = $4, province = $5, version = version + 1 WHERE id = $1 AND version = $6 RETURNING ${ORG_COLS}`,
    [id, o.name, o.kind, o.municipalityCode, o.province, version],
  );
  return r.rows[0] ?? null;
}

// ---- teams ---------------------------------------------------------------------------------------

export interface TeamRow {
  id: string;
  organisationId: string;
  name: string;
  version: number;
}
const TEAM_COLS = `id, organisation_id AS "organisationId", name, version`;

export async function listTeams(db: Queryable, organisationId: string): Promise<TeamRow[]> {
  return (await db.query<TeamRow>(`SELECT ${TEAM_COLS} FROM teams WHERE organisation_id = $1 ORDER BY name`, [organisationId])).rows;
}
export async function findTeam(db: Queryable, organisationId: string, id: string): Promise<TeamRow | null> {
  return (await db.query<TeamRow>(`SELECT ${TEAM_COLS} FROM teams WHERE id = $1 AND organisation_id = $2`, [id, organisationId])).rows[0] ?? null;
}
/** Is there a team of the organisation with this name (case-insensitive), other than `exceptId`? */
export async function teamNameTaken(db: Queryable, organisationId: string, name: string, exceptId?: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM teams WHERE organisation_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`, [organisationId, name, exceptId ?? null])).rows.length > 0;
}
export async function insertTeam(db: Queryable, organisationId: string, name: string): Promise<TeamRow> {
  return (await db.query<TeamRow>(`INSERT INTO teams (organisation_id, name) VALUES ($1,$2) RETURNING ${TEAM_COLS}`, [organisationId, name])).rows[0];
}
/** Renames the team when it still has `version`; null when it has not. */
export async function renameTeam(db: Queryable, organisationId: string, id: string, version: number, name: string): Promise<TeamRow | null> {
  return (await db.query<TeamRow>(`UPDATE teams SET name = $3, version = version + 1 WHERE id = $1 AND organisation_id = $2 AND version = $4 RETURNING ${TEAM_COLS}`, [id, organisationId, name, version])).rows[0] ?? null;
}
export async function lockTeam(db: Queryable, organisationId: string, id: string): Promise<void> {
  await db.query(`SELECT 1 FROM teams WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [id, organisationId]);
}

// ---- users ---------------------------------------------------------------------------------------

export interface UserRow {
  id: string;
  organisationId: string;
  organisationName: string;
  teamId: string | null;
  teamName: string | null;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  active: boolean;
  version: number;
}
export interface UserValues {
  teamId: string | null;
  displayName: string;
  email: string | null;
  roles: Role[];
  active: boolean;
}
const USER_SELECT = `SELECT u.id, u.organisation_id AS "organisationId", o.name AS "organisationName", u.team_id AS "teamId", t.name AS "teamName",
  u.username, u.display_name AS "displayName", u.email, u.roles, u.active, u.version
  FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN teams t ON t.id = u.team_id`;

export async function listUsers(db: Queryable, organisationId: string): Promise<UserRow[]> {
  return (await db.query<UserRow>(`${USER_SELECT} WHERE u.organisation_id = $1 ORDER BY u.display_name`, [organisationId])).rows;
}
export async function findUser(db: Queryable, organisationId: string, id: string): Promise<UserRow | null> {
  return (await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1 AND u.organisation_id = $2`, [id, organisationId])).rows[0] ?? null;
}
export async function lockUser(db: Queryable, organisationId: string, id: string): Promise<void> {
  await db.query(`SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [id, organisationId]);
}
/** Is this username in use (case-insensitive)? */
export async function usernameTaken(db: Queryable, username: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM users WHERE lower(username) = lower($1)`, [username])).rows.length > 0;
}

export async function insertUser(db: Queryable, u: { organisationId: string; teamId: string | null; username: string; displayName: string; email: string | null; roles: Role[]; passwordHash: string }): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO users (organisation_id, team_id, username, display_name, email, password_hash, roles) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [u.organisationId, u.teamId, u.username, u.displayName, u.email, u.passwordHash, u.roles],
  );
  return r.rows[0].id;
}

/** Writes the user (and a new password hash, when given) when it still has `version`; false when it has not. */
export async function updateUser(db: Queryable, organisationId: string, id: string, version: number, v: UserValues, passwordHash: string | null): Promise<boolean> {
  const updated = await db.query(
    `UPDATE users SET team_id = $3, display_name = $4, email = $5, roles = $6, active = $7,
       password_hash = COALESCE($8, password_hash), version = version + 1 WHERE id = $1 AND organisation_id = $2 AND version = $9`,
    [id, organisationId, v.teamId, v.displayName, v.email, v.roles, v.active, passwordHash, version],
  );
  return updated.rowCount === 1;
}

/** The roles of an active user of the organisation in this team, or null. */
export async function activeTeamMemberRoles(db: Queryable, organisationId: string, teamId: string, userId: string): Promise<Role[] | null> {
  const u = await db.query<{ roles: Role[] }>(`SELECT roles FROM users WHERE id = $1 AND organisation_id = $2 AND team_id = $3 AND active`, [userId, organisationId, teamId]);
  return u.rows[0]?.roles ?? null;
}
/** Is this a user (active or not) of the organisation? */
export async function isOrganisationUser(db: Queryable, organisationId: string, userId: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2`, [userId, organisationId])).rows.length > 0;
}

/** The user with their organisation in one round trip (GET /auth/me is the most frequent authenticated read). */
export async function findUserWithOrganisation(db: Queryable, organisationId: string, id: string): Promise<{ user: UserRow; organisation: OrganisationRow } | null> {
  const r = await db.query<UserRow & { org: OrganisationRow }>(
    `SELECT u.id, u.organisation_id AS "organisationId", o.name AS "organisationName", u.team_id AS "teamId", t.name AS "teamName",
            u.username, u.display_name AS "displayName", u.email, u.roles, u.active, u.version,
            json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'municipalityCode', o.municipality_code, 'province', o.province, 'version', o.version) AS org
       FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN teams t ON t.id = u.team_id
      WHERE u.id = $1 AND u.organisation_id = $2`,
    [id, organisationId],
  );
  const row = r.rows[0];
  if (!row) return null;
  const { org, ...user } = row;
  return { user, organisation: typeof org === 'string' ? JSON.parse(org) : org };
}

// ---- login and sessions --------------------------------------------------------------------------

export async function findLogin(db: Queryable, username: string) {
  const r = await db.query<{ id: string; organisationId: string; passwordHash: string; active: boolean }>(
    `SELECT id, organisation_id AS "organisationId", password_hash AS "passwordHash", active FROM users WHERE lower(username) = lower($1)`,
    [username],
  );
  return r.rows[0] ?? null;
}

export async function createSession(db: Queryable, userId: string, organisationId: string, expiresAt: Date): Promise<string> {
  const { token, hash } = newSessionToken();
  await db.query(`INSERT INTO sessions (token_hash, user_id, organisation_id, expires_at) VALUES ($1,$2,$3,$4)`, [hash, userId, organisationId, expiresAt.toISOString()]);
  return token;
}

export interface SessionLookup {
  userId: string;
  userName: string;
  username: string;
  organisationId: string;
  teamId: string | null;
  roles: Actor['roles'];
  active: boolean;
  createdAt: string | Date;
  expiresAt: string | Date;
}
/** The session with its user, by the token's hash, or null. */
export async function findSessionByHash(db: Queryable, tokenHash: string): Promise<SessionLookup | null> {
  const r = await db.query<SessionLookup>(
    `SELECT u.id AS "userId", u.display_name AS "userName", u.username, u.organisation_id AS "organisationId", u.team_id AS "teamId", u.roles, u.active,
            s.created_at AS "createdAt", s.expires_at AS "expiresAt"
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}

export async function slideSession(db: Queryable, tokenHash: string, seenAt: Date, expiresAt: Date): Promise<void> {
  await db.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1`, [tokenHash, seenAt.toISOString(), expiresAt.toISOString()]);
}

export async function deleteSessionByHash(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await deleteSessionByHash(db, hashToken(token));
}

export async function deleteUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
}

/** Deletes the sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  const s = await db.query(`DELETE FROM sessions WHERE expires_at <= $1`, [now.toISOString()]);
  return s.rowCount ?? 0;
}

// ---- resident accounts (issue 17) -----------------------------------------------------------------

export interface ResidentLinkRow {
  userId: string;
  organisationId: string;
  memberId: string;
  householdId: string;
}

/** The member and household a resident's account is linked to, or null. */
export async function findResidentLink(db: Queryable, organisationId: string, userId: string): Promise<ResidentLinkRow | null> {
  const r = await db.query<ResidentLinkRow>(
    `SELECT user_id AS "userId", organisation_id AS "organisationId", member_id AS "memberId", household_id AS "householdId" FROM resident_accounts WHERE user_id = $1 AND organisation_id = $2`,
    [userId, organisationId],
  );
  return r.rows[0] ?? null;
}

/** Links (or re-links) a resident's account to a member of a household. */
export async function upsertResidentLink(db: Queryable, l: ResidentLinkRow): Promise<void> {
  await db.query(
    `INSERT INTO resident_accounts (user_id, organisation_id, member_id, household_id) VALUES ($1,$2,$3,$4)
     ON CONFLICT (user_id) DO UPDATE SET member_id = EXCLUDED.member_id, household_id = EXCLUDED.household_id`,
    [l.userId, l.organisationId, l.memberId, l.householdId],
  );
}

/** The resident accounts linked to a household (the regisseur sees who can read along). */
export async function residentAccountsOfHousehold(db: Queryable, organisationId: string, householdId: string): Promise<Array<{ userId: string; displayName: string; memberId: string; active: boolean }>> {
  return (
    await db.query<{ userId: string; displayName: string; memberId: string; active: boolean }>(
      `SELECT r.user_id AS "userId", u.display_name AS "displayName", r.member_id AS "memberId", u.active FROM resident_accounts r JOIN users u ON u.id = r.user_id
        WHERE r.organisation_id = $1 AND r.household_id = $2 ORDER BY u.display_name`,
      [organisationId, householdId],
    )
  ).rows;
}

/** The user of the organisation whose username or e-mail address is `login` (case-insensitive), or null. */
export async function findUserByLogin(db: Queryable, organisationId: string, login: string): Promise<UserRow | null> {
  return (await db.query<UserRow>(`${USER_SELECT} WHERE u.organisation_id = $1 AND (lower(u.username) = lower($2) OR lower(u.email) = lower($2)) ORDER BY u.username LIMIT 1`, [organisationId, login.trim()])).rows[0] ?? null;
}

// ---- OpenID Connect (ADR 0021) --------------------------------------------------------------------

export interface OidcProviderRow {
  organisationId: string;
  organisationName: string;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  matchClaim: 'email' | 'preferred_username' | 'none';
  roleMode: 'platform' | 'claims';
  rolesClaim: string | null;
  roleMap: Record<string, Role[]>;
  singleLogout: boolean;
  enabled: boolean;
  version: number;
  updatedAt: string;
}
export type OidcProviderValues = Omit<OidcProviderRow, 'organisationName' | 'version' | 'updatedAt'>;

const OIDC_SELECT = `SELECT p.organisation_id AS "organisationId", o.name AS "organisationName", p.display_name AS "displayName", p.issuer, p.client_id AS "clientId",
  p.client_secret AS "clientSecret", p.redirect_uri AS "redirectUri", p.scopes, p.match_claim AS "matchClaim", p.role_mode AS "roleMode", p.roles_claim AS "rolesClaim",
  p.role_map AS "roleMap", p.single_logout AS "singleLogout", p.enabled, p.version, p.updated_at AS "updatedAt"
  FROM oidc_providers p JOIN organisations o ON o.id = p.organisation_id`;
const oidcRow = (r: OidcProviderRow): OidcProviderRow => ({ ...r, roleMap: typeof r.roleMap === 'string' ? JSON.parse(r.roleMap) : r.roleMap, updatedAt: new Date(r.updatedAt).toISOString() });

export async function findOidcProvider(db: Queryable, organisationId: string): Promise<OidcProviderRow | null> {
  const r = await db.query<OidcProviderRow>(`${OIDC_SELECT} WHERE p.organisation_id = $1`, [organisationId]);
  return r.rows[0] ? oidcRow(r.rows[0]) : null;
}

/** The enabled providers, by organisation name (the login page's buttons). */
export async function listEnabledOidcProviders(db: Queryable): Promise<OidcProviderRow[]> {
  return (await db.query<OidcProviderRow>(`${OIDC_SELECT} WHERE p.enabled ORDER BY o.name`)).rows.map(oidcRow);
}

/** Writes the organisation's provider (new, or replacing the old with version + 1). */
export async function upsertOidcProvider(db: Queryable, v: OidcProviderValues, updatedBy: string): Promise<void> {
  await db.query(
    `INSERT INTO oidc_providers (organisation_id, display_name, issuer, client_id, client_secret, redirect_uri, scopes, match_claim, role_mode, roles_claim, role_map, single_logout, enabled, updated_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
     ON CONFLICT (organisation_id) DO UPDATE SET display_name = EXCLUDED.display_name, issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
       client_secret = EXCLUDED.client_secret, redirect_uri = EXCLUDED.redirect_uri, scopes = EXCLUDED.scopes, match_claim = EXCLUDED.match_claim,
       role_mode = EXCLUDED.role_mode, roles_claim = EXCLUDED.roles_claim, role_map = EXCLUDED.role_map, single_logout = EXCLUDED.single_logout,
       enabled = EXCLUDED.enabled, updated_by = EXCLUDED.updated_by, updated_at = now(), version = oidc_providers.version + 1`,
    [v.organisationId, v.displayName, v.issuer, v.clientId, v.clientSecret, v.redirectUri, v.scopes, v.matchClaim, v.roleMode, v.rolesClaim, JSON.stringify(v.roleMap), v.singleLogout, v.enabled, updatedBy],
  );
}

export async function deleteOidcProvider(db: Queryable, organisationId: string): Promise<boolean> {
  return ((await db.query(`DELETE FROM oidc_providers WHERE organisation_id = $1`, [organisationId])).rowCount ?? 0) > 0;
}

/** A sign-in under way, stored by the hash of its browser cookie. */
export interface OidcAttemptRow {
  organisationId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: string;
}
export async function insertOidcAttempt(db: Queryable, tokenHash: string, a: OidcAttemptRow): Promise<void> {
  await db.query(`INSERT INTO oidc_sign_in_attempts (token_hash, organisation_id, state, nonce, code_verifier, expires_at) VALUES ($1,$2,$3,$4,$5,$6)`, [tokenHash, a.organisationId, a.state, a.nonce, a.codeVerifier, a.expiresAt]);
}
/** Takes the attempt out (it is used once, whatever the outcome), or null. */
export async function takeOidcAttempt(db: Queryable, tokenHash: string): Promise<OidcAttemptRow | null> {
  const r = await db.query<OidcAttemptRow>(
    `DELETE FROM oidc_sign_in_attempts WHERE token_hash = $1 RETURNING organisation_id AS "organisationId", state, nonce, code_verifier AS "codeVerifier", expires_at AS "expiresAt"`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}
export async function deleteExpiredOidcAttempts(db: Queryable, now: Date): Promise<number> {
  return (await db.query(`DELETE FROM oidc_sign_in_attempts WHERE expires_at <= $1`, [now.toISOString()])).rowCount ?? 0;
}

/** The user linked to this identity at this issuer, with the facts a sign-in checks. */
export async function findOidcIdentityUser(db: Queryable, issuer: string, subject: string): Promise<{ userId: string; organisationId: string } | null> {
  const r = await db.query<{ userId: string; organisationId: string }>(`SELECT user_id AS "userId", organisation_id AS "organisationId" FROM oidc_identities WHERE issuer = $1 AND subject = $2`, [issuer, subject]);
  return r.rows[0] ?? null;
}
/** Is this user already linked to another identity at this issuer? */
export async function userHasOidcIdentity(db: Queryable, userId: string, issuer: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM oidc_identities WHERE user_id = $1 AND issuer = $2`, [userId, issuer])).rows.length > 0;
}
export async function insertOidcIdentity(db: Queryable, l: { issuer: string; subject: string; userId: string; organisationId: string }): Promise<void> {
  await db.query(`INSERT INTO oidc_identities (issuer, subject, user_id, organisation_id) VALUES ($1,$2,$3,$4)`, [l.issuer, l.subject, l.userId, l.organisationId]);
}
export async function markOidcSignIn(db: Queryable, issuer: string, subject: string, at: Date): Promise<void> {
  await db.query(`UPDATE oidc_identities SET last_sign_in_at = $3 WHERE issuer = $1 AND subject = $2`, [issuer, subject, at.toISOString()]);
}

/** The user of the organisation whose e-mail address (or username) is this value, case-insensitive; null when none or more than one. */
export async function findUserByClaim(db: Queryable, organisationId: string, column: 'email' | 'username', value: string): Promise<UserRow | null> {
  const col = column === 'email' ? 'u.email' : 'u.username';
  const r = await db.query<UserRow>(`${USER_SELECT} WHERE u.organisation_id = $1 AND lower(${col}) = lower($2) LIMIT 2`, [organisationId, value]);
  return r.rows.length === 1 ? r.rows[0] : null;
}

/** Sets a user's roles (claims-mode sign-in), bumping the version when they changed. */
export async function setUserRoles(db: Queryable, organisationId: string, id: string, roles: Role[]): Promise<void> {
  await db.query(`UPDATE users SET roles = $3, version = version + 1 WHERE id = $1 AND organisation_id = $2 AND roles <> $3`, [id, organisationId, roles]);
}

export async function insertOidcSession(db: Queryable, sessionToken: string, organisationId: string, idToken: string): Promise<void> {
  await db.query(`INSERT INTO oidc_sessions (session_token_hash, organisation_id, id_token) VALUES ($1,$2,$3)`, [hashToken(sessionToken), organisationId, idToken]);
}
/** The provider session behind this platform session, or null (a local login). */
export async function findOidcSession(db: Queryable, sessionToken: string): Promise<{ organisationId: string; idToken: string } | null> {
  const r = await db.query<{ organisationId: string; idToken: string }>(`SELECT organisation_id AS "organisationId", id_token AS "idToken" FROM oidc_sessions WHERE session_token_hash = $1`, [hashToken(sessionToken)]);
  return r.rows[0] ?? null;
}
