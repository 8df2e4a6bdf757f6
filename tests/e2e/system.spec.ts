// The start command and the app as an operator meets them: the health check
// follows the database down and back up without restarting the app, and data
// survives stopping and starting `npm start`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { test, expect } from '@playwright/test';
import { freePort, startEmbeddedDb, tempDataDir } from '../../scripts/lib/embedded-db.ts';
import { prepareDatabase } from '../../scripts/lib/prepare-db.ts';

const root = path.resolve(import.meta.dirname, '../..');

async function waitForHealth(base: string, status: number, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < until) {
    try {
      last = (await fetch(`${base}/api/health`)).status;
      if (last === status) return;
    } catch {
      last = -1;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`health never answered ${status} (last ${last})`);
}

/** Command lines of running processes that mention `dir` (none should survive a stop). */
function processesUsing(dir: string): string[] {
  const out = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter((l) => l.includes(dir) && !l.startsWith('ps '));
}

function exited(child: ChildProcess) {
  return new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test('health answers 503 while the database is stopped and 200 once it is back, without restarting the app', async () => {
  const dataDir = tempDataDir('selfhelp-health');
  const pgPort = await freePort();
  let db = await startEmbeddedDb({ dataDir, database: 'selfhelp', persistent: true, port: pgPort });
  await prepareDatabase(db.url, { seed: false });
  const port = await freePort();
  const app = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    // Production with its own database: the referral key must come from the environment.
    env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DB_CONNECT_TIMEOUT_MS: '1000', REFERRAL_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64') },
    stdio: 'ignore',
  });
  const base = `http://localhost:${port}`;
  try {
    await waitForHealth(base, 200);
    await db.stop();
    await waitForHealth(base, 503, 30_000);
    expect(app.exitCode).toBeNull();
    db = await startEmbeddedDb({ dataDir, database: 'selfhelp', persistent: true, port: pgPort });
    await waitForHealth(base, 200, 30_000);
    expect(app.exitCode).toBeNull();
  } finally {
    app.kill('SIGTERM');
    await exited(app);
    await db.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
});

test('rows written while the directory runs are still there after stopping and starting it again', async () => {
  const dataDir = tempDataDir('selfhelp-restart').replace(/\/pg$/, '');
  const port = await freePort();
  const pgPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, SELFHELP_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) };
  delete env.DATABASE_URL;
  const start = (): ChildProcess => spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  let run: ChildProcess = start();
  try {
    await waitForHealth(base, 200, 240_000);
    const password = fs.readFileSync(path.join(dataDir, 'pg.password'), 'utf8').trim();
    const client = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/selfhelp` });
    await client.connect();
    await client.query(`INSERT INTO "Topic" (id, slug, name, description, keywords, "updatedAt") VALUES ('restart-check', 'restart-check', 'Restart Check', 'Written before a restart.', '{}', now())`);
    await client.end();

    run.kill('SIGINT');
    // As `npm start` runs it: one process, so the signal reaches its own handler.
    expect(await exited(run)).toBe(0);
    expect(processesUsing(dataDir), 'processes left behind').toEqual([]);
    // Nothing is left listening: the embedded server stopped with the command.
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    const probe = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'selfhelp', connectionTimeoutMillis: 2000 });
    await expect(probe.connect()).rejects.toThrow();

    run = start();
    await waitForHealth(base, 200, 240_000);
    const html = await (await fetch(base)).text();
    expect(html).toContain('Restart Check');
  } finally {
    run.kill('SIGINT');
    await exited(run);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
