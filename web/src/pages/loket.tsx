// SPDX-License-Identifier: EUPL-1.2
/**
 * The desk of the Landelijk Maatwerkloket and of every organisation that receives hand-overs
 * (issue 13): the inbox of hand-overs (deadline, sender, working days left), one hand-over with
 * exactly what was shared and every decision the API allows, and what the organisation decided:
 * its overbruggingen (the funder's acceptance, settlement and corrections as a ledger in euros),
 * the claims between funders per funder, its structural signals, and the figures per ladder level.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, newIdempotencyKey, type Schemas } from '../api/client';
import { useSession } from '../app';
import { BarChart } from '../components/charts';
import { KNELPUNT_STATUS_LABELS, KNELPUNT_TYPE_LABELS, formatDate, formatEuro, label, parseEuro } from '../format';
import { Link, navigate } from '../router';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, Facts, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type Handover = Schemas['Handover'] & { overdue?: boolean; workingDaysLeft?: number };
type Overbrugging = Schemas['Overbrugging'];

export const FUNDER_LABELS: Record<string, string> = {
  'gemeente-wmo': 'Gemeente (Wmo)', 'gemeente-jeugd': 'Gemeente (Jeugdwet)', 'gemeente-participatiewet': 'Gemeente (Participatiewet)', 'gemeente-overig': 'Gemeente (overig)',
  maatwerkbudget: 'Gemeente (maatwerkbudget)', wlz: 'Wlz (zorgkantoor)', zorgverzekeraar: 'Zorgverzekeraar (Zvw)', woningcorporatie: 'Woningcorporatie', justitie: 'Justitie', uwv: 'UWV', rijk: 'Rijk',
  huishouden: 'Het huishouden zelf', other: 'Andere financier',
};
const FUNDER_OPTIONS = Object.entries(FUNDER_LABELS).map(([value, l]) => ({ value, label: l }));
const ACCEPTANCE_LABELS: Record<string, string> = { niet_nodig: 'Beslisser financiert zelf', gevraagd: 'Wacht op akkoord van de financier', geaccepteerd: 'Geaccepteerd door de financier', geweigerd: 'Geweigerd door de financier' };
const LEDGER_KIND_LABELS: Record<string, string> = { afrekening: 'Afrekening', tegenboeking: 'Tegenboeking', correctie: 'Correctie' };
export const OUTCOME_LABELS: Record<string, string> = { toegekend: 'Toegekend: de oplossing mag', afgewezen: 'Afgewezen', overbrugd: 'Overbrugd: de hulp start nu, financiering volgt', doorverwezen: 'Doorverwezen' };
const SIGNAL_LABELS: Record<string, string> = { regel_wijzigen: 'Deze regel moet veranderen', vaste_afspraak: 'Hier is een vaste afspraak nodig' };

const daysLeft = (h: { workingDaysLeft?: number }) =>
  h.workingDaysLeft === undefined ? '—' : h.workingDaysLeft < 0 ? `${-h.workingDaysLeft} ${h.workingDaysLeft === -1 ? 'werkdag' : 'werkdagen'} over de termijn` : `${h.workingDaysLeft} ${h.workingDaysLeft === 1 ? 'werkdag' : 'werkdagen'}`;

// ---- the desk ----

export function DeskPage() {
  const { has } = useSession();
  const [open, setOpen] = useState<Handover[] | null>(null);
  const [decided, setDecided] = useState<Handover[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    document.title = 'Overdrachten · Maatwerk';
    if (!has('doorbraaktafel')) return;
    api.get('/handovers', { query: { direction: 'ontvangen', status: 'open' } }).then((r) => setOpen(r.data.items), (e) => e instanceof ApiError && setError(e));
    api.get('/handovers', { query: { direction: 'ontvangen', status: 'besloten' } }).then((r) => setDecided(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, [has]);
  return (
    <>
      <H1>Overdrachten en besluiten</H1>
      <P className="mw-muted">Knelpunten die andere organisaties aan u overdroegen, met alleen wat u nodig hebt om te beslissen; en wat u besloot: overbruggingen, vorderingen tussen financiers en signalen.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      {has('doorbraaktafel') && <HandoverInbox items={open} title="Wachten op uw besluit" empty="Er wachten geen overdrachten op uw besluit." />}
      {has('doorbraaktafel') && decided && decided.length > 0 && <HandoverInbox items={decided} title="Besloten overdrachten" empty="" />}
      <OverbruggingenSection />
      <ClaimsSection />
      {has('doorbraaktafel') && <RaisedSignals />}
      <FiguresSection />
    </>
  );
}

export function HandoverInbox({ items, title, empty }: { items: Handover[] | null; title: string; empty: string }) {
  return (
    <section className="mw-section" aria-labelledby="overdrachten-kop">
      <H2 id="overdrachten-kop">{title}</H2>
      {!items && <Loading what="Overdrachten" />}
      {items && items.length === 0 && <P>{empty}</P>}
      {items && items.length > 0 && (
        <Table caption={<span className="mw-visually-hidden">{title}</span>} head={['Knelpunt', 'Van', 'Trede', 'Termijn', 'Werkdagen over']}>
          {items.map((h) => {
            const k = (h.content as { knelpunt?: { solutionNeeded?: string } }).knelpunt;
            return (
              <tr key={h.id} className="utrecht-table__row">
                <Td>
                  <Link href={`/loket/overdrachten/${h.id}`}>{k?.solutionNeeded ?? 'Overdracht'}</Link>
                </Td>
                <Td>{h.sourceOrganisationName}</Td>
                <Td>{h.levelName}</Td>
                <Td>{formatDate(h.deadline)}</Td>
                <Td>{h.status === 'open' ? (h.overdue ? <StatusBadge status="danger">{daysLeft(h)}</StatusBadge> : daysLeft(h)) : label({ besloten: 'Besloten', vervallen: 'Vervallen' }, h.status)}</Td>
              </tr>
            );
          })}
        </Table>
      )}
    </section>
  );
}

// ---- one hand-over ----

interface HandoverContent {
  from?: string;
  knelpunt?: { solutionNeeded?: string; blockingLaw?: string; blockingArticle?: string; blockingOrganisation?: string; policyRule?: string; type?: string; costOfWaiting?: string; costOfWaitingCents?: number | null; recordedOn?: string };
  omgekeerdeToets?: { ruleGoal?: string; counterproductive?: string; proportionate?: string };
  businessCase?: { title?: string; summary?: string; differenceCents?: number; regulier?: { totalCents?: number }; maatwerk?: { totalCents?: number } } | null;
  household?: { size?: number; members?: Array<{ role: string; age: number; name?: string; birthYear?: number }> };
  escalation?: { reason?: string; previousSteps?: Array<{ level: string; escalatedOn: string; outcome: string | null; decision: string | null; decidedOn: string | null }> };
}

export function HandoverPage({ id }: { id: string }) {
  const [h, setH] = useState<Handover | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(() => {
    api.get('/handovers/{id}', { path: { id } }).then((r) => setH(r.data), (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(() => {
    document.title = 'Overdracht · Maatwerk';
    load();
  }, [load]);
  if (error) return (<><H1>Overdracht</H1><Alert type="error">{error.message}</Alert></>);
  if (!h) return <Loading what="De overdracht" />;
  const c = h.content as HandoverContent;
  const k = c.knelpunt ?? {};
  return (
    <>
      <P><Link href="/loket">← Terug naar de overdrachten</Link></P>
      <H1>{k.solutionNeeded ?? 'Overdracht'}</H1>
      {done && <Alert type="ok" live>{done}</Alert>}
      <Facts items={[
        ['Van', h.sourceOrganisationName],
        ['Trede', h.levelName],
        ['Besluit uiterlijk', formatDate(h.deadline)],
        ['Status', label({ open: 'Wacht op besluit', besloten: 'Besloten', vervallen: 'Vervallen (ingetrokken of verder geëscaleerd)' }, h.status)],
        ['Namen gedeeld', h.withIdentifiers ? 'Ja, met toestemming van de inwoner' : 'Nee: alleen rollen en leeftijden'],
      ]} />
      <KnelpuntFacts k={k} toets={c.omgekeerdeToets} />
      {c.businessCase && (
        <section className="mw-section" aria-labelledby="bc-kop">
          <H2 id="bc-kop">Businesscase</H2>
          <Facts items={[
            ['Titel', c.businessCase.title ?? '—'],
            ['Regulier pad', c.businessCase.regulier?.totalCents !== undefined ? formatEuro(c.businessCase.regulier.totalCents) : '—'],
            ['Maatwerkpad', c.businessCase.maatwerk?.totalCents !== undefined ? formatEuro(c.businessCase.maatwerk.totalCents) : '—'],
            ['Verschil', c.businessCase.differenceCents !== undefined ? formatEuro(c.businessCase.differenceCents) : '—'],
          ]} />
          {c.businessCase.summary && <P>{c.businessCase.summary}</P>}
        </section>
      )}
      <section className="mw-section" aria-labelledby="hh-kop">
        <H2 id="hh-kop">Huishouden</H2>
        <ul className="utrecht-unordered-list">
          {(c.household?.members ?? []).map((m, i) => (
            <li key={i} className="utrecht-unordered-list__item">{m.name ? `${m.name}, ` : ''}{m.role}, {m.age} jaar</li>
          ))}
        </ul>
      </section>
      <section className="mw-section" aria-labelledby="ladder-kop">
        <H2 id="ladder-kop">De ladder tot nu toe</H2>
        {c.escalation?.reason && <P>Reden van deze escalatie: {c.escalation.reason}</P>}
        {(c.escalation?.previousSteps ?? []).length === 0 ? <P>Geen eerdere treden.</P> : (
          <Table caption={<span className="mw-visually-hidden">Eerdere treden</span>} head={['Trede', 'Op', 'Besluit', 'Toelichting']}>
            {c.escalation!.previousSteps!.map((s, i) => (
              <tr key={i} className="utrecht-table__row">
                <Td>{s.level}</Td>
                <Td>{formatDate(s.escalatedOn)}</Td>
                <Td>{s.outcome ? `${label(OUTCOME_LABELS, s.outcome)}${s.decidedOn ? ` (${formatDate(s.decidedOn)})` : ''}` : 'Geen besluit'}</Td>
                <Td>{s.decision ?? '—'}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
      {h.status === 'open' && (
        <section className="mw-section" aria-labelledby="besluit-kop">
          <H2 id="besluit-kop">Besluiten</H2>
          <DecisionForm target={{ kind: 'handover', id: h.id }} what={k.solutionNeeded ?? 'deze overdracht'} onDone={(msg) => { setDone(msg); load(); }} />
        </section>
      )}
    </>
  );
}

export function KnelpuntFacts({ k, toets, businessCase }: { k: HandoverContent['knelpunt'] & object; toets?: HandoverContent['omgekeerdeToets']; businessCase?: Schemas['KnelpuntFile']['businessCase'] }) {
  return (
    <>
      <section className="mw-section" aria-labelledby="kp-kop">
        <H2 id="kp-kop">Het knelpunt</H2>
        <Facts items={[
          ['Wat blokkeert', `${k.blockingLaw ?? ''}${k.blockingArticle ? `, ${k.blockingArticle}` : ''}${k.blockingOrganisation ? ` (${k.blockingOrganisation})` : ''}`],
          ['Beleidsregel', k.policyRule || '—'],
          ['Soort', label(KNELPUNT_TYPE_LABELS, k.type)],
          ['Wat wachten kost', `${k.costOfWaiting || '—'}${k.costOfWaitingCents != null ? ` (${formatEuro(k.costOfWaitingCents)})` : ''}`],
        ]} />
      </section>
      <section className="mw-section" aria-labelledby="ot-kop">
        <H2 id="ot-kop">Omgekeerde Toets</H2>
        <Facts items={[
          ['Doel van de regel', toets?.ruleGoal || '—'],
          ['Waarom toepassen hier tegen dat doel werkt', toets?.counterproductive || '—'],
          ['Wat proportioneel is', toets?.proportionate || '—'],
        ]} />
      </section>
      {businessCase && (
        <section className="mw-section" aria-labelledby="bc2-kop">
          <H2 id="bc2-kop">Businesscase</H2>
          <Facts items={[
            ['Titel', businessCase.title],
            ['Regulier pad', formatEuro(businessCase.regulierCents)],
            ['Maatwerkpad', formatEuro(businessCase.maatwerkCents)],
            ['Verschil', formatEuro(businessCase.differenceCents)],
          ]} />
          <P>{businessCase.summary}</P>
        </section>
      )}
    </>
  );
}

// ---- every decision the API allows ----

type Target = { kind: 'handover'; id: string } | { kind: 'step'; id: string; levels: Array<{ id: string; name: string }> };

export function DecisionForm({ target, what, onDone }: { target: Target; what: string; onDone: (msg: string) => void }) {
  const form = useFormId('besluit');
  const [orgs, setOrgs] = useState<Array<{ id: string; name: string }>>([]);
  const [v, setV] = useState({ outcome: 'toegekend', text: '', help: '', funder: 'gemeente-wmo', amount: '', funderOrg: '', referLevel: '', referOrg: '', signal: false, signalKind: 'regel_wijzigen', rule: '', proposal: '' });
  const { busy, error, run, err, setError } = useSubmit();
  useEffect(() => {
    api.get('/organisations').then((r) => setOrgs(r.data.items), () => setOrgs([]));
  }, []);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    let amount: number | null = null;
    if (v.outcome === 'overbrugd') {
      amount = parseEuro(v.amount);
      if (amount === null || amount <= 0) {
        setError(new ApiError(400, { title: 'Ongeldige invoer', invalidParams: [{ name: 'overbrugging.provisionalAmountCents', reason: 'geef een bedrag in euro, bijvoorbeeld 4.500,00' }] }));
        return;
      }
    }
    const body = {
      outcome: v.outcome as 'toegekend',
      text: v.text,
      ...(v.outcome === 'overbrugd' ? { overbrugging: { help: v.help, provisionalFunder: v.funder as 'wlz', provisionalAmountCents: amount!, ...(v.funderOrg ? { funderOrganisationId: v.funderOrg } : {}) } } : {}),
      ...(v.outcome === 'doorverwezen' ? (v.referLevel ? { referToLevelId: v.referLevel } : { referToOrganisation: v.referOrg }) : {}),
      ...(v.signal ? { signal: { kind: v.signalKind as 'regel_wijzigen', rule: v.rule, proposal: v.proposal } } : {}),
    };
    const r = await run(() => (target.kind === 'handover' ? api.post('/handovers/{id}/decision', { path: { id: target.id }, body }) : api.post('/escalation-steps/{id}/decision', { path: { id: target.id }, body })));
    if (!r) return;
    const o = r.data.overbrugging;
    onDone(`Besluit vastgelegd: ${label(OUTCOME_LABELS, v.outcome).toLowerCase()} — ${what}.${o && o.acceptance === 'gevraagd' ? ` ${o.funderOrganisationName} is gevraagd de overbrugging te accepteren.` : ''}`);
  };
  const labels = {
    outcome: 'Besluit', text: 'Toelichting', 'overbrugging.help': 'Welke hulp start', 'overbrugging.provisionalFunder': 'Voorlopige financier (soort)', 'overbrugging.provisionalAmountCents': 'Voorlopig bedrag',
    'overbrugging.funderOrganisationId': 'Organisatie die voorfinanciert', referToLevelId: 'Naar trede', referToOrganisation: 'Naar organisatie', 'signal.rule': 'Regel', 'signal.proposal': 'Voorstel',
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Besluit over ${what}`}>
      <ErrorSummary form={form} error={error} labels={labels} conflictWhat="deze overdracht" />
      <SelectField form={form} name="outcome" label="Besluit" value={v.outcome} onChange={set('outcome')} error={err('outcome')} options={Object.entries(OUTCOME_LABELS).map(([value, l]) => ({ value, label: l }))} />
      <TextAreaField form={form} name="text" label="Toelichting" description="Waarmee is het toegekend, waarom niet, of waarheen en waarom doorverwezen?" value={v.text} maxLength={2000} onChange={set('text')} error={err('text')} />
      {v.outcome === 'overbrugd' && (
        <fieldset className="mw-fieldset">
          <legend className="utrecht-paragraph mw-strong">Overbrugging</legend>
          <TextAreaField form={form} name="overbrugging.help" label={labels['overbrugging.help']} value={v.help} maxLength={1000} onChange={set('help')} error={err('overbrugging.help')} />
          <SelectField form={form} name="overbrugging.provisionalFunder" label={labels['overbrugging.provisionalFunder']} value={v.funder} onChange={set('funder')} options={FUNDER_OPTIONS} error={err('overbrugging.provisionalFunder')} />
          <TextField form={form} name="overbrugging.provisionalAmountCents" label="Voorlopig bedrag in euro" inputMode="decimal" value={v.amount} onChange={set('amount')} error={err('overbrugging.provisionalAmountCents')} />
          <SelectField
            form={form}
            name="overbrugging.funderOrganisationId"
            label={labels['overbrugging.funderOrganisationId']}
            description="Een andere organisatie dan de uwe krijgt het verzoek en moet eerst accepteren. Leeg: de organisatie van het knelpunt."
            value={v.funderOrg}
            onChange={set('funderOrg')}
            error={err('overbrugging.funderOrganisationId')}
            options={[{ value: '', label: 'De organisatie van het knelpunt' }, ...orgs.map((o) => ({ value: o.id, label: o.name }))]}
          />
        </fieldset>
      )}
      {v.outcome === 'doorverwezen' && (
        <>
          {target.kind === 'step' && target.levels.length > 0 && (
            <SelectField form={form} name="referToLevelId" label="Naar trede" value={v.referLevel} onChange={set('referLevel')} error={err('referToLevelId')} options={[{ value: '', label: 'Geen trede: naar een organisatie buiten de ladder' }, ...target.levels.map((l) => ({ value: l.id, label: l.name }))]} />
          )}
          {!v.referLevel && <TextField form={form} name="referToOrganisation" label="Naar organisatie" value={v.referOrg} maxLength={160} onChange={set('referOrg')} error={err('referToOrganisation')} />}
        </>
      )}
      <CheckboxField form={form} name="signal" label="Ook een structureel signaal geven" checked={v.signal} onChange={(c) => setV({ ...v, signal: c })} />
      {v.signal && (
        <fieldset className="mw-fieldset">
          <legend className="utrecht-paragraph mw-strong">Structureel signaal</legend>
          <SelectField form={form} name="signal.kind" label="Soort signaal" value={v.signalKind} onChange={set('signalKind')} options={Object.entries(SIGNAL_LABELS).map(([value, l]) => ({ value, label: l }))} />
          <TextField form={form} name="signal.rule" label="Regel" value={v.rule} maxLength={200} onChange={set('rule')} error={err('signal.rule')} />
          <TextAreaField form={form} name="signal.proposal" label="Voorstel" value={v.proposal} maxLength={2000} onChange={set('proposal')} error={err('signal.proposal')} />
        </fieldset>
      )}
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Besluit vastleggen</PrimaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- overbruggingen: acceptance, settlement, correction, ledger ----

export function OverbruggingenSection() {
  const { has, me } = useSession();
  const [items, setItems] = useState<Overbrugging[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const may = has('doorbraaktafel', 'budgethouder', 'teamleider');
  const load = useCallback(() => {
    api.get('/overbruggingen').then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, []);
  useEffect(() => {
    if (may) load();
  }, [may, load]);
  if (!may) return null;
  const org = me.organisation.id;
  return (
    <section className="mw-section" aria-labelledby="ob-kop">
      <H2 id="ob-kop">Overbruggingen</H2>
      <P className="mw-muted">De hulp startte meteen; wie betaalt wordt daarna afgerekend. U ziet de overbruggingen van uw knelpunten, die u besloot en die u voorfinanciert.</P>
      {done && <Alert type="ok" live>{done}</Alert>}
      {error && <Alert type="error">{error.message}</Alert>}
      {!items && !error && <Loading what="Overbruggingen" />}
      {items && items.length === 0 && <P>Geen overbruggingen.</P>}
      {items?.map((o) => (
        <OverbruggingCard key={o.id} o={o} org={org} onDone={(msg) => { setDone(msg); load(); }} />
      ))}
    </section>
  );
}

function OverbruggingCard({ o, org, onDone }: { o: Overbrugging; org: string; onDone: (msg: string) => void }) {
  const { has } = useSession();
  const [mode, setMode] = useState<'' | 'accept' | 'settle' | 'correct'>('');
  const funder = o.funderOrganisationId === org;
  const settles = [o.organisationId, o.decidedByOrganisationId].includes(org) && has('doorbraaktafel', 'budgethouder');
  const title = `${o.help} (${formatEuro(o.provisionalAmountCents)})`;
  return (
    <article className="mw-card" aria-label={`Overbrugging: ${o.help}`}>
      <H3>{title}</H3>
      <Facts items={[
        ['Voor', o.organisationName],
        ['Besloten door', o.decidedByOrganisationName],
        ['Voorlopige financier', `${o.funderOrganisationName} (${label(FUNDER_LABELS, o.provisionalFunder)})`],
        ['Akkoord financier', `${label(ACCEPTANCE_LABELS, o.acceptance)}${o.acceptedOn ? ` op ${formatDate(o.acceptedOn)}` : ''}${o.acceptedByName ? ` door ${o.acceptedByName}` : ''}${o.acceptanceNote ? ` — ${o.acceptanceNote}` : ''}`],
        ['Gestart', formatDate(o.startedOn)],
        ['Status', o.status === 'afgerekend' ? `Afgerekend op ${formatDate(o.settledOn)}: ${formatEuro(o.settledTotalCents ?? 0)}` : 'Open'],
      ]} />
      {o.shares.length > 0 && (
        <P>Wie betaalt nu: {o.shares.map((s) => `${label(FUNDER_LABELS, s.funder)} ${formatEuro(s.amountCents)}`).join('; ')}</P>
      )}
      {o.ledger.length > 0 && (
        <Table caption="Boekingen (niets wordt overschreven; een correctie is een tegenboeking plus een nieuwe verdeling)" head={['Boeking', 'Soort', 'Financier', 'Bedrag', 'Datum', 'Reden']}>
          {o.ledger.map((l, i) => (
            <tr key={i} className="utrecht-table__row">
              <Td numeric>{l.entryNo}</Td>
              <Td>{label(LEDGER_KIND_LABELS, l.kind)}</Td>
              <Td>{label(FUNDER_LABELS, l.funder)}</Td>
              <Td numeric>{formatEuro(l.amountCents)}</Td>
              <Td>{formatDate(l.bookedOn)}</Td>
              <Td>{l.reason || '—'}</Td>
            </tr>
          ))}
        </Table>
      )}
      {o.claims.length > 0 && (
        <P>Vorderingen: {o.claims.map((c) => `${label(FUNDER_LABELS, c.debtor)} betaalt ${label(FUNDER_LABELS, c.creditor)} ${formatEuro(c.amountCents)} (${c.status === 'open' ? 'open' : `gesloten op ${formatDate(c.closedOn)}`})`).join('; ')}</P>
      )}
      {mode === '' && (
        <ButtonGroup>
          {funder && o.acceptance === 'gevraagd' && has('budgethouder', 'doorbraaktafel') && <SecondaryButton onClick={() => setMode('accept')}>Accepteren of weigeren<span className="mw-visually-hidden"> {title}</span></SecondaryButton>}
          {settles && o.status === 'open' && (o.acceptance === 'niet_nodig' || o.acceptance === 'geaccepteerd') && <SecondaryButton onClick={() => setMode('settle')}>Afrekenen<span className="mw-visually-hidden"> {title}</span></SecondaryButton>}
          {settles && o.status === 'afgerekend' && <SecondaryButton onClick={() => setMode('correct')}>Afrekening corrigeren<span className="mw-visually-hidden"> {title}</span></SecondaryButton>}
        </ButtonGroup>
      )}
      {mode === 'accept' && <AcceptForm o={o} onDone={(m) => { setMode(''); if (m) onDone(m); }} />}
      {(mode === 'settle' || mode === 'correct') && <SharesForm o={o} correction={mode === 'correct'} onDone={(m) => { setMode(''); if (m) onDone(m); }} />}
    </article>
  );
}

function AcceptForm({ o, onDone }: { o: Overbrugging; onDone: (msg: string | null) => void }) {
  const form = useFormId('akkoord');
  const [note, setNote] = useState('');
  const { busy, error, run, err } = useSubmit();
  const answer = async (accepted: boolean) => {
    const r = await run(() => api.post('/overbruggingen/{id}/acceptance', { path: { id: o.id }, body: { accepted, ...(note ? { note } : {}) } }));
    if (r) onDone(accepted ? `U financiert voor: ${o.help}.` : `U weigerde voor te financieren: ${o.help}.`);
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void answer(true); }} noValidate aria-label={`Akkoord op overbrugging ${o.help}`}>
      <ErrorSummary form={form} error={error} labels={{ note: 'Toelichting' }} />
      <TextAreaField form={form} name="note" label="Toelichting" description="Verplicht bij weigeren." value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} error={err('note')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Accepteren: wij financieren voor</PrimaryButton>
        <SecondaryButton onClick={() => void answer(false)} disabled={busy}>Weigeren</SecondaryButton>
        <SecondaryButton onClick={() => onDone(null)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function SharesForm({ o, correction, onDone }: { o: Overbrugging; correction: boolean; onDone: (msg: string | null) => void }) {
  const form = useFormId(correction ? 'correctie' : 'afrekening');
  const start = o.shares.length ? o.shares.map((s) => ({ funder: s.funder, amount: formatEuro(s.amountCents).replace('€ ', '') })) : [{ funder: o.provisionalFunder, amount: '' }];
  const [rows, setRows] = useState(start);
  const [text, setText] = useState('');
  // One key per settlement: a retry after a lost answer never settles twice (ADR 0007).
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { busy, error, run, err, setError } = useSubmit();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const shares: Array<{ funder: 'wlz'; amountCents: number }> = [];
    for (const [i, r] of rows.entries()) {
      const c = parseEuro(r.amount);
      if (c === null) {
        setError(new ApiError(400, { title: 'Ongeldige invoer', invalidParams: [{ name: `shares.${i}.amountCents`, reason: 'geef een bedrag in euro, bijvoorbeeld 1.500,00' }] }));
        return;
      }
      shares.push({ funder: r.funder as 'wlz', amountCents: c });
    }
    const res = await run(() =>
      correction
        ? api.post('/overbruggingen/{id}/corrections', { path: { id: o.id }, body: { shares, reason: text }, ifMatch: o.version })
        : api.post('/overbruggingen/{id}/settlement', { path: { id: o.id }, body: { shares, ...(text ? { note: text } : {}) }, ifMatch: o.version, idempotencyKey }),
    );
    if (res) onDone(correction ? `Afrekening gecorrigeerd: ${o.help}.` : `Afgerekend: ${o.help}.`);
  };
  const labels: Record<string, string> = { shares: 'Verdeling', reason: 'Reden van de correctie', note: 'Toelichting' };
  rows.forEach((_, i) => { labels[`shares.${i}.funder`] = `Financier ${i + 1}`; labels[`shares.${i}.amountCents`] = `Bedrag ${i + 1}`; });
  return (
    <form onSubmit={submit} noValidate aria-label={`${correction ? 'Correctie' : 'Afrekening'}: ${o.help}`}>
      <ErrorSummary form={form} error={error} labels={labels} conflictWhat="deze overbrugging" />
      {rows.map((r, i) => (
        <div key={i} className="mw-row">
          <SelectField form={form} name={`shares.${i}.funder`} label={labels[`shares.${i}.funder`]} value={r.funder} onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, funder: e.target.value } : x)))} options={FUNDER_OPTIONS} error={err(`shares.${i}.funder`)} />
          <TextField form={form} name={`shares.${i}.amountCents`} label={`${labels[`shares.${i}.amountCents`]} in euro`} inputMode="decimal" value={r.amount} onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))} error={err(`shares.${i}.amountCents`)} />
        </div>
      ))}
      <ButtonGroup>
        <SecondaryButton onClick={() => setRows([...rows, { funder: 'wlz', amount: '' }])}>Financier toevoegen</SecondaryButton>
      </ButtonGroup>
      <TextAreaField form={form} name={correction ? 'reason' : 'note'} label={correction ? labels.reason : labels.note} description={correction ? 'Verplicht: de huidige verdeling wordt tegengeboekt, niet overschreven.' : undefined} value={text} maxLength={1000} onChange={(e) => setText(e.target.value)} error={err(correction ? 'reason' : 'note')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>{correction ? 'Correctie boeken' : 'Afrekenen'}</PrimaryButton>
        <SecondaryButton onClick={() => onDone(null)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- claims per funder, signals, figures ----

function ClaimsSection() {
  const { has } = useSession();
  const [data, setData] = useState<{ perFunder: Array<{ funder: string; owedToItCents: number; owedByItCents: number; open: number; closed: number }>; totalOpenCents: number } | null>(null);
  const may = has('doorbraaktafel', 'budgethouder', 'teamleider');
  useEffect(() => {
    if (may) api.get('/overbrugging-claims', { query: { status: 'alle' } }).then((r) => setData(r.data), () => setData(null));
  }, [may]);
  if (!may || !data || data.perFunder.length === 0) return null;
  return (
    <section className="mw-section" aria-labelledby="vord-kop">
      <H2 id="vord-kop">Vorderingen per financier</H2>
      <P>Open in totaal: {formatEuro(data.totalOpenCents)}.</P>
      <Table caption={<span className="mw-visually-hidden">Vorderingen per financier</span>} head={['Financier', 'Heeft tegoed', 'Is verschuldigd', 'Open', 'Gesloten']}>
        {data.perFunder.map((f) => (
          <tr key={f.funder} className="utrecht-table__row">
            <Td>{label(FUNDER_LABELS, f.funder)}</Td>
            <Td numeric>{formatEuro(f.owedToItCents)}</Td>
            <Td numeric>{formatEuro(f.owedByItCents)}</Td>
            <Td numeric>{f.open}</Td>
            <Td numeric>{f.closed}</Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function RaisedSignals() {
  const [items, setItems] = useState<Array<{ id: string; kind: string; rule: string; proposal: string; createdOn: string; sourceOrganisation: string; knelpuntStatus: string }> | null>(null);
  useEffect(() => {
    api.get('/structural-signals/raised').then((r) => setItems(r.data.items), () => setItems([]));
  }, []);
  if (!items || items.length === 0) return null;
  return (
    <section className="mw-section" aria-labelledby="sig-kop">
      <H2 id="sig-kop">Uw structurele signalen</H2>
      <Table caption={<span className="mw-visually-hidden">Signalen die u gaf</span>} head={['Regel', 'Soort', 'Voorstel', 'Knelpunt van', 'Stand van het knelpunt', 'Gegeven op']}>
        {items.map((s) => (
          <tr key={s.id} className="utrecht-table__row">
            <Td>{s.rule}</Td>
            <Td>{label(SIGNAL_LABELS, s.kind)}</Td>
            <Td>{s.proposal}</Td>
            <Td>{s.sourceOrganisation}</Td>
            <Td>{label(KNELPUNT_STATUS_LABELS, s.knelpuntStatus)}</Td>
            <Td>{formatDate(s.createdOn)}</Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

const days = (n: number | null) => (n === null ? '—' : `${String(n).replace('.', ',')} ${n === 1 ? 'dag' : 'dagen'}`);

export function FiguresSection() {
  const { has } = useSession();
  const [f, setF] = useState<Schemas['EscalationFigures'] | null>(null);
  const may = has('doorbraaktafel', 'teamleider', 'beleid', 'budgethouder');
  useEffect(() => {
    if (may) api.get('/escalation-figures').then((r) => setF(r.data), () => setF(null));
  }, [may]);
  if (!may || !f) return null;
  const rows = [...f.national, ...f.own];
  if (rows.length === 0) return null;
  const ref = f.reference;
  return (
    <section className="mw-section" aria-labelledby="cijfers-kop">
      <H2 id="cijfers-kop">Cijfers per trede</H2>
      <P className="mw-muted">Doorlooptijd in kalenderdagen van de datum van het knelpunt tot het besluit op de trede, en het aandeel dat binnen de termijn van de trede besloten werd.</P>
      <BarChart
        title="Mediane doorlooptijd tot besluit per trede (dagen)"
        bars={[...rows.map((r) => ({ label: r.levelName, value: r.medianDays ?? 0, text: days(r.medianDays) })), ...(ref ? [{ label: `Referentie Landelijk Maatwerkloket ${ref.year} (gemiddelde, andere maat)`, value: ref.weeksPerCase * 7, text: `gemiddeld ${ref.weeksPerCase} weken` }] : [])]}
      />
      <Table caption="Doorlooptijd en termijn per trede" head={['Trede', 'Besluiten', 'Mediaan', '90e percentiel', 'Binnen de termijn']}>
        {rows.map((r) => (
          <tr key={r.levelName} className="utrecht-table__row">
            <Td>{r.levelName}</Td>
            <Td numeric>{r.decided}</Td>
            <Td numeric>{days(r.medianDays)}</Td>
            <Td numeric>{days(r.p90Days)}</Td>
            <Td numeric>{r.withinDeadlinePct === null ? '—' : `${r.withinDeadlinePct}% (${r.withinDeadline} van ${r.decided})`}</Td>
          </tr>
        ))}
        {ref && (
          <tr className="utrecht-table__row">
            <Td>Referentie: Landelijk Maatwerkloket {ref.year}</Td>
            <Td numeric>{ref.cases}</Td>
            <Td numeric>gemiddeld {ref.weeksPerCase} weken (geen mediaan)</Td>
            <Td numeric>—</Td>
            <Td numeric>—</Td>
          </tr>
        )}
      </Table>
      {ref && <P className="mw-muted">De referentie meet iets anders: {ref.measure}. Bron: {ref.source}</P>}
    </section>
  );
}

/** Go to the desk (used by the doorbraaktafel page when the organisation only receives hand-overs). */
export const toDesk = () => navigate('/loket');
