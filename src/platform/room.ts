// SPDX-License-Identifier: EUPL-1.2
/**
 * A room registers itself with the platform through this interface (ADR 11): its router, its
 * subject-access sections and, for the accounts room, how a request's session becomes the actor.
 * The platform imports no room; the composition root (src/rooms.ts) lists them.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from './http';
import type { Config } from './config';
import type { Db } from './db';
import type { InzageSource } from './inzage';

export interface Room {
  name: string;
  /** The room's router, mounted under /api/v1. */
  routes?: (config: Config) => OpenAPIHono<AppEnv>;
  /** Sets the actor (c.var.actor) from the request, e.g. from the session cookie. One room provides it. */
  authenticator?: (deps: { db: Db; config: Config; now: () => Date }) => (c: Context<AppEnv>) => Promise<void>;
  /** Sections of the subject-access export (AVG art. 15), by section name. */
  inzage?: Array<[string, InzageSource]>;
}
