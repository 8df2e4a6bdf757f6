// A process opens one PostgreSQL pool: Prisma, the job queue (pg-boss) and
// the rate limits all draw from lib/db.ts's pool, so the database never sees
// more than DB_POOL_MAX connections from one app process (decision 016).
import { afterAll, describe, expect, it } from 'vitest';
import { APP_CONNECTION_NAME, db, dbPool } from '../../lib/db.ts';
import { env } from '../../lib/env.ts';
import { startWorkers, stopWorkers } from '../../lib/jobs/worker.ts';
import { jobs, QUEUES } from '../../lib/jobs/queue.ts';
import { closeRateLimitPools, consumeLimit } from '../../lib/abuse/index.ts';

type Row = { application_name: string; n: number };
const connections = () =>
  db.$queryRaw<Row[]>`SELECT application_name, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() GROUP BY 1`;

afterAll(async () => {
  await stopWorkers();
  await closeRateLimitPools();
});

describe('one pool per process', () => {
  it('pages, jobs and rate limits share the pool lib/db.ts creates', async () => {
    await startWorkers({ smtpUrl: null, pollingIntervalSeconds: 0.5 });
    // Each kind of work; a pool of their own would keep its connection open
    // (idle for DB_IDLE_TIMEOUT_MS), so it would show below.
    await consumeLimit({ name: 'one-pool', points: 100, durationSeconds: 60 }, 'someone@example.org');
    await jobs.boss?.send(QUEUES.sweepMail, {});
    await db.group.count();
    await new Promise((r) => setTimeout(r, 1_500)); // a few pg-boss polls

    const rows = await connections();
    // Every connection to this database is the app's, and within the pool's size.
    expect(rows.map((r) => r.application_name)).toEqual([APP_CONNECTION_NAME]);
    const open = rows[0]?.n ?? 0;
    expect(open).toBeGreaterThanOrEqual(1);
    expect(open).toBeLessThanOrEqual(env().DB_POOL_MAX);
    expect(open).toBeLessThanOrEqual(dbPool().totalCount);
  });
});
