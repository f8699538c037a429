// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in enforcement (issue 14). The handhaver works the handhavingszaken of the own
 * organisation; the regisseur (professional or teamleider with an open case of the household) sees
 * only that a pause runs and until when, may ask for one and answers a question; a teamleider of the
 * organisation, not the requester, approves or rejects a pause. Nobody else sees enforcement files.
 */
import type { Actor } from '../platform/authz';
import { forbidden, notFound } from '../platform/errors';
import type { PauseAction } from './model';

const has = (a: Actor, ...roles: string[]) => a.roles.some((r) => roles.includes(r));

/** The calculator and the handhavingszaken: enforcement only. */
export function assertHandhaver(a: Actor): void {
  if (!has(a, 'handhaving')) throw forbidden('Handhavingszaken zijn alleen voor de rol handhaving.');
}

/** One zaak: the handhaver of the same organisation (404 elsewhere, so its existence is not revealed). */
export function assertMayWorkOnZaak(a: Actor, z: { organisationId: string }): void {
  assertHandhaver(a);
  if (z.organisationId !== a.organisationId) throw notFound('handhavingszaak');
}

/** Asking for a pause: the handhaver on the zaak, or the regisseur of an open case of the household. */
export function assertMayRequestPause(a: Actor, facts: { organisationId: string; isRegisseur: boolean }): 'handhaving' | 'regisseur' {
  if (facts.organisationId !== a.organisationId) throw notFound('handhavingszaak');
  if (has(a, 'handhaving')) return 'handhaving';
  if (facts.isRegisseur && has(a, 'professional', 'teamleider')) return 'regisseur';
  throw forbidden('Alleen de handhaver of de regisseur van het huishouden kan een pauze aanvragen.');
}

/** Moving a pause: a teamleider (not the requester) approves or rejects; the handhaver ends a running pause with a decision. */
export function assertMayMovePause(a: Actor, p: { organisationId: string; requestedBy: string }, action: PauseAction): void {
  if (p.organisationId !== a.organisationId) throw notFound('pauze');
  if (action === 'beeindigen') {
    if (!has(a, 'handhaving')) throw forbidden('Alleen de handhaver beëindigt een pauze met een besluit.');
    return;
  }
  if (!has(a, 'teamleider')) throw forbidden('Alleen een teamleider keurt een pauze goed of af.');
  if (p.requestedBy === a.userId) throw forbidden('Vier ogen: wie de pauze aanvroeg, keurt hem niet zelf goed.');
}

/** Teamleiders see the pauses waiting for their decision (reason, term, conditions; not the enforcement file). */
export function assertMayDecidePauses(a: Actor): void {
  if (!has(a, 'teamleider')) throw forbidden('Alleen een teamleider beslist over pauzes.');
}

/** The enforcement piece on a case: the support roles that may read the case (checked by the cases room). */
export function assertSupportRole(a: Actor): void {
  if (!has(a, 'professional', 'teamleider')) throw forbidden('Dit deel van de casus is voor de regisseur en het team.');
}

/** Answering "bekend bij een regisseur?": the regisseur the question was sent to, or a teamleider of the case's team. */
export function assertMayAnswer(a: Actor, q: { organisationId: string; regisseurId: string | null }, caseTeamLead: boolean): void {
  if (q.organisationId !== a.organisationId) throw notFound('vraag');
  if (q.regisseurId === a.userId) return;
  if (caseTeamLead && has(a, 'teamleider')) return;
  throw forbidden('Alleen de regisseur van het huishouden beantwoordt deze vraag.');
}
