// SPDX-License-Identifier: EUPL-1.2
/**
 * The budget room's use cases (ADR 11), each inside the caller's transaction: authorise through
 * policy.ts, lock and load through the store, decide with model.ts, write through the store, keep
 * the spend's history and log the processing. A spend that waits for approval shows up in the budget
 * holder's queue (`pendingApprovals`); whoever registered it gets a melding when it is decided.
 *
 * Money rule: every change to what a pot has committed locks the pot row first (`store.lockPot`);
 * other spends on that pot wait until this transaction ends, so the sums are exact when written.
 */
import { randomInt } from 'node:crypto';
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';
import { conflict, forbidden, invalid, notFound, preconditionFailed, preconditionRequired, Problem } from '../platform/errors';
import { formatEuro, type Cents } from '../platform/money';
import { logProcessing, type LogEntry } from '../platform/processing-log';
import * as cases from '../cases/queries';
import { notifyUser } from '../escalation/commands';
import { todayInAmsterdam } from '../platform/today';
import {
  checkMandateCategories, checkMandateLimits, checkMandateShape, checkCoFunderChange, checkPendingDecision, checkPeriod, budgetHolderCorrectionRefusal, decisionMelding, checkPotChange, checkSpendFits, checkSpendOpen, checkSplitRule,
  checkCoDecidingPot, decideSpend, drawSample as drawSampleIds, insufficient, jointOutcome, samplePeriod, spendSnapshot, type Funder,
  type MandateInput, type MandatePatch, type MandateRow, type PotInput, type PotPatch, type PotRow, type SampleItemRow, type SpendCorrection, type SpendInput, type SpendRow, type SpendStatus, type Verdict,
} from './model';
import { assertApprover, assertFourEyes, assertManager, assertManagesPot, assertPotAccess, assertReviewer, assertSpender, jointFundRole, spendWriter } from './policy';
import { loadMandate, loadPot, loadSample, loadSpend, jointFund, mandateFor, potForActor, sampleForActor, sampleView, settlement, type SampleView } from './queries';
import * as store from './store';

/** A write that needs If-Match: without it 428, after the actor is known to be allowed. */
function requireVersion(version: number | null): number {
  if (version === null) throw preconditionRequired();
  return version;
}

// ---- pots ------------------------------------------------------------------------------------------------

/** Set up a pot for the organisation or one of its teams, optionally with a second funder and its split rule. */
export async function createPot(tx: Queryable, a: Actor, p: PotInput): Promise<PotRow> {
  assertManager(a);
  checkPeriod(p.periodStart, p.periodEnd);
  checkSplitRule(p.coFunder?.splitRule, p.categories);
  if (p.teamId && !(await store.teamInOrganisation(tx, p.teamId, a.organisationId))) throw invalid('teamId', 'is geen team van uw organisatie');
  if (p.coFunder?.organisationId) {
    if (p.coFunder.organisationId === a.organisationId) throw invalid('coFunder.organisationId', 'de tweede financier is een andere organisatie dan de eigenaar van de pot');
    if (!(await store.organisationExists(tx, p.coFunder.organisationId))) throw invalid('coFunder.organisationId', 'is geen bekende organisatie');
  }
  if (p.coDecidesAboveMandate && !p.coFunder?.organisationId) throw invalid('coDecidesAboveMandate', 'kan alleen met een tweede financier die een organisatie in het systeem is (coFunder.organisationId)');
  return loadPot(tx, await store.insertPot(tx, a.organisationId, a.userId, p));
}

/** Change a pot (If-Match): never below what is committed, never dropping a category with running spends. */
export async function updatePot(tx: Queryable, a: Actor, id: string, version: number | null, patch: PotPatch): Promise<PotRow> {
  assertManager(a);
  const v = requireVersion(version);
  assertManagesPot(a, await loadPot(tx, id));
  const cur = await loadPot(tx, id, { forUpdate: true });
  if (cur.version !== v) throw preconditionFailed();
  const n: PotRow = { ...cur, ...Object.fromEntries(Object.entries(patch).filter(([, x]) => x !== undefined)) };
  checkCoFunderChange(cur, patch, n.categories, n.splitRule);
  const t = patch.amountCents !== undefined && !n.allowNegative ? await store.potTotals(tx, id) : null;
  checkPotChange(n, patch, ((t?.granted ?? 0) + (t?.pending ?? 0)) as Cents, patch.categories ? await store.committedCategories(tx, id) : []);
  await store.updatePot(tx, id, n);
  return loadPot(tx, id);
}

// ---- mandates ----------------------------------------------------------------------------------------------

/** A mandate for a role or (taking precedence) one employee: maximum per spend, per case per period, categories. */
export async function createMandate(tx: Queryable, a: Actor, potId: string, m: MandateInput): Promise<MandateRow> {
  assertManager(a);
  checkMandateShape(m);
  const pot = await loadPot(tx, potId);
  assertManagesPot(a, pot);
  checkMandateCategories(m.categories, pot);
  if (m.userId && !(await store.userInOrganisation(tx, m.userId, pot.organisationId))) throw invalid('userId', 'is geen medewerker van uw organisatie');
  if (await store.activeMandateExists(tx, pot.id, m.role ?? null, m.userId ?? null)) {
    throw conflict(m.role ? `Er is al een mandaat voor de rol ${m.role} op dit budget; wijzig dat mandaat.` : 'Er is al een mandaat voor deze medewerker op dit budget; wijzig dat mandaat.', 'mandaat_bestaat');
  }
  return loadMandate(tx, pot.organisationId, await store.insertMandate(tx, pot, a.userId, m));
}

export async function updateMandate(tx: Queryable, a: Actor, id: string, version: number | null, patch: MandatePatch): Promise<MandateRow> {
  assertManager(a);
  const v = requireVersion(version);
  const seen = await loadMandate(tx, a.organisationId, id);
  checkMandateCategories(patch.categories, await loadPot(tx, seen.potId));
  checkMandateLimits(patch.maxPerSpendCents ?? seen.maxPerSpend, patch.maxPerCaseCents ?? seen.maxPerCase);
  const cur = await loadMandate(tx, a.organisationId, id, { forUpdate: true });
  if (cur.version !== v) throw preconditionFailed();
  if (!cur.active) throw conflict('Dit mandaat is beëindigd en kan niet meer worden gewijzigd.', 'mandaat_beeindigd');
  await store.updateMandate(tx, id, { maxPerSpend: patch.maxPerSpendCents ?? cur.maxPerSpend, maxPerCase: patch.maxPerCaseCents ?? cur.maxPerCase, categories: patch.categories ?? cur.categories });
  return loadMandate(tx, a.organisationId, id);
}

/** End a mandate; the row stays, so it remains visible which mandate a past spend fell under. */
export async function endMandate(tx: Queryable, a: Actor, id: string): Promise<MandateRow> {
  assertManager(a);
  const cur = await loadMandate(tx, a.organisationId, id, { forUpdate: true });
  if (!cur.active) throw conflict('Dit mandaat is al beëindigd.', 'mandaat_beeindigd');
  await store.endMandate(tx, id);
  return loadMandate(tx, a.organisationId, id);
}

// ---- spends ----------------------------------------------------------------------------------------------------

/** The case a spend is written on: one the actor works on, and still open. */
async function caseForSpendWrite(tx: Queryable, a: Actor, caseId: string) {
  assertSpender(a);
  const cs = await cases.getCaseForActor(tx, a, caseId);
  if (cs.status === 'gesloten') throw conflict('Deze casus is gesloten. Heropen de casus om uitgaven te registreren of te wijzigen.', 'casus_gesloten');
  return cs;
}

/** Lock a pot of the organisation and load it with its running committed total. */
async function lockPotOf(tx: Queryable, potId: string, organisationId: string): Promise<PotRow & { committedCents: number }> {
  const locked = await store.lockPot(tx, potId, organisationId);
  if (!locked) throw invalid('potId', 'is geen budget van uw organisatie');
  return { ...(await loadPot(tx, potId)), committedCents: locked.committedCents };
}

async function checkGoal(tx: Queryable, caseId: string, goalId: string | null | undefined): Promise<void> {
  if (goalId && !(await cases.planOf(tx, caseId)).goals.some((g) => g.id === goalId)) throw invalid('goalId', 'is geen doel uit het plan van deze casus');
}

const spendLog = (spend: SpendRow, fields: string[], purpose: 'hulpverlening' | 'verantwoording', action: 'aanmaken' | 'wijzigen' = 'wijzigen') =>
  ({ action, resource: 'budgetuitgave', resourceId: spend.id, caseId: spend.caseId, householdId: spend.householdId, fields, purpose }) as const;

/**
 * Register a spend on a case. The pot decides first (what it cannot hold is refused with 422), then
 * the mandate: within it the spend is granted at once, above it it waits for a budget holder.
 */
export async function recordSpend(tx: Queryable, a: Actor, caseId: string, s: SpendInput): Promise<SpendRow> {
  const cs = await caseForSpendWrite(tx, a, caseId);
  const pot = await lockPotOf(tx, s.potId, cs.organisationId);
  checkSpendFits(pot, cs.teamId, s);
  await checkGoal(tx, cs.id, s.goalId);
  const decision = decideSpend({
    amount: s.amountCents as Cents,
    category: s.category,
    caseCommitted: (await store.committedOnCase(tx, pot.id, cs.id, null)) as Cents,
    potRemaining: (pot.amountCents - pot.committedCents) as Cents,
    allowNegative: pot.allowNegative,
    mandate: await mandateFor(tx, pot.id, a),
  });
  if (decision.outcome === 'geweigerd') throw insufficient(decision.reason, decision.remaining);
  const id = await store.insertSpend(tx, {
    ...s, organisationId: cs.organisationId, potId: pot.id, caseId: cs.id, householdId: cs.householdId,
    status: decision.outcome, decisionReason: decision.reason, decidedAt: decision.outcome === 'toegekend' ? new Date().toISOString() : null, registeredBy: a.userId,
  });
  await store.addCommitted(tx, pot.id, s.amountCents);
  await store.insertSpendEvent(tx, { organisationId: cs.organisationId, spendId: id, kind: 'geregistreerd', statusAfter: decision.outcome, reason: decision.reason, after: spendSnapshot(s), userId: a.userId, userName: a.userName });
  const spend = await loadSpend(tx, cs.organisationId, id);
  await logProcessing(tx, a, spendLog(spend, Object.keys(s), 'hulpverlening', 'aanmaken'));
  return spend;
}

/**
 * Correct a spend (If-Match): the pot is locked as on registration, the new amount is checked
 * against what the pot and mandate allow without the old amount, and the change is kept as an event
 * with before and after. A correction that lowers the amount and keeps the category keeps the status
 * (it never needs a new approval); any other correction is decided again under the corrector's mandate.
 */
export async function correctSpend(tx: Queryable, a: Actor, id: string, version: number | null, patch: SpendCorrection, reason: string): Promise<SpendRow> {
  const seen = await loadSpend(tx, a.organisationId, id);
  const { writer, teamId, pot } = await openSpendWrite(tx, a, seen);
  const v = requireVersion(version);
  const cur = await loadSpend(tx, seen.organisationId, id, { forUpdate: true });
  if (cur.version !== v) throw preconditionFailed();
  checkSpendOpen(cur.status, 'gecorrigeerd');
  const before = spendSnapshot(cur);
  const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, x]) => x !== undefined)) } as Required<SpendCorrection>;
  const changed = (Object.keys(next) as (keyof SpendCorrection)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]));
  if (!changed.length) throw invalid('body', 'de correctie verandert niets aan de uitgave');
  if (pot.status !== 'actief') throw conflict(`Het budget "${pot.name}" is gesloten; uitgaven kunnen alleen nog worden geannuleerd.`, 'budget_gesloten');
  if (writer === 'budgethouder') {
    const refusal = budgetHolderCorrectionRefusal(cur, next);
    if (refusal) throw forbidden(refusal);
  }
  checkSpendFits(pot, teamId, next);
  await checkGoal(tx, cur.caseId, next.goalId);
  const decision = decideSpend({
    amount: next.amountCents as Cents,
    category: next.category,
    caseCommitted: (await store.committedOnCase(tx, pot.id, cur.caseId, id)) as Cents,
    potRemaining: (pot.amountCents - (pot.committedCents - cur.amountCents)) as Cents,
    allowNegative: pot.allowNegative,
    mandate: await mandateFor(tx, pot.id, a),
  });
  if (decision.outcome === 'geweigerd') throw insufficient(decision.reason, decision.remaining);
  const keeps = next.amountCents <= cur.amountCents && next.category === cur.category;
  // In a fund where both funders decide, their decisions were about this amount and category: a change that would be decided again is refused.
  if (!keeps && pot.coDecidesAboveMandate && (await store.coDecisionsOf(tx, [cur.id])).length) {
    throw conflict('Over deze uitgave hebben de financiers van het fonds al beslist; een hoger bedrag of een andere categorie kan niet meer worden gecorrigeerd. Annuleer de uitgave en registreer een nieuwe.', 'medebeslissing_genomen');
  }
  const status: SpendStatus = keeps ? cur.status : decision.outcome;
  await store.updateSpendCorrection(tx, id, { ...next, status, decisionReason: keeps ? cur.decisionReason : decision.reason });
  await store.addCommitted(tx, pot.id, next.amountCents - cur.amountCents);
  await store.insertSpendEvent(tx, {
    organisationId: cur.organisationId, spendId: cur.id, kind: 'gecorrigeerd', statusAfter: status, reason,
    before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, next[k]])), userId: a.userId, userName: a.userName,
  });
  const spend = await loadSpend(tx, cur.organisationId, id);
  await logProcessing(tx, a, spendLog(spend, Object.keys(patch), writer === 'zaak' ? 'hulpverlening' : 'verantwoording'));
  return spend;
}

/**
 * Who writes a correction or cancellation (policy.spendWriter), checked and with the pot locked:
 * through the case (the professional's case access, an open case) or as the pot's budget holder
 * (full access to the pot; the case may be closed, the accounts are kept straight afterwards too).
 */
async function openSpendWrite(tx: Queryable, a: Actor, seen: SpendRow): Promise<{ writer: 'zaak' | 'budgethouder'; teamId: string; pot: PotRow & { committedCents: number } }> {
  const writer = spendWriter(a, await loadPot(tx, seen.potId), seen);
  if (writer === 'budgethouder') {
    const pot = await lockPotOf(tx, seen.potId, a.organisationId);
    assertPotAccess(a, pot, 'full');
    return { writer, teamId: seen.caseTeamId, pot };
  }
  const cs = await caseForSpendWrite(tx, a, seen.caseId);
  return { writer, teamId: cs.teamId, pot: await lockPotOf(tx, seen.potId, cs.organisationId) };
}

/** Cancel a spend with a reason; it stays visible with its history and no longer counts. */
export async function cancelSpend(tx: Queryable, a: Actor, id: string, version: number | null, reason: string): Promise<SpendRow> {
  const seen = await loadSpend(tx, a.organisationId, id);
  const { writer } = await openSpendWrite(tx, a, seen);
  const cur = await loadSpend(tx, seen.organisationId, id, { forUpdate: true });
  if (version !== null && cur.version !== version) throw preconditionFailed();
  checkSpendOpen(cur.status, 'geannuleerd');
  await store.setSpendCancelled(tx, id);
  await store.addCommitted(tx, cur.potId, -cur.amountCents);
  await store.insertSpendEvent(tx, { organisationId: cur.organisationId, spendId: cur.id, kind: 'geannuleerd', statusAfter: 'geannuleerd', reason, before: { status: cur.status }, after: { status: 'geannuleerd' }, userId: a.userId, userName: a.userName });
  const spend = await loadSpend(tx, cur.organisationId, id);
  await logProcessing(tx, a, spendLog(spend, ['status'], writer === 'zaak' ? 'hulpverlening' : 'verantwoording'));
  return spend;
}

/**
 * A budget holder approves or rejects a spend that waits for approval, never one they registered
 * (four eyes). This is also the hook for the escalation room: it may call this command when a
 * doorbraaktafel decides on a spend that was sent there (see docs/budget.md); the four-eyes rule and
 * the pot check hold either way.
 */
export async function decidePendingSpend(tx: Queryable, a: Actor, id: string, version: number | null, approve: boolean, reason: string): Promise<SpendRow> {
  assertApprover(a);
  const seen = await loadSpend(tx, a.organisationId, id);
  const pot = await lockPotOf(tx, seen.potId, a.organisationId);
  const cur = await loadSpend(tx, a.organisationId, id, { forUpdate: true });
  if (version !== null && cur.version !== version) throw preconditionFailed();
  assertFourEyes(a, cur);
  if (pot.coDecidesAboveMandate && pot.coFunderOrganisationId) return decideJointly(tx, a, 'eigenaar', pot, cur, approve, reason);
  checkPendingDecision(approve, cur, pot);
  const status: SpendStatus = approve ? 'toegekend' : 'afgewezen';
  const decisionReason = approve ? `Goedgekeurd door ${a.userName}${reason ? `: ${reason}` : '.'}` : `Afgewezen door ${a.userName}: ${reason}`;
  await store.setSpendDecision(tx, id, status, decisionReason, a.userId);
  if (!approve) await store.addCommitted(tx, pot.id, -cur.amountCents);
  await store.insertSpendEvent(tx, { organisationId: cur.organisationId, spendId: cur.id, kind: approve ? 'goedgekeurd' : 'afgewezen', statusAfter: status, reason, userId: a.userId, userName: a.userName });
  const spend = await loadSpend(tx, a.organisationId, id);
  await tellRegistrant(tx, spend, approve, a.userName, reason);
  await logProcessing(tx, a, spendLog(spend, ['status'], 'verantwoording'));
  return spend;
}

/** The melding to whoever registered the spend, with its case (the link leads to the case's budget). */
async function tellRegistrant(tx: Queryable, spend: SpendRow, approved: boolean, by: string, reason: string): Promise<void> {
  await notifyUser(tx, { organisationId: spend.organisationId, userId: spend.registeredBy, caseId: spend.caseId, ...decisionMelding(spend, approved, by, todayInAmsterdam(), reason) });
}

/**
 * One funder's decision on a spend above the mandate in a fund whose rules let the second funder
 * co-decide (ADR 0017): recorded per funder, once; a refusal by either refuses the spend, both
 * approvals grant it, otherwise it keeps waiting with a reason that says for whom. The pot is locked
 * by the caller. Logged in the pot owner's organisation (with the case) and, for the second funder,
 * in its own organisation by spend only.
 */
async function decideJointly(tx: Queryable, a: Actor, funder: Funder, pot: PotRow & { committedCents: number }, cur: SpendRow, approve: boolean, reason: string): Promise<SpendRow> {
  if (cur.status !== 'wacht_op_akkoord') throw conflict(`Deze uitgave wacht niet op akkoord (status: ${cur.status}).`, 'geen_akkoord_nodig');
  if (!(await store.insertCoDecision(tx, { spendId: cur.id, funder, organisationId: a.organisationId, approve, reason, userId: a.userId, userName: a.userName }))) {
    throw conflict(funder === 'eigenaar' ? 'De eigenaar van het fonds heeft al over deze uitgave beslist.' : 'De tweede financier heeft al over deze uitgave beslist.', 'al_beslist');
  }
  const decisions = (await store.coDecisionsOf(tx, [cur.id])).filter((d) => d.spendId === cur.id);
  const outcome = jointOutcome(decisions);
  const who = funder === 'eigenaar' ? pot.organisationName : pot.coFunderName ?? 'de tweede financier';
  const other = funder === 'eigenaar' ? pot.coFunderName ?? 'de tweede financier' : pot.organisationName;
  if (outcome === 'toegekend') checkPendingDecision(true, cur, pot);
  const text = approve ? `Goedgekeurd door ${a.userName} (${who})${reason ? `: ${reason}` : '.'}` : `Afgewezen door ${a.userName} (${who}): ${reason}`;
  if (outcome === 'wacht_op_akkoord') {
    await store.setSpendReason(tx, cur.id, `${text} Wacht op het akkoord van ${other}.`);
  } else {
    await store.setSpendDecision(tx, cur.id, outcome, outcome === 'toegekend' ? `Goedgekeurd door beide financiers. ${text}` : text, a.userId);
    if (outcome === 'afgewezen') await store.addCommitted(tx, pot.id, -cur.amountCents);
  }
  await store.insertSpendEvent(tx, { organisationId: cur.organisationId, spendId: cur.id, kind: approve ? 'goedgekeurd' : 'afgewezen', statusAfter: outcome, reason: `${who}: ${reason}`, userId: a.userId, userName: `${a.userName} (${who})` });
  const spend = await loadSpend(tx, cur.organisationId, cur.id);
  if (outcome !== 'wacht_op_akkoord') await tellRegistrant(tx, spend, outcome === 'toegekend', `${a.userName} (${who})`, reason);
  const entries: LogEntry[] = [{ ...spendLog(spend, ['status'], 'verantwoording'), organisationId: cur.organisationId }];
  if (funder === 'medefinancier') entries.push({ action: 'wijzigen', resource: 'fondsuitgave', resourceId: spend.id, fields: ['status'], purpose: 'verantwoording' });
  await logProcessing(tx, a, entries);
  return spend;
}

/** The second funder's budget holder decides on a waiting spend of a joint fund whose rules say it co-decides. */
export async function coDecideSpend(tx: Queryable, a: Actor, id: string, approve: boolean, reason: string): Promise<SpendRow> {
  const seen = await store.findSpendAnyOrganisation(tx, id);
  if (!seen) throw notFound('Uitgave');
  const potSeen = await loadPot(tx, seen.potId);
  if (jointFundRole(a, potSeen) !== 'medefinancier') throw forbidden('U beslist als eigenaar van het fonds via "Goedkeuren" of "Afwijzen"; dit is de beslissing van de tweede financier.');
  checkCoDecidingPot(potSeen);
  if (!approve && !reason.trim()) throw invalid('reason', 'geef een reden als u de uitgave afwijst');
  const pot = await lockPotOf(tx, potSeen.id, potSeen.organisationId);
  const cur = await loadSpend(tx, potSeen.organisationId, id, { forUpdate: true });
  return decideJointly(tx, a, 'medefinancier', pot, cur, approve, reason);
}

/**
 * A funder's budget holder confirms the settlement of a joint fund as it stands: the amounts it saw
 * must still be the current ones (otherwise 409, look again). The confirmation keeps those amounts,
 * so a later change of the spends shows that it no longer holds.
 */
export async function confirmSettlement(tx: Queryable, a: Actor, potId: string, seen: { ownerCents: number; coFunderCents: number }, today: string) {
  const pot = await loadPot(tx, potId);
  const funder = jointFundRole(a, pot);
  await store.lockPot(tx, pot.id, pot.organisationId);
  const s = await settlement(tx, a, pot.id);
  if (s.totals.ownerCents !== seen.ownerCents || s.totals.coFunderCents !== seen.coFunderCents) {
    throw conflict(`De afrekening is intussen gewijzigd: nu ${formatEuro(s.totals.ownerCents)} voor ${s.owner} en ${formatEuro(s.totals.coFunderCents)} voor ${s.coFunder}. Bekijk haar opnieuw voordat u bevestigt.`, 'afrekening_gewijzigd');
  }
  await store.insertConfirmation(tx, { potId: pot.id, funder, organisationId: a.organisationId, totalCents: s.totals.totalCents, ownerCents: s.totals.ownerCents, coFunderCents: s.totals.coFunderCents, userId: a.userId, userName: a.userName, confirmedOn: today });
  return jointFund(tx, a, pot.id, today);
}

// ---- sample review afterwards --------------------------------------------------------------------------------

/**
 * Draw a sample for the review afterwards: `size` granted spends (default 10) from a period of the
 * pot that no earlier sample of this pot contains, with a stored seed so anyone can redo the draw.
 */
export async function drawSample(tx: Queryable, a: Actor, potId: string, o: { size?: number; from?: string; to?: string; seed?: number }): Promise<SampleView> {
  assertReviewer(a, 'trekken');
  const pot = await potForActor(tx, a, potId, 'full');
  const { from, to } = samplePeriod(pot, o.from, o.to);
  const size = o.size ?? 10;
  const seed = o.seed ?? randomInt(0, 2 ** 32 - 1);
  await store.lockPotForDraw(tx, pot.id);
  const population = await store.samplePopulation(tx, pot.id, from, to);
  if (!population.length) throw new Problem(422, 'geen_uitgaven', 'Niet verwerkbaar', 'Er zijn in deze periode geen toegekende uitgaven die nog niet in een steekproef zaten.', [{ name: 'from', reason: 'geen toegekende, nog niet getrokken uitgaven in deze periode' }]);
  const chosen = drawSampleIds(population, size, seed);
  const id = await store.insertSample(tx, { organisationId: pot.organisationId, potId: pot.id, from, to, size, seed, population, chosen, drawnBy: a.userId });
  return sampleView(tx, a, await loadSample(tx, pot.organisationId, id));
}

/** Judge a drawn spend: passend or niet passend with a reason, never by the one who registered it. */
export async function judgeSampleItem(tx: Queryable, a: Actor, sampleId: string, spendId: string, version: number | null, verdict: Verdict, reason: string): Promise<SampleItemRow> {
  assertReviewer(a, 'beoordelen');
  const sample = await sampleForActor(tx, a, sampleId);
  const cur = await store.lockSampleItem(tx, sample.id, spendId);
  if (!cur) throw notFound('Uitgave in deze steekproef');
  if (version !== null && cur.version !== version) throw preconditionFailed();
  assertFourEyes(a, await loadSpend(tx, a.organisationId, spendId));
  await store.updateSampleItem(tx, sample.id, spendId, verdict, reason, a.userId);
  const item = (await store.sampleItems(tx, sample.id)).find((i) => i.spend.id === spendId)!;
  await logProcessing(tx, a, { action: 'wijzigen', resource: 'steekproefoordeel', resourceId: `${sample.id}/${spendId}`, caseId: item.spend.caseId, householdId: item.spend.householdId, fields: ['verdict', 'reason'], purpose: 'verantwoording' });
  return item;
}
