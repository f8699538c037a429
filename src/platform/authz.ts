// SPDX-License-Identifier: EUPL-1.2
/**
 * Roles, purposes (doelbinding) and their legal grounds. Personal data is processed only for a
 * purpose the user's role may pursue; the purpose and its legal ground go into the processing log.
 * Pure data and functions: tested without a database.
 */
import { forbidden, invalid } from './errors';

export const ROLES = ['professional', 'teamleider', 'budgethouder', 'doorbraaktafel', 'beleid', 'handhaving', 'privacy', 'admin', 'inwoner', 'raad'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  professional: 'Professional',
  teamleider: 'Teamleider',
  budgethouder: 'Budgethouder',
  doorbraaktafel: 'Doorbraaktafel',
  beleid: 'Beleidsadviseur',
  handhaving: 'Handhaving',
  privacy: 'Privacyfunctionaris',
  admin: 'Beheerder',
  inwoner: 'Inwoner',
  raad: 'Griffie (raadsrapportage)',
};

export const PURPOSES = ['hulpverlening', 'toegang', 'handhaving', 'escalatie', 'verantwoording', 'inzage', 'beheer', 'beleidsinformatie'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Legal ground per purpose. The general ground is the public task (AVG art. 6 lid 1 sub e); the
 * specific task is named after it. Inzage is the data subject's right of access (AVG art. 15).
 */
export const LEGAL_GROUNDS: Record<Purpose, string> = {
  hulpverlening: 'AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2 (onderzoek en ondersteuning), Participatiewet art. 7',
  toegang: 'AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.5 (besluit over een voorziening), Participatiewet art. 43',
  handhaving: 'AVG art. 6 lid 1 sub e; Participatiewet art. 53a (onderzoek rechtmatigheid)',
  escalatie: 'AVG art. 6 lid 1 sub e; taak van het college om passende ondersteuning te bieden (Wmo 2015 art. 2.1.1)',
  verantwoording: 'AVG art. 6 lid 1 sub e; Gemeentewet art. 212 (financiële verantwoording)',
  inzage: 'AVG art. 15 (recht van inzage van de betrokkene)',
  beheer: 'AVG art. 6 lid 1 sub e; AVG art. 32 (beveiliging van de verwerking)',
  beleidsinformatie: 'AVG art. 6 lid 1 sub e en art. 89 lid 1 (verdere verwerking voor statistiek met waarborgen: alleen tellingen, aantallen onder 10 onderdrukt); Wmo 2015 art. 2.1.2 (beleidsplan)',
};

/** Which purposes each role may pursue; the first is its default. */
export const ROLE_PURPOSES: Record<Role, Purpose[]> = {
  professional: ['hulpverlening', 'toegang'],
  teamleider: ['hulpverlening', 'toegang', 'verantwoording'],
  budgethouder: ['verantwoording'],
  doorbraaktafel: ['escalatie'],
  beleid: ['beleidsinformatie'],
  handhaving: ['handhaving'],
  privacy: ['inzage'],
  admin: ['beheer'],
  /** The resident reads their own household's file: the right of access (AVG art. 15), logged as self-access (docs/adr/0020). */
  inwoner: ['inzage'],
  // The griffie reads the council's report only: anonymous aggregates, never personal data.
  raad: [],
};

export interface Actor {
  userId: string;
  userName: string;
  username: string;
  organisationId: string;
  teamId: string | null;
  roles: Role[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) {
    throw forbidden(`Deze handeling is voorbehouden aan: ${roles.map((r) => ROLE_LABELS[r]).join(', ')}.`);
  }
}

/**
 * The purpose of a request: the one asked for (X-Purpose header) if the actor's roles allow it,
 * otherwise the first allowed purpose among `allowed` for the actor's roles.
 */
export function resolvePurpose(actor: Actor, allowed: readonly Purpose[], requested?: string | null): Purpose {
  const mine = new Set(actor.roles.flatMap((r) => ROLE_PURPOSES[r]));
  if (requested) {
    if (!(PURPOSES as readonly string[]).includes(requested)) {
      throw invalid('X-Purpose', `onbekend doel "${requested}"; kies uit ${PURPOSES.join(', ')}`);
    }
    const p = requested as Purpose;
    if (!mine.has(p)) throw forbidden(`Uw rol mag geen persoonsgegevens verwerken voor het doel "${p}".`);
    if (!allowed.includes(p)) throw forbidden(`Deze gegevens mogen niet worden verwerkt voor het doel "${p}".`);
    return p;
  }
  for (const r of actor.roles) for (const p of ROLE_PURPOSES[r]) if (allowed.includes(p)) return p;
  throw forbidden('Uw rol heeft geen doel waarvoor deze persoonsgegevens mogen worden verwerkt.');
}

/**
 * A resident's account (only the role inwoner) reaches only its own page (/mijn/...), its session
 * (/auth/...) and the public reference lists; every other operation answers the same 403 whatever the
 * ids in it, so it can never tell whether another household's row exists (docs/adr/0020).
 */
export function isResidentOnly(actor: Actor): boolean {
  return actor.roles.length > 0 && actor.roles.every((r) => r === 'inwoner');
}
const RESIDENT_PATHS = [/^\/mijn\//, /^\/auth\//, /^\/roles$/, /^\/life-domains$/, /^\/openapi\.json$/];
/** May a resident-only account call this path (below /api/v1)? */
export function residentMayCall(path: string): boolean {
  return RESIDENT_PATHS.some((re) => re.test(path));
}

/**
 * Roles that reach only part of the API: an actor whose every role is scoped here reaches only the
 * paths (under /api/v1) its scopes allow, plus signing in and out. The griffie sees the council's
 * report and nothing else.
 */
export const ROLE_SCOPES: Partial<Record<Role, RegExp>> = {
  raad: /^\/raadsrapportage(\.csv|\.xlsx)?$/,
};
const ALWAYS = /^\/(auth\/(login|logout|me)|openapi\.json)$/;

/** Whether the actor may reach a path under /api/v1 (given without that prefix). */
export function mayReachPath(actor: Actor, path: string): boolean {
  if (ALWAYS.test(path)) return true;
  if (!actor.roles.length || actor.roles.some((r) => !ROLE_SCOPES[r])) return true;
  return actor.roles.some((r) => ROLE_SCOPES[r]!.test(path));
}
