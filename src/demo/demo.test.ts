// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../platform/db';
import { migrate } from '../platform/migrate';
import { ROLES } from '../platform/authz';
import { loadDemoIfEmpty } from './index';
import { parseCashflowInput, runCashflowScenario } from '../income';
import { parseLoonreeks } from '../income/loonreeks';

/** The foundation demo: what issue 2 asks of it, checked on a fresh database. */
describe('demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    expect(await loadDemoIfEmpty(db, () => undefined, '2026-11-23')).toBe(true);
  });
  afterAll(async () => db?.close());
  const q = async (sql: string, p: unknown[] = []) => (await db.query(sql, p)).rows;

  it('loads only once', async () => {
    expect(await loadDemoIfEmpty(db)).toBe(false);
  });

  it('has Utrecht, Zaanstad, Tilburg, Den Haag and Groningen, each with a team', async () => {
    const rows = await q(`SELECT o.name, count(t.id)::int AS teams FROM organisations o LEFT JOIN teams t ON t.organisation_id = o.id WHERE o.kind = 'gemeente' GROUP BY o.name`);
    for (const g of ['Utrecht', 'Zaanstad', 'Tilburg', 'Den Haag', 'Groningen']) expect(rows.find((r) => r.name === `Gemeente ${g}`)?.teams).toBeGreaterThanOrEqual(1);
  });

  it('has at least one user for every role', async () => {
    const roles = new Set((await q(`SELECT unnest(roles) AS r FROM users`)).map((r) => r.r));
    for (const r of ROLES) expect(roles.has(r)).toBe(true);
  });

  it('has at least eight households from the stories, each case with an assessment, a plan and notes, and no BSNs', async () => {
    const rows = await q(`SELECT c.title,
      (SELECT count(*)::int FROM assessment_scores s WHERE s.case_id = c.id) AS scores,
      (SELECT count(*)::int FROM goals g WHERE g.case_id = c.id) AS goals,
      (SELECT count(*)::int FROM actions a WHERE a.case_id = c.id) AS actions,
      (SELECT count(*)::int FROM notes n WHERE n.case_id = c.id) AS notes
      FROM cases c`);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const stories = rows.filter((r) => r.scores > 0 && !r.title.startsWith('Synthetische demozaak'));
    expect(stories.length).toBeGreaterThanOrEqual(8);
    for (const r of stories) {
      expect(r.goals, r.title).toBeGreaterThan(0);
      expect(r.actions, r.title).toBeGreaterThan(0);
      expect(r.notes, r.title).toBeGreaterThan(0);
    }
    for (const s of ['scheiding', 'kamer en een uitkering', 'Gezamenlijke huishouding', 'mantelzorgwoning', 'auto', 'Drie kinderen', 'Briefadres', 'Gokverslaving']) {
      expect(rows.some((r) => r.title.toLowerCase().includes(s.toLowerCase())), s).toBe(true);
    }
    expect((await q(`SELECT count(*)::int AS n FROM members WHERE bsn IS NOT NULL`))[0].n).toBe(0);
  });

  it('stores income inputs on the stories that run: Nadia\'s wage series and Thijs\'s three income streams', async () => {
    const rows = await q(`SELECT kind, input FROM case_income_inputs`);
    // Nadia's wages are a series without a household: the household comes from her case (ADR 0025).
    const nadia = parseLoonreeks(rows.find((r) => r.kind === 'loonreeks')!.input);
    expect(nadia.loonPerMaand.length).toBe(12);
    expect(rows.some((r) => r.kind === 'wisselend-inkomen' || r.kind === 'huishouden')).toBe(false);
    const thijs = runCashflowScenario(parseCashflowInput(rows.find((x) => x.kind === 'huishoudboekje')!.input));
    // fixed costs 47500 + 15800 + 6500 + 1500 = 71300 per month
    expect(thijs.vasteLastenPerMaand).toBe(71300);
    // monthly equivalent: four-weekly 42000 * 13 / 12 = 45500, plus 38000 + 31000 = 114500
    expect(thijs.inkomenPerMaand).toBe(114500);
    // leefgeld per week: (114500 - 71300) * 12 / 52 = 9969.2 -> 9969
    expect(thijs.plan.leefgeldPerWeek).toBe(9969);
  });
});
