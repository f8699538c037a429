// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for invitations of partners to a case and their messages. No rules, no authorisation (ADR 11).
 * Reads join the directory views of accounts (organisations, users) and cases (parties) for display names only.
 */
import type { Queryable } from '../platform/db';
import type { InvitationStatus } from './model';

export interface InvitationRow {
  id: string;
  organisationId: string;
  organisationName: string;
  caseId: string;
  householdId: string;
  partyId: string;
  partyName: string;
  partnerOrganisationId: string;
  partnerOrganisationName: string;
  partnerUserId: string;
  partnerUserName: string;
  purpose: string;
  consentId: string;
  status: InvitationStatus;
  invitedByName: string;
  invitedAt: string;
  endedAt: string | null;
  endReason: string | null;
  version: number;
}
const INVITATION_SELECT = `SELECT i.id, i.organisation_id AS "organisationId", o.name AS "organisationName", i.case_id AS "caseId", i.household_id AS "householdId",
  i.party_id AS "partyId", p.organisation_name AS "partyName", i.partner_organisation_id AS "partnerOrganisationId", po.name AS "partnerOrganisationName",
  i.partner_user_id AS "partnerUserId", pu.display_name AS "partnerUserName", i.purpose, i.consent_id AS "consentId", i.status,
  iu.display_name AS "invitedByName", i.invited_at AS "invitedAt", i.ended_at AS "endedAt", i.end_reason AS "endReason", i.version
  FROM case_invitations i JOIN organisations_directory o ON o.id = i.organisation_id JOIN organisations_directory po ON po.id = i.partner_organisation_id
  JOIN users_directory pu ON pu.id = i.partner_user_id JOIN users_directory iu ON iu.id = i.invited_by JOIN parties_directory p ON p.id = i.party_id`;

export async function insertInvitation(tx: Queryable, v: { organisationId: string; caseId: string; householdId: string; partyId: string; partnerOrganisationId: string; partnerUserId: string; purpose: string; consentId: string; invitedBy: string }): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO case_invitations (organisation_id, case_id, household_id, party_id, partner_organisation_id, partner_user_id, purpose, consent_id, invited_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
    [v.organisationId, v.caseId, v.householdId, v.partyId, v.partnerOrganisationId, v.partnerUserId, v.purpose, v.consentId, v.invitedBy],
  );
  return r.rows[0].id;
}

export async function findInvitation(tx: Queryable, id: string, forUpdate = false): Promise<InvitationRow | null> {
  return (await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.id = $1${forUpdate ? ' FOR UPDATE OF i' : ''}`, [id])).rows[0] ?? null;
}

export async function invitationsOfCase(tx: Queryable, caseId: string): Promise<InvitationRow[]> {
  return (await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.case_id = $1 ORDER BY i.invited_at DESC, i.id`, [caseId])).rows;
}

export async function invitationsOfPartner(tx: Queryable, organisationId: string, userId: string): Promise<InvitationRow[]> {
  return (await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.partner_organisation_id = $1 AND i.partner_user_id = $2 ORDER BY i.status, i.invited_at DESC, i.id`, [organisationId, userId])).rows;
}

export async function activeInvitationExists(tx: Queryable, caseId: string, partyId: string, partnerUserId: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM case_invitations WHERE case_id = $1 AND party_id = $2 AND partner_user_id = $3 AND status = 'actief'`, [caseId, partyId, partnerUserId])).rows.length > 0;
}

/** Ends an active invitation; false when it was not active any more. */
export async function endInvitation(tx: Queryable, id: string, by: string, reason: string): Promise<boolean> {
  const r = await tx.query(`UPDATE case_invitations SET status = 'beeindigd', ended_at = now(), ended_by = $2, end_reason = $3, version = version + 1 WHERE id = $1 AND status = 'actief'`, [id, by, reason]);
  return r.rowCount === 1;
}

export interface MessageRow { id: string; invitationId: string; authorName: string; authorOrganisationName: string; fromPartner: boolean; body: string; createdAt: string }
export async function insertMessage(tx: Queryable, v: { organisationId: string; invitationId: string; caseId: string; authorUserId: string; authorName: string; authorOrganisationId: string; body: string }): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO partner_messages (organisation_id, invitation_id, case_id, author_user_id, author_name, author_organisation_id, body) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [v.organisationId, v.invitationId, v.caseId, v.authorUserId, v.authorName, v.authorOrganisationId, v.body],
  );
  return r.rows[0].id;
}
export async function messagesOf(tx: Queryable, invitationIds: string[]): Promise<MessageRow[]> {
  if (!invitationIds.length) return [];
  return (
    await tx.query<MessageRow>(
      `SELECT m.id, m.invitation_id AS "invitationId", m.author_name AS "authorName", o.name AS "authorOrganisationName", (m.author_organisation_id <> m.organisation_id) AS "fromPartner", m.body, m.created_at AS "createdAt"
         FROM partner_messages m JOIN organisations_directory o ON o.id = m.author_organisation_id WHERE m.invitation_id = ANY($1::uuid[]) ORDER BY m.created_at, m.id`,
      [invitationIds],
    )
  ).rows;
}

/** The invitations on a household's cases of the organisation, with their messages (for the inzage export). */
export async function invitationsOfHousehold(tx: Queryable, organisationId: string, householdId: string): Promise<InvitationRow[]> {
  return (await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.organisation_id = $1 AND i.household_id = $2 ORDER BY i.invited_at, i.id`, [organisationId, householdId])).rows;
}

/** The active invitations of a case for one party (the partners who work on that party's actions). */
export async function activeInvitationsOfParty(tx: Queryable, caseId: string, partyId: string): Promise<InvitationRow[]> {
  return (await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.case_id = $1 AND i.party_id = $2 AND i.status = 'actief' ORDER BY i.invited_at, i.id`, [caseId, partyId])).rows;
}

/** The invitations of a case to professionals of one partner organisation, newest first. */
export async function invitationsOfCaseForOrganisation(tx: Queryable, caseId: string, partnerOrganisationId: string): Promise<InvitationRow[]> {
  return (await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.case_id = $1 AND i.partner_organisation_id = $2 ORDER BY i.invited_at DESC, i.id`, [caseId, partnerOrganisationId])).rows;
}

/** Lets an active invitation rest on another consent (the resident gave consent again); false when it is not active. */
export async function setInvitationConsent(tx: Queryable, id: string, consentId: string): Promise<boolean> {
  const r = await tx.query(`UPDATE case_invitations SET consent_id = $2, version = version + 1 WHERE id = $1 AND status = 'actief'`, [id, consentId]);
  return r.rowCount === 1;
}
