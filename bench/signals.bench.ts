// SPDX-License-Identifier: EUPL-1.2
/**
 * Signal evaluation throughput (issue 12: ≥ 100,000 events/s): a synthetic stream of life events on
 * 20,000 cases (12 event types, dates over a year, arriving case by case in random order) evaluated
 * as they arrive against Tilburg's three demo rules with the pure evaluator of
 * src/learning/signals/model.ts (firesOn), keeping each case's history and last firing as the
 * command does. The database writes are not part of this figure.
 */
import { firesOn, LIFE_EVENT_TYPES, type CaseEvent } from '../src/learning/signals/model';

const RULES = [
  { events: ['scheiding_vastgelegd', 'bijstandsaanvraag', 'woningaanvraag'], windowDays: 90, ordered: false },
  { events: ['huurachterstand', 'baanverlies'], windowDays: 120, ordered: false },
  { events: ['huurachterstand', 'ontruimingsaanzegging'], windowDays: 60, ordered: true },
];
const CASES = 20_000;
const PER_CASE = 12;

// A small deterministic generator (mulberry32), so every run evaluates the same stream.
let seed = 12;
const rnd = () => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const stream: Array<{ c: number; e: CaseEvent }> = [];
let seq = 0;
for (let c = 0; c < CASES; c++) {
  for (let i = 0; i < PER_CASE; i++) {
    const type = LIFE_EVENT_TYPES[Math.floor(rnd() * LIFE_EVENT_TYPES.length)];
    stream.push({ c, e: { id: `e${seq}`, type, on: day(Math.floor(rnd() * 365)), seq: ++seq } });
  }
}
// Arrival order: shuffled (an event may be recorded after a later-dated one, as in practice).
for (let i = stream.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [stream[i], stream[j]] = [stream[j], stream[i]];
}
// Recording order is arrival order.
stream.forEach((x, i) => (x.e.seq = i + 1));

function run() {
  const history = new Map<number, CaseEvent[]>();
  const last = RULES.map(() => new Array<{ on: string; seq: number } | null>(CASES).fill(null));
  let fired = 0;
  for (const { c, e } of stream) {
    const before = history.get(c) ?? [];
    for (let r = 0; r < RULES.length; r++) {
      const m = firesOn(RULES[r], before, e, last[r][c]);
      if (m) {
        fired++;
        const lastEvent = [...before, e].find((x) => x.id === m.eventIds[m.eventIds.length - 1])!;
        last[r][c] = { on: lastEvent.on, seq: lastEvent.seq };
      }
    }
    before.push(e);
    history.set(c, before);
  }
  return fired;
}

run(); // warm-up
const t0 = performance.now();
const fired = run();
const ms = performance.now() - t0;
const perSecond = Math.round(stream.length / (ms / 1000));
console.log(JSON.stringify({ name: 'signals.evaluate.events_per_s', value: perSecond, unit: 'events/s', events: stream.length, rules: RULES.length, fired }));
console.log(JSON.stringify({ name: 'signals.evaluate.vs_target', value: Math.round((perSecond / 100_000) * 100) / 100, unit: 'ratio (target 100,000 events/s)' }));
