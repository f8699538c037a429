// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bestaansbalans buffer for a whole municipality (issue 15, ADR 0024): a population of
 * households on bijstand with part-time wages — synthetic from a few distribution parameters, or
 * anonymous wage series uploaded as CSV — run month by month under the regular verrekening
 * achteraf and under the buffer, with the answers a council asks: how big must the fund be with a
 * chosen certainty, how many months with an inhouding or terugvordering disappear, what it costs per
 * household. Pure; the population is cut into chunks that the worker pool runs side by side (a
 * household's randomness comes from its own seeded stream, so the split does not change the result)
 * and whose sums are merged afterwards.
 *
 * The fund with certainty p (a schatting): per month k the fund has advanced T_k = the sum over
 * households of their advance (minus a negative buffer balance). Households are taken as independent
 * draws, so T_k is about normal with mean N·m_k and variance N·v_k (m_k, v_k: mean and variance per
 * household in the simulation); the fund that suffices in every month with certainty p is
 * max_k (N·m_k + z_p·√(N·v_k)), rounded up to whole euros. Next to it: the highest T_k that the
 * simulation itself reached, and the sum of every household's own deepest advance (the bound when
 * all would peak in the same month).
 */
import { z } from '@hono/zod-openapi';
import { monthIndex, monthIndexToFirstDay } from '../dates';
import { compileRules } from '../household';
import { rngFor } from '../../platform/random';
import { invalidMany, type InvalidParam } from '../../platform/errors';
import { LANDELIJK } from '../rules/gemeentelijk/parameters';
import { FRESH_VRIJLATING, type BijstandInput, type CompiledBijstand, type HouseholdKind, type VrijlatingState } from '../rules/participatiewet/bijstand';
import { entitlementStep } from './fluctuating';
import { runBuffer, runVerrekening, type MonthArrays } from './fluctuating-kernels';
import { cents, int, month, obj, parseWith, withDefaults } from '../validation';

export const MAX_HUISHOUDENS = 1_000_000;
export const MAX_CSV_RIJEN = 50_000;
const KINDS = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const satisfies readonly HouseholdKind[];

const Synthetisch = obj({
  soort: z.literal('synthetisch'),
  huishoudens: int(1, MAX_HUISHOUDENS).openapi({ description: 'Aantal huishoudens' }),
  gemiddeldLoonPerMaand: cents({ max: 1_000_000 }).openapi({ description: 'Gemiddeld netto loon per maand, eurocent' }),
  spreidingProcent: int(0, 100).openapi({ description: 'Hoeveel het loon per maand op en neer gaat: gelijkmatig tussen (100 - s)% en (100 + s)% van het gemiddelde' }),
  aandeelWisselendProcent: int(0, 100).openapi({ description: 'Deel van de huishoudens met wisselend inkomen (de rest verdient elke maand het gemiddelde)' }),
  aandeelMaandenZonderWerkProcent: int(0, 50).optional().openapi({ description: 'Kans op een maand zonder loon bij wisselend inkomen; standaard 0' }),
  seed: int(0, 2_147_483_647).optional().openapi({ description: 'Startgetal van de toevalsgenerator; standaard 20260101' }),
});
const Reeksen = obj({
  soort: z.literal('reeksen'),
  csv: z.string({ error: 'moet de tekst van een CSV-bestand zijn' }).max(20_000_000, { error: 'is te groot (hoogstens 20 MB)' }).openapi({ description: 'Per regel één huishouden: huishoudtype;loon maand 1;loon maand 2;... (netto, in euro; kop-regel mag)' }),
});

const SimulatieBase = obj({
  populatie: z.discriminatedUnion('soort', [Synthetisch, Reeksen], { error: 'soort moet synthetisch of reeksen zijn' }),
  startMaand: month().optional().openapi({ description: 'Eerste maand; standaard 2026-01' }),
  maanden: int(12, 60).optional().openapi({ description: 'Aantal maanden (bij reeksen: het aantal loonkolommen); standaard 36' }),
  regime: obj({
    vertragingMaanden: int(1, 3).openapi({ description: 'Na hoeveel maanden het werkelijke loon bekend is en verrekend wordt' }),
    plafondPerJaar: cents().nullable().openapi({ description: 'Hoeveel de buffer per jaar per huishouden hoogstens voorschiet; null: geen plafond' }),
  }),
  zekerheidProcent: z.number({ error: 'moet een getal van 50 tot en met 99,9 zijn' }).min(50, { error: 'moet een getal van 50 tot en met 99,9 zijn' }).max(99.9, { error: 'moet een getal van 50 tot en met 99,9 zijn' }),
});
export const SimulatieInvoerSchema = withDefaults(SimulatieBase, () => ({ startMaand: '2026-01', maanden: 36 })).openapi('BestaansbalansSimulatieInvoer', {
  example: { populatie: { soort: 'synthetisch', huishoudens: 12000, gemiddeldLoonPerMaand: 60000, spreidingProcent: 50, aandeelWisselendProcent: 70 }, regime: { vertragingMaanden: 2, plafondPerJaar: null }, zekerheidProcent: 95 },
});
export type SimulatieInvoer = z.output<typeof SimulatieInvoerSchema>;

/** One household of an uploaded series: its type and net wages per month in cents. */
export interface Reeks {
  type: HouseholdKind;
  lonen: number[];
}

/**
 * Parse the CSV of anonymous wage series: `;` or `,` between fields (with `;` a decimal comma is
 * allowed), first field the household type, then the net wage per month in euros. A header line
 * (first field `huishoudtype`) is skipped. Every bad cell is named by line and column.
 */
export function parseWageCsv(text: string, field = 'populatie.csv'): Reeks[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Reeks[] = [];
  const bad: InvalidParam[] = [];
  let width = -1;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || bad.length >= 20) return;
    const sep = line.includes(';') ? ';' : ',';
    const cells = line.split(sep).map((c) => c.trim());
    if (cells[0].toLowerCase() === 'huishoudtype') return;
    const at = (col: number) => `${field}: regel ${i + 1}, kolom ${col + 1}`;
    const type = KINDS.find((k) => k === cells[0]);
    if (!type) bad.push({ name: at(0), reason: `huishoudtype moet ${KINDS.join(', ')} zijn` });
    if (width === -1) width = cells.length;
    else if (cells.length !== width) bad.push({ name: `${field}: regel ${i + 1}`, reason: `heeft ${cells.length - 1} maanden, de eerste regel ${width - 1}` });
    const lonen: number[] = [];
    for (let c = 1; c < cells.length; c++) {
      const t = sep === ';' ? cells[c].replace(',', '.') : cells[c];
      const v = /^\d{1,7}(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : NaN;
      if (Number.isNaN(v)) bad.push({ name: at(c), reason: 'moet een netto loon in euro zijn, zoals 612,50 (niet negatief)' });
      lonen.push(v);
    }
    if (type) out.push({ type, lonen });
  });
  if (!bad.length && out.length === 0) bad.push({ name: field, reason: 'bevat geen huishoudens' });
  if (!bad.length && (width - 1 < 12 || width - 1 > 60)) bad.push({ name: field, reason: `moet 12 tot en met 60 maanden per huishouden hebben, niet ${width - 1}` });
  if (!bad.length && out.length > MAX_CSV_RIJEN) bad.push({ name: field, reason: `hoogstens ${MAX_CSV_RIJEN} huishoudens per bestand` });
  if (bad.length) throw invalidMany(bad);
  return out;
}

/** Validate the input (and the CSV when there is one): a 400 names every bad field. */
export function parseSimulatieInvoer(input: unknown): { invoer: SimulatieInvoer; reeksen: Reeks[] | null } {
  const invoer = parseWith(SimulatieInvoerSchema, input);
  if (invoer.populatie.soort === 'synthetisch') return { invoer, reeksen: null };
  const reeksen = parseWageCsv(invoer.populatie.csv);
  return { invoer: { ...invoer, maanden: reeksen[0].lonen.length }, reeksen };
}

/** What one chunk of households adds up to; chunks are merged by adding. */
export interface PopulationChunk {
  huishoudens: number;
  /** Per payment month (the wage months and the settlement months after them): the sum of the advances outstanding (cents) and the sum of their squares. */
  voorschot: number[];
  voorschotKwadraat: number[];
  somHoogsteVoorschot: number;
  hoogsteVoorschot: number;
  huishoudensMetVoorschot: number;
  maandenInhoudingRegulier: number;
  maandenInhoudingBuffer: number;
  kostenFonds: number;
}

export interface PopulationChunkTask {
  invoer: SimulatieInvoer;
  from: number;
  to: number;
  /** The uploaded series of this chunk (households from..to), when the population is uploaded. */
  reeksen: Reeks[] | null;
}

export const DEFAULT_SEED = 20260101;
const AGE = 35;

function bijstandInput(kind: HouseholdKind, hasChildren: boolean): BijstandInput {
  return {
    kind, ageA: AGE, ageP: kind === 'gehuwden' ? AGE : -1, hasChildren, youngestChildAge: hasChildren ? 8 : -1, kostendelers: 0,
    loonA: 0, loonP: 0, overig: 0, vermogen: 0, oudersKunnenNietBijdragen: false, medischA: false, medischP: false, vrijA: FRESH_VRIJLATING, vrijP: FRESH_VRIJLATING,
  };
}

/** A synthetic household: type (55 % alleenstaande, 25 % alleenstaande ouder, 20 % gehuwden) and wages. */
function syntheticWages(p: Extract<SimulatieInvoer['populatie'], { soort: 'synthetisch' }>, i: number, months: number, wages: Float64Array): HouseholdKind {
  const rng = rngFor(p.seed ?? DEFAULT_SEED, i);
  const r = rng();
  const kind: HouseholdKind = r < 0.55 ? 'alleenstaande' : r < 0.8 ? 'alleenstaande-ouder' : 'gehuwden';
  const wisselend = rng() * 100 < p.aandeelWisselendProcent;
  const s = p.spreidingProcent / 100;
  const idle = (p.aandeelMaandenZonderWerkProcent ?? 0) / 100;
  for (let k = 0; k < months; k++) {
    if (!wisselend) wages[k] = p.gemiddeldLoonPerMaand;
    else if (rng() < idle) wages[k] = 0;
    else wages[k] = Math.max(0, Math.round(p.gemiddeldLoonPerMaand * (1 + s * (2 * rng() - 1))));
  }
  return kind;
}

/** Run households [from, to) under both regimes; only sums leave the chunk. */
export function simulatePopulationChunk(t: PopulationChunkTask): PopulationChunk {
  const { invoer } = t;
  const n = invoer.maanden;
  const start = monthIndex(`${invoer.startMaand}-01`);
  const compiled: CompiledBijstand[] = Array.from({ length: n }, (_, k) => compileRules(monthIndexToFirstDay(start + k), LANDELIJK).bijstand);
  const wage = new Float64Array(n);
  const recht = new Float64Array(n);
  const adv = new Float64Array(n);
  const full = new Float64Array(n);
  const arrays: MonthArrays = { n, wage, recht, adv, full, yearOf: (k) => Math.floor((start + k) / 12) };
  // Payment months: the last wage month is settled `vertragingMaanden` later, so those count too.
  const len = n + invoer.regime.vertragingMaanden;
  const saldo: number[] = new Array(len).fill(0);
  const cap = invoer.regime.plafondPerJaar ?? Number.MAX_SAFE_INTEGER;
  const out: PopulationChunk = { huishoudens: 0, voorschot: new Array(len).fill(0), voorschotKwadraat: new Array(len).fill(0), somHoogsteVoorschot: 0, hoogsteVoorschot: 0, huishoudensMetVoorschot: 0, maandenInhoudingRegulier: 0, maandenInhoudingBuffer: 0, kostenFonds: 0 };
  const inputs = { alleenstaande: bijstandInput('alleenstaande', false), 'alleenstaande-ouder': bijstandInput('alleenstaande-ouder', true), gehuwden: bijstandInput('gehuwden', false) };
  for (let i = t.from; i < t.to; i++) {
    let kind: HouseholdKind;
    if (t.reeksen) {
      const r = t.reeksen[i - t.from];
      kind = r.type;
      for (let k = 0; k < n; k++) wage[k] = r.lonen[k];
    } else {
      if (invoer.populatie.soort !== 'synthetisch') throw new Error('reeksen ontbreken');
      kind = syntheticWages(invoer.populatie, i, n, wage);
    }
    let sum = 0;
    for (let k = 0; k < n; k++) sum += wage[k];
    const expected = Math.round(sum / n);
    let st: VrijlatingState = FRESH_VRIJLATING;
    for (let k = 0; k < n; k++) {
      const e = entitlementStep(compiled[k], inputs[kind], wage[k], expected, st);
      recht[k] = e.recht;
      adv[k] = e.adv;
      full[k] = e.full;
      st = e.next;
    }
    const reg = runVerrekening(arrays, invoer.regime.vertragingMaanden, Number.MAX_SAFE_INTEGER, undefined);
    const buf = runBuffer(arrays, invoer.regime.vertragingMaanden, cap, true, Number.MAX_SAFE_INTEGER, undefined, saldo);
    out.huishoudens++;
    for (let k = 0; k < len; k++) {
      const a = saldo[k] < 0 ? -saldo[k] : 0;
      out.voorschot[k] += a;
      out.voorschotKwadraat[k] += a * a;
    }
    const peak = Math.max(0, -buf.bufferMin);
    out.somHoogsteVoorschot += peak;
    if (peak > out.hoogsteVoorschot) out.hoogsteVoorschot = peak;
    if (peak > 0) out.huishoudensMetVoorschot++;
    out.maandenInhoudingRegulier += reg.monthsWithDeduction;
    out.maandenInhoudingBuffer += buf.monthsWithDeduction;
    out.kostenFonds += buf.fundCost;
  }
  return out;
}

export function mergeChunks(a: PopulationChunk, b: PopulationChunk): PopulationChunk {
  return {
    huishoudens: a.huishoudens + b.huishoudens,
    voorschot: a.voorschot.map((x, k) => x + b.voorschot[k]),
    voorschotKwadraat: a.voorschotKwadraat.map((x, k) => x + b.voorschotKwadraat[k]),
    somHoogsteVoorschot: a.somHoogsteVoorschot + b.somHoogsteVoorschot,
    hoogsteVoorschot: Math.max(a.hoogsteVoorschot, b.hoogsteVoorschot),
    huishoudensMetVoorschot: a.huishoudensMetVoorschot + b.huishoudensMetVoorschot,
    maandenInhoudingRegulier: a.maandenInhoudingRegulier + b.maandenInhoudingRegulier,
    maandenInhoudingBuffer: a.maandenInhoudingBuffer + b.maandenInhoudingBuffer,
    kostenFonds: a.kostenFonds + b.kostenFonds,
  };
}

/** The standard normal distribution function (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** z with P(Z <= z) = p, by bisection on normalCdf (to 1e-9). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  while (hi - lo > 1e-9) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface SimulatieMaand {
  maand: string;
  /** What the fund has advanced in total at the end of this month in the simulation. */
  voorschot: number;
  /** The fund needed in this month with the chosen certainty (schatting). */
  bovengrens: number;
}

export interface SimulatieUitkomst {
  huishoudens: number;
  maanden: number;
  zekerheidProcent: number;
  z: number;
  fondsBijZekerheid: number;
  hoogsteVoorschotSimulatie: number;
  somHoogsteVoorschotten: number;
  hoogsteVoorschotHuishouden: number;
  huishoudensMetVoorschot: number;
  maandenInhoudingRegulier: number;
  maandenInhoudingBuffer: number;
  maandenVermeden: number;
  maandenVermedenPerHuishouden: number;
  kostenFonds: number;
  kostenPerHuishouden: number;
  perMaand: SimulatieMaand[];
  aannames: string[];
}

const ceilEuro = (c: number) => Math.ceil(c / 100 - 1e-9) * 100;

/** The council's answers from the merged sums. */
export function summarise(invoer: SimulatieInvoer, s: PopulationChunk): SimulatieUitkomst {
  const N = s.huishoudens;
  const z = normalQuantile(invoer.zekerheidProcent / 100);
  const start = monthIndex(`${invoer.startMaand}-01`);
  const perMaand = s.voorschot.map((sum, k): SimulatieMaand => {
    const m = sum / N;
    const v = Math.max(0, s.voorschotKwadraat[k] / N - m * m);
    return { maand: monthIndexToFirstDay(start + k).slice(0, 7), voorschot: sum, bovengrens: ceilEuro(N * m + z * Math.sqrt(N * v)) };
  });
  const vermeden = s.maandenInhoudingRegulier - s.maandenInhoudingBuffer;
  return {
    huishoudens: N,
    maanden: invoer.maanden,
    zekerheidProcent: invoer.zekerheidProcent,
    z: Math.round(z * 10000) / 10000,
    fondsBijZekerheid: Math.max(0, ...perMaand.map((p) => p.bovengrens)),
    hoogsteVoorschotSimulatie: Math.max(0, ...s.voorschot),
    somHoogsteVoorschotten: s.somHoogsteVoorschot,
    hoogsteVoorschotHuishouden: s.hoogsteVoorschot,
    huishoudensMetVoorschot: s.huishoudensMetVoorschot,
    maandenInhoudingRegulier: s.maandenInhoudingRegulier,
    maandenInhoudingBuffer: s.maandenInhoudingBuffer,
    maandenVermeden: vermeden,
    maandenVermedenPerHuishouden: Math.round((vermeden / N) * 100) / 100,
    kostenFonds: s.kostenFonds,
    kostenPerHuishouden: Math.round(s.kostenFonds / N),
    perMaand,
    aannames: [
      invoer.populatie.soort === 'synthetisch'
        ? `Synthetische populatie: 55% alleenstaanden, 25% alleenstaande ouders, 20% gehuwden, aanvrager 35 jaar, geen kostendelers, een alleenstaande ouder met één kind van 8; ${invoer.populatie.aandeelWisselendProcent}% met wisselend loon (gelijkmatig tussen ${100 - invoer.populatie.spreidingProcent}% en ${100 + invoer.populatie.spreidingProcent}% van het gemiddelde), de rest elke maand het gemiddelde.`
        : 'Geüploade anonieme loonreeksen; aanvrager 35 jaar, geen kostendelers, een alleenstaande ouder met één kind van 8.',
      'Bijstand volgens de landelijke regels op de eerste dag van elke maand (normen, vrijlatingen), voorschot op het gemiddelde loon van het huishouden.',
      `Verrekening achteraf: het werkelijke loon is na ${invoer.regime.vertragingMaanden} maand(en) bekend; te veel betaald wordt ingehouden of teruggevorderd. De buffer vangt het verschil in beide richtingen op${invoer.regime.plafondPerJaar === null ? ', zonder plafond' : `, tot ${invoer.regime.plafondPerJaar / 100} euro per jaar per huishouden`}.`,
      `Fondsomvang bij ${String(invoer.zekerheidProcent).replace('.', ',')}% zekerheid is een SCHATTING: per maand het gemiddelde voorschot per huishouden maal het aantal huishoudens plus z = ${(Math.round(z * 1000) / 1000).toString().replace('.', ',')} maal de standaardafwijking van die som (huishoudens als onafhankelijke trekkingen, normale benadering); de hoogste maand telt, afgerond op hele euro's naar boven.`,
      'Kosten van het fonds: wat aan het eind van de periode nog als voorschot openstaat (een positief eindsaldo wordt aan het huishouden uitgekeerd).',
    ],
  };
}

/** Chunks of households for the worker pool: about 16, at least 2,000 households each. */
export function chunksOf(total: number): Array<{ from: number; to: number }> {
  const size = Math.max(2000, Math.ceil(total / 16));
  const out: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < total; from += size) out.push({ from, to: Math.min(total, from + size) });
  return out;
}
