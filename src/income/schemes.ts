// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipality's own schemes (issue 15, ADR 0024): what a policy adviser enters for their
 * organisation — individuele inkomenstoeslag, collectieve zorgverzekering, kwijtschelding, a
 * kindpakket, a bijzondere-bijstand budget — each with conditions, amounts, validity dates and its
 * CVDR reference. A *version* is the complete set valid from a date; a new version never replaces
 * an old one, and the version in force on a date is the one with the latest start on or before it
 * (the newest saved when two start on the same day). Pure: the zod schema (Dutch messages naming
 * the field), the choice of version and the engine configuration built from it.
 */
import { z } from '@hono/zod-openapi';
import { dutchDate } from '../platform/dutch-date';
import { bool, cents, crossCheck, date, int, list, obj, oneOf, parseWith, str } from './validation';
import { gemeenteConfig, LANDELIJK, RAW_GEMEENTE_CONFIGS } from './rules/gemeentelijk/parameters';
import { REGELING_SOORTEN, type GemeenteConfig, type Regeling } from './rules/gemeentelijk/schema';
import type { HouseholdKind } from './rules/participatiewet/bijstand';

const KINDS = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const satisfies readonly HouseholdKind[];
const PerHuishoudtype = obj({ alleenstaande: cents(), 'alleenstaande-ouder': cents(), gehuwden: cents() });

const Leeftijdsgroep = obj({ vanaf: int(0, 17), totEnMet: int(0, 17), bedrag: cents() });
const Bedrag = z
  .discriminatedUnion(
    'type',
    [
      obj({ type: z.literal('per-jaar-per-huishouden'), bedragen: PerHuishoudtype }),
      obj({ type: z.literal('per-maand-per-volwassene'), bedrag: cents() }),
      obj({ type: z.literal('per-jaar-per-kind'), leeftijdsgroepen: list(Leeftijdsgroep, 1, 18) }),
      obj({ type: z.literal('kwijtschelding-per-jaar'), eenpersoons: cents(), meerpersoons: cents() }),
    ],
    { error: 'moet een van de volgende waarden zijn: per-jaar-per-huishouden, per-maand-per-volwassene, per-jaar-per-kind, kwijtschelding-per-jaar' },
  )
  .openapi('RegelingBedrag', { description: 'Bedragen in eurocent' });

const Voorwaarden = obj({
  maxInkomenProcentSociaalMinimum: int(100, 200).openapi({ description: 'Inkomensgrens in procenten van het sociaal minimum (netto inkomen incl. bijstand)' }),
  minLeeftijd: int(18, 120).optional(),
  maxLeeftijd: int(18, 120).optional(),
  huishoudtypen: list(oneOf(KINDS), 1, 3).optional().openapi({ description: 'Alleen voor deze huishoudtypen (weggelaten: alle)' }),
  onderAowLeeftijd: bool().optional(),
  minKinderen: int(0, 20).optional(),
  minMaandenLaagInkomen: int(0, 120).optional().openapi({ description: 'Duur op het minimum in maanden (art. 36 Participatiewet: langdurig laag inkomen)' }),
  maxVermogen: PerHuishoudtype.optional(),
}).check(
  crossCheck<{ minLeeftijd?: number; maxLeeftijd?: number }>(['minLeeftijd', 'maxLeeftijd'], (v, add) => {
    if (v.minLeeftijd !== undefined && v.maxLeeftijd !== undefined && v.maxLeeftijd < v.minLeeftijd) add(['maxLeeftijd'], 'ligt onder de minimumleeftijd');
  }),
);

const CVDR = /^CVDR\d{3,9}$/;
const Grondslag = obj({
  law: str(200).openapi({ description: 'De verordening of wet, bijvoorbeeld "Verordening individuele inkomenstoeslag Utrecht 2026"' }),
  article: str(100),
  bwbId: str(20).optional(),
  cvdrId: z.string({ error: 'moet een CVDR-nummer zijn zoals CVDR712345' }).regex(CVDR, { error: 'moet een CVDR-nummer zijn zoals CVDR712345' }).optional(),
  lid: str(20).optional(),
  source: str(500).openapi({ description: 'Waar de bedragen vandaan komen (vindplaats)' }),
  confidence: oneOf(['official', 'secondary', 'illustrative']),
  note: str(1000).optional(),
});

const RegelingSchemaBase = obj({
  id: z.string({ error: 'moet een korte naam zijn van kleine letters, cijfers en streepjes' }).regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: 'moet een korte naam zijn van kleine letters, cijfers en streepjes' }),
  soort: oneOf(REGELING_SOORTEN),
  naam: str(120),
  validFrom: date(),
  validTo: date().optional(),
  grondslag: Grondslag,
  voorwaarden: Voorwaarden,
  bedrag: Bedrag,
});
export const RegelingSchema = RegelingSchemaBase.check(
  crossCheck<z.output<typeof RegelingSchemaBase>>(['validFrom', 'validTo', 'soort', 'bedrag.type'], (r, add) => {
    if (r.validTo !== undefined && r.validTo < r.validFrom) add(['validTo'], 'ligt voor de ingangsdatum (validFrom)');
    if (r.bedrag.type === 'per-jaar-per-kind' && r.soort !== 'kindpakket') add(['bedrag', 'type'], 'een bedrag per kind past alleen bij een kindpakket');
    if (r.bedrag.type === 'kwijtschelding-per-jaar' && r.soort !== 'kwijtschelding') add(['bedrag', 'type'], 'dit bedrag past alleen bij kwijtschelding');
  }),
  crossCheck<z.output<typeof RegelingSchemaBase>>(['bedrag.**'], (r, add) => {
    if (r.bedrag.type !== 'per-jaar-per-kind') return;
    r.bedrag.leeftijdsgroepen.forEach((g, i) => {
      if (g.totEnMet < g.vanaf) add(['bedrag', 'leeftijdsgroepen', i, 'totEnMet'], 'ligt onder "vanaf"');
    });
  }),
).openapi('GemeentelijkeRegeling');

/** A version of the organisation's schemes: the whole set, valid from a date. */
const SetBase = obj({
  geldigVanaf: date().openapi({ description: 'Vanaf deze datum geldt deze versie (oudere versies blijven bewaard)' }),
  illustratief: bool().openapi({ description: 'Voorbeeldbedragen, niet de echte verordening (zo getoond op elk scherm en in elk rapport)' }),
  toelichting: str(1000).optional(),
  regelingen: list(RegelingSchema, 0, 40),
});
export const RegelingenVersieInvoerSchema = SetBase.check(
  crossCheck<z.output<typeof SetBase>>(['regelingen.**', 'illustratief'], (s, add) => {
    const seen = new Set<string>();
    s.regelingen.forEach((r, i) => {
      if (seen.has(r.id)) add(['regelingen', i, 'id'], `komt twee keer voor (${r.id})`);
      seen.add(r.id);
      if (s.illustratief && r.grondslag.confidence !== 'illustrative') add(['regelingen', i, 'grondslag', 'confidence'], "moet 'illustrative' zijn in een illustratieve versie");
      if (!s.illustratief && r.grondslag.confidence === 'illustrative') add(['regelingen', i, 'grondslag', 'confidence'], "mag niet 'illustrative' zijn in een versie die niet illustratief is");
      if (!s.illustratief && r.grondslag.cvdrId === undefined) add(['regelingen', i, 'grondslag', 'cvdrId'], 'is verplicht: noem de verordening in het CVDR (bijvoorbeeld CVDR712345)');
    });
  }),
).openapi('RegelingenVersieInvoer', { description: 'Een versie van de gemeentelijke regelingen van de organisatie (ook het formaat van export en import)' });
export type RegelingenVersieInvoer = z.output<typeof RegelingenVersieInvoerSchema>;

/** Validate a version (from the screen or an imported file); a 400 names every bad field. */
export function parseRegelingenVersie(input: unknown, prefix = ''): RegelingenVersieInvoer {
  return parseWith(RegelingenVersieInvoerSchema, input, prefix);
}

/** A stored version as the store returns it. */
export interface RegelingenVersie extends RegelingenVersieInvoer {
  id: string;
  volgnummer: number;
  opgeslagenOp: string;
  opgeslagenDoor: string | null;
}

/** The version in force on `datum`: latest start on or before it, the newest saved on a tie. */
export function versionOn<V extends { geldigVanaf: string; volgnummer: number }>(versions: readonly V[], datum: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.geldigVanaf > datum) continue;
    if (!best || v.geldigVanaf > best.geldigVanaf || (v.geldigVanaf === best.geldigVanaf && v.volgnummer > best.volgnummer)) best = v;
  }
  return best;
}

/**
 * The engine's configuration from the organisation's version: its schemes, with the vrijlating
 * regime of the municipality's built-in configuration (national rules when there is none).
 */
export function configFromVersion(v: RegelingenVersieInvoer, gemeenteId: string | null, organisatieNaam: string): GemeenteConfig {
  const base = (gemeenteId ? gemeenteConfig(gemeenteId) : undefined) ?? LANDELIJK;
  return {
    id: base.id,
    naam: `${base.id === 'landelijk' ? organisatieNaam : base.naam} (eigen regelingen vanaf ${dutchDate(v.geldigVanaf)})`,
    illustratief: v.illustratief,
    toelichting: v.toelichting ?? `Gemeentelijke regelingen van ${organisatieNaam}, versie geldig vanaf ${dutchDate(v.geldigVanaf)}.`,
    vrijlatingsregime: base.vrijlatingsregime,
    pibVooruitlopen: base.pibVooruitlopen,
    regelingen: v.regelingen.map((r): Regeling => ({ ...r, grondslag: { ...r.grondslag } })),
  };
}

/** The demo's example version for a municipality: the illustrative schemes, loaded as data. */
export function illustrativeVersion(gemeenteId: string, geldigVanaf: string): RegelingenVersieInvoer | null {
  const raw = RAW_GEMEENTE_CONFIGS[gemeenteId] as { toelichting: string; regelingen: unknown[] } | undefined;
  if (!raw) return null;
  return parseRegelingenVersie({ geldigVanaf, illustratief: true, toelichting: raw.toelichting, regelingen: raw.regelingen });
}

/** The export file: the version as it can be imported again (the same schema). */
export function exportVersion(v: RegelingenVersieInvoer): RegelingenVersieInvoer {
  return { geldigVanaf: v.geldigVanaf, illustratief: v.illustratief, ...(v.toelichting !== undefined ? { toelichting: v.toelichting } : {}), regelingen: v.regelingen };
}
