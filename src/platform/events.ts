// SPDX-License-Identifier: EUPL-1.2
/**
 * Domain events inside one transaction (ADR 0028). A room that owns a change defines an event in its
 * model.ts and emits it from its command; another room subscribes from its room.ts. The handler runs
 * in the same transaction as the change, so a failing handler rolls the change back and nothing is
 * half-written. This lets a room react to another room's change without a cycle between rooms (the
 * cases room does not know the partners room that sends a melding when an action is assigned).
 * The platform knows no room: it only keeps the handlers by event name.
 */
import type { Queryable } from './db';

export interface DomainEvent<T> {
  readonly name: string;
  /** Runs every subscribed handler, in order of subscription, in the caller's transaction. */
  emit(tx: Queryable, payload: T): Promise<void>;
  /** Subscribes a handler; subscribing the same function twice keeps one. */
  on(handler: (tx: Queryable, payload: T) => Promise<void>): void;
}

export function defineEvent<T>(name: string): DomainEvent<T> {
  const handlers = new Set<(tx: Queryable, payload: T) => Promise<void>>();
  return {
    name,
    async emit(tx, payload) {
      for (const h of handlers) await h(tx, payload);
    },
    on(handler) {
      handlers.add(handler);
    },
  };
}
