// SPDX-License-Identifier: EUPL-1.2
/**
 * The app in a child process for the HTTP benchmarks (load, income over HTTP): a free port, the app
 * started with `node --import tsx src/main.ts` and the given environment, waited for until /health
 * answers, logins of demo users, and a stop that ends the child on every exit path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../src/demo';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface AppChild {
  base: string;
  /** Logs a demo user in and gives the session cookie. */
  login: (username: string) => Promise<string>;
  /** SIGTERM, SIGKILL after 5 s; a no-op once the child has ended. */
  stop: () => Promise<void>;
}

let running: ChildProcess | undefined;

/** Stops the running child, if any (for the benchmarks' clean-up on every exit path). */
export async function stopAppChild(): Promise<void> {
  const child = running;
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise<void>((r) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      r();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(t);
      r();
    });
  });
}

export async function startAppChild(env: Record<string, string>, nodeArgs: string[] = []): Promise<AppChild> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(root, 'src/main.ts')], { cwd: root, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  running = child;
  child.once('exit', (code) => {
    if (code) process.stderr.write(`# app exited with ${code}\n`);
  });
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('app did not start within 30 s');
    if (child.exitCode !== null) throw new Error('app exited during start');
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = async (username: string) => {
    const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
    return (r.headers.get('set-cookie') ?? '').split(';')[0];
  };
  return { base, login, stop: stopAppChild };
}
