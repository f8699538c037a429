// SPDX-License-Identifier: EUPL-1.2
/**
 * Knelpunten and the escalation ladder as pure logic: the states a knelpunt goes through, which
 * level comes next, who may decide where, what a hand-over may share, and the claims an
 * overbrugging leaves behind. No I/O, no clock.
 */
import { anonymiseText, anonymiseValue, type DeepRemoval } from '../privacy/anonymise';
import type { Actor, Role } from '../platform/authz';
import { formatEuro } from '../platform/money';
import { dutchDate } from '../platform/dutch-date';
import { dutchHolidays, weekday, type CalendarSettings } from './workdays';

export const KNELPUNT_TYPES = ['regel_botst', 'aanbod_ontbreekt', 'wachtlijst', 'financiering_onduidelijk', 'gegevens_delen', 'anders'] as const;
export type KnelpuntType = (typeof KNELPUNT_TYPES)[number];
export const KNELPUNT_TYPE_LABELS: Record<KnelpuntType, string> = {
  regel_botst: 'Regels botsen',
  aanbod_ontbreekt: 'Aanbod ontbreekt',
  wachtlijst: 'Wachtlijst',
  financiering_onduidelijk: 'Financiering onduidelijk',
  gegevens_delen: 'Gegevens delen',
  anders: 'Anders',
};

export const KNELPUNT_STATUSES = ['open', 'in_escalatie', 'doorbraak', 'afgewezen', 'overbrugd', 'ingetrokken'] as const;
export type KnelpuntStatus = (typeof KNELPUNT_STATUSES)[number];
export const KNELPUNT_STATUS_LABELS: Record<KnelpuntStatus, string> = {
  open: 'Open',
  in_escalatie: 'In escalatie',
  doorbraak: 'Doorbraak',
  afgewezen: 'Afgewezen',
  overbrugd: 'Overbrugd',
  ingetrokken: 'Ingetrokken',
};

export const OUTCOMES = ['toegekend', 'afgewezen', 'overbrugd', 'doorverwezen'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const SIGNAL_KINDS = ['regel_wijzigen', 'vaste_afspraak'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SIGNAL_KIND_LABELS: Record<SignalKind, string> = { regel_wijzigen: 'Deze regel moet veranderen', vaste_afspraak: 'Hier is een vaste afspraak nodig' };

/**
 * A knelpunt event's detail as people read it. Signal events stored before issue 16 start with the
 * kind's code ("regel_wijzigen: Participatiewet art. 31"); they are read with the Dutch label, so the
 * stored rows stay as they were (new events write the label themselves).
 */
export function eventDetailInDutch(kind: string, detail: string): string {
  if (kind !== 'signaal') return detail;
  const m = /^(regel_wijzigen|vaste_afspraak): /.exec(detail);
  return m ? `${SIGNAL_KIND_LABELS[m[1] as SignalKind]}: ${detail.slice(m[0].length)}` : detail;
}

/** Roles that may be named as the decider at a level of the own organisation. */
export const DECIDER_ROLES = ['teamleider', 'doorbraaktafel', 'budgethouder'] as const satisfies readonly Role[];

/** Escalating is possible while the knelpunt is not solved or withdrawn; a refusal can be taken one level up. */
export function escalationBlockedReason(status: KnelpuntStatus): string | null {
  if (status === 'doorbraak') return 'dit knelpunt is al doorbroken';
  if (status === 'overbrugd') return 'voor dit knelpunt loopt een overbrugging; rond die eerst af';
  if (status === 'ingetrokken') return 'dit knelpunt is ingetrokken';
  return null;
}

/** A knelpunt can be edited (content, consent) until it is closed by a breakthrough or withdrawn. */
export function isClosed(status: KnelpuntStatus): boolean {
  return status === 'doorbraak' || status === 'ingetrokken';
}

export interface LevelRef {
  id: string;
  position: number;
  name: string;
}

/**
 * The level to escalate to: the next one above the current position when none is chosen; a chosen
 * level that skips or goes back needs a reason. Returns the level or a problem for a field.
 */
export function chooseLevel<L extends LevelRef>(levels: L[], currentPosition: number | null, requestedId: string | undefined, reason: string | undefined): { level: L } | { field: string; problem: string } {
  const sorted = [...levels].sort((a, b) => a.position - b.position);
  if (!sorted.length) return { field: 'levelId', problem: 'uw organisatie heeft nog geen escalatieladder ingericht' };
  const next = sorted.find((l) => currentPosition === null || l.position > currentPosition);
  if (!requestedId) {
    if (!next) return { field: 'levelId', problem: 'het knelpunt staat al op de hoogste trede van de ladder; kies een trede of verwijs door' };
    return { level: next };
  }
  const chosen = sorted.find((l) => l.id === requestedId);
  if (!chosen) return { field: 'levelId', problem: 'is geen actieve trede van de escalatieladder van uw organisatie' };
  if (chosen.position === currentPosition) return { field: 'levelId', problem: 'het knelpunt ligt al op deze trede' };
  if (chosen !== next && !(reason && reason.trim().length >= 3)) return { field: 'reason', problem: `geef een reden om naar "${chosen.name}" te gaan in plaats van de volgende trede${next ? ` ("${next.name}")` : ''}` };
  return { level: chosen };
}

/** The knelpunt's status after a decision. A referral keeps it in escalation (or open, when referred outside the ladder). */
export function statusAfter(outcome: Outcome, referredToLevel: boolean): KnelpuntStatus {
  switch (outcome) {
    case 'toegekend':
      return 'doorbraak';
    case 'afgewezen':
      return 'afgewezen';
    case 'overbrugd':
      return 'overbrugd';
    case 'doorverwezen':
      return referredToLevel ? 'in_escalatie' : 'open';
  }
}

export interface LevelDecider {
  organisationId: string;
  deciderRole: string | null;
  deciderOrganisationId: string | null;
}

/** Who decides at a level: the named role in the owning organisation, or the doorbraaktafel role of the receiving organisation. */
export function mayDecideAt(actor: Actor, level: LevelDecider): boolean {
  if (level.deciderOrganisationId) return actor.organisationId === level.deciderOrganisationId && actor.roles.includes('doorbraaktafel');
  return actor.organisationId === level.organisationId && !!level.deciderRole && actor.roles.includes(level.deciderRole as Role);
}

// ---- hand-over: data minimisation ----------------------------------------------------------------

export interface SummaryMember {
  name: string;
  birthDate: string;
  role: string;
}
export interface HouseholdSummary {
  size: number;
  members: Array<{ role: string; age: number; name?: string; birthYear?: number }>;
  withIdentifiers: boolean;
}

function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * What another organisation may see of the household: roles and ages only (AVG art. 5 lid 1 sub c,
 * dataminimalisatie). Name and birth year only when the resident consented (AVG art. 6 lid 1 sub a);
 * never BSN, full birth date or address.
 */
export function householdSummary(members: SummaryMember[], on: string, consent: boolean): HouseholdSummary {
  return {
    size: members.length,
    members: members.map((m) => ({ role: m.role, age: ageOn(m.birthDate, on), ...(consent ? { name: m.name, birthYear: Number(m.birthDate.slice(0, 4)) } : {}) })),
    withIdentifiers: consent,
  };
}

// ---- overbrugging: settlement ----------------------------------------------------------------------

export interface Share {
  funder: string;
  amountCents: number;
}
export interface Claim {
  creditor: string;
  debtor: string;
  amountCents: number;
  explanation: string;
}

/**
 * After the settlement every final funder other than the provisional one owes the provisional funder
 * its share (the provisional funder paid the help up front). Shares of one funder are added up.
 */
export function settlementClaims(provisionalFunder: string, shares: Share[]): Claim[] {
  const per = new Map<string, number>();
  for (const s of shares) per.set(s.funder, (per.get(s.funder) ?? 0) + s.amountCents);
  const claims: Claim[] = [];
  for (const [funder, amount] of per) {
    if (funder === provisionalFunder || amount <= 0) continue;
    claims.push({ creditor: provisionalFunder, debtor: funder, amountCents: amount, explanation: `${funder} betaalt zijn aandeel terug aan ${provisionalFunder}, die de hulp voorfinancierde` });
  }
  return claims;
}

/** A share list problem, or null: at least one share, no duplicate funder. */
export function sharesProblem(shares: Share[]): { field: string; problem: string } | null {
  if (!shares.length) return { field: 'shares', problem: 'geef minstens één financier met zijn aandeel' };
  const seen = new Set<string>();
  for (const [i, s] of shares.entries()) {
    const key = s.funder.trim().toLowerCase();
    if (seen.has(key)) return { field: `shares.${i}.funder`, problem: 'deze financier staat er al in' };
    seen.add(key);
  }
  return null;
}

/** Keys of a hand-over's content that hold structure (ids, dates, enumerations, organisation names), not free text. */
const STRUCTURAL_KEY = /^(?:id|deadline|from|organisation|outcome|type|position|size|role|age|birthYear|withIdentifiers|path|funder|category)$|(?:Id|On|At|Cents)$/;

/**
 * What a hand-over shares of the free text written by professionals (AVG art. 5 lid 1 sub c): the
 * anonymisation module removes BSNs, IBANs, addresses, postcodes, exact dates, phone numbers, e-mail
 * addresses and case numbers, and, without the resident's consent, the members' names (replaced by
 * their role) and other people's names. Particles and ordinary words stay. Ids and dates that are the
 * hand-over's structure are left alone.
 */
export function minimiseHandover<T>(content: T, members: Array<{ name: string; role: string }>, consent: boolean): { content: T; removals: DeepRemoval[] } {
  const r = anonymiseValue(content, { people: members.map((m) => ({ name: m.name, label: m.role })), keepNames: consent, skipKey: (k) => STRUCTURAL_KEY.test(k) });
  return { content: r.value, removals: r.removals };
}

// ---- checks on what is asked (pure; the commands turn a problem into a 400 on its field) ----------------

/** A problem with one field of a request. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** A date a user states (recorded on, decided on, settled on …) may not lie after today; absent means today. */
export function futureDateProblem(field: string, date: string | undefined, today: string): FieldProblem | null {
  return date && date > today ? { field, problem: 'mag niet in de toekomst liggen' } : null;
}

/** Each level of a ladder names either a role of the own organisation or another organisation that decides. */
export function ladderProblem(levels: Array<{ deciderRole?: string | null; deciderOrganisationId?: string | null }>): FieldProblem | null {
  for (const [i, l] of levels.entries()) {
    if (!l.deciderRole === !l.deciderOrganisationId) return { field: `levels.${i}.deciderRole`, problem: 'geef óf een rol van uw organisatie (deciderRole) óf een andere organisatie (deciderOrganisationId) die op deze trede beslist' };
  }
  return null;
}

/**
 * The organisation's own non-working days (issue 16): each a real date with a name, once, not in a
 * weekend and not already a public holiday on this calendar (those never count anyway), and not more
 * than 60 (a calendar, not a list of every day off). The first problem, or null.
 */
export function nonWorkingDaysProblem(days: Array<{ date: string; name: string }>, settings: CalendarSettings): FieldProblem | null {
  if (days.length > 60) return { field: 'nonWorkingDays', problem: 'mag hoogstens 60 eigen vrije dagen bevatten' };
  const seen = new Set<string>();
  for (const [i, d] of days.entries()) {
    if (seen.has(d.date)) return { field: `nonWorkingDays.${i}.date`, problem: `${dutchDate(d.date)} staat er al in` };
    seen.add(d.date);
    const wd = weekday(d.date);
    if (wd === 0 || wd === 6) return { field: `nonWorkingDays.${i}.date`, problem: `${dutchDate(d.date)} valt in het weekend en telt al niet als werkdag` };
    const h = dutchHolidays(Number(d.date.slice(0, 4)), settings).find((x) => x.date === d.date);
    if (h) return { field: `nonWorkingDays.${i}.date`, problem: `${dutchDate(d.date)} is al een feestdag (${h.name}) en telt al niet als werkdag` };
  }
  return null;
}

/** The Omgekeerde Toets is the legitimation: the fields still empty (without them a knelpunt does not climb the ladder). */
export function missingLegitimation(k: { toetsRuleGoal: string; toetsCounterproductive: string; toetsProportionate: string }): string[] {
  return (['toetsRuleGoal', 'toetsCounterproductive', 'toetsProportionate'] as const).filter((f) => !k[f].trim());
}

/** An overbrugging belongs to, and is required by, the outcome overbrugd. */
export function overbruggingProblem(outcome: Outcome, hasOverbrugging: boolean): FieldProblem | null {
  if (outcome === 'overbrugd' && !hasOverbrugging) return { field: 'overbrugging', problem: 'is verplicht bij de uitkomst overbrugd: welke hulp start, wie financiert voorlopig en hoeveel' };
  if (outcome !== 'overbrugd' && hasOverbrugging) return { field: 'overbrugging', problem: 'hoort alleen bij de uitkomst overbrugd' };
  return null;
}

/** A referral names either a level or an organisation; only a referral names one. */
export function referralProblem(outcome: Outcome, referToLevelId: string | undefined, referToOrganisation: string | undefined): FieldProblem | null {
  if (outcome === 'doorverwezen') {
    if (!referToLevelId === !referToOrganisation) return { field: 'referToLevelId', problem: 'geef bij doorverwijzen óf een trede (referToLevelId) óf een organisatie (referToOrganisation)' };
    return null;
  }
  if (referToLevelId || referToOrganisation) return { field: referToLevelId ? 'referToLevelId' : 'referToOrganisation', problem: 'hoort alleen bij de uitkomst doorverwezen' };
  return null;
}

/** The level referred to: an active level of the knelpunt's own organisation, other than the one deciding. */
export function referLevelProblem(referLevel: { id: string; organisationId: string; active: boolean } | null, knelpuntOrganisationId: string, decidingLevelId: string): FieldProblem | null {
  if (!referLevel || referLevel.organisationId !== knelpuntOrganisationId || !referLevel.active) return { field: 'referToLevelId', problem: 'is geen actieve trede van de escalatieladder van de organisatie van dit knelpunt' };
  if (referLevel.id === decidingLevelId) return { field: 'referToLevelId', problem: 'het knelpunt ligt al op deze trede' };
  return null;
}

/** A register entry is there to reach someone: a phone number or an e-mail address. */
export function contactProblem(c: { phone?: string | null; email?: string | null }): FieldProblem | null {
  return !c.phone && !c.email ? { field: 'phone', problem: 'geef een telefoonnummer of e-mailadres: het register is er om iemand te bereiken' } : null;
}

// ---- notifications ----------------------------------------------------------------------------------

/**
 * Who hears of a knelpunt landing on a level: the named role in the owning organisation, or the
 * doorbraaktafel of the receiving organisation. The eigen-team level notifies the knelpunt's own
 * team lead, not every team lead.
 */
export function levelAudience(level: { organisationId: string; deciderRole: string | null; deciderOrganisationId: string | null }, knelpuntTeamId: string): { organisationId: string; role: string; teamId: string | null } {
  const organisationId = level.deciderOrganisationId ?? level.organisationId;
  const role = level.deciderOrganisationId ? 'doorbraaktafel' : level.deciderRole!;
  const teamOnly = !level.deciderOrganisationId && role === 'teamleider';
  return { organisationId, role, teamId: teamOnly ? knelpuntTeamId : null };
}

/** The message for a level's deciders; the deadline (ISO) in Dutch words. */
export function levelNotice(levelName: string, blockingLaw: string, deadline: string): { title: string; body: string } {
  return { title: `Nieuw knelpunt voor ${levelName}`, body: `Knelpunt (${blockingLaw}) ligt bij ${levelName}; beslis uiterlijk ${dutchDate(deadline)}.` };
}

// ---- hand-over: what is shared ------------------------------------------------------------------------

/**
 * The full content of a hand-over before minimisation: the knelpunt, the legitimation, the business
 * case, the household summary and the escalation so far. `minimiseHandover` then strips the free text.
 */
export function handoverContent(input: {
  source: string;
  knelpunt: {
    solutionNeeded: string; blockingLaw: string; blockingArticle: string; blockingOrganisation: string; policyRule: string; type: KnelpuntType;
    costOfWaiting: string; costOfWaitingCents: number | null; createdOn: string; toetsRuleGoal: string; toetsCounterproductive: string; toetsProportionate: string;
  };
  businessCase: ({ title: string } & Record<string, unknown>) | null;
  household: HouseholdSummary;
  step: { id: string; reason: string };
  steps: Array<{ id: string; levelName: string; escalatedOn: string; outcome: Outcome | null; decisionText: string | null; decidedOn: string | null }>;
  ladder: Array<{ id: string; position: number; name: string; deciderOrganisationName: string | null }>;
}) {
  const { source, knelpunt: k, step } = input;
  return {
    from: source,
    knelpunt: {
      solutionNeeded: k.solutionNeeded, blockingLaw: k.blockingLaw, blockingArticle: k.blockingArticle, blockingOrganisation: k.blockingOrganisation, policyRule: k.policyRule, type: k.type,
      costOfWaiting: k.costOfWaiting, costOfWaitingCents: k.costOfWaitingCents, recordedOn: k.createdOn,
    },
    omgekeerdeToets: { ruleGoal: k.toetsRuleGoal, counterproductive: k.toetsCounterproductive, proportionate: k.toetsProportionate },
    businessCase: input.businessCase,
    household: input.household,
    escalation: {
      reason: step.reason,
      previousSteps: input.steps.filter((s) => s.id !== step.id).map((s) => ({ level: s.levelName, escalatedOn: s.escalatedOn, outcome: s.outcome, decision: s.decisionText, decidedOn: s.decidedOn })),
      ladder: input.ladder.map((l) => ({ id: l.id, position: l.position, name: l.name, organisation: l.deciderOrganisationName ?? source })),
    },
  };
}

// ---- issue 13: funder acceptance, the settlement ledger, backdating, figures -------------------------


export const ACCEPTANCES = ['niet_nodig', 'gevraagd', 'geaccepteerd', 'geweigerd'] as const;
export type Acceptance = (typeof ACCEPTANCES)[number];

/**
 * Whether the provisional funder must still accept: no one commits another organisation's money.
 * When the decider belongs to the funding organisation its decision is the acceptance.
 */
export function acceptanceFor(funderOrganisationId: string, deciderOrganisationId: string): Acceptance {
  return funderOrganisationId === deciderOrganisationId ? 'niet_nodig' : 'gevraagd';
}

/** An overbrugging can be settled once its provisional funder stands behind it. */
export function settlementBlockedReason(acceptance: Acceptance): string | null {
  if (acceptance === 'gevraagd') return 'de voorlopige financier heeft de overbrugging nog niet geaccepteerd';
  if (acceptance === 'geweigerd') return 'de voorlopige financier heeft de overbrugging geweigerd; kies een andere financier met een nieuw besluit';
  return null;
}

/** One line of the settlement ledger. */
export interface LedgerLine {
  entryNo: number;
  kind: 'afrekening' | 'tegenboeking' | 'correctie';
  funder: string;
  amountCents: number;
}

/** What each funder pays now: the sum of its ledger lines (funders that net to zero drop out). */
export function netShares(lines: Array<Pick<LedgerLine, 'funder' | 'amountCents'>>): Share[] {
  const per = new Map<string, number>();
  for (const l of lines) per.set(l.funder, (per.get(l.funder) ?? 0) + l.amountCents);
  return [...per].filter(([, c]) => c !== 0).map(([funder, amountCents]) => ({ funder, amountCents })).sort((a, b) => b.amountCents - a.amountCents || a.funder.localeCompare(b.funder));
}

/**
 * A correction of a settlement as two new ledger entries, never an edit: the reversal of what
 * stands (every current share negated) and the corrected shares.
 */
export function correctionEntries(current: Share[], corrected: Share[], nextEntryNo: number): LedgerLine[] {
  return [
    ...current.map((s) => ({ entryNo: nextEntryNo, kind: 'tegenboeking' as const, funder: s.funder, amountCents: -s.amountCents })),
    ...corrected.map((s) => ({ entryNo: nextEntryNo + 1, kind: 'correctie' as const, funder: s.funder, amountCents: s.amountCents })),
  ];
}

/**
 * The claims a correction adds: per pair of funders the difference between what the corrected
 * settlement makes one owe the other and what the claims so far say. A smaller debt becomes a claim
 * the other way round; existing claims are never changed.
 */
export function correctionClaims(provisionalFunder: string, existing: Array<{ creditor: string; debtor: string; amountCents: number }>, corrected: Share[]): Claim[] {
  const owed = new Map<string, number>();
  for (const c of existing) {
    if (c.creditor === provisionalFunder) owed.set(c.debtor, (owed.get(c.debtor) ?? 0) + c.amountCents);
    else if (c.debtor === provisionalFunder) owed.set(c.creditor, (owed.get(c.creditor) ?? 0) - c.amountCents);
  }
  const target = new Map(settlementClaims(provisionalFunder, corrected).map((c) => [c.debtor, c.amountCents]));
  const out: Claim[] = [];
  for (const funder of new Set([...owed.keys(), ...target.keys()])) {
    const diff = (target.get(funder) ?? 0) - (owed.get(funder) ?? 0);
    if (diff > 0) out.push({ creditor: provisionalFunder, debtor: funder, amountCents: diff, explanation: `correctie: ${funder} betaalt ${formatEuro(diff)} meer terug aan ${provisionalFunder}` });
    if (diff < 0) out.push({ creditor: funder, debtor: provisionalFunder, amountCents: -diff, explanation: `correctie: ${provisionalFunder} betaalt ${formatEuro(-diff)} terug aan ${funder}, dat eerder te veel verschuldigd was` });
  }
  return out;
}

/** "Gemeente (Wmo): € 1.200,00; Wlz: € 800,00" — money in history lines is in euros, never in cents. */
export function sharesLine(shares: Share[], labels: Record<string, string> = {}): string {
  return shares.map((s) => `${labels[s.funder] ?? s.funder}: ${formatEuro(s.amountCents)}`).join('; ');
}

/** Per funder: what it is owed and owes in open claims, and how many claims are open or closed. */
export function claimsPerFunder(claims: Array<{ creditor: string; debtor: string; amountCents: number; status: 'open' | 'gesloten' }>) {
  const per = new Map<string, { funder: string; owedToItCents: number; owedByItCents: number; open: number; closed: number }>();
  const row = (f: string) => per.get(f) ?? per.set(f, { funder: f, owedToItCents: 0, owedByItCents: 0, open: 0, closed: 0 }).get(f)!;
  for (const c of claims) {
    for (const f of [row(c.creditor), row(c.debtor)]) f[c.status === 'open' ? 'open' : 'closed'] += 1;
    if (c.status === 'open') {
      row(c.creditor).owedToItCents += c.amountCents;
      row(c.debtor).owedByItCents += c.amountCents;
    }
  }
  return [...per.values()].sort((a, b) => a.funder.localeCompare(b.funder));
}

/**
 * How far back a knelpunt or a step may be dated when running cases move onto the platform: two
 * years. A knelpunt older than that is not a running case but history; the bound catches typing
 * errors such as 2002 for 2026. A project decision (ADR 0016), not a legal figure.
 */
export const MAX_BACKDATE_DAYS = 730;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000);
}

/**
 * A stated date before today is a backdating: it needs a reason and may lie at most
 * MAX_BACKDATE_DAYS back; a date after today is refused. Returns the problem, or null.
 */
export function backdateProblem(field: string, date: string | undefined, today: string, reason: string | undefined, reasonField = 'backdateReason'): FieldProblem | null {
  if (!date || date === today) return null;
  if (date > today) return { field, problem: 'mag niet in de toekomst liggen' };
  if (daysBetween(date, today) > MAX_BACKDATE_DAYS) return { field, problem: `ligt meer dan twee jaar terug (${MAX_BACKDATE_DAYS} dagen); een lopende casus terugdateren kan tot twee jaar` };
  if (!reason || reason.trim().length < 5) return { field: reasonField, problem: 'geef een reden om terug te dateren (bijvoorbeeld: lopende casus overgezet naar het platform)' };
  return null;
}

/** The p-th percentile (0–100) by the nearest-rank method; null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** The median (mean of the two middle values for an even count); null for no values. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface DecidedStep {
  levelName: string;
  position: number | null;
  knelpuntCreatedOn: string;
  escalatedOn: string;
  decidedOn: string;
  deadline: string;
}
export interface LevelFigure {
  levelName: string;
  decided: number;
  medianDays: number | null;
  p90Days: number | null;
  withinDeadline: number;
  withinDeadlinePct: number | null;
  explanation: string;
}

/**
 * Figures per ladder level: calendar days from the knelpunt's date to the decision at that level
 * (median and p90, nearest rank), and the share decided on or before the step's deadline.
 */
export function levelFigures(steps: DecidedStep[]): LevelFigure[] {
  const groups = new Map<string, { position: number; rows: DecidedStep[] }>();
  for (const s of steps) {
    const g = groups.get(s.levelName) ?? groups.set(s.levelName, { position: s.position ?? 999, rows: [] }).get(s.levelName)!;
    g.rows.push(s);
  }
  return [...groups]
    .sort((a, b) => a[1].position - b[1].position || a[0].localeCompare(b[0]))
    .map(([levelName, g]) => {
      const days = g.rows.map((r) => daysBetween(r.knelpuntCreatedOn, r.decidedOn));
      const within = g.rows.filter((r) => r.decidedOn <= r.deadline).length;
      const pct = g.rows.length ? Math.round((within / g.rows.length) * 100) : null;
      return {
        levelName, decided: g.rows.length, medianDays: median(days), p90Days: percentile(days, 90), withinDeadline: within, withinDeadlinePct: pct,
        explanation: `${g.rows.length} besluiten; doorlooptijd = kalenderdagen van de datum van het knelpunt tot het besluit op deze trede (mediaan; p90 volgens de nearest-rank-methode); binnen de termijn = besloten op of voor de termijn van de trede (${within} van ${g.rows.length})`,
      };
    });
}

/**
 * The national reference for the loket: the Landelijk Maatwerkloket Multiproblematiek of PMM completed
 * ("afgerond") 104 cases in 2024, and PMM is involved with a case for eight weeks on average. Source:
 * PMM's news item of 8 July 2025 on its Jaarrapportage systeemleren 2024 (maatwerkmultiproblematiek.nl);
 * the report itself was not read, and the seeds and /work/shared/reference do not hold it (issue 13
 * quoted it without a source; ADR 0028). Confidence medium: the programme's own publication, but a
 * summary. It measures something else than the desk's figures — a mean time of PMM's involvement,
 * not a median from the knelpunt's date to a decision — so it is shown beside them, not compared.
 */
export const LOKET_REFERENCE = {
  year: 2024,
  cases: 104,
  weeksPerCase: 8,
  measure: 'gemiddeld aantal weken dat PMM bij een casus betrokken is (geen mediaan, en niet gemeten vanaf de datum van het knelpunt)',
  confidence: 'middel',
  source: 'PMM (Professionals voor Maatwerk Multiproblematiek), nieuwsbericht "Jaarrapportage 2024: zo werkt PMM aan een beter systeem", 8 juli 2025, maatwerkmultiproblematiek.nl: in 2024 rondde het Landelijk Maatwerkloket Multiproblematiek 104 casussen af; PMM is gemiddeld acht weken bij een casus betrokken. De jaarrapportage zelf is niet nagelezen; betrouwbaarheid middel.',
} as const;

// ---- hand-over preview and edits (issue 13 item 5) ------------------------------------------------------

/** The free-text fields of a hand-over the sender may edit before sending, with where they sit in the content. */
export const HANDOVER_EDITABLE = {
  solutionNeeded: { path: ['knelpunt', 'solutionNeeded'], label: 'Welke oplossing is nodig' },
  policyRule: { path: ['knelpunt', 'policyRule'], label: 'Beleidsregel' },
  costOfWaiting: { path: ['knelpunt', 'costOfWaiting'], label: 'Wat wachten kost' },
  ruleGoal: { path: ['omgekeerdeToets', 'ruleGoal'], label: 'Doel van de regel' },
  counterproductive: { path: ['omgekeerdeToets', 'counterproductive'], label: 'Waarom toepassen hier tegen dat doel werkt' },
  proportionate: { path: ['omgekeerdeToets', 'proportionate'], label: 'Wat proportioneel is' },
  reason: { path: ['escalation', 'reason'], label: 'Reden van de escalatie' },
} as const;
export type HandoverEditable = keyof typeof HANDOVER_EDITABLE;
export type HandoverEdits = Partial<Record<HandoverEditable, string>>;

/** The content with the sender's edits put in place (before minimisation, so the edits are checked too). */
export function applyHandoverEdits<T extends Record<string, unknown>>(content: T, edits: HandoverEdits | undefined): T {
  if (!edits) return content;
  const out = structuredClone(content) as Record<string, Record<string, unknown>>;
  for (const [field, text] of Object.entries(edits) as Array<[HandoverEditable, string | undefined]>) {
    if (text === undefined) continue;
    const [section, key] = HANDOVER_EDITABLE[field].path;
    out[section] = { ...out[section], [key]: text };
  }
  return out as T;
}

/**
 * What the receiving organisation will get, for the sender's preview: the minimised content, and per
 * editable field the text cut into kept and removed parts (each removal marked with its kind and
 * replacement) — computed with the same options as `minimiseHandover`, so the preview is what is sent.
 */
export function handoverPreview<T extends Record<string, unknown>>(content: T, members: Array<{ name: string; role: string }>, consent: boolean) {
  const { content: shared, removals } = minimiseHandover(content, members, consent);
  const opts = { people: members.map((m) => ({ name: m.name, label: m.role })), keepNames: consent };
  const fields = (Object.entries(HANDOVER_EDITABLE) as Array<[HandoverEditable, (typeof HANDOVER_EDITABLE)[HandoverEditable]]>).map(([field, d]) => {
    const text = String((content as Record<string, Record<string, unknown>>)[d.path[0]]?.[d.path[1]] ?? '');
    const r = anonymiseText(text, opts);
    return { field, label: d.label, text, shared: r.text, segments: r.segments };
  });
  return { content: shared, removals, fields };
}
