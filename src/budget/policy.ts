// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with the maatwerkbudget (ADR 11): one pure function per action, taking the actor
 * and the facts the caller loaded. The `xRefusal` functions return the Dutch reason of a refusal or
 * null; the `assertX` functions throw it (403 `forbidden`, or 404 where the object must not even be
 * seen to exist). Commands and queries call these; nothing else in the room decides access.
 */
import { requireRole, type Actor } from '../platform/authz';
import { forbidden, notFound } from '../platform/errors';

/** The Dutch reason of a refusal, or null when the action is allowed. */
export type Refusal = string | null;

/** The facts about a pot that decide access. */
export interface PotFacts {
  organisationId: string;
  teamId: string | null;
  coFunderOrganisationId: string | null;
}

const has = (a: Actor, role: Actor['roles'][number]) => a.roles.includes(role);

// ---- roles ---------------------------------------------------------------------------------------------

/** Spends hang on a case: only the roles that work on case files register, correct or cancel them. */
export function spendRefusal(a: Actor): Refusal {
  return has(a, 'professional') || has(a, 'teamleider') ? null : 'Alleen een professional of teamleider registreert uitgaven op een casus.';
}
export function assertSpender(a: Actor): void {
  const r = spendRefusal(a);
  if (r) throw forbidden(r);
}

/** Budget holders and administrators set up pots and mandates. */
export function manageRefusal(a: Actor): Refusal {
  return has(a, 'budgethouder') || has(a, 'admin') ? null : 'Alleen een budgethouder of beheerder beheert budgetten en mandaten.';
}
export function assertManager(a: Actor): void {
  const r = manageRefusal(a);
  if (r) throw forbidden(r);
}

/** Reviewers of the sample afterwards: budget holder or team lead (never the one who spent, see reviewerProblem). */
export function reviewRefusal(a: Actor, action: 'trekken' | 'beoordelen'): Refusal {
  if (has(a, 'budgethouder') || has(a, 'teamleider')) return null;
  return action === 'trekken' ? 'Alleen een budgethouder of teamleider trekt een steekproef.' : 'Alleen een budgethouder of teamleider beoordeelt de steekproef.';
}
export function assertReviewer(a: Actor, action: 'trekken' | 'beoordelen'): void {
  const r = reviewRefusal(a, action);
  if (r) throw forbidden(r);
}

/** Only a budget holder approves or rejects a spend above the mandate, and sees the queue of waiting spends. */
export function assertApprover(a: Actor): void {
  requireRole(a, 'budgethouder');
}

/**
 * Four eyes: whoever registered a spend does not review or approve it. Returns the Dutch reason
 * when refused, or null.
 */
export function reviewerProblem(actorUserId: string, registeredBy: string): Refusal {
  return actorUserId === registeredBy ? 'U heeft deze uitgave zelf geregistreerd; een ander moet haar beoordelen (vier ogen).' : null;
}
export function assertFourEyes(a: Actor, spend: { registeredBy: string }): void {
  const r = reviewerProblem(a.userId, spend.registeredBy);
  if (r) throw forbidden(r);
}

// ---- pots ------------------------------------------------------------------------------------------------

/**
 * What an actor may see of a pot. `full`: the spends with their case (budget holder of the owner, or
 * the team lead of the pot's team). `aggregate`: totals only, no personal data (administrators, the
 * teams that spend from it, and the budget holder of a second funder for the settlement). null: nothing.
 */
export type PotAccess = 'full' | 'aggregate';
export function potAccess(a: Actor, pot: PotFacts): PotAccess | null {
  const own = pot.organisationId === a.organisationId;
  if (own && has(a, 'budgethouder')) return 'full';
  if (own && has(a, 'teamleider') && pot.teamId && pot.teamId === a.teamId) return 'full';
  if (own && has(a, 'admin')) return 'aggregate';
  if (own && (has(a, 'professional') || has(a, 'teamleider')) && (!pot.teamId || pot.teamId === a.teamId)) return 'aggregate';
  if (!own && pot.coFunderOrganisationId === a.organisationId && has(a, 'budgethouder')) return 'aggregate';
  return null;
}

/**
 * Access to a pot, at least `need`, or the refusal: a pot of another organisation does not exist
 * for anyone else (404); within the organisation a role or team without access gets 403.
 */
export function assertPotAccess(a: Actor, pot: PotFacts, need: PotAccess = 'aggregate'): PotAccess {
  const access = potAccess(a, pot);
  if (!access) {
    if (pot.organisationId === a.organisationId) throw forbidden('Uw rol of team heeft geen toegang tot dit budget.');
    throw notFound('Budget');
  }
  if (need === 'full' && access !== 'full') throw forbidden('Alleen de budgethouder (of de teamleider van het team van dit budget) ziet de uitgaven zelf.');
  return access;
}

/** Only the owner's budget holder or administrator changes a pot and its mandates; the second funder only looks. */
export function assertManagesPot(a: Actor, pot: PotFacts): void {
  assertManager(a);
  if (pot.organisationId === a.organisationId) return;
  if (pot.coFunderOrganisationId === a.organisationId) throw forbidden('Alleen de eigenaar van het budget beheert het; de tweede financier ziet de stand en de afrekening.');
  throw notFound('Budget');
}

/** The mandates on a pot are the owner's business. */
export function assertSeesMandates(a: Actor, pot: PotFacts): void {
  if (pot.organisationId !== a.organisationId) throw forbidden('De mandaten zijn alleen zichtbaar voor de eigenaar van het budget.');
}
/** Whether the pot overview shows the mandate that applies to the actor (those who spend from an own pot) and its mandates (the owner). */
export const showsOwnMandate = (a: Actor, pot: PotFacts) => spendRefusal(a) === null && pot.organisationId === a.organisationId;
export const showsMandates = (a: Actor, pot: PotFacts) => pot.organisationId === a.organisationId;

// ---- spends ---------------------------------------------------------------------------------------------

/**
 * Why an actor may read one spend: the budget holder (or the team lead of the pot's team) for
 * verantwoording; otherwise only a spender for hulpverlening, and then the caller checks access to
 * the case through the cases room.
 */
export function spendReadPurpose(a: Actor, pot: PotFacts): 'verantwoording' | 'hulpverlening' {
  if (potAccess(a, pot) === 'full') return 'verantwoording';
  assertSpender(a);
  return 'hulpverlening';
}

/**
 * Who corrects or cancels a spend (ADR 0022): a budget holder with full access to the pot does so
 * for the accounts ('budgethouder'), except a spend they registered themselves; everyone else only
 * as one who works on the case ('zaak': professional or team lead, the caller checks the case).
 */
export function spendWriter(a: Actor, pot: PotFacts, spend: { registeredBy: string }): 'zaak' | 'budgethouder' {
  if (has(a, 'budgethouder') && potAccess(a, pot) === 'full' && spend.registeredBy !== a.userId) return 'budgethouder';
  const r = spendRefusal(a);
  if (r) throw forbidden(has(a, 'budgethouder') ? 'U heeft deze uitgave zelf geregistreerd; corrigeer of annuleer haar via de casus.' : 'Alleen een professional of teamleider op de casus, of de budgethouder van het budget, corrigeert of annuleert een uitgave.');
  return 'zaak';
}

// ---- joint funds (ADR 0017) -------------------------------------------------------------------------------

/**
 * Which funder of a joint pot the actor speaks for: the owner's budget holder ('eigenaar') or the
 * second funder's budget holder ('medefinancier'). Anyone else of the owner gets 403, anyone
 * outside both organisations 404 (the pot does not exist for them).
 */
export function jointFundRole(a: Actor, pot: PotFacts): 'eigenaar' | 'medefinancier' {
  const own = pot.organisationId === a.organisationId;
  const co = pot.coFunderOrganisationId === a.organisationId;
  if (!own && !co) throw notFound('Budget');
  if (!has(a, 'budgethouder')) throw forbidden('Alleen een budgethouder van een van de financiers ziet het gezamenlijk fonds en beslist mee.');
  return own ? 'eigenaar' : 'medefinancier';
}
