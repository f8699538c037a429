// SPDX-License-Identifier: EUPL-1.2
/**
 * Partners in the plan as pure logic (ADR 0017): what a partner of a case may see — the goals and
 * actions of the party it works for, the parties with their contacts, the household's first names
 * and age bands — cut from the full plan and household. No I/O, no clock: the caller passes today.
 */
import { ageBand, type AgeBand } from '../learning/model';
import type { ConsentData } from '../privacy/model';
import { ageOn, isOverdue } from '../cases/model';

/** What a partner's access needs the resident's consent for; an invitation's consent must cover all of it. */
export const PARTNER_NEEDS: readonly ConsentData[] = ['plan_eigen_acties', 'betrokkenen', 'huishouden_voornamen'];

/** The statuses a partner may give its actions (the same as the plan's). */
export const PARTNER_ACTION_STATUSES = ['open', 'bezig', 'gedaan', 'vervallen'] as const;
export type PartnerActionStatus = (typeof PARTNER_ACTION_STATUSES)[number];

export const INVITATION_STATUSES = ['actief', 'beeindigd'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Why a partner has (or no longer has) access, from the invitation and its consent. */
export const ACCESS_STATES = ['toegang', 'uitnodiging_beeindigd', 'toestemming_ingetrokken', 'toestemming_verlopen', 'casus_gesloten'] as const;
export type AccessState = (typeof ACCESS_STATES)[number];
export const ACCESS_LABELS: Record<AccessState, string> = {
  toegang: 'Meekijken toegestaan',
  uitnodiging_beeindigd: 'Uitnodiging beëindigd',
  toestemming_ingetrokken: 'Toestemming ingetrokken door de inwoner',
  toestemming_verlopen: 'Toestemming verlopen',
  casus_gesloten: 'Casus gesloten',
};

/** The partner's access: the invitation must be active, the case open and the consent valid and covering PARTNER_NEEDS. */
export function accessState(i: { status: InvitationStatus }, caseStatus: 'open' | 'gesloten', consent: { allowed: boolean; state: string | null }): AccessState {
  if (i.status !== 'actief') return 'uitnodiging_beeindigd';
  if (consent.state === 'ingetrokken' || consent.state === null) return 'toestemming_ingetrokken';
  if (!consent.allowed) return 'toestemming_verlopen';
  if (caseStatus === 'gesloten') return 'casus_gesloten';
  return 'toegang';
}

/** The first name: the first word of the registered name ("Cindy de Vries" → "Cindy"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Age bands in Dutch words, for the screen (the bands are the Bibliotheek's: one place for them). */
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '0-3': '0 tot 4 jaar', '4-11': '4 tot 12 jaar', '12-17': '12 tot 18 jaar', '18-20': '18 tot 21 jaar', '21-22': '21 tot 23 jaar',
  '23-26': '23 tot 27 jaar', '27-44': '27 tot 45 jaar', '45-66': '45 tot 67 jaar', '67+': '67 jaar of ouder',
};

export interface PartnerMember { firstName: string; role: string; ageBand: AgeBand; ageBandLabel: string }
/** The household as a partner sees it: first names, roles and age bands; never birth dates, surnames, BSNs or the address. */
export function partnerHousehold(members: Array<{ name: string; birthDate: string; role: string }>, today: string): PartnerMember[] {
  return members.map((m) => {
    const band = ageBand(ageOn(m.birthDate, today));
    return { firstName: firstName(m.name), role: m.role, ageBand: band, ageBandLabel: AGE_BAND_LABELS[band] };
  });
}

interface PlanGoal { id: string; domain: string; description: string; targetDate: string | null; status: string }
interface PlanAction { id: string; goalId: string | null; description: string; ownerPartyId: string | null; dueDate: string | null; status: PartnerActionStatus; version: number }
interface PlanParty { id: string; organisationName: string; contactName: string; contact: string; role: string; status: string }

/**
 * The part of the plan a partner sees: the actions owned by its party, the goals those actions
 * serve, and every party with its contact (who else is involved). Nothing else of the plan: no
 * other actions, no owners inside the regisseur's organisation.
 */
export function partnerPlan(plan: { goals: PlanGoal[]; actions: PlanAction[]; parties: PlanParty[] }, partyId: string, today: string) {
  const actions = plan.actions
    .filter((a) => a.ownerPartyId === partyId)
    .map((a) => ({ id: a.id, goalId: a.goalId, description: a.description, dueDate: a.dueDate, status: a.status, overdue: isOverdue(a, today), version: a.version }));
  const goalIds = new Set(actions.map((a) => a.goalId).filter((x): x is string => !!x));
  const goals = plan.goals.filter((g) => goalIds.has(g.id)).map((g) => ({ id: g.id, domain: g.domain, description: g.description, targetDate: g.targetDate, status: g.status }));
  const parties = plan.parties.map((p) => ({ id: p.id, organisationName: p.organisationName, contactName: p.contactName, contact: p.contact, role: p.role, status: p.status, mine: p.id === partyId }));
  return { goals, actions, parties };
}
