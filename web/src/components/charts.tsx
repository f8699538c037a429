// SPDX-License-Identifier: EUPL-1.2
/**
 * The web app's one chart approach: small hand-made SVG charts (horizontal bars and lines), no
 * chart library; bars with long labels (`labelsAbove`) are rows of HTML with a small SVG bar each, so
 * the label wraps on a phone. Each chart is an image with a name and a text summary (WCAG 1.1.1) and always has
 * a table with the same numbers: either on the page next to it, or given as `table` and shown under
 * the chart in a "… als tabel" disclosure. Lines differ in colour, dash pattern and marker, so
 * colour is never the only cue (WCAG 1.4.1); colours keep 3:1 against white (1.4.11).
 */
import { useId, type ReactNode } from 'react';

// Dark colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics).
const COLOURS = ['#1d4ed8', '#b45309', '#15803d', '#7e22ce', '#be123c', '#0e7490', '#4d7c0f', '#9a3412', '#334155', '#a21caf', '#1e3a8a', '#854d0e'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

/** The table alternative shown under a chart: the toggle's text and the table (ui's Table). */
export interface ChartTable {
  toggle: string;
  content: ReactNode;
}

function TableAlternative({ table }: { table?: ChartTable }) {
  if (!table) return null;
  return (
    <details>
      <summary className="utrecht-link">{table.toggle}</summary>
      {table.content}
    </details>
  );
}

export interface Bar {
  label: string;
  value: number;
  /** What the number means, spoken in the summary and shown after the bar (default: the number). */
  text?: string;
}

/**
 * A label in lines of at most `maxChars` characters, broken between words, in at most `maxLines`
 * lines (the last one shortened with "…" when the label is longer still). A word longer than a line
 * is cut. Charts show long labels in full this way instead of cutting them off after a few words.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const w = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = last.length + 1 <= maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
  return kept;
}

/** Label lines as tspans, centred on a row of height `h` starting at `y`. */
function LabelLines({ lines, x, y, h }: { lines: string[]; x: number; y: number; h: number }) {
  const lineH = 14;
  const first = y + h / 2 - ((lines.length - 1) * lineH) / 2 + 4;
  return (
    <text x={x} y={first} fontSize="12" textAnchor="end" fill="#333">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineH}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** Rows of a bar chart with their wrapped label, top and height (at least `minH`, more for more lines). */
function layoutRows<T extends { label: string }>(rows: T[], charsPerLine: number, minH: number): { H: number; rows: Array<T & { lines: string[]; y: number; h: number }> } {
  let y = 4;
  const out = rows.map((r) => {
    const lines = wrapLabel(r.label, charsPerLine);
    const h = Math.max(minH, lines.length * 14 + 10);
    const row = { ...r, lines, y, h };
    y += h;
    return row;
  });
  return { H: y + 4, rows: out };
}

/** A chart's spoken summary, saying where the same numbers stand as a table. */
const withTableNote = (summary: string, table?: ChartTable) => `${summary} Dezelfde gegevens staan in de tabel${table ? ' hieronder' : ''}.`;

/**
 * The frame every chart shares: a focusable figure with its caption, the SVG named by the caption and
 * a spoken description (which says where the same data stands as a table), an optional legend, and
 * the table itself.
 */
function ChartFigure({ id, title, width, height, description, legend, table, children }: { id: string; title: string; width?: number; height?: number; description: string; legend?: ReactNode; table?: ChartTable; children: ReactNode }) {
  return (
    <figure className="mw-chart mw-chart--wide" tabIndex={0}>
      <figcaption className="utrecht-paragraph mw-strong" id={`${id}-titel`}>
        {title}
      </figcaption>
      {width === undefined || height === undefined ? (
        // Rows of HTML (labels that wrap, bars that scale): one image to assistive technology.
        <div className="mw-hbars" role="img" aria-labelledby={`${id}-titel ${id}-samenvatting`}>
          <span id={`${id}-samenvatting`} className="mw-visually-hidden">
            {description}
          </span>
          {children}
        </div>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-titel ${id}-samenvatting`}>
          <desc id={`${id}-samenvatting`}>{description}</desc>
          {children}
        </svg>
      )}
      {legend}
      <TableAlternative table={table} />
    </figure>
  );
}

/** Horizontal bars, longest first as given; labels on the left, values after the bar. */
export function BarChart({ title, bars, tableHint = 'Dezelfde gegevens staan in de tabel.', table }: { title: string; bars: Bar[]; tableHint?: string; table?: ChartTable }) {
  const id = useId();
  if (bars.length === 0) return null;
  const W = 640;
  const labelW = 250;
  // Room after the longest bar for its value text (about 7 units per character at font size 12).
  const valueW = Math.max(60, ...bars.map((b) => String(b.text ?? b.value).length * 7 + 12));
  const layout = layoutRows(bars, Math.floor((labelW - 12) / 6.5), 26);
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ChartFigure id={id} title={title} width={W} height={layout.H} description={`${bars.map((b) => `${b.label}: ${b.text ?? b.value}`).join('; ')}. ${tableHint}`} table={table}>
      {layout.rows.map((b, i) => {
        const w = ((W - labelW - valueW) * Math.max(0, b.value)) / max;
        const mid = b.y + b.h / 2;
        return (
          <g key={`${b.label}-${i}`}>
            <LabelLines lines={b.lines} x={labelW - 8} y={b.y} h={b.h} />
            <rect x={labelW} y={mid - 9} width={Math.max(w, 1)} height={18} fill={COLOURS[0]} />
            <text x={labelW + w + 6} y={mid + 4} fontSize="12" fill="#333">
              {b.text ?? b.value}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

/** One part of a stacked bar: its legend label, value and spoken text. */
export interface Segment {
  label: string;
  value: number;
  text?: string;
}

/** Fill patterns so that colour is never the only cue between segments (WCAG 1.4.1). */
function SegmentPatterns({ id, n }: { id: string; n: number }) {
  return (
    <defs>
      {Array.from({ length: n }, (_, i) => {
        const c = COLOURS[i % COLOURS.length];
        const kind = i % 4;
        return (
          <pattern key={i} id={`${id}-p${i}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={kind === 2 ? 'rotate(45)' : kind === 3 ? 'rotate(-45)' : undefined}>
            <rect width="8" height="8" fill={c} />
            {kind === 1 && <circle cx="4" cy="4" r="1.6" fill="#fff" />}
            {kind >= 2 && <rect width="2" height="8" fill="#fff" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/**
 * Horizontal stacked bars on one scale (e.g. what makes up the disposable income next to the social
 * minimum): each row is a sum of segments; the legend names every segment with its fill, which has
 * its own pattern as well as its own colour. Segments share their legend by label across rows.
 * `labelsAbove` puts each label over its bar, across the whole width: for long labels (a combination
 * of problems), so that neither the label nor the bar is squeezed, also on a phone.
 */
export function StackedBarChart({ title, rows, summary, table, labelsAbove = false }: { title: string; rows: Array<{ label: string; total: string; segments: Segment[] }>; summary: string; table?: ChartTable; labelsAbove?: boolean }) {
  const id = useId().replace(/:/g, '');
  const labels = [...new Set(rows.flatMap((r) => r.segments.filter((s) => s.value > 0).map((s) => s.label)))];
  if (!labels.length) return null;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((n, s) => n + Math.max(0, s.value), 0)));
  const description = withTableNote(summary, table);
  const legend = (
    <ul className="mw-toc mw-legend" aria-hidden="true">
      {labels.map((l, i) => (
        <li key={l}>
          <svg width="18" height="12" aria-hidden="true">
            <SegmentPatterns id={`${id}-l${i}`} n={i + 1} />
            <rect x="1" y="1" width="16" height="10" fill={`url(#${id}-l${i}-p${i})`} />
          </svg>{' '}
          {l}
        </li>
      ))}
    </ul>
  );
  /** The segments of a row side by side from `x0`, `barW` units for the largest row. */
  const segments = (r: { segments: Segment[] }, x0: number, y: number, h: number, barW: number) => {
    let x = x0;
    const out = r.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = (barW * s.value) / max;
        const at = x;
        x += w;
        return <rect key={s.label} x={at} y={y} width={Math.max(w, 1)} height={h} fill={`url(#${id}-p${labels.indexOf(s.label)})`} stroke="#fff" strokeWidth={1} />;
      });
    return { rects: out, end: x };
  };
  if (labelsAbove) {
    // Each row: its label as text that wraps, under it the bar (scaling with the width) and its total.
    const BAR_W = 400;
    return (
      <ChartFigure id={id} title={title} description={description} table={table} legend={legend}>
        <svg className="mw-hbars__defs" aria-hidden="true" focusable="false">
          <SegmentPatterns id={id} n={labels.length} />
        </svg>
        {rows.map((r) => (
          <div key={r.label} className="mw-hbar">
            <div className="mw-hbar__label">{r.label}</div>
            <div className="mw-hbar__line">
              <svg className="mw-hbar__bar" viewBox={`0 0 ${BAR_W} 22`} aria-hidden="true" focusable="false">
                {segments(r, 0, 0, 22, BAR_W).rects}
              </svg>
              <span className="mw-hbar__total">{r.total}</span>
            </div>
          </div>
        ))}
      </ChartFigure>
    );
  }
  const W = 640;
  const labelW = 170;
  const valueW = Math.max(70, ...rows.map((r) => r.total.length * 7 + 12));
  const layout = layoutRows(rows, Math.floor((labelW - 12) / 6.5), 34);
  return (
    <ChartFigure id={id} title={title} width={W} height={layout.H} description={description} table={table} legend={legend}>
      <SegmentPatterns id={id} n={labels.length} />
      {layout.rows.map((r) => {
        const mid = r.y + r.h / 2;
        const { rects, end } = segments(r, labelW, mid - 12, 24, W - labelW - valueW);
        return (
          <g key={r.label}>
            <LabelLines lines={r.lines} x={labelW - 8} y={r.y} h={r.h} />
            {rects}
            <text x={end + 6} y={mid + 4} fontSize="12" fill="#333">
              {r.total}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

export interface Line {
  label: string;
  points: Array<{ x: number; y: number }>;
}

/**
 * Lines over a numeric x axis (e.g. percent of the social minimum, or the index of a date) with a
 * numeric y axis (e.g. euros); `formatX`/`formatY` give the Dutch notation of the axis labels.
 * `yTicks` fixes the y axis (a scale of 1 to 5); otherwise it fits the data. A line of one point
 * shows as its marker.
 */
export function LineChart({
  title,
  lines,
  formatX,
  formatY,
  summary,
  maxXTicks = 6,
  markers = true,
  yTicks: fixedYTicks,
  table,
}: {
  title: string;
  lines: Line[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  summary: string;
  maxXTicks?: number;
  markers?: boolean;
  yTicks?: number[];
  table?: ChartTable;
}) {
  const id = useId();
  const all = lines.flatMap((l) => l.points);
  if (all.length === 0) return null;
  const W = 640;
  const H = 300;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let y0: number;
  let y1: number;
  if (fixedYTicks && fixedYTicks.length > 1) {
    [y0, y1] = [Math.min(...fixedYTicks), Math.max(...fixedYTicks)];
  } else {
    const [yMinRaw, yMaxRaw] = [Math.min(...ys), Math.max(...ys)];
    const span = yMaxRaw - yMinRaw || Math.abs(yMaxRaw) || 1;
    y0 = yMinRaw - span * 0.05;
    y1 = yMaxRaw + span * 0.05;
  }
  const yTicks = fixedYTicks && fixedYTicks.length > 1 ? fixedYTicks : [0, 1, 2, 3, 4].map((i) => y0 + ((y1 - y0) * i) / 4);
  // Axis labels on real data points, evenly picked, so a label never sits between two points.
  const uniq = [...new Set(xs)].sort((a, b) => a - b);
  const xTickCount = Math.min(maxXTicks, uniq.length);
  const xTicks = xTickCount <= 1 ? [uniq[0]] : [...new Set(Array.from({ length: xTickCount }, (_, i) => uniq[Math.round(((uniq.length - 1) * i) / (xTickCount - 1))]))];
  // Room on the left for the longest y label, and on both sides for half an x label centred on the
  // first or last point (about 7 units per character at font size 11).
  const halfX = 4 + 3.5 * Math.max(...xTicks.map((t) => formatX(t).length));
  const pad = { l: Math.max(40, halfX, 16 + 7 * Math.max(...yTicks.map((t) => formatY(Math.round(t)).length))), r: Math.max(16, halfX), t: 16, b: 40 };
  const x = (v: number) => (x1 === x0 ? pad.l + (W - pad.l - pad.r) / 2 : pad.l + ((W - pad.l - pad.r) * (v - x0)) / (x1 - x0));
  const y = (v: number) => pad.t + ((H - pad.t - pad.b) * (y1 - v)) / (y1 - y0);
  return (
    <ChartFigure
      id={id}
      title={title}
      width={W}
      height={H}
      description={withTableNote(summary, table)}
      table={table}
      legend={
        <ul className="mw-toc mw-legend" aria-hidden="true">
          {lines.map((l, i) => (
            <li key={l.label}>
              <svg width="34" height="12" aria-hidden="true">
                <line x1="1" x2="33" y1="6" y2="6" stroke={COLOURS[i % COLOURS.length]} strokeWidth="2.5" strokeDasharray={DASHES[i % DASHES.length]} />
                <Marker shape={i % 3} cx={17} cy={6} colour={COLOURS[i % COLOURS.length]} />
              </svg>{' '}
              {l.label}
            </li>
          ))}
        </ul>
      }
    >
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={pad.l} x2={W - pad.r} y1={y(t)} y2={y(t)} stroke="#767676" strokeWidth={0.5} />
          <text x={pad.l - 8} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#333">
            {formatY(Math.round(t))}
          </text>
        </g>
      ))}
      {y0 < 0 && y1 > 0 && <line x1={pad.l} x2={W - pad.r} y1={y(0)} y2={y(0)} stroke="#333" strokeWidth={1.5} />}
      {xTicks.map((t) => (
        <text key={t} x={x(t)} y={H - pad.b + 18} fontSize="11" textAnchor="middle" fill="#333">
          {formatX(t)}
        </text>
      ))}
      {lines.map((l, i) => (
        <g key={l.label}>
          {l.points.length > 1 && <polyline fill="none" stroke={COLOURS[i % COLOURS.length]} strokeWidth={2.5} strokeDasharray={DASHES[i % DASHES.length]} points={l.points.map((p) => `${x(p.x)},${y(p.y)}`).join(' ')} />}
          {(markers || l.points.length === 1) &&
            l.points.map((p) => <Marker key={p.x} shape={i % 3} cx={x(p.x)} cy={y(p.y)} colour={COLOURS[i % COLOURS.length]} />)}
        </g>
      ))}
    </ChartFigure>
  );
}

function Marker({ shape, cx, cy, colour }: { shape: number; cx: number; cy: number; colour: string }) {
  if (shape === 1) return <rect x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={colour} />;
  if (shape === 2) return <path d={`M${cx},${cy - 4.5} L${cx + 4.5},${cy + 3.5} L${cx - 4.5},${cy + 3.5} Z`} fill={colour} />;
  return <circle cx={cx} cy={cy} r={3.5} fill={colour} />;
}

/** Save text the API returned as a file, without a second request (the export is logged once). */
export function downloadText(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
