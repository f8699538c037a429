// SPDX-License-Identifier: EUPL-1.2
/**
 * Entered once: the income profile of a case is DERIVED by the server from the case's household
 * (members by id, with their birth date and role from the cases room), the municipality from the
 * organisation's configuration (its CBS municipality code, never a name) and the income data
 * recorded per member (stored on the case as kind `inkomen-leden`). The browser never builds a
 * second copy of the household. Pure: the caller passes the rows it read.
 */
import { z } from '@hono/zod-openapi';
import { invalidMany, type InvalidParam } from '../platform/errors';
import type { HouseholdProfile, Lid, Rol } from './profile';
import { bool, cents, int, list, obj, opt, parseWith } from './validation';

/** CBS municipality code (organisations.municipality_code) -> the municipality's configuration. */
export const GEMEENTE_BY_CBS_CODE: Readonly<Record<string, string>> = {
  GM0344: 'utrecht',
  GM0479: 'zaanstad',
  GM0855: 'tilburg',
  GM0518: 'den-haag',
  GM0014: 'groningen',
};

const LidInkomenSchema = obj({
  lidId: z.uuid({ error: 'moet de id van een gezinslid van deze casus zijn' }),
  nettoLoonPerMaand: opt(cents(), 0, 'Netto loon uit arbeid per maand, eurocent'),
  overigNettoInkomenPerMaand: opt(cents(), 0, 'Overig netto inkomen per maand, eurocent'),
  toetsingsinkomenPerJaar: cents().optional().openapi({ description: 'Bruto toetsingsinkomen per jaar (Awir art. 8), eurocent; weggelaten = niet opgegeven (schatting of niet berekend)' }),
  medischUrenbeperkt: opt(bool(), false),
  oudersKunnenNietBijdragen: opt(bool(), false),
  geenKostendeler: opt(bool(), false),
}).openapi('LidInkomen');

/** The income data recorded per member, plus what belongs to the household as a whole. */
export const LedenInkomenSchema = obj({
  leden: list(LidInkomenSchema, 0, 15),
  huurPerMaand: opt(cents({ max: 1_000_000 }), 0, 'Kale huur per maand, eurocent'),
  vermogen: opt(cents(), 0, 'Vermogen van het huishouden, eurocent'),
  maandenLaagInkomen: opt(int(0, 1200), 0, 'Maanden met een laag inkomen'),
}).openapi('LedenInkomen', { description: 'Inkomensgegevens per gezinslid (op id) en van het huishouden; het huishouden zelf komt uit de casus' });
export type LedenInkomen = z.output<typeof LedenInkomenSchema>;

export function parseLedenInkomen(input: unknown): LedenInkomen {
  return parseWith(LedenInkomenSchema, input);
}

export interface HouseholdMember {
  id: string;
  name: string;
  birthDate: string;
  role: string;
}

export interface DerivedProfile {
  profiel: HouseholdProfile;
  /** The members in the order of the profile, with their id and name (for the screen). */
  leden: { lidId: string; naam: string; rol: Rol; inkomenOpgegeven: boolean }[];
  /** Where the municipality came from, in Dutch. */
  gemeenteBron: string;
  waarschuwingen: string[];
}

const ROLE: Record<string, Rol> = { aanvrager: 'aanvrager', partner: 'partner', kind: 'kind', medebewoner: 'medebewoner', overig: 'medebewoner' };

/**
 * Build the profile. Refuses (400, naming the field) income data for a member that is not in the
 * household, and a household without exactly one aanvrager.
 */
export function deriveProfile(members: HouseholdMember[], municipalityCode: string | null, data: LedenInkomen | null): DerivedProfile {
  const errs: InvalidParam[] = [];
  const ids = new Set(members.map((m) => m.id));
  data?.leden.forEach((l, i) => {
    if (!ids.has(l.lidId)) errs.push({ name: `leden.${i}.lidId`, reason: 'is geen gezinslid van het huishouden van deze casus', code: 'ongeldige_invoer' });
  });
  const aanvragers = members.filter((m) => m.role === 'aanvrager').length;
  if (aanvragers !== 1) errs.push({ name: 'huishouden', reason: `het huishouden van de casus moet precies één aanvrager hebben (nu ${aanvragers}); pas het huishouden aan`, code: 'ongeldige_invoer' });
  if (errs.length) throw invalidMany(errs);
  const byId = new Map((data?.leden ?? []).map((l) => [l.lidId, l]));
  const order: Rol[] = ['aanvrager', 'partner', 'kind', 'medebewoner'];
  const sorted = [...members].sort((a, b) => order.indexOf(ROLE[a.role] ?? 'medebewoner') - order.indexOf(ROLE[b.role] ?? 'medebewoner'));
  const leden: Lid[] = sorted.map((m) => {
    const d = byId.get(m.id);
    return {
      rol: ROLE[m.role] ?? 'medebewoner',
      geboortedatum: m.birthDate,
      nettoLoonPerMaand: d?.nettoLoonPerMaand ?? 0,
      overigNettoInkomenPerMaand: d?.overigNettoInkomenPerMaand ?? 0,
      ...(d?.toetsingsinkomenPerJaar !== undefined ? { toetsingsinkomenPerJaar: d.toetsingsinkomenPerJaar } : {}),
      medischUrenbeperkt: d?.medischUrenbeperkt ?? false,
      oudersKunnenNietBijdragen: d?.oudersKunnenNietBijdragen ?? false,
      geenKostendeler: d?.geenKostendeler ?? false,
      vrijlating: { algemeneMaandenGebruikt: 0, alleenstaandeOuderMaandenGebruikt: 0, pibMaandenGebruikt: 0 },
    };
  });
  const hasPartner = leden.some((l) => l.rol === 'partner');
  const hasKids = leden.some((l) => l.rol === 'kind');
  const gemeente = municipalityCode ? GEMEENTE_BY_CBS_CODE[municipalityCode] : undefined;
  const waarschuwingen: string[] = [];
  if (!gemeente) waarschuwingen.push(municipalityCode ? 'Voor de gemeente van deze organisatie zijn geen gemeentelijke regelingen ingesteld: alleen de landelijke regels zijn gebruikt.' : 'De organisatie heeft geen gemeentecode: alleen de landelijke regels zijn gebruikt.');
  return {
    profiel: {
      gemeente: gemeente ?? 'landelijk',
      huishouden: { type: hasPartner ? 'gehuwden' : hasKids ? 'alleenstaande-ouder' : 'alleenstaande', leden, huurPerMaand: data?.huurPerMaand ?? 0, vermogen: data?.vermogen ?? 0, maandenLaagInkomen: data?.maandenLaagInkomen ?? 0 },
    },
    leden: sorted.map((m) => ({ lidId: m.id, naam: m.name, rol: ROLE[m.role] ?? 'medebewoner', inkomenOpgegeven: byId.has(m.id) })),
    gemeenteBron: gemeente ? 'de gemeentecode van de organisatie' : 'geen: landelijke regels',
    waarschuwingen,
  };
}

/** What the professional asks: from which month whose yearly income changes to what (by member id). */
export const TerugbetalingInvoerSchema = obj({
  jaar: int(2025, 2100),
  vanafMaand: int(1, 12).openapi({ description: 'Eerste maand met het nieuwe inkomen (1 = januari)' }),
  doorgegevenInMaand: int(1, 12).optional().openapi({ description: 'Maand waarin de wijziging aan de Belastingdienst/Toeslagen wordt doorgegeven; standaard de maand van de wijziging' }),
  wijzigingen: list(
    obj({
      lidId: z.uuid({ error: 'moet de id van een gezinslid van deze casus zijn' }),
      toetsingsinkomenPerJaar: cents().openapi({ description: 'Het nieuwe toetsingsinkomen als jaarbedrag, eurocent' }),
    }),
    1,
    15,
  ),
}).openapi('TerugbetalingInvoer');
export type TerugbetalingInvoer = z.output<typeof TerugbetalingInvoerSchema>;
