// Tells the shared cache in front of the public pages which pages a listing
// change made stale (lib/page-cache, decision 035). A save asks for a run
// right after its commit (queuePagePurge); the minute schedule catches what
// a process that died after its commit left behind.
import type { PgBoss } from 'pg-boss';
import { purgeStalePages } from '../page-cache/purge.ts';
import { QUEUES } from './queue.ts';

export async function configurePagePurgeJob(boss: PgBoss, polling: { pollingIntervalSeconds: number }) {
  await boss.createQueue(QUEUES.pagePurge, { policy: 'singleton', retryLimit: 0 });
  await boss.work(QUEUES.pagePurge, polling, async () => {
    const n = await purgeStalePages();
    if (n > 0) console.info(`[page-cache] purged the pages of ${n} change(s)`);
  });
  await boss.schedule(QUEUES.pagePurge, '* * * * *');
  await boss.send(QUEUES.pagePurge, {});
}
