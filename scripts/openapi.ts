// SPDX-License-Identifier: EUPL-1.2
/**
 * Write the API's OpenAPI 3.1 document to web/openapi.json without a server or a database.
 * The web build generates its TypeScript types from this file, so a changed API breaks the
 * front end's build instead of its users.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/platform/app';
import { loadConfig } from '../src/platform/config';
import type { Db } from '../src/platform/db';
import { ROOMS } from '../src/rooms';

// The document is built from the route schemas alone; a request without a session cookie never
// touches the database, so a stand-in that refuses every query is enough (and proves it).
const noDb = new Proxy({}, { get: () => () => { throw new Error('scripts/openapi.ts: de database is niet nodig voor het OpenAPI-document'); } }) as unknown as Db;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'web', 'openapi.json');
const app = createApp({ rooms: ROOMS, db: noDb, config: loadConfig({}) });
const res = await app.request('/api/v1/openapi.json');
if (res.status !== 200) throw new Error(`OpenAPI-document niet gemaakt: HTTP ${res.status} ${await res.text()}`);
const doc = await res.json();
writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
process.stdout.write(`OpenAPI-document geschreven naar ${out} (${Object.keys(doc.paths ?? {}).length} paden)\n`);
