// SPDX-License-Identifier: EUPL-1.2
/** Logging in with a (demo) account; shows why the user is here (session expired, logged out). */
import { useEffect, useState } from 'react';
import { api, type Me } from '../api/client';
import { Alert, ErrorSummary, H1, P, PrimaryButton, TextField, useSubmit } from '../ui';

export function LoginPage({ notice, onLogin }: { notice: string | null; onLogin: (me: Me) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run, err } = useSubmit();
  const form = 'inloggen';
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
      <ErrorSummary form={form} error={error} labels={{ username: 'Gebruikersnaam', password: 'Wachtwoord' }} />
      <form onSubmit={submit} noValidate aria-label="Inloggen">
        <TextField form={form} name="username" label="Gebruikersnaam" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} error={err('username')} required />
        <TextField form={form} name="password" label="Wachtwoord" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={err('password')} required />
        <PrimaryButton busy={busy} disabled={busy}>Inloggen</PrimaryButton>
      </form>
      <P className="mw-muted">Demo: bijvoorbeeld <code>sanne</code> (professional), <code>marieke</code> (teamleider), <code>beheer</code> (beheerder) of <code>priya</code> (privacyfunctionaris), wachtwoord <code>maatwerk-demo</code>.</P>
    </div>
  );
}
