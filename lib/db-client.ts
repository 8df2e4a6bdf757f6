// Builds a Prisma client on a pg pool whose size and timeouts are explicit.
// lib/db.ts holds the app's single instance; scripts (seed, bench) build
// their own with this function.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';
import { noteConnectionFailure, noteConnectionSuccess } from './db-outage.ts';

export type PoolOptions = {
  max: number;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  statementTimeoutMs: number;
  /** Shown in pg_stat_activity, so an operator can tell whose connections these are. */
  applicationName?: string;
};

export function createPrismaClient(url: string, opts: PoolOptions) {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max,
    connectionTimeoutMillis: opts.connectTimeoutMs,
    idleTimeoutMillis: opts.idleTimeoutMs,
    statement_timeout: opts.statementTimeoutMs,
    ...(opts.applicationName ? { application_name: opts.applicationName } : {}),
  });
  // An idle client whose connection drops emits 'error' on the pool; without
  // a listener Node would crash. The pool discards that client and the next
  // query gets a fresh connection (or an error for that request only).
  pool.on('error', (err) => {
    console.warn(`[db] idle connection lost: ${err.message}`);
    noteConnectionFailure(err);
  });
  watchConnections(pool);
  // The pool stays ours: Prisma neither ends it nor owns it, so the job
  // queue and the rate limits can draw from it too (lib/db.ts).
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { prisma, pool };
}

/**
 * Tells lib/db-outage.ts whether new connections succeed, so pages can fail
 * fast while the database is away and serve again as soon as it answers.
 * pg's Pool#query goes through Pool#connect too, so this sees every use.
 */
function watchConnections(pool: pg.Pool) {
  const connect = pool.connect.bind(pool) as (cb?: (err: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void) => Promise<pg.PoolClient> | void;
  const note = (err: unknown) => (err ? noteConnectionFailure(err) : noteConnectionSuccess());
  (pool as unknown as { connect: typeof connect }).connect = (cb) => {
    if (cb) return connect((err, client, done) => (note(err), cb(err, client, done)));
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => (note(undefined), client),
      (err: unknown) => {
        note(err);
        throw err;
      },
    );
  };
}

export type Db = ReturnType<typeof createPrismaClient>['prisma'];
