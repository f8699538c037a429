// SPDX-License-Identifier: EUPL-1.2
/**
 * Authenticated reads versus /health, in one run: requests per second of GET /api/v1/auth/me with a
 * session cookie and of GET /health, and their ratio (issue 9 asks for at least 30 %). The app runs
 * in a child process (this file with --serve: in-memory PGlite, the test fixture, a random port) and
 * the load comes from this process with autocannon, so the two do not share an event loop. A second
 * child with SESSION_CACHE_SECONDS=0 shows the cost without the session cache (write-behind still on).
 * /auth/me answers from the cached profile when warm; with the cache off it reads user and organisation.
 * JSON lines on stdout ({"name","value","unit"}), progress on stderr.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ROOMS } from '../src/rooms';

const DURATION_S = Number(process.env.BENCH_AUTH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_AUTH_CONNECTIONS ?? 10);

const emit = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}\n`);
const log = (s: string) => process.stderr.write(`${s}\n`);

async function serve(): Promise<void> {
  const { serve: listen } = await import('@hono/node-server');
  const { openPglite } = await import('../src/platform/db');
  const { migrate } = await import('../src/platform/migrate');
  const { createApp } = await import('../src/platform/app');
  const { loadConfig } = await import('../src/platform/config');
  const { seedFixture } = await import('../src/platform/testing');
  const db = await openPglite();
  await migrate(db);
  await seedFixture(db);
  const app = createApp({ rooms: ROOMS, db, config: { ...loadConfig(), cookieSecure: false } });
  const server = listen({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(`PORT ${info.port}\n`));
  process.on('SIGTERM', () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  });
}

async function startChild(env: Record<string, string>): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /PORT (\d+)/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

async function load(url: string, headers: Record<string, string> = {}): Promise<number> {
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return r.requests.average;
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'professional', password: 'test-wachtwoord-123' }) });
  const m = /maatwerk_sessie=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (res.status !== 200 || !m) throw new Error(`login failed: ${res.status}`);
  return `maatwerk_sessie=${m[1]}`;
}

async function main(): Promise<void> {
  emit('auth.machine_load_1m_before', loadavg()[0], 'load');
  for (const [label, env] of [['cached', {}], ['uncached', { SESSION_CACHE_SECONDS: '0' }]] as const) {
    const app = await startChild({ ...env, LOG_LEVEL: 'silent' });
    try {
      const base = `http://127.0.0.1:${app.port}`;
      const cookie = await login(base);
      // Warm up (JIT, query plans) outside the measurement.
      await autocannon({ url: `${base}/api/v1/auth/me`, headers: { cookie }, connections: CONNECTIONS, duration: 1 });
      log(`# ${label}: /health for ${DURATION_S}s`);
      const health = await load(`${base}/health`);
      log(`# ${label}: /api/v1/auth/me for ${DURATION_S}s`);
      const me = await load(`${base}/api/v1/auth/me`, { cookie });
      if (label === 'cached') emit('auth.health_req_per_s', health, 'req/s');
      emit(`auth.me_req_per_s.${label}`, me, 'req/s');
      emit(`auth.me_vs_health.${label}`, (100 * me) / health, '%');
    } finally {
      app.stop();
    }
  }
  emit('auth.machine_load_1m_after', loadavg()[0], 'load');
}

if (process.argv.includes('--serve')) await serve();
else await main();
