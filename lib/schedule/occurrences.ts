/**
 * Concrete upcoming meetings (UTC instants) for a schedule.
 */
import { type CivilDate, type WallTime, addDays, minutesOfDay, parseWallTime } from './civil';
import { matchingDates } from './pattern';
import type { MeetingSchedule, Occurrence } from './types';
import { isValidTimeZone, utcToZoned, zonedToUtc } from './zoned';

/** Start and end instants of the meeting held on local `date`. */
export function occurrenceOn(
  date: CivilDate,
  start: WallTime,
  end: WallTime | null,
  timeZone: string,
): Occurrence {
  const startInstant = zonedToUtc(date, start, timeZone);
  if (!end || minutesOfDay(end) === minutesOfDay(start)) return { start: startInstant, end: null };
  // An end time earlier than the start means the meeting runs past midnight.
  const endDate = minutesOfDay(end) < minutesOfDay(start) ? addDays(date, 1) : date;
  return { start: startInstant, end: zonedToUtc(endDate, end, timeZone) };
}

/**
 * The next `count` meetings that start at or after `from`, plus one already
 * under way at `from` (start < from < end). Each start is the schedule's
 * wall-clock time in its own zone, so 19:00 stays 19:00 across DST changes.
 *
 * Returns [] for BY_ARRANGEMENT and for data that cannot produce a time
 * (missing/invalid startTime, unknown zone, no valid weekday): the page then
 * falls back to describeSchedule(). Looks at most SCAN_LIMIT_DAYS ahead.
 */
export function nextOccurrences(m: MeetingSchedule, from: Date, count: number): Occurrence[] {
  const wanted = Math.floor(count);
  if (m.recurrence === 'BY_ARRANGEMENT' || !(wanted > 0) || !Number.isFinite(from.getTime())) return [];
  const start = parseWallTime(m.startTime);
  if (!start || !isValidTimeZone(m.timeZone)) return [];
  const end = parseWallTime(m.endTime);

  // Begin the scan a day early: yesterday's meeting may run past midnight and still be on.
  const local = utcToZoned(from, m.timeZone);
  const scanFrom = addDays({ year: local.year, month: local.month, day: local.day }, -1);

  const found: Occurrence[] = [];
  for (const date of matchingDates(m, scanFrom)) {
    const occurrence = occurrenceOn(date, start, end, m.timeZone);
    const upcoming = occurrence.start.getTime() >= from.getTime();
    const underway = occurrence.end !== null && occurrence.start < from && occurrence.end > from;
    if (upcoming || underway) found.push(occurrence);
    if (found.length >= wanted) break;
  }
  return found;
}

/** The next meeting at or after `from` (or under way at `from`), or null if none. */
export function nextOccurrence(m: MeetingSchedule, from: Date): Occurrence | null {
  const t = from.getTime();
  const key = scheduleKey(m);
  const known = nextKnown.get(key);
  if (known && t >= known.from && t < known.until) return copy(known.occurrence);
  const occurrence = nextOccurrences(m, from, 1)[0] ?? null;
  if (occurrence) {
    if (nextKnown.size >= NEXT_KNOWN_LIMIT) nextKnown.clear();
    // Held while under way (before its end), or, with no end time, up to and including its start.
    const until = occurrence.end ? occurrence.end.getTime() : occurrence.start.getTime() + 1;
    nextKnown.set(key, { from: t, until, occurrence: copy(occurrence) });
  }
  return occurrence;
}

/**
 * The next meeting found from `from` stays the answer until it ends (or,
 * without an end time, until its start has passed): no meeting of the
 * schedule starts between `from` and it, and while it is under way it is the
 * meeting. So each schedule's answer is remembered with the span it holds
 * for, and read again only once time has moved past it. A results page asks
 * this for every meeting of twenty-five groups, and the same groups come up
 * page after page: it was about 4% of the page's server CPU (decision 044).
 */
const nextKnown = new Map<string, { from: number; until: number; occurrence: Occurrence }>();
const NEXT_KNOWN_LIMIT = 20_000;

/** Everything the answer depends on. */
const scheduleKey = (m: MeetingSchedule) =>
  `${m.recurrence}|${m.weekdays.join(',')}|${m.intervalWeeks}|${m.monthWeek}|${m.startsOn.getTime()}|${m.startTime}|${m.endTime}|${m.timeZone}`;

// Dates can be changed in place; callers get their own.
const copy = (o: Occurrence): Occurrence => ({ start: new Date(o.start.getTime()), end: o.end ? new Date(o.end.getTime()) : null });
