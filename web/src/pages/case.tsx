// SPDX-License-Identifier: EUPL-1.2
/**
 * Casus: one page per case file. The overview (household, regisseur, Wams phase, what needs
 * attention) comes first; every other part (plan, zelfredzaamheid, budget, ...) is a tab with its own
 * address `/casussen/{id}/{part}`, one component per file in `./case/` (registered in
 * `./case/tabs.ts`). Each part is editable in place. Saving sends If-Match with the version the user started
 * from; a 412 (someone else saved first) keeps what the user typed and offers the latest version.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type CaseFile } from '../api/client';
import { CASE_STATUS_LABELS, ORIGIN_LABELS, WAMS_LABELS, formatDate, formatDateTime, label, todayIso } from '../format';
import { Link, navigate } from '../router';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, TextAreaField, TextField, useFormId, useSubmit } from '../ui';
import { useUsers } from './cases';
import { useSession } from '../app';
import { CASE_TABS, type CaseTab } from './case/tabs';

export interface CaseCtx {
  file: CaseFile;
  etag: string | null;
  reload: () => Promise<CaseFile | undefined>;
  canEdit: boolean;
  /** The user's organisation (the income part starts its form with it). */
  organisationName: string;
}

export function CasePage({ id, tab = '' }: { id: string; tab?: string }) {
  const { me } = useSession();
  const [file, setFile] = useState<CaseFile | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    try {
      const r = await api.get('/cases/{id}', { path: { id } });
      setFile(r.data);
      setEtag(r.etag);
      setError(null);
      return r.data;
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      return undefined;
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);
  const current = CASE_TABS.find((t) => t.slug === tab);
  useEffect(() => {
    document.title = file ? `${current && current.slug ? `${current.label} · ` : ''}${file.case.title} · Casus · Maatwerk` : 'Casus · Maatwerk';
  }, [file, current]);
  // Old addresses (/casussen/{id}#budget) lead to the part's own page.
  useEffect(() => {
    const hash = location.hash.slice(1);
    if (!tab && hash && CASE_TABS.some((t) => t.slug === hash)) navigate(`/casussen/${id}/${hash}`, { replace: true });
  }, [id, tab]);

  if (error && !file)
    return (
      <>
        <H1>Casus</H1>
        <Alert type="error" live>
          {error.status === 404 ? 'Deze casus bestaat niet of u heeft er geen toegang toe.' : error.message}
        </Alert>
        <P>
          <Link href="/casussen">Terug naar Mijn casussen</Link>
        </P>
      </>
    );
  if (!file) return <Loading what="Het casusdossier" />;

  const ctx: CaseCtx = { file, etag, reload, canEdit: file.permissions.edit, organisationName: me.organisation.name };
  const c = file.case;
  const tabs = CASE_TABS.filter((t) => t.show(file));
  const shown = tabs.find((t) => t.slug === tab);
  return (
    <>
      <nav aria-label="Kruimelpad" className="mw-breadcrumb">
        <Link href="/casussen">Mijn casussen</Link> <span aria-hidden="true">›</span>{' '}
        {shown && shown.slug ? (
          <>
            <Link href={`/casussen/${c.id}`}>{c.title}</Link> <span aria-hidden="true">›</span> <span aria-current="page">{shown.label}</span>
          </>
        ) : (
          <span aria-current="page">{c.title}</span>
        )}
      </nav>
      <H1>{c.title}</H1>
      <P>
        {householdTitle(c.householdName)} · regisseur {c.regisseurName} · {c.teamName} · {label(WAMS_LABELS, c.wamsPhase)}{' '}
        <StatusBadge status={c.status === 'open' ? 'active' : 'inactive'}>{label(CASE_STATUS_LABELS, c.status)}</StatusBadge>
      </P>
      <CaseTabNav caseId={c.id} tabs={tabs} current={shown?.slug ?? null} />
      {c.status === 'gesloten' && (
        <Alert type="info">
          Deze casus is gesloten op {formatDate(c.closedOn)}
          {c.closeReason ? `: ${c.closeReason}` : ''}. Heropen de casus om hem te wijzigen.
        </Alert>
      )}
      {shown ? (
        <shown.Component ctx={ctx} />
      ) : (
        <>
          <H2>Dit onderdeel is er niet</H2>
          <P>
            Dit onderdeel bestaat niet of u mag het bij deze casus niet zien. <Link href={`/casussen/${c.id}`}>Naar het overzicht van de casus</Link>
          </P>
        </>
      )}
    </>
  );
}

/** "Huishouden Cindy" — without doubling the word when the name already starts with it. */
export const householdTitle = (name: string) => (/^huishouden\b/i.test(name) ? name : `Huishouden ${name}`);

/** The parts of the case as links (each an address of its own), the current one marked. */
function CaseTabNav({ caseId, tabs, current }: { caseId: string; tabs: CaseTab[]; current: string | null }) {
  return (
    <nav aria-label="Onderdelen van de casus" className="mw-tabs">
      <ul className="mw-tabs__list">
        {tabs.map((t) => (
          <li key={t.slug}>
            <Link href={`/casussen/${caseId}${t.slug ? `/${t.slug}` : ''}`} className={`mw-tabs__link${t.slug === current ? ' mw-tabs__link--current' : ''}`} aria-current={t.slug === current ? 'page' : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface CaseDraft {
  title: string;
  summary: string;
  regisseurId: string;
  wamsPhase: string;
}
const draftOf = (f: CaseFile): CaseDraft => ({ title: f.case.title, summary: f.case.summary, regisseurId: f.case.regisseurId, wamsPhase: f.case.wamsPhase });

export function CaseSection({ ctx }: { ctx: CaseCtx }) {
  const { file } = ctx;
  const c = file.case;
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  return (
    <section className="mw-section" aria-labelledby="casus">
      <H2 id="casus">Casus</H2>
      <H2Phase file={file} />
      {!editing && (
        <>
          <Facts
            items={[
              ['Samenvatting', c.summary || '—'],
              ['Regisseur', c.regisseurName],
              ['Wams-fase', label(WAMS_LABELS, c.wamsPhase)],
              ['Aanleiding', label(ORIGIN_LABELS, c.origin)],
              ['Geopend op', formatDate(c.openedOn)],
              ['Laatst gewijzigd', formatDateTime(c.updatedAt)],
            ]}
          />
          <ButtonGroup>
            {ctx.canEdit && <SecondaryButton onClick={() => setEditing(true)}>Casus wijzigen</SecondaryButton>}
            {ctx.canEdit && !closing && <SecondaryButton onClick={() => setClosing(true)}>Casus sluiten</SecondaryButton>}
            {c.status === 'gesloten' && file.plan && !closing && <SecondaryButton onClick={() => setClosing(true)}>Casus heropenen</SecondaryButton>}
          </ButtonGroup>
        </>
      )}
      {editing && <CaseEditor ctx={ctx} onDone={() => setEditing(false)} />}
      {closing && <CloseForm ctx={ctx} onDone={() => setClosing(false)} />}
    </section>
  );
}

function H2Phase({ file }: { file: CaseFile }) {
  const started = new Map(file.phases.map((p) => [p.phase, p.startedOn]));
  return (
    <ol className="mw-phases" aria-label="Wams-fasen">
      {(['verkenning', 'werkplan', 'coordinatie'] as const).map((p) => (
        <li key={p} aria-current={file.case.wamsPhase === p ? 'step' : undefined}>
          {WAMS_LABELS[p]}
          {started.has(p) ? <span className="mw-muted"> (vanaf {formatDate(started.get(p))})</span> : ''}
          {file.case.wamsPhase === p && <span className="mw-visually-hidden"> (huidige fase)</span>}
        </li>
      ))}
    </ol>
  );
}

function CaseEditor({ ctx, onDone }: { ctx: CaseCtx; onDone: () => void }) {
  const form = useFormId('casus');
  // The version the user started from: what If-Match sends, and what "changed" is measured against.
  const [base, setBase] = useState(() => ({ draft: draftOf(ctx.file), etag: ctx.etag }));
  const [draft, setDraft] = useState<CaseDraft>(base.draft);
  const [latest, setLatest] = useState<CaseDraft | null>(null);
  const { busy, error, setError, run, err } = useSubmit();
  const users = useUsers();
  const regisseurs = users.filter((u) => u.active && (u.roles.includes('professional') || u.roles.includes('teamleider')) && u.teamId === ctx.file.case.teamId);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const body: Record<string, string> = {};
    for (const k of Object.keys(draft) as Array<keyof CaseDraft>) if (draft[k] !== base.draft[k]) body[k] = draft[k];
    if (Object.keys(body).length === 0) return onDone();
    const r = await run(() => api.patch('/cases/{id}', { path: { id: ctx.file.case.id }, body, ifMatch: base.etag ?? undefined }));
    if (r) {
      await ctx.reload();
      onDone();
    }
  };
  const loadLatest = async () => {
    const f = await ctx.reload();
    if (!f) return;
    const fresh = draftOf(f);
    // Keep what the user changed; take the other person's values for the fields the user left alone,
    // so saving again does not silently undo their change. Saves now go on top of the latest version.
    const merged = { ...draft };
    for (const k of Object.keys(fresh) as Array<keyof CaseDraft>) if (draft[k] === base.draft[k]) merged[k] = fresh[k];
    setDraft(merged);
    setBase({ draft: fresh, etag: `"${f.case.version}"` });
    setLatest(fresh);
    setError(null);
  };
  const labels = { title: 'Titel', summary: 'Samenvatting', regisseurId: 'Regisseur', wamsPhase: 'Wams-fase', phaseStartedOn: 'Fase gestart op' };
  return (
    <form onSubmit={save} noValidate aria-label="Casus wijzigen">
      <ErrorSummary form={form} error={error} labels={labels} />
      {error?.status === 412 && (
        <div className="mw-card" role="region" aria-label="Intussen gewijzigd">
          <P>Iemand anders heeft deze casus intussen gewijzigd. Uw invoer staat hieronder nog in het formulier en is niet opgeslagen.</P>
          <SecondaryButton onClick={loadLatest}>Nieuwste versie laden</SecondaryButton>
        </div>
      )}
      {latest && (
        <Alert type="info" live>
          De nieuwste versie is geladen. Uw invoer is bewaard; controleer hem en sla opnieuw op. Nieuwste titel: “{latest.title}”, fase: {label(WAMS_LABELS, latest.wamsPhase)}.
        </Alert>
      )}
      <TextField form={form} name="title" label="Titel" value={draft.title} maxLength={160} onChange={(e) => setDraft({ ...draft, title: e.target.value })} error={err('title')} />
      <TextAreaField form={form} name="summary" label="Samenvatting" description="Wat speelt er, in de woorden van het huishouden." value={draft.summary} maxLength={4000} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} error={err('summary')} />
      <div className="mw-grid-2">
        <SelectField form={form} name="regisseurId" label="Regisseur" value={draft.regisseurId} onChange={(e) => setDraft({ ...draft, regisseurId: e.target.value })} error={err('regisseurId')} options={(regisseurs.some((u) => u.id === draft.regisseurId) ? [] : [{ value: draft.regisseurId, label: ctx.file.case.regisseurName }]).concat(regisseurs.map((u) => ({ value: u.id, label: u.displayName })))} />
        <SelectField form={form} name="wamsPhase" label="Wams-fase" value={draft.wamsPhase} onChange={(e) => setDraft({ ...draft, wamsPhase: e.target.value })} error={err('wamsPhase')} options={Object.entries(WAMS_LABELS).map(([value, l]) => ({ value, label: l }))} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Opslaan</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function CloseForm({ ctx, onDone }: { ctx: CaseCtx; onDone: () => void }) {
  const form = useFormId('sluiten');
  const closed = ctx.file.case.status === 'gesloten';
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(todayIso());
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const id = ctx.file.case.id;
    const r = await run(() => (closed ? api.post('/cases/{id}/reopen', { path: { id }, body: { reason }, ifMatch: ctx.etag ?? undefined }) : api.post('/cases/{id}/close', { path: { id }, body: { reason, closedOn: on }, ifMatch: ctx.etag ?? undefined })));
    if (r) {
      await ctx.reload();
      onDone();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={closed ? 'Casus heropenen' : 'Casus sluiten'} className="mw-card">
      <ErrorSummary form={form} error={error} labels={{ reason: 'Reden', closedOn: 'Gesloten op' }} />
      <TextAreaField form={form} name="reason" label={closed ? 'Reden om te heropenen' : 'Reden van sluiten'} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
      {!closed && <TextField form={form} name="closedOn" label="Gesloten op" type="date" value={on} onChange={(e) => setOn(e.target.value)} error={err('closedOn')} />}
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>{closed ? 'Casus heropenen' : 'Casus sluiten'}</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}
