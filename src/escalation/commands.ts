// SPDX-License-Identifier: EUPL-1.2
/**
 * The escalation room's use cases, one function each, inside the caller's transaction (ADR 11):
 * policy, load and lock, model, store, processing log, notifications.
 *
 * The first part holds the steps the use cases are built from (escalating, handing over, deciding,
 * settling …). They check the rules of the ladder but not who asks: the use cases below do, and the
 * demo loader uses the steps directly as the users it records.
 */
import { dutchDate } from '../platform/dutch-date';
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { conflict, invalid, notFound, preconditionFailed, unprocessable } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor, getHousehold } from '../cases/queries';
import { FUNDER_LABELS, resultOf, type Funder } from '../businesscase/model';
import { latestForKnelpunt } from '../businesscase/queries';
import {
  acceptanceFor, backdateProblem, correctionClaims, correctionEntries, settlementBlockedReason, sharesLine,
  chooseLevel, contactProblem, nonWorkingDaysProblem, escalationBlockedReason, futureDateProblem, handoverContent, householdSummary, isClosed, ladderProblem, levelAudience, levelNotice, minimiseHandover,
  missingLegitimation, overbruggingProblem, referLevelProblem, referralProblem, settlementClaims, sharesProblem, statusAfter,
  applyHandoverEdits, handoverPreview, SIGNAL_KIND_LABELS,
  type FieldProblem, type HandoverEdits, type Outcome, type Share, type SignalKind,
} from './model';
import {
  enforce, knelpuntPurpose, linkingIsWrite, mayAcceptOverbrugging, mayConfigureLadder, mayDecide, mayEditContact, mayHandleHandovers, mayMaintainRegister, mayRecordKnelpunt, maySettle,
  maySettleThis, seesOverbrugging, seesStep, settlementPurpose,
} from './policy';
import { knelpuntForActor, ladderAfterChange, type Ladder } from './queries';
import { addWorkingDays } from './workdays';
import { formatEuro } from '../platform/money';
import * as store from './store';

// ---- helpers -------------------------------------------------------------------------------------

/** A field problem found by the model is a 400 naming the field. */
function fail(p: FieldProblem | null): void {
  if (p) throw invalid(p.field, p.problem);
}
/** A date the user states, not after today (Europe/Amsterdam, from the request); absent means today. */
function notFuture(field: string, date: string | undefined, today: string): string {
  fail(futureDateProblem(field, date, today));
  return date ?? today;
}
async function loadKnelpunt(tx: Queryable, organisationId: string, id: string, forUpdate = false): Promise<store.KnelpuntRow> {
  const k = await store.getKnelpunt(tx, organisationId, id, forUpdate);
  if (!k) throw notFound('Knelpunt');
  return k;
}

/** Tell the deciders of a level that a knelpunt (or a hand-over of it) lies there. */
async function notifyLevel(tx: Queryable, level: store.LevelRow, k: store.KnelpuntRow, handoverId: string | null, deadline: string): Promise<number> {
  const to = levelAudience(level, k.teamId);
  const notice = levelNotice(level.name, k.blockingLaw, deadline);
  const users = await store.usersWithRole(tx, to.organisationId, to.role, to.teamId);
  for (const userId of users) {
    await store.insertNotification(tx, { organisationId: to.organisationId, userId, kind: handoverId ? 'overdracht' : 'escalatie', ...notice, knelpuntId: handoverId ? null : k.id, handoverId });
  }
  return users.length;
}

/** Open a step at a level: deadline in working days of the owning organisation, status in escalation, the level told. */
async function openStep(tx: Queryable, actor: Actor, k: store.KnelpuntRow, level: store.LevelRow, reason: string, on: string, backdateReason: string | null = null): Promise<{ step: store.StepRow; level: store.LevelRow }> {
  const deadline = addWorkingDays(on, level.deadlineWorkingDays, await store.getCalendar(tx, k.organisationId));
  const id = await store.insertStep(tx, actor, { organisationId: k.organisationId, knelpuntId: k.id, levelId: level.id, reason, on, deadline, backdateReason });
  await store.setStatus(tx, k.id, 'in_escalatie', id);
  await store.addKnelpuntEvent(tx, actor, k, 'geescaleerd', `naar ${level.name}, uiterlijk ${dutchDate(deadline)}${reason ? ` — ${reason}` : ''}`, k.status, 'in_escalatie');
  if (backdateReason) await store.addKnelpuntEvent(tx, actor, k, 'teruggedateerd', `escalatie naar ${level.name} gedateerd op ${on}: ${backdateReason}`);
  if (!level.deciderOrganisationId) await notifyLevel(tx, level, k, null, deadline);
  return { step: (await store.getStep(tx, id))!, level };
}

// ---- steps (rules of the ladder; who asks is checked by the use cases) ---------------------------------

/** Record a knelpunt on a case the caller may work on. */
export async function addKnelpunt(tx: Queryable, actor: Actor, cs: { id: string; householdId: string; teamId: string }, input: store.KnelpuntInput, createdOn: string, backdateReason: string | null = null): Promise<store.KnelpuntRow> {
  const k = await store.insertKnelpunt(tx, actor, cs, input, createdOn, backdateReason);
  await store.addKnelpuntEvent(tx, actor, k, 'aangemaakt', '', null, 'open');
  if (backdateReason) await store.addKnelpuntEvent(tx, actor, k, 'teruggedateerd', `knelpunt gedateerd op ${dutchDate(createdOn)}: ${backdateReason}`);
  return k;
}

/** Record the resident's consent (or its withdrawal) to share name and birth year in a hand-over. */
export async function setConsent(tx: Queryable, actor: Actor, k: store.KnelpuntRow, given: boolean, on: string): Promise<store.KnelpuntRow> {
  if (isClosed(k.status)) throw conflict('Dit knelpunt is afgesloten.', 'knelpunt_gesloten');
  if (on < k.createdOn) throw invalid('recordedOn', 'ligt voor de datum waarop het knelpunt is vastgelegd');
  await store.setConsent(tx, k.id, given, on, actor.userId);
  await store.addKnelpuntEvent(tx, actor, k, given ? 'toestemming_gegeven' : 'toestemming_ingetrokken', `vastgelegd op ${dutchDate(on)}`);
  return loadKnelpunt(tx, k.organisationId, k.id);
}

/** Link an active register contact to a knelpunt. */
export async function linkContact(tx: Queryable, actor: Actor, k: store.KnelpuntRow, contactId: string, note: string): Promise<void> {
  const c = await store.getContact(tx, contactId);
  if (!c || !c.active) throw invalid('contactId', 'is geen actieve contactpersoon in het Maatwerkregister');
  if (!(await store.linkContact(tx, k, contactId, note))) throw conflict('Deze contactpersoon is al aan het knelpunt gekoppeld.', 'al_gekoppeld');
  await store.addKnelpuntEvent(tx, actor, k, 'contact_gekoppeld', `${c.name} (${c.contactOrganisation})`);
}

/** Replace an organisation's ladder: levels in order; levels left out are deactivated (steps keep pointing at them). */
export async function setLadder(tx: Queryable, organisationId: string, levels: store.LevelInput[], calendar: { bevrijdingsdagIsHoliday: boolean }): Promise<store.LevelRow[]> {
  const existing = await store.lockLadder(tx, organisationId);
  for (const [i, l] of levels.entries()) {
    if (l.id && !existing.includes(l.id)) throw invalid(`levels.${i}.id`, 'is geen trede van de ladder van uw organisatie');
    if (l.deciderOrganisationId) {
      if (l.deciderOrganisationId === organisationId) throw invalid(`levels.${i}.deciderOrganisationId`, 'kies een andere organisatie; voor uw eigen organisatie geeft u een rol op');
      if (!(await store.organisationExists(tx, l.deciderOrganisationId))) throw invalid(`levels.${i}.deciderOrganisationId`, 'is geen bekende organisatie');
    }
  }
  return store.replaceLadder(tx, organisationId, levels, calendar);
}

/**
 * Put the knelpunt on a level: the next one, or a chosen one with a reason. An open step elsewhere is
 * closed as 'doorgeschoven' and open hand-overs lapse; the deadline is counted in working days of the
 * owning organisation's calendar; the level's deciders are told (a level of another organisation
 * hears through the hand-over, see `handOver`).
 */
/** The level a knelpunt would go to: the next one, or a chosen one with a reason (400 on a wrong choice). */
async function targetLevel(tx: Queryable, k: store.KnelpuntRow, levelId: string | undefined, reason: string | undefined): Promise<{ level: store.LevelRow; current: store.StepRow | null }> {
  const levels = await store.listLevels(tx, k.organisationId);
  const current = k.currentStepId ? await store.getStep(tx, k.currentStepId) : null;
  const currentPosition = current?.levelPosition ?? null;
  const choice = chooseLevel(levels, currentPosition, levelId, reason);
  if ('problem' in choice) throw invalid(choice.field, choice.problem);
  return { level: choice.level, current };
}

export async function escalate(tx: Queryable, actor: Actor, k: store.KnelpuntRow, req: { levelId?: string; reason?: string; on: string; backdateReason?: string | null }): Promise<{ step: store.StepRow; level: store.LevelRow }> {
  const blocked = escalationBlockedReason(k.status);
  if (blocked) throw conflict(`Escaleren kan niet: ${blocked}.`, 'escalatie_niet_mogelijk');
  if (req.on < k.createdOn) throw invalid('on', 'ligt voor de datum waarop het knelpunt is vastgelegd');
  const { level, current } = await targetLevel(tx, k, req.levelId, req.reason);
  if (current && current.status === 'open') await store.closeStep(tx, current.id, 'doorgeschoven');
  await store.voidOpenHandovers(tx, k.id);
  return openStep(tx, actor, k, level, req.reason ?? '', req.on, req.backdateReason ?? null);
}

/** The full content of a hand-over of the knelpunt at a step (before minimisation), with the household it is about. */
async function handoverDraft(tx: Queryable, k: store.KnelpuntRow, step: { id: string; reason: string; escalatedOn: string }, edits: HandoverEdits | undefined) {
  const household = await getHousehold(tx, k.organisationId, k.householdId);
  const summary = householdSummary(household.members, step.escalatedOn, k.consentToShare);
  const bc = await latestForKnelpunt(tx, k.organisationId, k.id);
  const source = (await store.organisationName(tx, k.organisationId))!;
  const full = handoverContent({
    source, knelpunt: k, household: summary, step,
    businessCase: bc ? { title: bc.title, ...resultOf(bc) } : null,
    steps: await store.listSteps(tx, k.id),
    ladder: await store.listLevels(tx, k.organisationId),
  });
  return { household, summary, source, full: applyHandoverEdits(full, edits) };
}

/**
 * When a step lands on a level of another organisation, hand over only what that level needs
 * (AVG art. 5 lid 1 sub c): the knelpunt, the legitimation, the business case and a household
 * summary without direct identifiers unless the resident consented, with the free text minimised
 * (`minimiseHandover`) — also the text the sender edited in the preview. The receiving
 * doorbraaktafel is told. Logged in both organisations.
 */
export async function handOver(tx: Queryable, actor: Actor, k: store.KnelpuntRow, step: store.StepRow, level: store.LevelRow, edits?: HandoverEdits): Promise<string | null> {
  if (!level.deciderOrganisationId) return null;
  const { household, summary, source, full } = await handoverDraft(tx, k, step, edits);
  const { content } = minimiseHandover(full, household.members, summary.withIdentifiers);
  const h = await store.insertHandover(tx, actor, { receivingOrganisationId: level.deciderOrganisationId, sourceOrganisationId: k.organisationId, stepId: step.id, knelpuntId: k.id, levelName: level.name, deadline: step.deadline, content, withIdentifiers: summary.withIdentifiers });
  await notifyLevel(tx, level, k, h.id, h.deadline);
  const fields = ['knelpunt', 'omgekeerdeToets', 'businessCase', summary.withIdentifiers ? 'household:naam+geboortejaar' : 'household:rollen+leeftijden', ...(edits && Object.keys(edits).length ? ['bewerkt:' + Object.keys(edits).join('+')] : [])];
  await logProcessing(tx, actor, [
    ...(summary.withIdentifiers
      ? household.members.map((m) => ({ action: 'delen' as const, resource: 'overdracht', resourceId: h.id, caseId: k.caseId, householdId: k.householdId, personId: m.id, fields, purpose: 'escalatie' as const, organisationId: k.organisationId }))
      : [{ action: 'delen' as const, resource: 'overdracht', resourceId: h.id, caseId: k.caseId, householdId: k.householdId, fields, purpose: 'escalatie' as const, organisationId: k.organisationId }]),
    { action: 'delen', resource: 'overdracht', resourceId: h.id, fields: [...fields, `van:${source}`], purpose: 'escalatie', organisationId: level.deciderOrganisationId },
  ]);
  return h.id;
}

export interface DecisionBody {
  outcome: Outcome;
  text: string;
  referToLevelId?: string;
  referToOrganisation?: string;
  decidedOn?: string;
  overbrugging?: { help: string; provisionalFunder: Funder; provisionalAmountCents: number; startedOn?: string; funderOrganisationId?: string };
  signal?: { kind: SignalKind; rule: string; proposal: string };
}

export interface DecisionResult {
  step: store.StepRow;
  knelpuntStatus: store.KnelpuntRow['status'];
  next: store.StepRow | null;
  overbrugging: store.OverbruggingRow | null;
  handoverId: string | null;
}

/**
 * A level's decision on an open step, by whom the level names. The knelpunt's status follows the
 * outcome; the knelpunt's author is told; a referral to a level opens the next step there (handed
 * over when that level is another organisation's); an overbrugging and a structural signal are
 * recorded with it. Logged for the knelpunt's organisation.
 */
export async function recordDecision(tx: Queryable, a: Actor, stepId: string, body: DecisionBody, today: string): Promise<DecisionResult> {
  const decidedOn = notFuture('decidedOn', body.decidedOn, today);
  fail(overbruggingProblem(body.outcome, !!body.overbrugging));
  const startedOn = body.overbrugging ? notFuture('overbrugging.startedOn', body.overbrugging.startedOn ?? decidedOn, today) : null;

  const step = await store.getStep(tx, stepId, true);
  const level = step && (await store.getLevel(tx, step.levelId));
  if (!step || !level || !seesStep(a, step, level)) throw notFound('Escalatiestap');
  enforce(mayDecide(a, level));
  if (step.status !== 'open') throw conflict('Op deze stap is al beslist of het knelpunt is intussen verder geëscaleerd.', 'stap_niet_open');
  const k = await loadKnelpunt(tx, step.organisationId, step.knelpuntId, true);
  if (decidedOn < step.escalatedOn) throw invalid('decidedOn', 'ligt voor de datum waarop het knelpunt op deze trede kwam');
  fail(referralProblem(body.outcome, body.referToLevelId, body.referToOrganisation));
  let referLevel: store.LevelRow | null = null;
  if (body.outcome === 'doorverwezen' && body.referToLevelId) {
    referLevel = await store.getLevel(tx, body.referToLevelId);
    fail(referLevelProblem(referLevel, k.organisationId, level.id));
  }

  await store.recordDecision(tx, a, step.id, { outcome: body.outcome, text: body.text, referToLevelId: body.referToLevelId, referToOrganisation: body.referToOrganisation, decidedOn });
  await store.markHandoversDecided(tx, step.id);
  const to = statusAfter(body.outcome, !!referLevel);
  await store.setStatus(tx, k.id, to);
  const where = referLevel ? ` naar ${referLevel.name}` : body.referToOrganisation ? ` naar ${body.referToOrganisation}` : '';
  await store.addKnelpuntEvent(tx, a, k, `besluit_${body.outcome}`, `${level.name}: ${body.outcome}${where} — ${body.text}`, k.status, to);
  const author = await store.knelpuntCreator(tx, k.id);
  if (author) await store.insertNotification(tx, { organisationId: k.organisationId, userId: author, kind: 'besluit', title: `Besluit van ${level.name}: ${body.outcome}`, body: body.text, knelpuntId: k.id });
  const next = referLevel ? await openStep(tx, a, await loadKnelpunt(tx, k.organisationId, k.id), referLevel, `doorverwezen door ${level.name}: ${body.text}`, decidedOn) : null;
  const decided = (await store.getStep(tx, step.id))!;
  const kNow = await loadKnelpunt(tx, k.organisationId, k.id);

  let overbrugging: store.OverbruggingRow | null = null;
  if (body.overbrugging) {
    const funderOrganisationId = body.overbrugging.funderOrganisationId ?? kNow.organisationId;
    if (!(await store.organisationExists(tx, funderOrganisationId))) throw invalid('overbrugging.funderOrganisationId', 'is geen bekende organisatie');
    const acceptance = acceptanceFor(funderOrganisationId, a.organisationId);
    overbrugging = await store.insertOverbrugging(tx, a, kNow, decided.id, { help: body.overbrugging.help, provisionalFunder: body.overbrugging.provisionalFunder, provisionalAmountCents: body.overbrugging.provisionalAmountCents, startedOn: startedOn!, funderOrganisationId, acceptance });
    if (acceptance === 'gevraagd') await askFunder(tx, overbrugging);
  }
  if (body.signal) {
    await store.insertSignal(tx, a, kNow, decided.id, body.signal, decidedOn);
    await store.addKnelpuntEvent(tx, a, kNow, 'signaal', `${SIGNAL_KIND_LABELS[body.signal.kind]}: ${body.signal.rule}`);
  }
  const handoverId = next ? await handOver(tx, a, kNow, next.step, next.level) : null;
  const own = kNow.organisationId === a.organisationId;
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: kNow.id, caseId: own ? kNow.caseId : null, householdId: own ? kNow.householdId : null, fields: ['besluit', ...(body.overbrugging ? ['overbrugging'] : []), ...(body.signal ? ['signaal'] : [])], purpose: 'escalatie', organisationId: kNow.organisationId });
  return { step: decided, knelpuntStatus: kNow.status, next: next?.step ?? null, overbrugging, handoverId };
}

/** Ask the provisional funder's budget holders and doorbraaktafel to accept an overbrugging decided by another organisation. */
async function askFunder(tx: Queryable, o: store.OverbruggingRow): Promise<void> {
  const users = new Set([...(await store.usersWithRole(tx, o.funderOrganisationId, 'budgethouder', null)), ...(await store.usersWithRole(tx, o.funderOrganisationId, 'doorbraaktafel', null))]);
  for (const userId of users) {
    await store.insertNotification(tx, {
      organisationId: o.funderOrganisationId, userId, kind: 'overbrugging', knelpuntId: null,
      title: `Overbrugging: ${o.decidedByOrganisationName} vraagt u voorlopig te financieren`,
      body: `${o.help} — ${formatEuro(o.provisionalAmountCents)} voorlopig. Accepteer of weiger onder Overbruggingen.`,
    });
  }
}

/** Load an overbrugging the actor's organisation is involved in (404 otherwise), locked. */
async function involvedOverbrugging(tx: Queryable, a: Actor, id: string): Promise<store.OverbruggingRow> {
  const o = await store.getOverbrugging(tx, id, true);
  if (!o || !seesOverbrugging(a, o)) throw notFound('Overbrugging');
  return o;
}

/** Settle an overbrugging (If-Match, atomic): the final shares as ledger entry 1, and the claims between funders that follow. */
export async function settle(tx: Queryable, actor: Actor, id: string, version: number, s: { settledOn: string; shares: Share[]; note: string }): Promise<store.OverbruggingRow> {
  const o = await involvedOverbrugging(tx, actor, id);
  enforce(maySettleThis(actor, o));
  if (o.version !== version) throw preconditionFailed();
  if (o.status !== 'open') throw conflict('Deze overbrugging is al afgerekend; corrigeer de afrekening met een tegenboeking.', 'al_afgerekend');
  const blocked = settlementBlockedReason(o.acceptance);
  if (blocked) throw conflict(`Afrekenen kan nog niet: ${blocked}.`, 'financier_niet_akkoord');
  if (s.settledOn < o.startedOn) throw invalid('settledOn', 'ligt voor de start van de overbrugging');
  const totalCents = s.shares.reduce((t, x) => t + x.amountCents, 0);
  if (!(await store.markSettled(tx, id, version, { settledOn: s.settledOn, totalCents, note: s.note }))) throw preconditionFailed();
  await store.addLedgerLines(tx, actor, o.organisationId, id, s.shares.map((x) => ({ entryNo: 1, kind: 'afrekening', ...x })), s.settledOn, s.note);
  await store.insertClaims(tx, o.organisationId, id, settlementClaims(o.provisionalFunder, s.shares));
  const k = await loadKnelpunt(tx, o.organisationId, o.knelpuntId);
  await store.addKnelpuntEvent(tx, actor, k, 'overbrugging_afgerekend', sharesLine(s.shares, FUNDER_LABELS));
  return (await store.getOverbrugging(tx, id))!;
}

/**
 * Correct a settlement (If-Match, atomic) without touching what was booked: a reversing entry of the
 * current shares and an entry with the corrected shares, both with the reason; the claims change by
 * new claims for the difference.
 */
export async function correctSettlement(tx: Queryable, a: Actor, id: string, body: { correctedOn?: string; shares: Share[]; reason: string }, opts: { version: number; today: string }): Promise<store.OverbruggingRow> {
  enforce(maySettle(a));
  fail(sharesProblem(body.shares));
  const on = notFuture('correctedOn', body.correctedOn, opts.today);
  const o = await involvedOverbrugging(tx, a, id);
  enforce(maySettleThis(a, o));
  if (o.version !== opts.version) throw preconditionFailed();
  if (o.status !== 'afgerekend') throw conflict('Deze overbrugging is nog niet afgerekend; reken eerst af.', 'niet_afgerekend');
  if (on < (o.settledOn ?? o.startedOn)) throw invalid('correctedOn', 'ligt voor de afrekening');
  const nextEntry = Math.max(0, ...o.ledger.map((l) => l.entryNo)) + 1;
  const totalCents = body.shares.reduce((t, x) => t + x.amountCents, 0);
  if (!(await store.markSettled(tx, id, opts.version, { settledOn: o.settledOn!, totalCents, note: o.settlementNote ?? '' }))) throw preconditionFailed();
  await store.addLedgerLines(tx, a, o.organisationId, id, correctionEntries(o.shares, body.shares, nextEntry), on, body.reason);
  await store.insertClaims(tx, o.organisationId, id, correctionClaims(o.provisionalFunder, o.claims, body.shares));
  const k = await loadKnelpunt(tx, o.organisationId, o.knelpuntId);
  await store.addKnelpuntEvent(tx, a, k, 'overbrugging_gecorrigeerd', `was ${sharesLine(o.shares, FUNDER_LABELS)}; wordt ${sharesLine(body.shares, FUNDER_LABELS)} — ${body.reason}`);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'overbrugging', resourceId: id, fields: ['shares', 'claims', 'correctie'], purpose: settlementPurpose(a), organisationId: a.organisationId });
  return (await store.getOverbrugging(tx, id))!;
}

/** The provisional funder accepts or refuses an overbrugging another organisation decided (once). */
export async function answerOverbrugging(tx: Queryable, a: Actor, id: string, body: { accepted: boolean; note?: string; on?: string }, today: string): Promise<store.OverbruggingRow> {
  const on = notFuture('on', body.on, today);
  const o = await involvedOverbrugging(tx, a, id);
  enforce(mayAcceptOverbrugging(a, o));
  if (o.acceptance !== 'gevraagd') throw conflict(o.acceptance === 'niet_nodig' ? 'Deze overbrugging hoeft niet te worden geaccepteerd: de beslisser financiert zelf.' : 'Op deze vraag is al geantwoord.', 'al_beantwoord');
  if (!body.accepted && !(body.note && body.note.trim().length >= 3)) throw invalid('note', 'geef een reden om te weigeren');
  if (on < o.startedOn) throw invalid('on', 'ligt voor de start van de overbrugging');
  await store.recordAcceptance(tx, a, id, { acceptance: body.accepted ? 'geaccepteerd' : 'geweigerd', note: body.note ?? '', on });
  const k = await loadKnelpunt(tx, o.organisationId, o.knelpuntId);
  await store.addKnelpuntEvent(tx, a, k, body.accepted ? 'overbrugging_geaccepteerd' : 'overbrugging_geweigerd', `${o.funderOrganisationName}: ${formatEuro(o.provisionalAmountCents)} voorlopig${body.note ? ` — ${body.note}` : ''}`);
  for (const userId of await store.usersWithRole(tx, o.decidedByOrganisationId, 'doorbraaktafel', null)) {
    await store.insertNotification(tx, { organisationId: o.decidedByOrganisationId, userId, kind: 'overbrugging', knelpuntId: null, title: `${o.funderOrganisationName} ${body.accepted ? 'accepteert' : 'weigert'} de overbrugging`, body: `${o.help}${body.note ? ` — ${body.note}` : ''}` });
  }
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'overbrugging', resourceId: id, fields: ['acceptatie'], purpose: settlementPurpose(a), organisationId: a.organisationId });
  return (await store.getOverbrugging(tx, id))!;
}

// ---- use cases -----------------------------------------------------------------------------------------

/** Record a knelpunt on an open case of the actor's team. */
export async function createKnelpunt(tx: Queryable, a: Actor, caseId: string, body: store.KnelpuntInput & { createdOn?: string; backdateReason?: string }, today: string): Promise<store.KnelpuntRow> {
  enforce(mayRecordKnelpunt(a));
  const { createdOn, backdateReason, ...input } = body;
  fail(backdateProblem('createdOn', createdOn, today, backdateReason));
  const on = createdOn ?? today;
  const cs = await getCaseForActor(tx, a, caseId, { forUpdate: true });
  if (cs.status === 'gesloten') throw unprocessable('Deze casus is gesloten; heropen hem om een knelpunt vast te leggen.', 'casus_gesloten');
  const k = await addKnelpunt(tx, a, cs, input, on, on < today ? backdateReason!.trim() : null);
  await logProcessing(tx, a, { action: 'aanmaken', resource: 'knelpunt', resourceId: k.id, caseId: cs.id, householdId: cs.householdId, fields: [...Object.keys(input), ...(on < today ? ['teruggedateerd'] : [])], purpose: 'hulpverlening' });
  return k;
}

/** Change a knelpunt's content (If-Match); every change is in its history. */
export async function editKnelpunt(tx: Queryable, a: Actor, id: string, version: number, patch: Partial<store.KnelpuntInput>): Promise<store.KnelpuntRow> {
  enforce(mayRecordKnelpunt(a));
  const { k: cur } = await knelpuntForActor(tx, a, id, { forUpdate: true, write: true });
  if (cur.version !== version) throw preconditionFailed();
  if (isClosed(cur.status)) throw conflict('Dit knelpunt is afgesloten en kan niet meer worden gewijzigd.', 'knelpunt_gesloten');
  const changed = await store.updateKnelpunt(tx, cur.id, patch);
  if (changed.length) await store.addKnelpuntEvent(tx, a, cur, 'gewijzigd', changed.join(', '));
  const k = await loadKnelpunt(tx, cur.organisationId, cur.id);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: Object.keys(patch), purpose: 'hulpverlening' });
  return k;
}

/** Record the resident's consent to share name and birth year in a hand-over (AVG art. 6 lid 1 sub a). */
export async function recordConsent(tx: Queryable, a: Actor, id: string, body: { given: boolean; recordedOn?: string }, today: string): Promise<store.KnelpuntRow> {
  enforce(mayRecordKnelpunt(a));
  const on = notFuture('recordedOn', body.recordedOn, today);
  const { k: cur } = await knelpuntForActor(tx, a, id, { forUpdate: true, write: true });
  const k = await setConsent(tx, a, cur, body.given, on);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: ['consentToShare'], purpose: 'hulpverlening' });
  return k;
}

/** Withdraw a knelpunt with a reason: open steps and hand-overs lapse. */
export async function withdrawKnelpunt(tx: Queryable, a: Actor, id: string, reason: string): Promise<store.KnelpuntRow> {
  enforce(mayRecordKnelpunt(a));
  const { k: cur } = await knelpuntForActor(tx, a, id, { forUpdate: true, write: true });
  if (isClosed(cur.status)) throw conflict('Dit knelpunt is al afgesloten.', 'knelpunt_gesloten');
  await store.voidOpenSteps(tx, cur.id);
  await store.voidOpenHandovers(tx, cur.id);
  await store.setStatus(tx, cur.id, 'ingetrokken');
  await store.addKnelpuntEvent(tx, a, cur, 'ingetrokken', reason, cur.status, 'ingetrokken');
  const k = await loadKnelpunt(tx, cur.organisationId, cur.id);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: ['status'], purpose: 'hulpverlening' });
  return k;
}

/** Escalate a legitimised knelpunt one level up, or to a chosen level with a reason; another organisation's level gets a hand-over. */
export interface EscalateBody { levelId?: string; reason?: string; on?: string; backdateReason?: string; handoverEdits?: HandoverEdits }

/** Escalate a legitimised knelpunt one level up, or to a chosen level with a reason; another organisation's level gets a hand-over (with the sender's edits, minimised again). */
export async function escalateKnelpunt(tx: Queryable, a: Actor, id: string, body: EscalateBody, today: string): Promise<{ step: store.StepRow; handoverId: string | null }> {
  enforce(mayRecordKnelpunt(a));
  fail(backdateProblem('on', body.on, today, body.backdateReason));
  const on = body.on ?? today;
  const { k } = await knelpuntForActor(tx, a, id, { forUpdate: true, write: true });
  const missing = missingLegitimation(k);
  if (missing.length) throw unprocessable(`Vul eerst de Omgekeerde Toets in (${missing.join(', ')}): wat is het doel van de regel, waarom werkt toepassen hier tegen dat doel, wat is proportioneel?`, 'legitimatie_ontbreekt', { missing });
  const { step, level } = await escalate(tx, a, k, { levelId: body.levelId, reason: body.reason, on, backdateReason: on < today ? body.backdateReason!.trim() : null });
  const handoverId = await handOver(tx, a, await loadKnelpunt(tx, k.organisationId, k.id), step, level, body.handoverEdits);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: ['escalatie', ...(on < today ? ['teruggedateerd'] : [])], purpose: 'hulpverlening' });
  return { step, handoverId };
}

/**
 * Before escalating: the level it goes to, the deadline, and — for another organisation's level —
 * exactly what that organisation will receive, with each removal marked and the sender's edits
 * applied and checked again. Writes nothing but the processing log.
 */
export async function previewEscalation(tx: Queryable, a: Actor, id: string, body: EscalateBody, today: string) {
  enforce(mayRecordKnelpunt(a));
  fail(backdateProblem('on', body.on, today, body.backdateReason));
  const on = body.on ?? today;
  const { k } = await knelpuntForActor(tx, a, id);
  const blocked = escalationBlockedReason(k.status);
  if (blocked) throw conflict(`Escaleren kan niet: ${blocked}.`, 'escalatie_niet_mogelijk');
  if (on < k.createdOn) throw invalid('on', 'ligt voor de datum waarop het knelpunt is vastgelegd');
  const missing = missingLegitimation(k);
  const { level } = await targetLevel(tx, k, body.levelId, body.reason);
  const deadline = addWorkingDays(on, level.deadlineWorkingDays, await store.getCalendar(tx, k.organisationId));
  let handover = null;
  if (level.deciderOrganisationId) {
    const { household, summary, full } = await handoverDraft(tx, k, { id: 'voorbeeld', reason: body.reason ?? '', escalatedOn: on }, body.handoverEdits);
    const p = handoverPreview(full, household.members, summary.withIdentifiers);
    handover = { receivingOrganisation: level.deciderOrganisationName ?? '', withIdentifiers: summary.withIdentifiers, content: p.content as Record<string, unknown>, fields: p.fields, removals: p.removals.map(({ path, kind, original, replacement }) => ({ path, kind, original, replacement })) };
  }
  await logProcessing(tx, a, { action: 'lezen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: ['overdracht:voorbeeld'], purpose: 'hulpverlening' });
  return { level: { id: level.id, name: level.name, deadlineWorkingDays: level.deadlineWorkingDays, deciderOrganisationName: level.deciderOrganisationName }, on, deadline, missingLegitimation: missing, handover };
}

/** Link a Maatwerkregister contact to a knelpunt; returns the knelpunt's contacts. */
export async function linkKnelpuntContact(tx: Queryable, a: Actor, id: string, body: { contactId: string; note?: string }): Promise<Array<store.ContactRow & { note: string }>> {
  const { k, access } = await knelpuntForActor(tx, a, id, { forUpdate: true, write: linkingIsWrite(a) });
  await linkContact(tx, a, k, body.contactId, body.note ?? '');
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'knelpunt', resourceId: k.id, caseId: k.caseId, householdId: k.householdId, fields: ['contacts'], purpose: knelpuntPurpose(access) });
  return store.contactsOfKnelpunt(tx, k.id);
}

/**
 * Configure the organisation's ladder (administrator). With `version` (the If-Match the screen
 * sends, issue 16) the ladder must still be the one the admin read; without it, as before, the
 * last writer wins (ADR 0023).
 */
export async function configureLadder(tx: Queryable, a: Actor, body: { levels: store.LevelInput[]; bevrijdingsdagIsHoliday: boolean }, today: string, version: number | null = null): Promise<Ladder> {
  enforce(mayConfigureLadder(a));
  fail(ladderProblem(body.levels));
  const current = await store.lockSettings(tx, a.organisationId);
  if (version !== null && version !== current) throw preconditionFailed();
  const calendar = { bevrijdingsdagIsHoliday: body.bevrijdingsdagIsHoliday };
  await setLadder(tx, a.organisationId, body.levels, calendar);
  return ladderAfterChange(tx, a.organisationId, today);
}

/** The refusal for a non-admin, for the route to give before it asks for If-Match. */
export const enforceConfigureLadder = (a: Actor): void => enforce(mayConfigureLadder(a));

/** Set the organisation's calendar (administrator, If-Match required): Bevrijdingsdag and the own non-working days. */
export async function configureCalendar(tx: Queryable, a: Actor, body: { bevrijdingsdagIsHoliday: boolean; nonWorkingDays: Array<{ date: string; name: string }> }, today: string, version: number): Promise<Ladder> {
  enforce(mayConfigureLadder(a));
  const days = [...body.nonWorkingDays].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  fail(nonWorkingDaysProblem(body.nonWorkingDays, { bevrijdingsdagIsHoliday: body.bevrijdingsdagIsHoliday }));
  const current = await store.lockSettings(tx, a.organisationId);
  if (version !== current) throw preconditionFailed();
  await store.replaceCalendar(tx, a.organisationId, body.bevrijdingsdagIsHoliday, days);
  return ladderAfterChange(tx, a.organisationId, today);
}

/** Decide on a step of the own ladder (or one handed to the actor's organisation). */
export const decideOnStep = recordDecision;

/** The receiving organisation's decision on a hand-over. */
export async function decideOnHandover(tx: Queryable, a: Actor, handoverId: string, body: DecisionBody, today: string): Promise<DecisionResult> {
  const h = await store.getHandover(tx, handoverId);
  if (!h || h.organisationId !== a.organisationId) throw notFound('Overdracht');
  enforce(mayHandleHandovers(a));
  if (h.status !== 'open') throw unprocessable('Op deze overdracht is al beslist of hij is vervallen.', 'overdracht_niet_open');
  const res = await recordDecision(tx, a, h.stepId, body, today);
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'overdracht', resourceId: h.id, fields: ['besluit'], purpose: 'escalatie' });
  return res;
}

/** Settle an overbrugging (If-Match required): who pays what; claims between funders follow. */
export async function settleOverbrugging(tx: Queryable, a: Actor, id: string, body: { settledOn?: string; shares: Share[]; note?: string }, opts: { version: number; today: string }): Promise<store.OverbruggingRow> {
  enforce(maySettle(a));
  fail(sharesProblem(body.shares));
  const settledOn = notFuture('settledOn', body.settledOn, opts.today);
  const o = await settle(tx, a, id, opts.version, { settledOn, shares: body.shares, note: body.note ?? '' });
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'overbrugging', resourceId: o.id, fields: ['shares', 'claims'], purpose: settlementPurpose(a), organisationId: a.organisationId });
  return o;
}

/** Close a claim between funders (paid or set off). */
export async function closeClaim(tx: Queryable, a: Actor, id: string, body: { closedOn?: string }, today: string): Promise<store.ClaimRow> {
  enforce(maySettle(a));
  const closedOn = notFuture('closedOn', body.closedOn, today);
  const c = await store.lockClaim(tx, a.organisationId, id);
  if (!c) throw notFound('Vordering');
  if (c.status === 'gesloten') throw conflict('Deze vordering is al gesloten.', 'al_gesloten');
  return store.closeClaim(tx, c.id, closedOn);
}

/** Add a contact to the Maatwerkregister (administrator). */
export async function createContact(tx: Queryable, a: Actor, body: store.ContactInput): Promise<store.ContactRow> {
  enforce(mayMaintainRegister(a));
  fail(contactProblem(body));
  return store.insertContact(tx, a.organisationId, body);
}

/** Change or deactivate a register entry of the own organisation (If-Match). */
export async function editContact(tx: Queryable, a: Actor, id: string, version: number, patch: Partial<store.ContactInput> & { active?: boolean }): Promise<store.ContactRow> {
  enforce(mayMaintainRegister(a));
  const cur = await store.getContact(tx, id, true);
  if (!cur) throw notFound('Contactpersoon');
  enforce(mayEditContact(a, cur));
  if (cur.version !== version) throw preconditionFailed();
  return store.updateContact(tx, id, { ...cur, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
}

/** Mark one of the actor's notifications as read. */
export async function markNotificationRead(tx: Queryable, a: Actor, id: string): Promise<store.NotificationRow> {
  const n = await store.markRead(tx, a.userId, id);
  if (!n) throw notFound('Melding');
  return n;
}

/**
 * An in-app notification for one user, for other rooms (enforcement: pauses, questions, a stopped
 * benefit; learning: a signal on a case; budget: a spend decided; partners: an invitation, an
 * assigned action, a message). It may point at a case or at a
 * partner's invitation (migration 810), so the melding links to it.
 */
export async function notifyUser(tx: Queryable, n: { organisationId: string; userId: string; kind: string; title: string; body: string; caseId?: string | null; invitationId?: string | null }): Promise<void> {
  await store.insertNotification(tx, { ...n, knelpuntId: null });
}
