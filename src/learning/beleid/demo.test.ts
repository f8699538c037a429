// SPDX-License-Identifier: EUPL-1.2
/** The demo shows what issue 12 §2–3 promise: Tilburg's signal rules earning their keep (or not), a proposal followed to a changed rule with the knelpunten falling, and a cross-organisation answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, Client } from '../../platform/testing';
import type { Db } from '../../platform/db';
import { createApp } from '../../platform/app';
import { loadConfig } from '../../platform/config';
import { loadDemoIfEmpty, DEMO_PASSWORD } from '../../demo';
import { ROOMS } from '../../rooms';

describe('the signals and beleid demo', () => {
  let db: Db;
  let close: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const as = async (username: string) => {
    const c = new Client(app);
    expect((await c.post('/auth/login', { username, password: DEMO_PASSWORD })).status).toBe(200);
    return c;
  };
  beforeAll(async () => {
    ({ db, close } = await openTestDb('pglite'));
    await loadDemoIfEmpty(db);
    app = createApp({ rooms: ROOMS, db, config: loadConfig({}) });
  }, 180_000);
  afterAll(async () => close?.());

  it('Tilburg’s rules fired on demo cases; the noisy one shows', async () => {
    const rules = (await (await as('femke')).get('/signaalregels')).body.items;
    const by = Object.fromEntries(rules.map((r: any) => [r.name, r.score]));
    expect(by['Scheiding, bijstand en woning']).toMatchObject({ fired: 3, acted: 2, dismissed: 0, open: 1, noisy: false });
    expect(by['Huurachterstand en baanverlies']).toMatchObject({ fired: 6, acted: 1, dismissed: 5, noisy: true });
    expect(by['Aanzegging ontruiming na huurachterstand']).toMatchObject({ fired: 1, acted: 1 });
    const bram = (await (await as('bram')).get('/signalen?status=open')).body.items;
    expect(bram.map((s: any) => s.ruleName)).toEqual(['Scheiding, bijstand en woning']);
  });

  it('a Tilburg proposal went to a changed rule and the knelpunten on it fell', async () => {
    const femke = await as('femke');
    const items = (await femke.get('/beleidsvoorstellen')).body.items;
    expect(items.map((p: any) => p.stage).sort()).toEqual(['besloten', 'geagendeerd', 'ingevoerd']);
    const done = items.find((p: any) => p.stage === 'ingevoerd');
    expect(done.ruleLabel).toBe('Huisvestingsverordening art. 2.6.4 (urgentie)');
    expect(done.effect.before.count).toBe(8);
    expect(done.effect.after.count).toBe(3);
    expect(done.leadTimeDays).toBe(210);
    const rules = (await femke.get('/beleid/regels')).body.items;
    expect(rules[0]).toMatchObject({ label: 'Huisvestingsverordening art. 2.6.4 (urgentie)', signals: 3, knelpunten: 15 });
  });

  it('Mitros received Utrecht’s proposal with the count and answered; Utrecht sees the answer', async () => {
    const got = (await (await as('mirjam')).get('/beleidsvoorstellen')).body.items;
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ direction: 'ontvangen', organisationName: 'Gemeente Utrecht', knelpuntCount: 3 });
    const sent = (await (await as('pieter')).get('/beleidsvoorstellen')).body.items;
    expect(sent[0].answer).toMatch(/^Herkenbaar/);
  });
});
