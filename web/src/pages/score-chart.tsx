// SPDX-License-Identifier: EUPL-1.2
/**
 * Scores over time as a small hand-made SVG line chart, with the same data as a table (WCAG 1.1.1:
 * the chart is an image with a text alternative; the table is the accessible version). Lines differ
 * in colour, dash pattern and marker shape, so colour is never the only cue (WCAG 1.4.1).
 */
import { useId } from 'react';
import type { Schemas } from '../api/client';
import { formatDate, formatDateShort } from '../format';

type Score = Schemas['Score'];
// Dark colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics).
const COLOURS = ['#1d4ed8', '#b45309', '#15803d', '#7e22ce', '#be123c', '#0e7490', '#4d7c0f', '#9a3412', '#334155', '#a21caf', '#1e3a8a', '#854d0e'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

export function ScoreChart({ history, domainLabel }: { history: Score[]; domainLabel: (k: string) => string }) {
  const id = useId();
  const dates = [...new Set(history.map((s) => s.assessedOn))].sort();
  const domains = [...new Set(history.map((s) => s.domain))];
  if (dates.length === 0) return null;
  const W = 560;
  const H = 240;
  const pad = { l: 40, r: 16, t: 16, b: 40 };
  const x = (d: string) => (dates.length === 1 ? pad.l + (W - pad.l - pad.r) / 2 : pad.l + ((W - pad.l - pad.r) * dates.indexOf(d)) / (dates.length - 1));
  const y = (s: number) => pad.t + ((H - pad.t - pad.b) * (5 - s)) / 4;
  const byDomain = domains.map((d, i) => ({
    domain: d,
    colour: COLOURS[i % COLOURS.length],
    dash: DASHES[i % DASHES.length],
    points: history.filter((s) => s.domain === d).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)),
  }));
  const summary = byDomain
    .map((l) => `${domainLabel(l.domain)}: ${l.points.map((p) => p.score).join(' → ')}`)
    .join('; ');
  return (
    <figure className="mw-chart">
      <figcaption className="utrecht-paragraph mw-strong" id={`${id}-titel`}>
        Scores per leefgebied door de tijd (1 = acute problematiek, 5 = volledig zelfredzaam)
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-titel ${id}-samenvatting`}>
        <desc id={`${id}-samenvatting`}>{summary}. Dezelfde gegevens staan in de tabel hieronder.</desc>
        {[1, 2, 3, 4, 5].map((s) => (
          <g key={s}>
            <line x1={pad.l} x2={W - pad.r} y1={y(s)} y2={y(s)} stroke="#767676" strokeWidth={s === 1 ? 1 : 0.5} />
            <text x={pad.l - 10} y={y(s) + 4} fontSize="12" textAnchor="end" fill="#333">
              {s}
            </text>
          </g>
        ))}
        {dates.map((d) => (
          <text key={d} x={x(d)} y={H - pad.b + 18} fontSize="11" textAnchor="middle" fill="#333">
            {formatDateShort(d)}
          </text>
        ))}
        {byDomain.map((l, li) => (
          <g key={l.domain}>
            {l.points.length > 1 && <polyline fill="none" stroke={l.colour} strokeWidth={2.5} strokeDasharray={l.dash} points={l.points.map((p) => `${x(p.assessedOn)},${y(p.score)}`).join(' ')} />}
            {l.points.map((p) => (
              <Marker key={p.id} shape={li % 3} cx={x(p.assessedOn)} cy={y(p.score) + (li % 4) * 0.5} colour={l.colour} />
            ))}
          </g>
        ))}
      </svg>
      <ul className="mw-toc mw-legend" aria-hidden="true">
        {byDomain.map((l, li) => (
          <li key={l.domain}>
            <svg width="34" height="12" aria-hidden="true">
              <line x1="1" x2="33" y1="6" y2="6" stroke={l.colour} strokeWidth="2.5" strokeDasharray={l.dash} />
              <Marker shape={li % 3} cx={17} cy={6} colour={l.colour} />
            </svg>{' '}
            {domainLabel(l.domain)}
          </li>
        ))}
      </ul>
      <details>
        <summary className="utrecht-link">Scores als tabel</summary>
        <div className="mw-table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Scores per leefgebied per datum</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Datum
                </th>
                {byDomain.map((l) => (
                  <th key={l.domain} scope="col" className="utrecht-table__header-cell">
                    {domainLabel(l.domain)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {dates.map((d) => (
                <tr key={d} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {formatDate(d)}
                  </th>
                  {byDomain.map((l) => (
                    <td key={l.domain} className="utrecht-table__cell utrecht-table__cell--numeric">
                      {l.points.find((p) => p.assessedOn === d)?.score ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function Marker({ shape, cx, cy, colour }: { shape: number; cx: number; cy: number; colour: string }) {
  if (shape === 1) return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={colour} />;
  if (shape === 2) return <path d={`M${cx},${cy - 5} L${cx + 5},${cy + 4} L${cx - 5},${cy + 4} Z`} fill={colour} />;
  return <circle cx={cx} cy={cy} r={4.5} fill={colour} />;
}
