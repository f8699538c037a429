// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner's pages (ADR 0017): the cases a partner organisation's professional is invited to, and
 * one case as the purpose allows — their goals and actions, the parties with contacts, the
 * household's first names and age bands — where they update their actions and write to the regisseur.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { ACTION_STATUS_LABELS, GOAL_STATUS_LABELS, MEMBER_ROLE_LABELS, formatDate, formatDateTime, label } from '../format';
import { Link } from '../router';
import { Alert, ErrorSummary, H1, H2, Loading, P, PrimaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, useFormId, useSubmit } from '../ui';

type Item = Schemas['PartnerCasusItem'];
type View = Schemas['PartnerCasus'];
type PartnerAction = Schemas['PartnerActie'];

export function PartnerCasesPage() {
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Meekijken als partner · Maatwerk';
    api.get('/partner-cases').then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e.message));
  }, []);
  return (
    <>
      <H1>Meekijken als partner</H1>
      <P className="mw-muted">De huishoudens waarvoor een regisseur u heeft uitgenodigd, met toestemming van de inwoner. U ziet alleen wat u voor het doel nodig heeft.</P>
      {error && <Alert type="error">{error}</Alert>}
      {!items && !error && <Loading what="Uitnodigingen" />}
      {items && items.length === 0 && <P>U bent nog niet uitgenodigd voor een huishouden.</P>}
      {items && items.length > 0 && (
        <Table caption={<span className="mw-visually-hidden">Uitnodigingen</span>} head={['Huishouden', 'Gemeente', 'Doel', 'Toegang']}>
          {items.map((i) => (
            <tr key={i.id} className="utrecht-table__row">
              <Td>{i.access === 'toegang' && i.householdLabel ? <Link href={`/partner/${i.id}`}>{i.householdLabel}</Link> : <span className="mw-muted">Niet meer zichtbaar</span>}</Td>
              <Td>
                {i.organisationName}
                <div className="mw-muted">uitgenodigd door {i.invitedByName}</div>
              </Td>
              <Td>{i.purpose}</Td>
              <Td>
                <StatusBadge status={i.access === 'toegang' ? 'active' : 'inactive'}>{i.accessLabel}</StatusBadge>
                {i.access === 'toegang' && i.validUntil && <div className="mw-muted">tot en met {formatDate(i.validUntil)}</div>}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export function PartnerCasePage({ id }: { id: string }) {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      setView((await api.get('/partner-cases/{id}', { path: { id } })).data);
      setError(null);
    } catch (e) {
      if (e instanceof ApiError) {
        setView(null);
        setError(e);
      }
    }
  }, [id]);
  useEffect(() => {
    document.title = 'Huishouden · Meekijken als partner · Maatwerk';
    void load();
  }, [load]);
  const crumb = (
    <nav aria-label="Kruimelpad" className="mw-breadcrumb">
      <Link href="/partner">Meekijken als partner</Link> <span aria-hidden="true">›</span> <span aria-current="page">Huishouden</span>
    </nav>
  );
  if (error)
    return (
      <>
        {crumb}
        <H1>Geen toegang</H1>
        <Alert type="error" live>
          {error.message}
        </Alert>
        <P>
          <Link href="/partner">Terug naar uw uitnodigingen</Link>
        </P>
      </>
    );
  if (!view) return <Loading what="Het huishouden" />;
  const main = view.household.find((m) => m.role === 'aanvrager') ?? view.household[0];
  return (
    <>
      {crumb}
      <H1>Huishouden van {main?.firstName ?? 'de inwoner'}</H1>
      <P>
        {view.invitation.organisationName} · regisseur {view.invitation.regisseurName} · u werkt mee voor {view.invitation.partyName}
      </P>
      <Alert type="info">
        Doel: {view.invitation.purpose}. De inwoner gaf toestemming tot en met {formatDate(view.invitation.validUntil)}; elke inzage wordt vastgelegd bij de gemeente en bij uw organisatie.
      </Alert>
      <section className="mw-section" aria-labelledby="gezin">
        <H2 id="gezin">Het huishouden</H2>
        <ul className="utrecht-unordered-list">
          {view.household.map((m, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {m.firstName} — {label(MEMBER_ROLE_LABELS, m.role).toLowerCase()}, {m.ageBandLabel}
            </li>
          ))}
        </ul>
      </section>
      <section className="mw-section" aria-labelledby="acties">
        <H2 id="acties">Uw doelen en acties</H2>
        {view.goals.length === 0 && <P>Er staan geen doelen voor uw organisatie in het plan.</P>}
        {view.goals.map((g) => (
          <div key={g.id}>
            <p className="utrecht-paragraph mw-strong">
              Doel: {g.description} <StatusBadge>{label(GOAL_STATUS_LABELS, g.status)}</StatusBadge>
            </p>
          </div>
        ))}
        {view.actions.length === 0 ? (
          <P>Er staan geen acties voor uw organisatie in het plan.</P>
        ) : (
          <Table caption="Uw acties" head={['Actie', 'Uiterlijk', 'Status']}>
            {view.actions.map((a) => (
              <ActionRow key={a.id} invitationId={id} action={a} onSaved={load} />
            ))}
          </Table>
        )}
      </section>
      <section className="mw-section" aria-labelledby="betrokkenen">
        <H2 id="betrokkenen">Betrokkenen</H2>
        <Table caption={<span className="mw-visually-hidden">Betrokkenen</span>} head={['Organisatie', 'Contactpersoon', 'Contact', 'Rol']}>
          {view.parties.map((p) => (
            <tr key={p.id} className="utrecht-table__row">
              <Td>
                {p.organisationName}
                {p.mine && <div className="mw-muted">uw organisatie</div>}
              </Td>
              <Td>{p.contactName || '—'}</Td>
              <Td>{p.contact || '—'}</Td>
              <Td>{p.role}</Td>
            </tr>
          ))}
        </Table>
      </section>
      <section className="mw-section" aria-labelledby="berichten">
        <H2 id="berichten">Berichten met de regisseur</H2>
        {view.messages.length === 0 ? (
          <P>Nog geen berichten.</P>
        ) : (
          <ul className="utrecht-unordered-list">
            {view.messages.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                {formatDateTime(m.createdAt)} — {m.fromPartner ? m.authorName : `${m.authorName} (${m.authorOrganisationName}) antwoordde`}: {m.body}
              </li>
            ))}
          </ul>
        )}
        <MessageForm invitationId={id} regisseur={view.invitation.regisseurName} onSent={load} />
      </section>
    </>
  );
}

function ActionRow({ invitationId, action, onSaved }: { invitationId: string; action: PartnerAction; onSaved: () => Promise<void> }) {
  const form = useFormId('actie');
  const [status, setStatus] = useState(action.status);
  const { busy, error, run, err } = useSubmit();
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaved(false);
    const r = await run(() => api.patch('/partner-cases/{id}/actions/{itemId}', { path: { id: invitationId, itemId: action.id }, body: { status }, ifMatch: action.version }));
    if (r) {
      setSaved(true);
      await onSaved();
    }
  };
  return (
    <tr className="utrecht-table__row">
      <Td>
        {action.description}
        {action.overdue && <div><StatusBadge status="danger">Over de datum</StatusBadge></div>}
      </Td>
      <Td>{action.dueDate ? formatDate(action.dueDate) : '—'}</Td>
      <Td>
        <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate aria-label={`Status van ${action.description}`} className="mw-inline-form">
          <ErrorSummary form={form} error={error} labels={{ status: 'Status' }} conflictWhat="deze actie" />
          <SelectField form={form} name="status" label={`Status van "${action.description}"`} value={status} onChange={(e) => setStatus(e.target.value as PartnerAction['status'])} error={err('status')} options={Object.entries(ACTION_STATUS_LABELS).map(([value, l]) => ({ value, label: l }))} />
          <PrimaryButton type="submit" disabled={busy || status === action.status}>
            Status opslaan
          </PrimaryButton>
          {saved && <span role="status" className="mw-muted"> Opgeslagen.</span>}
        </form>
      </Td>
    </tr>
  );
}

function MessageForm({ invitationId, regisseur, onSent }: { invitationId: string; regisseur: string; onSent: () => Promise<void> }) {
  const form = useFormId('bericht');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, run, err } = useSubmit();
  const send = async () => {
    setSent(false);
    const r = await run(() => api.post('/partner-cases/{id}/messages', { path: { id: invitationId }, body: { body } }));
    if (r) {
      setBody('');
      setSent(true);
      await onSent();
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void send(); }} noValidate aria-label="Bericht aan de regisseur">
      <ErrorSummary form={form} error={error} labels={{ body: 'Bericht' }} />
      {sent && <Alert type="ok" live>Uw bericht is verstuurd naar {regisseur}.</Alert>}
      <TextAreaField form={form} name="body" label={`Kort bericht aan ${regisseur}`} value={body} onChange={(e) => setBody(e.target.value)} error={err('body')} maxLength={1000} />
      <PrimaryButton type="submit" disabled={busy}>
        Bericht versturen
      </PrimaryButton>
    </form>
  );
}
