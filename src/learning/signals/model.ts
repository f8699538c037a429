// SPDX-License-Identifier: EUPL-1.2
/**
 * Signals as data (issue 12 §2). A signal rule names events on a case that, together within a time
 * window, ask the regisseur to look. The rule is data; this module holds its vocabulary, the fairness
 * guard that refuses protected and proxy attributes, the pure evaluator and the register text.
 * A signal is never a decision and never goes to enforcement (ADR 15).
 */
import type { InvalidParam } from '../../platform/errors';

import { LIFE_EVENT_LABELS, isLifeEventType } from '../../cases/model';
import { countText } from '../../platform/dutch-count';
export { LIFE_EVENT_LABELS, LIFE_EVENT_TYPES, isLifeEventType, type LifeEventType } from '../../cases/model';

// ---- the fairness guard ----------------------------------------------------------------------------

/**
 * Attributes a rule may never use, with the Dutch reason shown to whoever tries. Protected grounds
 * (Algemene wet gelijke behandeling art. 1, AVG art. 9) and their known proxies: postcode and
 * neighbourhood stand in for origin and income (the toeslagenaffaire and SyRI, Rb. Den Haag
 * 5 februari 2020), nationality for ethnicity.
 */
const PROTECTED: Array<{ names: string[]; reason: string }> = [
  { names: ['nationaliteit', 'nationality', 'dubbele nationaliteit', 'staatsburgerschap'], reason: 'Nationaliteit is een beschermd kenmerk (Awgb art. 1) en mag geen signaal sturen.' },
  { names: ['etniciteit', 'ethnicity', 'afkomst', 'herkomst', 'migratieachtergrond', 'geboorteland', 'land van herkomst', 'ras', 'huidskleur', 'moedertaal', 'taal'], reason: 'Etniciteit en afkomst (ook via geboorteland, migratieachtergrond of taal) zijn beschermd (Awgb art. 1, AVG art. 9) en mogen geen signaal sturen.' },
  { names: ['religie', 'religion', 'geloof', 'levensovertuiging', 'godsdienst'], reason: 'Godsdienst en levensovertuiging zijn beschermd (Awgb art. 1, AVG art. 9) en mogen geen signaal sturen.' },
  { names: ['geslacht', 'sex', 'gender', 'genderidentiteit', 'seksuele gerichtheid', 'seksuele voorkeur'], reason: 'Geslacht, gender en seksuele gerichtheid zijn beschermd (Awgb art. 1) en mogen geen signaal sturen.' },
  { names: ['postcode', 'wijk', 'buurt', 'woonwijk', 'stadsdeel', 'adres', 'woonplaats', 'gebied'], reason: 'Postcode, wijk of buurt is een bekende vervanger van afkomst en inkomen (zie SyRI) en mag geen signaal sturen.' },
];

/** Age limits written in law; age may only be used as one of these. Source per limit. */
export const LEGAL_AGE_LIMITS: Record<number, string> = {
  18: 'Meerderjarigheid (BW art. 1:233); jeugdhulp tot 18 jaar (Jeugdwet art. 1.1)',
  21: 'Jongerennorm bijstand tot 21 jaar (Participatiewet art. 20)',
  23: 'Lagere maximale huur voor huurtoeslag onder 23 jaar (Wet op de huurtoeslag art. 20)',
  27: 'Zoekperiode van vier weken voor jongeren onder 27 (Participatiewet art. 41 lid 4)',
};
const AGE_NAMES = ['leeftijd', 'age', 'geboortedatum', 'geboortejaar'];

export const CONDITION_OPERATORS = ['jonger_dan', 'minstens'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];
export interface Condition { attribute: string; operator: string; value: number }

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Why an attribute may not be used, or null when it may. Age only with a legal age limit. */
export function guardAttribute(attribute: string, value?: number): string | null {
  const a = norm(attribute);
  for (const p of PROTECTED) if (p.names.some((n) => a === n || a.split(' ').includes(n) || (n.includes(' ') && a.includes(n)))) return p.reason;
  if (AGE_NAMES.includes(a)) {
    if (value === undefined || !(value in LEGAL_AGE_LIMITS)) return `Leeftijd mag alleen als wettelijke leeftijdsgrens (${Object.keys(LEGAL_AGE_LIMITS).join(', ')} jaar), niet als vrije grens.`;
    return null;
  }
  return `Het kenmerk "${attribute}" kent het platform niet voor signalen; alleen leeftijd als wettelijke grens is toegestaan, naast de gebeurtenissen.`;
}

// ---- the rule --------------------------------------------------------------------------------------

export interface RuleInput {
  name: string;
  purpose: string;
  legalGround: string;
  owner: string;
  events: string[];
  windowDays: number;
  ordered: boolean;
  conditions: Condition[];
  /** Free text the register needs. */
  risks: string;
  contact: string;
}

/** Every reason the rule is refused, naming the field; empty when the rule may be saved. */
export function validateRule(r: RuleInput): InvalidParam[] {
  const out: InvalidParam[] = [];
  if (r.events.length < 2) out.push({ name: 'events', reason: 'noem minstens twee gebeurtenissen: één gebeurtenis alleen is geen signaal', code: 'te_weinig_gebeurtenissen' });
  if (r.events.length > 6) out.push({ name: 'events', reason: 'hoogstens zes gebeurtenissen per regel', code: 'te_veel_gebeurtenissen' });
  r.events.forEach((e, i) => {
    if (!isLifeEventType(e)) {
      const refusal = guardAttribute(e);
      out.push({ name: `events.${i}`, reason: refusal && !refusal.startsWith('Het kenmerk') ? refusal : `"${e}" is geen gebeurtenis die het platform vastlegt`, code: refusal && !refusal.startsWith('Het kenmerk') ? 'beschermd_kenmerk' : 'onbekende_gebeurtenis' });
    }
  });
  if (new Set(r.events).size !== r.events.length) out.push({ name: 'events', reason: 'noem elke gebeurtenis één keer', code: 'dubbele_gebeurtenis' });
  if (!Number.isInteger(r.windowDays) || r.windowDays < 1 || r.windowDays > 730) out.push({ name: 'windowDays', reason: 'het tijdvenster is 1 tot 730 dagen', code: 'ongeldig_venster' });
  r.conditions.forEach((c, i) => {
    const refusal = guardAttribute(c.attribute, c.value);
    if (refusal) out.push({ name: `conditions.${i}.attribute`, reason: refusal, code: AGE_NAMES.includes(norm(c.attribute)) ? 'geen_wettelijke_leeftijdsgrens' : PROTECTED.some((p) => p.reason === refusal) ? 'beschermd_kenmerk' : 'onbekend_kenmerk' });
    else if (!(CONDITION_OPERATORS as readonly string[]).includes(c.operator)) out.push({ name: `conditions.${i}.operator`, reason: 'kies "jonger_dan" of "minstens"', code: 'ongeldige_operator' });
  });
  for (const [field, value, label] of [['purpose', r.purpose, 'het doel'], ['legalGround', r.legalGround, 'de wettelijke grondslag'], ['owner', r.owner, 'de eigenaar']] as const) {
    if (value.trim().length < 3) out.push({ name: field, reason: `vul ${label} in: zonder kan een regel niet worden verantwoord`, code: 'verplicht' });
  }
  // The purpose may not point the signal at enforcement: a signal only asks someone to look.
  if (/handhav|fraude|opsporing|terugvorder|sanctie|boete|controle/i.test(r.purpose)) {
    out.push({ name: 'purpose', reason: 'een signaal vraagt de regisseur alleen om te kijken; het mag geen doel hebben van handhaving, fraudeopsporing, controle of sancties', code: 'doel_handhaving' });
  }
  return out;
}

// ---- the evaluator ---------------------------------------------------------------------------------

export interface CaseEvent { id: string; type: string; on: string; seq: number }
export interface EvaluableRule { events: string[]; windowDays: number; ordered: boolean }
export interface Match { eventIds: string[]; from: string; through: string }

/** The day number of an ISO date (days since 1970-01-01), parsed by hand: the evaluator runs per event. */
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
/** Whole days from a to b (ISO dates). */
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);
const byTime = (x: CaseEvent, y: CaseEvent) => (x.on < y.on ? -1 : x.on > y.on ? 1 : x.seq - y.seq);

/**
 * The earliest complete combination of the rule's events in the case's events: every named event
 * within `windowDays` of the first (inclusive), and in the rule's order when `ordered` (same-day
 * events in the order they were recorded). Null when there is none.
 */
export function findMatch(rule: EvaluableRule, events: readonly CaseEvent[]): Match | null {
  const n = rule.events.length;
  const evs = events.filter((e) => rule.events.includes(e.type));
  if (evs.length < n) return null;
  evs.sort(byTime);
  const days = evs.map((e) => dayNumber(e.on));
  for (let i = 0; i < evs.length; i++) {
    const start = evs[i];
    if (rule.ordered && start.type !== rule.events[0]) continue;
    const picked: CaseEvent[] = [start];
    const have = new Set<string>([start.type]);
    let next = 1;
    for (let j = i + 1; j < evs.length && picked.length < n; j++) {
      if (days[j] - days[i] > rule.windowDays) break;
      const e = evs[j];
      if (rule.ordered) {
        if (e.type === rule.events[next]) { picked.push(e); next++; }
      } else if (!have.has(e.type)) { have.add(e.type); picked.push(e); }
    }
    if (picked.length === n) return { eventIds: picked.map((e) => e.id), from: picked[0].on, through: picked[n - 1].on };
  }
  return null;
}

/**
 * Does the arrival of `added` make the rule fire on this case? It fires when a complete combination
 * exists now and did not before, counting only events after the last firing's last event (a rule
 * fires once per combination, not again for every later event).
 */
export function firesOn(rule: EvaluableRule, before: readonly CaseEvent[], added: CaseEvent, lastFiredThrough: { on: string; seq: number } | null): Match | null {
  const fresh = (e: CaseEvent) => !lastFiredThrough || e.on > lastFiredThrough.on || (e.on === lastFiredThrough.on && e.seq > lastFiredThrough.seq);
  if (!rule.events.includes(added.type) || !fresh(added)) return null;
  const prior = lastFiredThrough ? before.filter(fresh) : before;
  // Quick refusal (the common case): some named event has no occurrence within the window of the new one.
  const d0 = dayNumber(added.on);
  for (const t of rule.events) {
    if (t === added.type) continue;
    let near = false;
    for (const e of prior) if (e.type === t && Math.abs(dayNumber(e.on) - d0) <= rule.windowDays) { near = true; break; }
    if (!near) return null;
  }
  const m = findMatch(rule, [...prior, added]);
  if (!m || !m.eventIds.includes(added.id)) return null;
  return findMatch(rule, prior) ? null : m;
}

/** Whole years of age on a day (birthday reached on the day itself); ISO dates. */
export function ageOn(birthDate: string, on: string): number {
  const years = +on.slice(0, 4) - +birthDate.slice(0, 4);
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * Do the rule's conditions hold for the applicant (aanvrager) on the day the combination completed?
 * Only legal age limits pass the guard, so a condition is an age against one of them. Without a
 * birth date the condition cannot be known: the rule does not fire (no guessing an age).
 */
export function conditionsHold(conditions: readonly Condition[], applicantBirthDate: string | null, on: string): boolean {
  if (!conditions.length) return true;
  if (!applicantBirthDate) return false;
  const age = ageOn(applicantBirthDate, on);
  return conditions.every((c) => (c.operator === 'jonger_dan' ? age < c.value : c.operator === 'minstens' ? age >= c.value : false));
}

// ---- firings and the register ----------------------------------------------------------------------

export const FIRING_STATUSES = ['open', 'opgepakt', 'terzijde'] as const;
export type FiringStatus = (typeof FIRING_STATUSES)[number];
export const FIRING_STATUS_LABELS: Record<FiringStatus, string> = { open: 'Nog bekijken', opgepakt: 'Opgepakt', terzijde: 'Terzijde gelegd' };

/** A firing may be handled once: open → opgepakt or terzijde, with a reason. */
export function handleRefusal(status: FiringStatus, reason: string): string | null {
  if (status !== 'open') return `Dit signaal is al ${FIRING_STATUS_LABELS[status].toLowerCase()}.`;
  if (reason.trim().length < 5) return 'Geef een reden van minstens vijf tekens: zo ziet de beleidsadviseur of de regel werkt.';
  return null;
}

/** How often a rule fired, was dismissed or led to action, and whether it is noisy (most firings dismissed). */
export function ruleScore(c: { fired: number; dismissed: number; acted: number }) {
  const handled = c.dismissed + c.acted;
  const dismissedShare = handled ? c.dismissed / handled : null;
  return { ...c, open: c.fired - handled, dismissedShare, noisy: handled >= 5 && dismissedShare !== null && dismissedShare > 0.6 };
}

export interface RegisterRule extends RuleInput { id: string; organisationName: string; active: boolean }
/** The rule's description for the Dutch Algoritmeregister (fields after the register's publication standard). */
export function algoritmeregister(r: RegisterRule) {
  const events = r.events.map((e) => (isLifeEventType(e) ? LIFE_EVENT_LABELS[e] : e));
  const conditions = r.conditions.map((c) => `leeftijd ${c.operator === 'jonger_dan' ? 'jonger dan' : 'minstens'} ${c.value} jaar (${LEGAL_AGE_LIMITS[c.value] ?? ''})`);
  return {
    naam: r.name,
    organisatie: r.organisationName,
    status: r.active ? 'in gebruik' : 'buiten gebruik',
    doel: r.purpose,
    wettelijkeGrondslag: r.legalGround,
    beschrijving: `Het signaal gaat af wanneer op één casus ${events.join(', ')} ${r.ordered ? 'in deze volgorde ' : ''}binnen ${countText(r.windowDays, 'dag', 'dagen')} zijn vastgelegd${conditions.length ? `, en ${conditions.join(' en ')}` : ''}. Het vraagt de regisseur van de casus om te kijken; meer niet.`,
    gebruikteGegevens: [...events.map((e) => `gebeurtenis: ${e} (met datum)`), ...conditions.map((c) => `kenmerk: ${c}`)],
    nietGebruikt: 'Nationaliteit, etniciteit, afkomst, godsdienst, geslacht of gender, postcode of wijk, en leeftijd anders dan als wettelijke grens: de regel kan ze niet gebruiken (het platform weigert ze).',
    menselijkeTussenkomst: 'Een signaal is geen besluit. De regisseur bekijkt de casus en pakt het op of legt het terzijde met een reden. Het signaal gaat nooit naar handhaving.',
    risicosEnMaatregelen: r.risks,
    eigenaar: r.owner,
    contact: r.contact,
  };
}
