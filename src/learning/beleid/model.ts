// SPDX-License-Identifier: EUPL-1.2
/**
 * From doorbraak to beleid (issue 12 §3): a structural signal becomes a proposal that is followed
 * until the rule changed and its effect shows. Pure: the canonical rule reference, the grouping of
 * free-text references, the follow-up's state machine and the before/after effect.
 */
import { dutchDate } from '../../platform/dutch-date';

// ---- the canonical rule reference ----------------------------------------------------------------

export interface RuleRef {
  /** Normalised law name as shown ("Huisvestingsverordening", "Participatiewet"). */
  law: string;
  /** Article number without "art." and without lid ("2.6.4", "31", "1:408"), or null. */
  article: string | null;
  /** The words in parentheses or after the article, lower case ("urgentie"), or null. */
  topic: string | null;
}

/** Short names and spellings that mean the same law. */
const LAW_ALIASES: Array<[RegExp, string]> = [
  [/^(participatiewet|pw)$/i, 'Participatiewet'],
  [/^(wmo|wmo 2015|wet maatschappelijke ondersteuning( 2015)?)$/i, 'Wmo 2015'],
  [/^(awir|algemene wet inkomensafhankelijke regelingen)$/i, 'Awir'],
  [/^(wlz|wet langdurige zorg)$/i, 'Wlz'],
  [/^(zvw|zorgverzekeringswet)$/i, 'Zvw'],
  [/^(wet op de huurtoeslag|wht)$/i, 'Wet op de huurtoeslag'],
  [/^(wgs|wet gemeentelijke schuldhulpverlening)$/i, 'Wet gemeentelijke schuldhulpverlening'],
  [/^(brp|wet brp|wet basisregistratie personen)$/i, 'Wet BRP'],
  [/^(awb|algemene wet bestuursrecht)$/i, 'Awb'],
  [/^(bw|burgerlijk wetboek)$/i, 'Burgerlijk Wetboek'],
];

/** Local regulations carry the municipality's name ("Huisvestingsverordening Tilburg"); inside one organisation that name adds nothing. */
const LOCAL = /^((?:\p{L}+)?(?:verordening|beleidsregels?))(?:\s+(?:gemeente\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?(?:\s+\d{4})?$/u;

function normaliseLaw(raw: string): string {
  const s = raw.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '');
  for (const [re, name] of LAW_ALIASES) if (re.test(s)) return name;
  const local = LOCAL.exec(s);
  if (local) return local[1].charAt(0).toUpperCase() + local[1].slice(1);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Parse a free-text reference: "Huisvestingsverordening (urgentie)", "Huisvestingsverordening
 * art. 2.6.4", "Participatiewet artikel 31, lid 2 (middelen)", "PW art. 31". Only the first law and
 * article count ("art. 31 en 45" is art. 31); the lid is dropped (the rule is the article).
 */
export function parseRuleRef(input: string): RuleRef {
  let s = input.replace(/\s+/g, ' ').trim();
  const topics: string[] = [];
  s = s.replace(/\(([^)]*)\)/g, (_m, t: string) => { topics.push(t.trim().toLowerCase()); return ' '; }).replace(/\s+/g, ' ').trim();
  const art = /\b(?:art(?:ikel)?\.?|§)\s*([0-9]+(?:[.:][0-9]+)*[a-z]?)/i.exec(s);
  let law = s;
  let article: string | null = null;
  if (art) {
    law = s.slice(0, art.index);
    article = art[1].toLowerCase();
    const rest = s.slice(art.index + art[0].length).replace(/^[\s,]*(lid\s*\d+[a-z]?)?/i, '').replace(/^\s*(?:en|,)\s*.*$/i, '').trim();
    if (rest && !/^(?:sub|onder)\b/i.test(rest)) topics.push(rest.toLowerCase());
  } else {
    // "Huisvestingsverordening Tilburg urgentie" after the demo's split into law and article text.
    const words = law.split(' ');
    const last = words[words.length - 1];
    if (words.length > 1 && /^\p{Ll}/u.test(last)) { topics.push(last.toLowerCase()); law = words.slice(0, -1).join(' '); }
  }
  return { law: normaliseLaw(law), article, topic: topics.filter(Boolean)[0] ?? null };
}

/** The key of a reference: law and article, lower case ("huisvestingsverordening|2.6.4"). */
export const refKey = (r: RuleRef) => `${r.law.toLowerCase()}|${r.article ?? ''}`;
/** A reference for people: "Huisvestingsverordening art. 2.6 (urgentie)". */
export const refLabel = (r: RuleRef) => `${r.law}${r.article ? ` art. ${r.article}` : ''}${r.topic ? ` (${r.topic})` : ''}`;

const isWithin = (child: string, parent: string) => child === parent || child.startsWith(`${parent}.`);

export interface RuleGroup { key: string; ref: RuleRef; label: string; members: string[] }

/**
 * Group free-text references so that one rule is one group:
 * - the same law and article are one rule (whatever the spelling, lid or topic);
 * - a sub-article belongs to its article when both occur ("2.6.4" under "2.6"): the coarser one names the group;
 * - a reference without an article joins the group of the same law with the same topic
 *   ("Huisvestingsverordening (urgentie)" joins "… art. 2.6 (urgentie)"); when that law has exactly
 *   one article group and its topic does not contradict (the group has none), it joins that group
 *   ("… (urgentie)" joins "… art. 2.6.4"); otherwise it stays a group of its own.
 * Input order does not matter; the result is sorted by label.
 */
export function groupRuleRefs(inputs: readonly string[]): RuleGroup[] {
  const parsed = [...new Set(inputs)].map((raw) => ({ raw, ref: parseRuleRef(raw) }));
  const withArt = parsed.filter((p) => p.ref.article !== null);
  // Roots: the coarsest article per law that contains each article.
  const rootOf = new Map<string, string>();
  for (const p of withArt) {
    const candidates = withArt.filter((q) => q.ref.law === p.ref.law && isWithin(p.ref.article!, q.ref.article!)).map((q) => q.ref.article!);
    const root = candidates.sort((a, b) => a.length - b.length)[0];
    rootOf.set(p.raw, `${p.ref.law.toLowerCase()}|${root}`);
  }
  const groups = new Map<string, { ref: RuleRef; members: string[]; topics: Set<string> }>();
  for (const p of withArt) {
    const key = rootOf.get(p.raw)!;
    const g = groups.get(key) ?? { ref: { law: p.ref.law, article: key.split('|')[1], topic: null }, members: [], topics: new Set<string>() };
    g.members.push(p.raw);
    if (p.ref.topic) g.topics.add(p.ref.topic);
    groups.set(key, g);
  }
  for (const p of parsed.filter((x) => x.ref.article === null)) {
    const sameLaw = [...groups.entries()].filter(([, g]) => g.ref.law === p.ref.law && g.ref.article !== null);
    const byTopic = p.ref.topic ? sameLaw.filter(([, g]) => g.topics.has(p.ref.topic!)) : [];
    const onlyOne = sameLaw.length === 1 && (!p.ref.topic || sameLaw[0][1].topics.size === 0) ? sameLaw[0] : null;
    const target = byTopic.length === 1 ? byTopic[0] : onlyOne;
    if (target) {
      target[1].members.push(p.raw);
      if (p.ref.topic) target[1].topics.add(p.ref.topic);
      continue;
    }
    const key = `${p.ref.law.toLowerCase()}|${p.ref.topic ? `(${p.ref.topic})` : ''}`;
    const g = groups.get(key) ?? { ref: { law: p.ref.law, article: null, topic: p.ref.topic }, members: [], topics: new Set<string>(p.ref.topic ? [p.ref.topic] : []) };
    g.members.push(p.raw);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const topic = g.ref.topic ?? ([...g.topics].sort()[0] ?? null);
      const ref = { ...g.ref, topic };
      return { key, ref, label: refLabel(ref), members: g.members.sort() };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** The group a reference belongs to, or null. */
export function groupOf(groups: readonly RuleGroup[], raw: string): RuleGroup | null {
  return groups.find((g) => g.members.includes(raw)) ?? null;
}

// ---- the follow-up: a state machine --------------------------------------------------------------

export const PROPOSAL_STAGES = ['voorgesteld', 'geagendeerd', 'besloten', 'ingevoerd'] as const;
export type ProposalStage = (typeof PROPOSAL_STAGES)[number];
export const STAGE_LABELS: Record<ProposalStage, string> = { voorgesteld: 'Voorgesteld', geagendeerd: 'Geagendeerd', besloten: 'Besloten', ingevoerd: 'Ingevoerd' };
export const DECISIONS = ['aangenomen', 'verworpen'] as const;
export type Decision = (typeof DECISIONS)[number];
export const CHANGE_KINDS = ['regel', 'afspraak', 'mandaat'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = { regel: 'Een regel is gewijzigd', afspraak: 'Een vaste afspraak is gemaakt', mandaat: 'Een mandaat is gegeven' };

export interface ProposalState {
  stage: ProposalStage;
  decision: Decision | null;
  agendaOn: string | null;
  decidedOn: string | null;
  /** When it was proposed (the date given with the proposal, or the day it was recorded). */
  createdOn?: string | null;
}
export type Step =
  | { to: 'geagendeerd'; table: string; on: string }
  | { to: 'besloten'; decision: Decision; reason: string; on: string }
  | { to: 'ingevoerd'; kind: ChangeKind; description: string; from: string };

export interface Refusal {
  /** The input field at fault, or null when the proposal's stage does not allow the step (a conflict). */
  field: string | null;
  reason: string;
}
const stage = (reason: string): Refusal => ({ field: null, reason });
const field = (name: string, reason: string): Refusal => ({ field: name, reason });

/** Why this step is refused from this state (Dutch, for the user), or null when it may be taken. */
export function stepRefusal(s: ProposalState, step: Step): Refusal | null {
  switch (step.to) {
    case 'geagendeerd':
      if (s.stage !== 'voorgesteld' && s.stage !== 'geagendeerd') return stage(`Een voorstel dat ${STAGE_LABELS[s.stage].toLowerCase()} is, kan niet meer worden geagendeerd.`);
      if (step.table.trim().length < 3) return field('table', 'Noem de tafel of het overleg waar het voorstel op de agenda staat.');
      if (s.createdOn && step.on < s.createdOn) return field('on', `De vergadering kan niet vóór het voorstel liggen; het is voorgesteld op ${dutchDate(s.createdOn)}.`);
      return null;
    case 'besloten':
      if (s.stage === 'voorgesteld') return stage('Een voorstel wordt pas besloten nadat het op een agenda stond.');
      if (s.stage !== 'geagendeerd') return stage('Over dit voorstel is al besloten.');
      if (step.reason.trim().length < 5) return field('reason', 'Geef de reden van het besluit (minstens vijf tekens).');
      if (s.agendaOn && step.on < s.agendaOn) return field('on', 'Het besluit kan niet vallen vóór de vergadering waarop het geagendeerd stond.');
      return null;
    case 'ingevoerd':
      if (s.stage !== 'besloten') return stage(s.stage === 'ingevoerd' ? 'Dit voorstel is al ingevoerd.' : 'Alleen een aangenomen voorstel kan worden ingevoerd.');
      if (s.decision !== 'aangenomen') return stage('Een verworpen voorstel wordt niet ingevoerd.');
      if (step.description.trim().length < 5) return field('description', 'Beschrijf wat er is veranderd (minstens vijf tekens).');
      if (s.decidedOn && step.from < s.decidedOn) return field('from', 'De wijziging kan niet ingaan vóór het besluit.');
      return null;
  }
}

// ---- effect and lead time ------------------------------------------------------------------------

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

export interface Effect {
  /** Days in each period: from the change until today, and as long before it. */
  periodDays: number;
  before: { from: string; through: string; count: number };
  after: { from: string; through: string; count: number };
  /** Knelpunten per 30 days in each period, one decimal. */
  beforePer30: number;
  afterPer30: number;
  /** Change in percent (after against before), or null when there were none before. */
  changePct: number | null;
  /** Per calendar month: the count, and whether that month is after the change. */
  months: Array<{ month: string; count: number; after: boolean }>;
}

/**
 * Knelpunten on the rule before and after the change: two periods of the same length, from the
 * change until today and as long before it. Null until the change took effect.
 */
export function effectOf(knelpuntDates: readonly string[], effectiveFrom: string, today: string): Effect | null {
  const periodDays = days(effectiveFrom, today);
  if (periodDays < 1) return null;
  const beforeFrom = addDays(effectiveFrom, -periodDays);
  const beforeThrough = addDays(effectiveFrom, -1);
  const before = knelpuntDates.filter((d) => d >= beforeFrom && d < effectiveFrom).length;
  const after = knelpuntDates.filter((d) => d >= effectiveFrom && d <= today).length;
  const per30 = (n: number) => Math.round((n * 300) / periodDays) / 10;
  const months: Effect['months'] = [];
  for (let m = beforeFrom.slice(0, 7); m <= today.slice(0, 7); m = nextMonth(m)) {
    months.push({ month: m, count: knelpuntDates.filter((d) => d.startsWith(m) && d >= beforeFrom && d <= today).length, after: m >= effectiveFrom.slice(0, 7) });
  }
  return {
    periodDays,
    before: { from: beforeFrom, through: beforeThrough, count: before },
    after: { from: effectiveFrom, through: today, count: after },
    beforePer30: per30(before),
    afterPer30: per30(after),
    changePct: before ? Math.round(((after - before) / before) * 100) : null,
    months,
  };
}
const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** Days from the first knelpunt on the rule to the structural change, or null when either is missing. */
export function leadTimeDays(firstKnelpuntOn: string | null, changedFrom: string | null): number | null {
  if (!firstKnelpuntOn || !changedFrom) return null;
  return days(firstKnelpuntOn, changedFrom);
}
