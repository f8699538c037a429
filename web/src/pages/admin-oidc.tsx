// SPDX-License-Identifier: EUPL-1.2
/**
 * Beheer: the organisation's own OpenID Connect provider (ADR 0021). The admin sets the issuer, the
 * client, where the roles come from and single logout; the client secret is write-only (the page
 * only says whether one is stored).
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { Alert, CheckboxField, ErrorSummary, Facts, H2, Loading, P, PrimaryButton, SelectField, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type Settings = Schemas['OidcSettings'];
type Input = Schemas['OidcSettingsInput'];
type MappableRole = Extract<Input['roles'], { mode: 'claims' }>['map'][string][number];

const CALLBACK = '/api/v1/auth/oidc/callback';
const MATCH_LABELS: Record<Input['matchClaim'], string> = {
  preferred_username: 'gebruikersnaam (claim preferred_username = gebruikersnaam in Maatwerk)',
  email: 'e-mailadres (claim email = e-mailadres in Maatwerk, als het bevestigd is)',
  none: 'geen: alleen al gekoppelde accounts',
};

interface Draft {
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  matchClaim: Input['matchClaim'];
  mode: 'platform' | 'claims';
  claim: string;
  map: string;
  singleLogout: boolean;
  enabled: boolean;
}

const mapText = (m: Record<string, string[]>) => Object.entries(m).map(([k, rs]) => `${k}: ${rs.join(', ')}`).join('\n');
/** "groep: rol, rol" per line into the map the API takes (the API checks the role names). */
const parseMap = (text: string): Record<string, MappableRole[]> =>
  Object.fromEntries(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const i = l.lastIndexOf(':');
        const key = i < 0 ? l : l.slice(0, i).trim();
        const roles = i < 0 ? [] : l.slice(i + 1).split(',').map((r) => r.trim()).filter(Boolean);
        return [key, roles as MappableRole[]];
      }),
  );

function draftOf(s: Settings | null): Draft {
  return {
    displayName: s?.displayName ?? '',
    issuer: s?.issuer ?? '',
    clientId: s?.clientId ?? '',
    clientSecret: '',
    redirectUri: s?.redirectUri ?? `${location.origin}${CALLBACK}`,
    scopes: s?.scopes ?? 'openid profile email',
    matchClaim: s?.matchClaim ?? 'preferred_username',
    mode: s?.roles.mode ?? 'platform',
    claim: s?.roles.mode === 'claims' ? s.roles.claim : '',
    map: s?.roles.mode === 'claims' ? mapText(s.roles.map) : '',
    singleLogout: s?.singleLogout ?? true,
    enabled: s?.enabled ?? true,
  };
}

export function OidcSettingsSection() {
  const form = useFormId('inlogdienst');
  const [settings, setSettings] = useState<Settings | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [d, setD] = useState<Draft>(draftOf(null));
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run, err } = useSubmit();
  useEffect(() => {
    api.get('/openid-connect').then(
      (r) => {
        setSettings(r.data.settings ?? null);
        setD(draftOf(r.data.settings ?? null));
      },
      (e) => setLoadError(e instanceof ApiError ? e.message : 'De instellingen konden niet worden geladen.'),
    );
  }, []);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD({ ...d, [k]: v });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const body: Input = {
      displayName: d.displayName,
      issuer: d.issuer,
      clientId: d.clientId,
      ...(d.clientSecret ? { clientSecret: d.clientSecret } : {}),
      redirectUri: d.redirectUri,
      scopes: d.scopes,
      matchClaim: d.matchClaim,
      roles: d.mode === 'claims' ? { mode: 'claims', claim: d.claim, map: parseMap(d.map) } : { mode: 'platform' },
      singleLogout: d.singleLogout,
      enabled: d.enabled,
    };
    const r = await run(() => api.put('/openid-connect', { body }));
    if (r) {
      setSettings(r.data);
      setD(draftOf(r.data));
      setSaved(`De inlogdienst is opgeslagen${r.data.enabled ? ': op de inlogpagina staat nu "Inloggen via ' + r.data.displayName + '"' : ' (uitgeschakeld)'}.`);
    }
  };
  if (loadError) return <Alert type="error">{loadError}</Alert>;
  if (settings === undefined) return <Loading what="Inlogdienst" />;
  return (
    <section aria-labelledby="inlogdienst">
      <H2 id="inlogdienst">Inlogdienst van uw organisatie (OpenID Connect)</H2>
      <P className="mw-muted">
        Medewerkers loggen dan in via de inlogdienst van uw organisatie, zoals Keycloak of Entra ID. Lokale accounts met een wachtwoord blijven werken.
      </P>
      {settings && (
        <Facts
          items={[
            ['Clientgeheim', settings.clientSecretSet ? 'opgeslagen (wordt nooit getoond)' : 'niet opgeslagen'],
            ['Adres na uitloggen (registreer dit bij de inlogdienst)', <code key="p">{settings.postLogoutRedirectUri}</code>],
          ]}
        />
      )}
      <form onSubmit={submit} noValidate className="mw-card" aria-label="Inlogdienst instellen">
        {saved && <Alert type="ok" live>{saved}</Alert>}
        <ErrorSummary
          form={form}
          error={error}
          labels={{ displayName: 'Naam op de inlogknop', issuer: 'Issuer-adres', clientId: 'Client-id', clientSecret: 'Clientgeheim', redirectUri: 'Redirect-URI', scopes: 'Scopes', matchClaim: 'Eerste keer koppelen op', roles: 'Rollen', 'roles.claim': 'Claim met de rollen', 'roles.map': 'Waarden en rollen', singleLogout: 'Single logout', enabled: 'Aan' }}
        />
        <div className="mw-grid-2">
          <TextField form={form} name="displayName" label="Naam op de inlogknop" description='Op de inlogpagina staat "Inloggen via" met deze naam.' value={d.displayName} maxLength={80} onChange={(e) => set('displayName', e.target.value)} error={err('displayName')} />
          <TextField form={form} name="issuer" label="Issuer-adres" description="Zoals https://login.gemeente.nl/realms/maatwerk" value={d.issuer} onChange={(e) => set('issuer', e.target.value)} error={err('issuer')} />
          <TextField form={form} name="clientId" label="Client-id" value={d.clientId} onChange={(e) => set('clientId', e.target.value)} error={err('clientId')} />
          <TextField
            form={form}
            name="clientSecret"
            label="Clientgeheim"
            type="password"
            autoComplete="new-password"
            description={settings?.clientSecretSet ? 'Leeg laten om het opgeslagen geheim te houden.' : 'Verplicht de eerste keer.'}
            value={d.clientSecret}
            onChange={(e) => set('clientSecret', e.target.value)}
            error={err('clientSecret')}
          />
          <TextField form={form} name="redirectUri" label="Redirect-URI" description={`Het adres van Maatwerk dat eindigt op ${CALLBACK}; registreer het bij de inlogdienst.`} value={d.redirectUri} onChange={(e) => set('redirectUri', e.target.value)} error={err('redirectUri')} />
          <TextField form={form} name="scopes" label="Scopes" description="Gescheiden door spaties; openid staat er altijd bij." value={d.scopes} onChange={(e) => set('scopes', e.target.value)} error={err('scopes')} />
          <SelectField form={form} name="matchClaim" label="Eerste keer koppelen op" value={d.matchClaim} onChange={(e) => set('matchClaim', e.target.value as Draft['matchClaim'])} error={err('matchClaim')} options={Object.entries(MATCH_LABELS).map(([value, label]) => ({ value, label }))} />
          <SelectField
            form={form}
            name="roles"
            label="Rollen"
            value={d.mode}
            onChange={(e) => set('mode', e.target.value as Draft['mode'])}
            error={err('roles')}
            options={[
              { value: 'platform', label: 'bijhouden in Maatwerk (de beheerder kent ze toe)' },
              { value: 'claims', label: 'overnemen uit een claim van de inlogdienst, bij elke keer inloggen' },
            ]}
          />
        </div>
        {d.mode === 'claims' && (
          <div className="mw-grid-2">
            <TextField form={form} name="roles.claim" label="Claim met de rollen" description="Zoals groups, roles of realm_access.roles" value={d.claim} onChange={(e) => set('claim', e.target.value)} error={err('roles.claim')} />
            <TextAreaField
              form={form}
              name="roles.map"
              label="Waarden en rollen"
              description="Per regel een waarde van de claim, een dubbele punt en de rollen in Maatwerk, zoals: maatwerk-professionals: professional"
              value={d.map}
              onChange={(e) => set('map', e.target.value)}
              error={err('roles.map')}
            />
          </div>
        )}
        <CheckboxField form={form} name="singleLogout" label="Single logout: bij uitloggen ook uitloggen bij de inlogdienst" checked={d.singleLogout} onChange={(v) => set('singleLogout', v)} />
        <CheckboxField form={form} name="enabled" label="Aan: de inlogknop staat op de inlogpagina" checked={d.enabled} onChange={(v) => set('enabled', v)} />
        <PrimaryButton busy={busy} disabled={busy}>Inlogdienst opslaan</PrimaryButton>
      </form>
    </section>
  );
}
