// SPDX-License-Identifier: EUPL-1.2
/**
 * One knelpunt (issue 13, item 6): its facts, the Omgekeerde Toets, the business case, consent,
 * the ladder so far, overbruggingen and contacts from the Maatwerkregister, and its history.
 * Escalating is deliberate: choose the level and a reason, see the deadline and — for another
 * organisation — exactly what it will receive, each removal marked, edit it, then confirm.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { countText, KNELPUNT_STATUS_LABELS, formatDate, formatDateTime, label, todayIso } from '../format';
import { Link } from '../router';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';
import { KnelpuntFacts, OUTCOME_LABELS } from './loket';

type File = Schemas['KnelpuntFile'];
type Preview = Schemas['EscalationPreview'];

const EVENT_LABELS: Record<string, string> = {
  aangemaakt: 'Vastgelegd', gewijzigd: 'Gewijzigd', geescaleerd: 'Geëscaleerd', teruggedateerd: 'Teruggedateerd', toestemming_gegeven: 'Toestemming gegeven', toestemming_ingetrokken: 'Toestemming ingetrokken',
  contact_gekoppeld: 'Contact gekoppeld', signaal: 'Structureel signaal', ingetrokken: 'Ingetrokken', besluit_toegekend: 'Besluit: toegekend', besluit_afgewezen: 'Besluit: afgewezen',
  besluit_overbrugd: 'Besluit: overbrugd', besluit_doorverwezen: 'Besluit: doorverwezen', overbrugging_afgerekend: 'Overbrugging afgerekend', overbrugging_gecorrigeerd: 'Afrekening gecorrigeerd',
  overbrugging_geaccepteerd: 'Financier accepteert', overbrugging_geweigerd: 'Financier weigert',
};
/** Replace ISO dates in history lines by Dutch dates ("naar Doorbraaktafel, uiterlijk 2026-03-02" → "… 2 maart 2026"). */
const dutchDates = (s: string) => s.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => formatDate(d));

export function KnelpuntPage({ id }: { id: string }) {
  const { has } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(() => {
    api.get('/knelpunten/{id}', { path: { id } }).then((r) => setFile(r.data), (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(() => {
    document.title = 'Knelpunt · Maatwerk';
    load();
  }, [load]);
  if (error) return (<><H1>Knelpunt</H1><Alert type="error">{error.message}</Alert></>);
  if (!file) return <Loading what="Het knelpunt" />;
  const k = file.knelpunt;
  const works = has('professional', 'teamleider');
  const active = k.status === 'open' || k.status === 'in_escalatie' || k.status === 'afgewezen';
  return (
    <>
      {works && <P><Link href={`/casussen/${k.caseId}`}>← Naar de casus</Link></P>}
      <H1>{k.solutionNeeded}</H1>
      {done && <Alert type="ok" live>{done}</Alert>}
      <Facts items={[
        ['Status', label(KNELPUNT_STATUS_LABELS, k.status)],
        ['Trede en termijn', k.currentLevelName ? `${k.currentLevelName}${k.currentDeadline ? `, besluit uiterlijk ${formatDate(k.currentDeadline)}` : ''}` : '—'],
        ['Vastgelegd', `${formatDate(k.createdOn)}${k.createdByName ? ` door ${k.createdByName}` : ''}${k.backdateReason ? ` (teruggedateerd: ${k.backdateReason})` : ''}`],
        ['Toestemming om namen te delen', k.consentToShare ? `Ja, vastgelegd op ${formatDate(k.consentRecordedOn)}${k.consentRecordedBy ? ` door ${k.consentRecordedBy}` : ''}` : 'Nee: bij overdracht alleen rollen en leeftijden'],
      ]} />
      {works && active && <ConsentButton k={k} onDone={(m) => { setDone(m); load(); }} />}
      <KnelpuntFacts k={k} toets={{ ruleGoal: k.toetsRuleGoal, counterproductive: k.toetsCounterproductive, proportionate: k.toetsProportionate }} businessCase={file.businessCase} />
      {works && active && <EscalateSection file={file} onDone={(m) => { setDone(m); load(); }} />}
      <section className="mw-section" aria-labelledby="treden-kop">
        <H2 id="treden-kop">De ladder tot nu toe</H2>
        {file.steps.length === 0 ? <P>Nog niet geëscaleerd.</P> : (
          <Table caption={<span className="mw-visually-hidden">Treden van dit knelpunt</span>} head={['Trede', 'Sinds', 'Termijn', 'Besluit', 'Toelichting']}>
            {file.steps.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <Td>{s.levelName}{s.deciderOrganisationName ? ` (${s.deciderOrganisationName})` : ''}</Td>
                <Td>{formatDate(s.escalatedOn)}{s.backdateReason ? ' (teruggedateerd)' : ''}</Td>
                <Td>{formatDate(s.deadline)}</Td>
                <Td>{s.outcome ? `${label(OUTCOME_LABELS, s.outcome)}, ${formatDate(s.decidedOn)}` : label({ open: 'Wacht op besluit', doorgeschoven: 'Verder geëscaleerd', vervallen: 'Vervallen', besloten: 'Besloten' }, s.status)}</Td>
                <Td>{s.decisionText ?? s.reason ?? '—'}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
      {file.overbruggingen.length > 0 && (
        <section className="mw-section" aria-labelledby="kob-kop">
          <H2 id="kob-kop">Overbruggingen</H2>
          <ul className="utrecht-unordered-list">
            {file.overbruggingen.map((o) => (
              <li key={o.id} className="utrecht-unordered-list__item">
                {o.help}: voorlopig {o.funderOrganisationName}; {o.status === 'afgerekend' ? `afgerekend op ${formatDate(o.settledOn)}` : 'nog niet afgerekend'}. <Link href="/loket">Naar de overbruggingen</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ContactsSection file={file} onDone={(m) => { setDone(m); load(); }} />
      <section className="mw-section" aria-labelledby="gesch-kop">
        <H2 id="gesch-kop">Geschiedenis</H2>
        <ol className="utrecht-ordered-list">
          {file.history.map((e, i) => (
            <li key={i} className="utrecht-ordered-list__item">
              <span className="mw-strong">{label(EVENT_LABELS, e.kind)}</span> · {formatDateTime(e.at)} · {e.userName}{e.userOrganisation ? ` (${e.userOrganisation})` : ''}
              {e.detail && <div className="mw-muted">{dutchDates(e.detail)}</div>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function ConsentButton({ k, onDone }: { k: File['knelpunt']; onDone: (m: string) => void }) {
  const { busy, error, run } = useSubmit();
  const toggle = async () => {
    const r = await run(() => api.post('/knelpunten/{id}/consent', { path: { id: k.id }, body: { given: !k.consentToShare } }));
    if (r) onDone(k.consentToShare ? 'Toestemming ingetrokken: bij een overdracht worden namen weer vervangen door rollen.' : 'Toestemming vastgelegd: bij een overdracht mogen namen en geboortejaren mee.');
  };
  return (
    <>
      {error && <Alert type="error" live>{error.message}</Alert>}
      <ButtonGroup>
        <SecondaryButton onClick={toggle} disabled={busy}>{k.consentToShare ? 'Toestemming intrekken' : 'Toestemming van de inwoner vastleggen'}</SecondaryButton>
      </ButtonGroup>
    </>
  );
}

// ---- escalate deliberately: level, reason, date, preview, confirm ----

function EscalateSection({ file, onDone }: { file: File; onDone: (m: string) => void }) {
  const form = useFormId('escaleren');
  const [levels, setLevels] = useState<Schemas['EscalationLevel'][]>([]);
  const [v, setV] = useState({ levelId: '', reason: '', on: '', backdateReason: '' });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const { busy, error, run, err } = useSubmit();
  useEffect(() => {
    api.get('/escalation-ladder').then((r) => setLevels(r.data.levels), () => setLevels([]));
  }, []);
  const body = () => ({
    ...(v.levelId ? { levelId: v.levelId } : {}),
    ...(v.reason ? { reason: v.reason } : {}),
    ...(v.on && v.on !== todayIso() ? { on: v.on, backdateReason: v.backdateReason } : {}),
    ...(Object.keys(edits).length ? { handoverEdits: edits } : {}),
  });
  const doPreview = async (e?: React.FormEvent) => {
    e?.preventDefault();
    const r = await run(() => api.post('/knelpunten/{id}/escalation-preview', { path: { id: file.knelpunt.id }, body: body() }));
    if (r) setPreview(r.data);
  };
  const confirm = async () => {
    const r = await run(() => api.post('/knelpunten/{id}/escalations', { path: { id: file.knelpunt.id }, body: body() }));
    if (r) {
      setPreview(null);
      setEdits({});
      onDone(`Geëscaleerd naar ${r.data.step.levelName}; besluit uiterlijk ${formatDate(r.data.step.deadline)}.`);
    }
  };
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => { setV({ ...v, [k]: e.target.value }); setPreview(null); };
  const labels = { levelId: 'Naar trede', reason: 'Reden', on: 'Datum van de escalatie', backdateReason: 'Reden om terug te dateren', ...Object.fromEntries((preview?.handover?.fields ?? []).map((f) => [`handoverEdits.${f.field}`, f.label])) };
  return (
    <section className="mw-section" aria-labelledby="esc-kop">
      <H2 id="esc-kop">Escaleren</H2>
      <form onSubmit={doPreview} noValidate aria-label="Escaleren: trede, reden en voorbeeld">
        <ErrorSummary form={form} error={error} labels={labels} conflictWhat="dit knelpunt" />
        <SelectField form={form} name="levelId" label="Naar trede" description="Standaard de volgende trede; een andere trede vraagt een reden." value={v.levelId} onChange={set('levelId')} error={err('levelId')}
          options={[{ value: '', label: 'De volgende trede' }, ...levels.map((l) => ({ value: l.id, label: `${l.position}. ${l.name}${l.deciderOrganisationName ? ` (${l.deciderOrganisationName})` : ''}, ${countText(l.deadlineWorkingDays, 'werkdag', 'werkdagen')}` }))]} />
        <TextAreaField form={form} name="reason" label="Reden" value={v.reason} maxLength={1000} onChange={set('reason')} error={err('reason')} />
        <TextField form={form} name="on" type="date" label="Datum van de escalatie" description="Alleen invullen bij het overzetten van een lopende casus (hoogstens twee jaar terug). De termijn telt vanaf deze datum." value={v.on} max={todayIso()} onChange={set('on')} error={err('on')} />
        {v.on && v.on !== todayIso() && <TextField form={form} name="backdateReason" label="Reden om terug te dateren" value={v.backdateReason} maxLength={500} onChange={set('backdateReason')} error={err('backdateReason')} />}
        <ButtonGroup>
          <SecondaryButton type="submit" busy={busy} disabled={busy}>Voorbeeld en termijn bekijken</SecondaryButton>
        </ButtonGroup>
      </form>
      {preview && (
        <div className="mw-card" aria-live="polite">
          <H3>Naar {preview.level.name}: besluit uiterlijk {formatDate(preview.deadline)}</H3>
          {preview.missingLegitimation.length > 0 && <Alert type="warning">Vul eerst de Omgekeerde Toets in; zonder legitimatie escaleert een knelpunt niet.</Alert>}
          {preview.handover ? (
            <>
              <P>
                {preview.handover.receivingOrganisation} ontvangt precies het volgende. {preview.handover.withIdentifiers ? 'Met toestemming van de inwoner gaan namen en geboortejaren mee; andere gegevens (BSN, adres, telefoon) niet.' : 'Namen zijn vervangen door rollen; BSN, adres, telefoon en data gaan niet mee.'} Weggehaalde stukken zijn gemarkeerd; u kunt de tekst aanpassen en opnieuw laten controleren.
              </P>
              {preview.handover.fields.filter((f) => f.text).map((f) => (
                <div key={f.field} className="mw-preview-field">
                  <P className="mw-strong">{f.label}</P>
                  <p className="utrecht-paragraph">
                    {f.segments.map((s, i) => ('removed' in s ? (
                      <span key={i}>
                        <del className="mw-removed">{s.removed}</del> <mark className="mw-replacement">{s.replacement}</mark>
                        <span className="mw-visually-hidden"> (weggehaald: {s.kind})</span>
                      </span>
                    ) : <span key={i}>{s.text}</span>))}
                  </p>
                  <TextAreaField form={form} name={`handoverEdits.${f.field}`} label={`Aanpassen: ${f.label}`} value={edits[f.field] ?? f.text} maxLength={2000} onChange={(e) => setEdits({ ...edits, [f.field]: e.target.value })} error={err(`handoverEdits.${f.field}`)} />
                </div>
              ))}
              <ButtonGroup>
                <SecondaryButton onClick={() => void doPreview()} disabled={busy}>Opnieuw controleren</SecondaryButton>
              </ButtonGroup>
            </>
          ) : (
            <P>Deze trede is van uw eigen organisatie: er gaat niets naar een andere organisatie.</P>
          )}
          <ButtonGroup>
            <PrimaryButton type="button" onClick={confirm} busy={busy} disabled={busy || preview.missingLegitimation.length > 0}>Escalatie bevestigen</PrimaryButton>
            <SecondaryButton onClick={() => setPreview(null)}>Annuleren</SecondaryButton>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}

// ---- contacts from the Maatwerkregister ----

function ContactsSection({ file, onDone }: { file: File; onDone: (m: string) => void }) {
  const form = useFormId('contact');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Schemas['RegisterContact'][] | null>(null);
  const { busy, error, run } = useSubmit();
  const search = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.get('/maatwerkregister', { query: q ? { q } : {} }));
    if (r) setFound(r.data.items.filter((c) => !file.contacts.some((x) => x.id === c.id)));
  };
  const link = async (c: Schemas['RegisterContact']) => {
    const r = await run(() => api.post('/knelpunten/{id}/contacts', { path: { id: file.knelpunt.id }, body: { contactId: c.id } }));
    if (r) {
      setFound(null);
      onDone(`${c.name} (${c.contactOrganisation}) is gekoppeld aan dit knelpunt.`);
    }
  };
  return (
    <section className="mw-section" aria-labelledby="ct-kop">
      <H2 id="ct-kop">Contacten uit het Maatwerkregister</H2>
      {file.contacts.length === 0 ? <P>Nog geen contacten gekoppeld.</P> : (
        <ul className="utrecht-unordered-list">
          {file.contacts.map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item">{c.name}, {c.role ? `${c.role}, ` : ''}{c.contactOrganisation}{c.phone ? ` · ${c.phone}` : ''}{c.email ? ` · ${c.email}` : ''}{c.note ? <span className="mw-muted"> — {c.note}</span> : null}</li>
          ))}
        </ul>
      )}
      <form onSubmit={search} noValidate aria-label="Contact zoeken om te koppelen">
        {error && <Alert type="error" live>{error.message}</Alert>}
        <TextField form={form} name="q" label="Zoek een contactpersoon" description="Naam, organisatie, onderwerp of regio" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
        <ButtonGroup><SecondaryButton type="submit" disabled={busy}>Zoeken</SecondaryButton></ButtonGroup>
      </form>
      {found && found.length === 0 && <P>Geen contactpersonen gevonden.</P>}
      {found && found.length > 0 && (
        <ul className="utrecht-unordered-list">
          {found.slice(0, 10).map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item">
              {c.name}, {c.contactOrganisation} ({c.region || 'landelijk'}){' '}
              <SecondaryButton onClick={() => void link(c)} disabled={busy}>Koppelen<span className="mw-visually-hidden"> {c.name}</span></SecondaryButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
