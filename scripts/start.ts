// npm start — the whole directory in one command: PostgreSQL (embedded unless
// DATABASE_URL is set), migrations, seed on first run, the production build
// (rebuilt when sources changed) and Next's production server (`next start`,
// one process per core: scripts/lib/build.ts serverArgs).
// `--dev` runs `next dev`.
// Ctrl-C or SIGTERM stops the app and then the database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { dataDir, resolveDatabase } from './lib/database.ts';
import { settleSecrets } from './lib/secrets.ts';
import { takeOverStopSignals } from './lib/embedded-db.ts';
import { credentialsFile, printCredentials, saveCredentials } from './lib/credentials.ts';
import { devServer, ensureBuild, generateClient, serverArgs } from './lib/build.ts';
import { describeEnvErrors, envSchema } from '../lib/env.ts';
import { root } from './lib/schema-engine.ts';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const log = (s: string) => console.log(`[directory] ${s}`);
const started = Date.now();

// The Prisma client is generated code that a fresh clone lacks (postinstall
// makes it; this covers `npm install --ignore-scripts` and schema changes).
// Modules that import it are loaded only after it exists.
generateClient();
const { prepareDatabase } = await import('./lib/prepare-db.ts');

// Refuses, touching nothing, a data folder made by another PostgreSQL major
// version (scripts/lib/pg-version.ts); the message carries the steps.
const db = await resolveDatabase().catch((err: unknown) => {
  console.error(`[directory] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
log(db.embedded ? `Embedded PostgreSQL on port ${db.port} (data in .data/pg).` : 'Using the PostgreSQL server in DATABASE_URL.');
if (!db.embedded && !db.appRole) log('The app and the migrations share one database role; give the app a lesser role of its own with MIGRATION_DATABASE_URL (docs/decisions/026).');

let child: ChildProcess | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
  }
  await db.stop();
  if (db.embedded) log('Database stopped.');
  process.exit(code);
}
// The app stops before its database, so requests in flight finish; the
// embedded server's own signal handling would stop the database first.
takeOverStopSignals();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

try {
  const mode = dev ? 'development' : 'production';
  const secrets = settleSecrets({ embedded: db.embedded, dataDir, env: process.env });
  // The app connects as its own role (db.appUrl); migrations and the seed as the owner (db.url).
  const parsed = envSchema.safeParse({ ...process.env, ...secrets, DATABASE_URL: db.appUrl, NODE_ENV: mode });
  if (!parsed.success) throw new Error(`The environment has a problem:\n${describeEnvErrors(parsed.error)}`);
  // Seeded passwords are printed only for the local embedded database; a
  // real deployment's logs are read by more people than its staff.
  await prepareDatabase(db.url, { seed: true, log, onSeeded: saveCredentials, appRole: db.appRole });
  if (!dev) ensureBuild({ log });
  if (db.embedded) printCredentials(log);
  else if (fs.existsSync(credentialsFile())) log(`Staff accounts made by the seed are in ${credentialsFile()} (readable only by you); change their passwords before real use.`);
  // Production is `next start` (one per core); dev is Next's own hot-reloading server.
  // The owner's URL stays here: the app never holds it.
  const { MIGRATION_DATABASE_URL: _owner, ...appEnv } = process.env;
  const env: NodeJS.ProcessEnv = { ...appEnv, ...secrets, DATABASE_URL: db.appUrl, NODE_ENV: mode, NEXT_TELEMETRY_DISABLED: '1' };
  const server = dev ? devServer(port, env) : { args: serverArgs(port), env };
  const app = spawn(process.execPath, server.args, { cwd: root, stdio: 'inherit', env: server.env });
  child = app;
  app.on('exit', (code) => void shutdown(code ?? 0));
  log(`Starting on http://localhost:${port} (${((Date.now() - started) / 1000).toFixed(1)} s to prepare).`);
} catch (err) {
  console.error(`[directory] ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
}
