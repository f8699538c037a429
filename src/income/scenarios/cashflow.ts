// SPDX-License-Identifier: EUPL-1.2
/**
 * Scenario: cash-flow calendar (Huishoudboekje). Income streams arrive on their own days, fixed
 * costs fall due on theirs; the daily balance shows days in the red. The plan models Utrecht's
 * Huishoudboekje: all income enters one managed account, rent/energy/water/health insurance are
 * paid from it on their due days and the rest goes to the client as weekly leefgeld; the result
 * shows the one-off buffer the managed account needs to never go below zero.
 */
import { addDays, dayInMonth, dayNumber, isoWeekday, ymd } from '../dates';
import { z } from '@hono/zod-openapi';
import { cents, crossCheck, date, int, list, obj, oneOf, opt, parseWith, str, withDefaults, type Same } from '../validation';

export type Frequentie = 'maandelijks' | 'vierwekelijks' | 'wekelijks' | 'kwartaal';
const FREQS = ['maandelijks', 'vierwekelijks', 'wekelijks', 'kwartaal'] as const satisfies readonly Frequentie[];

export interface Inkomstenstroom {
  naam: string;
  bedrag: number;
  frequentie: Frequentie;
  /** Day of the month for monthly/quarterly streams (clamped to the month's last day). */
  dag?: number;
  /** A date the weekly/four-weekly stream is paid. */
  eersteDatum?: string;
}

export interface VasteLast {
  naam: string;
  bedrag: number;
  /** Due day of the month (clamped to the month's last day). */
  dag: number;
}

export interface CashflowInput {
  startDatum: string;
  aantalDagen: number;
  startSaldo: number;
  inkomsten: Inkomstenstroom[];
  vasteLasten: VasteLast[];
  /** Variable spending per day (groceries etc.), spent evenly. */
  dagelijkseUitgaven: number;
  /** ISO weekday (1 = Monday) the plan pays the weekly leefgeld. */
  leefgeldWeekdag: number;
}

export const MAX_STROMEN = 20;

const InkomstenstroomSchema = obj({
  frequentie: oneOf(FREQS),
  naam: str(80),
  bedrag: cents({ max: 100_000_000 }),
  dag: int(1, 31).optional().openapi({ description: 'Dag van de maand (maandelijks en kwartaal)' }),
  eersteDatum: date().optional().openapi({ description: 'Een betaaldatum (wekelijks en vierwekelijks)' }),
})
  .check(
    crossCheck<Inkomstenstroom>(['frequentie'], (s, add) => {
      const perMonth = s.frequentie === 'maandelijks' || s.frequentie === 'kwartaal';
      if (perMonth && s.eersteDatum !== undefined) add(['eersteDatum'], 'alleen bij wekelijks of vierwekelijks');
      if (!perMonth && s.dag !== undefined) add(['dag'], 'alleen bij maandelijks of kwartaal; gebruik eersteDatum');
      if (perMonth && s.dag === undefined) add(['dag'], 'moet een geheel getal van 1 tot en met 31 zijn');
      if (!perMonth && s.eersteDatum === undefined) add(['eersteDatum'], 'is verplicht');
    }),
  )
  .openapi('Inkomstenstroom');

const VasteLastSchema = obj({ naam: str(80), bedrag: cents({ max: 100_000_000 }), dag: int(1, 31) }).openapi('VasteLast');

/** The request of the Huishoudboekje; amounts in eurocents. */
export const CashflowInputSchema = withDefaults(
  obj({
    startDatum: date(),
    inkomsten: list(InkomstenstroomSchema, 1, MAX_STROMEN),
    vasteLasten: opt(list(VasteLastSchema, 0, MAX_STROMEN), 'geen'),
    aantalDagen: opt(int(28, 366), 61),
    startSaldo: opt(cents({ allowNegative: true, max: 100_000_000 }), 0, 'Saldo bij de start, eurocent'),
    dagelijkseUitgaven: opt(cents({ max: 1_000_000 }), 0, 'Uitgaven per dag (boodschappen), eurocent'),
    leefgeldWeekdag: opt(int(1, 7), 1, 'ISO-weekdag (1 = maandag) van het leefgeld'),
  }),
  () => ({ vasteLasten: [], aantalDagen: 61, startSaldo: 0, dagelijkseUitgaven: 0, leefgeldWeekdag: 1 }),
).openapi('HuishoudboekjeInvoer', { example: { startDatum: '2026-01-01', aantalDagen: 61, startSaldo: 0, inkomsten: [{ naam: 'Loon', bedrag: 150000, frequentie: 'maandelijks', dag: 25 }], vasteLasten: [{ naam: 'Huur', bedrag: 65000, dag: 1 }] } });
const cashflowInputMatches: Same<z.output<typeof CashflowInputSchema>, CashflowInput> = true;
void cashflowInputMatches;

export function parseCashflowInput(input: unknown): CashflowInput {
  return parseWith(CashflowInputSchema, input);
}

/** Whether a stream pays on `date`. */
function paysOn(s: Inkomstenstroom, date: string): boolean {
  switch (s.frequentie) {
    case 'maandelijks':
      return dayInMonth(`${date.slice(0, 7)}-01`, s.dag ?? 1) === date;
    case 'kwartaal':
      return (ymd(date).m - 1) % 3 === 0 && dayInMonth(`${date.slice(0, 7)}-01`, s.dag ?? 1) === date;
    case 'wekelijks':
    case 'vierwekelijks': {
      const period = s.frequentie === 'wekelijks' ? 7 : 28;
      const diff = dayNumber(date) - dayNumber(s.eersteDatum ?? date);
      return ((diff % period) + period) % period === 0;
    }
  }
}

const dueOn = (v: VasteLast, date: string) => dayInMonth(`${date.slice(0, 7)}-01`, v.dag) === date;

/** Monthly equivalent of a stream, rounded down to cents (13 four-weekly and 52 weekly payments a year). */
export function monthlyEquivalent(s: Inkomstenstroom): number {
  switch (s.frequentie) {
    case 'maandelijks':
      return s.bedrag;
    case 'kwartaal':
      return Math.floor(s.bedrag / 3);
    case 'vierwekelijks':
      return Math.floor((s.bedrag * 13) / 12);
    case 'wekelijks':
      return Math.floor((s.bedrag * 52) / 12);
  }
}

export interface DagRegel {
  datum: string;
  in: number;
  uit: number;
  saldo: number;
  posten: string[];
}

export interface Rekeningoverzicht {
  dagen: DagRegel[];
  dagenRood: number;
  laagsteSaldo: number;
  grootsteTekort: number;
  eersteRodeDag: string | null;
}

function account(days: DagRegel[]): Rekeningoverzicht {
  let low = Infinity;
  let red = 0;
  let first: string | null = null;
  for (const d of days) {
    if (d.saldo < low) low = d.saldo;
    if (d.saldo < 0) {
      red++;
      first ??= d.datum;
    }
  }
  return { dagen: days, dagenRood: red, laagsteSaldo: low, grootsteTekort: low < 0 ? -low : 0, eersteRodeDag: first };
}

export interface CashflowResult {
  periode: { van: string; tot: string; dagen: number };
  inkomenPerMaand: number;
  vasteLastenPerMaand: number;
  huidig: Rekeningoverzicht;
  plan: {
    leefgeldPerWeek: number;
    leefgeldDagen: string[];
    /** Managed account started at zero: how deep it goes shows the buffer needed. */
    beheerrekening: Rekeningoverzicht;
    /** Deepest point of the managed account: the one-off buffer for fixed costs AND leefgeld. */
    bufferNodig: number;
    /** Of which needed to pay the fixed costs on their due days (the account without leefgeld). */
    bufferVasteLasten: number;
    /** The rest: leefgeld paid out before the income arrives. */
    bufferLeefgeldVoorInkomen: number;
    /** The client's own account in the plan (leefgeld in, daily spending out). */
    client: Rekeningoverzicht;
    structureelTekort: boolean;
  };
  aannames: string[];
}

export function runCashflowScenario(inp: CashflowInput): CashflowResult {
  const dates = Array.from({ length: inp.aantalDagen }, (_, i) => addDays(inp.startDatum, i));
  const inkomenPerMaand = inp.inkomsten.reduce((s, x) => s + monthlyEquivalent(x), 0);
  const vasteLastenPerMaand = inp.vasteLasten.reduce((s, x) => s + x.bedrag, 0);
  const spare = inkomenPerMaand - vasteLastenPerMaand;
  // Leefgeld: what is left after fixed costs, per week (12 months = 52 weeks), rounded down.
  const leefgeldPerWeek = spare > 0 ? Math.floor((spare * 12) / 52) : 0;

  let saldo = inp.startSaldo;
  let beheer = 0;
  let alleenVast = 0;
  let laagsteVast = 0;
  let client = inp.startSaldo;
  const huidig: DagRegel[] = [];
  const beheerDagen: DagRegel[] = [];
  const clientDagen: DagRegel[] = [];
  const leefgeldDagen: string[] = [];
  for (const d of dates) {
    const ins = inp.inkomsten.filter((s) => paysOn(s, d));
    const outs = inp.vasteLasten.filter((v) => dueOn(v, d));
    const inc = ins.reduce((s, x) => s + x.bedrag, 0);
    const fixed = outs.reduce((s, x) => s + x.bedrag, 0);
    const posten = [...ins.map((x) => `+ ${x.naam}`), ...outs.map((x) => `- ${x.naam}`)];
    saldo += inc - fixed - inp.dagelijkseUitgaven;
    huidig.push({ datum: d, in: inc, uit: fixed + inp.dagelijkseUitgaven, saldo, posten: inp.dagelijkseUitgaven ? [...posten, '- dagelijkse uitgaven'] : posten });
    const lg = leefgeldPerWeek > 0 && isoWeekday(d) === inp.leefgeldWeekdag ? leefgeldPerWeek : 0;
    if (lg) leefgeldDagen.push(d);
    beheer += inc - fixed - lg;
    alleenVast += inc - fixed;
    if (alleenVast < laagsteVast) laagsteVast = alleenVast;
    beheerDagen.push({ datum: d, in: inc, uit: fixed + lg, saldo: beheer, posten: lg ? [...posten, '- leefgeld'] : posten });
    client += lg - inp.dagelijkseUitgaven;
    clientDagen.push({ datum: d, in: lg, uit: inp.dagelijkseUitgaven, saldo: client, posten: lg ? ['+ leefgeld'] : [] });
  }
  const beheerrekening = account(beheerDagen);
  return {
    periode: { van: dates[0], tot: dates[dates.length - 1], dagen: dates.length },
    inkomenPerMaand,
    vasteLastenPerMaand,
    huidig: account(huidig),
    plan: {
      leefgeldPerWeek,
      leefgeldDagen,
      beheerrekening,
      bufferNodig: beheerrekening.grootsteTekort,
      bufferVasteLasten: Math.min(-laagsteVast, beheerrekening.grootsteTekort),
      bufferLeefgeldVoorInkomen: beheerrekening.grootsteTekort - Math.min(-laagsteVast, beheerrekening.grootsteTekort),
      client: account(clientDagen),
      structureelTekort: spare <= 0,
    },
    aannames: [
      'Bedragen worden op de betaaldag bijgeschreven of afgeschreven; een dag is rood als het saldo aan het eind van die dag onder nul ligt.',
      'Maandbedragen van wekelijkse en vierwekelijkse inkomsten: 52 of 13 betalingen per jaar, gedeeld door 12, naar beneden afgerond.',
      'Leefgeld per week = (inkomen per maand - vaste lasten per maand) x 12 / 52, naar beneden afgerond op centen.',
      'De beheerrekening start op nul; het diepste punt is de eenmalige buffer die nodig is om de vaste lasten op tijd te betalen én het leefgeld vanaf de eerste week uit te keren.',
      'Die buffer bestaat uit twee delen: wat nodig is om alleen de vaste lasten op de vervaldag te betalen (de rekening zonder leefgeld), en de rest: leefgeld dat wordt uitgekeerd voordat het inkomen binnen is.',
      'Een betaaldag op de 29e-31e schuift in kortere maanden naar de laatste dag van de maand.',
    ],
  };
}

