// SPDX-License-Identifier: EUPL-1.2
/**
 * What the platform adds for the Logius API Design Rules: the full API version in an `API-Version`
 * header on every answer under /api/v1 (errors included) and declared on every response in the
 * OpenAPI document, a 400 declared on every operation that takes input, info.contact, and dates
 * declared with `format: date`. `npm run lint:api` checks the whole document with .spectral.yaml;
 * these tests pin the platform's part without a database.
 */
import { describe, expect, it } from 'vitest';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { createApp } from './app';
import { loadConfig } from './config';
import type { Db } from './db';
import { API_VERSION, IsoDate, IsoDateOut } from './http';
import { ROOMS } from '../rooms';

const noDb = new Proxy({}, { get: () => () => { throw new Error('geen database in deze test'); } }) as unknown as Db;
const app = createApp({ rooms: ROOMS, db: noDb, config: loadConfig({}) });

type Doc = {
  info: { version: string; contact?: Record<string, string> };
  paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown; responses: Record<string, { headers?: Record<string, unknown> }> }>>;
  components: { headers?: Record<string, unknown> };
};
const doc = async (): Promise<Doc> => (await app.request('/api/v1/openapi.json')).json() as Promise<Doc>;

describe('API-Version header (Logius /core/version-header)', () => {
  it('is a semantic version and the document says the same', async () => {
    expect(API_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await doc()).info.version).toBe(API_VERSION);
  });

  it('is sent on every answer under /api/v1: success, 401, 404, 400 for bad JSON', async () => {
    const answers = [
      await app.request('/api/v1/openapi.json'),
      await app.request('/api/v1/auth/me'),
      await app.request('/api/v1/bestaat-niet'),
      await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username": "a\u0000"}' }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 401, 404, 400]);
    for (const r of answers) expect(r.headers.get('api-version')).toBe(API_VERSION);
  });

  it('is not sent outside the API', async () => {
    expect((await app.request('/health')).headers.get('api-version')).toBeNull();
  });

  it('is declared on every response of every operation', async () => {
    const d = await doc();
    expect(d.components.headers?.['API-Version']).toBeTruthy();
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(d.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, r] of Object.entries(op.responses)) if (!r.headers?.['API-Version']) missing.push(`${method} ${path} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the rest of the document', () => {
  it('declares a 400 on every write and every operation with parameters (the platform can always answer one)', async () => {
    const d = await doc();
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(d.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const takesInput = ['post', 'put', 'patch'].includes(method) || (op.parameters?.length ?? 0) > 0;
        if (takesInput && !op.responses['400']) missing.push(`${method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
    expect(d.paths['/auth/logout'].post.responses['400']).toBeTruthy();
  });

  it('names the contact the operator configured, and says so when nobody did', async () => {
    expect((await doc()).info.contact).toEqual({
      name: 'Beheer van deze Maatwerk-installatie (contact niet ingesteld)',
      url: 'http://localhost:3000/',
      email: 'beheer-niet-ingesteld@maatwerk.invalid',
    });
    const env = { API_CONTACT_NAME: 'Team Maatwerk, gemeente Zaanstad', API_CONTACT_URL: 'https://www.zaanstad.nl/maatwerk', API_CONTACT_EMAIL: 'maatwerk@zaanstad.nl' };
    const configured = createApp({ rooms: ROOMS, db: noDb, config: loadConfig(env) });
    const info = ((await (await configured.request('/api/v1/openapi.json')).json()) as Doc).info;
    expect(info.contact).toEqual({ name: 'Team Maatwerk, gemeente Zaanstad', url: 'https://www.zaanstad.nl/maatwerk', email: 'maatwerk@zaanstad.nl' });
    expect(loadConfig({ PUBLIC_URL: 'https://maatwerk.tilburg.nl/app' }).apiContact.url).toBe('https://maatwerk.tilburg.nl');
  });

  it('refuses a contact that is not an address, naming the variable in Dutch', () => {
    expect(() => loadConfig({ API_CONTACT_EMAIL: 'maatwerk' })).toThrow(/API_CONTACT_EMAIL moet een e-mailadres zijn/);
    expect(() => loadConfig({ API_CONTACT_URL: 'ftp://x' })).toThrow(/API_CONTACT_URL moet een webadres zijn/);
  });

  it('declares dates with format: date, in requests (IsoDate) and answers (IsoDateOut), nullable ones too', async () => {
    const r = new OpenAPIHono();
    const S = z.object({ a: IsoDate, b: IsoDateOut, c: IsoDateOut.nullable() }).openapi('DatumTest');
    r.openAPIRegistry.register('DatumTest', S);
    const d = r.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1.0.0' } });
    const props = (d.components?.schemas?.DatumTest as { properties: Record<string, { format?: string }> }).properties;
    expect([props.a.format, props.b.format, props.c.format]).toEqual(['date', 'date', 'date']);
  });
});
