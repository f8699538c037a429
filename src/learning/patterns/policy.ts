// SPDX-License-Identifier: EUPL-1.2
/** Who may see the patterns and the council's report. Aggregates only; the organisation's own. */
import type { Actor } from '../../platform/authz';
import { forbidden } from '../../platform/errors';

const has = (a: Actor, ...roles: string[]) => a.roles.some((r) => roles.includes(r));

/** The organisation's cocktails and the pooled views: the policy adviser, team leads and the doorbraaktafel. */
export function assertMaySeePatterns(a: Actor): void {
  if (!has(a, 'beleid', 'teamleider', 'doorbraaktafel')) throw forbidden('De patronen zijn voor beleidsadviseurs, teamleiders en de doorbraaktafel.');
}

/** Whether the organisation contributes its counts to the regional and national view: the policy adviser or the administrator. */
export function assertMaySetContribution(a: Actor): void {
  if (!has(a, 'beleid', 'admin')) throw forbidden('Alleen de beleidsadviseur of de beheerder bepaalt of de organisatie tellingen bijdraagt.');
}

/** The council's report: the griffie, the policy adviser and the administrator. */
export function assertMaySeeCouncilReport(a: Actor): void {
  if (!has(a, 'raad', 'beleid', 'admin')) throw forbidden('De raadsrapportage is voor de griffie, de beleidsadviseur en de beheerder.');
}
