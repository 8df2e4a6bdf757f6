// The database a command (backup, restore) works on, as its owner: the
// server in DATABASE_URL (MIGRATION_DATABASE_URL when the owner differs), or
// the embedded one of a data folder. While `npm start` runs, the embedded
// server is already up and owns its folder, so the command connects to it
// (port from postmaster.pid) instead of starting a second one.
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedDb } from './embedded-db.ts';
import { EMBEDDED_APP_ROLE, embeddedAppPassword, userOf, type AppRole } from './app-role.ts';

export type ToolDb = { url: string; embedded: boolean; running: boolean; appRole?: AppRole; stop(): Promise<void> };

/** The port of the embedded server running on `pgDir`, or null when none is. */
export function runningEmbeddedPort(pgDir: string): number | null {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return port;
}

export async function openOwnerDatabase(dataDir: string, log: (s: string) => void = () => {}): Promise<ToolDb> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const owner = process.env.MIGRATION_DATABASE_URL || external;
    const appRole = userOf(owner) !== userOf(external) ? { name: userOf(external) } : undefined;
    return { url: owner, embedded: false, running: true, ...(appRole ? { appRole } : {}), stop: async () => {} };
  }
  const pgDir = path.join(dataDir, 'pg');
  const port = runningEmbeddedPort(pgDir);
  if (port !== null) {
    const appRole = { name: EMBEDDED_APP_ROLE, password: embeddedAppPassword(dataDir) };
    const password = fs.readFileSync(`${pgDir}.password`, 'utf8').trim();
    log(`Using the embedded PostgreSQL already running on port ${port}.`);
    return { url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/selfhelp`, embedded: true, running: true, appRole, stop: async () => {} };
  }
  // Checks the folder's PostgreSQL version before touching anything.
  const db = await startEmbeddedDb({ dataDir: pgDir, database: 'selfhelp', persistent: true });
  const appRole = { name: EMBEDDED_APP_ROLE, password: embeddedAppPassword(dataDir) };
  return { url: db.url, embedded: true, running: false, appRole, stop: () => db.stop() };
}
