// SPDX-License-Identifier: EUPL-1.2
/** The parts of the case page: household, assessment (with its chart), plan and notes. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, type Action, type Goal, type Note, type Party } from '../api/client';
import { useSession } from '../app';
import { ACTION_STATUS_LABELS, GOAL_STATUS_LABELS, MEMBER_ROLE_LABELS, NOTE_PURPOSE_LABELS, PARTY_STATUS_LABELS, formatDate, formatDateTime, label, todayIso } from '../format';
import { Alert, ButtonGroup, CheckboxField, ConflictNotice, ErrorSummary, H2, H3, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useDraft, useFormId, useSubmit } from '../ui';
import type { CaseCtx } from './case';
import { useLifeDomains, useUsers } from './cases';
import { ScoreChart } from './score-chart';

/**
 * A toggled form under a section: a button opens it and the cursor goes to its first field; saving
 * closes it with a confirmation that takes focus (so a screen reader hears it), cancelling just closes.
 */
export function Toggle({ label: text, children }: { label: string; children: (close: (saved?: unknown) => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const msg = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, [open]);
  useEffect(() => {
    if (saved) msg.current?.focus();
  }, [saved]);
  const close = (m?: unknown) => {
    setOpen(false);
    setSaved(typeof m === 'string' ? m : null);
  };
  if (!open)
    return (
      <>
        {saved && (
          <div ref={msg} tabIndex={-1} className="mw-confirm">
            <Alert type="ok" live>
              {saved}
            </Alert>
          </div>
        )}
        <SecondaryButton onClick={() => { setSaved(null); setOpen(true); }}>{text}</SecondaryButton>
      </>
    );
  return (
    <div className="mw-card" ref={box}>
      {children(close)}
    </div>
  );
}

const ageOn = (birth: string, on: string) => {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

// ---- household ----
export function HouseholdSection({ ctx }: { ctx: CaseCtx }) {
  const h = ctx.file.household;
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="mw-section" aria-labelledby="huishouden">
      <H2 id="huishouden">{/^huishouden\b/i.test(h.name) ? h.name : `Huishouden ${h.name}`}</H2>
      <P>
        {h.address ? `${h.address}${h.postcode ? `, ${h.postcode}` : ''}` : 'Geen adres vastgelegd.'}
      </P>
      {ctx.canEdit && <Toggle label="Huishouden wijzigen">{(close) => <HouseholdForm ctx={ctx} onDone={close} />}</Toggle>}
      <Table caption="Gezinsleden" head={['Naam', 'Rol', 'Geboortedatum', 'Leeftijd', 'BSN', ...(ctx.canEdit ? ['Wijzigen'] : [])]}>
        {h.members.map((m) => (
          <tr key={m.id} className="utrecht-table__row">
            <Td>{m.name}</Td>
            <Td>{label(MEMBER_ROLE_LABELS, m.role)}</Td>
            <Td>{formatDate(m.birthDate)}</Td>
            <Td numeric>{ageOn(m.birthDate, todayIso())}</Td>
            <Td>
              {m.bsn ? (
                <>
                  <span aria-hidden="true">•••••</span>
                  <span className="mw-visually-hidden">eindigend op </span>
                  {m.bsn.slice(-4)}
                </>
              ) : (
                '—'
              )}
            </Td>
            {ctx.canEdit && (
              <Td>
                <SecondaryButton onClick={() => setEditing(m.id)} aria-expanded={editing === m.id}>
                  Wijzigen<span className="mw-visually-hidden"> {m.name}</span>
                </SecondaryButton>
              </Td>
            )}
          </tr>
        ))}
      </Table>
      {editing && h.members.some((m) => m.id === editing) && (
        <div className="mw-card">
          <MemberForm key={editing} ctx={ctx} memberId={editing} onDone={() => setEditing(null)} />
        </div>
      )}
      {ctx.canEdit && !editing && <Toggle label="Gezinslid toevoegen">{(close) => <MemberForm ctx={ctx} onDone={close} />}</Toggle>}
    </section>
  );
}

const householdDraft = (h: CaseCtx['file']['household']) => ({ name: h.name, address: h.address ?? '', postcode: h.postcode ?? '' });

/** Household name and address, saved with the household's own version in If-Match. */
function HouseholdForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved?: unknown) => void }) {
  const form = useFormId('huishouden');
  const h = ctx.file.household;
  const { draft, setDraft, changed, rebase } = useDraft(householdDraft(h));
  const [version, setVersion] = useState(h.version);
  const { busy, error, setError, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const c = changed();
    if (Object.keys(c).length === 0) return onDone();
    const body = { ...c, ...('address' in c ? { address: c.address || null } : {}), ...('postcode' in c ? { postcode: c.postcode || null } : {}) };
    const r = await run(() => api.patch('/households/{id}', { path: { id: h.id }, body, ifMatch: version }));
    if (r) {
      await ctx.reload();
      onDone('Het huishouden is opgeslagen.');
    }
  };
  const loadLatest = async () => {
    const f = await ctx.reload();
    if (!f) return;
    rebase(householdDraft(f.household));
    setVersion(f.household.version);
    setError(null);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Huishouden wijzigen">
      <ErrorSummary form={form} error={error} conflictWhat="dit huishouden" labels={{ name: 'Naam van het huishouden', address: 'Adres', postcode: 'Postcode' }} />
      {error?.status === 412 && <ConflictNotice what="dit huishouden" onLoad={loadLatest} />}
      <TextField form={form} name="name" label="Naam van het huishouden" value={draft.name} maxLength={120} onChange={(e) => setDraft({ ...draft, name: e.target.value })} error={err('name')} />
      <div className="mw-grid-2">
        <TextField form={form} name="address" label="Adres (niet verplicht)" value={draft.address} maxLength={200} onChange={(e) => setDraft({ ...draft, address: e.target.value })} error={err('address')} />
        <TextField form={form} name="postcode" label="Postcode (niet verplicht)" description="Zoals 3511 AB" value={draft.postcode} maxLength={7} onChange={(e) => setDraft({ ...draft, postcode: e.target.value })} error={err('postcode')} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Huishouden opslaan</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

type Member = CaseCtx['file']['household']['members'][number];
const memberDraft = (m?: Member) => ({ name: m?.name ?? '', birthDate: m?.birthDate ?? '', role: (m?.role ?? 'kind') as string, bsn: m?.bsn ?? '' });

/** Add a member, or change one (with the member's own version in If-Match). */
function MemberForm({ ctx, memberId, onDone }: { ctx: CaseCtx; memberId?: string; onDone: (saved?: unknown) => void }) {
  const member = ctx.file.household.members.find((m) => m.id === memberId);
  const form = useFormId('gezinslid');
  const { draft: v, setDraft: setV, changed, rebase } = useDraft(memberDraft(member));
  const [version, setVersion] = useState(member?.version ?? 0);
  const { busy, error, setError, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const h = ctx.file.household.id;
    let r;
    if (member) {
      const c = changed();
      if (Object.keys(c).length === 0) return onDone();
      const body = { ...c, role: c.role as 'kind' | undefined, ...('bsn' in c ? { bsn: c.bsn?.trim() || null } : {}) };
      r = await run(() => api.patch('/households/{id}/members/{itemId}', { path: { id: h, itemId: member.id }, body, ifMatch: version }));
    } else {
      r = await run(() => api.post('/households/{id}/members', { path: { id: h }, body: { name: v.name, birthDate: v.birthDate, role: v.role as 'kind', bsn: v.bsn.trim() || null } }));
    }
    if (r) {
      await ctx.reload();
      onDone(member ? `${v.name} is opgeslagen.` : `${v.name} is toegevoegd aan het huishouden.`);
    }
  };
  const loadLatest = async () => {
    const f = await ctx.reload();
    const fresh = f?.household.members.find((m) => m.id === memberId);
    if (!fresh) return;
    rebase(memberDraft(fresh));
    setVersion(fresh.version);
    setError(null);
  };
  const title = member ? `${member.name} wijzigen` : 'Gezinslid toevoegen';
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      {member && <h3 className="utrecht-heading-3">{title}</h3>}
      <ErrorSummary form={form} error={error} conflictWhat="dit gezinslid" labels={{ name: 'Naam', birthDate: 'Geboortedatum', role: 'Rol', bsn: 'BSN', members: 'Gezinsleden' }} />
      {error?.status === 412 && <ConflictNotice what="dit gezinslid" onLoad={loadLatest} />}
      <div className="mw-grid-2">
        <TextField form={form} name="name" label="Naam" value={v.name} maxLength={120} onChange={(e) => setV({ ...v, name: e.target.value })} error={err('name')} />
        <TextField form={form} name="birthDate" label="Geboortedatum" type="date" value={v.birthDate} onChange={(e) => setV({ ...v, birthDate: e.target.value })} error={err('birthDate')} />
        <SelectField form={form} name="role" label="Rol in het huishouden" value={v.role} onChange={(e) => setV({ ...v, role: e.target.value })} error={err('role')} options={Object.entries(MEMBER_ROLE_LABELS).map(([value, l]) => ({ value, label: l }))} />
        <TextField form={form} name="bsn" label="BSN (niet verplicht)" inputMode="numeric" value={v.bsn} maxLength={9} onChange={(e) => setV({ ...v, bsn: e.target.value })} error={err('bsn')} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>{member ? 'Gezinslid opslaan' : 'Toevoegen'}</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- assessment ----
export function AssessmentSection({ ctx }: { ctx: CaseCtx }) {
  const a = ctx.file.assessment!;
  const { domainLabel, scores } = useLifeDomains();
  const scoreLabel = (s: number) => scores.find((x) => x.score === s)?.label ?? String(s);
  return (
    <section className="mw-section" aria-labelledby="zelfredzaamheid">
      <H2 id="zelfredzaamheid">Zelfredzaamheid</H2>
      <P className="mw-muted">Alleen de leefgebieden die voor deze hulpvraag nodig zijn (ZRM, scores 1 tot 5).</P>
      {a.current.length === 0 ? (
        <P>Nog geen scores vastgelegd.</P>
      ) : (
        <>
          <Table caption="Huidige scores per leefgebied" head={['Leefgebied', 'Score', 'Betekenis', 'Datum', 'Toelichting']}>
            {a.current.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <Td>{domainLabel(s.domain)}</Td>
                <Td numeric>{s.score}</Td>
                <Td>{scoreLabel(s.score)}</Td>
                <Td>{formatDate(s.assessedOn)}</Td>
                <Td>{s.reason}</Td>
              </tr>
            ))}
          </Table>
          <ScoreChart history={a.history} domainLabel={domainLabel} />
        </>
      )}
      {ctx.canEdit && <Toggle label="Scores vastleggen">{(close) => <AssessmentForm ctx={ctx} onDone={close} />}</Toggle>}
    </section>
  );
}

function AssessmentForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved?: unknown) => void }) {
  const form = useFormId('scores');
  const { domains, scores } = useLifeDomains();
  const current = new Map(ctx.file.assessment!.current.map((s) => [s.domain, s]));
  const [assessedOn, setAssessedOn] = useState(todayIso());
  // Nothing chosen at first: the professional picks the domains scored today; the others keep their last score.
  const [chosen, setChosen] = useState<string[]>([]);
  const [values, setValues] = useState<Record<string, { score: string; reason: string }>>({});
  const { busy, error, run, err } = useSubmit();
  const val = (d: string) => values[d] ?? { score: String(current.get(d)?.score ?? 3), reason: '' };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = { assessedOn, scores: chosen.map((d) => ({ domain: d as never, score: Number(val(d).score), reason: val(d).reason })) };
    const r = await run(() => api.post('/cases/{id}/assessments', { path: { id: ctx.file.case.id }, body }));
    if (r) {
      await ctx.reload();
      const names = chosen.map((d) => domains.find((x) => x.key === d)?.label ?? d);
      onDone(`Scores opgeslagen voor ${names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : names[0]}.`);
    }
  };
  const labels: Record<string, string> = { assessedOn: 'Datum', scores: 'Leefgebieden' };
  chosen.forEach((d, i) => {
    const l = domains.find((x) => x.key === d)?.label ?? d;
    labels[`scores.${i}.score`] = `Score ${l}`;
    labels[`scores.${i}.reason`] = `Toelichting ${l}`;
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Scores vastleggen">
      <ErrorSummary form={form} error={error} labels={labels} />
      <TextField form={form} name="assessedOn" label="Datum van de beoordeling" type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} error={err('assessedOn')} />
      <fieldset className="utrecht-form-fieldset" id={`${form}-scores`} tabIndex={-1}>
        <legend className="utrecht-form-fieldset__legend">Welke leefgebieden beoordeelt u nu?</legend>
        <p className="utrecht-form-field-description">De andere leefgebieden houden hun laatste score; alleen voor wat u nu kiest vragen we een score en een toelichting.</p>
        {err('scores') && <p className="utrecht-form-field-error-message">{err('scores')}</p>}
        <div className="mw-grid-2">
          {domains.map((d) => (
            <CheckboxField key={d.key} form={form} name={`kies-${d.key}`} label={d.label} checked={chosen.includes(d.key)} onChange={(on) => setChosen(on ? [...chosen, d.key] : chosen.filter((x) => x !== d.key))} />
          ))}
        </div>
      </fieldset>
      {chosen.map((d, i) => {
        const l = domains.find((x) => x.key === d)?.label ?? d;
        return (
          <fieldset key={d} className="utrecht-form-fieldset mw-card">
            <legend className="utrecht-form-fieldset__legend">{l}</legend>
            <div className="mw-grid-2">
              <SelectField form={form} name={`scores.${i}.score`} label={`Score ${l}`} value={val(d).score} onChange={(e) => setValues({ ...values, [d]: { ...val(d), score: e.target.value } })} error={err(`scores.${i}.score`)} options={(scores.length ? scores : [1, 2, 3, 4, 5].map((s) => ({ score: s, label: '' }))).map((s) => ({ value: String(s.score), label: `${s.score} – ${s.label}` }))} />
              <TextField form={form} name={`scores.${i}.reason`} label={`Toelichting ${l}`} value={val(d).reason} maxLength={500} onChange={(e) => setValues({ ...values, [d]: { ...val(d), reason: e.target.value } })} error={err(`scores.${i}.reason`)} />
            </div>
          </fieldset>
        );
      })}
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Scores opslaan</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- plan ----
export function PlanSection({ ctx }: { ctx: CaseCtx }) {
  const plan = ctx.file.plan!;
  const { domainLabel } = useLifeDomains();
  const goalText = (id: string | null) => plan.goals.find((g) => g.id === id)?.description;
  const overdue = plan.actions.filter((a) => a.overdue).length;
  return (
    <section className="mw-section" aria-labelledby="plan">
      <H2 id="plan">Plan</H2>
      {overdue > 0 && (
        <Alert type="warning">
          {overdue} {overdue === 1 ? 'actie is' : 'acties zijn'} over de datum.
        </Alert>
      )}
      <H3 id="doelen">Doelen</H3>
      {plan.goals.length === 0 ? (
        <P>Nog geen doelen.</P>
      ) : (
        <Table caption={<span className="mw-visually-hidden">Doelen per leefgebied</span>} head={['Leefgebied', 'Doel', 'Streefdatum', 'Status', ...(ctx.canEdit ? ['Wijzigen'] : [])]}>
          {plan.goals.map((g) => (
            <tr key={g.id} className="utrecht-table__row">
              <Td>{domainLabel(g.domain)}</Td>
              <Td>{g.description}</Td>
              <Td>{formatDate(g.targetDate)}</Td>
              <Td>{label(GOAL_STATUS_LABELS, g.status)}</Td>
              {ctx.canEdit && (
                <Td>
                  <StatusForm ctx={ctx} kind="goals" item={g} what={`doel “${g.description}”`} options={GOAL_STATUS_LABELS} />
                </Td>
              )}
            </tr>
          ))}
        </Table>
      )}
      {ctx.canEdit && <Toggle label="Doel toevoegen">{(close) => <GoalForm ctx={ctx} onDone={close} />}</Toggle>}

      <H3 id="acties">Acties</H3>
      {plan.actions.length === 0 ? (
        <P>Nog geen acties.</P>
      ) : (
        <Table caption={<span className="mw-visually-hidden">Acties met eigenaar en datum</span>} head={['Actie', 'Eigenaar', 'Uiterlijk', 'Status', ...(ctx.canEdit ? ['Wijzigen'] : [])]}>
          {plan.actions.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <Td>
                {a.description}
                {a.goalId && <div className="mw-muted">Doel: {goalText(a.goalId)}</div>}
              </Td>
              <Td>{a.ownerUserName ?? a.ownerLabel ?? '—'}</Td>
              <Td>
                {formatDate(a.dueDate)} {a.overdue && <StatusBadge status="danger">over de datum</StatusBadge>}
              </Td>
              <Td>{label(ACTION_STATUS_LABELS, a.status)}</Td>
              {ctx.canEdit && (
                <Td>
                  <StatusForm ctx={ctx} kind="actions" item={a} what={`actie “${a.description}”`} options={ACTION_STATUS_LABELS} />
                </Td>
              )}
            </tr>
          ))}
        </Table>
      )}
      {ctx.canEdit && <Toggle label="Actie toevoegen">{(close) => <ActionForm ctx={ctx} onDone={close} />}</Toggle>}

      <H3 id="partijen">Betrokken partijen</H3>
      {plan.parties.length === 0 ? (
        <P>Nog geen betrokken partijen.</P>
      ) : (
        <Table caption={<span className="mw-visually-hidden">Betrokken partijen</span>} head={['Organisatie', 'Contactpersoon', 'Contact', 'Rol', 'Status', ...(ctx.canEdit ? ['Wijzigen'] : [])]}>
          {plan.parties.map((p) => (
            <tr key={p.id} className="utrecht-table__row">
              <Td>{p.organisationName}</Td>
              <Td>{p.contactName || '—'}</Td>
              <Td>{p.contact || '—'}</Td>
              <Td>{p.role}</Td>
              <Td>{label(PARTY_STATUS_LABELS, p.status)}</Td>
              {ctx.canEdit && (
                <Td>
                  <StatusForm ctx={ctx} kind="parties" item={p} what={`partij ${p.organisationName}`} options={PARTY_STATUS_LABELS} />
                </Td>
              )}
            </tr>
          ))}
        </Table>
      )}
      {ctx.canEdit && <Toggle label="Partij toevoegen">{(close) => <PartyForm ctx={ctx} onDone={close} />}</Toggle>}
    </section>
  );
}

/** Change one plan item's status, with the item's own version in If-Match. */
function StatusForm({ ctx, kind, item, what, options }: { ctx: CaseCtx; kind: 'goals' | 'actions' | 'parties'; item: Goal | Action | Party; what: string; options: Record<string, string> }) {
  const form = useFormId('status');
  const [status, setStatus] = useState<string>(item.status);
  const { busy, error, run } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const opts = { path: { id: ctx.file.case.id, itemId: item.id }, body: { status } as never, ifMatch: item.version };
    const call = () => (kind === 'goals' ? api.patch('/cases/{id}/goals/{itemId}', opts) : kind === 'actions' ? api.patch('/cases/{id}/actions/{itemId}', opts) : api.patch('/cases/{id}/parties/{itemId}', opts));
    const r = await run(async () => {
      try {
        return await call();
      } catch (e) {
        // Someone else changed this item: show its latest state; the user's choice stays selected.
        if (e instanceof ApiError && e.status === 412) await ctx.reload();
        throw e;
      }
    });
    if (r) await ctx.reload();
  };
  return (
    <form onSubmit={submit} className="mw-inline-form">
      <label className="mw-visually-hidden" htmlFor={`${form}-status`}>
        Status van {what}
      </label>
      <select id={`${form}-status`} className="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.target.value)}>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy || status === item.status}>
        Opslaan<span className="mw-visually-hidden"> status van {what}</span>
      </button>
      {error && (
        <span role="alert" className="utrecht-form-field-error-message">
          {error.status === 412 ? 'Intussen door een ander gewijzigd; de nieuwste versie is geladen. Controleer uw keuze en sla opnieuw op.' : error.message}
        </span>
      )}
    </form>
  );
}
function GoalForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved?: unknown) => void }) {
  const form = useFormId('doel');
  const { domains } = useLifeDomains();
  const assessed = ctx.file.assessment?.current.map((s) => s.domain) ?? [];
  const [v, setV] = useState({ domain: assessed[0] ?? 'financien', description: '', targetDate: '' });
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/cases/{id}/goals', { path: { id: ctx.file.case.id }, body: { domain: v.domain as never, description: v.description, targetDate: v.targetDate || null } }));
    if (r) {
      await ctx.reload();
      onDone('Het doel is toegevoegd.');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Doel toevoegen">
      <ErrorSummary form={form} error={error} labels={{ domain: 'Leefgebied', description: 'Doel', targetDate: 'Streefdatum' }} />
      <SelectField form={form} name="domain" label="Leefgebied" value={v.domain} onChange={(e) => setV({ ...v, domain: e.target.value })} error={err('domain')} options={domains.map((d) => ({ value: d.key, label: d.label }))} />
      <TextAreaField form={form} name="description" label="Doel" description="Wat wil het huishouden bereiken?" value={v.description} maxLength={1000} onChange={(e) => setV({ ...v, description: e.target.value })} error={err('description')} />
      <TextField form={form} name="targetDate" label="Streefdatum (niet verplicht)" type="date" value={v.targetDate} onChange={(e) => setV({ ...v, targetDate: e.target.value })} error={err('targetDate')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Doel toevoegen</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function ActionForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved?: unknown) => void }) {
  const form = useFormId('actie');
  const users = useUsers().filter((u) => u.active && u.teamId === ctx.file.case.teamId);
  const plan = ctx.file.plan!;
  const [v, setV] = useState({ description: '', goalId: '', owner: 'ik', ownerLabel: '', dueDate: '' });
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const owner = v.owner.startsWith('u:') ? { ownerUserId: v.owner.slice(2) } : v.owner.startsWith('p:') ? { ownerPartyId: v.owner.slice(2) } : v.owner === 'anders' ? { ownerLabel: v.ownerLabel } : {};
    const r = await run(() => api.post('/cases/{id}/actions', { path: { id: ctx.file.case.id }, body: { description: v.description, goalId: v.goalId || null, dueDate: v.dueDate || null, ...owner } }));
    if (r) {
      await ctx.reload();
      onDone('De actie is toegevoegd.');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Actie toevoegen">
      <ErrorSummary form={form} error={error} labels={{ description: 'Actie', goalId: 'Bij doel', ownerUserId: 'Eigenaar', ownerPartyId: 'Eigenaar', ownerLabel: 'Andere eigenaar', dueDate: 'Uiterlijk' }} />
      <TextAreaField form={form} name="description" label="Actie" description="Wie doet wat?" value={v.description} maxLength={1000} onChange={(e) => setV({ ...v, description: e.target.value })} error={err('description')} />
      <div className="mw-grid-2">
        <SelectField form={form} name="goalId" label="Bij doel" value={v.goalId} onChange={(e) => setV({ ...v, goalId: e.target.value })} error={err('goalId')} options={[{ value: '', label: 'Geen specifiek doel' }, ...plan.goals.map((g) => ({ value: g.id, label: g.description.slice(0, 80) }))]} />
        <SelectField
          form={form}
          name="ownerUserId"
          label="Eigenaar"
          value={v.owner}
          onChange={(e) => setV({ ...v, owner: e.target.value })}
          error={err('ownerUserId') ?? err('ownerPartyId')}
          options={[{ value: 'ik', label: 'Ikzelf' }, ...users.map((u) => ({ value: `u:${u.id}`, label: u.displayName })), ...plan.parties.map((p) => ({ value: `p:${p.id}`, label: `${p.organisationName} (partij)` })), { value: 'anders', label: 'Iemand anders…' }]}
        />
        {v.owner === 'anders' && <TextField form={form} name="ownerLabel" label="Andere eigenaar" value={v.ownerLabel} maxLength={200} onChange={(e) => setV({ ...v, ownerLabel: e.target.value })} error={err('ownerLabel')} />}
        <TextField form={form} name="dueDate" label="Uiterlijk (niet verplicht)" type="date" value={v.dueDate} onChange={(e) => setV({ ...v, dueDate: e.target.value })} error={err('dueDate')} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Actie toevoegen</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function PartyForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved?: unknown) => void }) {
  const form = useFormId('partij');
  const [v, setV] = useState({ organisationName: '', contactName: '', contact: '', role: '' });
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/cases/{id}/parties', { path: { id: ctx.file.case.id }, body: v }));
    if (r) {
      await ctx.reload();
      onDone('De partij is toegevoegd.');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Partij toevoegen">
      <ErrorSummary form={form} error={error} labels={{ organisationName: 'Organisatie', contactName: 'Contactpersoon', contact: 'Telefoon of e-mail', role: 'Rol in het plan' }} />
      <div className="mw-grid-2">
        <TextField form={form} name="organisationName" label="Organisatie" value={v.organisationName} maxLength={160} onChange={(e) => setV({ ...v, organisationName: e.target.value })} error={err('organisationName')} />
        <TextField form={form} name="role" label="Rol in het plan" value={v.role} maxLength={200} onChange={(e) => setV({ ...v, role: e.target.value })} error={err('role')} />
        <TextField form={form} name="contactName" label="Contactpersoon" value={v.contactName} maxLength={120} onChange={(e) => setV({ ...v, contactName: e.target.value })} error={err('contactName')} />
        <TextField form={form} name="contact" label="Telefoon of e-mail" value={v.contact} maxLength={200} onChange={(e) => setV({ ...v, contact: e.target.value })} error={err('contact')} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Partij toevoegen</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- notes ----
export function NotesSection({ ctx }: { ctx: CaseCtx }) {
  const { file } = ctx;
  const { me } = useSession();
  const writable = file.permissions.notePurposesWritable;
  return (
    <section className="mw-section" aria-labelledby="notities">
      <H2 id="notities">Notities</H2>
      <P className="mw-muted">
        U ziet notities met het doel: {file.permissions.notePurposesReadable.map((p) => label(NOTE_PURPOSE_LABELS, p).toLowerCase()).join(', ')}. Het doel van een notitie ligt vast bij het schrijven (doelbinding).
      </P>
      {file.notes.length === 0 && <P>Nog geen notities.</P>}
      {file.notes.map((n) => (
        <article key={n.id} className="mw-note" aria-label={`Notitie van ${n.authorName}, ${formatDateTime(n.createdAt)}`}>
          <P>
            <StatusBadge status="neutral">{label(NOTE_PURPOSE_LABELS, n.purpose)}</StatusBadge> <span className="mw-strong">{n.authorName}</span> <span className="mw-muted">· {formatDateTime(n.createdAt)}{n.editedAt ? ` · bewerkt ${formatDateTime(n.editedAt)}` : ''}</span>
          </P>
          <p className="utrecht-paragraph mw-note__body">{n.body}</p>
          {n.revisions.length > 0 && (
            <details className="mw-note__revisions">
              <summary>Eerdere versies ({n.revisions.length})</summary>
              <ol className="mw-compact-list">
                {[...n.revisions].reverse().map((r, i) => (
                  <li key={i}>
                    <span className="mw-muted">Vervangen op {formatDateTime(r.replacedAt)} door {r.replacedByName}:</span>
                    <p className="utrecht-paragraph mw-note__body">{r.body}</p>
                  </li>
                ))}
              </ol>
            </details>
          )}
          {n.authorId === me.user.id && file.case.status === 'open' && <NoteCorrection ctx={ctx} note={n} />}
        </article>
      ))}
      {writable.length > 0 && file.case.status === 'open' && <Toggle label="Notitie schrijven">{(close) => <NoteForm ctx={ctx} purposes={writable} onDone={close} />}</Toggle>}
    </section>
  );
}

/** The author corrects a note's text; the purpose stays as it was, the earlier text is kept. */
function NoteCorrection({ ctx, note }: { ctx: CaseCtx; note: Note }) {
  const form = useFormId('correctie');
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState(note.body);
  const [done, setDone] = useState(false);
  const { busy, error, setError, run, err } = useSubmit();
  const field = useRef<HTMLDivElement>(null);
  const msg = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) field.current?.querySelector('textarea')?.focus();
  }, [open]);
  useEffect(() => {
    if (done) msg.current?.focus();
  }, [done]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.patch('/cases/{id}/notes/{itemId}', { path: { id: ctx.file.case.id, itemId: note.id }, body: { body }, ifMatch: note.version }));
    if (r) {
      await ctx.reload();
      setOpen(false);
      setDone(true);
    }
  };
  if (!open)
    return (
      <>
        {done && (
          <div ref={msg} tabIndex={-1} className="mw-confirm">
            <Alert type="ok" live>De notitie is gecorrigeerd; de vorige tekst is bewaard onder “Eerdere versies”.</Alert>
          </div>
        )}
        <SecondaryButton onClick={() => { setBody(note.body); setDone(false); setError(null); setOpen(true); }}>
          Corrigeren<span className="mw-visually-hidden"> notitie van {formatDateTime(note.createdAt)}</span>
        </SecondaryButton>
      </>
    );
  return (
    <form onSubmit={submit} noValidate aria-label="Notitie corrigeren" className="mw-card">
      <ErrorSummary form={form} error={error} conflictWhat="deze notitie" labels={{ body: 'Notitie' }} />
      {error?.status === 412 && <P>Laad de casus opnieuw om de nieuwste tekst te zien; uw correctie staat nog hieronder.</P>}
      <P className="mw-muted">Het doel ({label(NOTE_PURPOSE_LABELS, note.purpose).toLowerCase()}) blijft hetzelfde. De huidige tekst wordt bewaard als eerdere versie.</P>
      <div ref={field}>
        <TextAreaField form={form} name="body" label="Gecorrigeerde notitie" value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} error={err('body')} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Correctie opslaan</PrimaryButton>
        <SecondaryButton onClick={() => setOpen(false)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function NoteForm({ ctx, purposes, onDone }: { ctx: CaseCtx; purposes: string[]; onDone: (saved?: unknown) => void }) {
  const form = useFormId('notitie');
  const [purpose, setPurpose] = useState(purposes[0]);
  const [body, setBody] = useState('');
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/cases/{id}/notes', { path: { id: ctx.file.case.id }, body: { purpose: purpose as 'hulpverlening', body } }));
    if (r) {
      await ctx.reload();
      onDone('De notitie is opgeslagen.');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Notitie schrijven">
      <ErrorSummary form={form} error={error} labels={{ purpose: 'Doel', body: 'Notitie' }} />
      <SelectField form={form} name="purpose" label="Doel van de notitie" description="Bepaalt wie de notitie mag lezen: handhaving leest nooit notities voor hulpverlening." value={purpose} onChange={(e) => setPurpose(e.target.value)} error={err('purpose')} options={purposes.map((p) => ({ value: p, label: label(NOTE_PURPOSE_LABELS, p) }))} />
      <TextAreaField form={form} name="body" label="Notitie" description="Leg alleen vast wat de hulp dient." value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} error={err('body')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Notitie opslaan</PrimaryButton>
        <SecondaryButton onClick={onDone}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}
