// SPDX-License-Identifier: EUPL-1.2
/**
 * Signing in through an organisation's OpenID Connect provider (ADR 0021), the pure part: which
 * claim finds the user, how claims become roles, which issuer addresses are acceptable, and the
 * Dutch messages of a refused sign-in (also shown by the web app's login page, so no Node imports).
 */

/** How a first sign-in finds the platform user when no (issuer, subject) link exists yet. */
export const OIDC_MATCH_CLAIMS = ['email', 'preferred_username', 'none'] as const;
export type OidcMatchClaim = (typeof OIDC_MATCH_CLAIMS)[number];

/** Where the roles come from: the platform (the admin's choice) or the provider's claim on every sign-in. */
export const OIDC_ROLE_MODES = ['platform', 'claims'] as const;
export type OidcRoleMode = (typeof OIDC_ROLE_MODES)[number];

/** The path of the callback route; the configured redirect URI must end in it. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** Seconds of clock difference with the provider tolerated on the ID token's iat, exp and nbf. */
export const OIDC_CLOCK_TOLERANCE_S = 60;
/** Minutes a sign-in may take at the provider before its state, nonce and verifier expire. */
export const OIDC_ATTEMPT_MINUTES = 10;

/** Why a sign-in through a provider ended on the login page, with the Dutch message the user reads. */
export const OIDC_SIGN_IN_ERRORS = {
  niet_ingesteld: 'Inloggen via deze organisatie is niet (meer) ingesteld. Log in met uw gebruikersnaam en wachtwoord, of vraag uw beheerder.',
  poging_onbekend: 'Deze inlogpoging is verlopen of is in een andere browser begonnen. Probeer het opnieuw.',
  status_onjuist: 'Het antwoord van de inlogdienst hoort niet bij deze inlogpoging. U bent niet ingelogd; probeer het opnieuw.',
  provider_onbereikbaar: 'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
  provider_weigerde: 'De inlogdienst van uw organisatie heeft het inloggen afgebroken of geweigerd.',
  token_ongeldig: 'Het bewijs van inloggen van de inlogdienst klopt niet. U bent niet ingelogd; probeer het opnieuw of meld het bij uw beheerder.',
  gebruiker_onbekend: 'U bent bij de inlogdienst ingelogd, maar Maatwerk kent geen account dat daarbij hoort. Vraag uw beheerder om een account.',
  gebruiker_inactief: 'Uw account in Maatwerk is uitgeschakeld. Vraag uw beheerder om het weer aan te zetten.',
  geen_rol: 'De inlogdienst geeft u geen rol in Maatwerk. Vraag uw beheerder om een rol.',
} as const;
export type OidcSignInError = keyof typeof OIDC_SIGN_IN_ERRORS;

export function isOidcSignInError(code: string | null | undefined): code is OidcSignInError {
  return !!code && Object.hasOwn(OIDC_SIGN_IN_ERRORS, code);
}

/**
 * Is this an acceptable issuer or redirect address? https, or http only on this machine
 * (localhost, 127.0.0.1, ::1: tests and a first try-out); no user info, no fragment.
 * Returns the Dutch reason when not.
 */
export function addressProblem(value: string): string | null {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return 'is geen geldig adres (zoals https://login.gemeente.nl/realms/maatwerk)';
  }
  if (u.username || u.password) return 'mag geen gebruikersnaam of wachtwoord bevatten';
  if (u.hash) return 'mag geen # bevatten';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null;
  return 'moet met https:// beginnen (http:// alleen voor localhost)';
}

/** The value at a dotted claim path ("realm_access.roles", "groups"), or undefined. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let v: unknown = claims;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/**
 * The platform roles the claim gives: every value of the claim (a string or a list of strings) that
 * the map names adds its roles; values the map does not name give nothing. Unique, in the order of `allowed`.
 */
export function rolesFromClaims<R extends string>(claims: Record<string, unknown>, claimPath: string, map: Record<string, R[]>, allowed: readonly R[]): R[] {
  const v = claimAt(claims, claimPath);
  const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const got = new Set<R>();
  for (const value of values) if (Object.hasOwn(map, value)) for (const r of map[value]) got.add(r);
  return allowed.filter((r) => got.has(r));
}

/**
 * The claim value that finds a user on a first sign-in, or null. An e-mail address counts only
 * when the provider does not say it is unverified.
 */
export function matchValue(claims: Record<string, unknown>, matchClaim: OidcMatchClaim): string | null {
  if (matchClaim === 'none') return null;
  const v = claims[matchClaim];
  if (typeof v !== 'string' || !v.trim()) return null;
  if (matchClaim === 'email' && claims.email_verified === false) return null;
  return v.trim();
}

/** Scopes as the provider expects them: "openid" first, each once. */
export function normaliseScopes(scopes: string): string {
  const list = scopes.split(/\s+/).filter(Boolean);
  return ['openid', ...list.filter((s) => s !== 'openid')].filter((s, i, a) => a.indexOf(s) === i).join(' ');
}
