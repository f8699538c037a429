// SPDX-License-Identifier: EUPL-1.2
/**
 * Van doorbraak naar beleid (issue 12 §3): the rules behind structural signals (grouped by law and
 * article), proposals by stage, and one proposal with its follow-up steps, its effect (knelpunten on
 * the rule before and after the change, as a chart with its table) and the other organisation's answer.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { BarChart } from '../components/charts';
import { countText, formatDate, formatNumber, todayIso } from '../format';
import { Link, navigate } from '../router';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, H3, Loading, P, PrimaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type Proposal = Schemas['BeleidVoorstel'];
type Detail = Schemas['BeleidVoorstelDetail'];
type RuleGroup = Schemas['BeleidRegel'];
const STAGES: Array<[Proposal['stage'], string]> = [['voorgesteld', 'Voorgesteld'], ['geagendeerd', 'Op de agenda'], ['besloten', 'Besloten'], ['ingevoerd', 'Ingevoerd']];
const STAGE_LABEL = Object.fromEntries(STAGES) as Record<Proposal['stage'], string>;
const CHANGE_LABELS: Record<string, string> = { regel: 'Een regel is gewijzigd', afspraak: 'Een vaste afspraak is gemaakt', mandaat: 'Een mandaat is gegeven' };
const EVENT_LABELS: Record<string, string> = { voorgesteld: 'Voorgesteld', geagendeerd: 'Op de agenda gezet', besloten: 'Besloten', ingevoerd: 'Ingevoerd', antwoord: 'Antwoord' };
const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const monthLabel = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
const days = (n: number | null | undefined) => (n === null || n === undefined ? '—' : countText(n, 'dag', 'dagen'));
const stageText = (p: { stage: Proposal['stage']; decision: Proposal['decision'] }) => (p.stage === 'besloten' ? (p.decision === 'aangenomen' ? 'Aangenomen' : 'Verworpen') : STAGE_LABEL[p.stage]);

export function BeleidOpvolgingPage() {
  const { has } = useSession();
  const [rules, setRules] = useState<Schemas['BeleidRegel'][] | null>(null);
  const [orgs, setOrgs] = useState<Array<{ id: string; name: string }>>([]);
  const [items, setItems] = useState<Proposal[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      const r = await api.get('/beleid/regels');
      setRules(r.data.items);
      setOrgs(r.data.organisations);
      setItems((await api.get('/beleidsvoorstellen')).data.items);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  }, []);
  useEffect(() => {
    document.title = 'Van doorbraak naar beleid · Maatwerk';
    void load();
  }, [load]);
  const sent = items?.filter((p) => p.direction === 'verstuurd') ?? [];
  const received = items?.filter((p) => p.direction === 'ontvangen') ?? [];
  return (
    <>
      <H1>Van doorbraak naar beleid</H1>
      <P className="mw-muted">Structurele signalen uit doorbraken, per regel (wet en artikel), en wat er met de voorstellen gebeurde: op de agenda, besloten, ingevoerd, en of de knelpunten op die regel daarna afnamen.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      {!items && !error && <Loading what="Voorstellen" />}
      {items && (
        <section className="mw-section" aria-labelledby="fasen">
          <H2 id="fasen">Voorstellen per fase</H2>
          <div className="mw-stage-grid">
            {STAGES.map(([stage, label]) => {
              const here = sent.filter((p) => p.stage === stage);
              return (
                <div key={stage}>
                  <H3>{label} ({here.length})</H3>
                  <ul className="mw-results">
                    {here.map((p) => (
                      <li key={p.id} className="mw-card">
                        <Link href={`/beleid/opvolging/${p.id}`} className="utrecht-link mw-strong">{p.ruleLabel}</Link>
                        <div>{p.proposal}</div>
                        <div className="mw-muted">
                          {p.targetOrganisationName ? `Naar ${p.targetOrganisationName}. ` : ''}
                          {stage === 'geagendeerd' && p.agendaTable ? `${p.agendaTable}, ${formatDate(p.agendaOn)}. ` : ''}
                          {stage === 'besloten' ? `${stageText(p)} op ${formatDate(p.decidedOn)}. ` : ''}
                          {stage === 'ingevoerd' && p.effect ? `Knelpunten: ${p.effect.before.count} ervoor, ${p.effect.after.count} erna.` : ''}
                          {p.answer ? ' Beantwoord.' : ''}
                        </div>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </section>
      )}
      {received.length > 0 && (
        <section className="mw-section" aria-labelledby="ontvangen">
          <H2 id="ontvangen">Ontvangen van andere organisaties</H2>
          <Table caption="Voorstellen over regels van uw organisatie" head={['Van', 'Regel', 'Voorstel', 'Knelpunten erachter', 'Antwoord']}>
            {received.map((p) => (
              <tr key={p.id} className="utrecht-table__row">
                <Td>{p.organisationName}</Td>
                <Td><Link href={`/beleid/opvolging/${p.id}`} className="utrecht-link">{p.ruleLabel}</Link></Td>
                <Td>{p.proposal}</Td>
                <Td numeric>{formatNumber(p.knelpuntCount)}</Td>
                <Td>{p.answer ? `Gegeven op ${formatDate(p.answeredOn)}` : <StatusBadge status="warning">Nog te beantwoorden</StatusBadge>}</Td>
              </tr>
            ))}
          </Table>
        </section>
      )}
      {rules && (
        <section className="mw-section" aria-labelledby="regels">
          <H2 id="regels">Regels met structurele signalen</H2>
          {rules.length === 0 ? <P>Er zijn nog geen structurele signalen.</P> : (
            <Table scrollLabel="Tabel regels met structurele signalen" caption="Structurele signalen per regel, met de doorlooptijd van het eerste knelpunt tot de wijziging" head={['Regel', 'Signalen', 'Knelpunten', 'Eerste knelpunt', 'Voortgang', 'Tot de wijziging']}>
              {rules.map((r) => (
                <tr key={r.key} className="utrecht-table__row">
                  <Td>
                    <span className="mw-strong">{r.label}</span>
                    {r.references.length > 1 && <div className="mw-muted">Ook genoemd als: {r.references.filter((x) => x !== r.label).join('; ')}</div>}
                  </Td>
                  <Td numeric>{formatNumber(r.signals)}</Td>
                  <Td numeric>{formatNumber(r.knelpunten)}</Td>
                  <Td>{formatDate(r.firstKnelpuntOn)}</Td>
                  <Td>{r.followUps.length ? r.followUps.map((f) => stageText(f)).join(', ') : 'Nog geen voorstel'}</Td>
                  <Td>{days(r.leadTimeDays)}</Td>
                </tr>
              ))}
            </Table>
          )}
          {has('beleid') && rules.length > 0 && <ProposeForm rules={rules} orgs={orgs} />}
        </section>
      )}
    </>
  );
}

function ProposeForm({ rules, orgs }: { rules: RuleGroup[]; orgs: Array<{ id: string; name: string }> }) {
  const form = useFormId('voorstel');
  const { busy, error, run, err } = useSubmit();
  const [ruleKey, setRuleKey] = useState(rules[0].key);
  const [proposal, setProposal] = useState(rules[0].proposals[0] ?? '');
  const [target, setTarget] = useState('');
  const [proposedOn, setProposedOn] = useState(todayIso());
  const rule = rules.find((r) => r.key === ruleKey)!;
  const targetName = orgs.find((o) => o.id === target)?.name;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/beleidsvoorstellen', { body: { ruleKey, proposal, targetOrganisationId: target || null, proposedOn } }));
    if (r) navigate(`/beleid/opvolging/${r.data.id}`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <H3>Maak een voorstel</H3>
      <ErrorSummary form={form} error={error} labels={{ ruleKey: 'Regel', proposal: 'Voorstel', proposedOn: 'Voorgesteld op', targetOrganisationId: 'Van wie is de regel' }} />
      <SelectField form={form} name="ruleKey" label="Regel" value={ruleKey} onChange={(e) => { setRuleKey(e.target.value); setProposal(rules.find((r) => r.key === e.target.value)?.proposals[0] ?? ''); }} options={rules.map((r) => ({ value: r.key, label: r.label }))} error={err('ruleKey')} />
      <TextAreaField form={form} name="proposal" label="Voorstel" value={proposal} onChange={(e) => setProposal(e.target.value)} error={err('proposal')} />
      <TextField form={form} name="proposedOn" label="Voorgesteld op" description="Vandaag, of de dag van het overleg waar het voorstel werd gedaan." type="date" value={proposedOn} onChange={(e) => setProposedOn(e.target.value)} error={err('proposedOn')} />
      <SelectField form={form} name="targetOrganisationId" label="Van wie is de regel?" value={target} onChange={(e) => setTarget(e.target.value)} options={[{ value: '', label: 'Van onze eigen organisatie' }, ...orgs.map((o) => ({ value: o.id, label: o.name }))]} error={err('targetOrganisationId')} />
      {targetName && (
        <Alert type="info">
          Dit gaat naar {targetName}: de regel ({rule.label}), uw voorstel en het aantal knelpunten erachter ({formatNumber(rule.knelpunten)}). Geen namen, casussen of andere gegevens van inwoners.
        </Alert>
      )}
      <ButtonGroup><PrimaryButton type="submit" disabled={busy}>{targetName ? `Verstuur naar ${targetName}` : 'Voorstel vastleggen'}</PrimaryButton></ButtonGroup>
    </form>
  );
}

// ---- one proposal ---------------------------------------------------------------------------------------

export function BeleidVoorstelPage({ id }: { id: string }) {
  const [p, setP] = useState<Detail | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      const r = await api.get('/beleidsvoorstellen/{id}', { path: { id } });
      setP(r.data);
      setEtag(r.etag);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    document.title = `${p?.ruleLabel ?? 'Voorstel'} · Van doorbraak naar beleid · Maatwerk`;
  }, [p]);
  if (error) return (<><H1>Voorstel</H1><Alert type="error">{error.status === 404 ? 'Dit voorstel bestaat niet of u heeft er geen toegang toe.' : error.message}</Alert></>);
  if (!p) return <Loading what="Voorstel" />;
  const update = (d: Detail, tag: string | null) => { setP(d); setEtag(tag); };
  return (
    <>
      <P><Link href="/beleid/opvolging">Terug naar Van doorbraak naar beleid</Link></P>
      <H1>{p.ruleLabel}</H1>
      <P>{p.proposal}</P>
      <Facts items={[
        ['Fase', stageText(p)],
        ['Van', `${p.organisationName} (${p.createdByName}, ${formatDate(p.createdOn)})`],
        ...(p.targetOrganisationName ? [['Naar', p.targetOrganisationName] as [string, string]] : []),
        ['Knelpunten erachter', formatNumber(p.knelpuntCount)],
        ...(p.agendaTable ? [['Agenda', `${p.agendaTable}, ${formatDate(p.agendaOn)}`] as [string, string]] : []),
        ...(p.decision ? [['Besluit', `${p.decision === 'aangenomen' ? 'Aangenomen' : 'Verworpen'} op ${formatDate(p.decidedOn)}: ${p.decisionReason}`] as [string, string]] : []),
        ...(p.changeKind ? [['Wat veranderde', `${CHANGE_LABELS[p.changeKind]}: ${p.changeDescription}, vanaf ${formatDate(p.changeFrom)}`] as [string, string]] : []),
        ...(p.leadTimeDays !== null ? [['Van eerste knelpunt tot wijziging', days(p.leadTimeDays)] as [string, string]] : []),
      ]} />
      {p.effect && <EffectSection p={p} />}
      {p.answer && (
        <section className="mw-section" aria-labelledby="antwoord">
          <H2 id="antwoord">Antwoord van {p.targetOrganisationName}</H2>
          <P>{p.answer}</P>
          <P className="mw-muted">{p.answeredByName}, {formatDate(p.answeredOn)}</P>
        </section>
      )}
      {p.mayAnswer && <AnswerForm p={p} etag={etag} onDone={update} />}
      {p.mayMove && <StepForm p={p} etag={etag} onDone={update} />}
      <section className="mw-section" aria-labelledby="verloop">
        <H2 id="verloop">Verloop</H2>
        <Table scrollLabel="Tabel verloop van het voorstel" caption="Verloop van het voorstel" head={['Datum', 'Stap', 'Toelichting', 'Door']}>
          {p.history.map((h, i) => (
            <tr key={i} className="utrecht-table__row"><Td>{formatDate(h.on)}</Td><Td>{EVENT_LABELS[h.kind] ?? h.kind}</Td><Td>{h.detail || '—'}</Td><Td>{h.userName} ({h.userOrganisation})</Td></tr>
          ))}
        </Table>
      </section>
    </>
  );
}

function EffectSection({ p }: { p: Detail }) {
  const e = p.effect!;
  return (
    <section className="mw-section" aria-labelledby="effect">
      <H2 id="effect">Effect: knelpunten op deze regel</H2>
      <P>
        In de {countText(e.periodDays, 'dag', 'dagen')} sinds de wijziging: {countText(e.after.count, 'knelpunt', 'knelpunten')} ({String(e.afterPer30).replace('.', ',')} per 30 dagen). In even lange periode ervoor: {formatNumber(e.before.count)} ({String(e.beforePer30).replace('.', ',')} per 30 dagen)
        {e.changePct !== null ? `, een ${e.changePct <= 0 ? 'daling' : 'stijging'} van ${Math.abs(e.changePct)}%.` : '.'}
      </P>
      <BarChart title="Knelpunten op deze regel per maand" bars={e.months.map((m) => ({ label: `${monthLabel(m.month)}${m.after ? ' (na wijziging)' : ''}`, value: m.count, text: countText(m.count, 'knelpunt', 'knelpunten') }))} />
      <Table scrollLabel="Tabel knelpunten voor en na de wijziging" caption="Knelpunten voor en na de wijziging" head={['Periode', 'Van', 'Tot en met', 'Knelpunten', 'Per 30 dagen']}>
        <tr className="utrecht-table__row"><Td>Voor de wijziging</Td><Td>{formatDate(e.before.from)}</Td><Td>{formatDate(e.before.through)}</Td><Td numeric>{formatNumber(e.before.count)}</Td><Td numeric>{String(e.beforePer30).replace('.', ',')}</Td></tr>
        <tr className="utrecht-table__row"><Td>Na de wijziging</Td><Td>{formatDate(e.after.from)}</Td><Td>{formatDate(e.after.through)}</Td><Td numeric>{formatNumber(e.after.count)}</Td><Td numeric>{String(e.afterPer30).replace('.', ',')}</Td></tr>
      </Table>
      <Table scrollLabel="Tabel knelpunten per maand" caption="Knelpunten per maand" head={['Maand', 'Knelpunten', 'Periode']}>
        {e.months.map((m) => <tr key={m.month} className="utrecht-table__row"><Td>{monthLabel(m.month)}</Td><Td numeric>{m.count}</Td><Td>{m.after ? 'Na de wijziging' : 'Ervoor'}</Td></tr>)}
      </Table>
    </section>
  );
}

function AnswerForm({ p, etag, onDone }: { p: Detail; etag: string | null; onDone: (d: Detail, tag: string | null) => void }) {
  const form = useFormId('antwoord');
  const { busy, error, run, err } = useSubmit();
  const [text, setText] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/beleidsvoorstellen/{id}/antwoord', { path: { id: p.id }, body: { text }, ifMatch: etag ?? p.version }));
    if (r) onDone(r.data, r.etag);
  };
  return (
    <form onSubmit={submit} noValidate>
      <H2>Uw antwoord aan {p.organisationName}</H2>
      <ErrorSummary form={form} error={error} labels={{ text: 'Antwoord' }} conflictWhat="dit voorstel" />
      <TextAreaField form={form} name="text" label="Antwoord" value={text} onChange={(e) => setText(e.target.value)} error={err('text')} />
      <ButtonGroup><PrimaryButton type="submit" disabled={busy}>Antwoord versturen</PrimaryButton></ButtonGroup>
    </form>
  );
}

function StepForm({ p, etag, onDone }: { p: Detail; etag: string | null; onDone: (d: Detail, tag: string | null) => void }) {
  const form = useFormId('stap');
  const { busy, error, run, err } = useSubmit();
  const [v, setV] = useState({ table: '', on: todayIso(), decision: 'aangenomen', reason: '', kind: 'regel', description: '', from: todayIso() });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const next = p.stage === 'voorgesteld' || p.stage === 'geagendeerd' ? (p.stage === 'geagendeerd' ? 'besluit' : 'agenda') : p.stage === 'besloten' && p.decision === 'aangenomen' ? 'invoering' : null;
  if (!next) return null;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const opts = { path: { id: p.id }, ifMatch: etag ?? p.version };
    const r = await run(() =>
      next === 'agenda' ? api.post('/beleidsvoorstellen/{id}/agenderen', { ...opts, body: { table: v.table, on: v.on } })
      : next === 'besluit' ? api.post('/beleidsvoorstellen/{id}/besluit', { ...opts, body: { decision: v.decision as 'aangenomen' | 'verworpen', reason: v.reason, on: v.on } })
      : api.post('/beleidsvoorstellen/{id}/invoering', { ...opts, body: { kind: v.kind as 'regel' | 'afspraak' | 'mandaat', description: v.description, from: v.from } }),
    );
    if (r) onDone(r.data, r.etag);
  };
  const title = next === 'agenda' ? 'Op de agenda zetten' : next === 'besluit' ? 'Besluit vastleggen' : 'Invoering vastleggen';
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Volgende stap: {title.toLowerCase()}</H2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} error={error} labels={{ table: 'Tafel of overleg', on: 'Datum', reason: 'Reden', description: 'Wat veranderde', from: 'Vanaf' }} conflictWhat="dit voorstel" />
        {next === 'agenda' && (<>
          <TextField form={form} name="table" label="Tafel of overleg" value={v.table} onChange={set('table')} error={err('table')} />
          <TextField form={form} name="on" label="Datum van de vergadering" type="date" value={v.on} onChange={set('on')} error={err('on')} />
        </>)}
        {next === 'besluit' && (<>
          <SelectField form={form} name="decision" label="Besluit" value={v.decision} onChange={set('decision')} options={[{ value: 'aangenomen', label: 'Aangenomen' }, { value: 'verworpen', label: 'Verworpen' }]} />
          <TextAreaField form={form} name="reason" label="Reden" value={v.reason} onChange={set('reason')} error={err('reason')} />
          <TextField form={form} name="on" label="Datum van het besluit" type="date" value={v.on} onChange={set('on')} error={err('on')} />
        </>)}
        {next === 'invoering' && (<>
          <SelectField form={form} name="kind" label="Wat veranderde" value={v.kind} onChange={set('kind')} options={Object.entries(CHANGE_LABELS).map(([value, label]) => ({ value, label }))} />
          <TextAreaField form={form} name="description" label="Beschrijving van de wijziging" value={v.description} onChange={set('description')} error={err('description')} />
          <TextField form={form} name="from" label="Geldt vanaf" type="date" value={v.from} onChange={set('from')} error={err('from')} />
        </>)}
        <ButtonGroup><PrimaryButton type="submit" disabled={busy}>{title}</PrimaryButton></ButtonGroup>
      </form>
    </section>
  );
}
