// SPDX-License-Identifier: EUPL-1.2
/** House rule 6 on a small made-up tree: a store names only its own room's tables, or views. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHouse, checkTables } from './check-house';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function tree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'huis-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { src: join(root, 'src'), migrations: join(root, 'migrations') };
}

const MIGRATIONS = {
  'migrations/001_a.sql': 'CREATE TABLE users (id uuid, display_name text, password_hash text);\nCREATE VIEW users_directory AS SELECT id, display_name FROM users;',
  'migrations/002_b.sql': 'CREATE TABLE IF NOT EXISTS spends (id uuid, user_id uuid);',
};

describe('house rule 6: tables belong to the room that writes them', () => {
  it('refuses a store that joins another room\'s table, naming both', () => {
    const t = tree({
      ...MIGRATIONS,
      'src/accounts/store.ts': 'export const q = `INSERT INTO users (id) VALUES ($1)`;',
      'src/budget/store.ts': 'export const q = `SELECT s.id, u.display_name FROM spends s JOIN users u ON u.id = s.user_id`;\nexport const w = `INSERT INTO spends (id) VALUES ($1)`;',
    });
    const breaches = checkTables(t.src, t.migrations);
    expect(breaches).toEqual([{ file: 'budget/store.ts', rule: 6, message: expect.stringContaining('users, een tabel van de kamer accounts') }]);
  });

  it('accepts the same join through the owner\'s directory view, and a comment that mentions the table', () => {
    const t = tree({
      ...MIGRATIONS,
      'src/accounts/store.ts': 'export const q = `INSERT INTO users (id) VALUES ($1)`;',
      'src/budget/store.ts': '// reads join users for names\nexport const q = `SELECT s.id, u.display_name FROM spends s JOIN users_directory u ON u.id = s.user_id`;\nexport const w = `INSERT INTO spends (id) VALUES ($1)`;',
    });
    expect(checkHouse(t.src, t.migrations)).toEqual([]);
  });

  it('refuses a table written by two rooms', () => {
    const t = tree({
      ...MIGRATIONS,
      'src/accounts/store.ts': 'export const q = `UPDATE users SET display_name = $2 WHERE id = $1`;',
      'src/budget/store.ts': 'export const q = `UPDATE users SET display_name = $2 WHERE id = $1`;',
    });
    const messages = checkTables(t.src, t.migrations).map((b) => b.message);
    expect(messages).toContain('de tabel users wordt geschreven door accounts en budget; één kamer is eigenaar');
  });

  it('gives a table a trigger keeps to the owner of the table the trigger is on', () => {
    const kept = {
      ...MIGRATIONS,
      'migrations/003_c.sql': [
        'CREATE TABLE user_counts (n int);',
        'CREATE FUNCTION user_counts_refresh() RETURNS trigger LANGUAGE plpgsql AS $$',
        'BEGIN',
        '  DELETE FROM user_counts; INSERT INTO user_counts SELECT count(*) FROM users;',
        '  RETURN NULL;',
        'END $$;',
        'CREATE TRIGGER user_counts_refresh AFTER INSERT ON users FOR EACH STATEMENT EXECUTE FUNCTION user_counts_refresh();',
      ].join('\n'),
      'src/accounts/store.ts': 'export const q = `INSERT INTO users (id) VALUES ($1)`;\nexport const n = `SELECT n FROM user_counts`;',
    };
    expect(checkHouse(tree(kept).src, tree(kept).migrations)).toEqual([]);
    const t = tree({ ...kept, 'src/budget/store.ts': 'export const q = `SELECT n FROM user_counts`;\nexport const w = `INSERT INTO spends (id) VALUES ($1)`;' });
    expect(checkTables(t.src, t.migrations)).toEqual([{ file: 'budget/store.ts', rule: 6, message: expect.stringContaining('user_counts, een tabel van de kamer accounts') }]);
  });

  it('holds for this repository', () => {
    expect(checkHouse()).toEqual([]);
  });
});
