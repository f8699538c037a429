// SPDX-License-Identifier: EUPL-1.2
/**
 * Income engine benchmarks. JSON lines on stdout, progress on stderr.
 *  1. household-month evaluations per second on one core (bijstand + zorgtoeslag + huurtoeslag +
 *     kindgebonden budget + kinderbijslag) on rules precompiled for the date; also with the
 *     municipal schemes;
 *  2. minima-effectrapportage: 6 household types x 101 income points with all schemes.
 */
import { performance } from 'node:perf_hooks';
import { compileRules, computeHousehold, householdFacts, type HouseholdFacts } from '../src/income/household';
import { parseHouseholdProfile } from '../src/income/profile';
import { mulberry32 } from '../src/platform/random';
import { gemeenteConfig } from '../src/income/rules/gemeentelijk/parameters';
import { parseMinimaInput, runMinimaReport } from '../src/income/scenarios/minima';
import { minimaCsv, minimaHtml } from '../src/income/report/minima-report';

const emit = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

function population(n: number, date: string, seed: number): HouseholdFacts[] {
  const rng = mulberry32(seed);
  const out: HouseholdFacts[] = [];
  const types = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;
  for (let i = 0; i < n; i++) {
    const type = types[Math.floor(rng() * 3)];
    const year = 1960 + Math.floor(rng() * 45);
    const leden: Record<string, unknown>[] = [{ rol: 'aanvrager', geboortedatum: `${year}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`, nettoLoonPerMaand: rng() < 0.4 ? Math.floor(rng() * 120000) : 0, toetsingsinkomenPerJaar: Math.floor(rng() * 3500000) }];
    if (type === 'gehuwden') leden.push({ rol: 'partner', geboortedatum: `${year + 1}-05-05`, nettoLoonPerMaand: rng() < 0.3 ? Math.floor(rng() * 80000) : 0 });
    const kids = type === 'alleenstaande' ? 0 : type === 'alleenstaande-ouder' ? 1 + Math.floor(rng() * 3) : Math.floor(rng() * 4);
    for (let k = 0; k < kids; k++) leden.push({ rol: 'kind', geboortedatum: `${2009 + Math.floor(rng() * 16)}-0${1 + Math.floor(rng() * 9)}-15` });
    if (rng() < 0.1) leden.push({ rol: 'medebewoner', geboortedatum: '1970-01-01' });
    const p = parseHouseholdProfile({ gemeente: 'utrecht', huishouden: { type, leden, huurPerMaand: 40000 + Math.floor(rng() * 60000), vermogen: Math.floor(rng() * 900000), maandenLaagInkomen: Math.floor(rng() * 60) } }, date);
    out.push(householdFacts(p, date, 27, 67));
  }
  return out;
}

function evalsPerSecond(withSchemes: boolean, facts: HouseholdFacts[], date: string): number {
  const rules = compileRules(date, gemeenteConfig('utrecht')!);
  let sink = 0;
  // warm-up
  for (let i = 0; i < 200_000; i++) sink += computeHousehold(rules, facts[i % facts.length], undefined, withSchemes).besteedbaar;
  const n = 3_000_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += computeHousehold(rules, facts[i % facts.length], undefined, withSchemes).besteedbaar;
  const s = (performance.now() - t0) / 1000;
  if (sink === 42) log('');
  return n / s;
}

const date = '2026-03-01';
log('# income: building a synthetic population of 10,000 households (seed 1)');
const facts = population(10_000, date, 1);
log('# income: household-month evaluations (bijstand + toeslagen), 3,000,000 on one core');
emit('income_household_month_evaluations_per_s', evalsPerSecond(false, facts, date), 'evaluations/s');
log('# income: household-month evaluations including 4 municipal schemes');
emit('income_household_month_evaluations_with_schemes_per_s', evalsPerSecond(true, facts, date), 'evaluations/s');

log('# income: minima-effectrapportage 6 x 101 (Utrecht, all schemes)');
const input = parseMinimaInput({ gemeente: 'utrecht', datum: date, vanProcent: 100, totProcent: 150, stapProcent: 0.5 });
for (let i = 0; i < 5; i++) runMinimaReport(input);
const times: number[] = [];
for (let i = 0; i < 25; i++) {
  const t0 = performance.now();
  runMinimaReport(input);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
emit('income_minima_report_6x101_ms_median', times[Math.floor(times.length / 2)], 'ms');
const r = runMinimaReport(input);
let csv = '';
let html = '';
const renderTimes: number[] = [];
for (let i = 0; i < 12; i++) {
  const t1 = performance.now();
  csv = minimaCsv(r);
  html = minimaHtml(r);
  renderTimes.push(performance.now() - t1);
}
renderTimes.sort((a, b) => a - b);
emit('income_minima_report_csv_and_html_ms_median', renderTimes[6], 'ms');
log(`# income: CSV ${csv.length} chars, HTML ${html.length} chars`);
