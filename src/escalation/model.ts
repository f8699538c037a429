// SPDX-License-Identifier: EUPL-1.2
/**
 * Knelpunten and the escalation ladder as pure logic: the states a knelpunt goes through, which
 * level comes next, who may decide where, what a hand-over may share, and the claims an
 * overbrugging leaves behind. No I/O, no clock.
 */
import { anonymiseValue, type DeepRemoval } from '../privacy/anonymise';
import type { Actor, Role } from '../platform/authz';

export const KNELPUNT_TYPES = ['regel_botst', 'aanbod_ontbreekt', 'wachtlijst', 'financiering_onduidelijk', 'gegevens_delen', 'anders'] as const;
export type KnelpuntType = (typeof KNELPUNT_TYPES)[number];
export const KNELPUNT_TYPE_LABELS: Record<KnelpuntType, string> = {
  regel_botst: 'Regel botst',
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
