// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident room's reads (ADR 11, ADR 0020). A resident sees only the household their account is
 * linked to, and of it only what the applicant may see: the plan, decisions in plain words, money,
 * who is involved and the log about them; never a professional's note unless it was shared with them.
 * Every read is logged as a self-access (purpose inzage, AVG art. 15).
 */
import { ROLE_LABELS, type Actor, type Role } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { Problem, invalid, notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getUser, residentAccountsOfHousehold, residentLink } from '../accounts/queries';
import { DOMAINS, PLAN_POINT_LABELS } from '../cases/model';
import { caseForResident, casesOfHousehold, getCaseForActor, getHousehold, type CaseRow } from '../cases/queries';
import { spendsForInzage } from '../budget/queries';
import { incomeForResident } from '../income/queries';
import { decisionsForResident } from '../escalation/queries';
import { logForResident } from '../privacy/queries';
import { invitationsForResident } from '../partners/queries';
import { todayInAmsterdam } from '../platform/today';
import {
  ACTION_STATUS_B1, CONSENT_PURPOSES, CONSENT_PURPOSE_B1, GOAL_STATUS_B1, MESSAGE_KIND_B1, PROPOSAL_STATUS_B1, bufferPaymentB1, cashDayB1, consentEffect, householdB1, groundB1, partnerAccessEffect, incomeB1, knelpuntB1, logLineB1, spendB1,
  type ConsentPurpose,
} from './model';
import { enforce, mayHandleResidentMessages, mayUseOwnPage } from './policy';
import * as store from './store';

export type { MessageRow, ProposalRow } from './store';

const roleLabel = (r: string) => ROLE_LABELS[r as Role] ?? r;

/** The resident's household, their member id and the household's cases (open first); 404 when not linked. */
export async function residentScope(tx: Queryable, actor: Actor) {
  enforce(mayUseOwnPage(actor));
  const link = await residentLink(tx, actor.organisationId, actor.userId);
  if (!link) throw new Problem(404, 'niet_gekoppeld', 'Niet gekoppeld', 'Uw account is nog niet gekoppeld aan een huishouden. Neem contact op met uw gemeente.');
  const household = await getHousehold(tx, actor.organisationId, link.householdId);
  const cases = await casesOfHousehold(tx, actor.organisationId, link.householdId);
  return { memberId: link.memberId, household, cases, current: cases[0] ?? null };
}
export type ResidentScope = Awaited<ReturnType<typeof residentScope>>;

/** The current case of the resident's household for a change; 404 when there is none. */
export async function residentCase(tx: Queryable, actor: Actor): Promise<{ scope: ResidentScope; cs: CaseRow }> {
  const scope = await residentScope(tx, actor);
  if (!scope.current) throw notFound('Plan');
  return { scope, cs: scope.current };
}

const selfAccess = (tx: Queryable, actor: Actor, scope: ResidentScope, resource: string, fields: string[]) =>
  logProcessing(tx, actor, { action: 'lezen', resource, caseId: scope.current?.id ?? null, householdId: scope.household.id, personId: scope.memberId, fields, purpose: 'inzage' });

async function regisseurOf(tx: Queryable, cs: CaseRow) {
  const u = await getUser(tx, cs.organisationId, cs.regisseurId);
  return { name: u.displayName, team: cs.teamName, email: u.email };
}

/** GET /mijn/plan: the plan in the shape of 1Gezin1Plan, the decisions on knelpunten in plain words, and shared notes. */
export async function myPlan(tx: Queryable, actor: Actor, today: string) {
  const scope = await residentScope(tx, actor);
  const cs = scope.current;
  const household = { name: scope.household.name, members: scope.household.members.map((m) => ({ name: m.name, role: m.role, me: m.id === scope.memberId })) };
  await selfAccess(tx, actor, scope, 'mijn_plan', ['plan', 'knelpunten', 'gedeelde notities']);
  if (!cs) return { household, plan: null };
  const { plan, sharedNotes } = await caseForResident(tx, cs, today);
  const decisions = await decisionsForResident(tx, actor.organisationId, [cs.id]);
  const proposals = await store.proposalsOfCases(tx, [cs.id]);
  const goalText = new Map(plan.goals.map((g) => [g.id, g.description]));
  return {
    household,
    plan: {
      title: cs.title,
      open: cs.status === 'open',
      openedOn: cs.openedOn,
      regisseur: await regisseurOf(tx, cs),
      perspective: plan.perspective,
      perspectiveUpdatedAt: plan.perspectiveUpdatedAt,
      points: plan.points.map((p) => ({ id: p.id, kind: p.kind, kindText: PLAN_POINT_LABELS[p.kind], text: p.text, byResident: p.byResident })),
      goals: plan.goals.map((g) => ({ id: g.id, domain: DOMAINS[g.domain as keyof typeof DOMAINS] ?? g.domain, description: g.description, targetDate: g.targetDate, statusText: GOAL_STATUS_B1[g.status] ?? g.status, done: g.status === 'behaald' })),
      actions: plan.actions.map((a) => ({
        id: a.id, description: a.description, who: a.ownerUserName ?? (a.ownerLabel || plan.parties.find((p) => p.id === a.ownerPartyId)?.organisationName || 'Nog niet bekend'), dueDate: a.dueDate,
        statusText: ACTION_STATUS_B1[a.status] ?? a.status, overdue: a.overdue, goal: a.goalId ? goalText.get(a.goalId) ?? null : null,
      })),
      network: plan.parties.filter((p) => p.informal).map((p) => ({ id: p.id, name: p.organisationName, relation: p.role, contact: p.contact, byResident: p.byResident })),
      organisations: plan.parties.filter((p) => !p.informal).map((p) => ({ id: p.id, name: p.organisationName, contactName: p.contactName, role: p.role, active: p.status === 'betrokken' })),
      decisions: decisions.map((k) => ({ id: k.id, text: knelpuntB1(k) })),
      sharedNotes: sharedNotes.map((n) => ({ id: n.id, body: n.body, authorName: n.authorName, createdAt: n.createdAt })),
      proposals: proposals.map((p) => ({ id: p.id, domain: DOMAINS[p.domain as keyof typeof DOMAINS] ?? p.domain, description: p.description, statusText: PROPOSAL_STATUS_B1[p.status], status: p.status, decisionNote: p.decisionNote, createdAt: p.createdAt })),
    },
  };
}

/** GET /mijn/geld: maatwerkbudget payments and why, the income check in plain words, and the huishoudboekje's days. */
export async function myMoney(tx: Queryable, actor: Actor, today: string) {
  const scope = await residentScope(tx, actor);
  const caseIds = scope.cases.map((c) => c.id);
  const spends = (await spendsForInzage(tx, actor.organisationId, caseIds)).map((x) => x.spend).filter((s) => s.status === 'toegekend' || s.status === 'wacht_op_akkoord');
  const income = scope.current ? await incomeForResident(tx, { id: scope.current.id, organisationId: actor.organisationId, householdId: scope.household.id }, today) : { evaluation: null, derived: false, cashflow: null, buffer: null };
  await selfAccess(tx, actor, scope, 'mijn_geld', ['uitgaven maatwerkbudget', ...(income.evaluation ? ['inkomenscheck'] : []), ...(income.cashflow ? ['huishoudboekje'] : []), ...(income.buffer ? ['wisselend loon'] : [])]);
  const e = income.evaluation;
  const check = e
    ? {
        ...incomeB1({
          datum: e.datum,
          sociaalMinimum: e.sociaalMinimum,
          nettoInkomenPerMaand: e.nettoInkomenPerMaand,
          bijstand: { ...e.bijstand, uitbetalingPerMaand: e.bijstand.uitbetalingPerMaand },
          toeslagen: [e.zorgtoeslag, e.huurtoeslag, e.kindgebondenBudget, e.kinderbijslag],
          gemeentelijk: e.gemeentelijk,
          besteedbaarPerMaand: e.totaal.besteedbaarPerMaand,
        }),
        besteedbaarPerMaand: e.totaal.besteedbaarPerMaand,
        sociaalMinimum: e.sociaalMinimum,
        huishouden: income.derived ? householdB1(scope.household.members.map((m) => ({ naam: m.name, rol: m.role }))) : null,
        berekening: e.uitlegTekst,
      }
    : null;
  const buf = income.buffer?.regimes.find((g) => g.regime === 'bestaansbalans-buffer');
  const buffer = buf
    ? {
        intro: 'Uw loon is niet elke maand hetzelfde. De gemeente betaalt uw bijstand vooraf. Wat u te veel of te weinig kreeg, vangt een buffer op. Zo weet u wat er op welke dag binnenkomt.',
        payments: buf.betalingen.filter((b) => b.naarClient).map((b) => ({ datum: b.datum, amountCents: b.bedrag, text: bufferPaymentB1(b) })),
      }
    : null;
  const cf = income.cashflow;
  const days = cf ? cf.huidig.dagen.filter((d) => d.in || d.uit).map((d) => ({ datum: d.datum, inCents: d.in, uitCents: d.uit, saldoCents: d.saldo, posten: d.posten })) : [];
  return {
    spends: spends.map((s) => ({ id: s.id, amountCents: s.amountCents, spentOn: s.spentOn, payee: s.payee, description: s.description, paid: s.status === 'toegekend', text: spendB1(s) })),
    spentTotalCents: spends.filter((s) => s.status === 'toegekend').reduce((n, s) => n + s.amountCents, 0),
    incomeCheck: check,
    buffer,
    cashflow: cf
      ? {
          from: cf.periode.van, to: cf.periode.tot, incomePerMonthCents: cf.inkomenPerMaand, fixedCostsPerMonthCents: cf.vasteLastenPerMaand, leefgeldPerWeekCents: cf.plan.leefgeldPerWeek,
          days: days.map((d) => ({ ...d, text: cashDayB1(d) })),
        }
      : null,
  };
}

/** The consent of the household's cases per party and purpose: true, false, or null (never asked). */
async function consentMap(tx: Queryable, caseIds: string[]) {
  const rows = await store.currentConsents(tx, caseIds);
  return (partyId: string, purpose: string) => rows.find((r) => r.partyId === partyId && r.purpose === purpose) ?? null;
}

/** GET /mijn/wie-kijkt-mee: who is involved, why and on which ground; consent; the log about the resident in plain words. */
export async function whoLooksAlong(tx: Queryable, actor: Actor, today: string) {
  const scope = await residentScope(tx, actor);
  const cs = scope.current;
  const caseIds = scope.cases.map((c) => c.id);
  const consent = await consentMap(tx, caseIds);
  const people: Array<{ name: string; why: string; ground: string }> = [];
  const organisations: Array<{ partyId: string; name: string; contactName: string; why: string; ground: string; consents: Array<{ purpose: ConsentPurpose; purposeText: string; given: boolean | null; since: string | null }> }> = [];
  if (cs) {
    const { plan } = await caseForResident(tx, cs, today);
    const reg = await regisseurOf(tx, cs);
    people.push({ name: `${reg.name} (${reg.team})`, why: 'Uw regisseur: houdt het plan bij en helpt u.', ground: groundB1({ informal: false, byResident: false, consent: null }) });
    for (const p of plan.parties) {
      if (p.informal) {
        people.push({ name: p.organisationName, why: p.role, ground: groundB1({ informal: true, byResident: p.byResident, consent: null }) });
        continue;
      }
      const consents = CONSENT_PURPOSES.map((purpose) => {
        const c = consent(p.id, purpose);
        return { purpose, purposeText: CONSENT_PURPOSE_B1[purpose], given: c ? c.given : null, since: c ? c.at : null };
      });
      const any = consents.find((c) => c.given !== null);
      organisations.push({
        partyId: p.id, name: p.organisationName, contactName: p.contactName, why: p.role,
        ground: groundB1({ informal: false, byResident: false, consent: consents.some((c) => c.given === true) ? true : any ? false : null }),
        consents,
      });
    }
  }
  const log = (await logForResident(tx, actor.organisationId, scope.memberId, scope.household.id, caseIds, 200)).filter((r) => r.userId !== actor.userId).slice(0, 100);
  await selfAccess(tx, actor, scope, 'wie_kijkt_mee', ['betrokkenen', 'toestemmingen', 'verwerkingen']);
  return {
    organisation: (await getUser(tx, actor.organisationId, actor.userId)).organisationName,
    people,
    organisations,
    log: log.map((r) => ({ at: r.at, who: r.userName, text: logLineB1(r, roleLabel) })),
  };
}

/** The party of the resident's current case that consent can be given to (not family or friends); 404 otherwise. */
export async function consentParty(tx: Queryable, actor: Actor, partyId: string) {
  const { scope, cs } = await residentCase(tx, actor);
  const { plan } = await caseForResident(tx, cs, '0000-01-01');
  const party = plan.parties.find((p) => p.id === partyId && !p.informal);
  if (!party) throw notFound('Organisatie');
  return { scope, cs, party };
}

/** GET /mijn/toestemmingen/gevolg: what giving or withdrawing would change, before the resident confirms. */
export async function consentPreview(tx: Queryable, actor: Actor, q: { partyId: string; purpose: ConsentPurpose; given: boolean }) {
  const { cs, party } = await consentParty(tx, actor, q.partyId);
  const current = (await consentMap(tx, [cs.id]))(party.id, q.purpose);
  const partners = await partnersEffect(tx, cs.id, party, q.purpose, q.given);
  return { party: party.organisationName, purposeText: CONSENT_PURPOSE_B1[q.purpose], given: q.given, current: current ? current.given : null, effect: [consentEffect(party.organisationName, q.purpose, q.given), partners].filter(Boolean).join(' ') };
}

/** For "plan delen" with an organisation in the register: who of it starts or stops reading the plan (partners room). */
export async function partnersEffect(tx: Queryable, caseId: string, party: { organisationName: string; partyOrganisationId: string | null }, purpose: ConsentPurpose, give: boolean): Promise<string> {
  if (purpose !== 'plan_delen' || !party.partyOrganisationId) return '';
  return partnerAccessEffect(party.organisationName, await invitationsForResident(tx, caseId, party.partyOrganisationId, todayInAmsterdam(new Date())), give);
}

/** GET /mijn/berichten: what the resident sent and their proposals, with their state. */
export async function myMessages(tx: Queryable, actor: Actor) {
  const scope = await residentScope(tx, actor);
  const caseIds = scope.cases.map((c) => c.id);
  const messages = await store.messagesOfCases(tx, caseIds);
  await selfAccess(tx, actor, scope, 'inwoner_berichten', ['berichten']);
  return {
    regisseur: scope.current ? (await regisseurOf(tx, scope.current)).name : null,
    messages: messages.map((m) => ({ id: m.id, kind: m.kind, kindText: MESSAGE_KIND_B1[m.kind], body: m.body, createdAt: m.createdAt, read: m.readAt !== null })),
  };
}

// ---- for the regisseur ----------------------------------------------------------------------------------

/** GET /cases/{id}/inwoner: what the household's residents sent, their proposals and their consents, for the case's team. */
export async function residentInbox(tx: Queryable, actor: Actor, caseId: string) {
  enforce(mayHandleResidentMessages(actor));
  const cs = await getCaseForActor(tx, actor, caseId);
  const [messages, proposals, consents, accounts] = await Promise.all([
    store.messagesOfCases(tx, [cs.id]),
    store.proposalsOfCases(tx, [cs.id]),
    store.consentHistory(tx, [cs.id]),
    residentAccountsOfHousehold(tx, actor.organisationId, cs.householdId),
  ]);
  const plan = (await caseForResident(tx, cs, '0000-01-01')).plan;
  const partyName = (id: string) => plan.parties.find((p) => p.id === id)?.organisationName ?? 'Onbekende partij';
  await logProcessing(tx, actor, { action: 'lezen', resource: 'inwoner_berichten', caseId: cs.id, householdId: cs.householdId, fields: ['berichten', 'voorstellen', 'toestemmingen'], purpose: 'hulpverlening' });
  return {
    accounts: accounts.map((a) => ({ name: a.displayName, active: a.active })),
    messages: messages.map((m) => ({ id: m.id, kind: m.kind, kindText: MESSAGE_KIND_B1[m.kind], body: m.body, from: m.userName, createdAt: m.createdAt, read: m.readAt !== null })),
    proposals: proposals.map((p) => ({ id: p.id, domain: p.domain, domainText: DOMAINS[p.domain as keyof typeof DOMAINS] ?? p.domain, description: p.description, from: p.userName, status: p.status, decisionNote: p.decisionNote, createdAt: p.createdAt })),
    consents: consents.map((c) => ({ party: partyName(c.partyId), purposeText: CONSENT_PURPOSE_B1[c.purpose as ConsentPurpose] ?? c.purpose, given: c.given, at: c.at, by: c.userName })),
  };
}

/** A domain key the proposal may carry. */
export function checkDomain(field: string, d: string): void {
  if (!(d in DOMAINS)) throw invalid(field, 'is geen bekend leefgebied');
}
