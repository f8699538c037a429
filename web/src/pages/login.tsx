// SPDX-License-Identifier: EUPL-1.2
/**
 * Logging in with a (demo) account, or through the OpenID provider of an organisation that set one
 * up (ADR 0021); shows why the user is here (session expired, logged out, a refused sign-in).
 */
import { useEffect, useState } from 'react';
import { api, type Me, type Schemas } from '../api/client';
import { isOidcSignInError, OIDC_SIGN_IN_ERRORS } from '../../../src/accounts/oidc-model';
import { Alert, ErrorSummary, H1, H2, P, PrimaryButton, TextField, useSubmit } from '../ui';

/** What the address says about the last sign-in through a provider: refused (with the reason) or logged out there too. */
function providerNotice(): { type: 'error' | 'ok'; text: string } | null {
  const q = new URLSearchParams(location.search);
  const fout = q.get('fout');
  if (isOidcSignInError(fout)) return { type: 'error', text: OIDC_SIGN_IN_ERRORS[fout] };
  if (q.get('uitgelogd')) return { type: 'ok', text: 'U bent uitgelogd, ook bij de inlogdienst van uw organisatie.' };
  return null;
}

export function LoginPage({ notice, onLogin }: { notice: string | null; onLogin: (me: Me) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run, err } = useSubmit();
  const form = 'inloggen';
  const [providers, setProviders] = useState<Array<Schemas['OidcProvider']>>([]);
  const [fromProvider] = useState(providerNotice);
  useEffect(() => {
    api.get('/auth/oidc/providers').then((r) => setProviders(r.data.items), () => setProviders([]));
  }, []);
  useEffect(() => {
    document.title = 'Inloggen · Maatwerk';
    // The first thing to do here is typing the username: the cursor starts there.
    document.querySelector<HTMLInputElement>('input[name="username"]')?.focus();
  }, []);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/auth/login', { body: { username, password } }));
    if (r) onLogin(r.data);
  };
  return (
    <div className="mw-login">
      <H1>Inloggen</H1>
      {notice && <Alert type="warning" live>{notice}</Alert>}
      {fromProvider && <Alert type={fromProvider.type} live>{fromProvider.text}</Alert>}
      <ErrorSummary form={form} error={error} labels={{ username: 'Gebruikersnaam', password: 'Wachtwoord' }} />
      <form onSubmit={submit} noValidate aria-label="Inloggen">
        <TextField form={form} name="username" label="Gebruikersnaam" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} error={err('username')} required />
        <TextField form={form} name="password" label="Wachtwoord" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={err('password')} required />
        <PrimaryButton busy={busy} disabled={busy}>Inloggen</PrimaryButton>
      </form>
      {providers.length > 0 && (
        <section aria-labelledby="inloggen-organisatie">
          <H2 id="inloggen-organisatie">Inloggen via uw organisatie</H2>
          <ul className="utrecht-unordered-list mw-login-providers">
            {providers.map((p) => (
              <li key={p.organisationId} className="utrecht-unordered-list__item">
                {/* A plain link: the server sends the browser on to the provider (a navigation, not a fetch). */}
                <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/api/v1/auth/oidc/organisations/${p.organisationId}/start`}>
                  Inloggen via {p.displayName}
                </a>{' '}
                <span className="mw-muted">{p.organisationName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <P className="mw-muted">Demo: bijvoorbeeld <code>sanne</code> (professional), <code>marieke</code> (teamleider), <code>beheer</code> (beheerder) of <code>priya</code> (privacyfunctionaris), wachtwoord <code>maatwerk-demo</code>.</P>
    </div>
  );
}
