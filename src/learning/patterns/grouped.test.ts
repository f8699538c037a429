// SPDX-License-Identifier: EUPL-1.2
/**
 * The fast path of the giftige cocktails (issue 12, ADR 0030) against the straightforward one: on a
 * few hundred cases (re-assessed domains, closed and old cases, two teams, withdrawn and escalated
 * knelpunten) GET /patronen gives exactly what the former per-case computation gives — the original
 * SQL (latest score by DISTINCT ON, an EXISTS per knelpunt), the items and stuck flag case by case,
 * and the mining without grouping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type Client, type TestApp } from '../../platform/testing';
import { todayInAmsterdam } from '../../platform/today';
import { insertSyntheticCases } from '../../cases/commands';
import { addWorkingDays } from '../../escalation/workdays';
import type { Actor, Role } from '../../platform/authz';
import { analyse, caseItemGroups, groupCases, indexKnelpunten, isStuck, itemsOf, quarterOf, type CaseFacts } from './model';
import { syntheticCases } from './synthetic';

describe('groupCases', () => {
  it('gives analyse the same answer as the cases one by one', () => {
    const cases = syntheticCases(3000, 7).map((c, i) => ({
      items: itemsOf({ caseId: '', teamId: '', openedOn: '', closedOn: null, problemDomains: c.problemDomains, hasChildren: c.hasChildren, knelpunten: c.knelpunten }),
      stuck: c.stuck || i % 11 === 0,
    }));
    const grouped = groupCases(cases);
    expect(grouped.length).toBeLessThan(cases.length / 3);
    expect(grouped.reduce((n, g) => n + g.weight!, 0)).toBe(cases.length);
    for (const minCount of [2, 5, 40]) expect(analyse(grouped, { minCount, maxLength: 4, limit: 30 })).toEqual(analyse(cases, { minCount, maxLength: 4, limit: 30 }));
    // Grouping groups already grouped entries by adding their weights.
    expect(analyse(groupCases([...grouped.slice(0, 10), ...grouped]), { minCount: 2 })).toEqual(analyse([...grouped.slice(0, 10), ...grouped].flatMap((g) => Array.from({ length: g.weight! }, () => ({ items: g.items, stuck: g.stuck }))), { minCount: 2 }));
  });
});

describe('caseItemGroups', () => {
  it('gives what itemsOf, isStuck and groupCases give case by case: several knelpunten in any order, escalations, closed and open cases', () => {
    const asOf = '2026-11-30';
    const deadlineOf = (openedOn: string) => addWorkingDays(openedOn, 20);
    const synthetic = syntheticCases(2000, 99);
    const facts: CaseFacts[] = synthetic.map((c, i) => {
      const knelpunten = [...c.knelpunten];
      // Every fifth case a second knelpunt, every tenth in the other order, some with a law only differing in its article.
      if (i % 5 === 0) knelpunten.push({ type: 'wachtlijst', blockingLaw: i % 3 ? 'Jeugdwet art. 2.3' : 'Jeugdwet art. 2.4', escalated: i % 4 === 0 });
      if (i % 10 === 0) knelpunten.reverse();
      const openedOn = `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
      return { caseId: `case-${i}`, teamId: '', openedOn, closedOn: i % 6 === 0 ? `2026-10-${String(1 + (i % 28)).padStart(2, '0')}` : null, problemDomains: [...c.problemDomains].sort(), hasChildren: c.hasChildren, knelpunten };
    });
    const oneByOne = facts.map((f) => ({ items: itemsOf(f), stuck: isStuck(f, asOf, deadlineOf).stuck }));
    const rows = facts.map((f) => ({ caseId: f.caseId, openedOn: f.openedOn, closedOn: f.closedOn, problemDomains: f.problemDomains.join(','), hasChildren: f.hasChildren }));
    // Knelpunten come from the database in no particular order of cases.
    const knelpunten = facts.flatMap((f) => f.knelpunten.map((k) => ({ caseId: f.caseId, ...k }))).sort((a, b) => (a.blockingLaw + a.caseId).localeCompare(b.blockingLaw + b.caseId));
    const grouped = caseItemGroups(rows, indexKnelpunten(knelpunten), asOf, deadlineOf);
    expect(grouped.reduce((n, g) => n + g.weight!, 0)).toBe(facts.length);
    expect(grouped.length).toBeLessThan(facts.length / 2);
    const canon = (cs: Array<{ items: string[]; stuck: boolean; weight?: number }>) => groupCases(cs).map((g) => `${g.stuck}|${g.items.join('+')}|${g.weight}`).sort();
    expect(canon(grouped)).toEqual(canon(oneByOne));
    expect(grouped.filter((g) => g.stuck).reduce((n, g) => n + g.weight!, 0)).toBe(oneByOne.filter((c) => c.stuck).length);
    for (const minCount of [3, 25]) expect(analyse(grouped, { minCount, maxLength: 4, limit: 30 })).toEqual(analyse(oneByOne, { minCount, maxLength: 4, limit: 30 }));
  });
});

describe.each(DB_KINDS)('GET /patronen fast path equals the straightforward computation on %s', (kind) => {
  let t: TestApp;
  let beleid: Client;
  const today = todayInAmsterdam(new Date());
  const day = (ago: number) => new Date(Date.parse(`${today}T12:00:00Z`) - ago * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await makeTestApp(kind);
    beleid = await t.as('beleid');
    const admin = await t.as('admin');
    await admin.put('/escalation-ladder', { levels: [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }] });
    const level = (await t.db.query<{ id: string }>(`SELECT id FROM escalation_levels WHERE organisation_id = $1`, [t.fx.orgs.utrecht])).rows[0].id;
    const actorOf = async (username: string): Promise<Actor> => {
      const u = (await t.db.query<{ id: string; roles: Role[]; team_id: string; organisation_id: string }>(`SELECT id, roles, team_id, organisation_id FROM users WHERE username = $1`, [username])).rows[0];
      return { userId: u.id, userName: username, username, organisationId: u.organisation_id, teamId: u.team_id, roles: u.roles };
    };
    const synthetic = syntheticCases(400, 12);
    for (const [part, username] of [[0, 'professional'], [1, 'professional2']] as const) {
      const actor = await actorOf(username);
      const chunk = synthetic.slice(part * 200, part * 200 + 200);
      await t.db.transaction(async (tx) => {
        const rows = chunk.map((c, i) => {
          const ago = (i * 13) % 500; // some opened long ago: stuck by duration
          const closed = i % 7 === 0 ? day(Math.max(0, ago - 30)) : null; // some closed, before or in the period
          return { householdName: `Test ${part}-${i}`, members: [{ name: 'Ouder', birthDate: '1980-01-01', role: 'aanvrager' as const }, ...(c.hasChildren ? [{ name: 'Kind', birthDate: '2015-01-01', role: 'kind' as const }] : [])], title: 'Test', summary: '', openedOn: day(ago), assessedOn: day(ago), scores: c.problemDomains.map((d) => ({ domain: d, score: 2, reason: 'test' })), closedOn: closed, closeReason: closed ? 'doel bereikt' : null };
        });
        const made = await insertSyntheticCases(tx, actor, rows);
        // A later assessment: some problems solved (score 4), a new one found (score 1), one domain scored twice on one day.
        for (const [i, c] of made.entries()) {
          if (i % 3 !== 0) continue;
          const first = chunk[i].problemDomains[0];
          // Recorded after the first scores (as a later assessment is): on the same day the later one counts.
          if (first) await tx.query(`INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, created_at) VALUES ($1,$2,$3,4,$4, now() + interval '1 second')`, [actor.organisationId, c.id, first, day(1)]);
          await tx.query(`INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, created_at) VALUES ($1,$2,'justitie',1,$3, now() + interval '2 seconds')`, [actor.organisationId, c.id, day(1)]);
        }
        const ks = chunk.flatMap((c, i) => c.knelpunten.map((k, j) => ({ caseId: made[i].id, householdId: made[i].householdId, on: rows[i].openedOn, status: (i + j) % 9 === 0 ? 'ingetrokken' : k.escalated ? 'in_escalatie' : 'open', law: i % 5 === 0 ? `${k.blockingLaw} lid 2` : k.blockingLaw, ...k })));
        const ids = (
          await tx.query<{ id: string }>(
            `INSERT INTO knelpunten (organisation_id, case_id, household_id, team_id, solution_needed, blocking_law, blocking_organisation, type, status, created_on)
             SELECT $1, c, h, $2, 'test', l, 'test', ty, st, o FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[]) AS x(c, h, l, ty, st, o) RETURNING id`,
            [actor.organisationId, actor.teamId, ks.map((k) => k.caseId), ks.map((k) => k.householdId), ks.map((k) => k.law), ks.map((k) => k.type), ks.map((k) => k.status), ks.map((k) => k.on)],
          )
        ).rows.map((r) => r.id);
        const esc = ks.map((k, i) => ({ id: ids[i], ...k })).filter((k) => k.escalated);
        await tx.query(`INSERT INTO escalation_steps (organisation_id, knelpunt_id, level_id, escalated_on, deadline) SELECT $1, k, $2, o, o FROM unnest($3::uuid[], $4::date[]) AS x(k, o)`, [actor.organisationId, level, esc.map((k) => k.id), esc.map((k) => k.on)]);
      });
    }
  }, 60_000);
  afterAll(async () => t?.close());

  /** The computation as it was before issue 12's speed work: case by case, nothing grouped. */
  async function straightforward(q: { from: string; to: string; teamId: string | null; werkdagen: number; minimum: number }) {
    const org = t.fx.orgs.utrecht;
    const asOf = q.to < today ? q.to : today;
    const rows = (
      await t.db.query<Omit<CaseFacts, 'knelpunten'>>(
        `WITH c AS (
           SELECT id, team_id, household_id, opened_on, closed_on FROM cases
            WHERE organisation_id = $1 AND opened_on <= $3 AND (closed_on IS NULL OR closed_on >= $2) AND ($4::uuid IS NULL OR team_id = $4)
         ), latest AS (
           SELECT DISTINCT ON (s.case_id, s.domain) s.case_id, s.domain, s.score FROM assessment_scores s JOIN c ON c.id = s.case_id
            ORDER BY s.case_id, s.domain, s.assessed_on DESC, s.created_at DESC
         ), kids AS (
           SELECT DISTINCT m.household_id FROM members m JOIN c ON c.household_id = m.household_id WHERE m.role = 'kind'
         )
         SELECT c.id AS "caseId", c.team_id AS "teamId", c.opened_on AS "openedOn", c.closed_on AS "closedOn",
                COALESCE(array_agg(l.domain ORDER BY l.domain) FILTER (WHERE l.score <= 2), '{}') AS "problemDomains",
                (k.household_id IS NOT NULL) AS "hasChildren"
           FROM c LEFT JOIN latest l ON l.case_id = c.id LEFT JOIN kids k ON k.household_id = c.household_id
          GROUP BY c.id, c.team_id, c.opened_on, c.closed_on, k.household_id`,
        [org, q.from, asOf, q.teamId],
      )
    ).rows;
    const ks = (
      await t.db.query<{ caseId: string; type: string; blockingLaw: string; escalated: boolean }>(
        `SELECT k.case_id AS "caseId", k.type, k.blocking_law AS "blockingLaw",
                EXISTS (SELECT 1 FROM escalation_steps s WHERE s.knelpunt_id = k.id AND s.escalated_on <= $2) AS escalated
           FROM knelpunten k WHERE k.organisation_id = $1 AND k.created_on <= $2 AND k.status <> 'ingetrokken'`,
        [org, asOf],
      )
    ).rows;
    const cases = rows.map((r) => {
      const facts: CaseFacts = { ...r, knelpunten: ks.filter((k) => k.caseId === r.caseId) };
      return { items: itemsOf(facts), stuck: isStuck(facts, asOf, (o) => addWorkingDays(o, q.werkdagen)).stuck };
    });
    return analyse(cases, { minCount: q.minimum, maxLength: 4, limit: 30 });
  }

  it('gives the same totals, combinations and cocktails for the period, a team, another stuck limit and a year', async () => {
    const quarter = quarterOf(today);
    const year = today.slice(0, 4);
    const asks = [
      { query: '', from: quarter.from, to: quarter.to, teamId: null, werkdagen: 65, minimum: 5 },
      { query: `?team=${t.fx.teams.utrechtOost}&minimum=2`, from: quarter.from, to: quarter.to, teamId: t.fx.teams.utrechtOost, werkdagen: 65, minimum: 2 },
      { query: '?werkdagen=20&minimum=3', from: quarter.from, to: quarter.to, teamId: null, werkdagen: 20, minimum: 3 },
      { query: `?periode=${year}`, from: `${year}-01-01`, to: `${year}-12-31`, teamId: null, werkdagen: 65, minimum: 5 },
    ];
    for (const a of asks) {
      const r = await beleid.get(`/patronen${a.query}`);
      expect(r.status, a.query).toBe(200);
      const expected = await straightforward(a);
      expect(expected.total).toBeGreaterThan(50);
      expect(expected.combinations.length).toBeGreaterThan(5);
      expect({ total: r.body.total, totalStuck: r.body.totalStuck, combinations: r.body.combinations, cocktails: r.body.cocktails }, a.query).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });
});
