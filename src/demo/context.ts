// SPDX-License-Identifier: EUPL-1.2
/**
 * What every room's demo loader receives: the organisations, teams, users and cases the foundation
 * demo created, by stable keys, and a fixed "today" so the demo reads the same on every start.
 */
import type { Queryable } from '../platform/db';
import type { Actor } from '../platform/authz';

export type DemoOrgKey = 'utrecht' | 'zaanstad' | 'tilburg' | 'denhaag' | 'groningen' | 'leeuwarden' | 'defriesland' | 'pmm' | 'woonstad' | 'schuldhulp' | 'ggz';
export type DemoStoryKey =
  | 'cindy'
  | 'groningen-scholier'
  | 'willemien'
  | 'mantelzorgwoning'
  | 'jongen-auto'
  | 'vader-drie-kinderen'
  | 'rick-briefadres'
  | 'gokverslaving'
  | 'tienermoeder'
  | 'thuiszorg-wisselend'
  | 'bakfiets-moeder'
  | 'fokker';

export interface DemoContext {
  tx: Queryable;
  /** The date the demo treats as today (the first start's date). */
  today: string;
  orgs: Record<DemoOrgKey, string>;
  /** Team id per organisation key (the wijkteam / buurtteam). */
  teams: Partial<Record<DemoOrgKey, string>>;
  /** User ids by username (see README for the list). */
  users: Record<string, string>;
  /** An actor for a username, to call room functions that expect one. */
  actor(username: string): Actor;
  /** Case per seed story: its id, household id, organisation key and the ids of its members by first name. */
  cases: Record<DemoStoryKey, { id: string; householdId: string; org: DemoOrgKey; members: Record<string, string> }>;
}

export type DemoLoader = (ctx: DemoContext) => Promise<void>;
