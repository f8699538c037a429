// SPDX-License-Identifier: EUPL-1.2
/**
 * The accounts room's reads (ADR 11), for its routes and for other rooms (which never import the
 * store): who am I, the organisations, teams and users, and the facts other rooms check about a user.
 */
import { ROLES, ROLE_LABELS, type Actor, type Role } from '../platform/authz';
import type { Db, Queryable } from '../platform/db';
import { notFound } from '../platform/errors';
import { enforce, mayAdminister } from './policy';
import { sessionCacheFor } from './session';
import * as store from './store';

export type { OrganisationRow, TeamRow, UserRow } from './store';

/** The logged-in user with their organisation (cached with the session, forgotten on change). */
export async function me(db: Db, organisationId: string, userId: string, expiresAt: string) {
  const { user, organisation } = await sessionCacheFor(db).profile(userId, organisationId, Date.now(), async () => {
    const found = await store.findUserWithOrganisation(db, organisationId, userId);
    if (!found) throw notFound('Gebruiker');
    return found;
  });
  return { user, roleLabels: user.roles.map((r: Role) => ROLE_LABELS[r]), organisation, sessionExpiresAt: expiresAt };
}

/** Every organisation (the shared register): any logged-in user may see them. */
export async function listOrganisations(db: Queryable) {
  return { items: await store.listOrganisations(db) };
}

export async function getOrganisation(db: Queryable, id: string): Promise<store.OrganisationRow> {
  const o = await store.findOrganisation(db, id);
  if (!o) throw notFound('Organisatie');
  return o;
}

/** The name of an organisation, or null when there is none with this id. */
export async function organisationName(db: Queryable, id: string): Promise<string | null> {
  return (await store.findOrganisation(db, id))?.name ?? null;
}

/** The teams of the actor's organisation. */
export async function listTeams(db: Queryable, actor: Actor) {
  return { items: await store.listTeams(db, actor.organisationId) };
}

export async function getTeam(db: Queryable, organisationId: string, id: string): Promise<store.TeamRow> {
  const t = await store.findTeam(db, organisationId, id);
  if (!t) throw notFound('Team');
  return t;
}

/** The users of the actor's organisation. */
export async function listUsers(db: Queryable, actor: Actor) {
  return { items: await store.listUsers(db, actor.organisationId) };
}

export async function getUser(db: Queryable, organisationId: string, id: string): Promise<store.UserRow> {
  const u = await store.findUser(db, organisationId, id);
  if (!u) throw notFound('Gebruiker');
  return u;
}

/** The roles of an active user of the organisation in this team, or null (e.g. to check a new regisseur). */
export const activeTeamMemberRoles = (db: Queryable, organisationId: string, teamId: string, userId: string): Promise<Role[] | null> => store.activeTeamMemberRoles(db, organisationId, teamId, userId);

/** Is this a user of the organisation? */
export const isOrganisationUser = (db: Queryable, organisationId: string, userId: string): Promise<boolean> => store.isOrganisationUser(db, organisationId, userId);

/** The roles with their Dutch names. */
export function roles() {
  return { items: ROLES.map((role) => ({ role, label: ROLE_LABELS[role] })) };
}

/** The household member a resident's account is linked to, or null (issue 17). */
export const residentLink = (db: Queryable, organisationId: string, userId: string) => store.findResidentLink(db, organisationId, userId);

/** The resident accounts of a household. */
export const residentAccountsOfHousehold = (db: Queryable, organisationId: string, householdId: string) => store.residentAccountsOfHousehold(db, organisationId, householdId);
/** A user of an organisation by username or e-mail address (for an invitation to a partner's professional), or null. */
export const userByLogin = (db: Queryable, organisationId: string, login: string): Promise<store.UserRow | null> => store.findUserByLogin(db, organisationId, login);

// ---- OpenID Connect (ADR 0021) ------------------------------------------------------------------

/** Where the provider sends the browser after single logout: the login page of the redirect URI's site. */
export const postLogoutRedirectUri = (p: { redirectUri: string }): string => new URL('/inloggen?uitgelogd=1', p.redirectUri).href;

/** The provider settings as the admin sees them: everything but the client secret (only whether one is set). */
export function oidcSettingsView(p: store.OidcProviderRow) {
  return {
    displayName: p.displayName,
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecretSet: p.clientSecret.length > 0,
    redirectUri: p.redirectUri,
    postLogoutRedirectUri: postLogoutRedirectUri(p),
    scopes: p.scopes,
    matchClaim: p.matchClaim,
    roles: p.roleMode === 'claims' ? { mode: 'claims' as const, claim: p.rolesClaim ?? '', map: p.roleMap } : { mode: 'platform' as const },
    singleLogout: p.singleLogout,
    enabled: p.enabled,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}

/** The admin's own organisation's provider settings (absent when none are set). */
export async function oidcSettings(db: Queryable, actor: Actor) {
  enforce(mayAdminister(actor));
  const p = await store.findOidcProvider(db, actor.organisationId);
  return p ? { settings: oidcSettingsView(p) } : {};
}

/** The organisations whose provider is switched on, for the login page (public: names only). */
export async function oidcProviders(db: Queryable) {
  return { items: (await store.listEnabledOidcProviders(db)).map((p) => ({ organisationId: p.organisationId, organisationName: p.organisationName, displayName: p.displayName })) };
}
