// SPDX-License-Identifier: EUPL-1.2
/**
 * The council's report counts structural changes MADE: proposals from doorbraken that reached
 * 'ingevoerd', in the quarter their change came into force (not later than today) — not the
 * structural signals recorded, and not proposals still under way, rejected, or in force only later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../../platform/testing';
import { todayInAmsterdam } from '../../platform/today';
import { quarterOf } from '../patterns/model';

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.each(DB_KINDS)('council report: structural changes made on %s', (kind) => {
  let t: TestApp;
  let beleid: Client, prof: Client, tl: Client, raad: Client;
  const today = todayInAmsterdam(new Date());
  const q = quarterOf(today);
  const year = today.slice(0, 4);
  const quarterNo = Number(q.key.slice(-1));
  // A day in the previous quarter, and whether it lies in this year's report.
  const previous = shift(q.from, -10);
  const previousInYear = previous.startsWith(year);

  async function structuralSignal(rule: string) {
    const c = await prof.post('/cases', { title: 'Gezin met schulden', household: { name: `Huishouden ${Math.random()}`, members: [{ name: 'Ali Bos', birthDate: '1988-05-05', role: 'aanvrager' }] } });
    const k = await prof.post(`/cases/${c.body.id}/knelpunten`, {
      solutionNeeded: 'Kwijtschelding van een schuld die de hulp blokkeert', blockingLaw: rule.split(' art.')[0], blockingArticle: `art.${rule.split(' art.')[1]}`, blockingOrganisation: 'Gemeente',
      type: 'regel_botst', costOfWaiting: 'Beslag op het inkomen', toetsRuleGoal: 'Terugvordering', toetsCounterproductive: 'De schuld groeit', toetsProportionate: 'Ja',
    });
    expect(k.status).toBe(201);
    const e = await prof.post(`/knelpunten/${k.body.id}/escalations`, {});
    const d = await tl.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'toegekend', text: 'Kwijtschelding verleend', signal: { kind: 'regel_wijzigen', rule, proposal: 'Ruimere kwijtschelding' } });
    expect(d.status).toBe(200);
  }

  /** A proposal walked as far as `until`: agenda and decision on `decidedOn`, the change in force from `from`. */
  async function proposal(ruleKey: string, until: 'besloten' | 'ingevoerd' | 'verworpen', decidedOn: string, changeKind: 'regel' | 'afspraak' | 'mandaat' = 'regel', from = decidedOn) {
    const p = await beleid.post('/beleidsvoorstellen', { ruleKey, proposal: 'Ruimere kwijtschelding bij schuldhulp', proposedOn: decidedOn });
    expect(p.status).toBe(201);
    const a = await beleid.post(`/beleidsvoorstellen/${p.body.id}/agenderen`, { table: 'Stuurgroep', on: decidedOn }, { 'If-Match': p.headers.get('etag')! });
    const d = await beleid.post(`/beleidsvoorstellen/${p.body.id}/besluit`, { decision: until === 'verworpen' ? 'verworpen' : 'aangenomen', reason: 'Besproken in de stuurgroep', on: decidedOn }, { 'If-Match': a.headers.get('etag')! });
    expect(d.status).toBe(200);
    if (until !== 'ingevoerd') return;
    const i = await beleid.post(`/beleidsvoorstellen/${p.body.id}/invoering`, { kind: changeKind, description: 'Beleidsregel aangepast', from }, { 'If-Match': d.headers.get('etag')! });
    expect(i.status).toBe(200);
  }

  beforeAll(async () => {
    t = await makeTestApp(kind);
    [beleid, prof, tl, raad] = await Promise.all(['beleid', 'professional', 'teamleider', 'raad'].map((u) => t.as(u)));
    expect((await (await t.as('admin')).put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }] })).status).toBe(200);
    // Three structural signals this quarter, on one rule.
    for (let i = 0; i < 3; i++) await structuralSignal('Beleidsregels kwijtschelding art. 4');
    const [rule] = (await beleid.get('/beleid/regels')).body.items;
    const earlier = shift(previous, -20);
    await proposal(rule.key, 'ingevoerd', q.from, 'regel', today); // in force today: counts this quarter
    await proposal(rule.key, 'ingevoerd', q.from, 'afspraak', q.from); // in force from the quarter's first day: counts
    await proposal(rule.key, 'ingevoerd', q.from, 'regel', q.from); // a second rule change this quarter
    await proposal(rule.key, 'ingevoerd', earlier, 'mandaat', previous); // in force last quarter
    await proposal(rule.key, 'ingevoerd', q.from, 'regel', shift(today, 1)); // in force only tomorrow: not made yet
    await proposal(rule.key, 'besloten', q.from); // accepted, not carried out
    await proposal(rule.key, 'verworpen', q.from); // rejected
  }, 180_000);
  afterAll(async () => t?.close());

  const rowsOf = (report: any) => {
    const table = report.tables.find((x: any) => x.key === 'structureel');
    return { title: table.title, rows: Object.fromEntries(table.rows.map((r: any) => [r.label, r.cells.map((c: any) => c.value)])) };
  };

  it('counts the changes in force this quarter per kind, shown though below 10 (changes, not people)', async () => {
    const r = await raad.get(`/raadsrapportage?periode=${q.key}`);
    expect(r.status).toBe(200);
    expect(rowsOf(r.body)).toEqual({
      title: 'Structurele veranderingen doorgevoerd',
      rows: { 'Een regel is gewijzigd': [2], 'Een vaste afspraak is gemaakt': [1], 'Een mandaat is gegeven': [0], Totaal: [3] },
    });
    // The signals (the occasion, not the change) stay a table of their own, suppressed below 10.
    const signals = r.body.tables.find((x: any) => x.key === 'structurele-signalen');
    expect(signals.rows.find((x: any) => x.label === 'Regel moet veranderen').cells).toEqual([{ value: null, suppressed: true }]);
  });

  it('puts each change in the quarter it came into force in the year report', async () => {
    const r = await raad.get(`/raadsrapportage?periode=${year}`);
    const { rows } = rowsOf(r.body);
    const col = quarterNo - 1;
    expect(rows['Een regel is gewijzigd'][col]).toBe(2);
    expect(rows['Een vaste afspraak is gemaakt'][col]).toBe(1);
    expect(rows.Totaal[col]).toBe(3);
    if (previousInYear) {
      expect(rows['Een mandaat is gegeven'][col - 1]).toBe(1);
      expect(rows.Totaal.at(-1)).toBe(4);
    } else {
      expect(rows.Totaal.at(-1)).toBe(3);
    }
    const csv = await raad.get(`/raadsrapportage.csv?periode=${q.key}`);
    expect(csv.body).toContain('Structurele veranderingen doorgevoerd');
  });
});
