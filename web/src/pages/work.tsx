// SPDX-License-Identifier: EUPL-1.2
/**
 * Work queues of roles that decide on what professionals ask: the budgethouder's spends above the
 * mandate (approve or reject with a reason) and the doorbraaktafel's queue per escalation level
 * (oldest deadline first) with the decision.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { Link } from '../router';
import { KNELPUNT_TYPE_LABELS, formatDate, formatEuro, label } from '../format';
import { Alert, ButtonGroup, ErrorSummary, H1, H2, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, TextAreaField, useFormId, useSubmit } from '../ui';

type Spend = Schemas['BudgetSpend'];

export function ApprovalsPage() {
  const { has } = useSession();
  const [items, setItems] = useState<Spend[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(() => {
    api.get('/budget-approvals').then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, []);
  useEffect(() => {
    document.title = 'Akkoord op uitgaven · Maatwerk';
    if (has('budgethouder')) load();
  }, [has, load]);
  if (!has('budgethouder'))
    return (
      <>
        <H1>Akkoord op uitgaven</H1>
        <Alert type="error">Alleen een budgethouder geeft akkoord op uitgaven boven het mandaat.</Alert>
      </>
    );
  return (
    <>
      <H1>Akkoord op uitgaven</H1>
      <P className="mw-muted">Uitgaven uit het maatwerkbudget die hoger zijn dan het mandaat van wie ze deed. Wie een uitgave registreerde kan haar niet zelf goedkeuren.</P>
      {done && <Alert type="ok" live>{done}</Alert>}
      {error && <Alert type="error">{error.message}</Alert>}
      {!items && !error && <Loading what="Uitgaven" />}
      {items && items.length === 0 && <P>Er wachten geen uitgaven op uw akkoord.</P>}
      {items?.map((s) => (
        <ApprovalCard
          key={s.id}
          spend={s}
          onDecided={(msg) => {
            setDone(msg);
            load();
          }}
        />
      ))}
    </>
  );
}

function ApprovalCard({ spend: s, onDecided }: { spend: Spend; onDecided: (msg: string) => void }) {
  const form = useFormId('akkoord');
  const { has } = useSession();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, run, err } = useSubmit();
  const what = `${s.description} (${formatEuro(s.amountCents)})`;
  const approve = async () => {
    const r = await run(() => api.post('/budget-spends/{id}/approve', { path: { id: s.id }, body: {} }));
    if (r) onDecided(`Goedgekeurd: ${what}.`);
  };
  const reject = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/budget-spends/{id}/reject', { path: { id: s.id }, body: { reason } }));
    if (r) onDecided(`Afgewezen: ${what}.`);
  };
  return (
    <article className="mw-card" aria-labelledby={`${form}-kop`}>
      <h2 id={`${form}-kop`} className="utrecht-heading-3">
        {formatEuro(s.amountCents)} · {s.description}
      </h2>
      <dl className="utrecht-data-list mw-facts">
        {[
          // A budgethouder who also works on cases opens the case's budget from here.
          ['Casus', has('professional', 'teamleider') ? <Link href={`/casussen/${s.caseId}/budget`}>{s.caseTitle}</Link> : s.caseTitle],
          ['Budget', s.potName],
          ['Categorie', s.categoryLabel],
          ['Betaald aan', s.payee],
          ['Datum', formatDate(s.spentOn)],
          ['Geregistreerd door', s.registeredByName],
          ['Waarom nodig', s.justification],
        ].map(([k, v]) => (
          <div key={k as string} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{k}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{v}</dd>
          </div>
        ))}
      </dl>
      <ErrorSummary form={form} error={error} labels={{ reason: 'Reden van afwijzen' }} />
      {!rejecting ? (
        <ButtonGroup>
          <PrimaryButton type="button" onClick={approve} busy={busy} disabled={busy}>
            Goedkeuren<span className="mw-visually-hidden"> {what}</span>
          </PrimaryButton>
          <SecondaryButton onClick={() => setRejecting(true)}>
            Afwijzen<span className="mw-visually-hidden"> {what}</span>
          </SecondaryButton>
        </ButtonGroup>
      ) : (
        <form onSubmit={reject} noValidate aria-label={`Afwijzen: ${what}`}>
          <TextAreaField form={form} name="reason" label="Reden van afwijzen" description="De professional ziet deze reden bij de casus." value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
          <ButtonGroup>
            <PrimaryButton busy={busy} disabled={busy}>Afwijzen</PrimaryButton>
            <SecondaryButton onClick={() => setRejecting(false)}>Annuleren</SecondaryButton>
          </ButtonGroup>
        </form>
      )}
    </article>
  );
}

// ---- doorbraaktafel ----
type Level = Schemas['EscalationLevel'];
interface QueueItem {
  stepId: string;
  knelpuntId: string;
  solutionNeeded: string;
  blockingLaw: string;
  blockingArticle: string;
  type: string;
  escalatedOn: string;
  deadline: string;
  reason: string;
  overdue: boolean;
  workingDaysOverdue: number;
}

export function QueuePage() {
  const { me } = useSession();
  const [levels, setLevels] = useState<Level[]>([]);
  const [levelId, setLevelId] = useState('');
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Doorbraaktafel · Maatwerk';
    api.get('/escalation-ladder').then((r) => {
      setLevels(r.data.levels);
      const mine = r.data.levels.find((l) => l.deciderRole && (me.user.roles as string[]).includes(l.deciderRole));
      setLevelId(mine?.id ?? r.data.levels[0]?.id ?? '');
    }, (e) => e instanceof ApiError && setError(e));
  }, [me]);
  const load = useCallback(() => {
    if (!levelId) return;
    setItems(null);
    api.get('/escalation-levels/{id}/queue', { path: { id: levelId } }).then((r) => setItems(r.data.items as QueueItem[]), (e) => e instanceof ApiError && setError(e));
  }, [levelId]);
  useEffect(load, [load]);
  return (
    <>
      <H1>Doorbraaktafel</H1>
      <P className="mw-muted">Knelpunten die op een trede van de escalatieladder wachten op een besluit, de oudste termijn eerst.</P>
      <SelectField form="wachtrij" name="level" label="Trede" value={levelId} onChange={(e) => setLevelId(e.target.value)} options={levels.map((l) => ({ value: l.id, label: `${l.position}. ${l.name} (${l.deadlineWorkingDays} werkdagen)` }))} />
      {done && <Alert type="ok" live>{done}</Alert>}
      {error && <Alert type="error">{error.message}</Alert>}
      {levelId && !items && !error && <Loading what="De wachtrij" />}
      {items && items.length === 0 && <P>Geen knelpunten op deze trede.</P>}
      {items && items.length > 0 && (
        <H2>
          {items.length} {items.length === 1 ? 'knelpunt wacht' : 'knelpunten wachten'} op een besluit
        </H2>
      )}
      {items?.map((k) => (
        <DecisionCard
          key={k.stepId}
          item={k}
          onDecided={(msg) => {
            setDone(msg);
            load();
          }}
        />
      ))}
    </>
  );
}

const OUTCOMES: Record<string, string> = { toegekend: 'Toegekend: de oplossing mag', afgewezen: 'Afgewezen' };

function DecisionCard({ item: k, onDecided }: { item: QueueItem; onDecided: (msg: string) => void }) {
  const form = useFormId('besluit');
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({ outcome: 'toegekend', text: '' });
  const { busy, error, run, err } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/escalation-steps/{id}/decision', { path: { id: k.stepId }, body: { outcome: v.outcome as 'toegekend', text: v.text } }));
    if (r) onDecided(`Besluit vastgelegd: ${label(OUTCOMES, v.outcome).toLowerCase()} — ${k.solutionNeeded}.`);
  };
  return (
    <article className="mw-card" aria-labelledby={`${form}-kop`}>
      <h3 id={`${form}-kop`} className="utrecht-heading-3">
        {k.solutionNeeded}
      </h3>
      <P>
        Blokkade: {k.blockingLaw}
        {k.blockingArticle ? `, ${k.blockingArticle}` : ''} · {label(KNELPUNT_TYPE_LABELS, k.type)} · geëscaleerd op {formatDate(k.escalatedOn)}: {k.reason}
      </P>
      <P>
        Besluit uiterlijk {formatDate(k.deadline)}{' '}
        {k.overdue && (
          <StatusBadge status="danger">
            {k.workingDaysOverdue} {k.workingDaysOverdue === 1 ? 'werkdag' : 'werkdagen'} over de termijn
          </StatusBadge>
        )}
      </P>
      {!open ? (
        <SecondaryButton onClick={() => setOpen(true)}>
          Besluiten<span className="mw-visually-hidden"> over “{k.solutionNeeded}”</span>
        </SecondaryButton>
      ) : (
        <form onSubmit={submit} noValidate aria-label={`Besluit over ${k.solutionNeeded}`}>
          <ErrorSummary form={form} error={error} labels={{ outcome: 'Besluit', text: 'Toelichting' }} />
          <SelectField form={form} name="outcome" label="Besluit" value={v.outcome} onChange={(e) => setV({ ...v, outcome: e.target.value })} error={err('outcome')} options={Object.entries(OUTCOMES).map(([value, l]) => ({ value, label: l }))} />
          <TextAreaField form={form} name="text" label="Toelichting" description="Waarmee is het toegekend, of waarom niet?" value={v.text} maxLength={2000} onChange={(e) => setV({ ...v, text: e.target.value })} error={err('text')} />
          <ButtonGroup>
            <PrimaryButton busy={busy} disabled={busy}>Besluit vastleggen</PrimaryButton>
            <SecondaryButton onClick={() => setOpen(false)}>Annuleren</SecondaryButton>
          </ButtonGroup>
        </form>
      )}
    </article>
  );
}
