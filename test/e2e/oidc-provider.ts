// SPDX-License-Identifier: EUPL-1.2
/**
 * A real OpenID provider on localhost for the tests (the `oidc-provider` package, with its own
 * development login and consent pages): the API tests (src/accounts/oidc.test.ts) and the browser
 * flow (flows-oidc.ts) sign in through it. Any password is accepted on its login page; the login
 * name chooses one of the test accounts below. Never used by `npm start`.
 */
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './harness';

/** The claims of a test account; its subject (sub) is its login name, as oidc-provider uses the account id. */
export interface TestAccount {
  name: string;
  preferred_username: string;
  email: string;
  email_verified: boolean;
  /** Group claim, for role mapping from claims. */
  groups: string[];
}

/** The test accounts, by the login name typed on the provider's login page. */
export const TEST_ACCOUNTS: Record<string, TestAccount> = {
  // Bram Mulder of the demo's Gemeente Tilburg (username "bram" in Maatwerk).
  'bram.mulder': { name: 'Bram Mulder', preferred_username: 'bram', email: 'bram.mulder@tilburg.example', email_verified: true, groups: ['maatwerk-professional'] },
  // Someone the provider knows but Maatwerk does not.
  'onbekende.collega': { name: 'Onbekende Collega', preferred_username: 'onbekend-in-maatwerk', email: 'onbekend@tilburg.example', email_verified: true, groups: [] },
  // A new colleague whose roles come from the provider's groups.
  'nieuwe.collega': { name: 'Nieuwe Collega', preferred_username: 'nieuwe.collega', email: 'nieuw@tilburg.example', email_verified: true, groups: ['maatwerk-teamleider', 'iets-anders'] },
};

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Where the provider may send the browser after logging out. */
  postLogoutRedirectUri: string;
  /** HS256 instead of the expected RS256: an ID token the relying party must refuse. */
  wrongIdTokenAlg?: boolean;
}

export interface TestProvider {
  issuer: string;
  stop: () => Promise<void>;
}

/** Starts the provider on a free port of 127.0.0.1 (reached as http://localhost:port) with these clients. */
export async function startTestProvider(clients: TestClient[], port?: number): Promise<TestProvider> {
  const p = port ?? (await freePort());
  const issuer = `http://localhost:${p}`;
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      post_logout_redirect_uris: [c.postLogoutRedirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      ...(c.wrongIdTokenAlg ? { id_token_signed_response_alg: 'HS256' } : {}),
    })),
    async findAccount(_ctx, id) {
      const a = TEST_ACCOUNTS[id];
      if (!a) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...a }) };
    },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'], groups: ['groups'] },
    scopes: ['openid', 'profile', 'email', 'groups'],
    // The ID token carries the claims, so the relying party needs no userinfo call.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['alleen-voor-de-tests-van-maatwerk'] },
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'HS256'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  });
  const server: Server = provider.listen(p);
  await new Promise<void>((res) => (server.listening ? res() : server.once('listening', () => res())));
  return {
    issuer,
    stop: () =>
      new Promise<void>((res) => {
        server.close(() => res());
        server.closeAllConnections(); // a browser keeps its connections open
      }),
  };
}

/**
 * Signs in at the provider without a browser (for the API tests): follows the redirects from the
 * authorization URL, fills the provider's own login form with `login` and confirms its consent form,
 * with a small cookie jar, until the provider sends the browser to `redirectUri`. Returns that URL.
 */
export async function signInWithoutBrowser(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let method = 'GET';
  let body: string | undefined;
  for (let i = 0; i < 20; i++) {
    const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, { method, body, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`De provider gaf geen formulier (${res.status}): ${html.slice(0, 400)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    method = 'POST';
    body = prompt === 'login' ? new URLSearchParams({ prompt, login, password: 'wat-dan-ook' }).toString() : new URLSearchParams({ prompt }).toString();
  }
  throw new Error('Te veel omleidingen bij de provider');
}
