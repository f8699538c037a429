// SPDX-License-Identifier: EUPL-1.2
/**
 * On the case page, for the regisseur (issue 17): the household's own goal, krachten and zorgen
 * (one plan for both), and what the resident sent — messages, proposals to accept or decline, and
 * consent given or withdrawn — plus a note shared with the resident. One component, rendered by one
 * line in case.tsx, so it can move into a tab.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { formatDate, formatDateTime } from '../format';
import { Alert, ButtonGroup, ErrorSummary, H2, H3, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, TextAreaField, TextField, useFormId, useSubmit } from '../ui';
import type { CaseCtx } from './case';

type Inbox = Schemas['InwonerPostvak'];

export function ResidentSection({ ctx }: { ctx: CaseCtx }) {
  const id = ctx.file.case.id;
  const plan = ctx.file.plan;
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    api.get('/cases/{id}/inwoner', { path: { id } }).then((r) => setInbox(r.data), (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(load, [load]);
  if (!plan) return null;
  const unread = inbox?.messages.filter((m) => !m.read).length ?? 0;
  return (
    <section className="mw-section" aria-labelledby="inwoner">
      <H2 id="inwoner">Samen met het huishouden</H2>
      <H3>Eigen doel van het huishouden</H3>
      {plan.perspective ? <blockquote className="mw-quote">{plan.perspective}</blockquote> : <P className="mw-muted">Het huishouden heeft nog geen eigen doel opgeschreven.</P>}
      <H3>Wat goed gaat</H3>
      <PointList items={plan.points.filter((p) => p.kind === 'kracht')} />
      <H3>Zorgen</H3>
      <PointList items={plan.points.filter((p) => p.kind === 'zorg')} />
      {ctx.canEdit && <AddPoint caseId={id} onSaved={ctx.reload} />}
      <H3>Familie en vrienden</H3>
      {plan.parties.some((p) => p.informal) ? (
        <ul>{plan.parties.filter((p) => p.informal).map((p) => <li key={p.id}>{p.organisationName}: {p.role}{p.contact ? ` (${p.contact})` : ''}{p.byResident ? ' · toegevoegd door de inwoner' : ''}</li>)}</ul>
      ) : <P className="mw-muted">Nog niemand uit het eigen netwerk.</P>}

      {error ? <Alert type="error">{error.message}</Alert> : inbox && (
        <>
          <H3>Van de inwoner {unread > 0 && <StatusBadge status="warning">{unread} ongelezen</StatusBadge>}</H3>
          {inbox.accounts.length === 0 && <P className="mw-muted">Niemand van dit huishouden heeft een eigen account.</P>}
          {inbox.messages.length ? (
            <ul className="mw-plain-list">
              {inbox.messages.map((m) => (
                <li key={m.id} className="mw-card"><span className="mw-strong">{m.kindText}</span> van {m.from}, {formatDateTime(m.createdAt)}{!m.read && <> · <StatusBadge status="warning">Nieuw</StatusBadge></>}<P>{m.body}</P></li>
              ))}
            </ul>
          ) : <P className="mw-muted">Geen berichten.</P>}
          {unread > 0 && <SecondaryButton type="button" onClick={async () => { await api.post('/cases/{id}/inwoner/gelezen', { path: { id }, body: {} }); load(); }}>Alles als gelezen markeren</SecondaryButton>}
          <H3>Voorstellen van de inwoner</H3>
          {inbox.proposals.length ? inbox.proposals.map((p) => <Proposal key={p.id} caseId={id} p={p} canEdit={ctx.canEdit} onDone={() => { load(); void ctx.reload(); }} />) : <P className="mw-muted">Geen voorstellen.</P>}
          <H3>Toestemming van de inwoner</H3>
          {inbox.consents.length ? (
            <ul>{inbox.consents.map((c, i) => <li key={i}>{formatDate(c.at)}: {c.by} {c.given ? 'gaf toestemming' : 'trok de toestemming in'}: {c.party} mag {c.purposeText}.</li>)}</ul>
          ) : <P className="mw-muted">De inwoner heeft nog geen toestemming gegeven of ingetrokken.</P>}
          {ctx.canEdit && <SharedNote caseId={id} onSaved={ctx.reload} />}
        </>
      )}
    </section>
  );
}

function PointList({ items }: { items: Array<{ id: string; text: string; byResident: boolean }> }) {
  if (!items.length) return <P className="mw-muted">Nog niets.</P>;
  return <ul>{items.map((p) => <li key={p.id}>{p.text}{p.byResident ? ' · door de inwoner' : ''}</li>)}</ul>;
}

function AddPoint({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const [kind, setKind] = useState<'kracht' | 'zorg'>('kracht');
  const [text, setText] = useState('');
  const form = useFormId('kracht-zorg');
  const s = useSubmit();
  return (
    <form noValidate className="mw-card" onSubmit={async (e) => {
      e.preventDefault();
      if (await s.run(() => api.post('/cases/{id}/plan-points', { path: { id: caseId }, body: { kind, text } }))) {
        setText('');
        onSaved();
      }
    }}>
      <ErrorSummary form={form} error={s.error} labels={{ kind: 'Soort', text: 'Omschrijving' }} />
      <SelectField form={form} name="kind" label="Soort" value={kind} onChange={(e) => setKind(e.target.value as 'kracht' | 'zorg')} options={[{ value: 'kracht', label: 'Kracht (wat goed gaat)' }, { value: 'zorg', label: 'Zorg' }]} />
      <TextField form={form} name="text" label="Omschrijving" value={text} onChange={(e) => setText(e.target.value)} error={s.err('text')} />
      <PrimaryButton type="submit" disabled={s.busy}>Toevoegen aan het plan</PrimaryButton>
    </form>
  );
}

function Proposal({ caseId, p, canEdit, onDone }: { caseId: string; p: Inbox['proposals'][number]; canEdit: boolean; onDone: () => void }) {
  const [note, setNote] = useState('');
  const form = useFormId('voorstel');
  const s = useSubmit();
  const decide = async (accept: boolean) => {
    if (await s.run(() => api.post('/cases/{id}/inwoner/voorstellen', { path: { id: caseId }, body: { proposalId: p.id, accept, ...(note ? { note } : {}) } }))) onDone();
  };
  const label = { voorgesteld: 'Voorgesteld', aangenomen: 'Overgenomen als doel', afgewezen: 'Niet overgenomen' }[p.status];
  return (
    <div className="mw-card">
      <P><span className="mw-strong">{p.description}</span> ({p.domainText}) van {p.from}, {formatDate(p.createdAt)} · <StatusBadge status={p.status === 'aangenomen' ? 'active' : 'neutral'}>{label}</StatusBadge></P>
      {p.decisionNote && <P className="mw-muted">{p.decisionNote}</P>}
      {canEdit && p.status === 'voorgesteld' && (
        <>
          <ErrorSummary form={form} error={s.error} labels={{ note: 'Toelichting voor de inwoner' }} />
          <TextField form={form} name="note" label="Toelichting voor de inwoner (verplicht bij niet overnemen)" value={note} onChange={(e) => setNote(e.target.value)} error={s.err('note')} />
          <ButtonGroup>
            <PrimaryButton type="button" disabled={s.busy} onClick={() => decide(true)}>Overnemen als doel</PrimaryButton>
            <SecondaryButton type="button" disabled={s.busy} onClick={() => decide(false)}>Niet overnemen</SecondaryButton>
          </ButtonGroup>
        </>
      )}
    </div>
  );
}

function SharedNote({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormId('gedeeld');
  const s = useSubmit();
  return (
    <form noValidate className="mw-card" onSubmit={async (e) => {
      e.preventDefault();
      if (await s.run(() => api.post('/cases/{id}/notes', { path: { id: caseId }, body: { purpose: 'hulpverlening', body, sharedWithResident: true } }))) {
        setBody('');
        setSent(true);
        onSaved();
      }
    }}>
      <H3>Notitie voor de inwoner</H3>
      <P className="mw-muted">Deze notitie ziet de inwoner op de eigen pagina. Andere notities ziet de inwoner niet.</P>
      {sent && <Alert type="ok" live>De notitie staat op de pagina van de inwoner.</Alert>}
      <ErrorSummary form={form} error={s.error} labels={{ body: 'Notitie' }} />
      <TextAreaField form={form} name="body" label="Notitie" value={body} onChange={(e) => setBody(e.target.value)} error={s.err('body')} rows={3} />
      <PrimaryButton type="submit" disabled={s.busy}>Delen met de inwoner</PrimaryButton>
    </form>
  );
}
