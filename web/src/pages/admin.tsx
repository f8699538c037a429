// SPDX-License-Identifier: EUPL-1.2
/** Beheer (admin): organisations, teams, users and their roles. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type Organisation, type Team, type User } from '../api/client';
import { useSession } from '../app';
import { ORG_KIND_LABELS, label } from '../format';
import { Link } from '../router';
import { OidcSettingsSection } from './admin-oidc';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, H1, H2, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextField, fieldId, useFormId, useSubmit } from '../ui';
import { LadderTab, SavedNotice } from './admin-ladder';
import { PROVINCES, type Province } from '../../../src/accounts/provinces';

const TABS = [
  ['gebruikers', 'Gebruikers en rollen'],
  ['teams', 'Teams'],
  ['organisaties', 'Organisaties'],
  ['ladder', 'Escalatieladder en kalender'],
] as const;

export function AdminPage({ tab }: { tab: string }) {
  const { has } = useSession();
  const current = TABS.find(([k]) => k === tab) ?? TABS[0];
  useEffect(() => {
    document.title = `${current[1]} · Beheer · Maatwerk`;
  }, [current]);
  if (!has('admin'))
    return (
      <>
        <H1>Beheer</H1>
        <Alert type="error">Alleen een beheerder kan organisaties, teams en gebruikers beheren.</Alert>
      </>
    );
  return (
    <>
      <H1>Beheer</H1>
      <nav aria-label="Onderdelen van beheer">
        <ul className="mw-toc">
          {TABS.map(([k, l]) => (
            <li key={k}>
              <Link href={`/beheer/${k}`} aria-current={k === current[0] ? 'page' : undefined} className={k === current[0] ? 'mw-strong' : undefined}>
                {l}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current[0] === 'gebruikers' && <UsersTab />}
      {current[0] === 'teams' && <TeamsTab />}
      {current[0] === 'organisaties' && <OrganisationsTab />}
      {current[0] === 'organisaties' && <OidcSettingsSection />}
      {current[0] === 'ladder' && <LadderTab />}
    </>
  );
}

function useList<T>(load: () => Promise<{ data: { items: T[] } }>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(() => {
    load().then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a new inline function on every render; the list loads once, reload() loads it again
  }, []);
  useEffect(reload, [reload]);
  return { items, error, reload };
}

// ---- users ----
function UsersTab() {
  const users = useList<User>(() => api.get('/users'));
  const teams = useList<Team>(() => api.get('/teams'));
  const [roles, setRoles] = useState<Array<{ role: string; label: string }>>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const [toggled, setToggled] = useState<string | null>(null);
  useEffect(() => {
    api.get('/roles').then((r) => setRoles(r.data.items), () => {});
  }, []);
  const roleLabel = (r: string) => roles.find((x) => x.role === r)?.label ?? r;
  if (users.error) return <Alert type="error">{users.error.message}</Alert>;
  if (!users.items) return <Loading what="Gebruikers" />;
  return (
    <section aria-labelledby="gebruikers">
      <H2 id="gebruikers">Gebruikers en rollen</H2>
      <Table caption={<span className="mw-visually-hidden">Gebruikers van de organisatie</span>} head={['Naam', 'Gebruikersnaam', 'Team', 'Rollen', 'Status', 'Wijzigen']}>
        {users.items.map((u) => (
          <tr key={u.id} className="utrecht-table__row">
            <Td>{u.displayName}</Td>
            <Td>{u.username}</Td>
            <Td>{u.teamName ?? '—'}</Td>
            <Td>{u.roles.map(roleLabel).join(', ')}</Td>
            <Td>
              <StatusBadge status={u.active ? 'active' : 'inactive'}>{u.active ? 'Actief' : 'Uitgeschakeld'}</StatusBadge>
            </Td>
            <Td>
              <ButtonGroup>
                <SecondaryButton onClick={() => setEditing(u.id)} aria-expanded={editing === u.id}>
                  Wijzigen<span className="mw-visually-hidden"> {u.displayName}</span>
                </SecondaryButton>
                <SecondaryButton onClick={() => { setToggled(null); setToggling(u.id); }} aria-expanded={toggling === u.id}>
                  {u.active ? 'Uitschakelen' : 'Weer inschakelen'}<span className="mw-visually-hidden"> {u.displayName}</span>
                </SecondaryButton>
              </ButtonGroup>
            </Td>
          </tr>
        ))}
      </Table>
      {toggled && <SavedNotice>{toggled}</SavedNotice>}
      {toggling && (
        <UserActiveConfirm
          key={toggling}
          user={users.items.find((u) => u.id === toggling)!}
          onDone={(message) => {
            setToggling(null);
            if (message) {
              setToggled(message);
              users.reload();
            }
          }}
        />
      )}
      {editing && (
        <UserForm
          key={editing}
          user={users.items.find((u) => u.id === editing)!}
          teams={teams.items ?? []}
          roles={roles}
          onDone={(changed) => {
            setEditing(null);
            if (changed) users.reload();
          }}
        />
      )}
      {!editing && <UserForm teams={teams.items ?? []} roles={roles} onDone={(changed) => changed && users.reload()} />}
    </section>
  );
}

/** Switching a user off (they can no longer log in; their sessions end) or on again, after a confirmation. */
function UserActiveConfirm({ user, onDone }: { user: User; onDone: (message: string | null) => void }) {
  const form = useFormId('gebruiker-actief');
  const { busy, error, run } = useSubmit();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const off = user.active;
  const confirm = async () => {
    const r = await run(() => api.patch('/users/{id}', { path: { id: user.id }, body: { active: !off }, ifMatch: user.version }));
    if (r) onDone(off ? `${user.displayName} is uitgeschakeld en kan niet meer inloggen.` : `${user.displayName} is weer ingeschakeld en kan weer inloggen.`);
  };
  return (
    <div ref={ref} tabIndex={-1} className="mw-card mw-confirm" role="region" aria-labelledby={`${form}-kop`}>
      <h3 id={`${form}-kop`} className="utrecht-heading-3">
        {off ? `${user.displayName} uitschakelen?` : `${user.displayName} weer inschakelen?`}
      </h3>
      <ErrorSummary form={form} error={error} labels={{ active: 'Actief' }} conflictWhat="deze gebruiker" />
      <P>{off ? `${user.displayName} kan daarna niet meer inloggen; wie nu is ingelogd, wordt direct uitgelogd. Casussen en vastgelegde gegevens blijven bewaard. U kunt het account later weer inschakelen.` : `${user.displayName} kan daarna weer inloggen met het bestaande wachtwoord.`}</P>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy} onClick={confirm}>
          {off ? 'Ja, uitschakelen' : 'Ja, weer inschakelen'}
        </PrimaryButton>
        <SecondaryButton onClick={() => onDone(null)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </div>
  );
}

function UserForm({ user, teams, roles, onDone }: { user?: User; teams: Team[]; roles: Array<{ role: string; label: string }>; onDone: (changed: boolean) => void }) {
  const form = useFormId(user ? 'gebruiker-wijzigen' : 'gebruiker-nieuw');
  const [v, setV] = useState({ username: user?.username ?? '', displayName: user?.displayName ?? '', email: user?.email ?? '', teamId: user?.teamId ?? '', roles: (user?.roles ?? ['professional']) as string[], active: user?.active ?? true, password: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const common = { displayName: v.displayName, email: v.email.trim() || null, teamId: v.teamId || null, roles: v.roles as never };
    const r = user
      ? await run(() => api.patch('/users/{id}', { path: { id: user.id }, body: { ...common, active: v.active, ...(v.password ? { password: v.password } : {}) }, ifMatch: user.version }))
      : await run(() => api.post('/users', { body: { ...common, username: v.username, password: v.password } }));
    if (r) {
      if (!user) {
        setSaved(`Gebruiker ${r.data.displayName} is aangemaakt.`);
        setV({ ...v, username: '', displayName: '', email: '', password: '' });
      }
      onDone(true);
    }
  };
  const labels = { username: 'Gebruikersnaam', displayName: 'Naam', email: 'E-mailadres', teamId: 'Team', roles: 'Rollen', active: 'Actief', password: 'Wachtwoord' };
  return (
    <form onSubmit={submit} noValidate className="mw-card" aria-labelledby={`${form}-kop`}>
      <h3 id={`${form}-kop`} className="utrecht-heading-3">
        {user ? `${user.displayName} wijzigen` : 'Gebruiker toevoegen'}
      </h3>
      {saved && <Alert type="ok" live>{saved}</Alert>}
      <ErrorSummary form={form} error={error} labels={labels} />
      <div className="mw-grid-2">
        {!user && <TextField form={form} name="username" label="Gebruikersnaam" autoComplete="off" value={v.username} maxLength={60} onChange={(e) => setV({ ...v, username: e.target.value })} error={err('username')} />}
        <TextField form={form} name="displayName" label="Naam" value={v.displayName} maxLength={120} onChange={(e) => setV({ ...v, displayName: e.target.value })} error={err('displayName')} />
        <TextField form={form} name="email" label="E-mailadres (niet verplicht)" type="email" value={v.email} maxLength={200} onChange={(e) => setV({ ...v, email: e.target.value })} error={err('email')} />
        <SelectField form={form} name="teamId" label="Team" value={v.teamId} onChange={(e) => setV({ ...v, teamId: e.target.value })} error={err('teamId')} options={[{ value: '', label: 'Geen team' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]} />
        <TextField form={form} name="password" label={user ? 'Nieuw wachtwoord (leeg laten om niet te wijzigen)' : 'Wachtwoord'} type="password" autoComplete="new-password" value={v.password} maxLength={200} onChange={(e) => setV({ ...v, password: e.target.value })} error={err('password')} />
      </div>
      <fieldset className="utrecht-form-fieldset" id={`${form}-roles`} tabIndex={-1}>
        <legend className="utrecht-form-fieldset__legend">Rollen</legend>
        {err('roles') && <p className="utrecht-form-field-error-message">{err('roles')}</p>}
        <div className="mw-grid-2">
          {roles.map((r) => (
            <CheckboxField key={r.role} form={form} name={`rol-${r.role}`} label={r.label} checked={v.roles.includes(r.role)} onChange={(on) => setV({ ...v, roles: on ? [...v.roles, r.role] : v.roles.filter((x) => x !== r.role) })} />
          ))}
        </div>
      </fieldset>
      {user && <CheckboxField form={form} name="active" label="Actief (kan inloggen)" checked={v.active} onChange={(on) => setV({ ...v, active: on })} />}
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>{user ? 'Opslaan' : 'Gebruiker toevoegen'}</PrimaryButton>
        {user && <SecondaryButton onClick={() => onDone(false)}>Annuleren</SecondaryButton>}
      </ButtonGroup>
    </form>
  );
}

// ---- teams ----
function TeamsTab() {
  const teams = useList<Team>(() => api.get('/teams'));
  const form = useFormId('team');
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const r = await run(() => api.post('/teams', { body: { name } }));
    if (r) {
      setSaved(`Team ${r.data.name} is aangemaakt.`);
      setName('');
      teams.reload();
    }
  };
  return (
    <section aria-labelledby="teams">
      <H2 id="teams">Teams</H2>
      {!teams.items ? (
        <Loading what="Teams" />
      ) : (
        <ul className="utrecht-unordered-list">
          {teams.items.map((t) => (
            <TeamItem key={t.id} team={t} onRenamed={teams.reload} />
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="mw-card" aria-label="Team toevoegen">
        {saved && <Alert type="ok" live>{saved}</Alert>}
        <ErrorSummary form={form} error={error} labels={{ name: 'Naam van het team' }} />
        <TextField form={form} name="name" label="Naam van het team" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} error={err('name')} />
        <PrimaryButton busy={busy} disabled={busy}>Team toevoegen</PrimaryButton>
      </form>
    </section>
  );
}

/** One team in the list, with an inline form to rename it (If-Match on the team's version). */
function TeamItem({ team, onRenamed }: { team: Team; onRenamed: () => void }) {
  const form = useFormId('team-hernoemen');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(team.name);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run, err } = useSubmit();
  useEffect(() => {
    if (open) document.getElementById(fieldId(form, 'name'))?.focus();
  }, [open, form]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.patch('/teams/{id}', { path: { id: team.id }, body: { name: name.trim() }, ifMatch: team.version }));
    if (r) {
      setOpen(false);
      setSaved(`Team ${team.name} heet nu ${r.data.name}.`);
      onRenamed();
    }
  };
  return (
    <li className="utrecht-unordered-list__item">
      {team.name}{' '}
      {!open && (
        <SecondaryButton onClick={() => { setSaved(null); setOpen(true); }} aria-expanded={false}>
          Hernoemen<span className="mw-visually-hidden"> {team.name}</span>
        </SecondaryButton>
      )}
      {saved && <SavedNotice>{saved}</SavedNotice>}
      {open && (
        <form onSubmit={submit} noValidate className="mw-card" aria-label={`Team ${team.name} hernoemen`}>
          <ErrorSummary form={form} error={error} labels={{ name: 'Nieuwe naam van het team' }} conflictWhat="dit team" />
          <TextField form={form} name="name" label="Nieuwe naam van het team" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} error={err('name')} />
          <ButtonGroup>
            <PrimaryButton busy={busy} disabled={busy}>Naam opslaan</PrimaryButton>
            <SecondaryButton onClick={() => { setOpen(false); setName(team.name); }}>Annuleren</SecondaryButton>
            {error?.isConflict && <SecondaryButton onClick={onRenamed}>Nieuwste versie laden</SecondaryButton>}
          </ButtonGroup>
        </form>
      )}
    </li>
  );
}

// ---- organisations ----
function OrganisationsTab() {
  const orgs = useList<Organisation>(() => api.get('/organisations'));
  const [editing, setEditing] = useState<string | null>(null);
  const [orgSaved, setOrgSaved] = useState<string | null>(null);
  const form = useFormId('organisatie');
  const [v, setV] = useState<OrgDraft>(EMPTY_ORG);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const r = await run(() => api.post('/organisations', { body: orgBody(v) }));
    if (r) {
      setSaved(`Organisatie ${r.data.name} is aangemaakt.`);
      setV(EMPTY_ORG);
      orgs.reload();
    }
  };
  return (
    <section aria-labelledby="organisaties">
      <H2 id="organisaties">Organisaties</H2>
      <P className="mw-muted">Het gedeelde register van organisaties waarmee wordt samengewerkt.</P>
      {!orgs.items ? (
        <Loading what="Organisaties" />
      ) : (
        <Table caption={<span className="mw-visually-hidden">Organisaties</span>} head={['Naam', 'Soort', 'CBS-gemeentecode', 'Provincie', 'Wijzigen']}>
          {orgs.items.map((o) => (
            <tr key={o.id} className="utrecht-table__row">
              <Td>{o.name}</Td>
              <Td>{label(ORG_KIND_LABELS, o.kind)}</Td>
              <Td>{o.municipalityCode ?? '—'}</Td>
              <Td>{o.province ?? '—'}</Td>
              <Td>
                <SecondaryButton onClick={() => { setOrgSaved(null); setEditing(o.id); }} aria-expanded={editing === o.id}>
                  Wijzigen<span className="mw-visually-hidden"> {o.name}</span>
                </SecondaryButton>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {orgSaved && <SavedNotice>{orgSaved}</SavedNotice>}
      {editing && orgs.items?.find((o) => o.id === editing) && (
        <OrganisationEditForm
          key={editing}
          organisation={orgs.items.find((o) => o.id === editing)!}
          onDone={(message) => {
            setEditing(null);
            if (message) {
              setOrgSaved(message);
              orgs.reload();
            }
          }}
          onReload={orgs.reload}
        />
      )}
      <form onSubmit={submit} noValidate className="mw-card" aria-label="Organisatie toevoegen">
        {saved && <Alert type="ok" live>{saved}</Alert>}
        <ErrorSummary form={form} error={error} labels={ORG_FIELD_LABELS} />
        <OrganisationFields form={form} v={v} setV={setV} err={err} />
        <PrimaryButton busy={busy} disabled={busy}>Organisatie toevoegen</PrimaryButton>
      </form>
    </section>
  );
}

type OrgDraft = { name: string; kind: string; municipalityCode: string; province: string };
const EMPTY_ORG: OrgDraft = { name: '', kind: 'gemeente', municipalityCode: '', province: '' };
const ORG_FIELD_LABELS = { name: 'Naam', kind: 'Soort', municipalityCode: 'CBS-gemeentecode', province: 'Provincie' };
const orgBody = (v: OrgDraft) => ({ name: v.name.trim(), kind: v.kind as 'gemeente', municipalityCode: v.municipalityCode.trim() || null, province: (v.province || null) as Province | null });

/** The fields of an organisation, the same when adding and when changing one. */
function OrganisationFields({ form, v, setV, err }: { form: string; v: OrgDraft; setV: (v: OrgDraft) => void; err: (field: string) => string | undefined }) {
  return (
    <div className="mw-grid-2">
      <TextField form={form} name="name" label="Naam" value={v.name} maxLength={120} onChange={(e) => setV({ ...v, name: e.target.value })} error={err('name')} />
      <SelectField form={form} name="kind" label="Soort" value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value })} error={err('kind')} options={Object.entries(ORG_KIND_LABELS).map(([value, l]) => ({ value, label: l }))} />
      <TextField form={form} name="municipalityCode" label="CBS-gemeentecode (alleen gemeenten)" description="Zoals GM0344" value={v.municipalityCode} maxLength={6} onChange={(e) => setV({ ...v, municipalityCode: e.target.value })} error={err('municipalityCode')} />
      <SelectField form={form} name="province" label="Provincie" description="Voor het regionale beeld van de patronen: de organisaties van één provincie samen." value={v.province} onChange={(e) => setV({ ...v, province: e.target.value })} error={err('province')} options={[{ value: '', label: 'Geen provincie' }, ...PROVINCES.map((p) => ({ value: p, label: p }))]} />
    </div>
  );
}

/** Changing an organisation: name, kind, CBS code, province (If-Match on its version; the server decides whose). */
function OrganisationEditForm({ organisation: o, onDone, onReload }: { organisation: Organisation; onDone: (message: string | null) => void; onReload: () => void }) {
  const form = useFormId('organisatie-wijzigen');
  const [v, setV] = useState<OrgDraft>({ name: o.name, kind: o.kind, municipalityCode: o.municipalityCode ?? '', province: o.province ?? '' });
  const { busy, error, run, err } = useSubmit();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.patch('/organisations/{id}', { path: { id: o.id }, body: orgBody(v), ifMatch: o.version }));
    if (r) onDone(`Organisatie ${r.data.name} is opgeslagen.`);
  };
  return (
    <form onSubmit={submit} noValidate className="mw-card" aria-labelledby={`${form}-kop`}>
      <h3 id={`${form}-kop`} ref={ref} tabIndex={-1} className="utrecht-heading-3">
        {o.name} wijzigen
      </h3>
      <ErrorSummary form={form} error={error} labels={ORG_FIELD_LABELS} conflictWhat="deze organisatie" />
      <OrganisationFields form={form} v={v} setV={setV} err={err} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Opslaan</PrimaryButton>
        <SecondaryButton onClick={() => onDone(null)}>Annuleren</SecondaryButton>
        {error?.isConflict && <SecondaryButton onClick={onReload}>Nieuwste versie laden</SecondaryButton>}
      </ButtonGroup>
    </form>
  );
}
