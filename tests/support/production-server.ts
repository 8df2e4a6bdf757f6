// The production build served as `npm start` serves it, on a database a test
// chose: `next start` (one process) or scripts/serve.mjs's cluster (several),
// with the module that records each request's TCP peer. For tests that need
// real server processes: faults, several instances (docs/decisions/036).
// The build itself is made once per run by tests/support/global-build.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../scripts/lib/embedded-db.ts';
import { nextBin, serverNodeOptions } from '../../scripts/lib/build.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** What every instance of one site shares (docs/deploy.md): the same secrets. */
export function siteSecrets() {
  return {
    AUTH_SECRET: crypto.randomBytes(33).toString('base64'),
    REFERRAL_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
  };
}

/** The processes `pid` started (a cluster primary's workers), from /proc. */
export function childPids(pid: number): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export type ProductionServer = {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the server printed, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
};

type Options = {
  databaseUrl: string;
  /** 1: `next start` itself; more: scripts/serve.mjs with that many workers. */
  processes?: number;
  env?: Record<string, string>;
};

export async function startProductionServer(opts: Options): Promise<ProductionServer> {
  const port = await freePort();
  const processes = opts.processes ?? 1;
  const server = processes > 1 ? [path.join(root, 'scripts/serve.mjs'), '--port', String(port), '--processes', String(processes)] : [nextBin(), 'start', '--port', String(port)];
  const child = spawn(process.execPath, [...serverNodeOptions(), ...server], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: opts.databaseUrl,
      MIGRATION_DATABASE_URL: '',
      SITE_URL: `http://localhost:${port}`,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the production server stopped before it served (exit ${child.exitCode}):\n${out}`);
    const res = await fetch(`${url}/api/health`).catch(() => null);
    if (res?.status === 200) return { url, port, child, output: () => out, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the production server did not become healthy within a minute:\n${out}`);
}
