// SPDX-License-Identifier: EUPL-1.2
/**
 * A small, dependency-free SVG line chart for reports (minima-effectrapportage, fluctuating income).
 * Accessible: role="img" with a <title> and <desc>; the caller always shows a table alternative.
 * Values are plain numbers (amounts in euros for display, converted at the edge by the caller).
 */
import { dutchNumber } from '../../platform/dutch-count';

export interface ChartSeries {
  name: string;
  points: { x: number; y: number }[];
  /** Dashed line, e.g. for 'without municipal schemes'. */
  dashed?: boolean;
}

export interface LineChartOptions {
  title: string;
  description?: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  width?: number;
  height?: number;
  /** Format tick labels; default Dutch number format. */
  formatX?: (x: number) => string;
  formatY?: (y: number) => string;
  /** Optional category labels for x = 0..n-1 (e.g. months). */
  xCategories?: string[];
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const PALETTE = ['#01689b', '#d52b1e', '#39870c', '#e17000', '#8f2c7d', '#5c5c5c', '#007bc7', '#a90061'];

/** Whole number with Dutch thousands separator (no Intl: fast and identical everywhere). */
const nl = (x: number) => {
  const r = Math.round(x);
  return `${r < 0 ? '-' : ''}${dutchNumber(Math.abs(r))}`;
};

/** "Nice" tick step for a range (1, 2, 5 x 10^k). */
function niceStep(range: number, ticks: number): number {
  const raw = range / Math.max(1, ticks);
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

export function lineChartSvg(o: LineChartOptions): string {
  const W = o.width ?? 760;
  const H = o.height ?? 380;
  const m = { l: 72, r: 16, t: 36, b: 56 + 18 * Math.ceil(o.series.length / 3) };
  const pts = o.series.flatMap((s) => s.points);
  const fx = o.formatX ?? nl;
  const fy = o.formatY ?? nl;
  let x0 = Math.min(...pts.map((p) => p.x));
  let x1 = Math.max(...pts.map((p) => p.x));
  let y0 = Math.min(0, ...pts.map((p) => p.y));
  let y1 = Math.max(...pts.map((p) => p.y));
  if (!Number.isFinite(x0)) [x0, x1, y0, y1] = [0, 1, 0, 1];
  if (x1 === x0) x1 = x0 + 1;
  const yStep = niceStep(y1 - y0 || 1, 6);
  y0 = Math.floor(y0 / yStep) * yStep;
  y1 = Math.ceil(y1 / yStep) * yStep || yStep;
  const pw = W - m.l - m.r;
  const ph = H - m.t - m.b;
  const sx = (x: number) => m.l + ((x - x0) / (x1 - x0)) * pw;
  const sy = (y: number) => m.t + ph - ((y - y0) / (y1 - y0)) * ph;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="chart-title chart-desc" font-family="sans-serif" font-size="12">`);
  out.push(`<title id="chart-title">${escapeXml(o.title)}</title><desc id="chart-desc">${escapeXml(o.description ?? o.title)}</desc>`);
  out.push(`<text x="${m.l}" y="20" font-size="14" font-weight="bold">${escapeXml(o.title)}</text>`);
  for (let y = y0; y <= y1 + 1e-9; y += yStep) {
    const yy = sy(y).toFixed(1);
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${yy}" y2="${yy}" stroke="${y === 0 ? '#000' : '#ddd'}" stroke-width="1"/>`);
    out.push(`<text x="${m.l - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${escapeXml(fy(y))}</text>`);
  }
  const xTicks = o.xCategories ? o.xCategories.map((_, i) => i) : Array.from({ length: 6 }, (_, i) => x0 + ((x1 - x0) * i) / 5);
  const every = Math.max(1, Math.ceil(xTicks.length / 12));
  xTicks.forEach((x, i) => {
    if (i % every !== 0) return;
    const label = o.xCategories ? o.xCategories[i] : fx(x);
    out.push(`<text x="${sx(x).toFixed(1)}" y="${m.t + ph + 16}" text-anchor="middle">${escapeXml(label)}</text>`);
  });
  out.push(`<text x="${m.l + pw / 2}" y="${m.t + ph + 34}" text-anchor="middle">${escapeXml(o.xLabel)}</text>`);
  out.push(`<text transform="translate(14 ${m.t + ph / 2}) rotate(-90)" text-anchor="middle">${escapeXml(o.yLabel)}</text>`);
  o.series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${sx(p.x).toFixed(1)} ${sy(p.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}><title>${escapeXml(s.name)}</title></path>`);
    const lx = m.l + (i % 3) * (pw / 3);
    const ly = m.t + ph + 52 + 18 * Math.floor(i / 3);
    out.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    out.push(`<text x="${lx + 30}" y="${ly}">${escapeXml(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
