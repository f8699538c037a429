// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's consent as pure logic: which data it may cover, its state on a date, and the checks
 * on a new consent. No I/O, no clock: the caller passes today. Who may record or withdraw a consent
 * lives in policy.ts; the SQL in store.ts. ADR 0017, docs/privacy.md.
 */
import { invalid } from '../platform/errors';

/**
 * What a consent can cover. The first three are what a partner in the plan sees (src/partners/);
 * `namen_in_overdracht` lets a hand-over to another organisation keep the household's names.
 */
export const CONSENT_DATA = {
  plan_eigen_acties: 'De doelen en acties die aan de organisatie zijn toegewezen',
  betrokkenen: 'De betrokken partijen met hun contactgegevens',
  huishouden_voornamen: 'De voornamen en leeftijdsgroepen van het huishouden',
  namen_in_overdracht: 'Namen van het huishouden in een overdracht aan een andere organisatie',
} as const;
export type ConsentData = keyof typeof CONSENT_DATA;
export const CONSENT_DATA_KEYS = Object.keys(CONSENT_DATA) as ConsentData[];

/** A consent is given for at most two years; then the resident is asked again. */
export const MAX_CONSENT_DAYS = 731;

export const CONSENT_STATES = ['geldig', 'nog_niet_geldig', 'verlopen', 'ingetrokken'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
export const CONSENT_STATE_LABELS: Record<ConsentState, string> = { geldig: 'Geldig', nog_niet_geldig: 'Nog niet geldig', verlopen: 'Verlopen', ingetrokken: 'Ingetrokken' };

export interface ConsentFacts {
  givenOn: string;
  validUntil: string;
  withdrawnAt: string | null;
}

/** The state of a consent on a date: withdrawn beats everything; otherwise valid from the day given up to and including the last day. */
export function consentState(c: ConsentFacts, today: string): ConsentState {
  if (c.withdrawnAt) return 'ingetrokken';
  if (today < c.givenOn) return 'nog_niet_geldig';
  if (today > c.validUntil) return 'verlopen';
  return 'geldig';
}

/** Does the consent allow this use today: valid, and covering every data category asked for? */
export function consentAllows(c: ConsentFacts & { dataCategories: string[] }, today: string, needs: readonly ConsentData[] = []): boolean {
  return consentState(c, today) === 'geldig' && needs.every((d) => c.dataCategories.includes(d));
}

const dayDiff = (a: string, b: string) => Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);

/** A new consent: given today or earlier, valid until today or later, for at most two years, about known data. */
export function checkNewConsent(c: { givenOn: string; validUntil: string; dataCategories: string[] }, today: string): void {
  if (c.givenOn > today) throw invalid('givenOn', 'mag niet in de toekomst liggen');
  if (c.validUntil < today) throw invalid('validUntil', 'ligt in het verleden; een toestemming moet nog geldig zijn');
  if (c.validUntil < c.givenOn) throw invalid('validUntil', 'ligt voor de datum waarop de toestemming is gegeven');
  if (dayDiff(c.givenOn, c.validUntil) > MAX_CONSENT_DAYS) throw invalid('validUntil', 'een toestemming geldt hoogstens twee jaar; vraag daarna opnieuw');
  if (new Set(c.dataCategories).size !== c.dataCategories.length) throw invalid('dataCategories', 'noemt een soort gegevens twee keer');
}
