// SPDX-License-Identifier: EUPL-1.2
/**
 * The income room's reads (ADR 11): the inputs stored on a case, authorised through the policy
 * and the cases room, with the processing log.
 */
import type { Actor } from '../platform/authz';
import type { Queryable } from '../platform/db';
import { logProcessing } from '../platform/processing-log';
import { getOrganisation } from '../accounts/queries';
import { getCaseForActor, getHousehold } from '../cases/queries';
import { deriveProfile, parseLedenInkomen, type DerivedProfile, type TerugbetalingInvoer } from './derived';
import { forecastRepayment, type RepaymentForecast } from './scenarios/terugbetaling';
import { invalidMany } from '../platform/errors';
import type { InputKind, StoredInput, StoredInputBody } from './model';
import { enforce, mayManageSchemes, mayWorkWithCaseIncome } from './policy';
import * as store from './store';
import { notFound, Problem } from '../platform/errors';
import { GEMEENTE_BY_CBS_CODE } from './derived';
import { configFromVersion, versionOn, type RegelingenVersie } from './schemes';
import type { GemeenteConfig } from './rules/gemeentelijk/schema';
import { evaluate, type Evaluation } from './compute';
import { parseCashflowInput, runCashflowScenario, type CashflowResult } from './scenarios/cashflow';
import { parseFluctuatingInput, runFluctuatingScenario, type FluctuatingResult } from './scenarios/fluctuating';
import { fluctuatingInputFor, parseLoonreeks } from './loonreeks';

/** Every income input stored on the case (logged when there is any). */
export async function listCaseIncome(tx: Queryable, actor: Actor, caseId: string): Promise<StoredInput[]> {
  enforce(mayWorkWithCaseIncome(actor));
  const cs = await getCaseForActor(tx, actor, caseId);
  const items = await store.listInputs(tx, cs.id);
  if (items.length) await logProcessing(tx, actor, { action: 'lezen', resource: 'inkomensgegevens', caseId: cs.id, householdId: cs.householdId, fields: items.map((i) => i.kind), purpose: 'hulpverlening' });
  return items;
}

/** The stored input of one kind, read to run the calculation on it (logged as such). */
export async function caseIncomeForRun(tx: Queryable, actor: Actor, caseId: string, kind: InputKind): Promise<StoredInputBody> {
  enforce(mayWorkWithCaseIncome(actor));
  const cs = await getCaseForActor(tx, actor, caseId);
  const saved = await store.getInput(tx, cs.id, kind);
  await logProcessing(tx, actor, { action: 'lezen', resource: 'inkomensgegevens', resourceId: kind, caseId: cs.id, householdId: cs.householdId, fields: ['berekening'], purpose: 'hulpverlening' });
  return saved.input;
}

/**
 * For the resident's own page (issue 17; the resident room authorises and logs): the income check on
 * `date` on the profile DERIVED from the case's household and the income per member (as the
 * professional's kitchen-table check computes it; a case that only holds an older stored
 * 'huishouden' profile falls back to that), the huishoudboekje's days, and — for a household in
 * the buffer regime — the Bestaansbalans buffer's payments of the wage series. An input that no
 * longer parses is left out rather than guessed.
 */
export async function incomeForResident(
  tx: Queryable,
  cs: { id: string; organisationId: string; householdId: string },
  date: string,
): Promise<{ evaluation: Evaluation | null; derived: boolean; cashflow: CashflowResult | null; buffer: FluctuatingResult | null }> {
  const inputs = await store.listInputs(tx, cs.id);
  const of = (k: InputKind) => inputs.find((i) => i.kind === k)?.input;
  let evaluation: Evaluation | null = null;
  let derived = false;
  let cashflow: CashflowResult | null = null;
  let buffer: FluctuatingResult | null = null;
  let profile: DerivedProfile | null = null;
  try {
    if (of('inkomen-leden') || of('loonreeks')) {
      const h = await getHousehold(tx, cs.organisationId, cs.householdId);
      const org = await getOrganisation(tx, cs.organisationId);
      profile = deriveProfile(h.members, org.municipalityCode, of('inkomen-leden') ? parseLedenInkomen(of('inkomen-leden')) : null);
    }
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
  }
  try {
    if (profile && of('inkomen-leden')) {
      evaluation = evaluate(profile.profiel, date, 'afgeleid profiel');
      derived = true;
    } else if (of('huishouden')) evaluation = evaluate(of('huishouden'), date, 'opgeslagen profiel');
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
  }
  try {
    const reeks = of('loonreeks');
    if (profile && reeks) buffer = runFluctuatingScenario(parseFluctuatingInput(fluctuatingInputFor(profile.profiel, parseLoonreeks(reeks))));
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
  }
  try {
    if (of('huishoudboekje')) cashflow = runCashflowScenario(parseCashflowInput(of('huishoudboekje')));
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
  }
  return { evaluation, derived, cashflow, buffer };
}
export type { Evaluation } from './compute';
export type { CashflowResult } from './scenarios/cashflow';
export type { FluctuatingResult } from './scenarios/fluctuating';

/**
 * The income profile of the case, derived from the case's household (members by id), the
 * organisation's municipality code and the income data per member stored on the case. Reading
 * the members and their income is logged.
 */
export async function derivedProfileForCase(tx: Queryable, actor: Actor, caseId: string): Promise<DerivedProfile> {
  enforce(mayWorkWithCaseIncome(actor));
  const cs = await getCaseForActor(tx, actor, caseId);
  const h = await getHousehold(tx, actor.organisationId, cs.householdId);
  const org = await getOrganisation(tx, actor.organisationId);
  const stored = (await store.listInputs(tx, cs.id)).find((i) => i.kind === 'inkomen-leden');
  const d = deriveProfile(h.members, org.municipalityCode, stored ? parseLedenInkomen(stored.input) : null);
  await logProcessing(tx, actor, { action: 'lezen', resource: 'inkomensgegevens', resourceId: 'inkomen-leden', caseId: cs.id, householdId: cs.householdId, fields: ['geboortedatum', 'rol', 'inkomen'], purpose: 'hulpverlening' });
  return d;
}

/**
 * The wage series of the case on the profile derived from the case's household: the input of the
 * fluctuating-income comparison (validated again by its parser). Logged as a calculation.
 */
export async function loonreeksRunInput(tx: Queryable, actor: Actor, caseId: string): Promise<Record<string, unknown>> {
  const d = await derivedProfileForCase(tx, actor, caseId);
  const reeks = await caseIncomeForRun(tx, actor, caseId, 'loonreeks');
  return fluctuatingInputFor(d.profiel, parseLoonreeks(reeks));
}

/**
 * Toeslagen to pay back after the year when the income of members changes during it, on the case's
 * derived profile. A member id that is not in the household is refused naming its field.
 */
export async function repaymentForecastForCase(tx: Queryable, actor: Actor, caseId: string, body: TerugbetalingInvoer): Promise<RepaymentForecast> {
  const d = await derivedProfileForCase(tx, actor, caseId);
  const errs = body.wijzigingen.flatMap((w, i) => (d.leden.some((l) => l.lidId === w.lidId) ? [] : [{ name: `wijzigingen.${i}.lidId`, reason: 'is geen gezinslid van het huishouden van deze casus', code: 'ongeldige_invoer' }]));
  if (errs.length) throw invalidMany(errs);
  return forecastRepayment(d.profiel, {
    jaar: body.jaar,
    vanafMaand: body.vanafMaand,
    doorgegevenInMaand: body.doorgegevenInMaand ?? body.vanafMaand,
    wijzigingen: body.wijzigingen.map((w, i) => {
      const lid = d.leden.findIndex((l) => l.lidId === w.lidId);
      return { lid, wie: d.leden[lid].naam, toetsingsinkomenPerJaar: w.toetsingsinkomenPerJaar, veld: `wijzigingen.${i}.lidId` };
    }),
  });
}

// ---- the organisation's own schemes (issue 15, ADR 0024) ----

/** The organisation's built-in municipality (from its CBS code) and name. */
async function organisationGemeente(tx: Queryable, organisationId: string): Promise<{ gemeenteId: string | null; naam: string }> {
  const org = await getOrganisation(tx, organisationId);
  return { gemeenteId: (org.municipalityCode && GEMEENTE_BY_CBS_CODE[org.municipalityCode]) || null, naam: org.name };
}

export interface SchemesOverview {
  gemeente: string | null;
  organisatie: string;
  versies: RegelingenVersie[];
  inWerking: RegelingenVersie | null;
}

/** Every version of the organisation's schemes and the one in force on `datum`. */
export async function listSchemes(tx: Queryable, actor: Actor, datum: string): Promise<SchemesOverview> {
  enforce(mayManageSchemes(actor));
  const { gemeenteId, naam } = await organisationGemeente(tx, actor.organisationId);
  const versies = await store.listSchemeVersions(tx, actor.organisationId);
  return { gemeente: gemeenteId, organisatie: naam, versies, inWerking: versionOn(versies, datum) };
}

/** The version in force on `datum`, for the export file (404 when there is none). */
export async function schemeVersionOn(tx: Queryable, actor: Actor, datum: string): Promise<RegelingenVersie> {
  const o = await listSchemes(tx, actor, datum);
  if (!o.inWerking) throw notFound(`Een versie van de gemeentelijke regelingen die geldt op ${datum}`);
  return o.inWerking;
}

/**
 * The engine configuration with the organisation's own schemes in force on `datum`, or null when
 * it stored none for that date (then the built-in configuration applies). Used by the income checks
 * and the minima-effectrapportage of whoever was authorised for those.
 */
export async function organisationSchemeConfig(tx: Queryable, organisationId: string, datum: string): Promise<GemeenteConfig | null> {
  const versies = await store.listSchemeVersions(tx, organisationId);
  const v = versionOn(versies, datum);
  if (!v) return null;
  const { gemeenteId, naam } = await organisationGemeente(tx, organisationId);
  return configFromVersion(v, gemeenteId, naam);
}
