// SPDX-License-Identifier: EUPL-1.2
/**
 * The answers of the income room as zod schemas, for the OpenAPI document (and so for the web
 * app's generated types). Each is held to the engine's own TypeScript type at compile time: when
 * either side changes, `npx tsc` fails here instead of the document silently drifting.
 * (The inputs' schemas live next to their parsers: profile.ts and scenarios/*.ts.)
 */
import { z } from '@hono/zod-openapi';
import type { BatchAnswer, Evaluation } from './compute';
import { UITKOMST_STATUSSEN, type HouseholdAmounts } from './household';
import type { SupportedLaw, SupportedScheme } from './laws';
import type { CashflowResult } from './scenarios/cashflow';
import type { FluctuatingResult } from './scenarios/fluctuating';
import type { MinimaResult } from './scenarios/minima';
import { STANDAARD_IDS } from './scenarios/minima';
import { HOUSEHOLD_KINDS, HouseholdProfileSchema, ROLLEN } from './profile';
import type { DerivedProfile } from './derived';
import { TOESLAG_IDS, type RepaymentForecast } from './scenarios/terugbetaling';
import type { SimulatieJob } from './simulations';
import { GEMEENTE_IDS } from './rules/gemeentelijk/parameters';
import type { EventKind } from './scenarios/fluctuating-kernels';
import type { RegimeId } from './scenarios/fluctuating';
import type { VrijlatingKind } from './rules/participatiewet/bijstand';
import { CONFIDENCES, type Confidence, type Unit } from './types';
import type { Same } from './validation';

const cents = (description?: string) => (description ? z.number().int().openapi({ description }) : z.number().int());
const Zekerheid = z.enum(CONFIDENCES as readonly [Confidence, ...Confidence[]]).openapi('Zekerheid', { description: 'Hoe zeker een bedrag of bron is' });

// ---- explanations ----
const ArticleRef = z.object({ law: z.string(), bwbId: z.string().optional(), cvdrId: z.string().optional(), article: z.string(), lid: z.string().optional() }).openapi('Wetsartikel');
const UNITS = ['cent', 'percent', 'months', 'years', 'count'] as const satisfies readonly Unit[];
const StepParameter = z.object({ name: z.string(), value: z.number(), unit: z.enum(UNITS), validFrom: z.string(), confidence: Zekerheid }).openapi('Rekenparameter');
const Step = z
  .object({ rule: z.string(), article: ArticleRef, description: z.string(), parameters: z.array(StepParameter), amounts: z.record(z.string(), z.number()) })
  .openapi('Rekenstap', { description: 'Eén stap van de uitleg: welke regel, welk artikel, welke parameters, welke bedragen (eurocent of aantallen)' });

const Status = z.enum(UITKOMST_STATUSSEN).openapi('Uitkomststatus', { description: 'berekend; schatting (rust op een geschat toetsingsinkomen); niet-berekend (zie melding)' });
const UitkomstShape = { regeling: z.string(), naam: z.string(), status: Status, melding: z.string().optional(), recht: z.boolean(), bedragPerMaand: cents('eurocent'), bedragPerJaar: cents('eurocent').optional(), uitleg: z.array(Step), uitlegTekst: z.string() };
const Uitkomst = z.object(UitkomstShape).openapi('Regelingsuitkomst');
const Totaal = z.object({ toeslagenPerMaand: cents(), gemeentelijkPerMaand: cents(), besteedbaarZonderGemeentelijkPerMaand: cents(), besteedbaarPerMaand: cents() }).openapi('Inkomenstotaal');

/** One household evaluated on a date, every amount with its explanation, and all of it as text. */
export const EvaluationSchema = z
  .object({
    datum: z.string().openapi({ format: 'date' }),
    gemeente: z.string(),
    huishoudtype: z.enum(HOUSEHOLD_KINDS),
    sociaalMinimum: cents('De toepasselijke bijstandsnorm per maand, eurocent'),
    nettoInkomenPerMaand: cents(),
    bijstand: z.object({ ...UitkomstShape, vakantietoeslagPerMaand: cents(), uitbetalingPerMaand: cents(), normLabel: z.string() }).openapi('Bijstandsuitkomst'),
    zorgtoeslag: Uitkomst,
    huurtoeslag: Uitkomst,
    kindgebondenBudget: Uitkomst,
    kinderbijslag: z.object({ ...UitkomstShape, bedragPerKwartaal: cents() }).openapi('Kinderbijslaguitkomst'),
    gemeentelijk: z.array(Uitkomst),
    totaal: Totaal,
    waarschuwingen: z.array(z.string()),
    uitlegTekst: z.string().openapi({ description: 'De hele berekening als tekst voor een professional' }),
  })
  .openapi('Inkomensberekening');
const evaluationMatches: Same<z.infer<typeof EvaluationSchema>, Evaluation> = true;

const AmountsShape = {
  totaal: Totaal,
  bijstandPerMaand: cents(),
  toeslagen: z.object({ zorgtoeslag: cents(), huurtoeslag: cents(), kindgebondenBudget: cents(), kinderbijslag: cents() }),
  status: z.object({ zorgtoeslag: Status, huurtoeslag: Status, kindgebondenBudget: Status }),
};
const amountsMatch: Same<z.infer<z.ZodObject<typeof AmountsShape>>, HouseholdAmounts> = true;

const Fout = z.object({ detail: z.string(), invalidParams: z.array(z.object({ name: z.string(), reason: z.string(), code: z.string().optional() })) });
/** Per household of a batch: the amounts (without uitleg), the evaluation (with uitleg) or the error. */
export const BatchSchema = z
  .object({
    aantal: z.number().int(),
    fouten: z.number().int(),
    resultaten: z.array(
      z.union([
        z.object({ index: z.number().int(), ...AmountsShape }).openapi('BatchBedragen'),
        z.object({ index: z.number().int(), evaluatie: EvaluationSchema }).openapi('BatchBerekening'),
        z.object({ index: z.number().int(), fout: Fout }).openapi('BatchFout'),
      ]),
    ),
  })
  .openapi('InkomensBatch');
const batchMatches: Same<z.infer<typeof BatchSchema>, BatchAnswer> = true;

// ---- wisselend inkomen ----
const VRIJLATING_KINDS = ['geen', 'n', 'r', 'y', 'aow', 'pib', 'pib-y', 'pib-aow'] as const satisfies readonly VrijlatingKind[];
const EVENT_KINDS = ['loon', 'voorschot', 'uitkering', 'nabetaling', 'inhouding', 'terugvordering', 'buffer-dekking', 'buffer-aanvulling', 'buffer-uitkering', 'loon-via-sociale-dienst', 'afrekening'] as const satisfies readonly EventKind[];
const REGIMES = ['verrekening-achteraf', 'bestaansbalans-buffer', 'drechtsteden-voorschot'] as const satisfies readonly RegimeId[];
const MaandBedrag = z.object({ maand: z.string(), bedrag: cents() });
const Betaling = z.object({ datum: z.string().openapi({ format: 'date' }), maand: z.string(), soort: z.enum(EVENT_KINDS), bedrag: cents(), naarClient: z.boolean(), omschrijving: z.string() }).openapi('Betaling');
const Regime = z
  .object({
    regime: z.enum(REGIMES),
    naam: z.string(),
    betalingen: z.array(Betaling),
    aantalBetaalmomenten: z.number().int(),
    maandenMetInhoudingOfTerugvordering: z.number().int(),
    totaalOntvangen: cents(),
    ontvangenPerKalendermaand: z.array(MaandBedrag),
    laagsteMaand: cents(),
    hoogsteMaand: cents(),
    openstaandeVordering: cents(),
    buffer: z
      .object({
        saldoPerMaand: z.array(z.object({ maand: z.string(), saldo: cents('onder nul: voorschot van het fonds; boven nul: reserve van de cliënt') })),
        laagsteSaldo: cents(),
        hoogsteSaldo: cents(),
        eindSaldo: cents(),
        kostenFonds: cents('wat het fonds definitief kwijt is: min een negatief eindsaldo'),
        totaalUitBuffer: cents('totaal voorgeschoten door het fonds'),
      })
      .optional(),
    voorfinanciering: z.object({ perMaand: z.array(MaandBedrag), max: cents() }).optional(),
  })
  .openapi('Verrekenregime');
const MaandRecht = z
  .object({ maand: z.string(), loon: cents(), rechtBijstand: cents(), voorschotBijstand: cents(), volledigeUitkering: cents(), vrijlating: cents(), vrijlatingSoort: z.enum(VRIJLATING_KINDS) })
  .openapi('MaandRecht');
/** The fluctuating-income scenario: the entitlement per month and the three regimes, with a chart. */
export const FluctuatingResultSchema = z
  .object({
    startMaand: z.string(),
    aantalMaanden: z.number().int(),
    totaalLoon: cents(),
    totaalRecht: cents(),
    maanden: z.array(MaandRecht),
    regimes: z.array(Regime),
    aannames: z.array(z.string()),
    waarschuwingen: z.array(z.string()),
    grafiekSvg: z.string().openapi({ description: 'Lijndiagram (SVG) van wat per kalendermaand binnenkomt' }),
  })
  .openapi('WisselendInkomenUitkomst');
const fluctuatingMatches: Same<z.infer<typeof FluctuatingResultSchema>, FluctuatingResult & { grafiekSvg: string }> = true;

// ---- huishoudboekje ----
const DagRegel = z.object({ datum: z.string().openapi({ format: 'date' }), in: cents(), uit: cents(), saldo: cents(), posten: z.array(z.string()) }).openapi('Dagregel');
const Rekeningoverzicht = z
  .object({ dagen: z.array(DagRegel), dagenRood: z.number().int(), laagsteSaldo: cents(), grootsteTekort: cents(), eersteRodeDag: z.string().openapi({ format: 'date' }).nullable() })
  .openapi('Rekeningoverzicht');
/** The Huishoudboekje: the balance per day now, and the plan with one managed account. */
export const CashflowResultSchema = z
  .object({
    periode: z.object({ van: z.string().openapi({ format: 'date' }), tot: z.string().openapi({ format: 'date' }), dagen: z.number().int() }),
    inkomenPerMaand: cents(),
    vasteLastenPerMaand: cents(),
    huidig: Rekeningoverzicht,
    plan: z.object({ leefgeldPerWeek: cents(), leefgeldDagen: z.array(z.string().openapi({ format: 'date' })), beheerrekening: Rekeningoverzicht,
      bufferNodig: cents('Eenmalige buffer voor vaste lasten op tijd én leefgeld vanaf de eerste week'),
      bufferVasteLasten: cents('Deel van de buffer dat nodig is om alleen de vaste lasten op tijd te betalen'),
      bufferLeefgeldVoorInkomen: cents('Deel van de buffer voor leefgeld dat wordt uitgekeerd voordat het inkomen binnen is'),
      client: Rekeningoverzicht, structureelTekort: z.boolean() }),
    aannames: z.array(z.string()),
  })
  .openapi('HuishoudboekjeUitkomst');
const cashflowMatches: Same<z.infer<typeof CashflowResultSchema>, CashflowResult> = true;

// ---- minima-effectrapportage ----
const MinimaRij = z
  .object({
    huishoudtype: z.enum(STANDAARD_IDS), label: z.string(), procent: z.number(), sociaalMinimum: cents(), nettoInkomen: cents(),
    bijstand: cents(), zorgtoeslag: cents(), huurtoeslag: cents(), kindgebondenBudget: cents(), kinderbijslag: cents(),
    gemeentelijk: cents(), besteedbaarMet: cents(), besteedbaarZonder: cents(), huur: cents(), vasteLasten: cents(),
    overMet: cents(), overZonder: cents(), marginaleDrukMetProcent: z.number().nullable(), marginaleDrukZonderProcent: z.number().nullable(),
  })
  .openapi('MinimaRij', { description: 'One household type at one income point; amounts in eurocents per month' });
export const MinimaRapportSchema = z
  .object({ gemeente: z.string(), gemeenteNaam: z.string(), illustratief: z.boolean(), datum: z.string().openapi({ format: 'date' }), rijen: z.array(MinimaRij), aannames: z.array(z.string()), waarschuwingen: z.array(z.string()) })
  .openapi('MinimaRapport');
const minimaMatches: Same<z.infer<typeof MinimaRapportSchema>, MinimaResult> = true;

// ---- the laws and schemes ----
const Wet = z
  .object({
    id: z.string(), naam: z.string(), wet: z.string(), bwbId: z.string().optional(), artikelen: z.string(),
    versies: z.array(z.object({ geldigVanaf: z.string().openapi({ format: 'date' }), geldigTot: z.string().openapi({ format: 'date' }).optional(), zekerheid: Zekerheid })),
    bekendTot: z.string().openapi({ format: 'date' }),
  })
  .openapi('Wet');
const GemeentelijkeRegelingen = z
  .object({ gemeente: z.string(), naam: z.string(), illustratief: z.boolean(), regelingen: z.array(z.object({ id: z.string(), soort: z.string(), naam: z.string(), grondslag: z.string(), zekerheid: Zekerheid })) })
  .openapi('GemeentelijkeRegelingen');
export const LawsSchema = z.object({ wetten: z.array(Wet), regelingen: z.array(GemeentelijkeRegelingen), gemeenten: z.array(z.enum(GEMEENTE_IDS as readonly [string, ...string[]])) }).openapi('Inkomensregels');
const lawsMatch: Same<z.infer<typeof Wet>, SupportedLaw> & Same<z.infer<typeof GemeentelijkeRegelingen>, SupportedScheme> = true;

void [evaluationMatches, amountsMatch, batchMatches, fluctuatingMatches, cashflowMatches, minimaMatches, lawsMatch];

// ---- het afgeleide profiel van een casus ----
/** The case's income profile as the server derives it, with the members (id, name, role). */
export const AfgeleidProfielSchema = z
  .object({
    profiel: HouseholdProfileSchema,
    leden: z.array(z.object({ lidId: z.string(), naam: z.string(), rol: z.enum(ROLLEN), inkomenOpgegeven: z.boolean() })),
    gemeenteBron: z.string(),
    waarschuwingen: z.array(z.string()),
  })
  .openapi('AfgeleidInkomensprofiel');
const derivedMatches: Same<z.output<typeof AfgeleidProfielSchema>, DerivedProfile> = true;
void derivedMatches;

// ---- terugbetaling toeslagen na het jaar ----
const ToeslagPrognose = z
  .object({
    regeling: z.enum(TOESLAG_IDS),
    naam: z.string(),
    status: Status,
    melding: z.string().optional(),
    voorschotten: cents('Som van de 12 voorschotten als de wijziging niet wordt doorgegeven'),
    voorschottenDoorgegeven: cents('Som van de 12 voorschotten als de wijziging wordt doorgegeven'),
    definitief: cents('De definitieve toeslag op het werkelijke jaarinkomen (Awir art. 19)'),
    terugNietDoorgegeven: cents('Voorschotten min definitief: boven nul terugbetalen, onder nul nabetaling'),
    terugDoorgegeven: cents(),
    perMaand: z.array(z.object({ maand: z.string(), voorschot: cents(), voorschotDoorgegeven: cents() })),
    uitlegDefinitief: z.array(Step),
  })
  .openapi('ToeslagPrognose');
/** Toeslagen to pay back after the year when the income changes during it (advance vs definitive). */
export const TerugbetalingPrognoseSchema = z
  .object({
    jaar: z.number().int(),
    vanafMaand: z.number().int(),
    doorgegevenInMaand: z.number().int(),
    inkomens: z.array(z.object({ wie: z.string(), voorschotPerJaar: cents(), nieuwPerJaar: cents(), werkelijkPerJaar: cents() })),
    toeslagen: z.array(ToeslagPrognose),
    totaal: z.object({ voorschotten: cents(), voorschottenDoorgegeven: cents(), definitief: cents(), terugNietDoorgegeven: cents(), terugDoorgegeven: cents() }),
    uitleg: z.array(Step),
    aannames: z.array(z.string()),
    waarschuwingen: z.array(z.string()),
  })
  .openapi('TerugbetalingPrognose', { description: 'Prognose van toeslagen die na het jaar worden teruggevorderd of nabetaald (Awir art. 16, 19, 24, 26)' });
const repaymentMatches: Same<z.infer<typeof TerugbetalingPrognoseSchema>, RepaymentForecast> = true;
void repaymentMatches;
// ---- de eigen regelingen van de organisatie en de simulaties (ADR 0024) ----
const RegelingenVersieOut = z.object({
  id: z.string(), volgnummer: z.number().int(), opgeslagenOp: z.string().openapi({ format: 'date-time' }), opgeslagenDoor: z.string().nullable(),
  geldigVanaf: z.string().openapi({ format: 'date' }), illustratief: z.boolean(), toelichting: z.string().optional(),
  regelingen: z.array(z.unknown().openapi({ allOf: [{ $ref: '#/components/schemas/GemeentelijkeRegeling' }] })),
}).openapi('RegelingenVersie');
export const RegelingenVersieSchema = RegelingenVersieOut;
export const RegelingenOverzichtSchema = z
  .object({ gemeente: z.string().nullable(), organisatie: z.string(), versies: z.array(RegelingenVersieOut), inWerking: RegelingenVersieOut.nullable() })
  .openapi('RegelingenOverzicht');

const SimulatieMaand = z.object({ maand: z.string(), voorschot: cents('Totaal voorgeschoten door het fonds aan het eind van de maand (simulatie)'), bovengrens: cents('Fonds nodig in deze maand bij de gekozen zekerheid (schatting)') });
export const SimulatieUitkomstSchema = z
  .object({
    huishoudens: z.number().int(), maanden: z.number().int(), zekerheidProcent: z.number(), z: z.number(),
    fondsBijZekerheid: cents('Benodigde fondsomvang bij de gekozen zekerheid (schatting)'),
    hoogsteVoorschotSimulatie: cents(), somHoogsteVoorschotten: cents(), hoogsteVoorschotHuishouden: cents(), huishoudensMetVoorschot: z.number().int(),
    maandenInhoudingRegulier: z.number().int(), maandenInhoudingBuffer: z.number().int(), maandenVermeden: z.number().int(), maandenVermedenPerHuishouden: z.number(),
    kostenFonds: cents(), kostenPerHuishouden: cents(), perMaand: z.array(SimulatieMaand), aannames: z.array(z.string()),
  })
  .openapi('BestaansbalansSimulatieUitkomst');
export const SimulatieJobSchema = z
  .object({
    id: z.string(), status: z.enum(['bezig', 'klaar', 'mislukt']), huishoudensKlaar: z.number().int(), huishoudensTotaal: z.number().int(),
    gestartOp: z.string().openapi({ format: 'date-time' }), seconden: z.number().nullable(), uitkomst: SimulatieUitkomstSchema.nullable(), fout: z.string().nullable(),
  })
  .openapi('BestaansbalansSimulatie');
const simulationMatches: Same<z.infer<typeof SimulatieJobSchema>, SimulatieJob> = true;
void simulationMatches;
