// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo data from the seed stories, loaded once into an empty database, in one transaction: the
 * foundation (organisations, teams, users, households and their case files) first, then each room's
 * own demo loader, which receives the keys of what the foundation made.
 */
import { todayInAmsterdam } from '../platform/today';
import type { Db } from '../platform/db';
import { hashPassword } from '../accounts/commands';
import { loadFoundation, DEMO_USERS } from './foundation';
import { ROOM_DEMO_LOADERS } from './rooms';

export const DEMO_PASSWORD = 'maatwerk-demo';
export const DEMO_LOGINS = DEMO_USERS.filter((u) => u.listed).map((u) => ({ username: u.username, description: u.description }));

export async function loadDemoIfEmpty(db: Db, progress: (msg: string) => void = () => undefined, today = todayInAmsterdam()): Promise<boolean> {
  const n = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n;
  if (n > 0) return false;
  const pwHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    progress('organisaties, teams, gebruikers en casussen...');
    const ctx = await loadFoundation(tx, pwHash, today);
    for (const [name, load] of ROOM_DEMO_LOADERS) {
      progress(`${name}...`);
      await load(ctx);
    }
  });
  progress('klaar.');
  return true;
}
