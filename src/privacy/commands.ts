// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy room's use cases (ADR 11): recording the resident's consent and its withdrawal. Each
 * runs in the caller's transaction: case access through the cases room, the checks of model.ts, the
 * write, and the processing log. Other rooms (partners, escalation, the resident's page) call these
 * functions; their API is described in docs/privacy.md.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { conflict, invalid, notFound } from '../platform/errors';
import { logProcessing } from '../platform/processing-log';
import { organisationName } from '../accounts/queries';
import { getCaseForActor, getHousehold } from '../cases/queries';
import { checkCaseOpen } from '../cases/model';
import { checkNewConsent, type ConsentData } from './model';
import { enforce, mayRecordConsent } from './policy';
import { consentView, type ConsentView } from './queries';
import * as store from './store';

export interface GiveConsentInput {
  /** The member of the household who gives the consent. */
  personId: string;
  dataCategories: ConsentData[];
  /** The organisation that may receive the data (from the organisation register), or only a name. */
  recipientOrganisationId?: string | null;
  recipientName?: string;
  /** The person at that organisation, when the consent is for one person. */
  recipientPerson?: string;
  purpose: string;
  /** The day the resident gave it; default today. */
  givenOn?: string;
  validUntil: string;
}

/**
 * Records the resident's consent on a case: what data, with whom, for which purpose, until when.
 * Refused (nothing written) when the actor may not work on the case, the case is closed, the person is
 * not a member of the case's household, the recipient is unknown, or the dates do not fit.
 */
export async function giveConsent(tx: Queryable, actor: Actor, caseId: string, input: GiveConsentInput, today: string): Promise<ConsentView> {
  enforce(mayRecordConsent(actor));
  const cs = await getCaseForActor(tx, actor, caseId, { forUpdate: true });
  checkCaseOpen(cs, 'toestemming vast te leggen');
  const givenOn = input.givenOn ?? today;
  checkNewConsent({ givenOn, validUntil: input.validUntil, dataCategories: input.dataCategories }, today);
  const household = await getHousehold(tx, cs.organisationId, cs.householdId);
  if (!household.members.some((m) => m.id === input.personId)) throw invalid('personId', 'is geen lid van het huishouden van deze casus');
  let recipientName = input.recipientName?.trim() ?? '';
  if (input.recipientOrganisationId) {
    const known = await organisationName(tx, input.recipientOrganisationId);
    if (known === null) throw invalid('recipientOrganisationId', 'is geen bekende organisatie');
    if (input.recipientOrganisationId === cs.organisationId) throw invalid('recipientOrganisationId', 'is uw eigen organisatie; toestemming gaat over delen met een ander');
    recipientName ||= known;
  }
  if (!recipientName) throw invalid('recipientName', 'is verplicht als er geen recipientOrganisationId is gekozen');
  const id = await store.insertConsent(tx, {
    organisationId: cs.organisationId, caseId: cs.id, householdId: cs.householdId, personId: input.personId, dataCategories: input.dataCategories,
    recipientOrganisationId: input.recipientOrganisationId ?? null, recipientName, recipientPerson: input.recipientPerson?.trim() ?? '', purpose: input.purpose,
    givenOn, validUntil: input.validUntil, recordedBy: actor.userId, recordedByName: actor.userName,
  });
  await logProcessing(tx, actor, { action: 'aanmaken', resource: 'toestemming', resourceId: id, caseId: cs.id, householdId: cs.householdId, personId: input.personId, fields: ['dataCategories', 'recipient', 'purpose', 'validUntil'], purpose: 'hulpverlening' });
  const row = await store.findConsent(tx, cs.organisationId, id);
  return consentView(row!, today);
}

/**
 * Records that the resident withdrew a consent. It takes effect at once: every access resting on it
 * (a partner's invitation, names in a hand-over) checks the consent on each request and stops.
 * A consent that is already withdrawn gives 409; nothing is deleted.
 */
export async function withdrawConsent(tx: Queryable, actor: Actor, consentId: string, input: { reason: string }, today: string): Promise<ConsentView> {
  enforce(mayRecordConsent(actor));
  const cur = await store.findConsent(tx, actor.organisationId, consentId, true);
  if (!cur) throw notFound('Toestemming');
  const cs = await getCaseForActor(tx, actor, cur.caseId);
  if (cur.withdrawnAt) throw conflict('Deze toestemming is al ingetrokken.', 'toestemming_ingetrokken');
  if (!(await store.withdrawConsent(tx, cur.id, today, actor.userName, input.reason))) throw conflict('Deze toestemming is al ingetrokken.', 'toestemming_ingetrokken');
  await logProcessing(tx, actor, { action: 'wijzigen', resource: 'toestemming', resourceId: cur.id, caseId: cs.id, householdId: cs.householdId, personId: cur.personId, fields: ['withdrawnAt', 'withdrawReason'], purpose: 'hulpverlening' });
  return consentView((await store.findConsent(tx, actor.organisationId, cur.id))!, today);
}

/**
 * The resident withdraws, on their own page, what an organisation may see of their case: every
 * consent recorded on the case for that organisation ends today, so an invitation that rests on it
 * ends at once. No authorisation here: the resident room has checked that the actor is the
 * resident of this case's household, and logs the change. Answers how many consents ended.
 */
export async function withdrawConsentsForOrganisation(tx: Queryable, caseId: string, recipientOrganisationId: string, today: string, byName: string, reason: string): Promise<number> {
  let ended = 0;
  for (const c of await store.consentsOfCase(tx, caseId)) {
    if (c.recipientOrganisationId !== recipientOrganisationId || c.withdrawnAt) continue;
    if (await store.withdrawConsent(tx, c.id, today, byName, reason)) ended++;
  }
  return ended;
}

/**
 * The resident gives, on their own page, an organisation consent to read their plan (ADR 0028): one
 * consent is recorded for the case, given today by the resident themself, valid for one year (then
 * the resident is asked again), covering `dataCategories`. It takes effect at once for whatever
 * checks consent on each request. No authorisation here: the resident room has checked that the actor
 * is the resident of this case's household, and logs the change. Answers the new consent's id.
 */
export async function giveConsentForOrganisation(
  tx: Queryable,
  actor: Actor,
  c: { organisationId: string; caseId: string; householdId: string; personId: string; recipientOrganisationId: string; dataCategories: ConsentData[]; purpose: string },
  today: string,
): Promise<string> {
  const name = await organisationName(tx, c.recipientOrganisationId);
  if (name === null) throw notFound('Organisatie');
  const validUntil = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  checkNewConsent({ givenOn: today, validUntil, dataCategories: c.dataCategories }, today);
  return store.insertConsent(tx, {
    organisationId: c.organisationId, caseId: c.caseId, householdId: c.householdId, personId: c.personId, dataCategories: c.dataCategories,
    recipientOrganisationId: c.recipientOrganisationId, recipientName: name, recipientPerson: '', purpose: c.purpose, givenOn: today, validUntil, recordedBy: actor.userId, recordedByName: actor.userName,
  });
}
