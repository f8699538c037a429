// SPDX-License-Identifier: EUPL-1.2
/**
 * The Maatwerkregister on a screen (issue 13, item 7): "weten wie je moet bellen". Everyone searches
 * by organisation, topic and municipality or region; an administrator adds and edits the contacts
 * of the own organisation (If-Match) and retires them. A contact is linked to a knelpunt from the
 * knelpunt's page.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, H1, H2, Loading, P, PrimaryButton, SecondaryButton, Table, Td, TextField, useFormId, useSubmit } from '../ui';

type Contact = Schemas['RegisterContact'];

export function RegisterPage() {
  const { has, me } = useSession();
  const form = useFormId('zoeken');
  const [q, setQ] = useState({ organisation: '', topic: '', region: '', q: '' });
  const [items, setItems] = useState<Contact[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Contact | 'nieuw' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const search = useCallback(() => {
    const query = Object.fromEntries(Object.entries(q).filter(([, v]) => v.trim()));
    api.get('/maatwerkregister', { query }).then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, [q]);
  useEffect(() => {
    document.title = 'Maatwerkregister · Maatwerk';
    search();
    // Search once on opening; afterwards on submit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const admin = has('admin');
  return (
    <>
      <H1>Maatwerkregister</H1>
      <P className="mw-muted">Wie u kunt bellen bij een knelpunt: contactpersonen van gemeenten, uitvoeringsorganisaties, corporaties en zorgverzekeraars. Gedeeld door alle deelnemende organisaties; {admin ? 'u beheert de contacten van uw eigen organisatie' : 'de beheerder van elke organisatie houdt de eigen contacten bij'}.</P>
      {done && <Alert type="ok" live>{done}</Alert>}
      <form onSubmit={(e) => { e.preventDefault(); search(); }} noValidate aria-label="Zoeken in het Maatwerkregister">
        <div className="mw-row">
          <TextField form={form} name="organisation" label="Organisatie" value={q.organisation} maxLength={160} onChange={(e) => setQ({ ...q, organisation: e.target.value })} />
          <TextField form={form} name="topic" label="Onderwerp (wet of thema)" value={q.topic} maxLength={80} onChange={(e) => setQ({ ...q, topic: e.target.value })} />
          <TextField form={form} name="region" label="Gemeente of regio" value={q.region} maxLength={120} onChange={(e) => setQ({ ...q, region: e.target.value })} />
          <TextField form={form} name="q" label="Vrij zoeken" value={q.q} maxLength={100} onChange={(e) => setQ({ ...q, q: e.target.value })} />
        </div>
        <ButtonGroup>
          <PrimaryButton>Zoeken</PrimaryButton>
          {admin && <SecondaryButton onClick={() => setEditing('nieuw')}>Contact toevoegen</SecondaryButton>}
        </ButtonGroup>
      </form>
      {editing && <ContactForm contact={editing === 'nieuw' ? null : editing} onDone={(m) => { setEditing(null); if (m) { setDone(m); search(); } }} />}
      {error && <Alert type="error">{error.message}</Alert>}
      {!items && !error && <Loading what="Contacten" />}
      {items && (
        <>
          <H2>{items.length === 1 ? '1 contactpersoon' : `${items.length} contactpersonen`}</H2>
          {items.length > 0 && (
            <Table caption={<span className="mw-visually-hidden">Gevonden contactpersonen</span>} head={['Naam en rol', 'Organisatie', 'Bereikbaar', 'Onderwerpen', 'Regio', ...(admin ? ['Beheer'] : [])]}>
              {items.map((c) => (
                <tr key={c.id} className="utrecht-table__row">
                  <Td><span className="mw-strong">{c.name}</span>{c.role ? <div className="mw-muted">{c.role}</div> : null}</Td>
                  <Td>{c.contactOrganisation}</Td>
                  <Td>{[c.phone, c.email].filter(Boolean).join(' · ')}</Td>
                  <Td>{c.topics.join(', ') || '—'}</Td>
                  <Td>{c.region || '—'}</Td>
                  {admin && <Td>{c.organisationId === me.organisation.id ? <SecondaryButton onClick={() => setEditing(c)}>Wijzigen<span className="mw-visually-hidden"> {c.name}</span></SecondaryButton> : <span className="mw-muted">Andere organisatie</span>}</Td>}
                </tr>
              ))}
            </Table>
          )}
        </>
      )}
    </>
  );
}

function ContactForm({ contact, onDone }: { contact: Contact | null; onDone: (msg: string | null) => void }) {
  const form = useFormId('contactpersoon');
  const [v, setV] = useState({
    contactOrganisation: contact?.contactOrganisation ?? '', name: contact?.name ?? '', role: contact?.role ?? '', phone: contact?.phone ?? '', email: contact?.email ?? '',
    topics: contact?.topics.join(', ') ?? '', region: contact?.region ?? '', active: contact?.active ?? true,
  });
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      contactOrganisation: v.contactOrganisation, name: v.name, role: v.role, phone: v.phone.trim() || null, email: v.email.trim() || null,
      topics: v.topics.split(',').map((t) => t.trim()).filter(Boolean), region: v.region,
    };
    const r = await run(() => (contact ? api.patch('/maatwerkregister/{id}', { path: { id: contact.id }, body: { ...body, active: v.active }, ifMatch: contact.version }) : api.post('/maatwerkregister', { body })));
    if (r) onDone(contact ? `${v.name} is bijgewerkt.` : `${v.name} staat in het register.`);
  };
  const labels = { contactOrganisation: 'Organisatie', name: 'Naam', role: 'Rol', phone: 'Telefoon', email: 'E-mailadres', topics: 'Onderwerpen', region: 'Gemeente of regio' };
  const set = (k: keyof typeof labels) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  return (
    <form className="mw-card" onSubmit={submit} noValidate aria-label={contact ? `Contact wijzigen: ${contact.name}` : 'Contact toevoegen'}>
      <H2>{contact ? `Contact wijzigen: ${contact.name}` : 'Contact toevoegen'}</H2>
      <ErrorSummary form={form} error={error} labels={labels} conflictWhat="dit contact" />
      <TextField form={form} name="contactOrganisation" label={labels.contactOrganisation} value={v.contactOrganisation} maxLength={160} onChange={set('contactOrganisation')} error={err('contactOrganisation')} />
      <TextField form={form} name="name" label={labels.name} value={v.name} maxLength={120} onChange={set('name')} error={err('name')} />
      <TextField form={form} name="role" label={labels.role} value={v.role} maxLength={120} onChange={set('role')} error={err('role')} />
      <TextField form={form} name="phone" label={labels.phone} description="Telefoon of e-mail is verplicht" type="tel" value={v.phone} onChange={set('phone')} error={err('phone')} />
      <TextField form={form} name="email" label={labels.email} type="email" value={v.email} onChange={set('email')} error={err('email')} />
      <TextField form={form} name="topics" label={labels.topics} description="Gescheiden door komma's, bijvoorbeeld: Participatiewet, huisvesting" value={v.topics} onChange={set('topics')} error={err('topics')} />
      <TextField form={form} name="region" label={labels.region} value={v.region} maxLength={120} onChange={set('region')} error={err('region')} />
      {contact && <CheckboxField form={form} name="active" label="Actief (uitvinken om het contact uit het register te halen)" checked={v.active} onChange={(c) => setV({ ...v, active: c })} />}
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Opslaan</PrimaryButton>
        <SecondaryButton onClick={() => onDone(null)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}
