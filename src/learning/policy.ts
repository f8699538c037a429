// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in the Bibliotheek. Published entries are for everyone on the platform; a concept
 * or an entry awaiting approval stays inside its organisation; publication needs a second person
 * (teamleider or privacy officer) who is not the author.
 */
import type { Actor } from '../platform/authz';
import { forbidden, notFound } from '../platform/errors';
import type { EntryStatus } from './model';

interface EntryFacts {
  organisationId: string;
  authorId: string | null;
  status: EntryStatus;
}

const has = (a: Actor, ...roles: string[]) => a.roles.some((r) => roles.includes(r));

/** A published entry: everyone. Anything else: only its own organisation (404 elsewhere, so its existence is not revealed). */
export function assertMayRead(a: Actor, e: EntryFacts): void {
  if (e.status === 'gepubliceerd') return;
  if (e.organisationId !== a.organisationId) throw notFound('doorbraak');
  if (e.authorId === a.userId || has(a, 'teamleider', 'privacy', 'professional')) return;
  throw forbidden('Alleen de auteur, een teamleider of de privacyfunctionaris ziet een doorbraak voordat die gepubliceerd is.');
}

/** Sharing a knelpunt's breakthrough: a professional or teamleider of the knelpunt's organisation. */
export function assertMayShare(a: Actor, knelpuntOrganisationId: string): void {
  if (knelpuntOrganisationId !== a.organisationId) throw notFound('knelpunt');
  if (!has(a, 'professional', 'teamleider')) throw forbidden('Alleen een professional of teamleider kan een doorbraak delen.');
}

/** Editing the text of a concept or an entry awaiting approval: the author or a teamleider of the organisation. */
export function assertMayEdit(a: Actor, e: EntryFacts): void {
  if (e.organisationId !== a.organisationId) throw notFound('doorbraak');
  if (!(e.authorId === a.userId || has(a, 'teamleider'))) throw forbidden('Alleen de auteur of een teamleider kan deze doorbraak bewerken.');
}

/** Four eyes: a teamleider or privacy officer of the organisation who is not the author. */
export function assertMayApprove(a: Actor, e: EntryFacts, versionAuthorId: string | null): void {
  if (e.organisationId !== a.organisationId) throw notFound('doorbraak');
  if (!has(a, 'teamleider', 'privacy')) throw forbidden('Alleen een teamleider of de privacyfunctionaris keurt een doorbraak goed voor publicatie.');
  if (versionAuthorId === a.userId || e.authorId === a.userId) throw forbidden('Vier ogen: wie de doorbraak schreef, keurt hem niet zelf goed. Vraag een collega.');
}

/** Withdrawing: the author or the privacy officer of the organisation. */
export function assertMayWithdraw(a: Actor, e: EntryFacts): void {
  if (e.organisationId !== a.organisationId) throw notFound('doorbraak');
  if (!(e.authorId === a.userId || has(a, 'privacy'))) throw forbidden('Alleen de auteur of de privacyfunctionaris kan een doorbraak intrekken.');
}

/** Using an entry on one's own knelpunt: a professional or teamleider (of any organisation). */
export function assertMayReuse(a: Actor, knelpuntOrganisationId: string): void {
  if (knelpuntOrganisationId !== a.organisationId) throw notFound('knelpunt');
  if (!has(a, 'professional', 'teamleider')) throw forbidden('Alleen een professional of teamleider kan een doorbraak aan een knelpunt koppelen.');
}

/** Which blockages recur and which breakthroughs spread: the policy adviser and team leads. */
export function assertMaySeePatterns(a: Actor): void {
  if (!has(a, 'beleid', 'teamleider', 'doorbraaktafel')) throw forbidden('Dit overzicht is voor beleidsadviseurs, teamleiders en de doorbraaktafel.');
}
