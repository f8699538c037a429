// SPDX-License-Identifier: EUPL-1.2
/** Migrations: exactly once with several processes (PostgreSQL), and refusal of a schema newer than the code. */
import { describe, it, expect } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, dropSchema } from './db';
import { migrate, migrationFiles, checkSchemaVersion, SchemaTooNewError } from './migrate';
import { openTestDb, DB_KINDS } from './testing';

const FILES = migrationFiles();
const NEWEST = FILES.at(-1)!;

describe('schema version check (pure)', () => {
  it('accepts a database with the same or fewer migrations', () => {
    expect(() => checkSchemaVersion(['001_a.sql', '002_b.sql'], ['001_a.sql'])).not.toThrow();
    expect(() => checkSchemaVersion(['001_a.sql', '002_b.sql'], ['002_b.sql', '001_a.sql'])).not.toThrow();
  });
  it('refuses a migration it does not know, naming both versions', () => {
    let err: unknown;
    try {
      checkSchemaVersion(['001_a.sql', '002_b.sql'], ['001_a.sql', '002_b.sql', '003_c.sql']);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchemaTooNewError);
    expect(err).toMatchObject({ codeNewest: '002_b.sql', databaseNewest: '003_c.sql', unknown: ['003_c.sql'] });
    expect((err as Error).message).toContain('de database staat op 003_c.sql');
    expect((err as Error).message).toContain('tot en met 002_b.sql');
  });
});

describe.each(DB_KINDS)('migrations on %s', (kind) => {
  it('an app older than the schema refuses to start and changes nothing', async () => {
    const { db, close } = await openTestDb(kind);
    try {
      await db.query(`INSERT INTO schema_migrations (name) VALUES ('999_van_een_nieuwere_versie.sql')`);
      const before = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM schema_migrations`)).rows[0].n;
      await expect(migrate(db)).rejects.toThrow(SchemaTooNewError);
      await expect(migrate(db)).rejects.toThrow(`de database staat op 999_van_een_nieuwere_versie.sql, deze versie van de app kent migraties tot en met ${NEWEST}`);
      expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM schema_migrations`)).rows[0].n).toBe(before);
    } finally {
      await close();
    }
  });

  it('a second run applies nothing', async () => {
    const { db, close } = await openTestDb(kind);
    try {
      expect(await migrate(db)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('migrations with several processes on PostgreSQL', () => {
  it('four pools migrating a fresh schema at once apply each migration exactly once, without error', { timeout: 120_000 }, async () => {
    const url = process.env.TEST_DATABASE_URL!;
    for (let round = 0; round < 2; round++) {
      const schema = `t_mig_${randomBytes(5).toString('hex')}`;
      const pools = [];
      for (let i = 0; i < 4; i++) pools.push(await openPostgres(url, { schema, max: 2 }));
      try {
        const results = await Promise.allSettled(pools.map((p) => migrate(p)));
        const errors = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
        expect(errors).toEqual([]);
        const applied = results.flatMap((r) => (r as PromiseFulfilledResult<string[]>).value);
        expect([...applied].sort()).toEqual(FILES);
        const rows = (await pools[0].query<{ name: string }>(`SELECT name FROM schema_migrations ORDER BY name`)).rows.map((r) => r.name);
        expect(rows).toEqual(FILES);
        // Every process sees the whole schema afterwards.
        for (const p of pools) expect(await migrate(p)).toEqual([]);
      } finally {
        await Promise.all(pools.map((p) => p.close()));
        await dropSchema(url, schema);
      }
    }
  });
});

describe('PGlite', () => {
  it('an in-memory database migrates from empty', async () => {
    const db = await openPglite();
    try {
      expect(await migrate(db)).toEqual(FILES);
    } finally {
      await db.close();
    }
  });
});
