// SPDX-License-Identifier: EUPL-1.2
/**
 * The life-domain scores over time: the data for the app's one line chart (components/charts.tsx),
 * with the same scores as a table under it (WCAG 1.1.1: the chart is an image with a text
 * alternative; the table is the accessible version).
 */
import type { Schemas } from '../api/client';
import { LineChart } from '../components/charts';
import { formatDate, formatDateShort } from '../format';
import { Table, Td, Th } from '../ui';

type Score = Schemas['Score'];

export function ScoreChart({ history, domainLabel }: { history: Score[]; domainLabel: (k: string) => string }) {
  const dates = [...new Set(history.map((s) => s.assessedOn))].sort();
  const domains = [...new Set(history.map((s) => s.domain))];
  if (dates.length === 0) return null;
  const byDomain = domains.map((d) => ({ domain: d, points: history.filter((s) => s.domain === d).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)) }));
  const summary = `${byDomain.map((l) => `${domainLabel(l.domain)}: ${l.points.map((p) => p.score).join(' → ')}`).join('; ')}.`;
  return (
    <LineChart
      title="Scores per leefgebied door de tijd (1 = acute problematiek, 5 = volledig zelfredzaam)"
      summary={summary}
      yTicks={[1, 2, 3, 4, 5]}
      maxXTicks={dates.length}
      formatX={(i) => formatDateShort(dates[Math.round(i)] ?? '')}
      formatY={String}
      lines={byDomain.map((l) => ({ label: domainLabel(l.domain), points: l.points.map((p) => ({ x: dates.indexOf(p.assessedOn), y: p.score })) }))}
      table={{
        toggle: 'Scores als tabel',
        content: (
          <Table caption="Scores per leefgebied per datum" head={['Datum', ...byDomain.map((l) => domainLabel(l.domain))]}>
            {dates.map((d) => (
              <tr key={d} className="utrecht-table__row">
                <Th>{formatDate(d)}</Th>
                {byDomain.map((l) => (
                  <Td key={l.domain} numeric>
                    {l.points.find((p) => p.assessedOn === d)?.score ?? '—'}
                  </Td>
                ))}
              </tr>
            ))}
          </Table>
        ),
      }}
    />
  );
}
