// Background jobs, run inside the Next server process (instrumentation.ts)
// with pg-boss, which keeps its jobs in its own `pgboss` schema:
//   mail-deliver        one outbox message; retried with exponential backoff
//   mail-sweep          every 5 minutes (and at start): re-queues unsent messages
//   referral-retention, mail-purge, login-attempts-rollup: see retention.ts
//   next-meetings       every minute (and at start): stored next meeting times
//   backup-nightly      daily 02:30 when BACKUP_DIR is set: see backup-job.ts
//   page-purge          after a listing change, every minute and at start: the shared cache's purge hook
// Logs name ids and counts only, never a person's details.
import type { PgBoss } from 'pg-boss';
import { listStrandedOutboxIds } from '../mail/outbox-data.ts';
import { dbPool } from '../db.ts';
import { deliverOutboxMessage } from '../mail/deliver.ts';
import { MAX_DELIVERY_ATTEMPTS, SWEEP_EVERY_MINUTES } from '../mail/delivery-state.ts';
import { configureBackupJob } from './backup-job.ts';
import { configureNextMeetingsJob } from './next-meetings-job.ts';
import { configurePagePurgeJob } from './page-purge-job.ts';
import { poolDatabase } from './pool-db.ts';
import { configureRetentionJobs } from './retention.ts';
import { jobs, QUEUES } from './queue.ts';

export type WorkerOptions = {
  /** Overrides SMTP_URL (tests); null keeps mail in the outbox. */
  smtpUrl?: string | null;
  retryLimit?: number;
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
};

/** A message that failed this many times is left in the outbox for staff (the rule lives with the mail's states). */
export { MAX_DELIVERY_ATTEMPTS };

export async function sweepOutbox(now = new Date()): Promise<number> {
  const ids = await listStrandedOutboxIds(new Date(now.getTime() - 60_000), MAX_DELIVERY_ATTEMPTS, 500, now);
  const boss = jobs.boss;
  if (boss) for (const outboxId of ids) await boss.send(QUEUES.deliverMail, { outboxId }, { singletonKey: outboxId });
  return ids.length;
}

const RETRY_DELAY_MAX_SECONDS = 3600;

async function configure(boss: PgBoss, opts: WorkerOptions) {
  const deliverQueue = {
    retryLimit: opts.retryLimit ?? 10,
    retryDelay: opts.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: 120,
  };
  // 'exclusive': at most one queued or running job per message (singletonKey).
  await boss.createQueue(QUEUES.deliverMail, { policy: 'exclusive', retryDelayMax: RETRY_DELAY_MAX_SECONDS, ...deliverQueue });
  await boss.updateQueue(QUEUES.deliverMail, deliverQueue);
  await boss.createQueue(QUEUES.sweepMail, { policy: 'singleton', retryLimit: 0 });

  const smtpUrl = opts.smtpUrl;
  const retry = { retryLimit: deliverQueue.retryLimit, retryDelaySeconds: deliverQueue.retryDelay, retryDelayMaxSeconds: RETRY_DELAY_MAX_SECONDS };
  const polling = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 };
  await boss.work<{ outboxId: string }>(QUEUES.deliverMail, { ...polling, localConcurrency: 2 }, async ([job]) => {
    if (!job) return;
    // The retry policy lets a failure record when pg-boss will try again (the outbox shows it).
    const result = await deliverOutboxMessage(job.data.outboxId, { ...(smtpUrl === undefined ? {} : { smtpUrl }), retry: { ...retry, retryCount: job.retryCount } });
    if (result.outcome === 'failed') {
      console.warn(`[mail] outbox ${job.data.outboxId}: delivery failed, will retry`);
      // Thrown so pg-boss schedules the retry; the reason is in OutboxMessage.lastError.
      throw new Error('SMTP delivery failed');
    }
  });
  await boss.work(QUEUES.sweepMail, polling, async () => {
    const n = await sweepOutbox();
    if (n > 0) console.info(`[mail] sweep re-queued ${n} unsent message(s)`);
  });
  await configureRetentionJobs(boss, polling);
  await configureNextMeetingsJob(boss, polling);
  await configurePagePurgeJob(boss, polling);
  await configureBackupJob(boss, polling);
  await boss.schedule(QUEUES.sweepMail, `*/${SWEEP_EVERY_MINUTES} * * * *`);
}

/** Starts pg-boss and the workers once per process; later calls wait for or reuse the first. */
export async function startWorkers(opts: WorkerOptions = {}): Promise<void> {
  if (jobs.boss) return;
  jobs.starting ??= (async () => {
    const { PgBoss } = await import('pg-boss');
    // On the process's one pool (lib/db.ts), not a pool of pg-boss's own.
    // migrate: false — the migration step made its tables (install.ts); the app's role may not.
    const boss = new PgBoss({ db: poolDatabase(dbPool()), migrate: false });
    boss.on('error', (err: Error) => console.warn(`[jobs] ${err.message}`));
    await boss.start();
    try {
      jobs.boss = boss;
      await configure(boss, opts);
      // Catch up on anything left unsent while the app was down.
      await boss.send(QUEUES.sweepMail, {});
    } catch (err) {
      jobs.boss = undefined;
      await boss.stop({ graceful: false }).catch(() => {});
      throw err;
    }
  })().finally(() => {
    jobs.starting = undefined;
  });
  return jobs.starting;
}

export async function stopWorkers(): Promise<void> {
  if (jobs.starting) await jobs.starting.catch(() => {});
  const boss = jobs.boss;
  if (!boss) return;
  jobs.boss = undefined;
  await boss.stop({ graceful: true, timeout: 10_000 });
}
