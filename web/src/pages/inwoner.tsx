// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's own page (issue 17), phone first: Mijn plan, Mijn geld, Wie kijkt mee and Contact.
 * Plain Dutch (B1) with "u"; no codes, ids or ISO dates on screen. Every read is logged on the
 * server as a self-access.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { formatDate, formatDateTime, formatEuro } from '../format';
import { Link } from '../router';
import { Alert, ButtonGroup, ErrorSummary, H1, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, TextAreaField, TextField, useFormId, useSubmit } from '../ui';

type MyPlan = Schemas['MijnPlan'];
type MyMoney = Schemas['MijnGeld'];
type WhoLooks = Schemas['WieKijktMee'];
type Messages = Schemas['MijnBerichten'];

const DOMAIN_OPTIONS = [
  ['financien', 'Geld'], ['werk_opleiding', 'Werk en school'], ['tijdsbesteding', 'Hoe ik mijn dag vul'], ['huisvesting', 'Wonen'], ['huiselijke_relaties', 'Thuis en gezin'],
  ['geestelijke_gezondheid', 'Hoe ik me voel'], ['lichamelijke_gezondheid', 'Mijn gezondheid'], ['verslaving', 'Verslaving'], ['adl', 'Dagelijkse dingen zelf doen'],
  ['sociaal_netwerk', 'Familie en vrienden'], ['maatschappelijke_participatie', 'Meedoen in de buurt'], ['justitie', 'Politie en justitie'],
].map(([value, label]) => ({ value, label }));

/** Load one of the resident's pages; `reload` after a change. */
function useMine<T>(load: () => Promise<{ data: T }>): { data: T | null; error: ApiError | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(() => {
    load().then((r) => setData(r.data), (e) => e instanceof ApiError && setError(e));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure each render; the page loads once and on reload
  }, []);
  useEffect(reload, [reload]);
  return { data, error, reload };
}

function Page({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Maatwerk`;
  }, [title]);
  return (
    <div className="mw-resident">
      <H1>{title}</H1>
      <P className="mw-muted">{intro}</P>
      {children}
    </div>
  );
}

const Loaded = <T,>({ data, error, what, children }: { data: T | null; error: ApiError | null; what: string; children: (d: T) => ReactNode }) =>
  error ? <Alert type="error">{error.message}</Alert> : data ? <>{children(data)}</> : <Loading what={what} />;

// ---- Mijn plan --------------------------------------------------------------------------------------

export function MyPlanPage() {
  const { data, error, reload } = useMine(() => api.get('/mijn/plan'));
  return (
    <Page title="Mijn plan" intro="Wat u wilt bereiken, wat goed gaat, waar u zich zorgen over maakt en wie wat doet.">
      <Loaded data={data} error={error} what="Uw plan">
        {(d) => (d.plan ? <PlanView plan={d.plan} reload={reload} /> : <Alert>Er is nog geen plan voor uw huishouden. Uw regisseur maakt het samen met u.</Alert>)}
      </Loaded>
    </Page>
  );
}

function PlanView({ plan, reload }: { plan: NonNullable<MyPlan['plan']>; reload: () => void }) {
  const krachten = plan.points.filter((p) => p.kind === 'kracht');
  const zorgen = plan.points.filter((p) => p.kind === 'zorg');
  return (
    <>
      <section className="mw-section" aria-labelledby="regisseur">
        <H2 id="regisseur">Uw regisseur</H2>
        <P>
          <span className="mw-strong">{plan.regisseur.name}</span> ({plan.regisseur.team}) helpt u en houdt het plan bij.
          {plan.regisseur.email ? <> U kunt mailen naar <a href={`mailto:${plan.regisseur.email}`}>{plan.regisseur.email}</a>.</> : null} U kunt ook <Link href="/mijn/contact">een bericht sturen</Link>.
        </P>
      </section>

      <section className="mw-section" aria-labelledby="eigen-doel">
        <H2 id="eigen-doel">Mijn doel voor het komende jaar</H2>
        <Perspective text={plan.perspective} updatedAt={plan.perspectiveUpdatedAt} open={plan.open} onSaved={reload} />
      </section>

      <section className="mw-section" aria-labelledby="goed-en-zorgen">
        <H2 id="goed-en-zorgen">Wat goed gaat en mijn zorgen</H2>
        <H3>Wat goed gaat</H3>
        {krachten.length ? <ul>{krachten.map((p) => <li key={p.id}>{p.text}</li>)}</ul> : <P className="mw-muted">Nog niets opgeschreven.</P>}
        <H3>Zorgen</H3>
        {zorgen.length ? <ul>{zorgen.map((p) => <li key={p.id}>{p.text}</li>)}</ul> : <P className="mw-muted">Nog niets opgeschreven.</P>}
        {plan.open && <AddPoint onSaved={reload} />}
      </section>

      <section className="mw-section" aria-labelledby="doelen">
        <H2 id="doelen">Doelen</H2>
        {plan.goals.length ? (
          <ul className="mw-plain-list">
            {plan.goals.map((g) => (
              <li key={g.id} className="mw-card">
                <span className="mw-strong">{g.description}</span>
                <br />
                {g.domain} · <StatusBadge status={g.done ? 'active' : 'neutral'}>{g.statusText}</StatusBadge>
                {g.targetDate && <> · Klaar op {formatDate(g.targetDate)}</>}
              </li>
            ))}
          </ul>
        ) : <P className="mw-muted">Er staan nog geen doelen in uw plan.</P>}
      </section>

      <section className="mw-section" aria-labelledby="afspraken">
        <H2 id="afspraken">Wie doet wat, en wanneer</H2>
        {plan.actions.length ? (
          <ul className="mw-plain-list">
            {plan.actions.map((a) => (
              <li key={a.id} className="mw-card">
                <span className="mw-strong">{a.description}</span>
                <br />
                Wie: {a.who}
                {a.dueDate && <> · Wanneer: {formatDate(a.dueDate)}</>} · <StatusBadge status={a.overdue ? 'warning' : 'neutral'}>{a.overdue ? `${a.statusText} (te laat)` : a.statusText}</StatusBadge>
              </li>
            ))}
          </ul>
        ) : <P className="mw-muted">Er zijn nog geen afspraken.</P>}
      </section>

      <section className="mw-section" aria-labelledby="netwerk">
        <H2 id="netwerk">Familie en vrienden die meedoen</H2>
        {plan.network.length ? (
          <ul>{plan.network.map((n) => <li key={n.id}><span className="mw-strong">{n.name}</span>: {n.relation}{n.contact ? ` (${n.contact})` : ''}</li>)}</ul>
        ) : <P className="mw-muted">U heeft nog niemand toegevoegd.</P>}
        {plan.open && <AddNetwork onSaved={reload} />}
      </section>

      {plan.decisions.length > 0 && (
        <section className="mw-section" aria-labelledby="besluiten">
          <H2 id="besluiten">Wat er is besloten over uw problemen</H2>
          <ul>{plan.decisions.map((k) => <li key={k.id}>{k.text}</li>)}</ul>
        </section>
      )}

      {plan.sharedNotes.length > 0 && (
        <section className="mw-section" aria-labelledby="berichten-regisseur">
          <H2 id="berichten-regisseur">Van uw regisseur</H2>
          {plan.sharedNotes.map((n) => (
            <div key={n.id} className="mw-card">
              <P>{n.body}</P>
              <P className="mw-muted">{n.authorName}, {formatDate(n.createdAt)}</P>
            </div>
          ))}
        </section>
      )}

      {plan.proposals.length > 0 && (
        <section className="mw-section" aria-labelledby="voorstellen">
          <H2 id="voorstellen">Mijn voorstellen</H2>
          <ul>{plan.proposals.map((p) => <li key={p.id}>{p.description} · <StatusBadge status={p.status === 'aangenomen' ? 'active' : 'neutral'}>{p.statusText}</StatusBadge>{p.decisionNote ? ` (${p.decisionNote})` : ''}</li>)}</ul>
        </section>
      )}
    </>
  );
}

function Perspective({ text, updatedAt, open, onSaved }: { text: string; updatedAt: string | null; open: boolean; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const form = useFormId('perspectief');
  const s = useSubmit();
  if (!editing) {
    return (
      <>
        {text ? <blockquote className="mw-quote">{text}</blockquote> : <P className="mw-muted">U heeft nog geen eigen doel opgeschreven.</P>}
        {updatedAt && <P className="mw-muted">Geschreven op {formatDate(updatedAt)}.</P>}
        {open && <SecondaryButton type="button" onClick={() => { setDraft(text); setEditing(true); }}>{text ? 'Mijn doel aanpassen' : 'Mijn doel opschrijven'}</SecondaryButton>}
      </>
    );
  }
  return (
    <form noValidate onSubmit={async (e) => {
      e.preventDefault();
      if (await s.run(() => api.put('/mijn/plan/perspectief', { body: { text: draft } }))) {
        setEditing(false);
        onSaved();
      }
    }}>
      <ErrorSummary form={form} error={s.error} labels={{ text: 'Mijn doel' }} />
      <TextAreaField form={form} name="text" label="Mijn doel, in mijn eigen woorden" description="Waar wilt u over een jaar staan?" value={draft} onChange={(e) => setDraft(e.target.value)} error={s.err('text')} rows={4} />
      <ButtonGroup>
        <PrimaryButton type="submit" disabled={s.busy}>Opslaan</PrimaryButton>
        <SecondaryButton type="button" onClick={() => setEditing(false)}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function AddPoint({ onSaved }: { onSaved: () => void }) {
  const [kind, setKind] = useState<'kracht' | 'zorg'>('kracht');
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormId('punt');
  const s = useSubmit();
  return (
    <form noValidate className="mw-card" onSubmit={async (e) => {
      e.preventDefault();
      if (await s.run(() => api.post('/mijn/plan/punten', { body: { kind, text } }))) {
        setText('');
        setDone(kind === 'kracht' ? 'Toegevoegd aan wat goed gaat.' : 'Toegevoegd aan uw zorgen.');
        onSaved();
      }
    }}>
      <H3>Iets toevoegen</H3>
      <ErrorSummary form={form} error={s.error} labels={{ kind: 'Soort', text: 'Wat wilt u opschrijven' }} />
      {done && <Alert type="ok" live>{done}</Alert>}
      <SelectField form={form} name="kind" label="Soort" value={kind} onChange={(e) => setKind(e.target.value as 'kracht' | 'zorg')} options={[{ value: 'kracht', label: 'Iets wat goed gaat' }, { value: 'zorg', label: 'Een zorg' }]} />
      <TextField form={form} name="text" label="Wat wilt u opschrijven" value={text} onChange={(e) => setText(e.target.value)} error={s.err('text')} />
      <PrimaryButton type="submit" disabled={s.busy}>Toevoegen aan mijn plan</PrimaryButton>
    </form>
  );
}

function AddNetwork({ onSaved }: { onSaved: () => void }) {
  const [v, setV] = useState({ name: '', relation: '', contact: '' });
  const form = useFormId('netwerk');
  const s = useSubmit();
  return (
    <form noValidate className="mw-card" onSubmit={async (e) => {
      e.preventDefault();
      if (await s.run(() => api.post('/mijn/plan/netwerk', { body: { name: v.name, relation: v.relation, ...(v.contact ? { contact: v.contact } : {}) } }))) {
        setV({ name: '', relation: '', contact: '' });
        onSaved();
      }
    }}>
      <H3>Iemand toevoegen</H3>
      <ErrorSummary form={form} error={s.error} labels={{ name: 'Naam', relation: 'Wie is dit voor u', contact: 'Telefoon of e-mail' }} />
      <TextField form={form} name="name" label="Naam" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} error={s.err('name')} />
      <TextField form={form} name="relation" label="Wie is dit voor u, en wat doet deze persoon?" value={v.relation} onChange={(e) => setV({ ...v, relation: e.target.value })} error={s.err('relation')} />
      <TextField form={form} name="contact" label="Telefoon of e-mail (als u wilt)" value={v.contact} onChange={(e) => setV({ ...v, contact: e.target.value })} error={s.err('contact')} />
      <PrimaryButton type="submit" disabled={s.busy}>Persoon toevoegen</PrimaryButton>
    </form>
  );
}

// ---- Mijn geld --------------------------------------------------------------------------------------

export function MyMoneyPage() {
  const { data, error } = useMine(() => api.get('/mijn/geld'));
  return (
    <Page title="Mijn geld" intro="Wat er voor u is betaald, waar u recht op heeft en wanneer er geld binnenkomt en afgaat.">
      <Loaded data={data} error={error} what="Uw geld">
        {(d) => <MoneyView m={d} />}
      </Loaded>
    </Page>
  );
}

function MoneyView({ m }: { m: MyMoney }) {
  return (
    <>
      <section className="mw-section" aria-labelledby="betaald">
        <H2 id="betaald">Betaald uit het maatwerkbudget</H2>
        {m.spends.length ? (
          <>
            <ul className="mw-plain-list">{m.spends.map((s) => <li key={s.id} className="mw-card">{s.text}</li>)}</ul>
            <P>In totaal is er {formatEuro(m.spentTotalCents)} voor u betaald.</P>
          </>
        ) : <P className="mw-muted">Er is nog niets voor u betaald uit het maatwerkbudget.</P>}
      </section>
      <section className="mw-section" aria-labelledby="recht">
        <H2 id="recht">Waar heeft u recht op?</H2>
        {m.incomeCheck ? (
          <>
            <P>{m.incomeCheck.intro}</P>
            {m.incomeCheck.huishouden && <P>{m.incomeCheck.huishouden}</P>}
            <ul className="mw-plain-list">
              {m.incomeCheck.regels.map((r) => (
                <li key={r.naam} className="mw-card">
                  <span className="mw-strong">{r.naam}</span>{' '}
                  <StatusBadge status={r.recht ? 'active' : 'neutral'}>{r.recht ? `ongeveer ${formatEuro(r.bedragPerMaand)} per maand` : r.schatting ? 'nog niet bekend' : 'geen recht'}</StatusBadge>
                  {r.schatting && r.recht && <> <StatusBadge status="warning">schatting</StatusBadge></>}
                  <P>{r.tekst}</P>
                </li>
              ))}
            </ul>
            <P>{m.incomeCheck.slot}</P>
            <P>
              Het minimum voor uw gezin is {formatEuro(m.incomeCheck.sociaalMinimum)} per maand. Samen met alles hierboven heeft u ongeveer {formatEuro(m.incomeCheck.besteedbaarPerMaand)} per maand.
            </P>
            <details className="mw-details">
              <summary>Hoe is dit precies berekend?</summary>
              <pre className="mw-pre">{m.incomeCheck.berekening}</pre>
            </details>
          </>
        ) : <P className="mw-muted">Uw regisseur heeft nog geen inkomenscheck voor u gemaakt.</P>}
      </section>
      {m.buffer && (
        <section className="mw-section" aria-labelledby="buffer">
          <H2 id="buffer">Uw loon wisselt: wanneer krijgt u wat?</H2>
          <P>{m.buffer.intro}</P>
          <ul>{m.buffer.payments.map((p, i) => <li key={`${p.datum}-${i}`}>{p.text}</li>)}</ul>
        </section>
      )}
      {m.cashflow && (
        <section className="mw-section" aria-labelledby="dagen">
          <H2 id="dagen">Wanneer komt er geld binnen en gaat er geld af?</H2>
          <P>
            Van {formatDate(m.cashflow.from)} tot {formatDate(m.cashflow.to)}. Per maand komt er ongeveer {formatEuro(m.cashflow.incomePerMonthCents)} binnen; uw vaste lasten zijn {formatEuro(m.cashflow.fixedCostsPerMonthCents)}. U krijgt {formatEuro(m.cashflow.leefgeldPerWeekCents)} leefgeld per week.
          </P>
          <ul>{m.cashflow.days.map((d) => <li key={d.datum}>{d.text}</li>)}</ul>
        </section>
      )}
    </>
  );
}

// ---- Wie kijkt mee ----------------------------------------------------------------------------------

export function WhoLooksPage() {
  const { data, error, reload } = useMine(() => api.get('/mijn/wie-kijkt-mee'));
  return (
    <Page title="Wie kijkt mee" intro="Welke mensen en organisaties meedoen, waarom, en wie uw gegevens heeft bekeken. U beslist zelf wie uw plan mag lezen.">
      <Loaded data={data} error={error} what="Wie er meekijkt">
        {(d) => <WhoView w={d} reload={reload} />}
      </Loaded>
    </Page>
  );
}

function WhoView({ w, reload }: { w: WhoLooks; reload: () => void }) {
  return (
    <>
      <section className="mw-section" aria-labelledby="mensen">
        <H2 id="mensen">Mensen</H2>
        <ul className="mw-plain-list">
          {w.people.map((p) => (
            <li key={p.name} className="mw-card"><span className="mw-strong">{p.name}</span><br />{p.why}<br /><span className="mw-muted">{p.ground}</span></li>
          ))}
        </ul>
      </section>
      <section className="mw-section" aria-labelledby="organisaties">
        <H2 id="organisaties">Organisaties</H2>
        {w.organisations.length ? w.organisations.map((o) => <OrganisationCard key={o.partyId} o={o} onChanged={reload} />) : <P className="mw-muted">Er doen geen andere organisaties mee.</P>}
      </section>
      <section className="mw-section" aria-labelledby="bekeken">
        <H2 id="bekeken">Wie heeft uw gegevens bekeken?</H2>
        <P className="mw-muted">Elke keer dat iemand van {w.organisation} uw gegevens bekijkt of verandert, wordt dat opgeschreven. Wat u zelf bekeek, staat hier niet bij.</P>
        {w.log.length ? <ul>{w.log.map((l, i) => <li key={`${l.at}-${i}`}>{l.text}</li>)}</ul> : <P className="mw-muted">Nog niemand heeft uw gegevens bekeken.</P>}
      </section>
    </>
  );
}

function OrganisationCard({ o, onChanged }: { o: WhoLooks['organisations'][number]; onChanged: () => void }) {
  const [asking, setAsking] = useState<{ purpose: 'plan_delen' | 'contact_opnemen'; given: boolean; effect: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const s = useSubmit();
  const form = useFormId('toestemming');
  const ask = async (purpose: 'plan_delen' | 'contact_opnemen', given: boolean) => {
    setDone(null);
    const r = await s.run(() => api.get('/mijn/toestemmingen/gevolg', { query: { partyId: o.partyId, purpose, given: given ? 'true' : 'false' } }));
    if (r) setAsking({ purpose, given, effect: r.data.effect });
  };
  const confirm = async () => {
    if (!asking) return;
    const r = await s.run(() => api.post('/mijn/toestemmingen', { body: { partyId: o.partyId, purpose: asking.purpose, given: asking.given } }));
    if (r) {
      setDone(asking.given ? 'Uw toestemming is vastgelegd. Dit geldt meteen.' : 'Uw toestemming is ingetrokken. Dit geldt meteen.');
      setAsking(null);
      onChanged();
    }
  };
  return (
    <div className="mw-card" role="group" aria-labelledby={`${form}-naam`}>
      <H3 id={`${form}-naam`}>{o.name}</H3>
      <P>{o.why}{o.contactName ? ` (${o.contactName})` : ''}</P>
      <P className="mw-muted">{o.ground}</P>
      <ErrorSummary form={form} error={s.error} />
      {done && <Alert type="ok" live>{done}</Alert>}
      <ul className="mw-plain-list">
        {o.consents.map((c) => (
          <li key={c.purpose}>
            {o.name} mag {c.purposeText}:{' '}
            <StatusBadge status={c.given ? 'active' : 'neutral'}>{c.given === true ? 'ja, met uw toestemming' : c.given === false ? 'nee, u heeft dit ingetrokken' : 'nee, niet gevraagd'}</StatusBadge>
            {c.since && <span className="mw-muted"> sinds {formatDate(c.since)}</span>}{' '}
            <SecondaryButton type="button" onClick={() => ask(c.purpose, !c.given)} aria-label={`${c.given ? 'Toestemming intrekken' : 'Toestemming geven'}: ${o.name} mag ${c.purposeText}`}>
              {c.given ? 'Toestemming intrekken' : 'Toestemming geven'}
            </SecondaryButton>
          </li>
        ))}
      </ul>
      {asking && (
        <div role="alertdialog" aria-labelledby={`${form}-vraag`} aria-describedby={`${form}-gevolg`} className="mw-card mw-confirm">
          <H3 id={`${form}-vraag`}>{asking.given ? 'Toestemming geven?' : 'Toestemming intrekken?'}</H3>
          <P><span id={`${form}-gevolg`}>{asking.effect}</span></P>
          <ButtonGroup>
            <PrimaryButton type="button" onClick={confirm} disabled={s.busy}>{asking.given ? 'Ja, ik geef toestemming' : 'Ja, ik trek mijn toestemming in'}</PrimaryButton>
            <SecondaryButton type="button" onClick={() => setAsking(null)}>Nee, niets veranderen</SecondaryButton>
          </ButtonGroup>
        </div>
      )}
    </div>
  );
}

// ---- Contact ----------------------------------------------------------------------------------------

export function ContactPage() {
  const { data, error, reload } = useMine(() => api.get('/mijn/berichten'));
  return (
    <Page title="Contact" intro="Stuur uw regisseur een bericht, vraag om iets te verbeteren of om al uw gegevens, of stel een eigen doel voor.">
      <Loaded data={data} error={error} what="Uw berichten">
        {(d) => <ContactView m={d} reload={reload} />}
      </Loaded>
    </Page>
  );
}

function ContactView({ m, reload }: { m: Messages; reload: () => void }) {
  const [kind, setKind] = useState<'bericht' | 'correctie' | 'inzage'>('bericht');
  const [body, setBody] = useState('');
  const [receipt, setReceipt] = useState<string | null>(null);
  const form = useFormId('bericht');
  const s = useSubmit();
  const [proposal, setProposal] = useState({ domain: 'financien', description: '' });
  const [proposed, setProposed] = useState<string | null>(null);
  const pform = useFormId('voorstel');
  const ps = useSubmit();
  return (
    <>
      <section className="mw-section" aria-labelledby="stuur">
        <H2 id="stuur">Bericht aan {m.regisseur ?? 'uw regisseur'}</H2>
        {receipt && <Alert type="ok" live>{receipt}</Alert>}
        <form noValidate onSubmit={async (e) => {
          e.preventDefault();
          const r = await s.run(() => api.post('/mijn/berichten', { body: { kind, body } }));
          if (r) {
            setReceipt(r.data.receipt);
            setBody('');
            reload();
          }
        }}>
          <ErrorSummary form={form} error={s.error} labels={{ kind: 'Wat wilt u', body: 'Uw bericht' }} />
          <SelectField form={form} name="kind" label="Wat wilt u?" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} options={[{ value: 'bericht', label: 'Een bericht sturen' }, { value: 'correctie', label: 'Vragen om iets te verbeteren' }, { value: 'inzage', label: 'Al mijn gegevens zien (inzage)' }]} />
          <TextAreaField form={form} name="body" label="Uw bericht" value={body} onChange={(e) => setBody(e.target.value)} error={s.err('body')} rows={4} />
          <PrimaryButton type="submit" disabled={s.busy}>Bericht versturen</PrimaryButton>
        </form>
      </section>
      <section className="mw-section" aria-labelledby="voorstel">
        <H2 id="voorstel">Een eigen wens of doel voorstellen</H2>
        <P className="mw-muted">Uw regisseur kijkt ernaar. Als het in uw plan komt, ziet u dat bij Mijn plan.</P>
        {proposed && <Alert type="ok" live>{proposed}</Alert>}
        <form noValidate onSubmit={async (e) => {
          e.preventDefault();
          const r = await ps.run(() => api.post('/mijn/voorstellen', { body: { domain: proposal.domain as never, description: proposal.description } }));
          if (r) {
            setProposed(r.data.receipt);
            setProposal({ ...proposal, description: '' });
          }
        }}>
          <ErrorSummary form={pform} error={ps.error} labels={{ domain: 'Waarover gaat het', description: 'Uw wens of doel' }} />
          <SelectField form={pform} name="domain" label="Waarover gaat het?" value={proposal.domain} onChange={(e) => setProposal({ ...proposal, domain: e.target.value })} options={DOMAIN_OPTIONS} />
          <TextAreaField form={pform} name="description" label="Uw wens of doel" value={proposal.description} onChange={(e) => setProposal({ ...proposal, description: e.target.value })} error={ps.err('description')} rows={3} />
          <PrimaryButton type="submit" disabled={ps.busy}>Voorstel versturen</PrimaryButton>
        </form>
      </section>
      <section className="mw-section" aria-labelledby="verstuurd">
        <H2 id="verstuurd">Wat u eerder stuurde</H2>
        {m.messages.length ? (
          <ul className="mw-plain-list">
            {m.messages.map((x) => (
              <li key={x.id} className="mw-card">
                <span className="mw-strong">{x.kindText}</span> · {formatDateTime(x.createdAt)} · <StatusBadge status={x.read ? 'active' : 'neutral'}>{x.read ? 'Gelezen' : 'Nog niet gelezen'}</StatusBadge>
                <P>{x.body}</P>
              </li>
            ))}
          </ul>
        ) : <P className="mw-muted">U heeft nog geen berichten gestuurd.</P>}
      </section>
    </>
  );
}
