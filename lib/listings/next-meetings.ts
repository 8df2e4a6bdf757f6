import 'server-only';
import { db } from '../db.ts';
import { nextOccurrences, type MeetingSchedule } from '../schedule/index.ts';

const BATCH = 5_000;
/** Stored for a schedule that yields no date, so it is not retried every minute. */
const NEVER = new Date(Date.UTC(9999, 0, 1));

/**
 * Keeps Meeting.nextStartsAt (used to filter "in the next 7 days" and sort by
 * next meeting) current: recomputes the rows whose stored start has passed or
 * was never computed. Cheap when nothing is stale (an indexed look-up). Run
 * by a background job every minute (lib/jobs/next-meetings-job.ts); a listing
 * save sets the value itself, so searches only read it.
 */
export async function refreshNextMeetings(now = new Date(), opts: { maxRows?: number } = {}): Promise<number> {
  let done = 0;
  const max = opts.maxRows ?? 20_000;
  while (done < max) {
    const stale = await db.meeting.findMany({
      where: { recurrence: { not: 'BY_ARRANGEMENT' }, OR: [{ nextStartsAt: null }, { nextStartsAt: { lt: now } }] },
      select: { id: true, recurrence: true, weekdays: true, intervalWeeks: true, monthWeek: true, startsOn: true, startTime: true, endTime: true, timeZone: true },
      take: BATCH,
    });
    if (!stale.length) break;
    const ids: string[] = [];
    const starts: (Date | null)[] = [];
    for (const m of stale) {
      ids.push(m.id);
      starts.push(nextStartAfter(m, now));
    }
    await db.$executeRaw`
      UPDATE "Meeting" m SET "nextStartsAt" = u.s
      FROM unnest(${ids}::text[], ${starts}::timestamp[]) AS u(id, s)
      WHERE m.id = u.id`;
    done += stale.length;
    if (stale.length < BATCH) break;
  }
  return done;
}

/**
 * The value to store: the first start at or after `now`, or a far-future date
 * when the schedule yields none (by arrangement is stored as null instead).
 * Not nextOccurrence, which also returns a meeting under way: its start is
 * already past, so the row would stay stale and be recomputed until it ended.
 */
export function nextStartAfter(m: MeetingSchedule, now: Date): Date {
  return nextOccurrences(m, now, 2).find((o) => o.start >= now)?.start ?? NEVER;
}
