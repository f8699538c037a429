// SPDX-License-Identifier: EUPL-1.2
/**
 * On the case page: the partners in the plan (ADR 0017). The regisseur invites a professional of a
 * partner organisation for a stated purpose with the resident's consent, sees each partner's access
 * today and their messages, answers them on the thread, records the resident's withdrawal of a consent
 * and ends an invitation (the effect said before confirming; access ends at once).
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { formatDate, formatDateTime, todayIso } from '../format';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, H2, H3, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, TextAreaField, TextField, useFormId, useSubmit } from '../ui';
import type { CaseCtx } from './case';

type Invitation = Schemas['PartnerUitnodiging'];
const plusYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

export function PartnersSection({ ctx }: { ctx: CaseCtx }) {
  const caseId = ctx.file.case.id;
  const [items, setItems] = useState<Invitation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setItems((await api.get('/cases/{id}/partner-invitations', { path: { id: caseId } })).data.items);
    } catch (e) {
      if (e instanceof ApiError) setError(e.message);
    }
  }, [caseId]);
  useEffect(() => void load(), [load]);
  return (
    <section className="mw-section" aria-labelledby="partners">
      <H2 id="partners">Partners in het plan</H2>
      <P className="mw-muted">Een partner ziet alleen wat het doel nodig heeft: de doelen en acties van zijn organisatie, de betrokkenen met hun contactgegevens en de voornamen en leeftijdsgroepen van het huishouden. Trekt de inwoner de toestemming in, dan stopt de toegang direct.</P>
      {error && <Alert type="error">{error}</Alert>}
      {items && items.length === 0 && <P>Er zijn nog geen partners uitgenodigd.</P>}
      {items?.map((i) => <InvitationCard key={i.id} inv={i} onChange={load} canEdit={ctx.canEdit} />)}
      {ctx.canEdit && ctx.file.case.status === 'open' && <InviteForm ctx={ctx} onDone={load} />}
    </section>
  );
}

function InvitationCard({ inv, onChange, canEdit }: { inv: Invitation; onChange: () => Promise<void>; canEdit: boolean }) {
  const form = useFormId('intrekken');
  const { busy, error, run, err } = useSubmit();
  const [open, setOpen] = useState(false);
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = async () => {
    if (!inv.consent) return;
    const r = await run(() => api.post('/consents/{id}/withdraw', { path: { id: inv.consent!.id }, body: { reason } }));
    if (r) {
      // Refresh first: closing the form before the new state arrives would show the old buttons again for a moment.
      await onChange();
      setOpen(false);
    }
  };
  return (
    <article className="mw-card" aria-labelledby={`partner-${inv.id}`}>
      <H3 id={`partner-${inv.id}`}>
        {inv.partnerUserName} · {inv.partnerOrganisationName}
      </H3>
      <P>
        <StatusBadge status={inv.access === 'toegang' ? 'active' : 'inactive'}>{inv.accessLabel}</StatusBadge> Voor de partij {inv.partyName}: {inv.purpose}
      </P>
      {inv.consent && (
        <P className="mw-muted">
          Toestemming van {inv.consent.personName}: {inv.consent.stateLabel.toLowerCase()}
          {inv.consent.state === 'geldig' ? `, tot en met ${formatDate(inv.consent.validUntil)}` : ''}. Gedeeld: {inv.consent.dataLabels.join('; ').toLowerCase()}.
        </P>
      )}
      {inv.messages.length > 0 && (
        <>
          <p className="utrecht-paragraph mw-strong">Berichten</p>
          <ul className="utrecht-unordered-list">
            {inv.messages.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                {formatDateTime(m.createdAt)} — {m.authorName} ({m.authorOrganisationName}{m.fromPartner ? '' : ', antwoord aan de partner'}): {m.body}
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit && inv.access === 'toegang' && <ReplyForm inv={inv} onDone={onChange} />}
      {canEdit && (inv.consent?.state === 'geldig' || inv.status === 'actief') && !open && !ending && (
        <ButtonGroup>
          {inv.consent?.state === 'geldig' && (
            <SecondaryButton type="button" onClick={() => setOpen(true)}>
              Toestemming intrekken<span className="mw-visually-hidden">: {inv.partnerUserName}</span>
            </SecondaryButton>
          )}
          {inv.status === 'actief' && (
            <SecondaryButton type="button" onClick={() => setEnding(true)}>
              Uitnodiging beëindigen<span className="mw-visually-hidden">: {inv.partnerUserName}</span>
            </SecondaryButton>
          )}
        </ButtonGroup>
      )}
      {ending && <EndForm inv={inv} onClose={() => setEnding(false)} onDone={onChange} />}
      {open && (
        <form onSubmit={(e) => { e.preventDefault(); void withdraw(); }} noValidate aria-label={`Toestemming intrekken voor ${inv.partnerUserName}`}>
          <ErrorSummary form={form} error={error} labels={{ reason: 'Reden' }} />
          <TextAreaField form={form} name="reason" label="Reden (wat de inwoner zei)" value={reason} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
          <ButtonGroup>
            <PrimaryButton type="submit" disabled={busy}>
              Intrekken, toegang direct stoppen
            </PrimaryButton>
            <SecondaryButton type="button" onClick={() => setOpen(false)}>
              Annuleren
            </SecondaryButton>
          </ButtonGroup>
        </form>
      )}
    </article>
  );
}

/** Ending an invitation: the effect is said before the regisseur confirms; the partner's access ends at once (ADR 0028). */
function EndForm({ inv, onClose, onDone }: { inv: Invitation; onClose: () => void; onDone: () => Promise<void> }) {
  const form = useFormId('beeindigen');
  const { busy, error, run, err } = useSubmit();
  const [reason, setReason] = useState('');
  const end = async () => {
    const r = await run(() => api.post('/partner-invitations/{id}/end', { path: { id: inv.id }, body: { reason } }));
    if (r) {
      await onDone();
      onClose();
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void end(); }} noValidate aria-labelledby={`${form}-vraag`} className="mw-confirm">
      <H3 id={`${form}-vraag`}>Uitnodiging van {inv.partnerUserName} beëindigen?</H3>
      <P>
        Als u beëindigt, kan {inv.partnerUserName} van {inv.partnerOrganisationName} deze casus meteen niet meer openen: geen doelen, acties, betrokkenen of berichten meer. {inv.partnerUserName} krijgt daarvan een melding. Wat al gedeeld is, blijft bij {inv.partnerOrganisationName}.
        {inv.consent ? ` De toestemming van ${inv.consent.personName} blijft vastgelegd; een nieuwe uitnodiging vraagt opnieuw toestemming.` : ''}
      </P>
      <ErrorSummary form={form} error={error} labels={{ reason: 'Reden' }} />
      <TextAreaField form={form} name="reason" label="Reden van beëindigen" value={reason} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
      <ButtonGroup>
        <PrimaryButton type="submit" disabled={busy}>
          Beëindigen, toegang direct stoppen
        </PrimaryButton>
        <SecondaryButton type="button" onClick={onClose}>
          Annuleren
        </SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

/** Answering the partner on the invitation's thread; the partner gets a melding. */
function ReplyForm({ inv, onDone }: { inv: Invitation; onDone: () => Promise<void> }) {
  const form = useFormId('antwoord');
  const { busy, error, run, err } = useSubmit();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const send = async () => {
    setSent(false);
    const r = await run(() => api.post('/partner-invitations/{id}/messages', { path: { id: inv.id }, body: { body } }));
    if (r) {
      setBody('');
      setSent(true);
      await onDone();
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void send(); }} noValidate aria-label={`Antwoord aan ${inv.partnerUserName}`}>
      <ErrorSummary form={form} error={error} labels={{ body: 'Antwoord' }} />
      {sent && <Alert type="ok" live>Uw antwoord is verstuurd. {inv.partnerUserName} krijgt een melding.</Alert>}
      <TextAreaField form={form} name="body" label={`Antwoord aan ${inv.partnerUserName}`} value={body} onChange={(e) => setBody(e.target.value)} error={err('body')} maxLength={1000} />
      <SecondaryButton type="submit" disabled={busy}>
        Antwoord versturen
      </SecondaryButton>
    </form>
  );
}

function InviteForm({ ctx, onDone }: { ctx: CaseCtx; onDone: () => Promise<void> }) {
  const form = useFormId('uitnodigen');
  const parties = ctx.file.plan?.parties ?? [];
  const members = ctx.file.household.members;
  const [orgs, setOrgs] = useState<Array<{ id: string; name: string }>>([]);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [v, setV] = useState({ partyId: parties[0]?.id ?? '', partnerOrganisationId: '', partnerLogin: '', purpose: '', personId: members.find((m) => m.role === 'aanvrager')?.id ?? members[0]?.id ?? '', validUntil: plusYear(todayIso()) });
  const [agreed, setAgreed] = useState(false);
  const { busy, error, setError, run, err } = useSubmit();
  useEffect(() => {
    if (open) api.get('/organisations').then((r) => setOrgs(r.data.items.filter((o) => o.id !== ctx.file.case.organisationId)), () => undefined);
  }, [open, ctx.file.case.organisationId]);
  const pickParty = (partyId: string) => {
    const p = parties.find((x) => x.id === partyId);
    const org = orgs.find((o) => o.id === p?.partyOrganisationId || o.name === p?.organisationName);
    setV({ ...v, partyId, partnerOrganisationId: org?.id ?? v.partnerOrganisationId });
  };
  const submit = async () => {
    if (!agreed) {
      setError(new ApiError(400, { title: 'Toestemming ontbreekt', detail: 'Vink aan dat de inwoner toestemming heeft gegeven.', invalidParams: [{ name: 'toestemming', reason: 'de inwoner moet toestemming geven voordat u een partner uitnodigt' }] }));
      return;
    }
    const r = await run(() => api.post('/cases/{id}/partner-invitations', { path: { id: ctx.file.case.id }, body: { partyId: v.partyId, partnerOrganisationId: v.partnerOrganisationId, partnerLogin: v.partnerLogin, purpose: v.purpose, consent: { personId: v.personId, validUntil: v.validUntil } } }));
    if (r) {
      setDone(`${r.data.partnerUserName} is uitgenodigd en kan nu meekijken.`);
      setOpen(false);
      setAgreed(false);
      setV({ ...v, partnerLogin: '', purpose: '' });
      await onDone();
    }
  };
  if (parties.length === 0) return <P>Voeg eerst de partnerorganisatie toe als betrokken partij in het plan.</P>;
  const person = members.find((m) => m.id === v.personId)?.name ?? 'de inwoner';
  return (
    <>
      {done && <Alert type="ok" live>{done}</Alert>}
      {!open ? (
        <PrimaryButton type="button" onClick={() => { setDone(null); setOpen(true); }}>
          Partner uitnodigen
        </PrimaryButton>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate aria-label="Partner uitnodigen">
          <H3>Partner uitnodigen</H3>
          <ErrorSummary form={form} error={error} labels={{ partyId: 'Betrokken partij', partnerOrganisationId: 'Organisatie', partnerLogin: 'Gebruikersnaam of e-mailadres', purpose: 'Doel', 'consent.personId': 'Wie geeft toestemming', 'consent.validUntil': 'Toestemming geldig tot en met', personId: 'Wie geeft toestemming', validUntil: 'Toestemming geldig tot en met', toestemming: 'Toestemming' }} />
          <SelectField form={form} name="partyId" label="Betrokken partij" description="De acties van deze partij worden de acties van de partner." value={v.partyId} onChange={(e) => pickParty(e.target.value)} error={err('partyId')} options={parties.map((p) => ({ value: p.id, label: p.organisationName }))} />
          <SelectField form={form} name="partnerOrganisationId" label="Organisatie van de partner" value={v.partnerOrganisationId} onChange={(e) => setV({ ...v, partnerOrganisationId: e.target.value })} error={err('partnerOrganisationId')} options={[{ value: '', label: 'Kies een organisatie' }, ...orgs.map((o) => ({ value: o.id, label: o.name }))]} />
          <TextField form={form} name="partnerLogin" label="Gebruikersnaam of e-mailadres van de professional" value={v.partnerLogin} onChange={(e) => setV({ ...v, partnerLogin: e.target.value })} error={err('partnerLogin')} autoComplete="off" />
          <TextAreaField form={form} name="purpose" label="Doel" description="Waarvoor kijkt de partner mee? Dit doel staat ook in de toestemming." value={v.purpose} onChange={(e) => setV({ ...v, purpose: e.target.value })} error={err('purpose')} />
          <SelectField form={form} name="consent.personId" label="Wie geeft toestemming" value={v.personId} onChange={(e) => setV({ ...v, personId: e.target.value })} error={err('consent.personId') ?? err('personId')} options={members.map((m) => ({ value: m.id, label: m.name }))} />
          <TextField form={form} name="consent.validUntil" label="Toestemming geldig tot en met" type="date" value={v.validUntil} onChange={(e) => setV({ ...v, validUntil: e.target.value })} error={err('consent.validUntil') ?? err('validUntil')} />
          <CheckboxField form={form} name="toestemming" label={`${person} geeft toestemming om de doelen en acties van deze partij, de betrokkenen met hun contactgegevens en de voornamen en leeftijdsgroepen van het huishouden te delen, voor dit doel, tot en met ${formatDate(v.validUntil)}. Intrekken kan altijd.`} checked={agreed} onChange={setAgreed} />
          <ButtonGroup>
            <PrimaryButton type="submit" disabled={busy}>
              Uitnodigen met toestemming
            </PrimaryButton>
            <SecondaryButton type="button" onClick={() => setOpen(false)}>
              Annuleren
            </SecondaryButton>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
