// The one database client of the app, and the one connection pool of the
// process: Prisma, the background jobs (lib/jobs/worker.ts) and the rate
// limits (lib/abuse/rate-limit.ts) all draw from it, so a process holds at
// most DB_POOL_MAX connections (docs/decisions/016-serving.md). Server-only:
// importing it from a client component fails the build.
import 'server-only';
import type pg from 'pg';
import { createPrismaClient } from './db-client.ts';
import { env } from './env.ts';
import { setOutageProbe } from './db-outage.ts';

/** The application_name of the app's connections in pg_stat_activity. */
export const APP_CONNECTION_NAME = 'selfhelp-directory';

type Holder = { client?: ReturnType<typeof createPrismaClient> };
// Survives hot reloads in `next dev`, and is shared by the separate bundles
// Next loads into one process (instrumentation and routes), so neither
// opens a second pool.
const holder = globalThis as unknown as { __selfhelpDb?: Holder };
const box: Holder = (holder.__selfhelpDb ??= {});

function client() {
  if (!box.client) {
    const e = env();
    box.client = createPrismaClient(e.DATABASE_URL, {
      max: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      idleTimeoutMs: e.DB_IDLE_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      applicationName: APP_CONNECTION_NAME,
    });
    const pool = box.client.pool;
    setOutageProbe(() => pool.query('SELECT 1'));
  }
  return box.client;
}

/** Created on first use, so `next build` never needs a database. */
export const db = new Proxy({} as ReturnType<typeof createPrismaClient>['prisma'], {
  get(_target, prop) {
    const prisma = client().prisma;
    const value = Reflect.get(prisma, prop, prisma);
    return typeof value === 'function' ? value.bind(prisma) : value;
  },
});

/** The process's one pool, for code that speaks to pg directly (jobs, rate limits). */
export function dbPool(): pg.Pool {
  return client().pool;
}

export type { Db } from './db-client.ts';
