// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { escapeXml, lineChartSvg } from './svg';

describe('lineChartSvg', () => {
  it('tekent een toegankelijke grafiek met een lijn per reeks en ontsnapt tekst', () => {
    const svg = lineChartSvg({ title: 'Inkomen <test> & meer', xLabel: 'x', yLabel: 'y', series: [{ name: 'A', points: [{ x: 0, y: 0 }, { x: 1, y: 1500 }] }, { name: 'B "zonder"', points: [{ x: 0, y: 10 }, { x: 1, y: 5 }], dashed: true }] });
    expect(svg).toContain('<title id="chart-title">Inkomen &lt;test&gt; &amp; meer</title>');
    expect((svg.match(/<path /g) ?? []).length).toBe(2);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('1.500'); // Dutch thousands separator on the y axis
    expect(svg).not.toContain('<test>');
  });
  it('escapeXml', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });
});
