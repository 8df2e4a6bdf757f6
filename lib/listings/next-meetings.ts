import 'server-only';
import { db } from '../db.ts';
import { nextOccurrences, type MeetingSchedule } from '../schedule/index.ts';

const BATCH = 5_000;
let lastRefresh = 0;

/**
 * Keeps Meeting.nextStartsAt (used to filter "in the next 7 days" and sort by
 * next meeting) current: recomputes the rows whose stored start has passed or
 * was never computed. Cheap when nothing is stale (an indexed look-up), so
 * searches call it, at most once a minute per process.
 */
export async function refreshNextMeetings(now = new Date(), opts: { force?: boolean; maxRows?: number } = {}): Promise<number> {
  if (!opts.force && now.getTime() - lastRefresh < 60_000) return 0;
  lastRefresh = now.getTime();
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
      // Far future for a schedule that yields nothing, so it is not retried
      // on every search; the staff console recomputes on edit.
      starts.push(nextStart(m, now) ?? new Date(Date.UTC(9999, 0, 1)));
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
 * The first start at or after `now`. Not nextOccurrence, which also returns a
 * meeting under way: its start is already past, so the row would stay stale
 * and be recomputed on every refresh until the meeting ended.
 */
function nextStart(m: MeetingSchedule, now: Date): Date | null {
  return nextOccurrences(m, now, 2).find((o) => o.start >= now)?.start ?? null;
}
