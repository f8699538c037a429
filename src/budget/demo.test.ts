// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../platform/db';
import { migrate } from '../platform/migrate';
import { loadDemoIfEmpty } from '../demo';

/** The demo shows the budget room's rules: granted within the mandate, pending above it, a reviewed sample, a joint fund. */
describe('budget demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await loadDemoIfEmpty(db, () => undefined, '2026-04-23');
  });
  afterAll(async () => db?.close());

  const q = async (sql: string, p: unknown[] = []) => (await db.query(sql, p)).rows;

  it('has pots for Zaanstad (€ 400.000), Utrecht (with the under-23 top-up), Tilburg and the joint Leeuwarden fund', async () => {
    const pots = await q(`SELECT p.name, p.amount_cents AS amount, o.name AS org, p.co_funder_name AS "coFunder" FROM budget_pots p JOIN organisations o ON o.id = p.organisation_id ORDER BY o.name, p.name`);
    expect(pots.find((p) => p.org === 'Gemeente Zaanstad')!.amount).toBe(40_000_000);
    expect(pots.some((p) => p.org === 'Gemeente Utrecht' && /onder 23/.test(p.name))).toBe(true);
    expect(pots.some((p) => p.org === 'Gemeente Tilburg' && /huurachterstand/i.test(p.name))).toBe(true);
    expect(pots.find((p) => p.org === 'Gemeente Leeuwarden')!.coFunder).toBe('De Friesland Zorgverzekeraar');
  });

  it('has the stories\' spends: train ticket, a month of rent, an ID card, a cargo bike waiting for approval, two hotel months', async () => {
    const s = await q(`SELECT description, amount_cents AS amount, status FROM budget_spends`);
    expect(s.find((x) => /Treinkaartje naar een sollicitatiegesprek/.test(x.description))).toMatchObject({ amount: 2_340, status: 'toegekend' });
    expect(s.find((x) => /maand huur/.test(x.description))).toMatchObject({ amount: 74_500, status: 'toegekend' });
    expect(s.find((x) => x.description === 'Identiteitskaart')).toMatchObject({ status: 'toegekend' });
    expect(s.find((x) => /Bakfiets/.test(x.description))).toMatchObject({ amount: 245_000, status: 'wacht_op_akkoord' });
    expect(s.filter((x) => /Low-budget hotel/.test(x.description)).map((x) => x.amount)).toEqual([70_000, 70_000]);
  });

  it('has a sample of ten drawn from Zaanstad\'s spends, six of them judged', async () => {
    const items = await q(`SELECT verdict FROM budget_sample_items`);
    expect(items.length).toBe(10);
    expect(items.filter((i) => i.verdict === 'passend').length).toBe(5);
    expect(items.filter((i) => i.verdict === 'niet_passend').length).toBe(1);
  });
});
