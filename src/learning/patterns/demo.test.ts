// SPDX-License-Identifier: EUPL-1.2
/**
 * The patterns demo on a fresh database (demo date 23 November 2026): Tilburg's policy adviser sees
 * this quarter's cocktails with the Hart van Brabant markers, the pooled view has four contributors,
 * and Tilburg's council report has cells of 10 or more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../../platform/db';
import { migrate } from '../../platform/migrate';
import { loadDemoIfEmpty } from '../../demo/index';
import type { Actor, Role } from '../../platform/authz';
import { analysis, councilReport, pooled } from './queries';
import { quarterOf, yearPeriod } from './model';

const TODAY = '2026-11-23';

describe('patterns demo', () => {
  let db: Db;
  const actor = async (username: string): Promise<Actor> => {
    const u = (await db.query<{ id: string; organisation_id: string; team_id: string | null; roles: Role[]; display_name: string }>(`SELECT id, organisation_id, team_id, roles, display_name FROM users WHERE username = $1`, [username])).rows[0];
    return { userId: u.id, userName: u.display_name, username, organisationId: u.organisation_id, teamId: u.team_id, roles: u.roles };
  };
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await loadDemoIfEmpty(db, () => undefined, TODAY);
  }, 120_000);
  afterAll(async () => db?.close());

  it('Tilburg has hundreds of synthetic cases and its policy adviser sees this quarter\'s cocktails, Hart van Brabant\'s among them', async () => {
    const femke = await actor('femke');
    const n = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE title LIKE 'Synthetische demozaak%'`)).rows[0].n;
    expect(n).toBe(410);
    const a = await db.transaction((tx) => analysis(tx, femke, { period: quarterOf(TODAY), teamId: null, stuckWorkingDays: 65, minCount: 5, today: TODAY }));
    expect(a.total).toBeGreaterThan(100);
    expect(a.totalStuck).toBeGreaterThan(20);
    expect(a.combinations.length).toBeGreaterThan(10);
    // The strongest combinations go more often with a stuck case than a case in general.
    expect(a.combinations[0].lift!).toBeGreaterThan(1.2);
    for (const key of ['hvb-1', 'hvb-3', 'hvb-4']) expect(a.cocktails.find((c) => c.key === key)!.count, key).toBeGreaterThanOrEqual(5);
    expect(a.combinations.some((c) => c.cocktails.length > 0)).toBe(true);
  });

  it('four municipalities contribute; the national view shows counts of 10 or more only', async () => {
    const femke = await actor('femke');
    const p = await db.transaction((tx) => pooled(tx, femke, { period: quarterOf(TODAY), level: 'landelijk', stuckWorkingDays: 65, today: TODAY }));
    expect(p.contributors).toBe(4);
    expect(p.rows.length).toBeGreaterThan(0);
    for (const r of p.rows) for (const v of [r.count, r.stuck]) expect(v === null || v === 0 || v >= 10).toBe(true);
    const regio = await db.transaction((tx) => pooled(tx, femke, { period: quarterOf(TODAY), level: 'regio', stuckWorkingDays: 65, today: TODAY }));
    expect(regio.region).toBe('Noord-Brabant');
    expect(regio.contributors).toBe(1);
  });

  it('Tilburg\'s council report for the year has cells of 10 or more and suppresses the rest', async () => {
    const griffie = await actor('griffie-tilburg');
    const r = await db.transaction((tx) => councilReport(tx, griffie, yearPeriod(2026), TODAY));
    const cells = r.tables.flatMap((t) => t.rows.flatMap((row) => row.cells));
    expect(cells.filter((c) => !c.suppressed && (c.value ?? 0) >= 10).length).toBeGreaterThan(5);
    expect(cells.some((c) => c.suppressed)).toBe(true);
    // Counts of people and cases are suppressed below 10; the structural changes count rule changes, not people (ADR 0026).
    for (const t of r.tables) if (t.unit === 'aantal' && t.key !== 'structureel') for (const row of t.rows) for (const c of row.cells) expect(c.suppressed || c.value === 0 || c.value! >= 10, `${t.key} ${row.label}`).toBe(true);
    const zaken = r.tables.find((t) => t.key === 'zaken')!;
    expect(zaken.rows[0].cells.at(-1)!.value!).toBeGreaterThan(150);
    const times = r.tables.find((t) => t.key === 'doorlooptijd')!;
    expect(times.rows.find((row) => row.label === 'Doorbraaktafel Tilburg')!.cells[0].value!).toBeGreaterThanOrEqual(10);
  });
});
