// SPDX-License-Identifier: EUPL-1.2
/**
 * Idempotency-Key for money movements (ADR 0007). A client that lost the answer to a spend, a
 * settlement or the closing of a claim (a crash, a dropped connection) sends the same request again
 * with the same `Idempotency-Key` header and gets the first answer back — same status, same body —
 * while nothing is recorded twice.
 *
 * How: the key row `(user_id, key)` is inserted in the same transaction as the write and filled with
 * the answer before commit. A parallel retry's insert waits on the unique key until that transaction
 * ends: after a commit it finds the stored answer and replays it; after a rollback (the write was
 * refused) it inserts the key itself and runs the write anew. Refusals are therefore not stored: a
 * retry of a refused request is evaluated again. The same key with another request (another path or
 * body) is a 422. Keys live per user for at least 24 hours; older ones are purged opportunistically.
 */
import type { TypedResponse } from 'hono';
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import type { Actor } from './authz';
import type { Db, Queryable } from './db';
import { invalid, unprocessable } from './errors';
import type { Ctx } from './http';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** How long a key is honoured (and kept at least). */
export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_PATTERN = /^[A-Za-z0-9._:~+/=-]{8,255}$/;
const PURGE_EVERY_MS = 10 * 60 * 1000;

/** The header as declared in the OpenAPI document of the operations that honour it. */
export const IdempotencyKeyHeader = z.object({
  [IDEMPOTENCY_HEADER]: z.string().optional().openapi({
    param: {
      name: IDEMPOTENCY_HEADER,
      in: 'header',
      required: false,
      description:
        'Optioneel: een unieke sleutel (8-255 tekens: letters, cijfers en - _ . : ~ + / =) per geldbeweging. Een herhaling met dezelfde sleutel door dezelfde gebruiker binnen 24 uur geeft het eerste antwoord terug en legt niets dubbel vast; dezelfde sleutel met een ander verzoek geeft 422.',
    },
    example: '3f0c2a9e-5b1d-4c7e-9a53-1d2e8b7f6a10',
  }),
});

/** The key of this request, or null without the header; a malformed key is a 400 naming the header. */
export function idempotencyKeyOf(c: Ctx): string | null {
  const raw = c.req.header(IDEMPOTENCY_HEADER);
  if (raw === undefined) return null;
  if (!KEY_PATTERN.test(raw)) {
    throw invalid(IDEMPOTENCY_HEADER, 'moet 8 tot 255 tekens lang zijn en mag alleen letters, cijfers en - _ . : ~ + / = bevatten (bijvoorbeeld een UUID)', 'ongeldige_idempotency_key');
  }
  return raw;
}

/** The answer of a write, as it is sent and as it is replayed. */
export interface IdempotentResult {
  status: 200 | 201;
  body: unknown;
  etag?: string;
}

/** JSON with sorted keys, so the same request always gives the same fingerprint. */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x && typeof x === 'object') return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(x ?? null);
}
const fingerprintOf = (method: string, path: string, body: unknown) => createHash('sha256').update(`${method} ${path}\n${canonical(body)}`).digest('hex');

const lastPurge = new WeakMap<Db, number>();
/** Delete keys older than the retention period. Called opportunistically; also usable from a job. */
export async function purgeIdempotencyKeys(db: Queryable): Promise<number> {
  const r = await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [IDEMPOTENCY_TTL_HOURS]);
  return r.rowCount;
}

/**
 * Run `write` in one transaction, honouring the request's Idempotency-Key. Without the header it is
 * a plain transaction. `body` is the validated request body (part of the fingerprint).
 */
export async function idempotent(c: Ctx, actor: Actor, body: unknown, write: (tx: Queryable) => Promise<IdempotentResult>): Promise<Response> {
  const key = idempotencyKeyOf(c);
  const db = c.get('db');
  const send = (r: IdempotentResult, replayed: boolean) => {
    if (r.etag) c.header('ETag', r.etag);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(r.body as Record<string, unknown>, r.status);
  };
  if (key === null) return send(await db.transaction(write), false);

  const now = Date.now();
  if ((lastPurge.get(db) ?? 0) < now - PURGE_EVERY_MS) {
    lastPurge.set(db, now);
    await purgeIdempotencyKeys(db);
  }
  const fingerprint = fingerprintOf(c.req.method, c.req.path, body);
  const outcome = await db.transaction(async (tx) => {
    // An expired key of this user no longer counts.
    await tx.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`, [actor.userId, key, IDEMPOTENCY_TTL_HOURS]);
    // Waits here while a parallel request with the same key is in flight.
    const claimed = await tx.query(`INSERT INTO idempotency_keys (user_id, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT (user_id, key) DO NOTHING RETURNING key`, [actor.userId, key, fingerprint]);
    if (claimed.rows.length === 0) {
      const prior = (await tx.query<{ fingerprint: string; status: number; body: string | null; etag: string | null }>(`SELECT fingerprint, status, body, etag FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [actor.userId, key])).rows[0];
      if (!prior || prior.fingerprint !== fingerprint || (prior.status !== 200 && prior.status !== 201)) {
        throw unprocessable(
          `De Idempotency-Key "${key}" is al gebruikt voor een ander verzoek. Gebruik voor elke nieuwe geldbeweging een nieuwe sleutel; herhaal alleen precies hetzelfde verzoek met dezelfde sleutel.`,
          'idempotency_key_hergebruikt',
        );
      }
      return { result: { status: prior.status as 200 | 201, body: JSON.parse(prior.body ?? 'null'), etag: prior.etag ?? undefined }, replayed: true };
    }
    const result = await write(tx);
    await tx.query(`UPDATE idempotency_keys SET status = $3, body = $4, etag = $5 WHERE user_id = $1 AND key = $2`, [actor.userId, key, result.status, JSON.stringify(result.body), result.etag ?? null]);
    return { result, replayed: false };
  });
  return send(outcome.result, outcome.replayed);
}

/**
 * `idempotent()` answers with a plain Response, because a replay sends the stored JSON of the first
 * answer. That body was made by the route's own presenter either way, so it has the route's schema:
 * this tells the route's type check so, for one status.
 */
export const replayable = <T, S extends 200 | 201 = 200>(r: Response) => r as Response & TypedResponse<T, S, 'json'>;
