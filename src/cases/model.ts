// SPDX-License-Identifier: EUPL-1.2
/** The case file: life domains, Wams phases, note visibility and the elfproef, as pure logic. */
import { conflict, invalid } from '../platform/errors';
import { dutchDate } from '../platform/dutch-date';

/** ZRM-style life domains (Zelfredzaamheid-Matrix), with their Dutch names. */
export const DOMAINS = {
  financien: 'Financiën',
  werk_opleiding: 'Werk & opleiding',
  tijdsbesteding: 'Tijdsbesteding',
  huisvesting: 'Huisvesting',
  huiselijke_relaties: 'Huiselijke relaties',
  geestelijke_gezondheid: 'Geestelijke gezondheid',
  lichamelijke_gezondheid: 'Lichamelijke gezondheid',
  verslaving: 'Verslaving',
  adl: 'ADL (dagelijkse levensverrichtingen)',
  sociaal_netwerk: 'Sociaal netwerk',
  maatschappelijke_participatie: 'Maatschappelijke participatie',
  justitie: 'Justitie',
} as const;
export type Domain = keyof typeof DOMAINS;
export const DOMAIN_KEYS = Object.keys(DOMAINS) as Domain[];

/** ZRM score meanings, 1 (acute problematiek) to 5 (volledig zelfredzaam). */
export const SCORE_LABELS: Record<number, string> = {
  1: 'Acute problematiek',
  2: 'Niet zelfredzaam',
  3: 'Beperkt zelfredzaam',
  4: 'Voldoende zelfredzaam',
  5: 'Volledig zelfredzaam',
};

export const WAMS_PHASES = ['verkenning', 'werkplan', 'coordinatie'] as const;
export type WamsPhase = (typeof WAMS_PHASES)[number];
export const WAMS_LABELS: Record<WamsPhase, string> = { verkenning: 'Verkenning', werkplan: 'Werkplan', coordinatie: 'Coördinatie' };

export const MEMBER_ROLES = ['aanvrager', 'partner', 'kind', 'medebewoner', 'overig'] as const;
export const GOAL_STATUSES = ['open', 'loopt', 'behaald', 'niet_behaald', 'vervallen'] as const;
export const ACTION_STATUSES = ['open', 'bezig', 'gedaan', 'vervallen'] as const;
export const PARTY_STATUSES = ['betrokken', 'afgerond'] as const;
export const CASE_ORIGINS = ['inwoner', 'professional', 'melding'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type PartyStatus = (typeof PARTY_STATUSES)[number];
export type CaseOrigin = (typeof CASE_ORIGINS)[number];
export const NOTE_PURPOSES = ['hulpverlening', 'toegang', 'handhaving'] as const;
/** Krachten (what goes well) and zorgen (worries) in the household's plan, as 1Gezin1Plan names them. */
export const PLAN_POINT_KINDS = ['kracht', 'zorg'] as const;
export type PlanPointKind = (typeof PLAN_POINT_KINDS)[number];
export const PLAN_POINT_LABELS: Record<PlanPointKind, string> = { kracht: 'Wat goed gaat', zorg: 'Zorgen' };
export type NotePurpose = (typeof NOTE_PURPOSES)[number];

/**
 * Who may do what lives in policy.ts. `canEditCase` is re-exported here because other rooms (income,
 * budget, escalation) ask it through this public file.
 */
export { canEditCase } from './policy';

/**
 * The BSN elfproef: 9 digits d1..d9 with 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 divisible by 11, and not 0.
 * (Source: Logius, "Burgerservicenummer (BSN)" specification, the 11-test.)
 */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0 && sum !== 0;
}

/** Age in whole years on a date (both ISO). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** An action needs attention when it is not done or dropped and its due date has passed. */
export function isOverdue(a: { status: string; dueDate: string | null }, today: string): boolean {
  return !!a.dueDate && a.dueDate < today && (a.status === 'open' || a.status === 'bezig');
}

export interface ScoreRow {
  domain: string;
  score: number;
  assessedOn: string;
  reason: string;
}
/** The latest score per domain (by date, then by insertion order), in the order of DOMAINS. */
export function currentScores<T extends ScoreRow>(history: T[]): T[] {
  const latest = new Map<string, T>();
  for (const s of history) {
    const cur = latest.get(s.domain);
    if (!cur || s.assessedOn >= cur.assessedOn) latest.set(s.domain, s);
  }
  return DOMAIN_KEYS.filter((d) => latest.has(d)).map((d) => latest.get(d)!);
}

/** A phase change may go forward or back (a plan can return to exploring), but not to the phase it is in. */
export function phaseChangeProblem(from: WamsPhase, to: WamsPhase): string | null {
  if (from === to) return `de casus is al in de fase ${WAMS_LABELS[to]}`;
  return null;
}

/** Actions with their `overdue` flag on a date. */
export function withOverdue<T extends { status: string; dueDate: string | null }>(xs: T[], on: string): (T & { overdue: boolean })[] {
  return xs.map((x) => ({ ...x, overdue: isOverdue(x, on) }));
}

/** A member cannot be born in the future, nor more than 125 years ago. `path` prefixes the field name. */
export function checkBirthDates(members: { birthDate: string }[], path: string | null, today: string): void {
  members.forEach((m, i) => {
    const field = path ? `${path}.${i}.birthDate` : 'birthDate';
    if (m.birthDate > today) throw invalid(field, 'ligt in de toekomst');
    if (ageOn(m.birthDate, today) > 125) throw invalid(field, 'ligt meer dan 125 jaar terug');
  });
}

/** A date the user gives for something that happened (opened, closed, assessed) is not in the future. */
export function checkNotFuture(field: string, date: string | undefined, today: string): void {
  if (date && date > today) throw invalid(field, 'mag niet in de toekomst liggen');
}

/** A closed case is not changed: reopen it first. `what` finishes the sentence ("hem te wijzigen"). */
export function checkCaseOpen(c: { status: string }, what = 'hem te wijzigen'): void {
  if (c.status === 'gesloten') throw conflict(`Deze casus is gesloten. Heropen de casus om ${what}.`, 'casus_gesloten');
}

/** The largest household. */
export const MAX_MEMBERS = 20;

/** Today in Europe/Amsterdam (one source: src/platform/today.ts). */
export { todayInAmsterdam as todayIso } from '../platform/today';

// ---- life events and applications (issue 12: the facts signal rules look at) ----------------------

/** The life events and applications the platform records on a case. Signal rules (src/learning/signals) may only name these. */
export const LIFE_EVENT_TYPES = [
  'scheiding_vastgelegd',
  'bijstandsaanvraag',
  'woningaanvraag',
  'baanverlies',
  'schuldmelding',
  'huurachterstand',
  'ontruimingsaanzegging',
  'overlijden_partner',
  'geboorte_kind',
  'wmo_aanvraag',
  'toeslag_terugvordering',
  'uitval_school',
] as const;
export type LifeEventType = (typeof LIFE_EVENT_TYPES)[number];
export const LIFE_EVENT_LABELS: Record<LifeEventType, string> = {
  scheiding_vastgelegd: 'Scheiding vastgelegd',
  bijstandsaanvraag: 'Bijstandsaanvraag',
  woningaanvraag: 'Woningaanvraag (urgentie of woonruimte)',
  baanverlies: 'Baan verloren',
  schuldmelding: 'Melding of aanvraag schuldhulp',
  huurachterstand: 'Melding huurachterstand',
  ontruimingsaanzegging: 'Aanzegging ontruiming',
  overlijden_partner: 'Overlijden van de partner',
  geboorte_kind: 'Geboorte van een kind',
  wmo_aanvraag: 'Aanvraag Wmo-ondersteuning',
  toeslag_terugvordering: 'Terugvordering toeslagen',
  uitval_school: 'Voortijdig schoolverlaten',
};
export const isLifeEventType = (s: string): s is LifeEventType => (LIFE_EVENT_TYPES as readonly string[]).includes(s);

// ---- history in plain Dutch ------------------------------------------------------------------------


const ORIGIN_TEXT: Record<CaseOrigin, string> = { inwoner: 'het huishouden vroeg zelf om hulp', professional: 'een professional zag dat de samenwerking vastliep', melding: 'na een melding' };
const GOAL_STATUS_TEXT: Record<GoalStatus, string> = { open: 'open', loopt: 'loopt', behaald: 'behaald', niet_behaald: 'niet behaald', vervallen: 'vervallen' };
const ACTION_STATUS_TEXT: Record<ActionStatus, string> = { open: 'open', bezig: 'bezig', gedaan: 'gedaan', vervallen: 'vervallen' };
const PARTY_STATUS_TEXT: Record<PartyStatus, string> = { betrokken: 'betrokken', afgerond: 'afgerond' };
export const NOTE_PURPOSE_TEXT: Record<NotePurpose, string> = { hulpverlening: 'hulpverlening', toegang: 'toegang tot een voorziening', handhaving: 'handhaving' };

/**
 * Who may read an event of the history: the plan, the assessment and support notes are for the
 * support roles only (doelbinding), a note's event for whoever may read notes with its purpose. The
 * audience is the first part of the event's kind: `plan.*`, `zelfredzaamheid.*`, `notitie.<purpose>.*`.
 */
export function eventVisible(kind: string, reader: { support: boolean; notePurposes: readonly string[] }): boolean {
  if (kind.startsWith('plan.') || kind.startsWith('zelfredzaamheid.')) return reader.support;
  const m = /^notitie\.([a-z]+)\./.exec(kind);
  if (m) return reader.notePurposes.includes(m[1]);
  return true;
}

/** The event as a sentence a professional reads: no codes, no ids, dates in Dutch. */
export function describeCaseEvent(e: { kind: string; detail: string; regisseurName?: string | null }): string {
  switch (e.kind) {
    case 'geopend':
      return `Casus geopend: ${ORIGIN_TEXT[e.detail as CaseOrigin] ?? e.detail}.`;
    case 'regisseur_gewijzigd':
      return e.regisseurName ? `Regisseur gewijzigd in ${e.regisseurName}.` : 'Regisseur gewijzigd.';
    case 'gesloten':
      return e.detail ? `Casus gesloten: ${e.detail}` : 'Casus gesloten.';
    case 'heropend':
      return e.detail ? `Casus heropend: ${e.detail}` : 'Casus heropend.';
    default:
      // Events written since the history speaks Dutch carry their sentence in `detail`.
      return e.detail;
  }
}

const quote = (s: string) => `“${s.length > 80 ? `${s.slice(0, 78)}…` : s}”`;

/** The sentence for a change of the case itself (title, summary, Wams phase). */
export function caseChangeText(before: { title: string; summary: string; wamsPhase: WamsPhase }, patch: { title?: string; summary?: string; wamsPhase?: WamsPhase; phaseStartedOn?: string }, today: string): string | null {
  const parts: string[] = [];
  if (patch.title !== undefined && patch.title !== before.title) parts.push(`titel gewijzigd in ${quote(patch.title)}`);
  if (patch.summary !== undefined && patch.summary !== before.summary) parts.push('samenvatting gewijzigd');
  if (patch.wamsPhase && patch.wamsPhase !== before.wamsPhase) parts.push(`Wams-fase van ${WAMS_LABELS[before.wamsPhase]} naar ${WAMS_LABELS[patch.wamsPhase]} (vanaf ${dutchDate(patch.phaseStartedOn ?? today)})`);
  if (!parts.length) return null;
  const s = parts.join('; ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** "Scores vastgelegd (beoordeling van 23 april 2026): Financiën 3, Huisvesting 4." */
export function scoresText(assessedOn: string, scores: { domain: string; score: number }[]): string {
  return `Scores vastgelegd (beoordeling van ${dutchDate(assessedOn)}): ${scores.map((s) => `${DOMAINS[s.domain as Domain] ?? s.domain} ${s.score}`).join(', ')}.`;
}

type PlanItemKind = 'goals' | 'actions' | 'parties' | 'plan_points';
const ITEM_NOUN: Record<PlanItemKind, string> = { goals: 'Doel', actions: 'Actie', parties: 'Betrokken partij', plan_points: 'Kracht of zorg' };

/** The sentence for a plan item added or changed, naming what changed. */
export function planItemText(kind: PlanItemKind, action: 'aanmaken' | 'wijzigen', item: { description?: string; organisationName?: string; text?: string }, patch: Record<string, unknown> = {}): string {
  const name = quote(kind === 'parties' ? (item.organisationName ?? '') : (item.description ?? item.text ?? ''));
  if (action === 'aanmaken') return `${ITEM_NOUN[kind]} toegevoegd: ${name}.`;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (k === 'status') parts.push(`status ${kind === 'goals' ? GOAL_STATUS_TEXT[v as GoalStatus] : kind === 'actions' ? ACTION_STATUS_TEXT[v as ActionStatus] : PARTY_STATUS_TEXT[v as PartyStatus] ?? v}`);
    else if (k === 'dueDate' || k === 'targetDate') parts.push(v ? `${k === 'dueDate' ? 'uiterlijk' : 'streefdatum'} ${dutchDate(String(v))}` : `${k === 'dueDate' ? 'geen uiterste datum' : 'geen streefdatum'} meer`);
    else if (k === 'description') parts.push('omschrijving gewijzigd');
    else if (k === 'ownerUserId' || k === 'ownerPartyId' || k === 'ownerLabel') {
      if (!parts.includes('andere eigenaar')) parts.push('andere eigenaar');
    }
    else if (k === 'goalId') parts.push('bij een ander doel');
    else if (k === 'domain') parts.push(`leefgebied ${DOMAINS[v as Domain] ?? v}`);
    else if (k === 'role') parts.push('rol in het plan gewijzigd');
    else if (k === 'contactName' || k === 'contact' || k === 'organisationName') {
      if (!parts.includes('contactgegevens gewijzigd')) parts.push('contactgegevens gewijzigd');
    }
  }
  return `${ITEM_NOUN[kind]} ${name} gewijzigd${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

/** The sentence for a note written or corrected (never its text: the history is read more widely). */
export function noteText(action: 'aanmaken' | 'wijzigen', purpose: NotePurpose): string {
  return action === 'aanmaken' ? `Notitie geschreven (doel: ${NOTE_PURPOSE_TEXT[purpose]}).` : `Notitie gecorrigeerd (doel: ${NOTE_PURPOSE_TEXT[purpose]}); de vorige tekst blijft bewaard.`;
}
