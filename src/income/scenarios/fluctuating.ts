// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario: fluctuating wages next to bijstand, month by month, under three regimes:
 *  (a) verrekening achteraf  - advance on the expected wage, corrected `lag` months later;
 *  (b) Bestaansbalans buffer - same advance, but overpayments are covered by a buffer fund;
 *  (c) Drechtsteden voorschot ('expansievat') - full benefit on the payment day, wage paid to the
 *      social service, settlement some days after the pay day.
 * The entitlement per month comes from the bijstand rules (norm, kostendelersnorm, vrijlating with
 * its month counters) for the household profile; the regimes only differ in timing.
 */
import { formatEuro } from '../../platform/money';
import { addDays, dayInMonth, monthIndex, monthIndexToFirstDay, tryParseMonth } from '../dates';
import { compileRules, householdFacts } from '../household';
import { z } from '@hono/zod-openapi';
import { collectProfileOnDate, HouseholdProfileSchema, type HouseholdProfile } from '../profile';
import { lineChartSvg } from '../report/svg';
import { gemeenteConfig } from '../rules/gemeentelijk/parameters';
import { advanceVrijlating, calcBijstand, type BijstandInput, type CompiledBijstand, type VrijlatingKind, type VrijlatingState } from '../rules/participatiewet/bijstand';
import { bool, cents, crossCheck, int, list, month, obj, opt, parseWith, type Same } from '../validation';
import { runBuffer, runVerrekening, runVoorschot, type KernelEvent, type KernelTotals, type MonthArrays, type Slot } from './fluctuating-kernels';
import { countText } from '../../platform/dutch-count';

export const MIN_MAANDEN = 6;
export const MAX_MAANDEN = 24;

export interface FluctuatingInput {
  profiel: HouseholdProfile;
  /** First day of the first month. */
  startMaand: string;
  /** Net wage of the aanvrager earned in each month, eurocents. */
  loonPerMaand: number[];
  /** Expected wage used for the advance (regimes a and b). */
  verwachtLoonPerMaand: number;
  /** Day of the month the employer pays (clamped to the month's last day). */
  loondag: number;
  /** Day of the month the benefit is paid. */
  betaaldag: number;
  /** Regime a/b: months between a month and its settlement. */
  verrekenVertragingMaanden: number;
  /** Largest deduction per payment; null = no limit. */
  maxInhoudingPerMaand: number | null;
  /** Regime b: yearly cap on the buffer (null = none, e.g. a crowdfunded fund; 100000 = art. 34b). */
  bufferMaxPerJaar: number | null;
  /** Regime b: later underpayments first replenish the buffer. */
  bufferHerstel: boolean;
  /** Regime c: days after the pay day that the settlement is paid. */
  nabetalingNaDagen: number;
}

const nullableCents = () => cents().nullable();

/** The settings of the comparison, with their defaults; also those of a case's wage series (loonreeks.ts). */
export const REGIME_SETTINGS = {
  verwachtLoonPerMaand: opt(cents({ max: 10_000_000 }), 'het gemiddelde loon', 'Verwacht loon voor het voorschot, eurocent'),
  loondag: opt(int(1, 31), 25, 'Dag van de maand waarop de werkgever betaalt'),
  betaaldag: opt(int(1, 28), 1, 'Dag van de maand waarop de bijstand wordt betaald'),
  verrekenVertragingMaanden: opt(int(1, 3), 2, 'Maanden tussen een maand en zijn verrekening'),
  maxInhoudingPerMaand: opt(nullableCents(), null, 'Grootste inhouding per betaling; null = geen maximum'),
  bufferMaxPerJaar: opt(nullableCents(), null, 'Jaarmaximum van de buffer; null = geen (100000 = art. 34b)'),
  bufferHerstel: opt(bool(), true, 'Latere nabetalingen vullen eerst de buffer aan'),
  nabetalingNaDagen: opt(int(1, 21), 10, 'Dagen na de loondag dat de nabetaling volgt (Drechtsteden)'),
};

/** The request: a household, a start month and 6-24 wages; the settings have defaults. */
export const FluctuatingInputSchema = obj({
  profiel: HouseholdProfileSchema,
  startMaand: month(),
  loonPerMaand: list(cents({ max: 10_000_000 }), MIN_MAANDEN, MAX_MAANDEN).openapi({ description: 'Netto loon van de aanvrager per maand, eurocent' }),
  ...REGIME_SETTINGS,
})
  .check(
    // Everybody's dates must fit the first month, and then (once that holds) the last one.
    crossCheck<{ profiel: HouseholdProfile; startMaand: string; loonPerMaand: number[] }>(['profiel.**', 'startMaand'], (o, add) => {
      const start = tryParseMonth(o.startMaand) ?? '';
      const lastDay = addDays(monthIndexToFirstDay(monthIndex(start) + Math.max(o.loonPerMaand.length, 1)), -1);
      let errs = collectProfileOnDate(o.profiel, start);
      if (!errs.length) errs = collectProfileOnDate(o.profiel, lastDay);
      for (const e of errs) add(['profiel', ...e.name.split('.')], e.reason);
    }),
  )
  .transform(
    (o): FluctuatingInput => ({
      ...o,
      loondag: o.loondag ?? 25,
      betaaldag: o.betaaldag ?? 1,
      verrekenVertragingMaanden: o.verrekenVertragingMaanden ?? 2,
      maxInhoudingPerMaand: o.maxInhoudingPerMaand ?? null,
      bufferMaxPerJaar: o.bufferMaxPerJaar ?? null,
      bufferHerstel: o.bufferHerstel ?? true,
      nabetalingNaDagen: o.nabetalingNaDagen ?? 10,
      startMaand: tryParseMonth(o.startMaand) ?? o.startMaand,
      verwachtLoonPerMaand: o.verwachtLoonPerMaand ?? (o.loonPerMaand.length ? Math.round(o.loonPerMaand.reduce((a, b) => a + b, 0) / o.loonPerMaand.length) : 0),
    }),
  )
  .openapi('WisselendInkomenInvoer', { example: { profiel: { gemeente: 'utrecht', huishouden: { type: 'alleenstaande', leden: [{ rol: 'aanvrager', geboortedatum: '1991-03-14' }] } }, startMaand: '2026-01', loonPerMaand: [40000, 62000, 18000, 55000, 30000, 70000] } });
const fluctuatingInputMatches: Same<z.output<typeof FluctuatingInputSchema>, FluctuatingInput> = true;
void fluctuatingInputMatches;

/** Validate input for the fluctuating-income scenario; throws invalidMany with all field errors. */
export function parseFluctuatingInput(input: unknown): FluctuatingInput {
  return parseWith(FluctuatingInputSchema, input);
}

export interface MaandRecht {
  maand: string;
  loon: number;
  /** Entitlement with the actual wage. */
  rechtBijstand: number;
  /** Entitlement with the expected wage (the advance in regimes a and b). */
  voorschotBijstand: number;
  /** Entitlement without wage (the full benefit of regime c). */
  volledigeUitkering: number;
  vrijlating: number;
  vrijlatingSoort: VrijlatingKind;
}

export interface Betaling {
  datum: string;
  /** Month (YYYY-MM) the amount relates to. */
  maand: string;
  soort: KernelEvent['kind'];
  bedrag: number;
  naarClient: boolean;
  omschrijving: string;
}

export type RegimeId = 'verrekening-achteraf' | 'bestaansbalans-buffer' | 'drechtsteden-voorschot';

export interface RegimeResultaat {
  regime: RegimeId;
  naam: string;
  betalingen: Betaling[];
  aantalBetaalmomenten: number;
  maandenMetInhoudingOfTerugvordering: number;
  totaalOntvangen: number;
  ontvangenPerKalendermaand: { maand: string; bedrag: number }[];
  laagsteMaand: number;
  hoogsteMaand: number;
  openstaandeVordering: number;
  /**
   * Bestaansbalans buffer: balance per month after settlement (below zero = advanced by the fund,
   * above zero = the client's reserve), lowest and highest point, end balance, what the fund
   * spent for good (kostenFonds) and what it advanced in total (totaalUitBuffer).
   */
  buffer?: { saldoPerMaand: { maand: string; saldo: number }[]; laagsteSaldo: number; hoogsteSaldo: number; eindSaldo: number; kostenFonds: number; totaalUitBuffer: number };
  voorfinanciering?: { perMaand: { maand: string; bedrag: number }[]; max: number };
}

export interface FluctuatingResult {
  startMaand: string;
  aantalMaanden: number;
  totaalLoon: number;
  totaalRecht: number;
  maanden: MaandRecht[];
  regimes: RegimeResultaat[];
  aannames: string[];
  waarschuwingen: string[];
}

const ym = (d: string) => d.slice(0, 7);

export interface EntitlementStep {
  recht: number;
  adv: number;
  full: number;
  vrijlating: number;
  kind: VrijlatingKind;
  next: VrijlatingState;
}

/**
 * One month: entitlement with the actual wage, with the expected wage (advance) and without wage
 * (full benefit), all with the vrijlating counters as they stand; returns the counters for the
 * next month. Shared by the scenario and the batch simulation.
 */
export function entitlementStep(c: CompiledBijstand, f: BijstandInput, wage: number, expected: number, st: VrijlatingState): EntitlementStep {
  const real = calcBijstand(c, { ...f, loonA: wage, vrijA: st });
  const adv = calcBijstand(c, { ...f, loonA: expected, vrijA: st });
  const full = calcBijstand(c, { ...f, loonA: 0, vrijA: st });
  return { recht: real.bijstand, adv: adv.bijstand, full: full.bijstand, vrijlating: real.vrijA.amount, kind: real.vrijA.kind, next: advanceVrijlating(st, real.vrijA.kind) };
}

/** Entitlement per month with the vrijlating month counters carried forward. */
export function monthEntitlements(inp: FluctuatingInput): { maanden: MaandRecht[]; warnings: string[] } {
  const cfg = gemeenteConfig(inp.profiel.gemeente);
  if (!cfg) throw new Error('unknown municipality after validation');
  const start = monthIndex(inp.startMaand);
  const aanvrager = inp.profiel.huishouden.leden.find((l) => l.rol === 'aanvrager');
  let st: VrijlatingState = {
    nUsed: aanvrager?.vrijlating.algemeneMaandenGebruikt ?? 0,
    rUsed: aanvrager?.vrijlating.alleenstaandeOuderMaandenGebruikt ?? 0,
    pibUsed: aanvrager?.vrijlating.pibMaandenGebruikt ?? 0,
  };
  const warnings = new Set<string>();
  const maanden = inp.loonPerMaand.map((loon, i) => {
    const date = monthIndexToFirstDay(start + i);
    const rules = compileRules(date, cfg);
    rules.warnings.forEach((w) => warnings.add(w));
    const f = householdFacts(inp.profiel, date, rules.bijstand.kdHousemateAge, rules.bijstand.aowAge);
    const e = entitlementStep(rules.bijstand, f, loon, inp.verwachtLoonPerMaand, st);
    st = e.next;
    return { maand: ym(date), loon, rechtBijstand: e.recht, voorschotBijstand: e.adv, volledigeUitkering: e.full, vrijlating: e.vrijlating, vrijlatingSoort: e.kind };
  });
  return { maanden, warnings: [...warnings] };
}

const OMSCHRIJVING: Record<KernelEvent['kind'], string> = {
  loon: 'Loon van de werkgever',
  voorschot: 'Bijstand (voorschot op verwacht loon)',
  uitkering: 'Volledige bijstandsuitkering',
  nabetaling: 'Nabetaling na verrekening',
  inhouding: 'Inhouding wegens te veel betaalde bijstand',
  terugvordering: 'Terugvordering: terug te betalen bijstand',
  'buffer-dekking': 'Buffer betaalt te veel ontvangen bijstand aan de gemeente (geen inhouding)',
  'buffer-aanvulling': 'Te weinig ontvangen bijstand gaat naar de buffer (aflossing voorschot of reserve)',
  'buffer-uitkering': 'Reserve in de buffer wordt na de laatste verrekening uitbetaald',
  'loon-via-sociale-dienst': 'Loon gestort bij de sociale dienst',
  afrekening: 'Afrekening: loon plus recht min al betaalde uitkering',
};

function slotDate(inp: FluctuatingInput, k: number, slot: Slot): string {
  const first = monthIndexToFirstDay(monthIndex(inp.startMaand) + k);
  if (slot === 'betaal') return dayInMonth(first, inp.betaaldag);
  const pay = dayInMonth(first, inp.loondag);
  return slot === 'loon' ? pay : addDays(pay, inp.nabetalingNaDagen);
}

function summarise(inp: FluctuatingInput, regime: RegimeId, naam: string, events: KernelEvent[], t: KernelTotals, saldo?: number[]): RegimeResultaat {
  const start = monthIndex(inp.startMaand);
  const betalingen: Betaling[] = events
    .map((e) => ({ datum: slotDate(inp, e.k, e.slot), maand: ym(monthIndexToFirstDay(start + e.rel)), soort: e.kind, bedrag: e.amount, naarClient: e.toClient, omschrijving: OMSCHRIJVING[e.kind] }))
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const perDate = new Map<string, number>();
  const perMonth = new Map<string, number>();
  for (const b of betalingen) {
    if (!b.naarClient) continue;
    perDate.set(b.datum, (perDate.get(b.datum) ?? 0) + b.bedrag);
    perMonth.set(ym(b.datum), (perMonth.get(ym(b.datum)) ?? 0) + b.bedrag);
  }
  const months = [...perMonth.keys()].sort();
  const ontvangen = months.map((m) => ({ maand: m, bedrag: perMonth.get(m) ?? 0 }));
  // Only the months of the series count for lowest/highest (trailing settlements are extra).
  const inSeries = ontvangen.filter((x) => monthIndex(`${x.maand}-01`) < start + inp.loonPerMaand.length);
  const r: RegimeResultaat = {
    regime,
    naam,
    betalingen,
    aantalBetaalmomenten: [...perDate.values()].filter((v) => v > 0).length,
    maandenMetInhoudingOfTerugvordering: t.monthsWithDeduction,
    totaalOntvangen: t.received,
    ontvangenPerKalendermaand: ontvangen,
    laagsteMaand: Math.min(...inSeries.map((x) => x.bedrag)),
    hoogsteMaand: Math.max(...inSeries.map((x) => x.bedrag)),
    openstaandeVordering: t.openDebt,
  };
  if (regime === 'bestaansbalans-buffer' && saldo) {
    r.buffer = {
      saldoPerMaand: saldo.map((x, k) => ({ maand: ym(monthIndexToFirstDay(start + k)), saldo: x })),
      laagsteSaldo: t.bufferMin,
      hoogsteSaldo: t.bufferMax,
      eindSaldo: t.bufferEnd,
      kostenFonds: t.fundCost,
      totaalUitBuffer: t.bufferDrawn,
    };
  }
  return r;
}

export function runFluctuatingScenario(inp: FluctuatingInput): FluctuatingResult {
  const { maanden, warnings } = monthEntitlements(inp);
  const n = maanden.length;
  const start = monthIndex(inp.startMaand);
  const arrays: MonthArrays = {
    n,
    wage: maanden.map((m) => m.loon),
    recht: maanden.map((m) => m.rechtBijstand),
    adv: maanden.map((m) => m.voorschotBijstand),
    full: maanden.map((m) => m.volledigeUitkering),
    yearOf: (k) => Math.floor((start + k) / 12),
  };
  const lag = inp.verrekenVertragingMaanden;
  const maxInh = inp.maxInhoudingPerMaand ?? Number.MAX_SAFE_INTEGER;
  const capture = () => {
    const ev: KernelEvent[] = [];
    return { ev, rec: (e: KernelEvent) => void ev.push(e) };
  };
  const a = capture();
  const ta = runVerrekening(arrays, lag, maxInh, a.rec);
  const b = capture();
  const saldo: number[] = [];
  const tb = runBuffer(arrays, lag, inp.bufferMaxPerJaar ?? Number.MAX_SAFE_INTEGER, inp.bufferHerstel, maxInh, b.rec, saldo);
  const c = capture();
  const tc = runVoorschot(arrays, c.rec);
  const rc = summarise(inp, 'drechtsteden-voorschot', 'Drechtsteden: volledige uitkering vooraf, loon via de sociale dienst', c.ev, tc);
  rc.voorfinanciering = { perMaand: maanden.map((m) => ({ maand: m.maand, bedrag: m.volledigeUitkering - m.rechtBijstand })), max: tc.prefinanceMax };
  const totaalLoon = arrays.wage.length ? maanden.reduce((s, m) => s + m.loon, 0) : 0;
  return {
    startMaand: ym(inp.startMaand),
    aantalMaanden: n,
    totaalLoon,
    totaalRecht: maanden.reduce((s, m) => s + m.rechtBijstand, 0),
    maanden,
    regimes: [
      summarise(inp, 'verrekening-achteraf', 'Reguliere verrekening achteraf', a.ev, ta),
      summarise(inp, 'bestaansbalans-buffer', 'Bestaansbalans: buffer vangt verschillen op', b.ev, tb, saldo),
      rc,
    ],
    aannames: [
      `Het loon van maand M wordt op dag ${inp.loondag} van maand M betaald (of de laatste dag van de maand).`,
      `De bijstand over maand M wordt op dag ${inp.betaaldag} van maand M betaald; bij (a) en (b) als voorschot op een verwacht loon van ${formatEuro(inp.verwachtLoonPerMaand)}.`,
      `Bij (a) en (b) volgt de verrekening van maand M ${lag} maand(en) later bij de betaling van die maand; inhouding ${inp.maxInhoudingPerMaand === null ? 'zonder maximum' : `ten hoogste ${formatEuro(inp.maxInhoudingPerMaand)} per betaling`}; wat na de laatste betaling openstaat wordt teruggevorderd.`,
      `Bij (b) vangt de buffer verschillen in beide richtingen op. Te veel ontvangen bijstand betaalt de buffer aan de gemeente, eerst uit de eigen reserve en dan als voorschot van het fonds${inp.bufferMaxPerJaar === null ? ' zonder jaarmaximum' : ` tot ${formatEuro(inp.bufferMaxPerJaar)} per kalenderjaar (art. 34b Participatiewet in balans)`}; het saldo kan daardoor onder nul gaan. ${inp.bufferHerstel ? 'Te weinig ontvangen bijstand gaat naar de buffer: eerst aflossing van het voorschot, daarna een reserve boven nul, die na de laatste verrekening wordt uitbetaald.' : 'Te weinig ontvangen bijstand wordt direct uitbetaald; de buffer wordt niet aangevuld.'} Een negatief eindsaldo zijn de kosten voor het fonds.`,
      `Bij (c) krijgt de cliënt op de betaaldag de volledige uitkering (recht zonder loon); het loon gaat naar de sociale dienst, die ${countText(inp.nabetalingNaDagen, 'dag', 'dagen')} na de loondag loon + recht - uitkering nabetaalt.`,
      'Bedragen zijn inclusief het vakantietoeslagdeel van de bijstand (in alle drie de regimes gelijk behandeld). Toeslagen blijven buiten beschouwing: die zijn in alle regimes gelijk.',
      'De vrijlating telt per maand door (art. 31 lid 2 onder n/r of art. 34a); het recht per maand is in alle regimes hetzelfde, alleen het moment van betalen verschilt.',
    ],
    waarschuwingen: warnings,
  };
}

/** SVG chart of the money received per calendar month under the three regimes. */
export function fluctuatingChartSvg(r: FluctuatingResult): string {
  const months = [...new Set(r.regimes.flatMap((g) => g.ontvangenPerKalendermaand.map((x) => x.maand)))].sort();
  const series = r.regimes.map((g) => ({
    name: g.naam,
    points: months.map((m, i) => ({ x: i, y: (g.ontvangenPerKalendermaand.find((x) => x.maand === m)?.bedrag ?? 0) / 100 })),
  }));
  series.push({ name: 'Loon', points: months.map((m, i) => ({ x: i, y: (r.maanden.find((x) => x.maand === m)?.loon ?? 0) / 100 })) });
  return lineChartSvg({
    title: 'Ontvangen per kalendermaand (loon en bijstand)',
    description: 'Lijndiagram van het bedrag dat de cliënt per kalendermaand ontvangt onder drie manieren van verrekenen.',
    xLabel: 'Maand',
    yLabel: 'Euro per maand',
    xCategories: months,
    series,
  });
}

