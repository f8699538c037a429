// SPDX-License-Identifier: EUPL-1.2
/**
 * The two facts the cases room keeps for the patterns (migration 081, ADR 0033): a case's problem
 * domains (scored 1 or 2 on its latest score per domain) and the households with a child. Triggers
 * keep them; these tests change scores and members through the API and check the kept rows against
 * the same facts worked out from the source rows, and that two concurrent writers on one case both
 * end up counted (PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../platform/testing';
import { openPostgres, type Db } from '../platform/db';
import { todayInAmsterdam } from '../platform/today';

const today = todayInAmsterdam(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

describe.each(DB_KINDS)('case_problem_domains and households_with_children on %s', (kind) => {
  let t: TestApp;
  let prof: Client;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    prof = await t.as('professional');
  });
  afterAll(async () => t?.close());

  const kept = async (caseId: string) => (await t.db.query<{ domains: string[] }>(`SELECT domains FROM case_problem_domains WHERE case_id = $1`, [caseId])).rows[0]?.domains ?? null;
  const hasChild = async (householdId: string) => (await t.db.query(`SELECT 1 FROM households_with_children WHERE household_id = $1`, [householdId])).rows.length === 1;
  /** Every case's kept problem domains against the same worked out from all its scores (the latest per domain, scored 1 or 2). */
  const sameAsScores = async () => {
    const rows = (sql: string) => t.db.query<{ c: string; d: string[] }>(sql).then((r) => r.rows);
    const fromScores = await rows(`SELECT l.case_id AS c, COALESCE(array_agg(l.domain ORDER BY l.domain) FILTER (WHERE l.score <= 2), '{}') AS d
      FROM (SELECT DISTINCT ON (case_id, domain) case_id, domain, score FROM assessment_scores ORDER BY case_id, domain, assessed_on DESC, created_at DESC, id DESC) l
      GROUP BY l.case_id ORDER BY 1`);
    expect(fromScores.length).toBeGreaterThan(0);
    expect(await rows(`SELECT case_id AS c, domains AS d FROM case_problem_domains ORDER BY 1`)).toEqual(fromScores);
  };
  const assess = async (caseId: string, assessedOn: string, scores: Array<[string, number]>) => {
    const r = await prof.post(`/cases/${caseId}/assessments`, { assessedOn, scores: scores.map(([domain, score]) => ({ domain, score, reason: 'Uit het gesprek' })) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  };

  it('follows the latest score per domain: a new problem, a solved one, a backdated score that changes nothing', async () => {
    const c = await prof.post('/cases', { openedOn: daysAgo(60), title: 'Schulden en huur', household: { name: 'Huishouden Jansen', members: [{ name: 'Ria', birthDate: '1980-05-01', role: 'aanvrager' }] } });
    expect(c.status).toBe(201);
    const id = c.body.id;
    expect(await kept(id)).toBeNull(); // not assessed yet: no row, no problem domains

    await assess(id, daysAgo(30), [['financien', 1], ['huisvesting', 2], ['werk_opleiding', 4]]);
    expect(await kept(id)).toEqual(['financien', 'huisvesting']);

    // Housing solved, work now a problem.
    await assess(id, daysAgo(10), [['huisvesting', 4], ['werk_opleiding', 2]]);
    expect(await kept(id)).toEqual(['financien', 'werk_opleiding']);

    // A score recorded later with an earlier date is history, not the latest.
    await assess(id, daysAgo(40), [['huisvesting', 1], ['financien', 5]]);
    expect(await kept(id)).toEqual(['financien', 'werk_opleiding']);

    // The same date again: the one recorded last counts.
    await assess(id, daysAgo(10), [['werk_opleiding', 3]]);
    expect(await kept(id)).toEqual(['financien']);
    await sameAsScores();
  });

  it('a refused assessment leaves the kept row as it was', async () => {
    const c = await prof.post('/cases', { openedOn: daysAgo(60), title: 'Weigering', household: { name: 'Huishouden Bakker', members: [{ name: 'Jan', birthDate: '1975-01-01', role: 'aanvrager' }] } });
    await assess(c.body.id, daysAgo(5), [['verslaving', 2]]);
    const bad = await prof.post(`/cases/${c.body.id}/assessments`, { assessedOn: daysAgo(1), scores: [{ domain: 'verslaving', score: 4, reason: 'Beter' }, { domain: 'verslaving', score: 9, reason: 'Onmogelijk' }] });
    expect(bad.status).toBe(400);
    expect(await kept(c.body.id)).toEqual(['verslaving']);
  });

  it('knows which households have a child: a child added, its role changed, and back', async () => {
    const c = await prof.post('/cases', { title: 'Gezin', household: { name: 'Huishouden de Wit', members: [{ name: 'Anna', birthDate: '1988-02-02', role: 'aanvrager' }] } });
    const householdId = c.body.householdId;
    expect(await hasChild(householdId)).toBe(false);
    const child = await prof.post(`/households/${householdId}/members`, { name: 'Tim', birthDate: '2016-09-09', role: 'kind' });
    expect(child.status).toBe(201);
    expect(await hasChild(householdId)).toBe(true);
    const moved = await prof.patch(`/households/${householdId}/members/${child.body.id}`, { role: 'medebewoner' }, { 'if-match': child.headers.get('etag')! });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await hasChild(householdId)).toBe(false);
    const back = await prof.patch(`/households/${householdId}/members/${child.body.id}`, { role: 'kind' }, { 'if-match': moved.headers.get('etag')! });
    expect(back.status).toBe(200);
    expect(await hasChild(householdId)).toBe(true);
    // A household registered with a child from the start.
    const h = await prof.post('/households', { name: 'Huishouden Smit', members: [{ name: 'Piet', birthDate: '1970-01-01', role: 'aanvrager' }, { name: 'Kim', birthDate: '2012-01-01', role: 'kind' }] });
    expect(h.status).toBe(201);
    expect(await hasChild(h.body.id)).toBe(true);
    const fromMembers = (await t.db.query<{ h: string }>(`SELECT DISTINCT household_id AS h FROM members WHERE role = 'kind' ORDER BY 1`)).rows.map((r) => r.h);
    const keptHouseholds = (await t.db.query<{ h: string }>(`SELECT household_id AS h FROM households_with_children ORDER BY 1`)).rows.map((r) => r.h);
    expect(keptHouseholds).toEqual(fromMembers);
  });

  it('works the rows out again when scores or members are changed or removed directly', async () => {
    const c = await prof.post('/cases', { openedOn: daysAgo(60), title: 'Direct', household: { name: 'Huishouden Visser', members: [{ name: 'Els', birthDate: '1985-01-01', role: 'aanvrager' }, { name: 'Sem', birthDate: '2018-01-01', role: 'kind' }] } });
    await assess(c.body.id, daysAgo(3), [['justitie', 2], ['adl', 1]]);
    await t.db.query(`UPDATE assessment_scores SET score = 5 WHERE case_id = $1 AND domain = 'adl'`, [c.body.id]);
    expect(await kept(c.body.id)).toEqual(['justitie']);
    await t.db.query(`DELETE FROM assessment_scores WHERE case_id = $1 AND domain = 'justitie'`, [c.body.id]);
    expect(await kept(c.body.id)).toEqual([]);
    await t.db.query(`DELETE FROM assessment_scores WHERE case_id = $1`, [c.body.id]);
    expect(await kept(c.body.id)).toBeNull();
    await t.db.query(`DELETE FROM members WHERE household_id = $1 AND role = 'kind'`, [c.body.householdId]);
    expect(await hasChild(c.body.householdId)).toBe(false);
    await sameAsScores();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('concurrent assessments of one case on postgres', () => {
  let t: TestApp;
  let second: Db;
  beforeAll(async () => {
    t = await makeTestApp('postgres');
    // A second pool on the same schema: two connections writing at once.
    const schema = (await t.db.query<{ s: string }>(`SELECT current_schema() AS s`)).rows[0].s;
    second = await openPostgres(process.env.TEST_DATABASE_URL!, { schema, max: 2 });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('counts both writers: the later statement waits and reads the earlier one’s scores', async () => {
    const prof = await t.as('professional');
    const c = await prof.post('/cases', { title: 'Twee tegelijk', household: { name: 'Huishouden Mulder', members: [{ name: 'Bo', birthDate: '1990-01-01', role: 'aanvrager' }] } });
    const { id, organisationId } = c.body;
    const insert = (domain: string) => `INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on) VALUES ('${organisationId}', '${id}', '${domain}', 1, '${today}')`;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let firstInserted!: () => void;
    const inserted = new Promise<void>((r) => (firstInserted = r));
    // The first writer inserts and keeps its transaction open; the second inserts meanwhile.
    const first = t.db.transaction(async (tx) => {
      await tx.query(insert('financien'));
      firstInserted();
      await held;
    });
    await inserted;
    const secondDone = second.transaction(async (tx) => tx.query(insert('huisvesting')));
    await new Promise((r) => setTimeout(r, 200));
    release();
    await Promise.all([first, secondDone]);
    expect((await t.db.query<{ domains: string[] }>(`SELECT domains FROM case_problem_domains WHERE case_id = $1`, [id])).rows[0].domains).toEqual(['financien', 'huisvesting']);
  });
});
