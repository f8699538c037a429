// SPDX-License-Identifier: EUPL-1.2
/**
 * The patterns' reads: the organisation's giftige cocktails, the pooled regional and national view,
 * the contribution setting and the council's report. Case facts come through the cases, escalation
 * and budget rooms' queries; only counts leave this file.
 */
import type { Queryable } from '../../platform/db';
import type { Actor } from '../../platform/authz';
import { invalid } from '../../platform/errors';
import { logProcessing } from '../../platform/processing-log';
import * as cases from '../../cases/queries';
import * as escalation from '../../escalation/queries';
import { KNELPUNT_STATUSES, KNELPUNT_STATUS_LABELS } from '../../escalation/model';
import * as budget from '../../budget/queries';
import { categoryLabel } from '../../budget/model';
import * as accounts from '../../accounts/queries';
import * as beleid from '../beleid/queries';
import { CHANGE_KINDS, CHANGE_KIND_LABELS } from '../beleid/model';
import { analyse, caseItemGroups, fpGrowth, indexKnelpunten, flatten, lawKey, medianP90, quarter, suppressedTable, SUPPRESSION_THRESHOLD, itemOf, HVB_COCKTAILS, pooledView, type CaseItems, type OrgCounts, type Period, type ReportTable } from './model';
import * as policy from './policy';
import * as store from './store';

export interface AnalysisQuery {
  period: Period;
  teamId: string | null;
  stuckWorkingDays: number;
  minCount: number;
  today: string;
}

/**
 * The organisation's cases in the period as item sets with their stuck flag, identical ones grouped
 * with their number as the weight (issue 12, ADR 30): the items of one combination of facts are built
 * once, and the mining runs over the distinct item sets. Counts are those of the cases one by one.
 */
async function caseItems(tx: Queryable, organisationId: string, q: Omit<AnalysisQuery, 'minCount'>): Promise<CaseItems[]> {
  const asOf = q.period.to < q.today ? q.period.to : q.today;
  // One after the other: a transaction is one connection. The knelpunten are numbered per case
  // before the cases are read, so their rows are done with (and freed) first.
  const knelpunten = indexKnelpunten(await escalation.patternKnelpuntFacts(tx, organisationId, asOf));
  const calendar = await escalation.workingDayCalendar(tx, organisationId);
  const rows = await cases.patternCases(tx, organisationId, { from: q.period.from, to: asOf, teamId: q.teamId });
  const deadlines = calendar.addWorkingDaysToEach(rows.map((r) => r.openedOn), q.stuckWorkingDays);
  return caseItemGroups(rows, knelpunten, asOf, (openedOn) => deadlines.get(openedOn)!);
}

/** The organisation's giftige cocktails for a period (and team): counts exact, inside the organisation. */
export async function analysis(tx: Queryable, a: Actor, q: AnalysisQuery) {
  policy.assertMaySeePatterns(a);
  if (q.teamId) await accounts.getTeam(tx, a.organisationId, q.teamId).catch(() => { throw invalid('team', 'dit team bestaat niet in uw organisatie'); });
  const items = await caseItems(tx, a.organisationId, q);
  const result = analyse(items, { minCount: q.minCount, maxLength: 4, limit: 30 });
  await logProcessing(tx, a, { action: 'lezen', resource: 'patronen', resourceId: q.period.key, fields: ['leefgebieden (score 1-2)', 'kinderen in huishouden', 'knelpunten (soort, wet, escalatie)', 'open- en sluitdatum'], purpose: 'beleidsinformatie' });
  const teams = (await accounts.listTeams(tx, a)).items.map((t) => ({ id: t.id, name: t.name }));
  const contribution = await store.contribution(tx, a.organisationId);
  return { period: q.period, teamId: q.teamId, stuckWorkingDays: q.stuckWorkingDays, minCount: q.minCount, ...result, teams, contributes: contribution.contributes };
}

/** Counts per combination (up to three items, at least one case) of one organisation: what it contributes. */
async function orgCounts(tx: Queryable, organisationId: string, q: Omit<AnalysisQuery, 'minCount' | 'teamId'>): Promise<OrgCounts> {
  const items = await caseItems(tx, organisationId, { ...q, teamId: null });
  const keys = [...new Set(items.flatMap((c) => c.items))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const mined = fpGrowth(flatten(items.map((c) => ({ items: c.items.map((k) => index.get(k)!), stuck: c.stuck, weight: c.weight }))), keys.length, { minCount: 1, maxLength: 3 });
  const org = await accounts.getOrganisation(tx, organisationId);
  return {
    organisationId,
    region: org.province,
    total: items.reduce((n, c) => n + (c.weight ?? 1), 0),
    totalStuck: items.reduce((n, c) => n + (c.stuck ? c.weight ?? 1 : 0), 0),
    sets: new Map(mined.map((s) => [s.items.map((i) => keys[i]).join('+'), { count: s.count, stuck: s.stuck }])),
  };
}

/** The pooled view over the organisations that contribute: the own region or the whole country. */
export async function pooled(tx: Queryable, a: Actor, q: { period: Period; level: 'regio' | 'landelijk'; stuckWorkingDays: number; today: string }) {
  policy.assertMaySeePatterns(a);
  const ids = await store.contributors(tx);
  const own = await accounts.getOrganisation(tx, a.organisationId);
  const region = own.province;
  if (q.level === 'regio' && !region) throw invalid('niveau', 'regio onbekend: bij uw organisatie is geen provincie ingesteld (de beheerder stelt die in bij Beheer, Organisaties); kies tot dan het landelijke beeld');
  const orgs: OrgCounts[] = [];
  for (const id of ids) orgs.push(await orgCounts(tx, id, q));
  const view = pooledView(orgs, { region: q.level === 'regio' ? region : null });
  return {
    period: q.period,
    level: q.level,
    region: q.level === 'regio' ? region : null,
    threshold: SUPPRESSION_THRESHOLD,
    contributes: ids.includes(a.organisationId),
    contributors: view.contributors,
    total: view.total,
    totalStuck: view.totalStuck,
    rows: view.rows.map((r) => ({ items: r.key.split('+').map(itemOf), count: r.count, stuck: r.stuck, confidence: r.confidence, confidenceLow: r.confidenceLow, lift: r.lift, cocktails: r.cocktails })),
  };
}

export async function contribution(tx: Queryable, a: Actor) {
  policy.assertMaySeePatterns(a);
  return store.contribution(tx, a.organisationId);
}

// ---- the council's report -----------------------------------------------------------------------------

const LADDER_NOTE = 'Werkdagen van het vastleggen van het knelpunt tot het besluit op die trede, op de werkdagkalender van de gemeente.';

/** The report for a year (columns per quarter and the year) or one quarter: anonymous aggregates, every count below 10 suppressed. */
export async function councilReport(tx: Queryable, a: Actor, period: Period, today: string) {
  policy.assertMaySeeCouncilReport(a);
  const org = await accounts.getOrganisation(tx, a.organisationId);
  const year = Number(period.key.slice(0, 4));
  const isYear = !period.key.includes('K');
  const quarters = isYear ? [1, 2, 3, 4].map((q) => quarter(year, q)).filter((p) => p.from <= today) : [period];
  const cols = isYear ? [...quarters.map((p) => `K${p.key.slice(-1)}`), `Jaar ${year}`] : [period.label];
  const withTotal = isYear;
  // One query after the other: a transaction is one connection.
  const perQuarter = async <T>(f: (p: Period) => Promise<T>): Promise<T[]> => {
    const out: T[] = [];
    for (const p of quarters) out.push(await f(p));
    return out;
  };
  const tables: ReportTable[] = [];

  // 1. Cases opened and closed.
  const flows = await perQuarter((p) => cases.caseFlow(tx, a.organisationId, p.from, p.to));
  tables.push(suppressedTable({ key: 'zaken', title: 'Zaken geopend en gesloten', unit: 'aantal', columns: cols, rowLabels: ['Geopend', 'Gesloten'], counts: [flows.map((f) => f.opened), flows.map((f) => f.closed)], totalColumn: withTotal, totalRow: null, note: 'Een zaak is één huishouden met één plan en één regisseur.' }));

  // 2. Maatwerkbudget spent per category (amounts shown where at least 10 spends lie behind them).
  const spends = await perQuarter((p) => budget.spentPerCategory(tx, a.organisationId, p.from, p.to));
  const categories = [...new Set(spends.flat().map((s) => s.category))].sort();
  const pick = (f: 'cents' | 'count') => categories.map((cat) => spends.map((qs) => qs.find((s) => s.category === cat)?.[f] ?? 0));
  tables.push(suppressedTable({ key: 'budget', title: 'Maatwerkbudget besteed per categorie', unit: 'eurocent', columns: cols, rowLabels: categories.map(categoryLabel), counts: pick('count'), amounts: pick('cents'), totalColumn: withTotal, totalRow: 'Totaal', note: 'Toegekende uitgaven. Een bedrag achter minder dan 10 uitgaven wordt niet getoond.' }));

  // 3. Knelpunten per law and their outcome (created in the period).
  const ks = (await escalation.patternKnelpunten(tx, a.organisationId, period.to)).filter((k) => k.createdOn >= period.from);
  const statuses = KNELPUNT_STATUSES.filter((s) => s !== 'ingetrokken');
  const laws = [...new Set(ks.map((k) => lawKey(k.blockingLaw)))].sort();
  tables.push(suppressedTable({ key: 'knelpunten', title: `Knelpunten per wet en uitkomst (${period.label})`, unit: 'aantal', columns: [...statuses.map((s) => KNELPUNT_STATUS_LABELS[s]), 'Totaal'], rowLabels: laws, counts: laws.map((law) => statuses.map((s) => ks.filter((k) => lawKey(k.blockingLaw) === law && k.status === s).length)), totalColumn: true, totalRow: 'Totaal', note: 'Knelpunten vastgelegd in de periode, naar de wet die de oplossing blokkeerde en de stand nu.' }));

  // 4. Doorbraken shared and reused.
  const flow = await perQuarter((p) => store.doorbraakFlow(tx, a.organisationId, p.from, p.to));
  tables.push(suppressedTable({ key: 'doorbraken', title: 'Doorbraken gedeeld en hergebruikt', unit: 'aantal', columns: cols, rowLabels: ['Gedeeld in de Bibliotheek', 'Hergebruikt door anderen', 'Van anderen hergebruikt'], counts: [flow.map((f) => f.shared), flow.map((f) => f.reusedByOthers), flow.map((f) => f.reusedHere)], totalColumn: withTotal, totalRow: null, note: 'Gepubliceerde doorbraken van de gemeente en koppelingen aan knelpunten.' }));

  // 5. Time from knelpunt to decision per ladder level: median and p90 where 10 or more decisions lie behind them.
  const decisions = await escalation.decisionTimes(tx, a.organisationId, period.from, period.to);
  const levels = [...new Map(decisions.map((d) => [d.levelName, d.position ?? 99])).entries()].sort((x, y) => x[1] - y[1]).map(([n]) => n);
  tables.push({
    key: 'doorlooptijd',
    title: `Tijd van knelpunt tot besluit per trede (${period.label})`,
    unit: 'werkdagen',
    columns: ['Besluiten', 'Mediaan', '90e percentiel'],
    note: `${LADDER_NOTE} Met minder dan 10 besluiten op een trede worden aantal en tijden niet getoond.`,
    rows: levels.map((level) => {
      const days = decisions.filter((d) => d.levelName === level).map((d) => d.workingDays);
      const st = medianP90(days);
      const ok = days.length >= SUPPRESSION_THRESHOLD && st;
      const cell = (v: number | undefined) => (ok && v !== undefined ? { value: v, suppressed: false } : { value: null, suppressed: true });
      return { label: level, cells: [cell(days.length), cell(st?.median), cell(st?.p90)] };
    }),
  });

  // 6. Structural changes made: follow-ups that reached 'ingevoerd' (a rule changed, an agreement, a
  // mandate) with the change in force in the period. Counts of changed rules, not of people: not
  // suppressed (ADR 26). The structural signals behind them follow, suppressed as counts of knelpunten.
  const changes = await perQuarter((p) => beleid.implementedChanges(tx, a.organisationId, p.from, p.to, today));
  tables.push(suppressedTable({ key: 'structureel', title: 'Structurele veranderingen doorgevoerd', unit: 'aantal', columns: cols, rowLabels: CHANGE_KINDS.map((k) => CHANGE_KIND_LABELS[k]), counts: CHANGE_KINDS.map((k) => changes.map((qs) => qs.find((c) => c.kind === k)?.count ?? 0)), totalColumn: withTotal, totalRow: 'Totaal', note: 'Voorstellen uit doorbraken die zijn ingevoerd: een gewijzigde regel, een vaste afspraak of een mandaat, geteld in het kwartaal waarin de verandering ingaat (niet later dan vandaag). Dit telt veranderingen, geen mensen: kleine aantallen worden daarom wel getoond.' }, 1));
  const signals = await perQuarter((p) => escalation.signalsInPeriod(tx, a.organisationId, p.from, p.to));
  const kinds: Array<[string, string]> = [['regel_wijzigen', 'Regel moet veranderen'], ['vaste_afspraak', 'Vaste afspraak nodig']];
  tables.push(suppressedTable({ key: 'structurele-signalen', title: 'Structurele signalen vastgelegd', unit: 'aantal', columns: cols, rowLabels: kinds.map(([, l]) => l), counts: kinds.map(([k]) => signals.map((qs) => qs.find((s) => s.kind === k)?.count ?? 0)), totalColumn: withTotal, totalRow: 'Totaal', note: 'Signalen van de doorbraaktafel dat een regel moet veranderen of een vaste afspraak nodig is (de aanleiding; wat er veranderde staat in de tabel hierboven).' }));

  await logProcessing(tx, a, { action: 'lezen', resource: 'raadsrapportage', resourceId: period.key, fields: ['tellingen'], purpose: 'beleidsinformatie' });
  return { municipality: org.name, period, threshold: SUPPRESSION_THRESHOLD, tables };
}

export const KNOWN_COCKTAILS = HVB_COCKTAILS;
