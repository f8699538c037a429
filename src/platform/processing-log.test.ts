// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from './db';
import type { Actor } from './authz';
import { LEGAL_GROUNDS } from './authz';
import { createApp } from './app';
import { Client, DB_KINDS, makeTestApp, TEST_PASSWORD, type TestApp } from './testing';
import { logProcessing, type LogEntry } from './processing-log';
import { ROOMS } from '../rooms';

/** A Db whose every statement (also inside transactions) is recorded. */
function counting(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const wrap = (q: Queryable): Queryable => ({
    query(sql, params) {
      statements.push(sql);
      return q.query(sql, params);
    },
  });
  return { db: { ...db, kind: db.kind, ...wrap(db), transaction: (fn) => db.transaction((tx) => fn(wrap(tx))), close: () => db.close() }, statements };
}
const inserts = (statements: string[]) => statements.filter((s) => /INSERT INTO processing_log/i.test(s));

describe.each(DB_KINDS)('processing log writer on %s', (kind) => {
  let t: TestApp;
  let actor: Actor;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    actor = { userId: t.fx.users.professional, userName: 'Test professional', username: 'professional', organisationId: t.fx.orgs.utrecht, teamId: t.fx.teams.utrechtWest, roles: ['professional'] };
  });
  afterAll(async () => t?.close());

  it('writes 6,000 entries (more than a VALUES list can carry in 65,535 parameters) in one statement, each row as given', async () => {
    const c = counting(t.db);
    const hh = (await t.db.query<{ id: string }>(`INSERT INTO households (organisation_id, name) VALUES ($1, 'Logtest') RETURNING id`, [t.fx.orgs.utrecht])).rows[0].id;
    const n = 6000;
    const entries: LogEntry[] = Array.from({ length: n }, (_, i) => ({
      action: i % 3 === 0 ? 'lezen' : 'wijzigen',
      resource: 'logtest',
      resourceId: `r-${i}`,
      householdId: i % 2 ? hh : null,
      fields: i % 5 === 0 ? [] : [`veld-${i}`, 'naam, met komma', 'notes:hulpverlening+toegang'],
      purpose: i % 4 === 0 ? 'beheer' : 'hulpverlening',
      ...(i === 7 ? { legalGround: 'eigen grondslag', organisationId: t.fx.orgs.zaanstad } : {}),
    }));
    await c.db.transaction((tx) => logProcessing(tx, actor, entries));
    expect(c.statements).toHaveLength(1);
    expect(inserts(c.statements)).toHaveLength(1);
    const rows = (
      await t.db.query<{ resource_id: string; action: string; household_id: string | null; fields: string[]; purpose: string; legal_ground: string; organisation_id: string; user_id: string; user_name: string; role: string }>(
        `SELECT resource_id, action, household_id, fields, purpose, legal_ground, organisation_id, user_id, user_name, role FROM processing_log WHERE resource = 'logtest' ORDER BY id`,
      )
    ).rows;
    expect(rows).toHaveLength(n);
    // in the order given, every column as given
    rows.forEach((r, i) => {
      const e = entries[i];
      expect(r.resource_id).toBe(`r-${i}`);
      expect(r.action).toBe(e.action);
      expect(r.household_id).toBe(e.householdId);
      expect(r.fields).toEqual(e.fields);
      expect(r.purpose).toBe(e.purpose);
      expect(r.legal_ground).toBe(e.legalGround ?? LEGAL_GROUNDS[e.purpose]);
      expect(r.organisation_id).toBe(e.organisationId ?? t.fx.orgs.utrecht);
    });
    expect(new Set(rows.map((r) => `${r.user_id}|${r.user_name}|${r.role}`))).toEqual(new Set([`${t.fx.users.professional}|Test professional|professional`]));
  });

  it('writes nothing for an empty list and still refuses a bad row as a whole (the transaction leaves nothing)', async () => {
    const c = counting(t.db);
    await logProcessing(c.db, actor, []);
    expect(c.statements).toHaveLength(0);
    const before = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM processing_log WHERE resource = 'logtest-bad'`)).rows[0].n;
    const bad: LogEntry[] = [
      { action: 'lezen', resource: 'logtest-bad', purpose: 'hulpverlening' },
      { action: 'kijken' as any, resource: 'logtest-bad', purpose: 'hulpverlening' },
    ];
    await expect(t.db.transaction((tx) => logProcessing(tx, actor, bad))).rejects.toThrow();
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM processing_log WHERE resource = 'logtest-bad'`)).rows[0].n).toBe(before);
  });

  it('the case list still logs one row per listed case, in a single INSERT', async () => {
    const prof = await t.as('professional');
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      const r = await prof.post('/cases', { title, household: { name: `Huishouden ${title}`, members: [{ name: 'Cindy', birthDate: '1991-03-14', role: 'aanvrager' }] } });
      expect(r.status).toBe(201);
    }
    const c = counting(t.db);
    const app = createApp({ rooms: ROOMS, db: c.db, config: t.config });
    const client = new Client(app);
    expect((await client.post('/auth/login', { username: 'professional', password: TEST_PASSWORD })).status).toBe(200);
    c.statements.length = 0;
    const before = (await t.db.query<{ id: number }>(`SELECT coalesce(max(id), 0)::int AS id FROM processing_log`)).rows[0].id;
    const r = await client.get('/cases?pageSize=2');
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThanOrEqual(3);
    expect(r.body.items).toHaveLength(2);
    expect(inserts(c.statements)).toHaveLength(1);
    const logged = (await t.db.query<{ case_id: string; resource: string; user_id: string }>(`SELECT case_id, resource, user_id FROM processing_log WHERE id > $1 ORDER BY id`, [before])).rows;
    expect(logged.map((l) => l.case_id)).toEqual(r.body.items.map((i: { id: string }) => i.id));
    expect(new Set(logged.map((l) => `${l.resource}|${l.user_id}`))).toEqual(new Set([`casuslijst|${t.fx.users.professional}`]));
  });
});
