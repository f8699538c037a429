// SPDX-License-Identifier: EUPL-1.2
/**
 * Signals (issue 12 §2): the policy adviser's Signaalregels (how each rule does, and an editor that
 * shows the fairness guard's refusals), the readable Algoritmeregister page of a rule, the
 * regisseur's Signalen list, and on the case page the life events with the case's signals.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { StackedBarChart, downloadText } from '../components/charts';
import { countText, formatDate, formatNumber, todayIso } from '../format';
import { Link } from '../router';
import { LIFE_EVENT_LABELS, LIFE_EVENT_TYPES } from '../../../src/cases/model';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, Facts, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type Rule = Schemas['Signaalregel'];
type Signal = Schemas['Signaal'];
const eventLabel = (e: string) => (LIFE_EVENT_LABELS as Record<string, string>)[e] ?? e;
const STATUS_LABELS: Record<Signal['status'], string> = { open: 'Nog bekijken', opgepakt: 'Opgepakt', terzijde: 'Terzijde gelegd' };
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

// ---- Signaalregels ----------------------------------------------------------------------------------

export function SignaalregelsPage() {
  const { has } = useSession();
  const [rules, setRules] = useState<Rule[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mayEdit = has('beleid');
  const load = useCallback(() => api.get('/signaalregels').then((r) => setRules(r.data.items), (e) => e instanceof ApiError && setError(e)), []);
  useEffect(() => {
    document.title = 'Signaalregels · Maatwerk';
    void load();
  }, [load]);
  return (
    <>
      <H1>Signaalregels</H1>
      <P className="mw-muted">Een signaalregel vraagt de regisseur om te kijken wanneer bepaalde gebeurtenissen op één casus samenkomen. Een signaal is nooit een besluit en gaat nooit naar handhaving. Hier ziet u per regel hoe vaak hij afging, terzijde werd gelegd of tot actie leidde: zo valt een regel op die vooral ruis geeft.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      {!rules && !error && <Loading what="Signaalregels" />}
      {rules && rules.length === 0 && <P>Er zijn nog geen signaalregels.</P>}
      {rules && rules.length > 0 && (
        <section className="mw-section" aria-labelledby="werking">
          <H2 id="werking">Verdient elke regel zijn plek?</H2>
          <StackedBarChart
            title="Signalen per regel: opgepakt, terzijde gelegd en nog open"
            labelsAbove
            rows={rules.map((r) => ({
              label: r.name,
              total: `${countText(r.score.fired, 'signaal', 'signalen')}`,
              segments: [
                { label: 'Opgepakt', value: r.score.acted },
                { label: 'Terzijde gelegd', value: r.score.dismissed },
                { label: 'Nog open', value: r.score.open },
              ],
            }))}
            summary={`Per signaalregel hoe vaak hij afging en wat ermee gebeurde: ${rules.map((r) => `${r.name}: ${r.score.fired} keer afgegaan, ${r.score.acted} opgepakt, ${r.score.dismissed} terzijde gelegd, ${r.score.open} nog open`).join('; ')}. Een regel met veel terzijde gelegde signalen geeft vooral ruis.`}
          />
          <Table caption="Werking per signaalregel" head={['Regel', 'Gebeurtenissen', 'Afgegaan', 'Opgepakt', 'Terzijde', 'Nog open', 'Deel terzijde', 'Oordeel']}>
            {rules.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <Td>
                  <Link href={`/signaalregels/${r.id}`} className="utrecht-link mw-strong">{r.name}</Link>
                  {!r.active && <div className="mw-muted">Buiten gebruik</div>}
                </Td>
                <Td>{r.events.map(eventLabel).join(' + ')} binnen {countText(r.windowDays, 'dag', 'dagen')}{r.ordered ? ', in deze volgorde' : ''}</Td>
                <Td numeric>{formatNumber(r.score.fired)}</Td>
                <Td numeric>{formatNumber(r.score.acted)}</Td>
                <Td numeric>{formatNumber(r.score.dismissed)}</Td>
                <Td numeric>{formatNumber(r.score.open)}</Td>
                <Td numeric>{pct(r.score.dismissedShare)}</Td>
                <Td>{r.score.noisy ? <StatusBadge status="warning">Veel ruis</StatusBadge> : r.score.fired ? <StatusBadge status="active">Werkt</StatusBadge> : 'Nog geen signalen'}</Td>
              </tr>
            ))}
          </Table>
        </section>
      )}
      {mayEdit && <RuleEditor onSaved={() => void load()} />}
    </>
  );
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Naam', purpose: 'Doel', legalGround: 'Wettelijke grondslag', owner: 'Eigenaar', events: 'Gebeurtenissen', windowDays: 'Tijdvenster', risks: 'Risico’s en maatregelen', contact: 'Contact',
  'conditions.0.attribute': 'Extra kenmerk', 'conditions.0.operator': 'Vergelijking', 'conditions.0.value': 'Waarde', 'events.0': 'Gebeurtenis 1', 'events.1': 'Gebeurtenis 2', 'events.2': 'Gebeurtenis 3', 'events.3': 'Gebeurtenis 4',
};

type RuleDetail = Schemas['SignaalregelDetail'];
const draftOf = (r?: RuleDetail) => ({
  name: r?.name ?? '', purpose: r?.purpose ?? '', legalGround: r?.legalGround ?? '', owner: r?.owner ?? '', windowDays: String(r?.windowDays ?? 90), risks: r?.risks ?? '', contact: r?.contact ?? '',
  attribute: r?.conditions[0]?.attribute ?? '', operator: r?.conditions[0]?.operator ?? 'jonger_dan', value: r?.conditions[0] ? String(r.conditions[0].value) : '',
});

/**
 * The editor of a signal rule: new (POST) or a change of an existing rule (PUT with the version the
 * user saw, If-Match). The fairness guard's refusals come back per field and show at the field.
 */
function RuleEditor({ rule, onSaved, onReload }: { rule?: RuleDetail; onSaved: (r: RuleDetail) => void; onReload?: () => void }) {
  const form = useFormId('regel');
  const { busy, error, run, err } = useSubmit();
  const [d, setD] = useState(() => draftOf(rule));
  const [events, setEvents] = useState<string[]>(rule?.events ?? []);
  const [ordered, setOrdered] = useState(rule?.ordered ?? false);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    setD(draftOf(rule));
    setEvents(rule?.events ?? []);
    setOrdered(rule?.ordered ?? false);
  }, [rule]);
  const set = (k: keyof typeof d) => (e: { target: { value: string } }) => setD({ ...d, [k]: e.target.value });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    // A value nobody gave is sent as 0, which the guard refuses for every attribute (no age limit is 0): nothing is saved on it.
    const conditions = d.attribute.trim() ? [{ attribute: d.attribute.trim(), operator: d.operator, value: /^\d{1,3}$/.test(d.value.trim()) ? Number(d.value.trim()) : 0 }] : [];
    const body = { name: d.name, purpose: d.purpose, legalGround: d.legalGround, owner: d.owner, events, windowDays: /^\d+$/.test(d.windowDays.trim()) ? Number(d.windowDays.trim()) : 0, ordered, conditions, risks: d.risks, contact: d.contact, active: rule?.active ?? true };
    const r = await run(() => (rule ? api.put('/signaalregels/{id}', { path: { id: rule.id }, body, ifMatch: rule.version }) : api.post('/signaalregels', { body })));
    if (r) {
      setSaved(r.data.name);
      if (!rule) {
        setD(draftOf());
        setEvents([]);
        setOrdered(false);
      }
      onSaved(r.data);
    }
  };
  const kop = `${form}-kop`;
  return (
    <section className="mw-section" aria-labelledby={kop}>
      <H2 id={kop}>{rule ? 'Regel wijzigen' : 'Nieuwe signaalregel'}</H2>
      <P className="mw-muted">De toets weigert nationaliteit, etniciteit of afkomst, godsdienst, geslacht of gender, postcode of wijk, en leeftijd anders dan als wettelijke grens. U ziet waarom, bij het veld.{rule ? ' Een wijziging geldt voor gebeurtenissen die vanaf nu worden vastgelegd; signalen die al afgingen blijven staan.' : ''}</P>
      {saved && <Alert type="ok" live>{rule ? `De wijziging van “${saved}” is opgeslagen.` : `De regel “${saved}” is opgeslagen en werkt vanaf nu op nieuwe gebeurtenissen.`}</Alert>}
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} error={error} labels={FIELD_LABELS} conflictWhat="deze regel" />
        {error?.status === 412 && onReload && <ButtonGroup><SecondaryButton type="button" onClick={onReload}>Nieuwste versie laden</SecondaryButton></ButtonGroup>}
        <TextField form={form} name="name" label="Naam" value={d.name} onChange={set('name')} error={err('name')} />
        <TextAreaField form={form} name="purpose" label="Doel" description="Wat het signaal voor de inwoner moet opleveren." value={d.purpose} onChange={set('purpose')} error={err('purpose')} />
        <TextField form={form} name="legalGround" label="Wettelijke grondslag" value={d.legalGround} onChange={set('legalGround')} error={err('legalGround')} />
        <TextField form={form} name="owner" label="Eigenaar" value={d.owner} onChange={set('owner')} error={err('owner')} />
        <fieldset className="utrecht-form-fieldset mw-field" id={`${form}-events`}>
          <legend className="mw-strong">Gebeurtenissen op één casus</legend>
          {err('events') && <Alert type="error">{err('events')}</Alert>}
          {LIFE_EVENT_TYPES.map((t) => (
            <CheckboxField key={t} form={form} name={`ev-${t}`} label={LIFE_EVENT_LABELS[t]} checked={events.includes(t)} onChange={(v) => setEvents(v ? [...events, t] : events.filter((x) => x !== t))} />
          ))}
        </fieldset>
        <CheckboxField form={form} name="ordered" label="Alleen in de aangevinkte volgorde" checked={ordered} onChange={setOrdered} />
        <TextField form={form} name="windowDays" label="Tijdvenster in dagen" inputMode="numeric" value={d.windowDays} onChange={set('windowDays')} error={err('windowDays')} />
        <TextField form={form} name="conditions.0.attribute" label="Extra kenmerk (optioneel)" description="Bijvoorbeeld leeftijd, alleen als wettelijke grens (18, 21, 23 of 27 jaar) van de aanvrager." value={d.attribute} onChange={set('attribute')} error={err('conditions.0.attribute')} />
        {d.attribute.trim() && (
          <>
            <SelectField form={form} name="conditions.0.operator" label="Vergelijking" value={d.operator} onChange={set('operator')} options={[{ value: 'jonger_dan', label: 'jonger dan' }, { value: 'minstens', label: 'minstens' }]} error={err('conditions.0.operator')} />
            <TextField form={form} name="conditions.0.value" label="Waarde" inputMode="numeric" value={d.value} onChange={set('value')} error={err('conditions.0.value')} />
          </>
        )}
        <TextAreaField form={form} name="risks" label="Risico’s en maatregelen" value={d.risks} onChange={set('risks')} error={err('risks')} />
        <TextField form={form} name="contact" label="Contact" value={d.contact} onChange={set('contact')} error={err('contact')} />
        <ButtonGroup>
          <PrimaryButton type="submit" disabled={busy}>{rule ? 'Wijziging opslaan' : 'Regel opslaan'}</PrimaryButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Take a rule out of use (it no longer fires; its signals and register text stay) or back in, with the version the user saw. */
function ActiveToggle({ rule, onSaved, onReload }: { rule: RuleDetail; onSaved: (r: RuleDetail) => void; onReload: () => void }) {
  const form = useFormId('gebruik');
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const toggle = async () => {
    setDone(null);
    const { id: _i, version: _v, score: _s, dismissReasons: _d, ...fields } = rule;
    const r = await run(() => api.put('/signaalregels/{id}', { path: { id: rule.id }, body: { ...fields, active: !rule.active }, ifMatch: rule.version }));
    if (r) {
      setDone(r.data.active ? 'De regel is weer in gebruik: hij gaat af op gebeurtenissen die vanaf nu worden vastgelegd.' : 'De regel is buiten gebruik gesteld: hij gaat niet meer af. Signalen die al afgingen blijven staan.');
      onSaved(r.data);
    }
  };
  const kop = `${form}-kop`;
  return (
    <section className="mw-section" aria-labelledby={kop}>
      <H2 id={kop}>{rule.active ? 'Buiten gebruik stellen' : 'Weer in gebruik nemen'}</H2>
      {done && <Alert type="ok" live>{done}</Alert>}
      <ErrorSummary form={form} error={error} conflictWhat="deze regel" />
      {error?.status === 412 && <ButtonGroup><SecondaryButton type="button" onClick={onReload}>Nieuwste versie laden</SecondaryButton></ButtonGroup>}
      <P>{rule.active ? 'Een regel buiten gebruik gaat niet meer af. De signalen die hij gaf en zijn beschrijving blijven bewaard.' : 'Deze regel is buiten gebruik en gaat niet af.'}</P>
      <ButtonGroup>
        <SecondaryButton type="button" disabled={busy} onClick={toggle}>{rule.active ? 'Regel buiten gebruik stellen' : 'Regel weer in gebruik nemen'}</SecondaryButton>
      </ButtonGroup>
    </section>
  );
}

// ---- one rule and its Algoritmeregister page -------------------------------------------------------

export function SignaalregelPage({ id }: { id: string }) {
  const [rule, setRule] = useState<Schemas['SignaalregelDetail'] | null>(null);
  const [reg, setReg] = useState<Schemas['Algoritmeregister'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { has } = useSession();
  const load = useCallback(() => {
    const fail = (e: unknown) => e instanceof ApiError && setError(e);
    api.get('/signaalregels/{id}', { path: { id } }).then((r) => setRule(r.data), fail);
    api.get('/signaalregels/{id}/algoritmeregister', { path: { id } }).then((r) => setReg(r.data), fail);
  }, [id]);
  useEffect(load, [load]);
  useEffect(() => {
    document.title = `${reg?.naam ?? 'Signaalregel'} · Algoritmeregister · Maatwerk`;
  }, [reg]);
  if (error) return (<><H1>Signaalregel</H1><Alert type="error">{error.status === 404 ? 'Deze regel bestaat niet of u heeft er geen toegang toe.' : error.message}</Alert></>);
  if (!rule || !reg) return <Loading what="Signaalregel" />;
  return (
    <>
      <P><Link href="/signaalregels">Terug naar Signaalregels</Link></P>
      <H1>{reg.naam}</H1>
      <P className="mw-muted">Beschrijving voor het Algoritmeregister van de Nederlandse overheid.</P>
      <Facts items={[
        ['Organisatie', reg.organisatie], ['Status', reg.status], ['Doel', reg.doel], ['Wettelijke grondslag', reg.wettelijkeGrondslag], ['Werking', reg.beschrijving],
        ['Gebruikte gegevens', <ul key="g" className="utrecht-unordered-list mw-compact-list">{reg.gebruikteGegevens.map((g) => <li key={g} className="utrecht-unordered-list__item">{g}</li>)}</ul>],
        ['Niet gebruikt', reg.nietGebruikt], ['Menselijke tussenkomst', reg.menselijkeTussenkomst], ['Risico’s en maatregelen', reg.risicosEnMaatregelen || '—'], ['Eigenaar', reg.eigenaar], ['Contact', reg.contact || '—'],
      ]} />
      <ButtonGroup>
        <SecondaryButton onClick={() => downloadText(JSON.stringify(reg, null, 2), `algoritmeregister-${reg.naam.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`, 'application/json')}>Download als JSON</SecondaryButton>
      </ButtonGroup>
      <section className="mw-section" aria-labelledby="werking-regel">
        <H2 id="werking-regel">Hoe de regel het doet</H2>
        <Facts items={[['Afgegaan', formatNumber(rule.score.fired)], ['Opgepakt', formatNumber(rule.score.acted)], ['Terzijde gelegd', formatNumber(rule.score.dismissed)], ['Nog open', formatNumber(rule.score.open)]]} />
        {rule.dismissReasons.length > 0 && (
          <>
            <H3>Waarom signalen terzijde werden gelegd</H3>
            <ul className="utrecht-unordered-list">{rule.dismissReasons.map((r, i) => <li key={i} className="utrecht-unordered-list__item">{r}</li>)}</ul>
          </>
        )}
      </section>
      {has('beleid') && (
        <>
          <RuleEditor rule={rule} onSaved={load} onReload={load} />
          <ActiveToggle rule={rule} onSaved={load} onReload={load} />
        </>
      )}
    </>
  );
}

// ---- the regisseur's signals -------------------------------------------------------------------------

function HandleSignal({ s, onDone }: { s: Signal; onDone: () => void }) {
  const form = useFormId(`signaal`);
  const { busy, error, run, err } = useSubmit();
  const [reason, setReason] = useState('');
  const go = async (outcome: 'opgepakt' | 'terzijde') => {
    const r = await run(() => api.post('/signalen/{id}/afhandeling', { path: { id: s.id }, body: { outcome, reason }, ifMatch: s.version }));
    if (r) onDone();
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <ErrorSummary form={form} error={error} labels={{ reason: 'Reden' }} conflictWhat="dit signaal" />
      <TextField form={form} name="reason" label="Wat doet u ermee, en waarom?" value={reason} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
      <ButtonGroup>
        <PrimaryButton type="button" disabled={busy} onClick={() => go('opgepakt')}>Oppakken</PrimaryButton>
        <SecondaryButton type="button" disabled={busy} onClick={() => go('terzijde')}>Terzijde leggen</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function SignalCard({ s, onDone, showCase }: { s: Signal; onDone: () => void; showCase: boolean }) {
  return (
    <li className="mw-card">
      <H3>{s.ruleName}</H3>
      <P>
        {showCase && <><Link href={`/casussen/${s.caseId}`} className="utrecht-link">{s.caseTitle}</Link>{' · '}</>}
        Afgegaan op {formatDate(s.firedOn)}: {s.ruleEvents.map(eventLabel).join(', ')} binnen {countText(s.ruleWindowDays, 'dag', 'dagen')}.
      </P>
      <P className="mw-muted">Doel: {s.rulePurpose}. Dit is een vraag om te kijken, geen besluit.</P>
      {s.status === 'open' ? <HandleSignal s={s} onDone={onDone} /> : <P><StatusBadge status={s.status === "opgepakt" ? "active" : "neutral"}>{STATUS_LABELS[s.status]}</StatusBadge> door {s.handledByName} op {formatDate(s.handledOn)}: {s.reason}</P>}
    </li>
  );
}

export function SignalenPage() {
  const [items, setItems] = useState<Signal[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => api.get('/signalen').then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e)), []);
  useEffect(() => {
    document.title = 'Signalen · Maatwerk';
    void load();
  }, [load]);
  const open = items?.filter((s) => s.status === 'open') ?? [];
  const done = items?.filter((s) => s.status !== 'open') ?? [];
  return (
    <>
      <H1>Signalen</H1>
      <P className="mw-muted">Signalen op de casussen van uw team: een signaalregel zag gebeurtenissen samenkomen. Kijk of het gezin iets nodig heeft, en pak het op of leg het terzijde met een reden.</P>
      {error && <Alert type="error" live>{error.message}</Alert>}
      {!items && !error && <Loading what="Signalen" />}
      {items && (
        <>
          <H2>Nog bekijken ({open.length})</H2>
          {open.length === 0 ? <P>Geen open signalen.</P> : <ul className="mw-results">{open.map((s) => <SignalCard key={s.id} s={s} onDone={load} showCase />)}</ul>}
          {done.length > 0 && (
            <>
              <H2>Afgehandeld</H2>
              <ul className="mw-results">{done.map((s) => <SignalCard key={s.id} s={s} onDone={load} showCase />)}</ul>
            </>
          )}
        </>
      )}
    </>
  );
}

// ---- on the case page ----------------------------------------------------------------------------------

/** Life events on the case (with a small form) and the case's signals. One line on the case page renders it. */
export function CaseSignalsSection({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const form = useFormId('gebeurtenis');
  const [events, setEvents] = useState<Schemas['Levensgebeurtenis'][] | null>(null);
  const [signals, setSignals] = useState<Signal[]>([]);
  const [type, setType] = useState<string>(LIFE_EVENT_TYPES[0]);
  const [on, setOn] = useState(todayIso());
  const [fired, setFired] = useState<string[]>([]);
  const { busy, error, run, err } = useSubmit();
  const load = useCallback(async () => {
    try {
      setEvents((await api.get('/cases/{id}/levensgebeurtenissen', { path: { id: caseId } })).data.items);
      setSignals((await api.get('/cases/{id}/signalen', { path: { id: caseId } })).data.items);
    } catch {
      setEvents([]);
    }
  }, [caseId]);
  useEffect(() => void load(), [load]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/cases/{id}/levensgebeurtenissen', { path: { id: caseId }, body: { type: type as (typeof LIFE_EVENT_TYPES)[number], occurredOn: on, note: '' } }));
    if (r) {
      setFired(r.data.signals.map((s) => s.ruleName));
      await load();
    }
  };
  return (
    <section className="mw-section" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>Gebeurtenissen en signalen</H2>
      {fired.length > 0 && <Alert type="warning" live>Signaal: {fired.join(', ')}. Kijk of het gezin iets nodig heeft.</Alert>}
      {signals.length > 0 && <ul className="mw-results">{signals.map((s) => <SignalCard key={s.id} s={s} onDone={load} showCase={false} />)}</ul>}
      {events && events.length > 0 && (
        <Table scrollLabel="Tabel vastgelegde gebeurtenissen" caption="Vastgelegde gebeurtenissen en aanvragen" head={['Datum', 'Gebeurtenis', 'Vastgelegd door']}>
          {events.map((ev) => (
            <tr key={ev.id} className="utrecht-table__row"><Td>{formatDate(ev.occurredOn)}</Td><Td>{eventLabel(ev.type)}</Td><Td>{ev.recordedByName}</Td></tr>
          ))}
        </Table>
      )}
      {events && events.length === 0 && <P>Nog geen gebeurtenissen vastgelegd.</P>}
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary form={form} error={error} labels={{ type: "Gebeurtenis", occurredOn: "Datum van de gebeurtenis" }} />
          <SelectField form={form} name="type" label="Gebeurtenis of aanvraag" value={type} onChange={(e) => setType(e.target.value)} options={LIFE_EVENT_TYPES.map((t) => ({ value: t, label: LIFE_EVENT_LABELS[t] }))} error={err('type')} />
          <TextField form={form} name="occurredOn" label="Datum van de gebeurtenis" type="date" value={on} onChange={(e) => setOn(e.target.value)} error={err('occurredOn')} />
          <ButtonGroup><PrimaryButton type="submit" disabled={busy}>Gebeurtenis vastleggen</PrimaryButton></ButtonGroup>
        </form>
      )}
    </section>
  );
}
