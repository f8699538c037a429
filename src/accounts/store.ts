// SPDX-License-Identifier: EUPL-1.2
/** SQL for organisations, teams, users and sessions. */
import { hash, verify, Algorithm } from '@node-rs/argon2';
import type { Queryable } from '../platform/db';
import type { Actor, Role } from '../platform/authz';
import { conflict, notFound, preconditionFailed } from '../platform/errors';
import { hashToken, newSessionToken } from './model';

// OWASP's argon2id baseline: m = 19 MiB, t = 2, p = 1.
const ARGON = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (pw: string) => hash(pw, ARGON);
/** A fixed hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | null = null;
let verifications = 0;
/** How many password hashes this process has verified (the login throttle's tests count them). */
export const passwordVerifications = () => verifications;
export async function verifyPassword(stored: string | null, pw: string): Promise<boolean> {
  verifications++;
  if (!stored) {
    dummyHash ??= hashPassword('geen-gebruiker-dummy');
    await verify(await dummyHash, pw).catch(() => false);
    return false;
  }
  return verify(stored, pw).catch(() => false);
}

export interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  municipalityCode: string | null;
  version: number;
}
const ORG_COLS = `id, name, kind, municipality_code AS "municipalityCode", version`;

export async function listOrganisations(db: Queryable): Promise<OrganisationRow[]> {
  return (await db.query<OrganisationRow>(`SELECT ${ORG_COLS} FROM organisations ORDER BY name`)).rows;
}

export async function getOrganisation(db: Queryable, id: string): Promise<OrganisationRow> {
  const r = await db.query<OrganisationRow>(`SELECT ${ORG_COLS} FROM organisations WHERE id = $1`, [id]);
  if (!r.rows[0]) throw notFound('Organisatie');
  return r.rows[0];
}

export async function insertOrganisation(db: Queryable, o: { name: string; kind: string; municipalityCode?: string | null }, createdBy: string | null): Promise<OrganisationRow> {
  const exists = await db.query(`SELECT 1 FROM organisations WHERE lower(name) = lower($1)`, [o.name]);
  if (exists.rows.length) throw conflict(`Er bestaat al een organisatie met de naam "${o.name}".`, 'naam_bestaat');
  const r = await db.query<OrganisationRow>(
    `INSERT INTO organisations (name, kind, municipality_code, created_by_organisation_id) VALUES ($1,$2,$3,$4) RETURNING ${ORG_COLS}`,
    [o.name, o.kind, o.municipalityCode ?? null, createdBy],
  );
  return r.rows[0];
}

export async function updateOrganisation(db: Queryable, id: string, expectedVersion: number, patch: { name?: string; kind?: string; municipalityCode?: string | null }): Promise<OrganisationRow> {
  // Lock the row first: a parallel writer with the same If-Match waits here and then sees the new version.
  await db.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [id]);
  const cur = await getOrganisation(db, id);
  if (cur.version !== expectedVersion) throw preconditionFailed();
  if (patch.name && patch.name.toLowerCase() !== cur.name.toLowerCase()) {
    const exists = await db.query(`SELECT 1 FROM organisations WHERE lower(name) = lower($1)`, [patch.name]);
    if (exists.rows.length) throw conflict(`Er bestaat al een organisatie met de naam "${patch.name}".`, 'naam_bestaat');
  }
  const r = await db.query<OrganisationRow>(
    `UPDATE organisations SET name = $2, kind = $3, municipality_code = $4, version = version + 1 WHERE id = $1 AND version = $5 RETURNING ${ORG_COLS}`,
    [id, patch.name ?? cur.name, patch.kind ?? cur.kind, patch.municipalityCode === undefined ? cur.municipalityCode : patch.municipalityCode, expectedVersion],
  );
  if (!r.rows[0]) throw preconditionFailed();
  return r.rows[0];
}

export interface TeamRow {
  id: string;
  organisationId: string;
  name: string;
}
export async function listTeams(db: Queryable, organisationId: string): Promise<TeamRow[]> {
  return (await db.query<TeamRow>(`SELECT id, organisation_id AS "organisationId", name FROM teams WHERE organisation_id = $1 ORDER BY name`, [organisationId])).rows;
}
export async function getTeam(db: Queryable, organisationId: string, id: string): Promise<TeamRow> {
  const r = await db.query<TeamRow>(`SELECT id, organisation_id AS "organisationId", name FROM teams WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
  if (!r.rows[0]) throw notFound('Team');
  return r.rows[0];
}
export async function insertTeam(db: Queryable, organisationId: string, name: string): Promise<TeamRow> {
  const exists = await db.query(`SELECT 1 FROM teams WHERE organisation_id = $1 AND lower(name) = lower($2)`, [organisationId, name]);
  if (exists.rows.length) throw conflict(`Er bestaat al een team met de naam "${name}".`, 'naam_bestaat');
  const r = await db.query<TeamRow>(`INSERT INTO teams (organisation_id, name) VALUES ($1,$2) RETURNING id, organisation_id AS "organisationId", name`, [organisationId, name]);
  return r.rows[0];
}
export async function renameTeam(db: Queryable, organisationId: string, id: string, name: string): Promise<TeamRow> {
  await getTeam(db, organisationId, id);
  const exists = await db.query(`SELECT 1 FROM teams WHERE organisation_id = $1 AND lower(name) = lower($2) AND id <> $3`, [organisationId, name, id]);
  if (exists.rows.length) throw conflict(`Er bestaat al een team met de naam "${name}".`, 'naam_bestaat');
  const r = await db.query<TeamRow>(`UPDATE teams SET name = $3 WHERE id = $1 AND organisation_id = $2 RETURNING id, organisation_id AS "organisationId", name`, [id, organisationId, name]);
  return r.rows[0];
}

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
const USER_SELECT = `SELECT u.id, u.organisation_id AS "organisationId", o.name AS "organisationName", u.team_id AS "teamId", t.name AS "teamName",
  u.username, u.display_name AS "displayName", u.email, u.roles, u.active, u.version
  FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN teams t ON t.id = u.team_id`;

export async function listUsers(db: Queryable, organisationId: string): Promise<UserRow[]> {
  return (await db.query<UserRow>(`${USER_SELECT} WHERE u.organisation_id = $1 ORDER BY u.display_name`, [organisationId])).rows;
}
export async function getUser(db: Queryable, organisationId: string, id: string): Promise<UserRow> {
  const r = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1 AND u.organisation_id = $2`, [id, organisationId]);
  if (!r.rows[0]) throw notFound('Gebruiker');
  return r.rows[0];
}

export async function insertUser(
  db: Queryable,
  u: { organisationId: string; teamId?: string | null; username: string; displayName: string; email?: string | null; roles: Role[]; password: string },
): Promise<UserRow> {
  const exists = await db.query(`SELECT 1 FROM users WHERE lower(username) = lower($1)`, [u.username]);
  if (exists.rows.length) throw conflict(`De gebruikersnaam "${u.username}" is al in gebruik.`, 'gebruikersnaam_bestaat');
  if (u.teamId) await getTeam(db, u.organisationId, u.teamId);
  const pw = await hashPassword(u.password);
  const r = await db.query<{ id: string }>(
    `INSERT INTO users (organisation_id, team_id, username, display_name, email, password_hash, roles) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [u.organisationId, u.teamId ?? null, u.username, u.displayName, u.email ?? null, pw, u.roles],
  );
  return getUser(db, u.organisationId, r.rows[0].id);
}

export async function updateUser(
  db: Queryable,
  organisationId: string,
  id: string,
  expectedVersion: number,
  patch: { teamId?: string | null; displayName?: string; email?: string | null; roles?: Role[]; active?: boolean; password?: string },
): Promise<UserRow> {
  // Lock the row first: a parallel writer with the same If-Match waits here and then sees the new version,
  // so a rename built from a stale read can never write back `active = true` over a deactivation.
  await db.query(`SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [id, organisationId]);
  const cur = await getUser(db, organisationId, id);
  if (cur.version !== expectedVersion) throw preconditionFailed();
  if (patch.teamId) await getTeam(db, organisationId, patch.teamId);
  const pw = patch.password ? await hashPassword(patch.password) : null;
  const updated = await db.query(
    `UPDATE users SET team_id = $3, display_name = $4, email = $5, roles = $6, active = $7,
       password_hash = COALESCE($8, password_hash), version = version + 1 WHERE id = $1 AND organisation_id = $2 AND version = $9`,
    [
      id,
      organisationId,
      patch.teamId === undefined ? cur.teamId : patch.teamId,
      patch.displayName ?? cur.displayName,
      patch.email === undefined ? cur.email : patch.email,
      patch.roles ?? cur.roles,
      patch.active ?? cur.active,
      pw,
      expectedVersion,
    ],
  );
  if (updated.rowCount !== 1) throw preconditionFailed();
  // A deactivated user or a changed password ends their sessions.
  if (patch.active === false || pw) await db.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
  return getUser(db, organisationId, id);
}

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

export interface SessionRow extends Actor {
  createdAt: string;
  expiresAt: string;
}

export async function findSession(db: Queryable, token: string): Promise<SessionRow | null> {
  const r = await db.query<SessionRow & { active: boolean }>(
    `SELECT u.id AS "userId", u.display_name AS "userName", u.username, u.organisation_id AS "organisationId", u.team_id AS "teamId", u.roles, u.active,
            s.created_at AS "createdAt", s.expires_at AS "expiresAt"
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [hashToken(token)],
  );
  const row = r.rows[0];
  if (!row || !row.active) return null;
  return row;
}

export async function touchSession(db: Queryable, token: string, expiresAt: Date): Promise<void> {
  await db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE token_hash = $1`, [hashToken(token), expiresAt.toISOString()]);
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
}

export async function purgeExpiredSessions(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE expires_at < now()`);
}

/** The user with their organisation in one round trip (GET /auth/me is the most frequent authenticated read). */
export async function getUserWithOrganisation(db: Queryable, organisationId: string, id: string): Promise<{ user: UserRow; organisation: OrganisationRow }> {
  const r = await db.query<UserRow & { org: OrganisationRow }>(
    `SELECT u.id, u.organisation_id AS "organisationId", o.name AS "organisationName", u.team_id AS "teamId", t.name AS "teamName",
            u.username, u.display_name AS "displayName", u.email, u.roles, u.active, u.version,
            json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'municipalityCode', o.municipality_code, 'version', o.version) AS org
       FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN teams t ON t.id = u.team_id
      WHERE u.id = $1 AND u.organisation_id = $2`,
    [id, organisationId],
  );
  const row = r.rows[0];
  if (!row) throw notFound('Gebruiker');
  const { org, ...user } = row;
  return { user, organisation: typeof org === 'string' ? JSON.parse(org) : org };
}
