// SPDX-License-Identifier: EUPL-1.2
/**
 * What the other rooms add to the case page: spends from the maatwerkbudget, knelpunten with their
 * escalation (the income tab is case-income.tsx). Same building blocks and error handling as the rest of the case.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, newIdempotencyKey, type Schemas } from '../api/client';
import { KNELPUNT_STATUS_LABELS, KNELPUNT_TYPE_LABELS, formatDate, formatEuro, label, parseEuro, todayIso } from '../format';
import { Alert, ButtonGroup, ErrorSummary, H2, H3, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';
import { EldersOpgelostList, useEldersOpgelost } from './bibliotheek';
import type { CaseCtx } from './case';
import { Link, navigate } from '../router';

type Spend = Schemas['BudgetSpend'];
type Pot = Schemas['BudgetPotOverview'];
type Knelpunt = Schemas['Knelpunt'];

function Toggle({ text, children }: { text: string; children: (close: () => void) => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open) return <SecondaryButton onClick={() => setOpen(true)}>{text}</SecondaryButton>;
  return <div className="mw-card">{children(() => setOpen(false))}</div>;
}

/** A money input: the person types euros, the API gets integer eurocents. */
function toCents(text: string, field: string, fields: Array<{ name: string; reason: string }>, required = true): number | null {
  if (!text.trim()) {
    if (required) fields.push({ name: field, reason: 'vul een bedrag in, zoals 12,50' });
    return null;
  }
  const c = parseEuro(text);
  if (c === null) fields.push({ name: field, reason: 'is geen bedrag; schrijf het zoals 1.234,56' });
  return c;
}
const localError = (fields: Array<{ name: string; reason: string }>) => new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => `${f.name}: ${f.reason}`).join('; '), invalidParams: fields });

// ---- maatwerkbudget ----
export function BudgetSection({ ctx }: { ctx: CaseCtx }) {
  const id = ctx.file.case.id;
  const [data, setData] = useState<{ items: Spend[]; grantedCents: number; pendingCents: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    api.get('/cases/{id}/spends', { path: { id } }).then((r) => setData(r.data), (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(load, [load]);
  return (
    <section className="mw-section" aria-labelledby="budget">
      <H2 id="budget">Maatwerkbudget</H2>
      {error && <Alert type="error">{error.message}</Alert>}
      {data && (
        <>
          <P>
            Toegekend op deze casus: <span className="mw-strong">{formatEuro(data.grantedCents)}</span>
            {data.pendingCents > 0 && <> · wacht op akkoord: {formatEuro(data.pendingCents)}</>}
          </P>
          {data.items.length > 0 && (
            <Table caption={<span className="mw-visually-hidden">Uitgaven op deze casus</span>} head={['Datum', 'Omschrijving', 'Categorie', 'Aan', 'Bedrag', 'Budget', 'Status']}>
              {data.items.map((s) => (
                <tr key={s.id} className="utrecht-table__row">
                  <Td>{formatDate(s.spentOn)}</Td>
                  <Td>
                    {s.description}
                    <div className="mw-muted">{s.justification}</div>
                  </Td>
                  <Td>{s.categoryLabel}</Td>
                  <Td>{s.payee}</Td>
                  <Td numeric>{formatEuro(s.amountCents)}</Td>
                  <Td>{s.potName}</Td>
                  <Td>
                    <StatusBadge status={s.status === 'toegekend' ? 'active' : s.status === 'wacht_op_akkoord' ? 'warning' : 'inactive'}>{s.statusLabel}</StatusBadge>
                    {s.decisionReason && <div className="mw-muted">{s.decisionReason}</div>}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </>
      )}
      {ctx.canEdit && <Toggle text="Uitgave registreren">{(close) => <SpendForm ctx={ctx} onDone={(saved) => { close(); if (saved) load(); }} />}</Toggle>}
    </section>
  );
}

function SpendForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved: boolean) => void }) {
  const form = useFormId('uitgave');
  const [pots, setPots] = useState<Pot[]>([]);
  const [categories, setCategories] = useState<Array<{ key: string; label: string }>>([]);
  const [v, setV] = useState({ potId: '', amount: '', category: '', payee: '', spentOn: todayIso(), description: '', justification: '', goalId: '' });
  const [result, setResult] = useState<Spend | null>(null);
  // One key for this spend: pressing "Registreren" again after a lost answer never books it twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { busy, error, setError, run, err } = useSubmit();
  useEffect(() => {
    api.get('/budget-pots', { query: { status: 'actief' } }).then((r) => {
      const mine = r.data.items.filter((p) => p.myMandate);
      setPots(mine);
      setV((x) => ({ ...x, potId: x.potId || mine.find((p) => p.teamId === ctx.file.case.teamId)?.id || mine[0]?.id || '' }));
    }, () => {});
    api.get('/budget-categories').then((r) => setCategories(r.data.items), () => {});
  }, [ctx.file.case.teamId]);
  const pot = pots.find((p) => p.id === v.potId);
  const potCategories = categories.filter((c) => !pot || pot.categories.includes(c.key));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields: Array<{ name: string; reason: string }> = [];
    const amountCents = toCents(v.amount, 'amountCents', fields);
    if (fields.length) return setError(localError(fields));
    const r = await run(() =>
      api.post('/cases/{id}/spends', { path: { id: ctx.file.case.id }, body: { potId: v.potId, amountCents: amountCents!, category: (v.category || potCategories[0]?.key) as never, payee: v.payee, spentOn: v.spentOn, description: v.description, justification: v.justification, goalId: v.goalId || null }, idempotencyKey }),
    );
    if (r) setResult(r.data);
  };
  if (result)
    return (
      <>
        <Alert type={result.status === 'toegekend' ? 'ok' : 'warning'} live>
          Uitgave van {formatEuro(result.amountCents)} geregistreerd: {result.statusLabel.toLowerCase()}.{result.status === 'wacht_op_akkoord' ? ' Het bedrag is hoger dan uw mandaat; de budgethouder beslist.' : ''}
        </Alert>
        <SecondaryButton onClick={() => onDone(true)}>Sluiten</SecondaryButton>
      </>
    );
  const labels = { potId: 'Budget', amountCents: 'Bedrag', category: 'Categorie', payee: 'Betaald aan', spentOn: 'Datum', description: 'Omschrijving', justification: 'Waarom is dit nodig?', goalId: 'Bij doel' };
  return (
    <form onSubmit={submit} noValidate aria-label="Uitgave registreren">
      <ErrorSummary form={form} error={error} labels={labels} />
      {pots.length === 0 && <P>U heeft geen mandaat op een actief maatwerkbudget.</P>}
      <div className="mw-grid-2">
        <SelectField form={form} name="potId" label="Budget" value={v.potId} onChange={(e) => setV({ ...v, potId: e.target.value })} error={err('potId')} options={pots.map((p) => ({ value: p.id, label: p.name }))} description={pot?.myMandate ? `Uw mandaat: tot ${formatEuro(pot.myMandate.maxPerSpend)} per uitgave en ${formatEuro(pot.myMandate.maxPerCase)} per casus per jaar; beschikbaar ${formatEuro(pot.totals.remainingCents)}.` : undefined} />
        <TextField form={form} name="amountCents" label="Bedrag in euro" description="Bijvoorbeeld 12,50" inputMode="decimal" value={v.amount} maxLength={14} onChange={(e) => setV({ ...v, amount: e.target.value })} error={err('amountCents')} />
        <SelectField form={form} name="category" label="Categorie" value={v.category || potCategories[0]?.key || ''} onChange={(e) => setV({ ...v, category: e.target.value })} error={err('category')} options={potCategories.map((c) => ({ value: c.key, label: c.label }))} />
        <TextField form={form} name="payee" label="Betaald aan" value={v.payee} maxLength={160} onChange={(e) => setV({ ...v, payee: e.target.value })} error={err('payee')} />
        <TextField form={form} name="spentOn" label="Datum" type="date" value={v.spentOn} onChange={(e) => setV({ ...v, spentOn: e.target.value })} error={err('spentOn')} />
        <SelectField form={form} name="goalId" label="Bij doel (niet verplicht)" value={v.goalId} onChange={(e) => setV({ ...v, goalId: e.target.value })} error={err('goalId')} options={[{ value: '', label: 'Geen specifiek doel' }, ...(ctx.file.plan?.goals ?? []).map((g) => ({ value: g.id, label: g.description.slice(0, 80) }))]} />
      </div>
      <TextField form={form} name="description" label="Omschrijving" value={v.description} maxLength={500} onChange={(e) => setV({ ...v, description: e.target.value })} error={err('description')} />
      <TextAreaField form={form} name="justification" label="Waarom is dit nodig?" description="De verantwoording achteraf: wat lost deze uitgave op?" value={v.justification} maxLength={2000} onChange={(e) => setV({ ...v, justification: e.target.value })} error={err('justification')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy || pots.length === 0}>Uitgave registreren</PrimaryButton>
        <SecondaryButton onClick={() => onDone(false)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- knelpunten ----
export function KnelpuntSection({ ctx }: { ctx: CaseCtx }) {
  const id = ctx.file.case.id;
  const [items, setItems] = useState<Knelpunt[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sharing, setSharing] = useState<Knelpunt | null>(null);
  const load = useCallback(() => {
    api.get('/knelpunten', { query: { caseId: id, pageSize: 50 } }).then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(load, [load]);
  return (
    <section className="mw-section" aria-labelledby="knelpunten">
      <H2 id="knelpunten">Knelpunten</H2>
      <P className="mw-muted">Wat de oplossing blokkeert (een regel, een wachtlijst, een onduidelijke financier) en hoe het escaleert tot er een doorbraak is.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      {items && items.length === 0 && <P>Geen knelpunten.</P>}
      {items && items.length > 0 && (
        <Table caption={<span className="mw-visually-hidden">Knelpunten van deze casus</span>} head={['Nodig', 'Blokkade', 'Soort', 'Status', 'Trede en termijn', ...(ctx.canEdit ? ['Escaleren'] : [])]}>
          {items.map((k) => (
            <tr key={k.id} className="utrecht-table__row">
              <Td><Link href={`/knelpunten/${k.id}`}>{k.solutionNeeded}</Link></Td>
              <Td>
                {k.blockingLaw}
                {k.blockingArticle ? `, ${k.blockingArticle}` : ''} ({k.blockingOrganisation})
              </Td>
              <Td>{label(KNELPUNT_TYPE_LABELS, k.type)}</Td>
              <Td>{label(KNELPUNT_STATUS_LABELS, k.status)}</Td>
              <Td>{k.currentLevelName ? `${k.currentLevelName}, uiterlijk ${formatDate(k.currentDeadline)}` : '—'}</Td>
              {ctx.canEdit && (
                <Td>
                  {(k.status === 'open' || k.status === 'in_escalatie') && (
                    // Escalating is deliberate: the knelpunt page asks for the level and a reason and shows the deadline and what is shared before confirming.
                    <Link href={`/knelpunten/${k.id}`}>
                      Escaleren<span className="mw-visually-hidden"> knelpunt “{k.solutionNeeded}”</span>
                    </Link>
                  )}
                  {(k.status === 'doorbraak' || k.status === 'overbrugd') && (
                    <SecondaryButton onClick={() => setSharing(k)}>
                      Deel als doorbraak<span className="mw-visually-hidden"> “{k.solutionNeeded}”</span>
                    </SecondaryButton>
                  )}
                </Td>
              )}
            </tr>
          ))}
        </Table>
      )}
      {sharing && <ShareDoorbraak k={sharing} onClose={() => setSharing(null)} />}
      {items?.filter((k) => k.status === 'open' || k.status === 'in_escalatie').map((k) => <EldersOpgelost key={k.id} k={k} />)}
      {ctx.canEdit && <Toggle text="Knelpunt vastleggen">{(close) => <KnelpuntForm ctx={ctx} onDone={(saved) => { close(); if (saved) load(); }} />}</Toggle>}
    </section>
  );
}

const ORG_KINDS: Array<{ value: string; label: string }> = [
  { value: 'gemeente', label: 'Gemeente' }, { value: 'woningcorporatie', label: 'Woningcorporatie' }, { value: 'zorgverzekeraar', label: 'Zorgverzekeraar' }, { value: 'UWV', label: 'UWV' },
  { value: 'toeslagen', label: 'Dienst Toeslagen' }, { value: 'CJIB', label: 'CJIB' }, { value: 'zorgaanbieder', label: 'Zorgaanbieder' }, { value: 'regio', label: 'Regio' }, { value: 'other', label: 'Andere organisatie' },
];
const FIELD_LABELS: Record<string, string> = { title: 'Titel', situation: 'Situatie', breakthrough: 'Wat doorbrak' };

/** "Deel als doorbraak": the platform drafts an anonymised entry; the author sees every removal marked before anything is shared. */
function ShareDoorbraak({ k, onClose }: { k: Knelpunt; onClose: () => void }) {
  const form = useFormId('doorbraak-delen');
  const [kind, setKind] = useState('gemeente');
  const { run, busy, error } = useSubmit();
  const [draft, setDraft] = useState<Schemas['DoorbraakConcept'] | null>(null);
  const share = async () => {
    const r = await run(() => api.post('/knelpunten/{id}/doorbraak', { path: { id: k.id }, body: { organisationKind: kind as 'gemeente' } }));
    if (r) setDraft(r.data);
  };
  return (
    <div className="mw-card" role="region" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Deel als doorbraak: {k.solutionNeeded}</H3>
      {!draft && (
        <>
          <P>Het platform maakt een concept voor de Bibliotheek: zonder namen, BSN, adressen, datums of telefoonnummers. U ziet eerst wat er is weggehaald; publiceren gebeurt pas na goedkeuring door een collega.</P>
          <ErrorSummary form={form} error={error} labels={{ organisationKind: 'Soort organisatie die blokkeerde' }} conflictWhat="dit knelpunt" />
          <SelectField form={form} name="organisationKind" label="Soort organisatie die blokkeerde" value={kind} onChange={(e) => setKind(e.target.value)} options={ORG_KINDS} error={error?.field('organisationKind')} />
          <ButtonGroup>
            <PrimaryButton onClick={share} disabled={busy}>Concept maken</PrimaryButton>
            <SecondaryButton onClick={onClose}>Annuleren</SecondaryButton>
          </ButtonGroup>
        </>
      )}
      {draft && (
        <>
          <Alert type="ok" live>
            Concept gemaakt. {Object.values(draft.removalCounts).reduce((a, b) => a + b, 0)} gegevens weggehaald; hieronder doorgestreept met wat ervoor in de plaats kwam.
          </Alert>
          {draft.preview.map((f) => (
            <div key={f.field}>
              <H3>{FIELD_LABELS[f.field]}</H3>
              <p className="utrecht-paragraph mw-preview">
                {f.segments.map((seg, i) =>
                  'text' in seg ? (
                    <span key={i}>{seg.text}</span>
                  ) : (
                    <span key={i}>
                      <del aria-label={`weggehaald: ${seg.removed}`}>{seg.removed}</del> <ins>{seg.replacement}</ins>
                    </span>
                  ),
                )}
              </p>
            </div>
          ))}
          <ButtonGroup>
            <PrimaryButton onClick={() => navigate(`/bibliotheek/${draft.entry.id}`)}>Concept bekijken en ter goedkeuring aanbieden</PrimaryButton>
            <SecondaryButton onClick={onClose}>Sluiten</SecondaryButton>
          </ButtonGroup>
        </>
      )}
    </div>
  );
}

/** "Elders opgelost": the most similar published breakthroughs for a knelpunt that is still open, with the reasons. */
function EldersOpgelost({ k }: { k: Knelpunt }) {
  const items = useEldersOpgelost(k.id);
  if (!items || items.length === 0) return null;
  return (
    <div className="mw-card">
      <H3>Elders opgelost: {k.solutionNeeded}</H3>
      <EldersOpgelostList items={items} />
    </div>
  );
}

function KnelpuntForm({ ctx, onDone }: { ctx: CaseCtx; onDone: (saved: boolean) => void }) {
  const form = useFormId('knelpunt');
  const [v, setV] = useState({ solutionNeeded: '', blockingLaw: '', blockingArticle: '', blockingOrganisation: '', type: 'regel_botst', toetsRuleGoal: '', toetsCounterproductive: '', toetsProportionate: '', costOfWaiting: '', costOfWaitingEuro: '' });
  const { busy, error, setError, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields: Array<{ name: string; reason: string }> = [];
    const costOfWaitingCents = toCents(v.costOfWaitingEuro, 'costOfWaitingCents', fields, false);
    if (fields.length) return setError(localError(fields));
    const { costOfWaitingEuro: _ignored, ...rest } = v;
    const r = await run(() => api.post('/cases/{id}/knelpunten', { path: { id: ctx.file.case.id }, body: { ...rest, type: v.type as 'regel_botst', costOfWaitingCents } }));
    if (r) onDone(true);
  };
  const labels = { solutionNeeded: 'Welke oplossing is nodig?', blockingLaw: 'Blokkerende wet of regeling', blockingArticle: 'Artikel', blockingOrganisation: 'Organisatie die blokkeert', type: 'Soort knelpunt', toetsRuleGoal: 'Doel van de regel', toetsCounterproductive: 'Waarom werkt toepassen hier tegen dat doel?', toetsProportionate: 'Wat is proportioneel?', costOfWaiting: 'Wat kost wachten?', costOfWaitingCents: 'Kosten van wachten' };
  return (
    <form onSubmit={submit} noValidate aria-label="Knelpunt vastleggen">
      <ErrorSummary form={form} error={error} labels={labels} />
      <TextAreaField form={form} name="solutionNeeded" label="Welke oplossing is nodig?" value={v.solutionNeeded} maxLength={2000} onChange={(e) => setV({ ...v, solutionNeeded: e.target.value })} error={err('solutionNeeded')} />
      <div className="mw-grid-2">
        <TextField form={form} name="blockingLaw" label="Blokkerende wet of regeling" description="Bijvoorbeeld Huisvestingsverordening" value={v.blockingLaw} maxLength={160} onChange={(e) => setV({ ...v, blockingLaw: e.target.value })} error={err('blockingLaw')} />
        <TextField form={form} name="blockingArticle" label="Artikel (niet verplicht)" value={v.blockingArticle} maxLength={120} onChange={(e) => setV({ ...v, blockingArticle: e.target.value })} error={err('blockingArticle')} />
        <TextField form={form} name="blockingOrganisation" label="Organisatie die blokkeert" value={v.blockingOrganisation} maxLength={160} onChange={(e) => setV({ ...v, blockingOrganisation: e.target.value })} error={err('blockingOrganisation')} />
        <SelectField form={form} name="type" label="Soort knelpunt" value={v.type} onChange={(e) => setV({ ...v, type: e.target.value })} error={err('type')} options={Object.entries(KNELPUNT_TYPE_LABELS).map(([value, l]) => ({ value, label: l }))} />
      </div>
      <fieldset className="utrecht-form-fieldset mw-card">
        <legend className="utrecht-form-fieldset__legend">Omgekeerde Toets (nodig om te escaleren)</legend>
        <TextAreaField form={form} name="toetsRuleGoal" label="Doel van de regel" description="Waarvoor is de regel bedoeld?" value={v.toetsRuleGoal} maxLength={2000} onChange={(e) => setV({ ...v, toetsRuleGoal: e.target.value })} error={err('toetsRuleGoal')} />
        <TextAreaField form={form} name="toetsCounterproductive" label="Waarom werkt toepassen hier tegen dat doel?" value={v.toetsCounterproductive} maxLength={2000} onChange={(e) => setV({ ...v, toetsCounterproductive: e.target.value })} error={err('toetsCounterproductive')} />
        <TextAreaField form={form} name="toetsProportionate" label="Wat is proportioneel?" value={v.toetsProportionate} maxLength={2000} onChange={(e) => setV({ ...v, toetsProportionate: e.target.value })} error={err('toetsProportionate')} />
      </fieldset>
      <div className="mw-grid-2">
        <TextField form={form} name="costOfWaiting" label="Wat kost wachten? (niet verplicht)" value={v.costOfWaiting} maxLength={2000} onChange={(e) => setV({ ...v, costOfWaiting: e.target.value })} error={err('costOfWaiting')} />
        <TextField form={form} name="costOfWaitingCents" label="Kosten van wachten in euro (niet verplicht)" inputMode="decimal" value={v.costOfWaitingEuro} maxLength={16} onChange={(e) => setV({ ...v, costOfWaitingEuro: e.target.value })} error={err('costOfWaitingCents')} />
      </div>
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Knelpunt vastleggen</PrimaryButton>
        <SecondaryButton onClick={() => onDone(false)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}
