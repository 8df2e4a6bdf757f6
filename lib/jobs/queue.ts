// Queue names and the after-commit "please deliver" request. pg-boss itself
// is loaded only by the worker (worker.ts); a process without a running
// worker (tests, scripts) just leaves messages for the sweep.
import type { PgBoss } from 'pg-boss';

export const QUEUES = {
  deliverMail: 'mail-deliver',
  sweepMail: 'mail-sweep',
  // Named when it erased referrals only; it now runs all retention (lib/jobs/retention.ts).
  retention: 'referral-retention',
  mailPurge: 'mail-purge',
  loginAttempts: 'login-attempts-rollup',
  nextMeetings: 'next-meetings',
  backup: 'backup-nightly',
  pagePurge: 'page-purge',
} as const;

type Holder = { boss?: PgBoss; starting?: Promise<void> };
// Shared through globalThis: Next loads instrumentation and route code as
// separate bundles in one process, and hot reloads must not start twice.
const holder = globalThis as unknown as { __selfhelpJobs?: Holder };
export const jobs: Holder = (holder.__selfhelpJobs ??= {});

/** Best effort after the transaction committed; a failure only delays delivery until the sweep. */
export async function queueMailDelivery(outboxIds: string[]): Promise<void> {
  const boss = jobs.boss;
  if (!boss) return;
  for (const outboxId of outboxIds) {
    try {
      // One live job per message ('exclusive' queue + singletonKey).
      await boss.send(QUEUES.deliverMail, { outboxId }, { singletonKey: outboxId });
    } catch (err) {
      console.warn(`[mail] could not queue outbox ${outboxId}; the sweep will retry: ${err instanceof Error ? err.message : 'unknown error'}`);
    }
  }
}

/**
 * Best effort after a listing change committed: send its purge now rather
 * than at the next minute's run. The purge itself is already stored
 * (lib/page-cache/purge-data.ts), so a failure here only delays it.
 */
export async function queuePagePurge(): Promise<void> {
  const boss = jobs.boss;
  if (!boss) return;
  try {
    await boss.send(QUEUES.pagePurge, {});
  } catch (err) {
    console.warn(`[page-cache] could not queue a purge; the next scheduled run sends it: ${err instanceof Error ? err.message : 'unknown error'}`);
  }
}
