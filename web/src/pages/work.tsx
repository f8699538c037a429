// SPDX-License-Identifier: EUPL-1.2
/**
 * Work queues of roles that decide on what professionals ask: the budgethouder's spends above the
 * mandate (approve or reject with a reason) and the doorbraaktafel's queue per escalation level
 * (oldest deadline first) with the Omgekeerde Toets, cost of waiting, business case, "Elders
 * opgelost" and every decision; hand-overs received from other organisations wait here too.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { countText, KNELPUNT_TYPE_LABELS, formatDate, formatEuro, label } from '../format';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, TextAreaField, useFormId, useSubmit } from '../ui';
import { EldersOpgelostList, useEldersOpgelost } from './bibliotheek';
import { Link } from '../router';
import { DecisionForm, HandoverInbox } from './loket';

type Spend = Schemas['BudgetApproval'];

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
      <p className="utrecht-paragraph mw-strong">{s.mandateExceeded}</p>
      <dl className="utrecht-data-list mw-facts">
        {[
          // A budgethouder who also works on cases opens the case's budget; otherwise the case's spends in this pot.
          ['Casus', has('professional', 'teamleider') ? <Link href={`/casussen/${s.caseId}/budget`}>{s.caseTitle}</Link> : <Link href={`/budgetten/${s.potId}?casus=${s.caseId}`}>{s.caseTitle}<span className="mw-visually-hidden">: alle uitgaven van deze casus uit dit budget</span></Link>],
          ['Budget', <Link href={`/budgetten/${s.potId}`}>{s.potName}</Link>],
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
  const [levels, setLevels] = useState<Level[] | null>(null);
  const [levelId, setLevelId] = useState('');
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [received, setReceived] = useState<Array<Schemas['Handover'] & { overdue?: boolean; workingDaysLeft?: number }> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Doorbraaktafel · Maatwerk';
    api.get('/escalation-ladder').then((r) => {
      // Only the levels where this user decides: a role of the own organisation.
      const mine = r.data.levels.filter((l) => l.deciderRole && (me.user.roles as string[]).includes(l.deciderRole));
      setLevels(mine);
      setLevelId(mine[0]?.id ?? '');
    }, (e) => e instanceof ApiError && setError(e));
    // Hand-overs from other organisations wait here too (the Landelijk Maatwerkloket has no ladder of its own).
    api.get('/handovers', { query: { direction: 'ontvangen', status: 'open' } }).then((r) => setReceived(r.data.items), () => setReceived([]));
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
      <P className="mw-muted">Knelpunten die op een besluit wachten, de oudste termijn eerst: op de treden van uw eigen ladder en als overdracht van andere organisaties.</P>
      {done && <Alert type="ok" live>{done}</Alert>}
      {error && <Alert type="error">{error.message}</Alert>}
      {(!levels || !received) && !error && <Loading what="De wachtrij" />}
      {received && (received.length > 0 || levels?.length === 0) && (
        <>
          <HandoverInbox items={received} title="Overdrachten van andere organisaties" empty="Er wachten geen overdrachten op uw besluit." />
          <P><Link href="/loket">Naar alle overdrachten, overbruggingen en cijfers</Link></P>
        </>
      )}
      {levels && levels.length > 0 && (
        <section className="mw-section" aria-labelledby="treden-kop">
          <H2 id="treden-kop">Uw treden</H2>
          {levels.length > 1 && <SelectField form="wachtrij" name="level" label="Trede" value={levelId} onChange={(e) => setLevelId(e.target.value)} options={levels.map((l) => ({ value: l.id, label: `${l.position}. ${l.name} (${countText(l.deadlineWorkingDays, 'werkdag', 'werkdagen')})` }))} />}
          {levels.length === 1 && <P>Trede: {levels[0].name} ({levels[0].deadlineWorkingDays} werkdagen)</P>}
          {levelId && !items && !error && <Loading what="De wachtrij" />}
          {items && items.length === 0 && <P>Geen knelpunten op deze trede.</P>}
          {items && items.length > 0 && (
            <H3>
              {items.length} {items.length === 1 ? 'knelpunt wacht' : 'knelpunten wachten'} op een besluit
            </H3>
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
        </section>
      )}
    </>
  );
}

function DecisionCard({ item: k, onDecided }: { item: QueueItem; onDecided: (msg: string) => void }) {
  const form = useFormId('besluit');
  const [file, setFile] = useState<Schemas['KnelpuntFile'] | null>(null);
  const [levels, setLevels] = useState<Array<{ id: string; name: string }>>([]);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    api.get('/knelpunten/{id}', { path: { id: k.knelpuntId } }).then((r) => setFile(r.data), () => setFile(null));
    api.get('/escalation-ladder').then((r) => setLevels(r.data.levels.map((l) => ({ id: l.id, name: l.name }))), () => setLevels([]));
  }, [k.knelpuntId]);
  const f = file?.knelpunt;
  return (
    <article className="mw-card" aria-labelledby={`${form}-kop`}>
      <h3 id={`${form}-kop`} className="utrecht-heading-3">
        <Link href={`/knelpunten/${k.knelpuntId}`}>{k.solutionNeeded}</Link>
      </h3>
      <P>
        Blokkade: {k.blockingLaw}
        {k.blockingArticle ? `, ${k.blockingArticle}` : ''} · {label(KNELPUNT_TYPE_LABELS, k.type)} · geëscaleerd op {formatDate(k.escalatedOn)}{k.reason ? `: ${k.reason}` : ''}
      </P>
      <P>
        Besluit uiterlijk {formatDate(k.deadline)}{' '}
        {k.overdue && (
          <StatusBadge status="danger">
            {k.workingDaysOverdue} {k.workingDaysOverdue === 1 ? 'werkdag' : 'werkdagen'} over de termijn
          </StatusBadge>
        )}
      </P>
      {f && (
        <Facts items={[
          ['Omgekeerde Toets: doel van de regel', f.toetsRuleGoal || '—'],
          ['Waarom toepassen hier tegen dat doel werkt', f.toetsCounterproductive || '—'],
          ['Wat proportioneel is', f.toetsProportionate || '—'],
          ['Wat wachten kost', `${f.costOfWaiting || '—'}${f.costOfWaitingCents != null ? ` (${formatEuro(f.costOfWaitingCents)})` : ''}`],
          ['Businesscase', file!.businessCase ? `${file!.businessCase.title}: regulier ${formatEuro(file!.businessCase.regulierCents)}, maatwerk ${formatEuro(file!.businessCase.maatwerkCents)}, verschil ${formatEuro(file!.businessCase.differenceCents)}` : 'Geen businesscase gekoppeld'],
        ]} />
      )}
      <EldersOpgelost knelpuntId={k.knelpuntId} />
      {!open ? (
        <SecondaryButton onClick={() => setOpen(true)}>
          Besluiten<span className="mw-visually-hidden"> over “{k.solutionNeeded}”</span>
        </SecondaryButton>
      ) : (
        <>
          <DecisionForm target={{ kind: 'step', id: k.stepId, levels }} what={k.solutionNeeded} onDone={onDecided} />
          <ButtonGroup>
            <SecondaryButton onClick={() => setOpen(false)}>Annuleren</SecondaryButton>
          </ButtonGroup>
        </>
      )}
    </article>
  );
}

/** "Elders opgelost": published doorbraken from the Bibliotheek most like this knelpunt, with why. */
function EldersOpgelost({ knelpuntId }: { knelpuntId: string }) {
  const items = useEldersOpgelost(knelpuntId);
  if (!items) return null;
  return (
    <div className="mw-elders">
      <P className="mw-strong">Elders opgelost</P>
      {items.length === 0 ? <P className="mw-muted">Geen vergelijkbare doorbraken in de Bibliotheek.</P> : <EldersOpgelostList items={items} />}
    </div>
  );
}
