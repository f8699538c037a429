// SPDX-License-Identifier: EUPL-1.2
/**
 * One process per PGlite data directory. PGlite is PostgreSQL in single-user mode inside this
 * process: a second process on the same folder does not see the first one's writes and corrupts
 * the folder. So the app (and the backup command) take a lock file in the folder before PGlite
 * opens it: `maatwerk.lock` with the pid, host and start time of the holder.
 *
 * - The file is created atomically (a hard link of a complete temporary file), so a reader never
 *   sees half a lock.
 * - It is removed when the process exits normally (exit, SIGINT, SIGTERM via process.exit).
 * - After a crash (kill -9, power loss) the file stays; the next process finds that the pid is not
 *   alive on this host and takes the lock over.
 * - A lock of another host cannot be checked: it counts as held; the message says how to remove it.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

export const LOCK_FILE = 'maatwerk.lock';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  startedAt: string;
  /** What holds it, e.g. "server" or "backup". */
  purpose?: string;
}

export interface DataDirLock {
  readonly path: string;
  readonly info: LockInfo;
  /** Remove the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

/** The lock file's content, or undefined when it is not a lock written by this module. */
export function parseLock(text: string): LockInfo | undefined {
  try {
    const v = JSON.parse(text);
    if (v && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string' && typeof v.startedAt === 'string') {
      return { pid: v.pid, host: v.host, startedAt: v.startedAt, ...(typeof v.purpose === 'string' ? { purpose: v.purpose } : {}) };
    }
  } catch {
    /* not JSON */
  }
  return undefined;
}

export function formatLock(info: LockInfo): string {
  return JSON.stringify(info) + '\n';
}

/**
 * May we take over an existing lock? 'held' when its holder may still be running; 'stale' when it
 * certainly is not: a lock of our own pid on our host (a previous life of this pid, e.g. pid 1 in a
 * restarted container), a pid that is not alive on this host, or a file that is not a lock.
 */
export function lockVerdict(existing: LockInfo | undefined, self: { pid: number; host: string }, alive: (pid: number) => boolean): 'held' | 'stale' {
  if (!existing) return 'stale';
  if (existing.host !== self.host) return 'held';
  if (existing.pid === self.pid) return 'stale';
  return alive(existing.pid) ? 'held' : 'stale';
}

/** Is a process with this pid alive on this host? (EPERM: it exists but belongs to someone else.) */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The Dutch message for an operator who starts a second process on a folder in use. */
export function lockedMessage(dir: string, holder: LockInfo, lockPath: string): string {
  const what = holder.purpose === 'backup' ? 'een back-up van Maatwerk' : 'een ander Maatwerk-proces';
  return [
    `De datamap ${dir} is al in gebruik door ${what} (pid ${holder.pid} op ${holder.host}, gestart ${holder.startedAt}).`,
    'Er mag maar één proces tegelijk een PGlite-datamap openen; een tweede proces zou gegevens kwijtraken.',
    `Stop dat proces eerst, of gebruik PostgreSQL (DATABASE_URL) om meerdere processen te draaien.`,
    `Weet u zeker dat er op ${holder.host} geen Maatwerk meer draait met deze map, verwijder dan ${lockPath}.`,
  ].join('\n');
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockInfo,
    readonly lockPath: string,
  ) {
    super(lockedMessage(dir, holder, lockPath));
    this.name = 'DataDirLockedError';
  }
}

export interface LockOptions {
  purpose?: string;
  /** Remove the lock when the process exits (default true). */
  releaseOnExit?: boolean;
  /** For tests: who we are and how liveness is checked. */
  pid?: number;
  host?: string;
  alive?: (pid: number) => boolean;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Take the lock of a data directory (created if missing), or throw DataDirLockedError. */
export function lockDataDir(dir: string, opts: LockOptions = {}): DataDirLock {
  const self = { pid: opts.pid ?? process.pid, host: opts.host ?? hostname() };
  const alive = opts.alive ?? pidAlive;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { ...self, startedAt: new Date().toISOString(), ...(opts.purpose ? { purpose: opts.purpose } : {}) };
  const text = formatLock(info);
  const tmp = `${path}.${self.pid}.tmp`;
  writeFileSync(tmp, text);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(tmp, path); // atomic: fails when a lock exists
        return makeHandle(path, info, text, opts.releaseOnExit ?? true);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const found = readOrUndefined(path);
      if (found === undefined) continue; // released meanwhile
      const holder = parseLock(found);
      if (lockVerdict(holder, self, alive) === 'held') throw new DataDirLockedError(dir, holder!, path);
      // Take over a stale lock: move it aside, and only if what we moved is what we judged.
      const aside = `${path}.stale.${self.pid}`;
      try {
        renameSync(path, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      const moved = readOrUndefined(aside);
      if (moved !== found) {
        // Another process took the lock in between: put its lock back and look again.
        try {
          linkSync(aside, path);
        } catch {
          /* someone holds it already; the next round reads it */
        }
      }
      unlinkSync(aside);
    }
    throw new Error(`Kon de vergrendeling ${path} niet nemen: andere processen wisselen elkaar steeds af.`);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

function makeHandle(path: string, info: LockInfo, text: string, releaseOnExit: boolean): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    try {
      if (readOrUndefined(path) === text) unlinkSync(path);
    } catch {
      /* the folder is gone or unreadable: nothing to release */
    }
  };
  if (releaseOnExit) process.on('exit', release);
  return { path, info, release };
}
