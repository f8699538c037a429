// SPDX-License-Identifier: EUPL-1.2
/**
 * Joint funds with a second funder (ADR 0017), for the budget holder of either funder: the status
 * with its forecast, every spend by case number only, the decision on spends above the mandate when
 * the fund's rules let both funders decide, and the settlement per funder with each one's confirmation.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { BarChart } from '../components/charts';
import { countText, formatDate, formatEuro } from '../format';
import { Link } from '../router';
import { Alert, ButtonGroup, ErrorSummary, Facts, H1, H2, Loading, P, PrimaryButton, SecondaryButton, StatusBadge, Table, Td, TextAreaField, useFormId, useSubmit } from '../ui';

type Fund = Schemas['GezamenlijkFonds'];
type FundSpend = Fund['spends'][number];
const STATUS_LABELS: Record<string, string> = { toegekend: 'Toegekend', wacht_op_akkoord: 'Wacht op akkoord', afgewezen: 'Afgewezen', geannuleerd: 'Geannuleerd' };
const FUNDER_LABELS: Record<string, string> = { eigenaar: 'eigenaar van het fonds', medefinancier: 'tweede financier' };

export function FondsenPage() {
  const { has } = useSession();
  const [list, setList] = useState<Array<{ id: string; name: string; owner: string; coFunder: string; periodStart: string; periodEnd: string; role: string; coDecidesAboveMandate: boolean }> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const allowed = has('budgethouder');
  useEffect(() => {
    document.title = 'Gezamenlijke fondsen · Maatwerk';
    if (allowed) api.get('/joint-funds').then((r) => setList(r.data.items), (e) => e instanceof ApiError && setError(e.message));
  }, [allowed]);
  return (
    <>
      <H1>Gezamenlijke fondsen</H1>
      <P className="mw-muted">Fondsen die twee financiers samen vullen, zoals gemeente en zorgverzekeraar voor zorg in het grijze gebied. U ziet de uitgaven alleen met een casusnummer.</P>
      {!allowed && <Alert type="error">Alleen een budgethouder ziet de gezamenlijke fondsen.</Alert>}
      {error && <Alert type="error">{error}</Alert>}
      {allowed && !list && !error && <Loading what="Fondsen" />}
      {list && list.length === 0 && <P>Uw organisatie heeft geen gezamenlijke fondsen.</P>}
      {list && list.length > 0 && (
        <Table caption={<span className="mw-visually-hidden">Gezamenlijke fondsen</span>} head={['Fonds', 'Financiers', 'Periode', 'U bent']}>
          {list.map((f) => (
            <tr key={f.id} className="utrecht-table__row">
              <Td>
                <Link href={`/fonds/${f.id}`}>{f.name}</Link>
              </Td>
              <Td>
                {f.owner} en {f.coFunder}
              </Td>
              <Td>
                {formatDate(f.periodStart)} tot en met {formatDate(f.periodEnd)}
              </Td>
              <Td>{FUNDER_LABELS[f.role]}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export function FondsPage({ id }: { id: string }) {
  const [fund, setFund] = useState<Fund | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setFund((await api.get('/budget-pots/{id}/joint-fund', { path: { id } })).data);
    } catch (e) {
      if (e instanceof ApiError) setError(e.message);
    }
  }, [id]);
  useEffect(() => {
    document.title = 'Gezamenlijk fonds · Maatwerk';
    void load();
  }, [load]);
  if (error) return (<><H1>Gezamenlijk fonds</H1><Alert type="error">{error}</Alert></>);
  if (!fund) return <Loading what="Het fonds" />;
  const s = fund.status;
  const waiting = fund.spends.filter((x) => x.status === 'wacht_op_akkoord' && x.coDecision && !x.decisions.some((d) => d.funder === fund.role));
  return (
    <>
      <nav aria-label="Kruimelpad" className="mw-breadcrumb">
        <Link href="/fonds">Gezamenlijke fondsen</Link> <span aria-hidden="true">›</span> <span aria-current="page">{fund.pot.name}</span>
      </nav>
      <H1>{fund.pot.name}</H1>
      <P>
        {fund.pot.owner} en {fund.pot.coFunder} · {formatDate(fund.pot.periodStart)} tot en met {formatDate(fund.pot.periodEnd)} · u bent {FUNDER_LABELS[fund.role]}
      </P>
      <P className="mw-muted">{fund.pot.goal}</P>
      {fund.pot.coDecidesAboveMandate && <Alert type="info">Regel van het fonds: een uitgave boven het mandaat van de professional is pas toegekend als beide financiers akkoord geven.</Alert>}

      <section className="mw-section" aria-labelledby="stand">
        <H2 id="stand">Stand en prognose</H2>
        <Facts items={[['Budget', formatEuro(s.budgetCents)], ['Toegekend', `${formatEuro(s.grantedCents)} (${countText(s.grantedCount, 'uitgave', 'uitgaven')})`], ['Wacht op akkoord', `${formatEuro(s.pendingCents)} (${s.pendingCount})`], ['Beschikbaar', formatEuro(s.remainingCents)], ['Prognose einde periode', formatEuro(s.forecast.projectedCents)]]} />
        <P>{s.forecast.explanation}</P>
        <BarChart title="Toegekend per categorie" bars={s.byCategory.map((c) => ({ label: c.label, value: c.grantedCents, text: formatEuro(c.grantedCents) }))} />
        <Table caption="Per categorie" head={['Categorie', 'Toegekend', 'Wacht op akkoord', 'Uitgaven']}>
          {s.byCategory.map((c) => (
            <tr key={c.category} className="utrecht-table__row">
              <Td>{c.label}</Td>
              <Td numeric>{formatEuro(c.grantedCents)}</Td>
              <Td numeric>{formatEuro(c.pendingCents)}</Td>
              <Td numeric>{c.count}</Td>
            </tr>
          ))}
        </Table>
      </section>

      <section className="mw-section" aria-labelledby="beslissen">
        <H2 id="beslissen">Wacht op uw beslissing</H2>
        {decided && (
          <Alert type="ok" live>
            {decided}
          </Alert>
        )}
        {waiting.length === 0 ? <P>Er wacht geen uitgave op uw beslissing.</P> : waiting.map((x) => <DecideCard key={x.id} spend={x} role={fund.role} onDone={async (msg) => { setDecided(msg); await load(); }} />)}
      </section>

      <section className="mw-section" aria-labelledby="uitgaven">
        <H2 id="uitgaven">Uitgaven</H2>
        <P className="mw-muted">Alleen met een casusnummer binnen dit fonds: de casus en het huishouden blijven bij de gemeente.</P>
        <Table caption={<span className="mw-visually-hidden">Uitgaven van het fonds</span>} head={['Casus', 'Datum', 'Categorie', 'Bedrag', 'Status']}>
          {fund.spends.map((x) => (
            <tr key={x.id} className="utrecht-table__row">
              <Td>Casus {x.caseNumber}</Td>
              <Td>{formatDate(x.spentOn)}</Td>
              <Td>{x.label}</Td>
              <Td numeric>{formatEuro(x.amountCents)}</Td>
              <Td>
                <StatusBadge status={x.status === 'toegekend' ? 'active' : x.status === 'wacht_op_akkoord' ? 'warning' : 'inactive'}>{STATUS_LABELS[x.status]}</StatusBadge>
                {x.decisions.map((d) => (
                  <div key={d.funder} className="mw-muted">
                    {d.approve ? 'Akkoord' : 'Afgewezen'}: {d.userName} ({FUNDER_LABELS[d.funder]})
                  </div>
                ))}
              </Td>
            </tr>
          ))}
        </Table>
      </section>

      <Settlement fund={fund} onDone={load} />
    </>
  );
}

function DecideCard({ spend, role, onDone }: { spend: FundSpend; role: Fund['role']; onDone: (message: string) => Promise<void> }) {
  const form = useFormId('beslissen');
  const [reason, setReason] = useState('');
  const { busy, error, run, err } = useSubmit();
  const decide = async (approve: boolean) => {
    const r = await run(() =>
      role === 'medefinancier'
        ? api.post('/budget-spends/{id}/co-decision', { path: { id: spend.id }, body: { approve, reason } })
        : approve
          ? api.post('/budget-spends/{id}/approve', { path: { id: spend.id }, body: { reason } })
          : api.post('/budget-spends/{id}/reject', { path: { id: spend.id }, body: { reason } }),
    );
    if (r) await onDone(`Casus ${spend.caseNumber}, ${formatEuro(spend.amountCents)}: ${STATUS_LABELS[r.data.status].toLowerCase()}. ${r.data.decisionReason}`);
  };
  return (
    <article className="mw-card" aria-labelledby={`beslis-${spend.id}`}>
      <h3 id={`beslis-${spend.id}`} className="utrecht-heading-3">
        Casus {spend.caseNumber}: {formatEuro(spend.amountCents)} voor {spend.label.toLowerCase()}
      </h3>
      <P>
        {formatDate(spend.spentOn)}. {spend.decisionReason}
      </P>
      <form onSubmit={(e) => e.preventDefault()} noValidate aria-label={`Beslissen over casus ${spend.caseNumber}`}>
        <ErrorSummary form={form} error={error} labels={{ reason: 'Toelichting' }} />
        <TextAreaField form={form} name="reason" label="Toelichting (verplicht bij afwijzen)" value={reason} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
        <ButtonGroup>
          <PrimaryButton type="button" disabled={busy} onClick={() => void decide(true)}>
            Akkoord geven
          </PrimaryButton>
          <SecondaryButton type="button" disabled={busy} onClick={() => void decide(false)}>
            Afwijzen
          </SecondaryButton>
        </ButtonGroup>
      </form>
    </article>
  );
}

function Settlement({ fund, onDone }: { fund: Fund; onDone: () => Promise<void> }) {
  const form = useFormId('afrekening');
  const { busy, error, run } = useSubmit();
  const st = fund.settlement;
  const mine = fund.confirmedBy[fund.role];
  const confirm = async () => {
    const r = await run(() => api.post('/budget-pots/{id}/settlement/confirmations', { path: { id: fund.pot.id }, body: { ownerCents: st.totals.ownerCents, coFunderCents: st.totals.coFunderCents } }));
    if (r) await onDone();
  };
  return (
    <section className="mw-section" aria-labelledby="afrekening">
      <H2 id="afrekening">Afrekening per financier</H2>
      <Table caption={<span className="mw-visually-hidden">Afrekening per categorie</span>} head={['Categorie', 'Totaal', `Aandeel ${st.coFunder}`, `Aandeel ${st.owner}`]}>
        {st.lines.map((l) => (
          <tr key={l.category} className="utrecht-table__row">
            <Td>
              {l.label} ({l.coFunderPercent}%)
            </Td>
            <Td numeric>{formatEuro(l.totalCents)}</Td>
            <Td numeric>{formatEuro(l.coFunderCents)}</Td>
            <Td numeric>{formatEuro(l.ownerCents)}</Td>
          </tr>
        ))}
        <tr className="utrecht-table__row">
          <Td>Totaal</Td>
          <Td numeric>{formatEuro(st.totals.totalCents)}</Td>
          <Td numeric>{formatEuro(st.totals.coFunderCents)}</Td>
          <Td numeric>{formatEuro(st.totals.ownerCents)}</Td>
        </tr>
      </Table>
      <ul className="utrecht-unordered-list">
        {st.explanation.map((e, i) => (
          <li key={i} className="utrecht-unordered-list__item">
            {e}
          </li>
        ))}
      </ul>
      {(['eigenaar', 'medefinancier'] as const).map((f) => {
        const c = fund.confirmedBy[f];
        return (
          <P key={f}>
            {f === 'eigenaar' ? st.owner : st.coFunder}:{' '}
            {c ? (
              <>
                bevestigd door {c.userName} op {formatDate(c.confirmedOn)} ({formatEuro(c.coFunderCents)} voor {st.coFunder}, {formatEuro(c.ownerCents)} voor {st.owner}){' '}
                <StatusBadge status={c.current ? 'active' : 'warning'}>{c.current ? 'Klopt nog' : 'Afrekening is daarna gewijzigd'}</StatusBadge>
              </>
            ) : (
              'nog niet bevestigd'
            )}
          </P>
        );
      })}
      <ErrorSummary form={form} error={error} conflictWhat="de afrekening" />
      {(!mine || !mine.current) && (
        <PrimaryButton type="button" disabled={busy} onClick={() => void confirm()}>
          Afrekening bevestigen
        </PrimaryButton>
      )}
    </section>
  );
}
