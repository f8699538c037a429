// SPDX-License-Identifier: EUPL-1.2
/**
 * FP-growth (Han, Pei & Yin, 2000) over weighted transactions, counting for every frequent itemset
 * both how many transactions hold it and how many of those are "stuck". Pure, no I/O.
 *
 * How it works, in three steps:
 *   1. Count each item once over all transactions; keep the items reaching `minCount`, ordered by
 *      count (most frequent first, ties by item number) — the "f-list".
 *   2. Build the FP-tree: every transaction, its frequent items in f-list order, is a path from the
 *      root; a shared prefix shares nodes, each node carrying the count (and stuck count) of the
 *      transactions through it. A header list per item links all nodes of that item.
 *   3. Mine bottom-up: for each item (least frequent first) its nodes' prefix paths form the
 *      "conditional pattern base"; a new, smaller FP-tree over those paths (weighted by the node's
 *      counts) is mined recursively with the item appended to the suffix. Each item reached this
 *      way with count ≥ `minCount` is a frequent itemset.
 * The tree lives in typed arrays (parent, item, count, stuck, first child, next sibling, next node of
 * the same item), so a million transactions mine without a million objects.
 */

export interface ItemsetCount {
  /** Item numbers, ascending. */
  items: number[];
  /** Transactions holding every item. */
  count: number;
  /** Of those, the stuck ones. */
  stuck: number;
}

/** Transactions in flat form: the items of transaction t are items[offsets[t] .. offsets[t+1]). */
export interface FlatTransactions {
  items: Int32Array;
  offsets: Int32Array;
  /** 1 for a stuck transaction. */
  stuck: Uint8Array;
  /** Optional weight per transaction (default 1). */
  weight?: Int32Array;
}

/** Flat form of the transactions; a `weight` on any of them (identical transactions counted once, issue 12) makes the weights explicit. */
export function flatten(transactions: ReadonlyArray<{ items: readonly number[]; stuck: boolean; weight?: number }>): FlatTransactions {
  const total = transactions.reduce((s, t) => s + t.items.length, 0);
  const items = new Int32Array(total);
  const offsets = new Int32Array(transactions.length + 1);
  const stuck = new Uint8Array(transactions.length);
  const weighted = transactions.some((t) => t.weight !== undefined);
  const weight = weighted ? new Int32Array(transactions.length) : undefined;
  let p = 0;
  transactions.forEach((t, i) => {
    offsets[i] = p;
    for (const it of t.items) items[p++] = it;
    stuck[i] = t.stuck ? 1 : 0;
    if (weight) weight[i] = t.weight ?? 1;
  });
  offsets[transactions.length] = p;
  return weight ? { items, offsets, stuck, weight } : { items, offsets, stuck };
}

class FpTree {
  parent: Int32Array;
  item: Int32Array;
  count: Float64Array;
  stuck: Float64Array;
  child: Int32Array;
  sibling: Int32Array;
  link: Int32Array;
  size = 1; // node 0 is the root
  /** First node per item rank (-1 = none). */
  head: Int32Array;

  constructor(
    /** Item number per rank (rank 0 = most frequent). */
    readonly ranks: Int32Array,
    capacity: number,
  ) {
    capacity = Math.max(capacity, 16);
    this.parent = new Int32Array(capacity);
    this.item = new Int32Array(capacity);
    this.count = new Float64Array(capacity);
    this.stuck = new Float64Array(capacity);
    this.child = new Int32Array(capacity).fill(-1);
    this.sibling = new Int32Array(capacity).fill(-1);
    this.link = new Int32Array(capacity).fill(-1);
    this.head = new Int32Array(ranks.length).fill(-1);
    this.item[0] = -1;
    this.parent[0] = -1;
  }

  private grow() {
    const cap = this.parent.length * 2;
    const g = <T extends Int32Array | Float64Array>(a: T, fill?: number): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    this.parent = g(this.parent);
    this.item = g(this.item);
    this.count = g(this.count);
    this.stuck = g(this.stuck);
    this.child = g(this.child, -1);
    this.sibling = g(this.sibling, -1);
    this.link = g(this.link, -1);
  }

  /** Inserts a path of item ranks (ascending rank = descending frequency). */
  insert(path: Int32Array | number[], len: number, count: number, stuck: number) {
    let node = 0;
    for (let i = 0; i < len; i++) {
      const r = path[i];
      let c = this.child[node];
      while (c !== -1 && this.item[c] !== r) c = this.sibling[c];
      if (c === -1) {
        if (this.size === this.parent.length) this.grow();
        c = this.size++;
        this.item[c] = r;
        this.parent[c] = node;
        this.sibling[c] = this.child[node];
        this.child[node] = c;
        this.link[c] = this.head[r];
        this.head[r] = c;
      }
      this.count[c] += count;
      this.stuck[c] += stuck;
      node = c;
    }
  }
}

export interface MineOptions {
  /** Minimum number of transactions holding an itemset (≥ 1). */
  minCount: number;
  /** Longest itemset reported (default: unlimited). */
  maxLength?: number;
}

/** All itemsets held by at least `minCount` transactions, with their count and stuck count. */
export function fpGrowth(tx: FlatTransactions, itemCount: number, opts: MineOptions): ItemsetCount[] {
  const minCount = Math.max(1, opts.minCount);
  const maxLength = opts.maxLength ?? Infinity;
  const n = tx.stuck.length;
  const w = (t: number) => (tx.weight ? tx.weight[t] : 1);
  // 1. Item counts and the f-list.
  const counts = new Float64Array(itemCount);
  for (let t = 0; t < n; t++) for (let p = tx.offsets[t]; p < tx.offsets[t + 1]; p++) counts[tx.items[p]] += w(t);
  const frequent: number[] = [];
  for (let i = 0; i < itemCount; i++) if (counts[i] >= minCount) frequent.push(i);
  frequent.sort((a, b) => counts[b] - counts[a] || a - b);
  const rankOf = new Int32Array(itemCount).fill(-1);
  frequent.forEach((it, r) => (rankOf[it] = r));
  const ranks = Int32Array.from(frequent);
  // 2. The FP-tree.
  const tree = new FpTree(ranks, Math.min(n * 2 + 16, 1 << 20));
  const path = new Int32Array(Math.max(itemCount, 1));
  for (let t = 0; t < n; t++) {
    let len = 0;
    for (let p = tx.offsets[t]; p < tx.offsets[t + 1]; p++) {
      const r = rankOf[tx.items[p]];
      if (r >= 0) path[len++] = r;
    }
    // Insertion sort: transactions are short.
    for (let i = 1; i < len; i++) {
      const v = path[i];
      let j = i - 1;
      while (j >= 0 && path[j] > v) path[j + 1] = path[j--];
      path[j + 1] = v;
    }
    // A duplicate item in one transaction counts once.
    let u = 0;
    for (let i = 0; i < len; i++) if (i === 0 || path[i] !== path[i - 1]) path[u++] = path[i];
    tree.insert(path, u, w(t), tx.stuck[t] ? w(t) : 0);
  }
  // 3. Mining.
  const out: ItemsetCount[] = [];
  mine(tree, [], minCount, maxLength, out);
  for (const s of out) s.items.sort((a, b) => a - b);
  return out;
}

function mine(tree: FpTree, suffix: number[], minCount: number, maxLength: number, out: ItemsetCount[]) {
  const ranks = tree.ranks;
  const buf: number[] = [];
  for (let r = ranks.length - 1; r >= 0; r--) {
    let count = 0;
    let stuck = 0;
    for (let node = tree.head[r]; node !== -1; node = tree.link[node]) {
      count += tree.count[node];
      stuck += tree.stuck[node];
    }
    if (count < minCount) continue;
    const itemset = [ranks[r], ...suffix];
    out.push({ items: itemset, count, stuck });
    if (itemset.length >= maxLength) continue;
    // Conditional pattern base of rank r: the prefix paths of its nodes, weighted by the node.
    const condCounts = new Float64Array(r);
    for (let node = tree.head[r]; node !== -1; node = tree.link[node]) {
      for (let p = tree.parent[node]; p > 0; p = tree.parent[p]) condCounts[tree.item[p]] += tree.count[node];
    }
    const keep: number[] = [];
    for (let q = 0; q < r; q++) if (condCounts[q] >= minCount) keep.push(q);
    if (!keep.length) continue;
    // The conditional tree keeps the parent tree's order (ranks are already by frequency there).
    const newRank = new Int32Array(r).fill(-1);
    keep.forEach((q, i) => (newRank[q] = i));
    const cond = new FpTree(Int32Array.from(keep.map((q) => ranks[q])), 64);
    for (let node = tree.head[r]; node !== -1; node = tree.link[node]) {
      buf.length = 0;
      for (let p = tree.parent[node]; p > 0; p = tree.parent[p]) {
        const nr = newRank[tree.item[p]];
        if (nr >= 0) buf.push(nr);
      }
      buf.reverse();
      if (buf.length) cond.insert(buf, buf.length, tree.count[node], tree.stuck[node]);
    }
    mine(cond, itemset, minCount, maxLength, out);
  }
}
