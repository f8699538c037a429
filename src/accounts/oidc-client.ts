// SPDX-License-Identifier: EUPL-1.2
/**
 * The relying party (ADR 0021): everything that talks to an OpenID provider goes through the
 * `openid-client` library — discovery, the authorization URL with PKCE, state and nonce, the code
 * exchange with ID-token validation (signature, issuer, audience, expiry with clock tolerance,
 * nonce), and the end-session URL. No token is parsed or checked by hand here.
 */
import * as client from 'openid-client';
import { OIDC_CLOCK_TOLERANCE_S, normaliseScopes } from './oidc-model';
import type { OidcProviderRow } from './store';

const DISCOVERY_TTL_MS = 60 * 60_000;
const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

/** A provider that could not be reached or answered nonsense to discovery or the token request. */
export class ProviderUnreachable extends Error {}

/** The library's configuration for this provider, discovered once an hour (per version of the settings). */
export function configurationOf(p: OidcProviderRow): Promise<client.Configuration> {
  const key = `${p.organisationId}:${p.version}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.config;
  for (const k of cache.keys()) if (k.startsWith(`${p.organisationId}:`)) cache.delete(k);
  const insecure = new URL(p.issuer).protocol === 'http:'; // only localhost passes the settings' check
  const config = client
    .discovery(
      new URL(p.issuer),
      p.clientId,
      { client_secret: p.clientSecret, [client.clockTolerance]: OIDC_CLOCK_TOLERANCE_S },
      client.ClientSecretBasic(p.clientSecret),
      { timeout: 10, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
    )
    .then((c) => {
      // Check the ID token's signature too, not only its claims (the library skips it for tokens over TLS by default).
      client.enableNonRepudiationChecks(c);
      return c;
    })
    .catch((e: unknown) => {
      cache.delete(key);
      throw new ProviderUnreachable((e as Error).message);
    });
  cache.set(key, { at: Date.now(), config });
  return config;
}

/** Fresh state, nonce and PKCE verifier, and the address at the provider to send the browser to. */
export async function authorizationRequest(p: OidcProviderRow): Promise<{ url: string; state: string; nonce: string; codeVerifier: string }> {
  const config = await configurationOf(p);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: p.redirectUri,
    scope: normaliseScopes(p.scopes),
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

export type CodeExchangeResult =
  | { ok: true; claims: Record<string, unknown>; idToken: string }
  | { ok: false; reason: 'status_onjuist' | 'provider_weigerde' | 'provider_onbereikbaar' | 'token_ongeldig'; detail: string };

/**
 * Exchanges the code of the provider's answer (the callback's query) for tokens and validates the
 * ID token; the answer says why when anything does not hold.
 */
export async function exchangeCode(p: OidcProviderRow, query: string, expected: { state: string; nonce: string; codeVerifier: string }): Promise<CodeExchangeResult> {
  let config: client.Configuration;
  try {
    config = await configurationOf(p);
  } catch (e) {
    return { ok: false, reason: 'provider_onbereikbaar', detail: (e as Error).message };
  }
  // The configured redirect URI with the answer's parameters: behind a proxy the request's own URL may differ.
  const current = new URL(p.redirectUri);
  current.search = query;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) return { ok: false, reason: 'token_ongeldig', detail: 'geen ID-token' };
    return { ok: true, claims: claims as Record<string, unknown>, idToken: tokens.id_token };
  } catch (e) {
    const err = e as Error & { code?: string; error?: string };
    if (e instanceof client.AuthorizationResponseError) return { ok: false, reason: 'provider_weigerde', detail: `${err.error ?? ''} ${err.message}` };
    if (/state/i.test(err.message) && err.code === 'OAUTH_INVALID_RESPONSE') return { ok: false, reason: 'status_onjuist', detail: err.message };
    if (e instanceof client.ResponseBodyError) return { ok: false, reason: 'token_ongeldig', detail: `${err.error ?? ''} ${err.message}` };
    if (err.name === 'TypeError' || err.name === 'AbortError' || err.name === 'TimeoutError' || err.code === 'OAUTH_RESPONSE_IS_NOT_JSON' || err.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
      return { ok: false, reason: 'provider_onbereikbaar', detail: err.message };
    }
    return { ok: false, reason: 'token_ongeldig', detail: err.message };
  }
}

/** The provider's end-session address for single logout, or null when it has none. */
export async function endSessionUrl(p: OidcProviderRow, idToken: string, postLogoutRedirectUri: string): Promise<string | null> {
  try {
    const config = await configurationOf(p);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri, client_id: p.clientId }).href;
  } catch {
    return null;
  }
}
