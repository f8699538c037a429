// SPDX-License-Identifier: EUPL-1.2
/**
 * Minima-effectrapportage: for standard household types and an income range expressed as % of
 * the social minimum, the disposable income with and without the municipality's schemes, what is
 * left after fixed costs, and the marginal pressure of an extra euro (armoedeval).
 *
 * Modelling choices (also in docs/income.md):
 *  - the social minimum is the applicable bijstand norm (no kostendelers) on the date;
 *  - all income is the applicant's net wage; the temporary vrijlating is used up (structural view);
 *  - the toetsingsinkomen for the toeslagen is estimated from net income (box 1 rates and
 *    heffingskortingen, `rules/inkomstenbelasting`, marked as an estimate), or 12 x net monthly
 *    income x a factor the user gives;
 *  - rents and fixed costs per household type are illustrative defaults, overridable.
 */
import { invalid } from '../../platform/errors';
import { formatYmd, isIsoDate, ymd } from '../dates';
import { compileRules, computeHousehold, householdFacts, type CompiledRules, type HouseholdFacts } from '../household';
import type { HouseholdProfile, Lid } from '../profile';
import { GEMEENTE_IDS, gemeenteConfig } from '../rules/gemeentelijk/parameters';
import type { GemeenteConfig } from '../rules/gemeentelijk/schema';
import { zorgtoeslagParameters } from '../rules/zorgtoeslag/parameters';
import { versionAt } from '../engine';
import { z } from '@hono/zod-openapi';
import { cents, crossCheck, date, int, list, obj, oneOf, opt, parseWith, type Same } from '../validation';

export type StandaardHuishouden = 'alleenstaande' | 'alleenstaande-ouder-1-kind' | 'alleenstaande-ouder-2-kinderen' | 'paar-zonder-kinderen' | 'paar-2-kinderen' | 'alleenstaande-aow';

interface Template {
  label: string;
  type: HouseholdProfile['huishouden']['type'];
  ages: number[]; // aanvrager, partner?
  kids: number[];
  huur: number;
  vasteLasten: number; // excl. rent and health premium (energy, water, phone, insurance)
  /** Income is a pension/benefit (AOW), not wages: no work-related vrijlating. */
  inkomenIsUitkering?: boolean;
}

/** Illustrative reference households; ages of children chosen to show the KGB age supplement. */
export const STANDAARD_HUISHOUDENS: Record<StandaardHuishouden, Template> = {
  alleenstaande: { label: 'Alleenstaande (35)', type: 'alleenstaande', ages: [35], kids: [], huur: 65000, vasteLasten: 25000 },
  'alleenstaande-ouder-1-kind': { label: 'Alleenstaande ouder, 1 kind (6)', type: 'alleenstaande-ouder', ages: [35], kids: [6], huur: 72500, vasteLasten: 30000 },
  'alleenstaande-ouder-2-kinderen': { label: 'Alleenstaande ouder, 2 kinderen (6, 13)', type: 'alleenstaande-ouder', ages: [35], kids: [6, 13], huur: 72500, vasteLasten: 34000 },
  'paar-zonder-kinderen': { label: 'Paar zonder kinderen (35, 35)', type: 'gehuwden', ages: [35, 35], kids: [], huur: 72500, vasteLasten: 32000 },
  'paar-2-kinderen': { label: 'Paar met 2 kinderen (6, 13)', type: 'gehuwden', ages: [35, 35], kids: [6, 13], huur: 80000, vasteLasten: 40000 },
  'alleenstaande-aow': { label: 'Alleenstaande AOW-gerechtigde (68)', type: 'alleenstaande', ages: [68], kids: [], huur: 65000, vasteLasten: 25000, inkomenIsUitkering: true },
};
export const STANDAARD_IDS = Object.keys(STANDAARD_HUISHOUDENS) as [StandaardHuishouden, ...StandaardHuishouden[]];

export interface MinimaInput {
  gemeente: string;
  datum: string;
  huishoudtypen: StandaardHuishouden[];
  /** Income range in tenths of a percent of the social minimum (1000 = 100%). */
  vanPromille: number;
  totPromille: number;
  stapPromille: number;
  /** null (default): estimate the toetsingsinkomen from net income (box 1 + heffingskortingen); a number: 12 x net x factor. */
  toetsingsinkomenFactor: number | null;
  maandenLaagInkomen: number;
  huur: Partial<Record<StandaardHuishouden, number>>;
  vasteLasten: Partial<Record<StandaardHuishouden, number>>;
}

const MAX_PUNTEN = 201;

/** A percentage of the social minimum from `min` to `max` tenths, with at most one decimal. */
const procent = (min: number, max: number) => {
  const reason = `moet een percentage van ${min / 10} tot en met ${max / 10} zijn, met hoogstens één decimaal`;
  return z
    .number({ error: reason })
    .min(min / 10, { error: reason })
    .max(max / 10, { error: reason })
    .refine((x) => Math.round(x * 10) === x * 10, { error: reason });
};
const promille = (x: number) => Math.round(x * 10);

/** Eurocents per standard household type, each optional. */
const perType = () => {
  const amount = cents({ max: 1_000_000 }).optional();
  return obj(Object.fromEntries(STANDAARD_IDS.map((id) => [id, amount])) as Record<StandaardHuishouden, typeof amount>);
};

/** The request of the minima-effectrapportage; the output is the report's input in promille. */
export const MinimaInputSchema = obj({
  gemeente: oneOf(GEMEENTE_IDS as readonly [string, ...string[]]),
  datum: date(),
  huishoudtypen: opt(list(oneOf(STANDAARD_IDS), 1, STANDAARD_IDS.length), 'alle'),
  vanProcent: opt(procent(500, 3000), 100),
  totProcent: opt(procent(500, 3000), 150),
  stapProcent: opt(procent(1, 1000), 5),
  toetsingsinkomenFactor: opt(
    z.number({ error: 'moet een getal van 0,8 tot en met 2 zijn' }).min(0.8, { error: 'moet een getal van 0,8 tot en met 2 zijn' }).max(2, { error: 'moet een getal van 0,8 tot en met 2 zijn' }).nullable(),
    null,
    'Leeg: toetsingsinkomen geschat uit het netto inkomen met box 1 en de heffingskortingen (schatting). Een getal: 12 x netto maandinkomen x deze factor',
  ),
  maandenLaagInkomen: opt(int(0, 1200), 36),
  huur: opt(perType(), 'illustratieve bedragen', 'Kale huur per huishoudtype, eurocent'),
  vasteLasten: opt(perType(), 'illustratieve bedragen', 'Overige vaste lasten per huishoudtype, eurocent'),
})
  .check(
    crossCheck<{ vanProcent?: number; totProcent?: number; stapProcent?: number }>(['vanProcent', 'totProcent', 'stapProcent'], (o, add) => {
      const [van, tot, stap] = [promille(o.vanProcent ?? 100), promille(o.totProcent ?? 150), promille(o.stapProcent ?? 5)];
      if (tot < van) add(['totProcent'], 'moet groter dan of gelijk aan vanProcent zijn');
      else if (Math.floor((tot - van) / stap) + 1 > MAX_PUNTEN) add(['stapProcent'], `te klein: meer dan ${MAX_PUNTEN} inkomenspunten`);
    }),
  )
  .transform(
    ({ vanProcent = 100, totProcent = 150, stapProcent = 5, ...o }): MinimaInput => ({
      gemeente: o.gemeente,
      datum: o.datum,
      huishoudtypen: o.huishoudtypen ?? [...STANDAARD_IDS],
      vanPromille: promille(vanProcent),
      totPromille: promille(totProcent),
      stapPromille: promille(stapProcent),
      toetsingsinkomenFactor: o.toetsingsinkomenFactor ?? null,
      maandenLaagInkomen: o.maandenLaagInkomen ?? 36,
      huur: o.huur ?? {},
      vasteLasten: o.vasteLasten ?? {},
    }),
  )
  .openapi('MinimaInvoer', { example: { gemeente: 'utrecht', datum: '2026-07-01', vanProcent: 100, totProcent: 150, stapProcent: 5 } });
const minimaInputMatches: Same<z.output<typeof MinimaInputSchema>, MinimaInput> = true;
void minimaInputMatches;

export function parseMinimaInput(input: unknown): MinimaInput {
  return parseWith(MinimaInputSchema, input);
}

export interface MinimaRij {
  huishoudtype: StandaardHuishouden;
  label: string;
  /** Percent of the social minimum (may have one decimal). */
  procent: number;
  sociaalMinimum: number;
  nettoInkomen: number;
  bijstand: number;
  zorgtoeslag: number;
  huurtoeslag: number;
  kindgebondenBudget: number;
  kinderbijslag: number;
  gemeentelijk: number;
  besteedbaarMet: number;
  besteedbaarZonder: number;
  huur: number;
  vasteLasten: number;
  overMet: number;
  overZonder: number;
  /** Share of an extra euro of net income lost, vs. the previous point (null for the first point). */
  marginaleDrukMetProcent: number | null;
  marginaleDrukZonderProcent: number | null;
}

export interface MinimaResult {
  gemeente: string;
  gemeenteNaam: string;
  illustratief: boolean;
  datum: string;
  rijen: MinimaRij[];
  aannames: string[];
  waarschuwingen: string[];
}

function birth(datum: string, age: number): string {
  const { y, m, d } = ymd(datum);
  // Born on the same day `age` years earlier; 29 February falls back to 28 February.
  const dd = m === 2 && d === 29 ? 28 : d;
  return formatYmd(y - age, m, dd);
}

function profileFor(t: Template, gemeente: string, datum: string, huur: number, maanden: number): HouseholdProfile {
  const lid = (rol: Lid['rol'], age: number): Lid => ({
    rol,
    geboortedatum: birth(datum, age),
    nettoLoonPerMaand: 0,
    overigNettoInkomenPerMaand: 0,
    toetsingsinkomenPerJaar: 0,
    medischUrenbeperkt: false,
    oudersKunnenNietBijdragen: false,
    geenKostendeler: false,
    // structural view: the temporary vrijlatingen are used up
    vrijlating: { algemeneMaandenGebruikt: 6, alleenstaandeOuderMaandenGebruikt: 30, pibMaandenGebruikt: 12 },
  });
  const leden = [lid('aanvrager', t.ages[0]), ...(t.ages[1] !== undefined ? [lid('partner', t.ages[1])] : []), ...t.kids.map((k) => lid('kind', k))];
  return { gemeente, huishouden: { type: t.type, leden, huurPerMaand: huur, vermogen: 0, maandenLaagInkomen: maanden } };
}

const pct1 = (x: number) => Math.round(x * 1000) / 10;

/** Health premium per adult per month, taken as standaardpremie / 12 (an approximation of the nominal premium). */
export function zorgpremiePerVolwassene(datum: string): number {
  return Math.round(versionAt(zorgtoeslagParameters, datum).values.standaardpremie_jaar.value / 12);
}

export function runMinimaReport(inp: MinimaInput, own?: GemeenteConfig | null): MinimaResult {
  // The organisation's own schemes (ADR 0024) when it stored them for its own municipality.
  const cfg = own && own.id === inp.gemeente ? own : gemeenteConfig(inp.gemeente);
  if (!cfg) throw invalid('gemeente', 'onbekende gemeente');
  if (!isIsoDate(inp.datum)) throw invalid('datum', 'moet een bestaande datum zijn');
  const rules: CompiledRules = compileRules(inp.datum, cfg);
  const premie = zorgpremiePerVolwassene(inp.datum);
  const rijen: MinimaRij[] = [];
  for (const id of inp.huishoudtypen) {
    const t = STANDAARD_HUISHOUDENS[id];
    const huur = inp.huur[id] ?? t.huur;
    const vaste = (inp.vasteLasten[id] ?? t.vasteLasten) + premie * t.ages.length;
    const base: HouseholdFacts = householdFacts(profileFor(t, cfg.id, inp.datum, huur, inp.maandenLaagInkomen), inp.datum, rules.bijstand.kdHousemateAge, rules.bijstand.aowAge);
    const norm = computeHousehold(rules, base, undefined, false).bijstand.norm;
    let prev: MinimaRij | undefined;
    for (let p = inp.vanPromille; p <= inp.totPromille; p += inp.stapPromille) {
      const netto = Math.round((norm * p) / 1000);
      const loon = t.inkomenIsUitkering ? 0 : netto;
      const overig = t.inkomenIsUitkering ? netto : 0;
      const factor = inp.toetsingsinkomenFactor;
      const f: HouseholdFacts =
        factor === null
          ? // every member's toetsingsinkomen unknown: estimated from the net income (schatting)
            { ...base, loonA: loon, overig, inkomenBekend: false, inkomens: base.inkomens.map((x, i) => ({ ...x, ti: -1, loon: i === 0 ? loon : 0, overig: i === 0 ? overig : 0 })) }
          : { ...base, loonA: loon, overig, toetsingsinkomenPartners: Math.round(netto * 12 * factor), huurInkomenVolwassenen: Math.round(netto * 12 * factor) };
      const n = computeHousehold(rules, f);
      const rij: MinimaRij = {
        huishoudtype: id,
        label: t.label,
        procent: p / 10,
        sociaalMinimum: norm,
        nettoInkomen: netto,
        bijstand: n.bijstand.bijstand,
        zorgtoeslag: n.zorgtoeslag.perMaand,
        huurtoeslag: n.huurtoeslag.perMaand,
        kindgebondenBudget: n.kgb.perMaand,
        kinderbijslag: n.kinderbijslag.perMaandGemiddeld,
        gemeentelijk: n.gemeentelijk,
        besteedbaarMet: n.besteedbaar,
        besteedbaarZonder: n.besteedbaarZonderGemeentelijk,
        huur,
        vasteLasten: vaste,
        overMet: n.besteedbaar - huur - vaste,
        overZonder: n.besteedbaarZonderGemeentelijk - huur - vaste,
        marginaleDrukMetProcent: null,
        marginaleDrukZonderProcent: null,
      };
      if (prev && netto !== prev.nettoInkomen) {
        const dInc = netto - prev.nettoInkomen;
        rij.marginaleDrukMetProcent = pct1(1 - (rij.besteedbaarMet - prev.besteedbaarMet) / dInc);
        rij.marginaleDrukZonderProcent = pct1(1 - (rij.besteedbaarZonder - prev.besteedbaarZonder) / dInc);
      }
      rijen.push(rij);
      prev = rij;
    }
  }
  return {
    gemeente: cfg.id,
    gemeenteNaam: cfg.naam,
    illustratief: cfg.illustratief,
    datum: inp.datum,
    rijen,
    aannames: [
      'Sociaal minimum = de toepasselijke bijstandsnorm (inclusief vakantietoeslag, zonder kostendelers) op de rekendatum.',
      'Het netto inkomen is loon van de aanvrager (bij de AOW-gerechtigde: AOW/pensioen); de tijdelijke inkomstenvrijlatingen zijn verbruikt (structurele situatie).',
      inp.toetsingsinkomenFactor === null
        ? 'Toetsingsinkomen voor de toeslagen: SCHATTING uit het netto inkomen (12 x netto maandinkomen, teruggerekend naar bruto met de tarieven van box 1 en de algemene heffingskorting en arbeidskorting van 2026; zonder pensioenpremie en aftrekposten). De tarieven van box 1 komen uit secundaire bronnen.'
        : `Toetsingsinkomen voor de toeslagen = 12 x netto maandinkomen x ${String(inp.toetsingsinkomenFactor).replace('.', ',')} (vaste factor, opgegeven door de gebruiker).`,
      `Vaste lasten = huur + overige vaste lasten (illustratieve standaardbedragen per huishoudtype) + zorgpremie van ${(premie / 100).toFixed(2).replace('.', ',')} euro per volwassene (standaardpremie / 12).`,
      'Kinderbijslag is het maandgemiddelde van het kwartaalbedrag; gemeentelijke jaarbedragen zijn door 12 gedeeld.',
      `Gemeentelijke regelingen: ${cfg.regelingen.length ? cfg.regelingen.map((r) => r.naam).join(', ') : 'geen'}. ${cfg.toelichting}${cfg.illustratief ? ' Illustratief: niet de bedragen uit de verordening.' : ''}`,
      'Marginale druk = deel van een extra euro netto inkomen dat wegvalt door lagere toeslagen en regelingen, ten opzichte van het vorige inkomenspunt.',
    ],
    waarschuwingen: rules.warnings,
  };
}
