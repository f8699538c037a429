// SPDX-License-Identifier: EUPL-1.2
/**
 * The business cases stored on a case: what muddling through (the regular path) and breaking
 * through (the maatwerk path) cost over the horizon, per funder — who pays for the maatwerk and who
 * gains from it. Every line carries the API's explanation (price, source, quantity, months,
 * probability), so the amounts can be checked.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { formatEuro } from '../format';
import { Alert, ButtonGroup, H2, H3, P, SecondaryButton, StatusBadge, Table, Td } from '../ui';
import { SavedNotice } from './admin-ladder';
import { BusinessCaseForm, describe } from './case-business-form';
import type { CaseCtx } from './case';

type BusinessCase = Schemas['BusinessCase'];
const POSITION: Record<string, { label: string; status: 'active' | 'danger' | 'neutral' }> = {
  wint: { label: 'Wint', status: 'active' },
  betaalt: { label: 'Betaalt', status: 'danger' },
  neutraal: { label: 'Neutraal', status: 'neutral' },
};
const PATHS: Array<['regulier' | 'maatwerk', string]> = [
  ['regulier', 'Doormodderen (regulier pad)'],
  ['maatwerk', 'Doorbreken (maatwerkpad)'],
];

export function BusinessCaseSection({ ctx }: { ctx: CaseCtx }) {
  const id = ctx.file.case.id;
  const [items, setItems] = useState<BusinessCase[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<string | null>(null); // 'nieuw' or a business case's id
  const [saved, setSaved] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    api.get('/cases/{id}/business-cases', { path: { id } }).then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, [id, round]);
  const done = (b: BusinessCase | null) => {
    setEditing(null);
    if (b) {
      setSaved(`Businesscase ${b.title} is opgeslagen. ${b.result.summary}`);
      setRound((n) => n + 1);
    }
  };
  return (
    <section className="mw-section" aria-labelledby="businesscase">
      <H2 id="businesscase">Businesscase</H2>
      <P className="mw-muted">Wat doormodderen en doorbreken kosten over de looptijd, en per financier wie betaalt en wie wint.</P>
      {error && <Alert type="error">{error.message}</Alert>}
      {items && items.length === 0 && <P>Er is geen businesscase bij deze casus.</P>}
      {saved && <SavedNotice>{saved}</SavedNotice>}
      {editing === 'nieuw' ? (
        <BusinessCaseForm caseId={id} onDone={done} />
      ) : (
        <ButtonGroup>
          <SecondaryButton onClick={() => { setSaved(null); setEditing('nieuw'); }}>Nieuwe businesscase</SecondaryButton>
        </ButtonGroup>
      )}
      {items?.map((b) => (
        <article key={b.id} className="mw-card" aria-labelledby={`bc-${b.id}`}>
          <H3 id={`bc-${b.id}`}>{b.title}</H3>
          <P>{b.result.summary}</P>
          {editing === b.id ? (
            <BusinessCaseForm caseId={id} existing={b} onDone={done} />
          ) : (
            <ButtonGroup>
              <SecondaryButton onClick={() => { setSaved(null); setEditing(b.id); }}>
                Wijzigen en doorrekenen<span className="mw-visually-hidden"> {b.title}</span>
              </SecondaryButton>
            </ButtonGroup>
          )}
          <Table caption={`Per financier: ${b.title}`} head={['Financier', 'Doormodderen', 'Doorbreken', 'Verschil', 'Positie']}>
            {b.result.perFunder.map((f) => (
              <tr key={f.funder} className="utrecht-table__row">
                <Td>{f.label}</Td>
                <Td numeric>{formatEuro(f.regulierCents)}</Td>
                <Td numeric>{formatEuro(f.maatwerkCents)}</Td>
                <Td numeric>{formatEuro(f.differenceCents)}</Td>
                <Td>
                  <StatusBadge status={POSITION[f.position]?.status ?? 'neutral'}>{POSITION[f.position]?.label ?? f.position}</StatusBadge>
                </Td>
              </tr>
            ))}
            <tr className="utrecht-table__row">
              <Td>
                <span className="mw-strong">Totaal</span>
              </Td>
              <Td numeric>{formatEuro(b.result.regulier.totalCents)}</Td>
              <Td numeric>{formatEuro(b.result.maatwerk.totalCents)}</Td>
              <Td numeric>{formatEuro(b.result.differenceCents)}</Td>
              <Td>{b.result.differenceCents > 0 ? 'Besparing' : b.result.differenceCents < 0 ? 'Meerkosten' : '—'}</Td>
            </tr>
          </Table>
          <P className="mw-muted">Verschil = doormodderen − doorbreken, over {b.horizonMonths} maanden; positief is een besparing voor die financier.</P>
          {PATHS.map(([key, name]) => (
            <details key={key}>
              <summary className="utrecht-link">
                {name}: {formatEuro(b.result[key].totalCents)}
              </summary>
              <Table className="mw-table-wrap" caption={<span className="mw-visually-hidden">{name}: posten</span>} head={['Post', 'Financier', 'Wanneer en kans', 'Verwacht', 'Uitleg']}>
                {b.result[key].lines.map((l, i) => (
                  <tr key={i} className="utrecht-table__row">
                    <Td>{l.label}</Td>
                    <Td>{b.result.perFunder.find((f) => f.funder === l.funder)?.label ?? l.funder}</Td>
                    <Td>{describe(l)}</Td>
                    <Td numeric>{formatEuro(l.expectedCents)}</Td>
                    <Td>{l.explanation}</Td>
                  </tr>
                ))}
              </Table>
            </details>
          ))}
        </article>
      ))}
    </section>
  );
}
