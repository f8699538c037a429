// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../platform/db';
import { migrate } from '../platform/migrate';
import { loadDemoIfEmpty } from '../demo';

/** The demo's partners in the plan and the joint fund's waiting co-decision (ADR 0017). */
describe('partners and joint fund demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await loadDemoIfEmpty(db, () => undefined, '2026-04-23');
  });
  afterAll(async () => db?.close());
  const q = async (sql: string, p: unknown[] = []) => (await db.query(sql, p)).rows as any[];

  it('invites the schuldhulpverlener to Cindy\'s case and the addiction clinic to Erik\'s, each with the resident\'s recorded consent', async () => {
    const rows = await q(`SELECT u.username, o.name AS partner, c.title, k.recipient_name AS recipient, k.valid_until AS until, m.name AS person, i.status
      FROM case_invitations i JOIN users u ON u.id = i.partner_user_id JOIN organisations o ON o.id = i.partner_organisation_id JOIN cases c ON c.id = i.case_id
      JOIN consents k ON k.id = i.consent_id JOIN members m ON m.id = k.person_id ORDER BY u.username`);
    expect(rows.map((r) => [r.username, r.partner, r.person, r.status, r.until])).toEqual([
      ['esther', 'Verslavingszorg Utrecht (ggz)', 'Erik', 'actief', '2026-10-20'],
      ['ruben', 'Schuldhulpverlening Utrecht', 'Cindy', 'actief', '2027-04-23'],
    ]);
  });

  it('gives the Mitros party of Cindy\'s case its two actions, for yvonne to be invited in the browser', async () => {
    const rows = await q(`SELECT a.description FROM actions a JOIN parties p ON p.id = a.owner_party_id WHERE p.organisation_name = 'Woningcorporatie Mitros' ORDER BY a.description`);
    expect(rows.map((r) => r.description)).toEqual(['Bezichtiging plannen met Cindy en de kinderen', 'Woning aanbieden in Overvecht']);
    expect(await q(`SELECT 1 FROM case_invitations i JOIN users u ON u.id = i.partner_user_id WHERE u.username = 'yvonne'`)).toEqual([]);
  });

  it('links the plan\'s parties that are organisations in the register to them, so Cindy\'s consent on her own page reaches Mitros\'s partners (ADR 0028)', async () => {
    const rows = await q(`SELECT p.organisation_name AS name, o.name AS linked FROM parties p JOIN cases c ON c.id = p.case_id LEFT JOIN organisations o ON o.id = p.party_organisation_id
      WHERE c.title LIKE 'Na de scheiding%' AND NOT p.informal ORDER BY p.organisation_name`);
    expect(rows).toEqual([{ name: 'Schuldhulpverlening Utrecht', linked: 'Schuldhulpverlening Utrecht' }, { name: 'Woningcorporatie Mitros', linked: 'Woningcorporatie Mitros' }]);
  });

  it('has a spend of the Leeuwarden fund approved by the gemeente and waiting for De Friesland', async () => {
    const rows = await q(`SELECT s.amount_cents AS amount, s.status, d.funder FROM budget_spends s LEFT JOIN budget_spend_codecisions d ON d.spend_id = s.id WHERE s.amount_cents = 340000`);
    expect(rows).toEqual([{ amount: 340_000, status: 'wacht_op_akkoord', funder: 'eigenaar' }]);
    expect((await q(`SELECT co_decides_above_mandate AS c FROM budget_pots WHERE co_funder_name = 'De Friesland Zorgverzekeraar'`))[0].c).toBe(true);
  });
});
