// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with knelpunten, the ladder, decisions, hand-overs, signals, overbruggingen, the
 * Maatwerkregister and notifications: one pure function per action, `(actor, facts) → refusal or
 * null` (ADR 11). The only place in this room that says `forbidden`. Whether a professional may see
 * the case itself is the cases room's decision (its queries).
 */
import { hasRole, ROLE_LABELS, type Actor, type Purpose, type Role } from '../platform/authz';
import { forbidden, type Problem } from '../platform/errors';
import { mayDecideAt, type LevelDecider } from './model';

/** A refusal: the 403 problem to answer with. */
export type Refusal = Problem;

/** Throw the refusal, if any. */
export function enforce(refusal: Refusal | null): void {
  if (refusal) throw refusal;
}

const onlyRoles = (a: Actor, ...roles: Role[]): Refusal | null =>
  hasRole(a, ...roles) ? null : forbidden(`Deze handeling is voorbehouden aan: ${roles.map((r) => ROLE_LABELS[r]).join(', ')}.`);

// ---- knelpunten ----

/** Professionals and team leads work on knelpunten through their cases (which case: the cases room decides). */
export const worksThroughCase = (a: Actor): boolean => hasRole(a, 'professional', 'teamleider');

/** Recording, changing, withdrawing and escalating a knelpunt: the case's professional or team lead. */
export const mayRecordKnelpunt = (a: Actor): Refusal | null =>
  worksThroughCase(a) ? null : forbidden('Alleen een professional of teamleider van de casus kan knelpunten vastleggen en escaleren.');

/** The list of knelpunten: the own team's (professional, team lead, who must be in a team) or the escalated ones (doorbraaktafel). */
export function mayListKnelpunten(a: Actor): Refusal | null {
  const caseRole = worksThroughCase(a);
  if (!caseRole && !hasRole(a, 'doorbraaktafel')) return forbidden('Uw rol geeft geen toegang tot knelpunten.');
  if (caseRole && !a.teamId) return forbidden('U bent nog niet aan een team gekoppeld; vraag de beheerder dit te doen.');
  return null;
}

/**
 * One knelpunt of the own organisation: through its case (professional, team lead), or — to read,
 * and only once it was put on the ladder — as the own organisation's doorbraaktafel.
 * `write`: a change of the knelpunt itself, which is for the case's professionals only.
 */
export function mayOpenKnelpunt(a: Actor, k: { currentStepId: string | null }, write: boolean): Refusal | null {
  if (worksThroughCase(a)) return null;
  if (hasRole(a, 'doorbraaktafel') && !write) return k.currentStepId ? null : forbidden('Dit knelpunt is (nog) niet geëscaleerd.');
  return forbidden(write ? 'Alleen de professional of teamleider van de casus kan dit knelpunt wijzigen.' : 'Uw rol geeft geen toegang tot knelpunten.');
}

/** Linking a register contact changes the knelpunt for a professional; the doorbraaktafel may add one to what it reads. */
export const linkingIsWrite = (a: Actor): boolean => !hasRole(a, 'doorbraaktafel');

/** The purpose of processing a knelpunt: help through the case, or escalation at the table. */
export const knelpuntPurpose = (access: 'case' | 'escalatie'): Purpose => (access === 'case' ? 'hulpverlening' : 'escalatie');

// ---- ladder and decisions ----

/** The ladder itself (treden, termijnen, wie beslist): the organisation's administrator. */
export const mayConfigureLadder = (a: Actor): Refusal | null => onlyRoles(a, 'admin');

/** Reading the ladder and counting working days: every signed-in user. */
export const mayReadLadder = (_a: Actor): Refusal | null => null;

/** A level's queue: the doorbraaktafel and team leads of the level's organisation (another organisation's level does not exist for them). */
export const mayReadQueue = (a: Actor): Refusal | null => (hasRole(a, 'doorbraaktafel', 'teamleider') ? null : forbidden('De wachtrij is voor de doorbraaktafel en teamleiders.'));
export const queuePurpose = (a: Actor): Purpose => (hasRole(a, 'doorbraaktafel') ? 'escalatie' : 'hulpverlening');

/** Whether a step exists for the actor: of the own organisation, or on a level where the actor's organisation decides. */
export const seesStep = (a: Actor, step: { organisationId: string }, level: { deciderOrganisationId: string | null }): boolean =>
  step.organisationId === a.organisationId || level.deciderOrganisationId === a.organisationId;

/** Deciding on a step: who the level names (a role of the owning organisation, or the receiving organisation's doorbraaktafel). */
export function mayDecide(a: Actor, level: LevelDecider & { name: string; deciderOrganisationName: string | null }): Refusal | null {
  return mayDecideAt(a, level) ? null : forbidden(`Op de trede "${level.name}" beslist ${level.deciderOrganisationName ?? level.deciderRole}; u kunt hier niet beslissen.`);
}

// ---- hand-overs ----

/** The hand-overs an organisation received or sent, and deciding on a received one: its doorbraaktafel. */
export const mayHandleHandovers = (a: Actor): Refusal | null => onlyRoles(a, 'doorbraaktafel');

/** Whether a hand-over exists for the actor: received by or sent from the own organisation. */
export const seesHandover = (a: Actor, h: { organisationId: string; sourceOrganisationId: string }): boolean =>
  h.organisationId === a.organisationId || h.sourceOrganisationId === a.organisationId;

/** Whether the actor's organisation received the hand-over (else it sent it, and reads it through its knelpunt). */
export const receivedHandover = (a: Actor, h: { organisationId: string }): boolean => h.organisationId === a.organisationId;

// ---- signals and patterns (aggregates, no personal data) ----

export const mayReadSignals = (a: Actor): Refusal | null => onlyRoles(a, 'beleid', 'doorbraaktafel');

// ---- overbrugging ----

const OVERBRUGGING_ROLES = ['doorbraaktafel', 'budgethouder', 'teamleider'] as const;
/** Overbruggingen and their claims: the doorbraaktafel, the budget holders and team leads. */
export const mayReadOverbruggingen = (a: Actor): Refusal | null => onlyRoles(a, ...OVERBRUGGING_ROLES);
/** Settling an overbrugging and closing a claim: the doorbraaktafel and the budget holders. */
export const maySettle = (a: Actor): Refusal | null => onlyRoles(a, 'doorbraaktafel', 'budgethouder');
export const settlementPurpose = (a: Actor): Purpose => (hasRole(a, 'doorbraaktafel') ? 'escalatie' : 'verantwoording');

// ---- Maatwerkregister ----

/** Searching the shared register: every signed-in user. */
export const maySearchRegister = (_a: Actor): Refusal | null => null;
/** Adding to and changing the register: an administrator. */
export const mayMaintainRegister = (a: Actor): Refusal | null => onlyRoles(a, 'admin');
/** Changing an entry: an administrator of the organisation that maintains it. */
export function mayEditContact(a: Actor, contact: { organisationId: string }): Refusal | null {
  return onlyRoles(a, 'admin') ?? (contact.organisationId !== a.organisationId ? forbidden('Dit contact wordt beheerd door een andere organisatie.') : null);
}

// ---- issue 13: overbrugging between organisations, the desk, figures ----

interface Involved { organisationId: string; decidedByOrganisationId: string; funderOrganisationId: string }
/** An overbrugging exists for the organisation of the knelpunt, the one that decided it and the provisional funder. */
export const seesOverbrugging = (a: Actor, o: Involved): boolean =>
  [o.organisationId, o.decidedByOrganisationId, o.funderOrganisationId].includes(a.organisationId);
/** Settling and correcting: the doorbraaktafel or a budget holder of the knelpunt's or the deciding organisation (the funder answers, it does not settle). */
export function maySettleThis(a: Actor, o: Involved): Refusal | null {
  return onlyRoles(a, 'doorbraaktafel', 'budgethouder') ?? ([o.organisationId, o.decidedByOrganisationId].includes(a.organisationId) ? null : forbidden('Alleen de organisatie van het knelpunt of die het besluit nam, rekent deze overbrugging af.'));
}
/** Accepting or refusing to fund provisionally: a budget holder or the doorbraaktafel of the funding organisation. */
export function mayAcceptOverbrugging(a: Actor, o: Involved): Refusal | null {
  if (a.organisationId !== o.funderOrganisationId) return forbidden('Alleen de voorlopige financier zelf accepteert of weigert deze overbrugging.');
  return onlyRoles(a, 'budgethouder', 'doorbraaktafel');
}
/** Figures per ladder level (no persons): the doorbraaktafel, team leads, budget holders and policy advisers. */
export const mayReadFigures = (a: Actor): Refusal | null => onlyRoles(a, 'doorbraaktafel', 'teamleider', 'beleid', 'budgethouder');
/** The signals the own organisation raised (on the desk): its doorbraaktafel. */
export const mayReadRaisedSignals = (a: Actor): Refusal | null => onlyRoles(a, 'doorbraaktafel');
