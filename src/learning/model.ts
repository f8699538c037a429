// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bibliotheek Mooi Maatwerk: a breakthrough (doorbraak) on one knelpunt, shared once and found
 * anywhere. Pure: drafting an entry from a resolved knelpunt's facts (anonymised, household shape in
 * age bands, costs rounded to whole thousands per funder), similarity with reasons in Dutch, and the
 * highlighted snippet.
 */
import { anonymiseText, removalCounts, type RemovalKind, type Segment } from '../privacy/anonymise';

export const ENTRY_STATUSES = ['concept', 'ter_goedkeuring', 'gepubliceerd', 'ingetrokken'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  concept: 'Concept',
  ter_goedkeuring: 'Wacht op goedkeuring',
  gepubliceerd: 'Gepubliceerd',
  ingetrokken: 'Ingetrokken',
};

export const ENTRY_OUTCOMES = ['toegekend', 'overbrugd', 'opgelost'] as const;
export type EntryOutcome = (typeof ENTRY_OUTCOMES)[number];
export const ENTRY_OUTCOME_LABELS: Record<EntryOutcome, string> = { toegekend: 'Toegekend', overbrugd: 'Overbrugd', opgelost: 'Opgelost' };

/** Age bands that follow the thresholds the rules use (18, 21, 23, 27 and the AOW age). */
export const AGE_BANDS = ['0-3', '4-11', '12-17', '18-20', '21-22', '23-26', '27-44', '45-66', '67+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number): AgeBand {
  if (age < 4) return '0-3';
  if (age < 12) return '4-11';
  if (age < 18) return '12-17';
  if (age < 21) return '18-20';
  if (age < 23) return '21-22';
  if (age < 27) return '23-26';
  if (age < 45) return '27-44';
  if (age < 67) return '45-66';
  return '67+';
}

const THOUSAND_EUROS = 100_000; // cents

/** Rounded to whole thousands of euros (half up), so a sum never identifies one household's bills. */
export function roundToThousands(cents: number): number {
  return Math.round(cents / THOUSAND_EUROS) * THOUSAND_EUROS;
}

export interface CostLine {
  funder: string;
  regulierCents: number;
  maatwerkCents: number;
}

/** The knelpunt and what surrounds it, read by the share command from the escalation, cases and businesscase rooms. */
export interface KnelpuntFacts {
  knelpuntType: string;
  solutionNeeded: string;
  costOfWaiting: string;
  blockingLaw: string;
  blockingArticle: string;
  blockingOrganisationKind: string;
  /** The decision that broke through, and the level that took it. */
  decisionText: string;
  decidedLevel: string;
  outcome: EntryOutcome;
  workingDays: number | null;
  /** Per funder, totals of the business case over its horizon (unrounded). */
  costs: CostLine[];
  lifeDomains: string[];
  members: Array<{ name: string; role: string; age: number }>;
  municipality: string;
  year: number;
}

export interface EntryText {
  title: string;
  situation: string;
  breakthrough: string;
}

export interface EntryDraft extends EntryText {
  blockingLaw: string;
  blockingArticle: string;
  organisationKind: string;
  knelpuntType: string;
  decidedLevel: string;
  outcome: EntryOutcome;
  workingDays: number | null;
  costs: CostLine[];
  lifeDomains: string[];
  householdShape: Array<{ role: string; ageBand: AgeBand }>;
  municipality: string;
  year: number;
}

export interface FieldPreview {
  field: keyof EntryText;
  segments: Segment[];
}

export interface AnonymisedDraft {
  draft: EntryDraft;
  /** Per text field, the original cut into kept and removed parts: for the author's preview only, never stored. */
  preview: FieldPreview[];
  removalCounts: Partial<Record<RemovalKind, number>>;
}

const ROLE_ORDER = ['aanvrager', 'partner', 'kind', 'medebewoner', 'overig'];

export function householdShape(members: Array<{ role: string; age: number }>): Array<{ role: string; ageBand: AgeBand }> {
  return members
    .map((m) => ({ role: m.role, ageBand: ageBand(m.age), age: m.age }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || b.age - a.age)
    .map(({ role, ageBand: band }) => ({ role, ageBand: band }));
}

function firstSentence(text: string, max = 120): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const cut = t.split(/(?<=[.!?])\s/)[0];
  if (cut.length <= max) return cut.replace(/[.!?]$/, '');
  const words = cut.slice(0, max).split(' ');
  words.pop();
  return `${words.join(' ')}…`;
}

/** Anonymise the three text fields of an entry with the household's members as the known people. */
export function anonymiseEntryText(text: EntryText, members: Array<{ name: string; role: string }>): { text: EntryText; preview: FieldPreview[]; removalCounts: Partial<Record<RemovalKind, number>> } {
  const people = members.map((m) => ({ name: m.name, label: m.role }));
  const out = {} as EntryText;
  const preview: FieldPreview[] = [];
  const all: Array<{ kind: RemovalKind }> = [];
  for (const field of ['title', 'situation', 'breakthrough'] as const) {
    const r = anonymiseText(text[field], { people });
    out[field] = r.text;
    preview.push({ field, segments: r.segments });
    all.push(...r.removals);
  }
  return { text: out, preview, removalCounts: removalCounts(all) };
}

/** The draft the platform proposes for "Deel als doorbraak", anonymised, with the preview of every removal. */
export function draftEntry(f: KnelpuntFacts): AnonymisedDraft {
  const text: EntryText = {
    title: firstSentence(f.solutionNeeded),
    situation: [f.solutionNeeded.trim(), f.costOfWaiting.trim() ? `Zonder oplossing: ${f.costOfWaiting.trim()}` : ''].filter(Boolean).join('\n\n'),
    breakthrough: f.decisionText.trim(),
  };
  const a = anonymiseEntryText(text, f.members);
  return {
    draft: {
      ...a.text,
      blockingLaw: f.blockingLaw,
      blockingArticle: f.blockingArticle,
      organisationKind: f.blockingOrganisationKind,
      knelpuntType: f.knelpuntType,
      decidedLevel: f.decidedLevel,
      outcome: f.outcome,
      workingDays: f.workingDays,
      costs: f.costs.map((c) => ({ funder: c.funder, regulierCents: roundToThousands(c.regulierCents), maatwerkCents: roundToThousands(c.maatwerkCents) })),
      lifeDomains: [...new Set(f.lifeDomains)].sort(),
      householdShape: householdShape(f.members),
      municipality: f.municipality,
      year: f.year,
    },
    preview: a.preview,
    removalCounts: a.removalCounts,
  };
}

/** The outcome an entry records for a knelpunt's final status, or null when it did not break through. */
export function outcomeOfKnelpunt(status: string, lastOutcome: string | null): EntryOutcome | null {
  if (status === 'overbrugd' || lastOutcome === 'overbrugd') return 'overbrugd';
  if (status === 'doorbraak') return lastOutcome === 'toegekend' ? 'toegekend' : 'opgelost';
  return null;
}

// ---- similarity ("Elders opgelost") ------------------------------------------------------------

export interface SimilarityInput {
  blockingLaw: string;
  blockingArticle: string;
  knelpuntType: string;
  lifeDomains: string[];
}

export interface Similarity {
  score: number;
  reasons: string[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^artikel\s/, 'art. ');

/**
 * Scored on the same blocking law and article (4; the law alone 2), overlapping life domains (up to 2,
 * by the share of the knelpunt's domains the entry shares), the same kind of knelpunt (1) and text
 * similarity (up to 3, the trigram similarity the database measured). Each part gives its reason in Dutch.
 */
export function similarity(entry: SimilarityInput, knelpunt: SimilarityInput, textSimilarity: number, labels: { type: (t: string) => string }): Similarity {
  let score = 0;
  const reasons: string[] = [];
  const sameLaw = norm(entry.blockingLaw) === norm(knelpunt.blockingLaw) && norm(entry.blockingLaw) !== '';
  if (sameLaw && norm(entry.blockingArticle) === norm(knelpunt.blockingArticle) && norm(entry.blockingArticle) !== '') {
    score += 4;
    reasons.push(`zelfde regel: ${entry.blockingLaw} ${entry.blockingArticle}`);
  } else if (sameLaw) {
    score += 2;
    reasons.push(`zelfde wet: ${entry.blockingLaw}`);
  }
  const mine = new Set(knelpunt.lifeDomains);
  if (mine.size) {
    const shared = entry.lifeDomains.filter((d) => mine.has(d)).length;
    if (shared) {
      score += (2 * shared) / mine.size;
      reasons.push(`${shared} van ${mine.size} leefgebieden gelijk`);
    }
  }
  if (entry.knelpuntType === knelpunt.knelpuntType) {
    score += 1;
    reasons.push(`zelfde soort knelpunt: ${labels.type(entry.knelpuntType).toLowerCase()}`);
  }
  if (textSimilarity >= 0.1) {
    score += 3 * Math.min(1, textSimilarity);
    reasons.push(`beschrijving lijkt op elkaar (${Math.round(textSimilarity * 100)} %)`);
  }
  return { score: Math.round(score * 100) / 100, reasons };
}

// ---- snippets ----------------------------------------------------------------------------------

export const HIT_START = '⟪';
export const HIT_END = '⟫';

/** ts_headline output with the hit markers as segments, so the screen can mark hits without HTML from the database. */
export function snippetSegments(headline: string): Array<{ text: string; hit: boolean }> {
  const out: Array<{ text: string; hit: boolean }> = [];
  const re = new RegExp(`${HIT_START}([^${HIT_END}]*)${HIT_END}`, 'g');
  let pos = 0;
  for (const m of headline.matchAll(re)) {
    if (m.index! > pos) out.push({ text: headline.slice(pos, m.index), hit: false });
    out.push({ text: m[1], hit: true });
    pos = m.index! + m[0].length;
  }
  if (pos < headline.length) out.push({ text: headline.slice(pos), hit: false });
  return out;
}
