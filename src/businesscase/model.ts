// SPDX-License-Identifier: EUPL-1.2
/**
 * The business case per case (Doorbraakmethode): the expected cost of the regular path
 * ("doormodderen") and of the maatwerk path ("doorbreken") over a horizon, per funder and per
 * year, with the difference and who pays versus who gains. Pure: the catalogue is passed in.
 * Money is integer eurocents; every line's expected cost is rounded once (half away from zero)
 * on its cumulative total, so the months and years of a line always add up to its total.
 */
import { invalid } from '../platform/errors';
import { formatEuro } from '../platform/money';
import { countText } from '../platform/dutch-count';

export const UNITS = ['one-off', 'per case', 'per year', 'per month', 'per day', 'per night', 'per hour', 'per daypart'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_LABELS: Record<Unit, string> = {
  'one-off': 'eenmalig',
  'per case': 'per casus (eenmalig)',
  'per year': 'per jaar',
  'per month': 'per maand',
  'per day': 'per dag',
  'per night': 'per nacht',
  'per hour': 'per uur',
  'per daypart': 'per dagdeel',
};
/** What the quantity of a line means per unit. */
export const QUANTITY_MEANING: Record<Unit, string> = {
  'one-off': 'aantal',
  'per case': 'aantal',
  'per year': 'aantal (personen, plaatsen)',
  'per month': 'aantal (personen, plaatsen)',
  'per day': 'dagen per maand',
  'per night': 'nachten per maand',
  'per hour': 'uren per maand',
  'per daypart': 'dagdelen per maand',
};

export const FUNDERS = [
  'gemeente-wmo', 'gemeente-jeugd', 'gemeente-participatiewet', 'gemeente-overig', 'maatwerkbudget', 'wlz', 'zorgverzekeraar', 'woningcorporatie', 'justitie', 'uwv', 'rijk', 'huishouden', 'other',
] as const;
export type Funder = (typeof FUNDERS)[number];
export const FUNDER_LABELS: Record<Funder, string> = {
  'gemeente-wmo': 'Gemeente (Wmo)',
  'gemeente-jeugd': 'Gemeente (Jeugdwet)',
  'gemeente-participatiewet': 'Gemeente (Participatiewet)',
  'gemeente-overig': 'Gemeente (overig)',
  maatwerkbudget: 'Gemeente (maatwerkbudget)',
  wlz: 'Wlz (zorgkantoor)',
  zorgverzekeraar: 'Zorgverzekeraar (Zvw)',
  woningcorporatie: 'Woningcorporatie',
  justitie: 'Justitie',
  uwv: 'UWV',
  rijk: 'Rijk',
  huishouden: 'Het huishouden zelf',
  other: 'Overige partijen (maatschappij)',
};

export interface CatalogueItem {
  key: string;
  label: string;
  unit: Unit;
  amountCents: number;
  funder: Funder;
  source: string;
  year: number;
  confidence: string;
  notes: string;
  rangeCents: [number, number] | null;
  origin: 'landelijk' | 'eigen';
  /** When an organisation overrides a default item: the default it replaces. */
  overrides?: { amountCents: number; source: string; year: number } | null;
}

/** One entry of the reference catalogue as read from JSON, before it is checked. */
interface RawCatalogueEntry {
  id?: unknown;
  label_nl?: unknown;
  unit?: unknown;
  amount_eur?: unknown;
  funder?: unknown;
  source?: unknown;
  year?: unknown;
  confidence?: unknown;
  notes?: unknown;
  range_eur?: unknown[];
}

/** Parse the shared reference catalogue; a broken entry fails loudly naming the file and key. */
export function parseCatalogue(raw: unknown, file = 'cost-catalogue.json'): CatalogueItem[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: verwacht een lijst met kostenposten`);
  const seen = new Set<string>();
  return raw.map((entry: unknown, i) => {
    const e = (entry && typeof entry === 'object' ? entry : {}) as RawCatalogueEntry;
    const where = `${file}: post ${i}${e && typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    if (!entry || typeof e.id !== 'string' || !/^[a-z0-9-]{2,80}$/.test(e.id)) throw new Error(`${where}: id ontbreekt of is ongeldig`);
    if (seen.has(e.id)) throw new Error(`${where}: id komt dubbel voor`);
    seen.add(e.id);
    if (!(UNITS as readonly string[]).includes(e.unit as string)) throw new Error(`${where}: onbekende eenheid "${e.unit}"`);
    if (!(FUNDERS as readonly string[]).includes(e.funder as string)) throw new Error(`${where}: onbekende financier "${e.funder}"`);
    if (typeof e.amount_eur !== 'number' || !(e.amount_eur >= 0)) throw new Error(`${where}: amount_eur moet een bedrag >= 0 zijn`);
    if (typeof e.source !== 'string' || !e.source) throw new Error(`${where}: bron (source) ontbreekt`);
    if (!Number.isInteger(e.year)) throw new Error(`${where}: jaar (year) ontbreekt`);
    const toCents = (x: number) => Math.round(x * 100);
    return {
      key: e.id,
      label: String(e.label_nl ?? e.id),
      unit: e.unit as Unit,
      amountCents: toCents(e.amount_eur),
      funder: e.funder as Funder,
      source: e.source,
      year: e.year as number,
      confidence: String(e.confidence ?? ''),
      notes: String(e.notes ?? ''),
      rangeCents: Array.isArray(e.range_eur) && e.range_eur.length === 2 && e.range_eur.every((x) => typeof x === 'number') ? [toCents(e.range_eur[0]), toCents(e.range_eur[1])] : null,
      origin: 'landelijk' as const,
      overrides: null,
    };
  });
}

export interface OwnItem { key: string; label: string; unit: Unit; amountCents: number; funder: Funder; source: string; year: number; notes: string }

/** The organisation's catalogue: the national defaults, overridden or extended by its own items. */
export function mergeCatalogue(defaults: CatalogueItem[], own: OwnItem[]): CatalogueItem[] {
  const byKey = new Map(defaults.map((d) => [d.key, d]));
  const out = new Map(defaults.map((d) => [d.key, d]));
  for (const o of own) {
    const d = byKey.get(o.key);
    out.set(o.key, {
      ...o,
      confidence: 'eigen prijs',
      rangeCents: null,
      origin: 'eigen',
      overrides: d ? { amountCents: d.amountCents, source: d.source, year: d.year } : null,
    });
  }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}

// ---- computation ---------------------------------------------------------------------------------

export const PATHS = ['regulier', 'maatwerk'] as const;
export type Path = (typeof PATHS)[number];
export const PATH_LABELS: Record<Path, string> = { regulier: 'Regulier pad (doormodderen)', maatwerk: 'Maatwerkpad (doorbreken)' };

export interface CostLine {
  itemKey: string | null;
  label: string;
  unit: Unit;
  amountCents: number;
  funder: Funder;
  source: string;
  year: number | null;
  /** At most two decimals. */
  quantity: number;
  /** 1 = the first month of the horizon. */
  startMonth: number;
  /** Ignored for one-off units. */
  durationMonths: number;
  /** Chance the cost occurs on this path, 0-100. */
  probabilityPct: number;
  note?: string;
}

export interface LineResult extends CostLine {
  monthsCounted: number;
  expectedCents: number;
  perYear: number[];
  explanation: string;
}
export interface PathResult {
  totalCents: number;
  perFunder: Array<{ funder: Funder; label: string; cents: number }>;
  perYear: Array<{ year: number; cents: number }>;
  lines: LineResult[];
}
export interface FunderBalance {
  funder: Funder;
  label: string;
  regulierCents: number;
  maatwerkCents: number;
  /** regulier − maatwerk: positive means this funder gains (saves) by the breakthrough, negative means it pays. */
  differenceCents: number;
  position: 'wint' | 'betaalt' | 'neutraal';
}
export interface BusinessCaseResult {
  horizonMonths: number;
  years: number;
  regulier: PathResult;
  maatwerk: PathResult;
  /** regulier − maatwerk: what the breakthrough saves society over the horizon (negative: it costs more). */
  differenceCents: number;
  perFunder: FunderBalance[];
  payers: Funder[];
  gainers: Funder[];
  summary: string;
}

const ONCE: Unit[] = ['one-off', 'per case'];

/** Round num/den (both BigInt, den > 0) half away from zero to a Number. */
function divRound(num: bigint, den: bigint): number {
  const neg = num < 0n;
  const a = neg ? -num : num;
  const q = (2n * a + den) / (2n * den);
  return Number(neg ? -q : q);
}

function formatQty(q: number): string {
  return Number.isInteger(q) ? String(q) : q.toFixed(2).replace('.', ',');
}

export function computeLine(line: CostLine, horizonMonths: number): LineResult {
  const years = Math.ceil(horizonMonths / 12);
  const perYear = Array.from({ length: years }, () => 0);
  const q100 = BigInt(Math.round(line.quantity * 100));
  const amount = BigInt(line.amountCents);
  const p = BigInt(line.probabilityPct);
  const src = `bron: ${line.source}${line.year ? `, ${line.year}` : ''}`;
  const funder = FUNDER_LABELS[line.funder];
  const chance = line.probabilityPct < 100 ? ` × ${line.probabilityPct}% kans` : '';
  if (ONCE.includes(line.unit)) {
    const inHorizon = line.startMonth >= 1 && line.startMonth <= horizonMonths;
    const total = inHorizon ? divRound(amount * q100 * p, 100n * 100n) : 0;
    if (inHorizon) perYear[Math.floor((line.startMonth - 1) / 12)] += total;
    const explanation = inHorizon
      ? `${line.label}: ${formatEuro(line.amountCents)} ${UNIT_LABELS[line.unit]} (${src}) × ${formatQty(line.quantity)}${chance}, in maand ${line.startMonth} = ${formatEuro(total)}; betaald door ${funder}`
      : `${line.label}: valt buiten de horizon van ${horizonMonths} maanden (start in maand ${line.startMonth}) = ${formatEuro(0)}`;
    return { ...line, monthsCounted: inHorizon ? 1 : 0, expectedCents: total, perYear, explanation };
  }
  const first = Math.max(1, line.startMonth);
  const last = Math.min(horizonMonths, line.startMonth + line.durationMonths - 1);
  const perYearUnit = line.unit === 'per year';
  const den = 100n * 100n * (perYearUnit ? 12n : 1n);
  let prev = 0;
  let k = 0;
  for (let m = first; m <= last; m++) {
    k++;
    const cum = divRound(amount * q100 * BigInt(k) * p, den);
    perYear[Math.floor((m - 1) / 12)] += cum - prev;
    prev = cum;
  }
  const months = Math.max(0, last - first + 1);
  const span = months ? `maand ${first} t/m ${last}` : 'buiten de horizon';
  const rate = perYearUnit ? ` × ${months}/12 jaar` : line.unit === 'per month' ? ` × ${countText(months, 'maand', 'maanden')}` : ` ${QUANTITY_MEANING[line.unit]} × ${countText(months, 'maand', 'maanden')}`;
  const explanation = `${line.label}: ${formatEuro(line.amountCents)} ${UNIT_LABELS[line.unit]} (${src}) × ${formatQty(line.quantity)}${rate}${chance} (${span}) = ${formatEuro(prev)}; betaald door ${funder}`;
  return { ...line, monthsCounted: months, expectedCents: prev, perYear, explanation };
}

function computePath(lines: CostLine[], horizonMonths: number): PathResult {
  const years = Math.ceil(horizonMonths / 12);
  const results = lines.map((l) => computeLine(l, horizonMonths));
  const perFunder = new Map<Funder, number>();
  const perYear = Array.from({ length: years }, () => 0);
  let total = 0;
  for (const r of results) {
    total += r.expectedCents;
    perFunder.set(r.funder, (perFunder.get(r.funder) ?? 0) + r.expectedCents);
    r.perYear.forEach((c, i) => (perYear[i] += c));
  }
  return {
    totalCents: total,
    perFunder: [...perFunder.entries()].map(([funder, cents]) => ({ funder, label: FUNDER_LABELS[funder], cents })).sort((a, b) => b.cents - a.cents || a.funder.localeCompare(b.funder)),
    perYear: perYear.map((cents, i) => ({ year: i + 1, cents })),
    lines: results,
  };
}

export function computeBusinessCase(input: { horizonMonths: number; regulier: CostLine[]; maatwerk: CostLine[] }): BusinessCaseResult {
  const regulier = computePath(input.regulier, input.horizonMonths);
  const maatwerk = computePath(input.maatwerk, input.horizonMonths);
  const funders = new Set<Funder>([...regulier.perFunder.map((f) => f.funder), ...maatwerk.perFunder.map((f) => f.funder)]);
  const get = (p: PathResult, f: Funder) => p.perFunder.find((x) => x.funder === f)?.cents ?? 0;
  const perFunder: FunderBalance[] = [...funders]
    .map((funder) => {
      const r = get(regulier, funder);
      const m = get(maatwerk, funder);
      const d = r - m;
      return { funder, label: FUNDER_LABELS[funder], regulierCents: r, maatwerkCents: m, differenceCents: d, position: (d > 0 ? 'wint' : d < 0 ? 'betaalt' : 'neutraal') as FunderBalance['position'] };
    })
    .sort((a, b) => b.differenceCents - a.differenceCents || a.funder.localeCompare(b.funder));
  const payers = perFunder.filter((f) => f.position === 'betaalt').map((f) => f.funder);
  const gainers = perFunder.filter((f) => f.position === 'wint').map((f) => f.funder);
  const difference = regulier.totalCents - maatwerk.totalCents;
  const who = payers.length && gainers.length ? ` De kosten van doorbreken liggen bij ${payers.map((f) => FUNDER_LABELS[f]).join(', ')}; de besparing valt bij ${gainers.map((f) => FUNDER_LABELS[f]).join(', ')}.` : '';
  const summary = `Over ${input.horizonMonths} maanden kost doormodderen naar verwachting ${formatEuro(regulier.totalCents)} en doorbreken ${formatEuro(maatwerk.totalCents)}: ${difference >= 0 ? 'een besparing' : 'extra kosten'} van ${formatEuro(Math.abs(difference))}.${who}`;
  return { horizonMonths: input.horizonMonths, years: Math.ceil(input.horizonMonths / 12), regulier, maatwerk, differenceCents: difference, perFunder, payers, gainers, summary };
}

// ---- stored business cases -------------------------------------------------------------------------

/** A cost line as stored: on one of the two paths. */
export interface StoredLine extends CostLine {
  path: Path;
}

/** A stored business case with its priced lines (as the store returns it). */
export interface BusinessCaseRow {
  id: string;
  organisationId: string;
  caseId: string;
  knelpuntId: string | null;
  title: string;
  horizonMonths: number;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  lines: StoredLine[];
}

/** A stored business case computed: both paths from its lines. */
export function resultOf(b: { horizonMonths: number; lines: StoredLine[] }): BusinessCaseResult {
  return computeBusinessCase({ horizonMonths: b.horizonMonths, regulier: b.lines.filter((l) => l.path === 'regulier'), maatwerk: b.lines.filter((l) => l.path === 'maatwerk') });
}

/** A cost line as asked for: a catalogue item (with an optional own price and its source) or a free line. */
export interface LineInput {
  itemKey?: string;
  label?: string;
  unit?: Unit;
  amountCents?: number;
  funder?: Funder;
  source?: string;
  year?: number;
  quantity: number;
  startMonth: number;
  durationMonths: number;
  probabilityPct: number;
  note?: string;
}

/** What a business case is made of, as asked for. */
export interface BusinessCaseInput {
  title: string;
  horizonMonths: number;
  knelpuntId?: string | null;
  regulier: LineInput[];
  maatwerk: LineInput[];
}

/** Resolve input lines against the catalogue into priced lines; a bad line names its field. */
export function resolveLines(catalogue: CatalogueItem[], path: Path, lines: LineInput[]): StoredLine[] {
  return lines.map((l, i) => {
    const f = (k: string) => `${path}.${i}.${k}`;
    let base: Omit<CostLine, 'quantity' | 'startMonth' | 'durationMonths' | 'probabilityPct'>;
    if (l.itemKey) {
      const item = catalogue.find((c) => c.key === l.itemKey);
      if (!item) throw invalid(f('itemKey'), 'staat niet in de kostencatalogus van uw organisatie');
      if (l.amountCents !== undefined && !l.source) throw invalid(f('source'), 'geef de bron van een afwijkende prijs');
      if (l.unit && l.unit !== item.unit) throw invalid(f('unit'), `de eenheid van deze kostenpost is "${item.unit}"`);
      base = {
        itemKey: item.key, label: l.label ?? item.label, unit: item.unit, amountCents: l.amountCents ?? item.amountCents, funder: l.funder ?? item.funder,
        source: l.amountCents !== undefined ? l.source! : item.source, year: l.amountCents !== undefined ? l.year ?? null : item.year,
      };
    } else {
      for (const k of ['label', 'unit', 'amountCents', 'funder', 'source'] as const) if (l[k] === undefined) throw invalid(f(k), 'is verplicht voor een kostenpost buiten de catalogus (of geef itemKey)');
      base = { itemKey: null, label: l.label!, unit: l.unit!, amountCents: l.amountCents!, funder: l.funder!, source: l.source!, year: l.year ?? null };
    }
    if (l.startMonth + (ONCE.includes(base.unit) ? 0 : l.durationMonths - 1) > 240) throw invalid(f('durationMonths'), 'startmaand plus duur mag niet verder reiken dan maand 240');
    return { ...base, path, quantity: l.quantity, startMonth: l.startMonth, durationMonths: l.durationMonths, probabilityPct: l.probabilityPct, note: l.note ?? '' };
  });
}

/** Both paths of an input, priced against the catalogue (regulier first, as stored). */
export function resolvePaths(catalogue: CatalogueItem[], input: { regulier: LineInput[]; maatwerk: LineInput[] }): StoredLine[] {
  return [...resolveLines(catalogue, 'regulier', input.regulier), ...resolveLines(catalogue, 'maatwerk', input.maatwerk)];
}
