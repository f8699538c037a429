// SPDX-License-Identifier: EUPL-1.2
/**
 * The house rules, checked on the imports and text of src/ (see docs/adr/0011-layering.md):
 *   1. The platform knows no room: nothing in src/platform/ imports from a room.
 *   2. A room reaches another room only through its public files: model.ts (pure types and logic),
 *      queries.ts (reads), commands.ts (use cases), and the privacy room's anonymise.ts — never its
 *      store, routes or internals. The composition root (src/rooms.ts, src/main.ts) wires rooms
 *      together; a room's demo.ts may use src/demo/context.ts.
 *   3. A store imports nothing of another room: it touches its own tables only.
 *   4. Routes hold no SQL and do not import a store: they call one command or query.
 *   5. No cycle between rooms.
 *   6. A store's SQL names only its own room's tables (and the platform's), or views: a table belongs
 *      to the room whose code writes it (INSERT, UPDATE, DELETE), and a room shares what others may
 *      read as a view in its migrations (e.g. accounts' `users_directory`: names, never a password
 *      hash). A table written by two rooms is a breach too.
 * Test files and test support (testing.ts) are exempt. Prints every breach and exits 1 when there is one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const PUBLIC_FILES = new Set(['model.ts', 'queries.ts', 'commands.ts', 'anonymise.ts']);
/** The composition root wires rooms together and may import each room's room.ts. */
const WIRING = new Set(['rooms.ts', 'main.ts']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const isExempt = (rel: string) => /\.test\.ts$|(^|\/)testing(\/|\.ts$)|\.cases\.ts$|anonymise-corpus\.ts$/.test(rel);

/** The room of a path under src/ ('platform' for the platform), or null for the composition root. */
const roomOf = (rel: string) => (rel.includes('/') ? rel.split('/')[0] : null);

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
const SQL = /`[^`]*\b(?:SELECT\s[\s\S]*?\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b[^`]*`|'[^'\n]*\b(?:SELECT\s.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b[^'\n]*'/i;

export interface Breach {
  file: string;
  rule: number;
  message: string;
}

const MIGRATIONS = join(ROOT, 'migrations');
const TABLE_DDL = /\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi;
const FUNCTION_DDL = /\bCREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)\s*\([^)]*\)[\s\S]*?\$\$([\s\S]*?)\$\$/gi;
const TRIGGER_DDL = /\bCREATE\s+TRIGGER\s+\w+\s+[\s\S]*?\bON\s+(\w+)[\s\S]*?\bEXECUTE\s+(?:FUNCTION|PROCEDURE)\s+(\w+)/gi;
const WRITE = (t: string) => new RegExp(`\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+${t}\\b`);
const NAMED = (t: string) => new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE)\\s+${t}\\b`);
const isStore = (base: string) => /store\.ts$/.test(base);

/**
 * Rule 6: which room owns each table (the room whose non-test code writes it), and every store that
 * names another room's table. A table that a trigger keeps (its function writes it) belongs to the
 * owner of the table the trigger is on (ADR 33). Tables only a migration fills belong to nobody and
 * are not checked.
 */
export function checkTables(src = SRC, migrations = MIGRATIONS): Breach[] {
  const tables = new Set<string>();
  const sql = readdirSync(migrations).filter((x) => x.endsWith('.sql')).map((f) => readFileSync(join(migrations, f), 'utf8')).join('\n');
  for (const m of sql.matchAll(TABLE_DDL)) tables.add(m[1].toLowerCase());
  // Trigger functions and the tables they write; triggers and the table each is on.
  const functionWrites = new Map<string, string[]>();
  for (const m of sql.matchAll(FUNCTION_DDL)) functionWrites.set(m[1].toLowerCase(), [...tables].filter((t) => WRITE(t).test(m[2])));
  const keptBy = new Map<string, string>(); // kept table → the table its trigger is on
  for (const m of sql.matchAll(TRIGGER_DDL)) for (const t of functionWrites.get(m[2].toLowerCase()) ?? []) if (t !== m[1].toLowerCase()) keptBy.set(t, m[1].toLowerCase());
  const files = walk(src).map((f) => relative(src, f).split(sep).join('/')).filter((rel) => !isExempt(rel) && !/(^|\/)demo[\w-]*(\.ts$|\/)/.test(rel) && roomOf(rel));
  const texts = new Map(files.map((rel) => [rel, readFileSync(join(src, rel), 'utf8')]));
  const breaches: Breach[] = [];
  const owner = new Map<string, string>();
  for (const t of tables) {
    const writers = new Set(files.filter((rel) => WRITE(t).test(texts.get(rel)!)).map((rel) => roomOf(rel)!));
    if (writers.size > 1) breaches.push({ file: `(tabel ${t})`, rule: 6, message: `de tabel ${t} wordt geschreven door ${[...writers].sort().join(' en ')}; één kamer is eigenaar` });
    if (writers.size === 1) owner.set(t, [...writers][0]);
  }
  for (const [kept, source] of keptBy) {
    const o = owner.get(source);
    if (!o || owner.has(kept)) {
      if (o && owner.get(kept) !== o) breaches.push({ file: `(tabel ${kept})`, rule: 6, message: `de tabel ${kept} wordt bijgehouden door een trigger op ${source} (kamer ${o}) en geschreven door ${owner.get(kept)}; één kamer is eigenaar` });
      continue;
    }
    owner.set(kept, o);
  }
  for (const rel of files) {
    const room = roomOf(rel)!;
    if (!isStore(rel.split('/').pop()!) || room === 'platform') continue;
    for (const [t, o] of owner) {
      if (o !== room && o !== 'platform' && NAMED(t).test(texts.get(rel)!)) {
        breaches.push({ file: rel, rule: 6, message: `de store leest of schrijft ${t}, een tabel van de kamer ${o}; gebruik een view die ${o} deelt, of een query van ${o}` });
      }
    }
  }
  return breaches;
}

export function checkHouse(src = SRC, migrations = MIGRATIONS): Breach[] {
  const breaches: Breach[] = [...checkTables(src, migrations)];
  const roomEdges = new Map<string, Set<string>>();
  const files = walk(src).map((f) => relative(src, f).split(sep).join('/'));
  for (const rel of files) {
    if (isExempt(rel)) continue;
    const text = readFileSync(join(src, rel), 'utf8');
    const room = roomOf(rel);
    const base = rel.split('/').pop()!;
    if (base === 'routes.ts' && SQL.test(text)) breaches.push({ file: rel, rule: 4, message: 'routes bevatten SQL; zet de query in store.ts en roep een command of query aan' });
    for (const m of text.matchAll(IMPORT)) {
      const target = relative(src, resolve(join(src, dirname(rel)), m[1])).split(sep).join('/');
      if (target.startsWith('..')) continue; // outside src (e.g. a JSON file of the package)
      const file = /\.\w+$/.test(target) ? target : `${target}.ts`;
      const targetRoom = roomOf(file);
      const targetBase = file.split('/').pop()!;
      if (base === 'routes.ts' && targetBase === 'store.ts') breaches.push({ file: rel, rule: 4, message: `routes importeren een store (${target}); roep een command of query aan` });
      if (!room || !targetRoom || room === targetRoom || WIRING.has(base)) continue;
      if (room === 'platform') {
        breaches.push({ file: rel, rule: 1, message: `het platform importeert de kamer ${targetRoom} (${target}); laat de kamer zich registreren` });
        continue;
      }
      if (targetRoom === 'platform') continue;
      if (targetRoom !== 'demo') (roomEdges.get(room) ?? roomEdges.set(room, new Set()).get(room)!).add(targetRoom);
      if (base === 'store.ts') breaches.push({ file: rel, rule: 3, message: `een store importeert uit een andere kamer (${target}); een store raakt alleen zijn eigen tabellen` });
      else if (/^demo[\w-]*\.ts$/.test(base) && file === 'demo/context.ts') continue;
      else if (!PUBLIC_FILES.has(targetBase) && !target.includes('/rules/') && !target.includes('/scenarios/') && !WIRING.has(base)) {
        breaches.push({ file: rel, rule: 2, message: `importeert ${target}; een andere kamer is alleen bereikbaar via model.ts, queries.ts of commands.ts` });
      }
    }
  }
  // Rule 5: cycles between rooms (depth-first search on the room graph).
  const state = new Map<string, 'busy' | 'done'>();
  const stack: string[] = [];
  const visit = (r: string) => {
    state.set(r, 'busy');
    stack.push(r);
    for (const n of roomEdges.get(r) ?? []) {
      if (state.get(n) === 'busy') breaches.push({ file: r, rule: 5, message: `kringverwijzing tussen kamers: ${[...stack.slice(stack.indexOf(n)), n].join(' → ')}` });
      else if (!state.has(n)) visit(n);
    }
    stack.pop();
    state.set(r, 'done');
  };
  for (const r of roomEdges.keys()) if (!state.has(r)) visit(r);
  return breaches;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const breaches = checkHouse();
  for (const b of breaches) console.log(`regel ${b.rule}  src/${b.file}: ${b.message}`);
  if (breaches.length) {
    console.log(`\n${breaches.length} overtreding(en) van de huisregels (docs/adr/0011-layering.md).`);
    process.exit(1);
  }
  console.log('Huisregels: in orde.');
}
