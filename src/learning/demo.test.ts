// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { anonymiseText } from '../privacy/anonymise';
import { demoEntries } from './demo';

describe('the Bibliotheek demo', () => {
  const entries = demoEntries();
  it('has at least 60 entries across at least 10 municipalities, from the seed stories', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(entries.map((e) => e.municipality)).size).toBeGreaterThanOrEqual(10);
    const titles = entries.map((e) => e.title).join(' | ');
    for (const story of ['Mantelzorgwoning', 'Low-budget hotel', 'Briefadres', 'Huur aanvullen tot de 23e', 'scholier', 'Bakfiets', 'Gokwinst', 'puppy', 'expansievat']) expect(titles).toContain(story);
  });
  it('holds nothing the anonymiser would remove, and costs in whole thousands', () => {
    for (const e of entries) {
      for (const text of [e.title, e.situation, e.breakthrough]) expect(anonymiseText(text).removals, text).toEqual([]);
      for (const c of e.costs) expect([c.regulierCents % 100_000, c.maatwerkCents % 100_000]).toEqual([0, 0]);
    }
  });
});
