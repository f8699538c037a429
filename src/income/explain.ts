// SPDX-License-Identifier: EUPL-1.2
/** Render explanation steps as Dutch text for a professional. */
import { formatEuro } from '../platform/money';
import type { ArticleRef, Step, StepParameter } from './types';
import { dutchDate } from '../platform/dutch-date';

export function formatArticle(a: ArticleRef): string {
  const id = a.bwbId ? ` (${a.bwbId})` : a.cvdrId ? ` (${a.cvdrId})` : '';
  return `${a.law}${id}, ${a.article}${a.lid ? ` lid ${a.lid}` : ''}`;
}

export function formatParameter(p: StepParameter): string {
  const v =
    p.unit === 'cent'
      ? formatEuro(p.value)
      : p.unit === 'percent'
        ? `${String(p.value).replace('.', ',')}%`
        : `${p.value} ${p.unit === 'months' ? 'maanden' : p.unit === 'years' ? 'jaar' : ''}`.trim();
  const conf = p.confidence === 'official' ? '' : ` [zekerheid: ${confidenceNl(p.confidence)}]`;
  return `${p.name} = ${v} (geldig vanaf ${dutchDate(p.validFrom)})${conf}`;
}

export function confidenceNl(c: StepParameter['confidence']): string {
  switch (c) {
    case 'official':
      return 'officieel';
    case 'secondary':
      return 'secundaire bron';
    case 'unofficial-cross-check':
      return 'alleen onofficiële bron';
    case 'unverified':
      return 'niet geverifieerd';
    case 'illustrative':
      return 'illustratief voorbeeldbeleid';
  }
}

/** Amount keys ending in a count-like suffix are shown as numbers, the rest as euros. */
function formatAmount(name: string, v: number): string {
  return /(aantal|maanden|leeftijd|procent|dagen|A$)/i.test(name) ? String(v) : formatEuro(v);
}

export function renderSteps(steps: Step[], indent = ''): string {
  return steps
    .map((s, i) => {
      const lines = [`${indent}${i + 1}. ${s.description}`, `${indent}   Grondslag: ${formatArticle(s.article)} (regel: ${s.rule})`];
      if (s.parameters.length) lines.push(`${indent}   Parameters: ${s.parameters.map(formatParameter).join('; ')}`);
      const am = Object.entries(s.amounts);
      if (am.length) lines.push(`${indent}   Bedragen: ${am.map(([k, v]) => `${k} = ${formatAmount(k, v)}`).join('; ')}`);
      return lines.join('\n');
    })
    .join('\n');
}
