// Keeps Meeting.nextStartsAt current as time passes, so the results page only
// reads. A listing save sets the value itself; this catches the rest (a
// meeting that just started, a fresh seed) within a minute.
import type { PgBoss } from 'pg-boss';
import { refreshNextMeetings } from '../listings/next-meetings.ts';
import { QUEUES } from './queue.ts';

export async function configureNextMeetingsJob(boss: PgBoss, polling: { pollingIntervalSeconds: number }) {
  await boss.createQueue(QUEUES.nextMeetings, { policy: 'singleton', retryLimit: 0 });
  await boss.work(QUEUES.nextMeetings, polling, async () => {
    const n = await refreshNextMeetings();
    if (n > 0) console.info(`[listings] next meeting times refreshed for ${n} meeting(s)`);
  });
  // Cron's finest step is a minute: a search may see a start that passed
  // less than a minute ago, which "in the next 7 days" tolerates.
  await boss.schedule(QUEUES.nextMeetings, '* * * * *');
  // At start-up too: a new seed or a long stop leaves every row stale.
  await boss.send(QUEUES.nextMeetings, {});
}
