// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with households, cases and notes (ADR 11): pure functions of the actor and the
 * facts. The `may…` functions return the refusal (a 403 problem) or null; `enforce` throws it.
 * The only place in the cases room that says `forbidden`.
 */
import type { Actor, Purpose, Role } from '../platform/authz';
import { forbidden, type Problem } from '../platform/errors';
import type { NotePurpose } from './model';

/** A refusal, or null when the action is allowed. */
export type Refusal = Problem | null;

/** Throws the refusal, if there is one. */
export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

/**
 * Who may read notes of each purpose (doelbinding, UPP step plan): enforcement never reads support
 * notes; support workers do see what enforcement recorded on their case, so the regisseur is not
 * surprised by it. The keys are in the order of NOTE_PURPOSES.
 */
export const NOTE_READERS: Record<NotePurpose, Role[]> = {
  hulpverlening: ['professional', 'teamleider'],
  toegang: ['professional', 'teamleider', 'handhaving'],
  handhaving: ['handhaving', 'professional', 'teamleider'],
};
/** Who may write a note of each purpose. */
export const NOTE_WRITERS: Record<NotePurpose, Role[]> = {
  hulpverlening: ['professional', 'teamleider'],
  toegang: ['professional', 'teamleider'],
  handhaving: ['handhaving'],
};
const PURPOSES = Object.keys(NOTE_READERS) as NotePurpose[];

export function readableNotePurposes(actor: Actor): NotePurpose[] {
  return PURPOSES.filter((p) => NOTE_READERS[p].some((r) => actor.roles.includes(r)));
}
export function writableNotePurposes(actor: Actor): NotePurpose[] {
  return PURPOSES.filter((p) => canWriteNote(actor, p));
}
export function canWriteNote(actor: Actor, purpose: NotePurpose): boolean {
  return NOTE_WRITERS[purpose].some((r) => actor.roles.includes(r));
}

/** Roles that work on case files, and how wide they see: their team, or the whole organisation. */
export type CaseScope = 'team' | 'organisation' | 'none';
export function caseScope(actor: Actor): CaseScope {
  if (actor.roles.includes('professional') || actor.roles.includes('teamleider')) return actor.teamId ? 'team' : 'none';
  if (actor.roles.includes('handhaving')) return 'organisation';
  return 'none';
}
/** Only the support roles change case files; enforcement reads (without support notes) and writes its own notes. */
export function canEditCase(actor: Actor): boolean {
  return actor.roles.includes('professional') || actor.roles.includes('teamleider');
}
/** The processing purpose of case-file work for this actor. */
export function casePurpose(actor: Actor): Purpose {
  return canEditCase(actor) ? 'hulpverlening' : 'handhaving';
}
/** The processing purpose of writing a note of this purpose. */
export function notePurposeOfProcessing(purpose: NotePurpose): Purpose {
  return purpose === 'handhaving' ? 'handhaving' : 'hulpverlening';
}

// ---- refusals ------------------------------------------------------------------------------------

/** Working with cases and households at all: a case role, and for the support roles a team. */
export function mayWorkOnCases(actor: Actor): Refusal {
  if (caseScope(actor) !== 'none') return null;
  return forbidden(actor.teamId || !canEditCase(actor) ? 'Uw rol geeft geen toegang tot casussen.' : 'U bent nog niet aan een team gekoppeld; vraag de beheerder dit te doen.');
}

/** Changing the case file (households, members, the case, its assessment and plan). */
export function mayEditCase(actor: Actor): Refusal {
  return canEditCase(actor) ? null : forbidden('Alleen een professional of teamleider kan het casusdossier wijzigen.');
}

/** Reading the assessment and the plan: health and support data, for the support roles only. */
export const mayReadSupportData = mayEditCase;

/** Seeing one case of the own organisation: within the actor's scope (the team, or the organisation). */
export function mayReadCase(actor: Actor, c: { teamId: string }): Refusal {
  const scope = caseScope(actor);
  if (scope === 'none') return forbidden('Uw rol geeft geen toegang tot casussen.');
  if (scope === 'team' && c.teamId !== actor.teamId) return forbidden('Deze casus hoort bij een ander team.');
  return null;
}

/**
 * Seeing or changing a household: the whole organisation for organisation-scoped roles; for a team,
 * households with a case of the team or without any case yet.
 */
export function mayUseHousehold(actor: Actor, cases: { any: boolean; mine: boolean }): Refusal {
  const refusal = mayWorkOnCases(actor);
  if (refusal) return refusal;
  if (caseScope(actor) === 'team' && cases.any && !cases.mine) return forbidden('Dit huishouden hoort bij een casus van een ander team.');
  return null;
}

/** Writing a note of a purpose. */
export function mayWriteNote(actor: Actor, purpose: NotePurpose): Refusal {
  return canWriteNote(actor, purpose) ? null : forbidden(`Uw rol mag geen notities met het doel "${purpose}" schrijven.`);
}

/** Correcting a note: one the actor may read, and wrote themselves. */
export function mayCorrectNote(actor: Actor, note: { purpose: NotePurpose; authorId: string | null }): Refusal {
  if (!readableNotePurposes(actor).includes(note.purpose)) return forbidden('U mag deze notitie niet lezen of wijzigen.');
  if (note.authorId !== actor.userId) return forbidden('U kunt alleen uw eigen notities corrigeren.');
  return null;
}
