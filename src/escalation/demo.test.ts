// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, Client } from '../platform/testing';
import type { Db } from '../platform/db';
import { createApp } from '../platform/app';
import { loadConfig } from '../platform/config';
import { loadDemoIfEmpty, DEMO_PASSWORD } from '../demo';
import { ROOMS } from '../rooms';

const n = async (db: Db, sql: string, p: unknown[] = []) => (await db.query<{ n: number }>(sql, p)).rows[0].n;

describe('the escalation demo', () => {
  let db: Db;
  let close: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const as = async (username: string) => {
    const c = new Client(app);
    const r = await c.post('/auth/login', { username, password: DEMO_PASSWORD });
    expect(r.status).toBe(200);
    return c;
  };
  beforeAll(async () => {
    ({ db, close } = await openTestDb('pglite'));
    await loadDemoIfEmpty(db);
    app = createApp({ rooms: ROOMS, db, config: loadConfig({}) });
  }, 120_000);
  afterAll(async () => close?.());

  it('has at least 40 knelpunten across the demo municipalities, with patterns to show', async () => {
    expect(await n(db, `SELECT count(*)::int AS n FROM knelpunten`)).toBeGreaterThanOrEqual(40);
    expect(await n(db, `SELECT count(DISTINCT organisation_id)::int AS n FROM knelpunten`)).toBe(5);
    expect(await n(db, `SELECT count(*)::int AS n FROM knelpunten WHERE blocking_law ILIKE 'Huisvestingsverordening%'`)).toBeGreaterThanOrEqual(4);
    expect(await n(db, `SELECT count(DISTINCT status)::int AS n FROM knelpunten`)).toBeGreaterThanOrEqual(5);
    expect(await n(db, `SELECT count(*)::int AS n FROM escalation_steps WHERE outcome IS NOT NULL`)).toBeGreaterThanOrEqual(20);
    expect(await n(db, `SELECT count(*)::int AS n FROM escalation_levels WHERE active`)).toBeGreaterThanOrEqual(20);
    expect(await n(db, `SELECT count(*)::int AS n FROM handovers`)).toBeGreaterThanOrEqual(4);
    expect(await n(db, `SELECT count(*)::int AS n FROM overbrugging_claims WHERE status = 'open'`)).toBeGreaterThanOrEqual(2);
    expect(await n(db, `SELECT count(*)::int AS n FROM register_contacts`)).toBeGreaterThanOrEqual(10);
    expect(await n(db, `SELECT count(*)::int AS n FROM business_cases`)).toBe(3);
  });

  it('shows the policy adviser the signals per rule, Participatiewet art. 31 twice', async () => {
    const s = await (await as('pieter')).get('/structural-signals');
    expect(s.status).toBe(200);
    expect(s.body.rules[0]).toMatchObject({ rule: 'Participatiewet art. 31 (middelen)', count: 2, regelWijzigen: 2 });
  });

  it('gives the maatwerkloket its hand-overs and the Groningen Taskforce a same-day ladder', async () => {
    const loket = await as('loket');
    const h = await loket.get('/handovers?status=open');
    expect(h.body.items.length).toBeGreaterThanOrEqual(2);
    const g = await (await as('lonneke')).get('/escalation-ladder');
    expect(g.body.levels[0]).toMatchObject({ name: 'Taskforce 16-27', deadlineWorkingDays: 0 });
    const mz = await loket.get('/handovers?direction=ontvangen&status=besloten');
    const mantelzorg = mz.body.items.find((x: any) => x.content.knelpunt.solutionNeeded.includes('mantelzorgwoning'));
    expect(mantelzorg.content.businessCase.gainers).toContain('wlz');
    expect(mantelzorg.content.businessCase.payers).toContain('gemeente-wmo');
  });

  it('walks one demo case from knelpunt to decision: sanne → fatima (doorbraaktafel) → loket (maatwerkloket)', async () => {
    const sanne = await as('sanne');
    const cases = await sanne.get('/cases?pageSize=100');
    const cindy = cases.body.items.find((c: any) => c.householdName === 'Huishouden Cindy');
    const k = await sanne.post(`/cases/${cindy.id}/knelpunten`, {
      solutionNeeded: 'Beslag op de huurtoeslag opheffen zodat de nieuwe huur betaalbaar is', blockingLaw: 'Algemene wet inkomensafhankelijke regelingen', blockingArticle: 'art. 30',
      blockingOrganisation: 'Dienst Toeslagen', type: 'regel_botst', toetsRuleGoal: 'Terugbetalen van te veel ontvangen toeslag', toetsCounterproductive: 'De schuld is van de ex; verrekenen maakt de nieuwe woning onbetaalbaar', toetsProportionate: 'Verrekening opschorten',
    });
    expect(k.status).toBe(201);
    const ladder = (await sanne.get('/escalation-ladder')).body.levels;
    const e = await sanne.post(`/knelpunten/${k.body.id}/escalations`, { levelId: ladder[1].id, reason: 'Besproken met de teamleider' });
    expect(e.status).toBe(201);
    const fatima = await as('fatima');
    const queue = await fatima.get(`/escalation-levels/${ladder[1].id}/queue`);
    expect(queue.body.items.map((i: any) => i.stepId)).toContain(e.body.step.id);
    const d = await fatima.post(`/escalation-steps/${e.body.step.id}/decision`, { outcome: 'doorverwezen', text: 'Landelijke regel: naar het maatwerkloket', referToLevelId: ladder[3].id });
    expect(d.status).toBe(200);
    const loket = await as('loket');
    const dec = await loket.post(`/handovers/${d.body.handoverId}/decision`, { outcome: 'toegekend', text: 'Toeslagen schort de verrekening op', signal: { kind: 'regel_wijzigen', rule: 'Awir art. 30 (verrekening)', proposal: 'Geen verrekening van schulden van een ex-partner na scheiding' } });
    expect(dec.status).toBe(200);
    expect(dec.body.knelpuntStatus).toBe('doorbraak');
    expect((await sanne.get(`/knelpunten/${k.body.id}`)).body.knelpunt.status).toBe('doorbraak');
  });
});
