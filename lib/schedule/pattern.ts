/**
 * Which calendar dates a schedule falls on, independent of time of day and
 * zone. Shared by occurrences, describe and ics so all three agree on how
 * messy data (bad weekdays, interval 0) is read.
 */
import {
  type CivilDate,
  civilDateOfUtcMidnight,
  daysInMonth,
  dayNumber,
  fromDayNumber,
  isoWeekday,
  mod,
  mondayOf,
} from './civil';
import type { MeetingSchedule } from './types';

/** How far ahead any scan looks before giving up, so bad data can never hang a request. */
export const SCAN_LIMIT_DAYS = 3 * 366;

/** Valid ISO weekdays, de-duplicated, Monday first. */
export function normalizeWeekdays(weekdays: readonly number[]): number[] {
  return [...new Set(weekdays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7))].sort((a, b) => a - b);
}

/** Interval below 1 (or not a whole number) is read as weekly, as iCalendar clients do with INTERVAL=0. */
export function normalizeInterval(intervalWeeks: number): number {
  return Number.isInteger(intervalWeeks) && intervalWeeks >= 1 ? intervalWeeks : 1;
}

export function isValidMonthWeek(monthWeek: number | null): monthWeek is 1 | 2 | 3 | 4 | -1 {
  return monthWeek === -1 || monthWeek === 1 || monthWeek === 2 || monthWeek === 3 || monthWeek === 4;
}

export type DateMatcher = (date: CivilDate) => boolean;

/** A predicate for "does the group meet on this date?", or null when the schedule has no dates. */
export function dateMatcher(m: MeetingSchedule): DateMatcher | null {
  const startsOn = civilDateOfUtcMidnight(m.startsOn);
  if (!startsOn) return null;
  const firstDay = dayNumber(startsOn);

  if (m.recurrence === 'WEEKLY') {
    const days = new Set(normalizeWeekdays(m.weekdays));
    if (days.size === 0) return null;
    const interval = normalizeInterval(m.intervalWeeks);
    const anchorMonday = mondayOf(startsOn);
    return (date) => {
      if (dayNumber(date) < firstDay || !days.has(isoWeekday(date))) return false;
      const weeksSinceAnchor = (mondayOf(date) - anchorMonday) / 7;
      return mod(weeksSinceAnchor, interval) === 0;
    };
  }

  if (m.recurrence === 'MONTHLY_NTH') {
    const weekday = m.weekdays[0];
    const nth = m.monthWeek;
    if (weekday === undefined || normalizeWeekdays([weekday]).length === 0 || !isValidMonthWeek(nth)) return null;
    return (date) => {
      if (dayNumber(date) < firstDay || isoWeekday(date) !== weekday) return false;
      // The last one is the one with no same weekday left in the month.
      if (nth === -1) return date.day + 7 > daysInMonth(date.year, date.month);
      return Math.ceil(date.day / 7) === nth;
    };
  }

  return null; // BY_ARRANGEMENT
}

/** Matching dates from `from` (inclusive, never before startsOn), within SCAN_LIMIT_DAYS. */
export function* matchingDates(m: MeetingSchedule, from: CivilDate): Generator<CivilDate> {
  const matches = dateMatcher(m);
  const startsOn = civilDateOfUtcMidnight(m.startsOn);
  if (!matches || !startsOn) return;
  const first = Math.max(dayNumber(startsOn), dayNumber(from));
  for (let n = first; n < first + SCAN_LIMIT_DAYS; n++) {
    const date = fromDayNumber(n);
    if (matches(date)) yield date;
  }
}

/** The first meeting date on or after startsOn, or null if the schedule never meets. */
export function firstMeetingDate(m: MeetingSchedule): CivilDate | null {
  const startsOn = civilDateOfUtcMidnight(m.startsOn);
  if (!startsOn) return null;
  for (const date of matchingDates(m, startsOn)) return date;
  return null;
}
