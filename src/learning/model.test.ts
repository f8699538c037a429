// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ageBand, draftEntry, householdShape, outcomeOfKnelpunt, roundToThousands, similarity, snippetSegments, type KnelpuntFacts } from './model';

const facts = (over: Partial<KnelpuntFacts> = {}): KnelpuntFacts => ({
  knelpuntType: 'regel_botst',
  solutionNeeded: 'Urgentie voor Mark de Vries, de volwassen zoon van Ruud, zodat de drie kinderen thuis kunnen blijven. Hij slaapt nu op de bank.',
  costOfWaiting: 'Uithuisplaatsing van drie kinderen; bel Ruud op 06-12345678',
  blockingLaw: 'Huisvestingsverordening',
  blockingArticle: 'art. 2.6',
  blockingOrganisationKind: 'woningcorporatie',
  decisionText: 'De urgentiecommissie gaf Mark op 14-03-2026 urgentie met begeleiding.',
  decidedLevel: 'Doorbraaktafel',
  outcome: 'toegekend',
  workingDays: 7,
  costs: [
    { funder: 'gemeente', regulierCents: 13_549_900, maatwerkCents: 1_249_900 },
    { funder: 'zorgverzekeraar', regulierCents: 49_999, maatwerkCents: 50_000 },
  ],
  lifeDomains: ['huisvesting', 'huiselijke_relaties', 'huisvesting'],
  members: [
    { name: 'Jip de Vries', role: 'kind', age: 10 },
    { name: 'Ruud de Vries', role: 'aanvrager', age: 46 },
    { name: 'Mark de Vries', role: 'medebewoner', age: 24 },
  ],
  municipality: 'Tilburg',
  year: 2026,
  ...over,
});

describe('drafting a Bibliotheek entry', () => {
  it('gives age bands at the thresholds the rules use, never exact ages', () => {
    expect([0, 3, 4, 11, 12, 17, 18, 20, 21, 22, 23, 26, 27, 44, 45, 66, 67, 90].map(ageBand)).toEqual(['0-3', '0-3', '4-11', '4-11', '12-17', '12-17', '18-20', '18-20', '21-22', '21-22', '23-26', '23-26', '27-44', '27-44', '45-66', '45-66', '67+', '67+']);
    expect(householdShape([{ role: 'kind', age: 10 }, { role: 'aanvrager', age: 46 }])).toEqual([{ role: 'aanvrager', ageBand: '45-66' }, { role: 'kind', ageBand: '4-11' }]);
  });

  it('rounds costs to whole thousands of euros, half up', () => {
    // €135,499 → €135,000; €12,499 → €12,000; €499.99 → €0; €500 → €1,000
    expect([13_549_900, 1_249_900, 49_999, 50_000].map(roundToThousands)).toEqual([13_500_000, 1_200_000, 0, 100_000]);
  });

  it('drafts title, situation and breakthrough with every identifier removed and the removals marked in the preview', () => {
    const d = draftEntry(facts());
    expect(d.draft.title).toBe('Urgentie voor [medebewoner], de volwassen zoon van [aanvrager], zodat de drie kinderen thuis kunnen blijven');
    expect(d.draft.situation).toContain('Zonder oplossing: Uithuisplaatsing van drie kinderen; bel [aanvrager] op [telefoonnummer]');
    expect(d.draft.breakthrough).toBe('De urgentiecommissie gaf [medebewoner] op [datum] urgentie met begeleiding.');
    expect(JSON.stringify(d.draft)).not.toMatch(/Mark|Ruud|06-1234|14-03-2026|Vries/);
    expect(d.removalCounts).toEqual({ naam: 6, telefoon: 1, datum: 1 }); // title 2, situation 3, breakthrough 1
    const title = d.preview.find((p) => p.field === 'title')!;
    expect(title.segments.filter((s) => 'removed' in s).map((s) => ('removed' in s ? s.removed : ''))).toEqual(['Mark de Vries', 'Ruud']);
    expect(d.draft.householdShape).toEqual([{ role: 'aanvrager', ageBand: '45-66' }, { role: 'kind', ageBand: '4-11' }, { role: 'medebewoner', ageBand: '23-26' }]);
    expect(d.draft.costs).toEqual([{ funder: 'gemeente', regulierCents: 13_500_000, maatwerkCents: 1_200_000 }, { funder: 'zorgverzekeraar', regulierCents: 0, maatwerkCents: 100_000 }]);
    expect(d.draft.lifeDomains).toEqual(['huiselijke_relaties', 'huisvesting']);
  });

  it('records a breakthrough only for a knelpunt that broke through', () => {
    expect(outcomeOfKnelpunt('doorbraak', 'toegekend')).toBe('toegekend');
    expect(outcomeOfKnelpunt('doorbraak', null)).toBe('opgelost');
    expect(outcomeOfKnelpunt('overbrugd', 'overbrugd')).toBe('overbrugd');
    expect(outcomeOfKnelpunt('afgewezen', 'afgewezen')).toBeNull();
    expect(outcomeOfKnelpunt('open', null)).toBeNull();
  });
});

describe('similarity with reasons', () => {
  const labels = { type: (t: string) => ({ regel_botst: 'Regel botst', wachtlijst: 'Wachtlijst' })[t] ?? t };
  it('scores the same rule, shared life domains, the same kind and text, each with its reason', () => {
    const s = similarity(
      { blockingLaw: 'Participatiewet', blockingArticle: 'art. 31', knelpuntType: 'regel_botst', lifeDomains: ['financien', 'werk_opleiding'] },
      { blockingLaw: 'participatiewet', blockingArticle: 'Art. 31', knelpuntType: 'regel_botst', lifeDomains: ['financien', 'werk_opleiding', 'huisvesting'] },
      0.5,
      labels,
    );
    // 4 (same rule) + 2·2/3 (domains) + 1 (kind) + 3·0.5 (text) = 7.83
    expect(s.score).toBe(7.83);
    expect(s.reasons).toEqual(['zelfde regel: Participatiewet art. 31', '2 van 3 leefgebieden gelijk', 'zelfde soort knelpunt: regel botst', 'beschrijving lijkt op elkaar (50 %)']);
  });
  it('gives the law alone half the weight and says so', () => {
    const s = similarity({ blockingLaw: 'Wmo 2015', blockingArticle: 'art. 2.3.5', knelpuntType: 'wachtlijst', lifeDomains: [] }, { blockingLaw: 'Wmo 2015', blockingArticle: 'art. 2.3.2', knelpuntType: 'regel_botst', lifeDomains: ['adl'] }, 0.05, labels);
    expect(s).toEqual({ score: 2, reasons: ['zelfde wet: Wmo 2015'] });
  });
});

it('turns the headline markers into segments', () => {
  expect(snippetSegments('De ⟪woning⟫ na de ⟪scheiding⟫.')).toEqual([
    { text: 'De ', hit: false }, { text: 'woning', hit: true }, { text: ' na de ', hit: false }, { text: 'scheiding', hit: true }, { text: '.', hit: false },
  ]);
});
