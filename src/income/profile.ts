// SPDX-License-Identifier: EUPL-1.2
/**
 * The household profile: the input of `evaluateHousehold`. Field names are Dutch because they
 * are what a professional fills in; errors name the dotted path, e.g.
 * `huishouden.leden.1.geboortedatum`.
 */
import { z } from '@hono/zod-openapi';
import { invalidMany, type InvalidParam } from '../platform/errors';
import { ageOn } from './dates';
import { GEMEENTE_IDS } from './rules/gemeentelijk/parameters';
import type { HouseholdKind } from './rules/participatiewet/bijstand';
import { bool, cents, crossCheck, date, int, join, list, obj, oneOf, opt, parseWith, withDefaults, type Same } from './validation';

export const HOUSEHOLD_KINDS = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const satisfies readonly HouseholdKind[];
export type Rol = 'aanvrager' | 'partner' | 'kind' | 'medebewoner';
export const ROLLEN = ['aanvrager', 'partner', 'kind', 'medebewoner'] as const satisfies readonly Rol[];
/** At most this many persons in one household profile. */
export const MAX_LEDEN = 15;

export interface Lid {
  rol: Rol;
  geboortedatum: string;
  /** Net earnings from work per month (art. 31 lid 3 Participatiewet), eurocents. */
  nettoLoonPerMaand: number;
  /** Other net income per month (benefits, alimony), counted in full for bijstand. */
  overigNettoInkomenPerMaand: number;
  /**
   * Gross yearly toetsingsinkomen (Awir art. 8) for the toeslagen, eurocents. Absent = not
   * entered: the toeslagen then use an estimate marked "schatting", or are not computed.
   */
  toetsingsinkomenPerJaar?: number;
  /** art. 31 lid 2 onder y / art. 34a lid 1 onder b. */
  medischUrenbeperkt: boolean;
  /** art. 20 lid 3: 18-20 year old whose parents cannot contribute. */
  oudersKunnenNietBijdragen: boolean;
  /** Medebewoner who is no kostendeler (commercial tenant, student; art. 19a). */
  geenKostendeler: boolean;
  /** Months of vrijlating already used before the calculation month. */
  vrijlating: { algemeneMaandenGebruikt: number; alleenstaandeOuderMaandenGebruikt: number; pibMaandenGebruikt: number };
}

export interface HouseholdProfile {
  gemeente: string;
  huishouden: {
    type: HouseholdKind;
    leden: Lid[];
    /** Bare rent per month (kale huur), eurocents. 0 = no rented home. */
    huurPerMaand: number;
    /** Wealth of the household (art. 34 Participatiewet / Awir), eurocents. */
    vermogen: number;
    /** Months the household has lived on a low income (municipal schemes, art. 36). */
    maandenLaagInkomen: number;
  };
}

const VRIJLATING_DEFAULT = () => ({ algemeneMaandenGebruikt: 0, alleenstaandeOuderMaandenGebruikt: 0, pibMaandenGebruikt: 0 });

const VrijlatingSchema = withDefaults(
  obj({ algemeneMaandenGebruikt: opt(int(0, 600), 0), alleenstaandeOuderMaandenGebruikt: opt(int(0, 600), 0), pibMaandenGebruikt: opt(int(0, 600), 0) }),
  VRIJLATING_DEFAULT,
).openapi('Vrijlatingsmaanden', { description: 'Maanden vrijlating die al gebruikt zijn voor de rekenmaand' });

export const LidSchema = withDefaults(
  obj({
    rol: oneOf(ROLLEN),
    geboortedatum: date(),
    nettoLoonPerMaand: opt(cents(), 0, 'Netto loon uit arbeid per maand (art. 31 lid 3 Participatiewet), eurocent'),
    overigNettoInkomenPerMaand: opt(cents(), 0, 'Overig netto inkomen per maand (uitkering, alimentatie), eurocent'),
    toetsingsinkomenPerJaar: cents().optional().openapi({ description: 'Bruto toetsingsinkomen per jaar (Awir art. 8), eurocent. Weggelaten = niet opgegeven: de toeslagen rekenen dan met een schatting uit het netto inkomen (gemarkeerd als schatting) of worden niet berekend.' }),
    medischUrenbeperkt: opt(bool(), false),
    oudersKunnenNietBijdragen: opt(bool(), false),
    geenKostendeler: opt(bool(), false),
    vrijlating: opt(VrijlatingSchema, 'geen maanden gebruikt'),
  }),
  () => ({ nettoLoonPerMaand: 0, overigNettoInkomenPerMaand: 0, medischUrenbeperkt: false, oudersKunnenNietBijdragen: false, geenKostendeler: false, vrijlating: VRIJLATING_DEFAULT() }),
).openapi('Gezinslid');

const HuishoudenSchema = withDefaults(
  obj({
    type: oneOf(HOUSEHOLD_KINDS),
    leden: list(LidSchema, 1, MAX_LEDEN),
    huurPerMaand: opt(cents({ max: 1_000_000 }), 0, 'Kale huur per maand, eurocent; 0 = geen huurwoning'),
    vermogen: opt(cents(), 0, 'Vermogen van het huishouden, eurocent'),
    maandenLaagInkomen: opt(int(0, 1200), 0, 'Maanden dat het huishouden van een laag inkomen leeft (gemeentelijke regelingen)'),
  }).check(
    crossCheck<{ type: HouseholdKind; leden: Array<{ rol: Rol }> }>(['type', 'leden', 'leden.*', 'leden.*.rol', 'leden.*.geboortedatum'], ({ type, leden }, add) => {
      const count = (r: Rol) => leden.filter((l) => l.rol === r).length;
      if (count('aanvrager') !== 1) add(['leden'], `moet precies één aanvrager bevatten (nu ${count('aanvrager')})`);
      const partners = count('partner');
      if (type === 'gehuwden' && partners !== 1) add(['leden'], 'gehuwden: moet precies één partner bevatten');
      if (type !== 'gehuwden' && partners > 0) add(['type'], `${type} kan geen partner hebben; kies gehuwden`);
      if (type === 'alleenstaande' && count('kind') > 0) add(['type'], 'alleenstaande met kinderen: kies alleenstaande-ouder');
      if (type === 'alleenstaande-ouder' && count('kind') === 0) add(['type'], 'alleenstaande-ouder zonder kind in de leden');
    }),
  ),
  () => ({ huurPerMaand: 0, vermogen: 0, maandenLaagInkomen: 0 }),
);

/** The household profile as the API takes it (amounts in eurocents; errors name the dotted field). */
export const HouseholdProfileSchema = obj({ gemeente: oneOf(GEMEENTE_IDS as readonly [string, ...string[]]), huishouden: HuishoudenSchema }).openapi('Huishoudprofiel', {
  description: 'Huishoudprofiel (bedragen in eurocent)',
  example: {
    gemeente: 'utrecht',
    huishouden: { type: 'alleenstaande-ouder', leden: [{ rol: 'aanvrager', geboortedatum: '1991-03-14', nettoLoonPerMaand: 40000 }, { rol: 'kind', geboortedatum: '2016-09-21' }], huurPerMaand: 65000, vermogen: 0, maandenLaagInkomen: 36 },
  },
});
// The schema gives exactly the profile the engine computes with: this fails to compile when either side changes.
const profileMatches: Same<z.output<typeof HouseholdProfileSchema>, HouseholdProfile> = true;
void profileMatches;

/**
 * Date-dependent checks: nobody born after the calculation date, the applicant and partner 18+,
 * children under 18 on the date, a single parent has a minor child.
 */
export function collectProfileOnDate(p: HouseholdProfile, date: string, path = ''): InvalidParam[] {
  const errs: InvalidParam[] = [];
  const add = (name: string, reason: string) => errs.push({ name, reason, code: 'ongeldige_invoer' });
  const lp = join(join(path, 'huishouden'), 'leden');
  p.huishouden.leden.forEach((l, i) => {
    const f = join(join(lp, i), 'geboortedatum');
    if (l.geboortedatum > date) {
      add(f, 'ligt na de berekeningsdatum');
      return;
    }
    const age = ageOn(l.geboortedatum, date);
    if ((l.rol === 'aanvrager' || l.rol === 'partner') && age < 18) add(f, `${l.rol} moet op de berekeningsdatum 18 jaar of ouder zijn`);
    if (l.rol === 'kind' && age >= 18) add(f, 'een kind is op de berekeningsdatum 18 of ouder; geef deze persoon de rol medebewoner');
    if (age > 120) add(f, 'leeftijd boven 120 jaar is niet aannemelijk');
  });
  return errs;
}

/**
 * Validate unknown input into a typed profile. Throws one `invalidMany` problem with ALL field
 * errors. When `datum` is given, the date-dependent checks run too (once the profile is sound).
 */
export function parseHouseholdProfile(input: unknown, datum?: string, prefix = ''): HouseholdProfile {
  const p = parseWith(HouseholdProfileSchema, input, prefix);
  if (datum) assertProfileOnDate(p, datum, prefix);
  return p;
}

export function assertProfileOnDate(p: HouseholdProfile, date: string, path = ''): void {
  const errs = collectProfileOnDate(p, date, path);
  if (errs.length) throw invalidMany(errs);
}
