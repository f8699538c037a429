// SPDX-License-Identifier: EUPL-1.2
/**
 * Enforcement reads (ADR 11). A handhavingszaak holds the household's name and the number of its
 * children (needed to weigh consequences) and nothing of the care file. The regisseur's piece on a
 * case says only that a pause runs and until when, the questions to answer and a stopped benefit.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { getCaseForActor, getHousehold } from '../cases/queries';
import { catalogueFor } from '../businesscase/queries';
import { calculate, daysBetween, weighConsequences, type CalcInput, type CalcResult, type ConsequenceResult } from './model';
import * as policy from './policy';
import * as store from './store';

/** The calculator on its own (no personal data): for the handhaver trying figures before saving them. */
export function preview(a: Actor, input: Omit<CalcInput, 'calculationDate'>, today: string): CalcResult {
  policy.assertHandhaver(a);
  return calculate({ ...input, calculationDate: today });
}

async function householdFacts(tx: Queryable, organisationId: string, householdId: string): Promise<{ name: string; children: number }> {
  const h = await getHousehold(tx, organisationId, householdId);
  return { name: h.name, children: h.members.filter((m) => m.role === 'kind').length };
}

export interface ZaakListItem {
  id: string;
  title: string;
  status: store.ZaakRow['status'];
  householdName: string;
  officerName: string | null;
  openedOn: string;
  decision: store.ZaakRow['decision'];
  pauseUntil: string | null;
  pauseRequested: boolean;
}

export async function listZaken(tx: Queryable, a: Actor): Promise<{ items: ZaakListItem[] }> {
  policy.assertHandhaver(a);
  const rows = await store.listZaken(tx, a.organisationId);
  const items: ZaakListItem[] = [];
  for (const z of rows) {
    const pauses = await store.pausesOfZaak(tx, z.id);
    const running = pauses.find((p) => p.status === 'lopend');
    items.push({
      id: z.id, title: z.title, status: z.status, householdName: (await householdFacts(tx, a.organisationId, z.householdId)).name, officerName: z.officerName,
      openedOn: z.openedOn, decision: z.decision, pauseUntil: running?.until ?? null, pauseRequested: pauses.some((p) => p.status === 'aangevraagd'),
    });
  }
  if (rows.length) await logProcessing(tx, a, rows.map((z) => ({ action: 'lezen' as const, resource: 'handhavingszaak', resourceId: z.id, householdId: z.householdId, fields: ['title', 'householdName', 'status'], purpose: 'handhaving' as const })));
  return { items };
}

export interface ZaakView {
  zaak: store.ZaakRow;
  household: { name: string; children: number };
  calculation: CalcResult | null;
  consequences: ConsequenceResult | null;
  pauses: store.PauseRow[];
  questions: store.QuestionRow[];
  restartDays: number | null;
}

export async function zaak(tx: Queryable, a: Actor, id: string, today: string): Promise<ZaakView> {
  policy.assertHandhaver(a);
  const z = await store.getZaak(tx, a.organisationId, id);
  if (!z) throw notFound('handhavingszaak');
  policy.assertMayWorkOnZaak(a, z);
  const household = await householdFacts(tx, a.organisationId, z.householdId);
  const calculation = z.calcInput ? calculate({ ...z.calcInput, calculationDate: today }) : null;
  const consequences = z.consequences ? weighConsequences(await catalogueFor(tx, a.organisationId), z.consequences) : null;
  await logProcessing(tx, a, { action: 'lezen', resource: 'handhavingszaak', resourceId: z.id, householdId: z.householdId, fields: ['zaak', 'huishouden:naam+aantal kinderen', 'berekening', 'gevolgen', 'toets', 'pauzes', 'vragen'], purpose: 'handhaving' });
  return {
    zaak: z,
    household,
    calculation,
    consequences,
    pauses: await store.pausesOfZaak(tx, z.id),
    questions: await store.questionsOfZaak(tx, z.id),
    restartDays: z.benefitStoppedOn && z.benefitRestartedOn ? daysBetween(z.benefitStoppedOn, z.benefitRestartedOn) : null,
  };
}

export interface CasePiece {
  pause: { running: boolean; until: string | null; requested: boolean };
  questions: Array<{ id: string; askedOn: string; askedByName: string; answered: boolean; answer: string | null; mayAnswer: boolean }>;
  benefit: { stoppedOn: string; restartNeeds: string; restartedOn: string | null; restartDays: number | null } | null;
}

/** What the regisseur sees of enforcement on the case: that a pause runs and until when, questions to answer, a stopped benefit. */
export async function casePiece(tx: Queryable, a: Actor, caseId: string): Promise<CasePiece> {
  policy.assertSupportRole(a);
  const cs = await getCaseForActor(tx, a, caseId);
  const pauses = await store.pausesOfHousehold(tx, a.organisationId, cs.householdId);
  const running = pauses.filter((p) => p.status === 'lopend').sort((x, y) => (x.until < y.until ? 1 : -1))[0];
  const questions = await store.questionsOfCase(tx, cs.id);
  const stopped = (await store.zakenOfHousehold(tx, a.organisationId, cs.householdId)).find((z) => z.benefitStoppedOn);
  await logProcessing(tx, a, { action: 'lezen', resource: 'handhavingssignaal', caseId: cs.id, householdId: cs.householdId, fields: ['pauze:loopt+tot', 'vragen', 'uitkering:gestopt+herstart'], purpose: 'hulpverlening' });
  return {
    pause: { running: !!running, until: running?.until ?? null, requested: pauses.some((p) => p.status === 'aangevraagd') },
    questions: questions.map((q) => ({ id: q.id, askedOn: q.askedOn, askedByName: q.askedByName, answered: q.answer !== null, answer: q.answer, mayAnswer: q.answer === null && (q.regisseurId === a.userId || (a.roles.includes('teamleider') && a.teamId === cs.teamId)) })),
    benefit: stopped
      ? { stoppedOn: stopped.benefitStoppedOn!, restartNeeds: stopped.restartNeeds, restartedOn: stopped.benefitRestartedOn, restartDays: stopped.benefitRestartedOn ? daysBetween(stopped.benefitStoppedOn!, stopped.benefitRestartedOn) : null }
      : null,
  };
}

/** Pauses waiting for a teamleider's decision: household name, reason, term, owner and conditions only. */
export async function pausesToDecide(tx: Queryable, a: Actor): Promise<{ items: Array<store.PauseRow & { householdName: string }> }> {
  policy.assertMayDecidePauses(a);
  const rows = await store.pausesToDecide(tx, a.organisationId);
  const items = [];
  for (const p of rows) items.push({ ...p, householdName: (await householdFacts(tx, a.organisationId, p.householdId)).name });
  if (rows.length) await logProcessing(tx, a, rows.map((p) => ({ action: 'lezen' as const, resource: 'handhavingspauze', resourceId: p.id, householdId: p.householdId, fields: ['reden', 'termijn', 'eigenaar', 'voorwaarden'], purpose: 'handhaving' as const, legalGround: 'AVG art. 6 lid 1 sub e; Participatiewet art. 58 lid 8 en 18a lid 7 (afweging van dringende redenen), vier ogen' })));
  return { items };
}
