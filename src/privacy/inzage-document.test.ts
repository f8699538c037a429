// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../platform/db';
import { migrate } from '../platform/migrate';
import type { Actor, Role } from '../platform/authz';
import { loadDemoIfEmpty } from '../demo';
import { ROOMS } from '../rooms';
import { inzageExport } from './queries';
import { FIELD_LABELS, hiddenInInzage } from './labels';

/**
 * The printable inzage (issue 16) on the demo: every field a resident reads in it has a Dutch name,
 * and no text the server wrote carries an ISO date (the document formats values that are dates
 * themselves; a date inside a sentence must already be Dutch).
 */
describe('the inzage document of every demo person speaks Dutch', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await loadDemoIfEmpty(db, () => undefined, '2026-11-23');
  });
  afterAll(async () => db?.close());

  const ISO_VALUE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
  /** Walks a section as the document does: keys it shows, strings it prints. */
  function walk(v: unknown, path: string, keys: Map<string, string>, texts: Array<[string, string]>) {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, keys, texts));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (hiddenInInzage(k, v as Record<string, unknown>)) continue;
        keys.set(k.replace(/Cents$/, ''), `${path}.${k}`);
        walk(x, `${path}.${k}`, keys, texts);
      }
    } else if (typeof v === 'string' && !ISO_VALUE.test(v)) texts.push([path, v]);
  }

  it('names every field in Dutch and writes no ISO date inside a text', async () => {
    const officers = (await db.query<{ id: string; name: string; username: string; organisation_id: string; team_id: string | null; roles: Role[] }>(
      `SELECT id, display_name AS name, username, organisation_id, team_id, roles FROM users WHERE 'privacy' = ANY(roles)`,
    )).rows;
    expect(officers.length).toBeGreaterThan(0);
    const sources = ROOMS.flatMap((r) => r.inzage ?? []);
    const keys = new Map<string, string>();
    const texts: Array<[string, string]> = [];
    let persons = 0;
    for (const o of officers) {
      const actor: Actor = { userId: o.id, userName: o.name, username: o.username, organisationId: o.organisation_id, teamId: o.team_id, roles: o.roles };
      const members = (await db.query<{ id: string }>(`SELECT m.id FROM members m JOIN households h ON h.id = m.household_id WHERE h.organisation_id = $1`, [o.organisation_id])).rows;
      for (const m of members) {
        const out = await db.transaction((tx) => inzageExport(tx, actor, m.id, sources, new Date('2026-11-23T10:00:00Z')));
        for (const [name, content] of Object.entries(out.sections)) walk(content, `${m.id}.${name}`, keys, texts);
        persons++;
      }
    }
    expect(persons).toBeGreaterThan(20);
    const unnamed = [...keys].filter(([k]) => !(k in FIELD_LABELS)).map(([k, where]) => `${k} (${where})`);
    expect(unnamed).toEqual([]);
    const isoInText = texts.filter(([, t]) => /\d{4}-\d{2}-\d{2}/.test(t)).map(([where, t]) => `${where}: ${t}`);
    expect(isoInText).toEqual([]);
    // A code ("plan.parties.wijzigen", "regel_wijzigen: …") is not Dutch; a value that is one whole snake_case word the document writes with spaces.
    const codes = texts.filter(([, t]) => !/^[a-z]+(_[a-z]+)+$/.test(t) && /\b[a-z]+(?:_[a-z]+)+\b|\b[a-z]+\.[a-z]+\.[a-z]+\b|^[a-z]+\.[a-z]+$/.test(t)).map(([where, t]) => `${where}: ${t}`);
    expect([...new Set(codes.map((c) => c.replace(/^[^:]*: /, '')))]).toEqual([]);
  });
});
