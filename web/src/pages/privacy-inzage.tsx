// SPDX-License-Identifier: EUPL-1.2
/**
 * The inzage (AVG art. 15) as a document a resident can be handed (issue 16): what the organisation
 * keeps about them, per part, and who processed it when and why — in Dutch words, Dutch dates, no
 * ids or keys. It prints on its own (print CSS: only this document, no menu or forms); the JSON
 * download stays next to it for a machine-readable copy.
 */
import { fieldLabel, fieldsAsDutch, hiddenInInzage, resourceLabel } from '../../../src/privacy/labels';
import { ACTION_LABELS, formatDate, formatDateTime, formatEuro, label } from '../format';
import { ButtonGroup, H2, H3, P, PrimaryButton, Table, Td } from '../ui';
import type { Schemas } from '../api/client';

type LogEntry = Schemas['ProcessingLogEntry'];
interface Props {
  person: { name: string; birthDate: string };
  data: { generatedAt: string; organisation: string; legalGround: string; sections: Record<string, unknown>; processingLog: LogEntry[] };
}

const SECTION_LABELS: Record<string, string> = {
  casusdossier: 'Casusdossier', maatwerkbudget: 'Maatwerkbudget', businesscases: 'Businesscases', knelpunten: 'Knelpunten', signalen: 'Signalen', toestemmingen: 'Toestemmingen',
  'partners in het plan': 'Partners in het plan', 'eigen pagina van de inwoner': 'Eigen pagina van de inwoner',
};
const PURPOSES: Record<string, string> = { hulpverlening: 'hulpverlening', toegang: 'toegang tot een voorziening', handhaving: 'handhaving', escalatie: 'escalatie', verantwoording: 'verantwoording', inzage: 'inzage', beheer: 'beheer', beleidsinformatie: 'beleidsinformatie' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function Value({ k, v, depth }: { k: string; v: unknown; depth: number }) {
  if (v === null || v === undefined || v === '') return <>—</>;
  if (typeof v === 'boolean') return <>{v ? 'ja' : 'nee'}</>;
  if (typeof v === 'number') return <>{/Cents$/.test(k) ? formatEuro(v) : String(v).replace('.', ',')}</>;
  if (typeof v === 'string') return <>{ISO_DATE.test(v) ? formatDate(v) : ISO_MOMENT.test(v) ? formatDateTime(v) : /^[a-z]+(_[a-z]+)+$/.test(v) ? v.replace(/_/g, ' ') : v}</>;
  if (Array.isArray(v)) {
    if (v.length === 0) return <>geen</>;
    if (v.every((x) => typeof x !== 'object' || x === null)) return <>{v.map((x) => (typeof x === 'string' ? fieldLabel(x) : String(x))).join(', ')}</>;
    return (
      <ol className="mw-inzage-list">
        {v.map((x, i) => (
          <li key={i}>
            <Value k={k} v={x} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([key]) => !hiddenInInzage(key, v as Record<string, unknown>));
    if (depth > 4) return <>…</>;
    return (
      <dl className="mw-inzage-dl">
        {entries.map(([key, x]) => (
          <div key={key} className="mw-inzage-row">
            <dt>{fieldLabel(key.replace(/Cents$/, ''))}</dt>
            <dd>
              <Value k={key} v={x} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(v)}</>;
}

export function InzageDocument({ person, data }: Props) {
  return (
    <article className="mw-inzage-doc mw-card" aria-labelledby="inzage-document">
      <div className="mw-no-print">
        <ButtonGroup>
          <PrimaryButton type="button" onClick={() => window.print()}>
            Document afdrukken
          </PrimaryButton>
        </ButtonGroup>
      </div>
      <H2 id="inzage-document">Uw gegevens bij {data.organisation}</H2>
      <P>
        Dit overzicht is gemaakt voor {person.name} (geboren {formatDate(person.birthDate)}) op {formatDateTime(data.generatedAt)}, op grond van {data.legalGround}. Hierin staat wat {data.organisation} over u bewaart en wie die gegevens wanneer en waarvoor heeft ingezien of gewijzigd.
      </P>
      {Object.entries(data.sections).map(([name, content]) => (
        <section key={name} className="mw-report-section" aria-labelledby={`inzage-${name.replace(/\W+/g, '-')}`}>
          <H3 id={`inzage-${name.replace(/\W+/g, '-')}`}>{SECTION_LABELS[name] ?? name.replace(/^./, (c) => c.toUpperCase())}</H3>
          {content === null || (Array.isArray(content) && content.length === 0) ? <P>Hierover is niets over u vastgelegd.</P> : <Value k={name} v={content} depth={0} />}
        </section>
      ))}
      <section className="mw-report-section" aria-labelledby="inzage-register">
        <H3 id="inzage-register">Wie uw gegevens heeft gebruikt</H3>
        {data.processingLog.length === 0 ? (
          <P>Niemand heeft uw gegevens gebruikt.</P>
        ) : (
          <Table caption={<span className="mw-visually-hidden">Wie uw gegevens heeft gebruikt, oudste eerst</span>} head={['Wanneer', 'Wie', 'Wat', 'Welke gegevens', 'Waarvoor']}>
            {data.processingLog.map((l) => (
              <tr key={l.id} className="utrecht-table__row">
                <Td>{formatDateTime(l.at)}</Td>
                <Td>{l.userName || '—'}</Td>
                <Td>
                  {label(ACTION_LABELS, l.action)}: {resourceLabel(l.resource).toLowerCase()}
                </Td>
                <Td>{fieldsAsDutch(l.fields) || '—'}</Td>
                <Td>
                  {PURPOSES[l.purpose] ?? l.purpose} ({l.legalGround})
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
      <P className="mw-muted">Klopt er iets niet, of wilt u dat iets wordt verbeterd of verwijderd? Neem contact op met de privacyfunctionaris van {data.organisation}.</P>
    </article>
  );
}
