// SPDX-License-Identifier: EUPL-1.2
/** One process per PGlite data directory: the lock file, and real app processes on one folder. */
import { describe, it, expect, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { lockDataDir, lockVerdict, parseLock, formatLock, pidAlive, DataDirLockedError, LOCK_FILE, type LockInfo } from './lock';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'maatwerk-lock-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('lock file: pure parts', () => {
  const me = { pid: 100, host: 'a' };
  const lock = (pid: number, host = 'a'): LockInfo => ({ pid, host, startedAt: '2026-01-01T00:00:00.000Z' });
  it('a live holder on this host holds; a dead one is stale', () => {
    expect(lockVerdict(lock(200), me, () => true)).toBe('held');
    expect(lockVerdict(lock(200), me, () => false)).toBe('stale');
  });
  it('our own pid from a previous life (pid 1 in a restarted container) is stale even though it is alive', () => {
    expect(lockVerdict(lock(100), me, () => true)).toBe('stale');
  });
  it('a lock of another host cannot be checked and counts as held', () => {
    expect(lockVerdict(lock(200, 'b'), me, () => false)).toBe('held');
  });
  it('a file that is not a lock is stale', () => {
    expect(parseLock('')).toBeUndefined();
    expect(parseLock('{"pid":"x"}')).toBeUndefined();
    expect(lockVerdict(parseLock('garbage'), me, () => true)).toBe('stale');
    expect(parseLock(formatLock(lock(7)))).toEqual(lock(7));
  });
  it('pidAlive: this process is alive, a finished one is not', async () => {
    expect(pidAlive(process.pid)).toBe(true);
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => child.on('exit', r));
    expect(pidAlive(child.pid!)).toBe(false);
  });
});

describe('lock file in a folder', () => {
  it('is taken, refused to a second holder with the folder and pid in Dutch, and released', () => {
    const dir = tempDir();
    const first = lockDataDir(dir, { releaseOnExit: false });
    expect(parseLock(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    // A second process (another pid) on the same host while we are alive.
    let err: unknown;
    try {
      lockDataDir(dir, { pid: process.pid + 1, releaseOnExit: false });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toContain(`De datamap ${dir} is al in gebruik`);
    expect((err as Error).message).toContain(`pid ${process.pid}`);
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = lockDataDir(dir, { pid: process.pid + 1, releaseOnExit: false });
    expect(again.info.pid).toBe(process.pid + 1);
    again.release();
  });

  it('a stale lock (dead pid) is taken over; release leaves a lock that is not ours alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), formatLock({ pid: 999_999, host: hostname(), startedAt: 'gisteren' }));
    const l = lockDataDir(dir, { alive: () => false, releaseOnExit: false });
    expect(parseLock(readFileSync(l.path, 'utf8'))!.pid).toBe(process.pid);
    // Someone else's lock in its place (e.g. an operator removed ours) is not removed by our release.
    const other = formatLock({ pid: 12345, host: hostname(), startedAt: 'nu' });
    writeFileSync(l.path, other);
    l.release();
    expect(readFileSync(l.path, 'utf8')).toBe(other);
  });
});

// ---- real processes of src/main.ts on one folder ----

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

interface App {
  child: ChildProcess;
  port: number;
  out: () => string;
  exited: Promise<number | null>;
}

async function startApp(dataDir: string): Promise<App> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (b) => (text += b));
  child.stderr!.on('data', (b) => (text += b));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, port, out: () => text, exited };
}

/** Wait until the app serves /health, or it exits. */
async function ready(app: App, ms = 45_000): Promise<boolean> {
  const until = Date.now() + ms;
  let done = false;
  void app.exited.then(() => (done = true));
  while (Date.now() < until && !done) {
    try {
      const r = await fetch(`http://127.0.0.1:${app.port}/health`);
      if (r.status === 200) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const health = async (app: App) => (await fetch(`http://127.0.0.1:${app.port}/health`)).status;

describe('app processes on one PGlite folder', () => {
  it('a second process refuses with the folder and the pid; the first keeps serving; after kill -9 a new one starts', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const first = await startApp(dir);
    try {
      expect(await ready(first), first.out()).toBe(true);

      const second = await startApp(dir);
      const code = await Promise.race([second.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000))]);
      if (code === 'timeout') second.child.kill('SIGKILL');
      expect(code).toBe(1);
      expect(second.out()).toContain(`De datamap ${dir} is al in gebruik door een ander Maatwerk-proces (pid ${first.child.pid}`);
      expect(await health(first)).toBe(200);

      // A crash leaves the lock file behind; the next process takes it over.
      first.child.kill('SIGKILL');
      await first.exited;
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
      const third = await startApp(dir);
      try {
        expect(await ready(third), third.out()).toBe(true);
        expect(parseLock(readFileSync(join(dir, LOCK_FILE), 'utf8'))!.pid).toBe(third.child.pid);
      } finally {
        third.child.kill('SIGTERM');
      }
      expect(await third.exited).toBe(0);
      // A normal stop releases the lock.
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    } finally {
      first.child.kill('SIGKILL');
    }
  });
});
