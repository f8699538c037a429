// SPDX-License-Identifier: EUPL-1.2
/**
 * Patterns across cases ("giftige cocktails") and the council's report, as pure logic: which items a
 * case holds, when a case is stuck, the measures of a combination (count, support, confidence,
 * lift), the four Hart van Brabant cocktails, periods, and small-cell suppression that survives
 * differencing. No I/O, no clock. The mining itself is FP-growth in ./fpgrowth.ts.
 */
import { DOMAINS, DOMAIN_KEYS, type Domain } from '../../cases/model';
import { KNELPUNT_TYPES, KNELPUNT_TYPE_LABELS, type KnelpuntType } from '../../escalation/model';
import { flatten, fpGrowth, type ItemsetCount } from './fpgrowth';

export { fpGrowth, flatten, type ItemsetCount, type FlatTransactions } from './fpgrowth';

/** Below this, a count is not shown outside the organisation that holds the cases. */
export const SUPPRESSION_THRESHOLD = 10;
/** Default: a case open longer than this many working days counts as stuck (about three months). */
export const DEFAULT_STUCK_WORKING_DAYS = 65;

// ---- items -----------------------------------------------------------------------------------------

export type ItemKind = 'leefgebied' | 'huishouden' | 'knelpunt' | 'wet';
export interface Item {
  key: string;
  kind: ItemKind;
  label: string;
}

/** A blocking law as a key: the law's name without article or remark ("Participatiewet art. 22a" → "Participatiewet"). */
export function lawKey(law: string): string {
  const t = law.trim().replace(/\s+/g, ' ');
  const cut = t.search(/\s(?:\(|art\.?\s|artikel\s|lid\s|,)/i);
  return (cut > 0 ? t.slice(0, cut) : t).trim();
}

export const itemKey = {
  domain: (d: Domain) => `leefgebied:${d}`,
  children: 'huishouden:kinderen',
  type: (t: KnelpuntType) => `knelpunt:${t}`,
  law: (law: string) => `wet:${lawKey(law)}`,
};

export function itemOf(key: string): Item {
  const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'leefgebied') return { key, kind, label: DOMAINS[rest as Domain] ?? rest };
  if (kind === 'huishouden') return { key, kind, label: 'Kinderen in het huishouden' };
  if (kind === 'knelpunt') return { key, kind, label: `Knelpunt: ${KNELPUNT_TYPE_LABELS[rest as KnelpuntType] ?? rest}` };
  return { key, kind: 'wet', label: `Blokkerende regel: ${rest}` };
}

/** What the mining reads of one case (gathered through the cases and escalation rooms' queries). */
export interface CaseFacts {
  caseId: string;
  teamId: string;
  openedOn: string;
  closedOn: string | null;
  /** Life domains scored 1 or 2 on the latest assessment. */
  problemDomains: string[];
  hasChildren: boolean;
  knelpunten: Array<{ type: string; blockingLaw: string; escalated: boolean }>;
}

/** The items of one case: its problem life domains, children in the household, its knelpunt types and blocking laws. */
export function itemsOf(c: CaseFacts): string[] {
  const out = new Set<string>();
  for (const d of c.problemDomains) if ((DOMAIN_KEYS as string[]).includes(d)) out.add(itemKey.domain(d as Domain));
  if (c.hasChildren) out.add(itemKey.children);
  for (const k of c.knelpunten) {
    if ((KNELPUNT_TYPES as readonly string[]).includes(k.type)) out.add(itemKey.type(k.type as KnelpuntType));
    if (k.blockingLaw.trim()) out.add(itemKey.law(k.blockingLaw));
  }
  return [...out].sort();
}

/**
 * Stuck: a knelpunt of the case went up the ladder, or the case was open longer than `limitDays`
 * working days — to its closing date, or to `asOf` while open. `deadlineOf(openedOn)` gives the
 * date `limitDays` working days after opening on the organisation's calendar.
 */
export function isStuck(c: Pick<CaseFacts, 'openedOn' | 'closedOn' | 'knelpunten'>, asOf: string, deadlineOf: (openedOn: string) => string): { stuck: boolean; reason: 'escalatie' | 'duur' | null } {
  const reason = stuckReason(c.knelpunten.some((k) => k.escalated), c.openedOn, c.closedOn, asOf, deadlineOf);
  return { stuck: reason !== null, reason };
}

/** The rule of `isStuck` on the facts it reads: whether any knelpunt escalated, the dates, the deadline. */
export function stuckReason(escalated: boolean, openedOn: string, closedOn: string | null, asOf: string, deadlineOf: (openedOn: string) => string): 'escalatie' | 'duur' | null {
  if (escalated) return 'escalatie';
  const end = closedOn && closedOn < asOf ? closedOn : asOf;
  return end > deadlineOf(openedOn) ? 'duur' : null;
}

// ---- measures --------------------------------------------------------------------------------------

export interface Measures {
  /** Cases holding the combination. */
  count: number;
  /** Of those, stuck. */
  stuck: number;
  /** count / all cases. */
  support: number;
  /** stuck / count: how often the combination goes with a stuck case (the rule combination ⇒ stuck). */
  confidence: number;
  /** The confidence at least, with 95 % certainty (`wilsonLower`): 24 of 24 stuck is at least 90 %, 5 of 5 at least 65 %. */
  confidenceLow: number;
  /** confidence / (stuck cases / all cases): above 1, the combination is more often stuck than a case in general. */
  lift: number | null;
}

export function measures(count: number, stuck: number, total: number, totalStuck: number): Measures {
  const support = total ? count / total : 0;
  const confidence = count ? stuck / count : 0;
  const base = total ? totalStuck / total : 0;
  return { count, stuck, support, confidence, confidenceLow: wilsonLower(stuck, count), lift: base > 0 ? confidence / base : null };
}

/** z of a one-sided 95 % bound (the 95th percentile of the standard normal distribution). */
const Z95 = 1.644854;

/**
 * The one-sided 95 % lower bound of the Wilson score interval of a share `hits` of `n`: with 95 %
 * certainty the share is at least this, given how few cases it rests on (E. B. Wilson, "Probable
 * inference, the law of succession, and statistical inference", Journal of the American Statistical
 * Association 22, 1927). One-sided, because the screen says "ten minste". 0 for no cases.
 */
export function wilsonLower(hits: number, n: number): number {
  if (n <= 0) return 0;
  const p = hits / n;
  const z2 = Z95 * Z95;
  return Math.max(0, (p + z2 / (2 * n) - Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n));
}

/**
 * Strongest first: by the stuck share the combination has at least (so a pattern seen in 24 cases
 * comes before the same share in 5), then by lift, count, fewer items and name. The ranking of the
 * organisation's combinations and of the pooled view.
 */
export function strongerFirst(a: Measures & { key: string; size?: number }, b: Measures & { key: string; size?: number }): number {
  return b.confidenceLow - a.confidenceLow || (b.lift ?? 0) - (a.lift ?? 0) || b.count - a.count || (a.size ?? 0) - (b.size ?? 0) || a.key.localeCompare(b.key);
}

// ---- the four Hart van Brabant cocktails (DOMAIN.md) ------------------------------------------------

export interface KnownCocktail {
  key: string;
  name: string;
  /** The problems as Hart van Brabant named them, each with the items that stand for it (any of them). */
  parts: Array<{ label: string; anyOf: string[] }>;
}

/**
 * Hart van Brabant studied 50 stuck cases by hand and found four cocktails (DOMAIN.md). Mapping onto
 * what the platform records: mental health = life domain geestelijke gezondheid; housing = life domain
 * huisvesting or a knelpunt under the Huisvestingswet (2014) or a Huisvestingsverordening; children = a child in the household; unfitting
 * support = a knelpunt "aanbod ontbreekt"; youth care = a knelpunt under the Jeugdwet; debts = life
 * domain financiën; no income = life domain werk & opleiding or a knelpunt under the Participatiewet.
 */
const P = {
  ggz: () => ({ label: 'psychische problemen', anyOf: [itemKey.domain('geestelijke_gezondheid')] }),
  wonen: () => ({ label: 'wonen', anyOf: [itemKey.domain('huisvesting'), itemKey.law('Huisvestingswet'), itemKey.law('Huisvestingswet 2014'), itemKey.law('Huisvestingsverordening')] }),
  kinderen: () => ({ label: 'kinderen', anyOf: [itemKey.children] }),
};
export const HVB_COCKTAILS: KnownCocktail[] = [
  { key: 'hvb-1', name: 'GGZ, wonen, kinderen en niet-passende ondersteuning', parts: [P.ggz(), P.wonen(), P.kinderen(), { label: 'niet-passende ondersteuning', anyOf: [itemKey.type('aanbod_ontbreekt')] }] },
  { key: 'hvb-2', name: 'Jeugdhulp, wonen en kinderen', parts: [{ label: 'jeugdhulp', anyOf: [itemKey.law('Jeugdwet')] }, P.wonen(), P.kinderen()] },
  { key: 'hvb-3', name: 'Schulden, wonen en kinderen', parts: [{ label: 'schulden', anyOf: [itemKey.domain('financien')] }, P.wonen(), P.kinderen()] },
  { key: 'hvb-4', name: 'GGZ, wonen en geen inkomen', parts: [P.ggz(), P.wonen(), { label: 'geen inkomen', anyOf: [itemKey.domain('werk_opleiding'), itemKey.law('Participatiewet')] }] },
];

/** Whether a case's items hold a known cocktail: every part by at least one of its items. */
export function holdsCocktail(items: ReadonlySet<string>, c: KnownCocktail): boolean {
  return c.parts.every((p) => p.anyOf.some((k) => items.has(k)));
}

/** The known cocktails a mined combination expresses exactly (each part by one of its items, nothing else). */
export function cocktailsOf(items: readonly string[]): string[] {
  const set = new Set(items);
  return HVB_COCKTAILS.filter((c) => items.length === c.parts.length && holdsCocktail(set, c) && items.every((i) => c.parts.some((p) => p.anyOf.includes(i)))).map((c) => c.key);
}

// ---- mining an organisation's cases -----------------------------------------------------------------

export interface Combination extends Measures {
  items: Item[];
  /** The Hart van Brabant cocktails this combination is. */
  cocktails: string[];
}

export interface Analysis {
  total: number;
  totalStuck: number;
  combinations: Combination[];
  /** Per known cocktail: its measures here (cases holding all its parts, each by any of its items). */
  cocktails: Array<KnownCocktail & Measures>;
}

/** Cases as mined: their items, stuck or not, and how many cases share exactly these (default 1). */
export interface CaseItems {
  items: string[];
  stuck: boolean;
  weight?: number;
}

/**
 * Identical cases (the same items, both stuck or both not) as one entry with their number as the
 * weight. 50,000 cases hold a few thousand distinct item sets at most, so the mining and the
 * cocktail counts run over those (issue 12); every count stays exact, as `analyse` of the cases one
 * by one gives (model.test.ts).
 */
export function groupCases(cases: ReadonlyArray<CaseItems>): CaseItems[] {
  const groups = new Map<string, CaseItems>();
  for (const c of cases) {
    let key = c.stuck ? '1' : '0';
    for (const i of c.items) key += `${i.length}:${i}`; // length-prefixed: no item text can pass for two
    const g = groups.get(key);
    if (g) g.weight! += c.weight ?? 1;
    else groups.set(key, { items: c.items, stuck: c.stuck, weight: c.weight ?? 1 });
  }
  return [...groups.values()];
}

/** Mines item combinations of 2 to `maxLength` items held by ≥ `minCount` cases; strongest first (`strongerFirst`). A case with a weight counts that many times. */
export function analyse(cases: ReadonlyArray<CaseItems>, opts: { minCount: number; maxLength?: number; limit?: number }): Analysis {
  const w = (c: CaseItems) => c.weight ?? 1;
  const keys = [...new Set(cases.flatMap((c) => c.items))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const flat = flatten(cases.map((c) => ({ items: c.items.map((k) => index.get(k)!), stuck: c.stuck, weight: c.weight })));
  const total = cases.reduce((s, c) => s + w(c), 0);
  const totalStuck = cases.reduce((s, c) => s + (c.stuck ? w(c) : 0), 0);
  const mined = fpGrowth(flat, keys.length, { minCount: opts.minCount, maxLength: opts.maxLength ?? 4 });
  // Ranked on the measures; the named items only for the combinations shown.
  const combinations = mined
    .filter((s) => s.items.length >= 2)
    .map((s: ItemsetCount) => {
      const ks = s.items.map((i) => keys[i]);
      return { ks, key: ks.join(), size: ks.length, ...measures(s.count, s.stuck, total, totalStuck) };
    })
    .sort(strongerFirst)
    .slice(0, opts.limit ?? 50)
    .map(({ ks, key: _key, size: _size, ...m }) => ({ items: ks.map(itemOf), cocktails: cocktailsOf(ks), ...m }));
  const sets = cases.map((c) => ({ set: new Set(c.items), stuck: c.stuck, weight: w(c) }));
  const cocktails = HVB_COCKTAILS.map((k) => {
    const holding = sets.filter((s) => holdsCocktail(s.set, k));
    return { ...k, ...measures(holding.reduce((n, s) => n + s.weight, 0), holding.reduce((n, s) => n + (s.stuck ? s.weight : 0), 0), total, totalStuck) };
  });
  return { total, totalStuck, combinations, cocktails };
}

/** A case as the cases room gives it to the patterns: dates, problem domains joined by commas ('' for none), children. */
export interface CaseRowFacts {
  caseId: string;
  openedOn: string;
  closedOn: string | null;
  problemDomains: string;
  hasChildren: boolean;
}
/** A knelpunt as the escalation room gives it to the patterns. */
export interface KnelpuntRowFacts {
  caseId: string;
  type: string;
  blockingLaw: string;
  escalated: boolean;
}

/** The knelpunten of an organisation per case, numbered (see `caseItemGroups`). */
export interface KnelpuntIndex {
  /** Per case with knelpunten: the number of its list of knelpunten (0: none). */
  listOfCase: Map<string, number>;
  /** The lists by number (type and law; `escalated` is not kept per knelpunt). */
  lists: Array<CaseFacts['knelpunten']>;
  /** Cases with a knelpunt that went up the ladder. */
  escalated: Set<string>;
}

/**
 * The knelpunten of each case as one number: cases with the same list (in the order given) share it.
 * A list is numbered by the list before its last knelpunt, then that knelpunt's type and law.
 */
export function indexKnelpunten(knelpunten: ReadonlyArray<KnelpuntRowFacts>): KnelpuntIndex {
  const next: Array<Map<string, Map<string, number>>> = [new Map()];
  const lists: Array<CaseFacts['knelpunten']> = [[]];
  const listOfCase = new Map<string, number>();
  const escalated = new Set<string>();
  for (const k of knelpunten) {
    const prev = listOfCase.get(k.caseId) ?? 0;
    const byType = next[prev].get(k.type) ?? next[prev].set(k.type, new Map()).get(k.type)!;
    let id = byType.get(k.blockingLaw);
    if (id === undefined) {
      id = lists.length;
      byType.set(k.blockingLaw, id);
      next.push(new Map());
      lists.push([...lists[prev], { type: k.type, blockingLaw: k.blockingLaw, escalated: false }]);
    }
    listOfCase.set(k.caseId, id);
    if (k.escalated) escalated.add(k.caseId);
  }
  return { listOfCase, lists, escalated };
}

/**
 * The cases as item sets with their stuck flag, identical ones grouped with their number as the
 * weight: what `itemsOf`, `isStuck` and `groupCases` give case by case (grouped.test.ts proves it),
 * without building anything per case. At 50,000 cases (issue 12, ADR 33) each case is a few look-ups
 * of numbers: its problem domains and its knelpunten (`indexKnelpunten`) are numbered once per
 * distinct value, and the items are made once per distinct combination.
 */
export function caseItemGroups(cases: ReadonlyArray<CaseRowFacts>, { listOfCase, lists, escalated }: KnelpuntIndex, asOf: string, deadlineOf: (openedOn: string) => string): CaseItems[] {
  const domainIds = new Map<string, number>();
  const domainLists: string[][] = [];
  const groups = new Map<number, CaseItems>();
  const itemsByFacts = new Map<number, string[]>();
  for (const c of cases) {
    let d = domainIds.get(c.problemDomains);
    if (d === undefined) {
      d = domainLists.length;
      domainIds.set(c.problemDomains, d);
      domainLists.push(c.problemDomains ? c.problemDomains.split(',') : []);
    }
    const list = listOfCase.get(c.caseId) ?? 0;
    const facts = (d * lists.length + list) * 2 + (c.hasChildren ? 1 : 0);
    const stuck = stuckReason(escalated.has(c.caseId), c.openedOn, c.closedOn, asOf, deadlineOf) !== null;
    const key = facts * 2 + (stuck ? 1 : 0);
    const g = groups.get(key);
    if (g) g.weight! += 1;
    else {
      let items = itemsByFacts.get(facts);
      if (!items) {
        items = itemsOf({ caseId: '', teamId: '', openedOn: '', closedOn: null, problemDomains: domainLists[d], hasChildren: c.hasChildren, knelpunten: lists[list] });
        itemsByFacts.set(facts, items);
      }
      groups.set(key, { items, stuck, weight: 1 });
    }
  }
  // Different facts can give the same items (a law with another article, knelpunten in another order).
  return groupCases([...groups.values()]);
}

// ---- periods ---------------------------------------------------------------------------------------

export interface Period {
  /** "2026-K4" or "2026". */
  key: string;
  label: string;
  from: string;
  to: string;
}

const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

export function quarterOf(date: string): Period {
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return quarter(y, q + 1);
}
export function quarter(year: number, q: number): Period {
  return { key: `${year}-K${q}`, label: `${q}e kwartaal ${year}`, from: `${year}-${QUARTER_START[q - 1]}`, to: `${year}-${QUARTER_END[q - 1]}` };
}
export function yearPeriod(year: number): Period {
  return { key: String(year), label: `Jaar ${year}`, from: `${year}-01-01`, to: `${year}-12-31` };
}
/** "2026-K3", "2026" → the period; null when it is neither. */
export function parsePeriod(key: string): Period | null {
  const q = /^(\d{4})-K([1-4])$/.exec(key);
  if (q) return quarter(Number(q[1]), Number(q[2]));
  const y = /^(\d{4})$/.exec(key);
  return y ? yearPeriod(Number(y[1])) : null;
}

/** Median and 90th percentile (nearest rank) of a list of numbers; null for an empty list. */
export function medianP90(xs: number[]): { median: number; p90: number } | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.max(0, Math.ceil(p * s.length) - 1)];
  return { median: rank(0.5), p90: rank(0.9) };
}

// ---- suppression -----------------------------------------------------------------------------------

/**
 * A table of counts and the sums that tie them: `total = sum of parts`. A cell is published unless
 * suppressed; `hidden` cells are never published (e.g. "not stuck", or an organisation's own count
 * inside a regional sum) but an attacker may still solve for them. `known` cells are known to some
 * reader anyway (an organisation knows its own counts).
 */
export interface Cell {
  id: string;
  value: number;
  hidden?: boolean;
  known?: boolean;
}
export interface Constraint {
  total: string;
  parts: string[];
}

export interface SuppressionResult {
  /** Cell ids not to publish (sensitive ones and their complements). */
  suppressed: Set<string>;
  /** Why each was suppressed. */
  reason: Map<string, 'klein' | 'aanvullend'>;
}

const sensitive = (v: number, k: number) => v > 0 && v < k;

/**
 * Which cells a reader can work out from the published ones: published and known cells, then
 * repeatedly any cell that is the only unknown in a constraint (total minus parts, or a part from
 * the total and the other parts). This is the differencing attack on totals.
 */
export function derivable(cells: Cell[], constraints: Constraint[], suppressed: ReadonlySet<string>): Set<string> {
  const open = new Set(cells.filter((c) => !c.hidden && !suppressed.has(c.id)).map((c) => c.id));
  for (const c of cells) if (c.known) open.add(c.id);
  let changed = true;
  while (changed) {
    changed = false;
    for (const k of constraints) {
      const ids = [k.total, ...k.parts];
      const unknown = ids.filter((id) => !open.has(id));
      if (unknown.length === 1) {
        open.add(unknown[0]);
        changed = true;
      }
    }
  }
  return open;
}

/**
 * Primary suppression (every published count 1-9) and complementary suppression: as long as a
 * reader could derive a count 1-9 that it does not already know — or the sum of the unknown parts of
 * a constraint with a known total is 1-9, which would tell a small group's size — suppress another
 * published cell: the smallest part (else the total) of a constraint the leak runs through. Repeats
 * until nothing small can be derived. Zero is published: it tells no one's story. Deterministic:
 * ties break on the cell id. `initial`: cells already suppressed (e.g. for another reader).
 */
export function suppress(cells: Cell[], constraints: Constraint[], threshold = SUPPRESSION_THRESHOLD, initial: Iterable<string> = []): SuppressionResult {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const suppressed = new Set<string>(initial);
  const reason = new Map<string, 'klein' | 'aanvullend'>([...suppressed].map((id) => [id, 'aanvullend' as const]));
  for (const c of cells) {
    if (c.hidden || c.known || !sensitive(c.value, threshold)) continue;
    suppressed.add(c.id);
    reason.set(c.id, 'klein');
  }
  const publishable = (id: string) => {
    const c = byId.get(id)!;
    return !c.hidden && !c.known && !suppressed.has(id);
  };
  const value = (id: string) => byId.get(id)!.value;
  const pick = (k: Constraint): string | null => {
    const parts = k.parts.filter(publishable).sort((a, b) => value(a) - value(b) || a.localeCompare(b));
    if (parts.length) return parts[0];
    return publishable(k.total) ? k.total : null;
  };
  const containing = new Map<string, Constraint[]>();
  for (const k of constraints) for (const id of [k.total, ...k.parts]) (containing.get(id) ?? containing.set(id, []).get(id)!).push(k);
  /** A cell to suppress so that `start` can no longer be derived: in a constraint through it, or further along the chain. */
  const fix = (start: string, open: Set<string>): string | null => {
    const queue = [start];
    const seen = new Set(queue);
    while (queue.length) {
      const id = queue.shift()!;
      for (const k of containing.get(id) ?? []) {
        const p = pick(k);
        if (p) return p;
        for (const other of [k.total, ...k.parts]) {
          if (seen.has(other) || !open.has(other) || publishable(other)) continue;
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return null;
  };
  for (let guard = 0; guard <= cells.length; guard++) {
    const open = derivable(cells, constraints, suppressed);
    let leak: string | null = null;
    for (const c of cells) if (open.has(c.id) && !c.known && sensitive(c.value, threshold)) leak = leak ?? c.id;
    if (!leak) {
      for (const k of constraints) {
        const unknownParts = k.parts.filter((id) => !open.has(id));
        if (open.has(k.total) && unknownParts.length > 1 && sensitive(unknownParts.reduce((s, id) => s + value(id), 0), threshold)) {
          leak = unknownParts[0];
          break;
        }
      }
    }
    if (!leak) break;
    const id = fix(leak, open);
    if (!id) break;
    suppressed.add(id);
    reason.set(id, 'aanvullend');
  }
  return { suppressed, reason };
}

/**
 * Suppression safe against every reader in `readers`: each knows its own cells (e.g. an
 * organisation its own counts inside a regional sum). Runs per reader and repeats until no reader
 * adds a suppression.
 */
export function suppressForReaders(cells: Cell[], constraints: Constraint[], readers: Array<ReadonlySet<string>>, threshold = SUPPRESSION_THRESHOLD): SuppressionResult {
  let result: SuppressionResult = suppress(cells, constraints, threshold);
  for (let round = 0; round < 10; round++) {
    const before = result.suppressed.size;
    for (const own of readers.length ? readers : [new Set<string>()]) {
      // What the reader works out from its own cells alone, before anything is published, is no leak.
      const mine = cells.map((c) => ({ ...c, hidden: true, known: own.has(c.id) }));
      const ownView = derivable(mine, constraints, new Set());
      const r = suppress(cells.map((c) => ({ ...c, known: ownView.has(c.id) })), constraints, threshold, result.suppressed);
      for (const [id, why] of result.reason) if (!r.reason.has(id) || why === 'klein') r.reason.set(id, why);
      result = r;
    }
    if (result.suppressed.size === before) break;
  }
  return result;
}

// ---- pooled counts across organisations ---------------------------------------------------------------

export interface OrgCounts {
  organisationId: string;
  region: string | null;
  total: number;
  totalStuck: number;
  /** Per combination key (item keys joined by "+"): count and stuck. */
  sets: Map<string, { count: number; stuck: number }>;
}

export interface PooledRow {
  key: string;
  count: number | null;
  stuck: number | null;
  confidence: number | null;
  confidenceLow: number | null;
  lift: number | null;
  cocktails: string[];
}

/**
 * The regional or national view: per combination the summed counts of the contributing
 * organisations, with every count below the threshold suppressed, complements suppressed so that no
 * reader — also not a contributing organisation that knows its own counts — can subtract its way
 * to a small count (through the total, the other regions, the stuck/not-stuck split or a
 * combination one item larger). Ratios only where both counts and the totals are shown.
 */
export function pooledView(orgs: OrgCounts[], scope: { region: string | null }, opts: { limit?: number; threshold?: number } = {}): { total: number | null; totalStuck: number | null; rows: PooledRow[]; contributors: number } {
  const threshold = opts.threshold ?? SUPPRESSION_THRESHOLD;
  const inScope = orgs.filter((o) => scope.region === null || o.region === scope.region);
  const sum = (os: OrgCounts[], key: string, f: 'count' | 'stuck') => os.reduce((s, o) => s + (o.sets.get(key)?.[f] ?? 0), 0);
  const scopeTotal = inScope.reduce((s, o) => s + o.total, 0);
  const scopeStuck = inScope.reduce((s, o) => s + o.totalStuck, 0);
  // Candidates: combinations of two or more items held by at least `threshold` cases in scope; the strongest first.
  const keys = new Set(inScope.flatMap((o) => [...o.sets.keys()]));
  const candidates = [...keys]
    .filter((k) => k.includes('+'))
    .map((k) => ({ key: k, ...measures(sum(inScope, k, 'count'), sum(inScope, k, 'stuck'), scopeTotal, scopeStuck) }))
    .filter((c) => c.count >= threshold)
    .sort(strongerFirst)
    .slice(0, opts.limit ?? 20)
    .map((c) => c.key);
  // Cells: every organisation's own (hidden, known to it), every region, the nation; for each combination and the totals.
  const regions = [...new Set(orgs.map((o) => o.region).filter((r): r is string => r !== null))].sort();
  const cells: Cell[] = [];
  const constraints: Constraint[] = [];
  const rowKeys = ['TOTAAL', ...candidates];
  const orgValue = (o: OrgCounts, k: string, f: 'count' | 'stuck') => (k === 'TOTAAL' ? (f === 'count' ? o.total : o.totalStuck) : (o.sets.get(k)?.[f] ?? 0));
  for (const k of rowKeys) {
    const areas: Array<{ id: string; members: OrgCounts[] }> = [...regions.map((r) => ({ id: `R:${r}`, members: orgs.filter((o) => o.region === r) })), { id: 'NL', members: orgs }];
    for (const o of orgs) for (const f of ['count', 'stuck'] as const) cells.push({ id: `${k}|O:${o.organisationId}|${f}`, value: orgValue(o, k, f), hidden: true });
    for (const area of areas) {
      const c = area.members.reduce((s, o) => s + orgValue(o, k, 'count'), 0);
      const st = area.members.reduce((s, o) => s + orgValue(o, k, 'stuck'), 0);
      cells.push({ id: `${k}|${area.id}|count`, value: c }, { id: `${k}|${area.id}|stuck`, value: st }, { id: `${k}|${area.id}|niet`, value: c - st, hidden: true });
      constraints.push({ total: `${k}|${area.id}|count`, parts: [`${k}|${area.id}|stuck`, `${k}|${area.id}|niet`] });
      if (area.id !== 'NL') for (const f of ['count', 'stuck'] as const) constraints.push({ total: `${k}|${area.id}|${f}`, parts: area.members.map((o) => `${k}|O:${o.organisationId}|${f}`) });
    }
    const noRegion = orgs.filter((o) => o.region === null);
    for (const f of ['count', 'stuck'] as const) constraints.push({ total: `${k}|NL|${f}`, parts: [...regions.map((r) => `${k}|R:${r}|${f}`), ...noRegion.map((o) => `${k}|O:${o.organisationId}|${f}`)] });
  }
  // A combination and the same one with one item more: their difference is a group of cases too.
  for (const small of candidates) {
    const items = small.split('+');
    for (const big of candidates) {
      const bigItems = big.split('+');
      if (bigItems.length !== items.length + 1 || !items.every((i) => bigItems.includes(i))) continue;
      for (const area of [...regions.map((r) => `R:${r}`), 'NL']) {
        const a = cells.find((c) => c.id === `${small}|${area}|count`)!.value;
        const b = cells.find((c) => c.id === `${big}|${area}|count`)!.value;
        const id = `${small}-${big}|${area}|verschil`;
        cells.push({ id, value: a - b, hidden: true });
        constraints.push({ total: `${small}|${area}|count`, parts: [`${big}|${area}|count`, id] });
      }
    }
  }
  const readers = orgs.map((o) => new Set(cells.filter((c) => c.id.includes(`|O:${o.organisationId}|`)).map((c) => c.id)));
  const { suppressed } = suppressForReaders(cells, constraints, readers, threshold);
  const area = scope.region === null ? 'NL' : `R:${scope.region}`;
  const shown = (k: string, f: 'count' | 'stuck'): number | null => {
    const id = `${k}|${area}|${f}`;
    const cell = cells.find((c) => c.id === id);
    return !cell || suppressed.has(id) ? null : cell.value;
  };
  const total = shown('TOTAAL', 'count');
  const totalStuck = shown('TOTAAL', 'stuck');
  const rows = candidates.map((k) => {
    const count = shown(k, 'count');
    const stuck = shown(k, 'stuck');
    const m = count !== null && stuck !== null && total !== null && totalStuck !== null ? measures(count, stuck, total, totalStuck) : null;
    return { key: k, count, stuck, confidence: m ? m.confidence : null, confidenceLow: m ? m.confidenceLow : null, lift: m ? m.lift : null, cocktails: cocktailsOf(k.split('+')) };
  });
  return { total, totalStuck, rows, contributors: inScope.length };
}

// ---- the council's report: tables with suppression --------------------------------------------------

export interface ReportCell {
  value: number | null;
  suppressed: boolean;
}
export interface ReportTable {
  key: string;
  title: string;
  unit: 'aantal' | 'eurocent' | 'werkdagen';
  columns: string[];
  rows: Array<{ label: string; cells: ReportCell[] }>;
  note: string;
}

/**
 * A table of counts with a total row and (when `totalColumn`) a last column that sums the others,
 * suppressed as one system: rows and columns add up, so complements are suppressed too. `amounts`,
 * when given, are shown in place of the counts but suppressed exactly where their counts are (an
 * amount of fewer than ten spends is not shown).
 */
export function suppressedTable(t: { key: string; title: string; unit: ReportTable['unit']; columns: string[]; rowLabels: string[]; counts: number[][]; amounts?: number[][]; totalColumn: boolean; totalRow: string | null; note: string }, threshold = SUPPRESSION_THRESHOLD): ReportTable {
  const nr = t.rowLabels.length;
  const nc = t.columns.length - (t.totalColumn ? 1 : 0);
  const val = (m: number[][], r: number, c: number) => m[r]?.[c] ?? 0;
  const rowsWithTotal = (m: number[][]) => {
    const rows = t.rowLabels.map((_, r) => {
      const base = Array.from({ length: nc }, (_, c) => val(m, r, c));
      return t.totalColumn ? [...base, base.reduce((s, x) => s + x, 0)] : base;
    });
    if (t.totalRow !== null) rows.push(rows[0] ? rows[0].map((_, c) => rows.reduce((s, row) => s + row[c], 0)) : []);
    return rows;
  };
  const counts = rowsWithTotal(t.counts);
  const amounts = t.amounts ? rowsWithTotal(t.amounts) : null;
  const id = (r: number, c: number) => `${r}:${c}`;
  const cells: Cell[] = counts.flatMap((row, r) => row.map((v, c) => ({ id: id(r, c), value: v })));
  const constraints: Constraint[] = [];
  const width = counts[0]?.length ?? 0;
  if (t.totalColumn) for (let r = 0; r < counts.length; r++) constraints.push({ total: id(r, width - 1), parts: Array.from({ length: width - 1 }, (_, c) => id(r, c)) });
  if (t.totalRow !== null) for (let c = 0; c < width; c++) constraints.push({ total: id(counts.length - 1, c), parts: Array.from({ length: nr }, (_, r) => id(r, c)) });
  const { suppressed } = suppress(cells, constraints, threshold);
  const shownValues = amounts ?? counts;
  const labels = t.totalRow !== null ? [...t.rowLabels, t.totalRow] : t.rowLabels;
  return {
    key: t.key,
    title: t.title,
    unit: t.unit,
    columns: t.columns,
    note: t.note,
    rows: labels.map((label, r) => ({ label, cells: shownValues[r].map((v, c) => (suppressed.has(id(r, c)) ? { value: null, suppressed: true } : { value: v, suppressed: false })) })),
  };
}
