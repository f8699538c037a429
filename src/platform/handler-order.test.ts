// SPDX-License-Identifier: EUPL-1.2
/**
 * Authentication runs before validation (ADR 11): every operation of the OpenAPI document that
 * needs a session answers an anonymous request with a bad body, path and query with 401, never
 * with a 400 that tells a stranger what the request should look like. Only the operations that
 * declare `security: []` (login, logout, reference lists) are open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './testing';

describe('handler order: authenticate, then validate', () => {
  let t: TestApp;
  let doc: any;
  beforeAll(async () => {
    t = await makeTestApp('pglite');
    doc = (await t.anonymous().get('/openapi.json')).body;
  });
  afterAll(async () => t?.close());

  it('answers 401 to an anonymous request with a bad body on every operation that needs a session', async () => {
    const open: string[] = [];
    const wrong: string[] = [];
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        const concrete = path.replace(/\{[^}]+\}/g, 'geen-uuid') + '?page=abc';
        const body = method === 'get' || method === 'delete' ? undefined : { onbekend: 1, name: 12 };
        const r = await t.anonymous().request(method.toUpperCase(), concrete, body);
        if (Array.isArray(op.security) && op.security.length === 0) open.push(`${method} ${path}`);
        else if (r.status !== 401) wrong.push(`${method} ${path}: ${r.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(open.sort()).toEqual(['get /auth/oidc/callback', 'get /auth/oidc/organisations/{id}/start', 'get /auth/oidc/providers', 'get /budget-categories', 'get /life-domains', 'get /roles', 'post /auth/login', 'post /auth/logout']);
  });
});
