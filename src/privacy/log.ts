// SPDX-License-Identifier: EUPL-1.2
/**
 * The processing log writer, used by every room that reads or changes personal data. It writes in
 * the caller's transaction, so a failed request leaves no log line for a change that did not happen.
 */
import type { Queryable } from '../platform/db';
import { LEGAL_GROUNDS, type Actor, type Purpose } from '../platform/authz';

export type LogAction = 'lezen' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'exporteren' | 'delen';

export interface LogEntry {
  action: LogAction;
  resource: string;
  resourceId?: string | null;
  householdId?: string | null;
  caseId?: string | null;
  personId?: string | null;
  fields?: string[];
  purpose: Purpose;
  /** Defaults to the legal ground of the purpose. */
  legalGround?: string;
  /** Defaults to the actor's organisation; a hand-over logs in both organisations. */
  organisationId?: string;
}

export async function logProcessing(tx: Queryable, actor: Actor, entries: LogEntry | LogEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  const values: unknown[] = [];
  const rows: string[] = [];
  for (const e of list) {
    const b = values.length;
    values.push(
      e.organisationId ?? actor.organisationId,
      actor.userId,
      actor.userName,
      actor.roles.join(','),
      e.action,
      e.resource,
      e.resourceId ?? null,
      e.householdId ?? null,
      e.caseId ?? null,
      e.personId ?? null,
      e.fields ?? [],
      e.purpose,
      e.legalGround ?? LEGAL_GROUNDS[e.purpose],
    );
    rows.push(`(${Array.from({ length: 13 }, (_, i) => `$${b + i + 1}`).join(',')})`);
  }
  await tx.query(
    `INSERT INTO processing_log (organisation_id, user_id, user_name, role, action, resource, resource_id, household_id, case_id, person_id, fields, purpose, legal_ground)
     VALUES ${rows.join(',')}`,
    values,
  );
}
