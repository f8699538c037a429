// SPDX-License-Identifier: EUPL-1.2
/**
 * The household profile: the input of `evaluateHousehold`. Field names are Dutch because they
 * are what a professional fills in; errors name the dotted path, e.g.
 * `huishouden.leden.1.geboortedatum`.
 */
import { invalid, invalidMany, type InvalidParam } from '../platform/errors';
import { ageOn } from './dates';
import { GEMEENTE_IDS } from './rules/gemeentelijk/parameters';
import type { HouseholdKind } from './rules/participatiewet/bijstand';
import { Collector, join } from './validation';

export const HOUSEHOLD_KINDS: readonly HouseholdKind[] = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'];
export type Rol = 'aanvrager' | 'partner' | 'kind' | 'medebewoner';
export const ROLLEN: readonly Rol[] = ['aanvrager', 'partner', 'kind', 'medebewoner'];
/** At most this many persons in one household profile. */
export const MAX_LEDEN = 15;

export interface Lid {
  rol: Rol;
  geboortedatum: string;
  /** Net earnings from work per month (art. 31 lid 3 Participatiewet), eurocents. */
  nettoLoonPerMaand: number;
  /** Other net income per month (benefits, alimony), counted in full for bijstand. */
  overigNettoInkomenPerMaand: number;
  /** Gross yearly toetsingsinkomen (Awir art. 8) for the toeslagen, eurocents. */
  toetsingsinkomenPerJaar: number;
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

const LID_KEYS = ['rol', 'geboortedatum', 'nettoLoonPerMaand', 'overigNettoInkomenPerMaand', 'toetsingsinkomenPerJaar', 'medischUrenbeperkt', 'oudersKunnenNietBijdragen', 'geenKostendeler', 'vrijlating'] as const;

function parseLid(c: Collector, x: unknown, path: string): Lid | undefined {
  const o = c.obj(x, path, LID_KEYS);
  if (!o) return undefined;
  const rol = c.oneOf(o.rol, join(path, 'rol'), ROLLEN);
  const geboortedatum = c.date(o.geboortedatum, join(path, 'geboortedatum'));
  const vp = join(path, 'vrijlating');
  const vo = o.vrijlating === undefined ? {} : c.obj(o.vrijlating, vp, ['algemeneMaandenGebruikt', 'alleenstaandeOuderMaandenGebruikt', 'pibMaandenGebruikt']) ?? {};
  const lid: Lid = {
    rol: rol ?? 'aanvrager',
    geboortedatum: geboortedatum ?? '1900-01-01',
    nettoLoonPerMaand: c.cents(o.nettoLoonPerMaand, join(path, 'nettoLoonPerMaand')),
    overigNettoInkomenPerMaand: c.cents(o.overigNettoInkomenPerMaand, join(path, 'overigNettoInkomenPerMaand')),
    toetsingsinkomenPerJaar: c.cents(o.toetsingsinkomenPerJaar, join(path, 'toetsingsinkomenPerJaar')),
    medischUrenbeperkt: c.bool(o.medischUrenbeperkt, join(path, 'medischUrenbeperkt')),
    oudersKunnenNietBijdragen: c.bool(o.oudersKunnenNietBijdragen, join(path, 'oudersKunnenNietBijdragen')),
    geenKostendeler: c.bool(o.geenKostendeler, join(path, 'geenKostendeler')),
    vrijlating: {
      algemeneMaandenGebruikt: c.int(vo.algemeneMaandenGebruikt, join(vp, 'algemeneMaandenGebruikt'), 0, 600, 0),
      alleenstaandeOuderMaandenGebruikt: c.int(vo.alleenstaandeOuderMaandenGebruikt, join(vp, 'alleenstaandeOuderMaandenGebruikt'), 0, 600, 0),
      pibMaandenGebruikt: c.int(vo.pibMaandenGebruikt, join(vp, 'pibMaandenGebruikt'), 0, 600, 0),
    },
  };
  return rol && geboortedatum ? lid : undefined;
}

/** Collect the structural errors of a household into `c` and return the profile (maybe partial). */
export function collectHouseholdProfile(c: Collector, input: unknown, path = ''): HouseholdProfile | undefined {
  const o = c.obj(input, path, ['gemeente', 'huishouden']);
  if (!o) return undefined;
  const gemeente = c.oneOf(o.gemeente, join(path, 'gemeente'), GEMEENTE_IDS);
  const hp = join(path, 'huishouden');
  const h = c.obj(o.huishouden, hp, ['type', 'leden', 'huurPerMaand', 'vermogen', 'maandenLaagInkomen']);
  if (!h) return undefined;
  const type = c.oneOf(h.type, join(hp, 'type'), HOUSEHOLD_KINDS);
  const lp = join(hp, 'leden');
  const raw = c.arr(h.leden, lp, 1, MAX_LEDEN);
  const leden: Lid[] = [];
  let allOk = raw !== undefined;
  raw?.forEach((x, i) => {
    const l = parseLid(c, x, join(lp, i));
    if (l) leden.push(l);
    else allOk = false;
  });
  const huurPerMaand = c.cents(h.huurPerMaand, join(hp, 'huurPerMaand'), { max: 1_000_000 });
  const vermogen = c.cents(h.vermogen, join(hp, 'vermogen'));
  const maandenLaagInkomen = c.int(h.maandenLaagInkomen, join(hp, 'maandenLaagInkomen'), 0, 1200, 0);
  if (allOk && type) {
    const count = (r: Rol) => leden.filter((l) => l.rol === r).length;
    if (count('aanvrager') !== 1) c.add(lp, `moet precies één aanvrager bevatten (nu ${count('aanvrager')})`);
    const partners = count('partner');
    if (type === 'gehuwden' && partners !== 1) c.add(lp, 'gehuwden: moet precies één partner bevatten');
    if (type !== 'gehuwden' && partners > 0) c.add(join(hp, 'type'), `${type} kan geen partner hebben; kies gehuwden`);
    if (type === 'alleenstaande' && count('kind') > 0) c.add(join(hp, 'type'), 'alleenstaande met kinderen: kies alleenstaande-ouder');
    if (type === 'alleenstaande-ouder' && count('kind') === 0) c.add(join(hp, 'type'), 'alleenstaande-ouder zonder kind in de leden');
  }
  if (!gemeente || !type || !allOk) return undefined;
  return { gemeente, huishouden: { type, leden, huurPerMaand, vermogen, maandenLaagInkomen } };
}

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
 * errors. When `datum` is given, the date-dependent checks run too.
 */
export function parseHouseholdProfile(input: unknown, datum?: string): HouseholdProfile {
  const c = new Collector();
  const p = collectHouseholdProfile(c, input);
  if (p && datum) c.errors.push(...collectProfileOnDate(p, datum));
  c.throwIfAny();
  if (!p) throw invalid('(invoer)', 'ongeldig huishoudprofiel');
  return p;
}

export function assertProfileOnDate(p: HouseholdProfile, date: string): void {
  const errs = collectProfileOnDate(p, date);
  if (errs.length) throw invalidMany(errs);
}
