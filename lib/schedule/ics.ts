/**
 * An .ics file (RFC 5545) for one recurring meeting, so visitors can add it
 * to their own calendar. Times are local wall-clock times with a TZID so the
 * calendar app keeps 19:00 at 19:00 across DST changes.
 */
import { addDays, minutesOfDay, parseWallTime } from './civil';
import { CRLF, escapeText, foldLine, icsWeekday, localDateTime, paramValue, uriValue, utcDateTime } from './ics-text';
import { firstMeetingDate, isValidMonthWeek, normalizeInterval, normalizeWeekdays } from './pattern';
import type { MeetingSchedule } from './types';
import { vtimezoneLines } from './vtimezone';
import { isValidTimeZone } from './zoned';

export type MeetingIcsInput = {
  /** Globally unique and stable across downloads, e.g. "<meetingId>@<site host>", so re-imports update instead of duplicating. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  schedule: MeetingSchedule;
  /** DTSTAMP; injectable so output is reproducible in tests. */
  now?: Date;
};

const PRODID = '-//Self-Help Directory//Meeting Schedule//EN';

function rrule(m: MeetingSchedule): string {
  if (m.recurrence === 'WEEKLY') {
    const days = normalizeWeekdays(m.weekdays).map(icsWeekday).join(',');
    // WKST=MO matters for INTERVAL>1 with several days: our weeks are ISO (Monday-start) weeks.
    return `FREQ=WEEKLY;INTERVAL=${normalizeInterval(m.intervalWeeks)};BYDAY=${days};WKST=MO`;
  }
  const weekday = m.weekdays[0] ?? 1;
  return `FREQ=MONTHLY;BYDAY=${m.monthWeek}${icsWeekday(weekday)}`;
}

/** Everything a calendar file needs, or an Error saying which field is unusable. */
function assertExportable(m: MeetingSchedule): void {
  if (m.recurrence === 'BY_ARRANGEMENT') {
    throw new Error('meetingToIcs: a BY_ARRANGEMENT meeting has no fixed time, so it cannot be exported as a calendar file.');
  }
  if (!parseWallTime(m.startTime)) throw new Error(`meetingToIcs: startTime must be "HH:MM", got ${JSON.stringify(m.startTime)}.`);
  if (!isValidTimeZone(m.timeZone)) throw new Error(`meetingToIcs: unknown time zone ${JSON.stringify(m.timeZone)}.`);
  if (normalizeWeekdays(m.weekdays).length === 0) throw new Error('meetingToIcs: the schedule has no valid weekday (1–7).');
  if (m.recurrence === 'MONTHLY_NTH' && !isValidMonthWeek(m.monthWeek)) {
    throw new Error(`meetingToIcs: monthWeek must be 1–4 or -1, got ${JSON.stringify(m.monthWeek)}.`);
  }
}

/** A complete VCALENDAR (CRLF line endings, folded at 75 octets) with one recurring VEVENT. */
export function meetingToIcs(input: MeetingIcsInput): string {
  const m = input.schedule;
  assertExportable(m);
  const start = parseWallTime(m.startTime);
  const first = firstMeetingDate(m);
  if (!start || !first) throw new Error('meetingToIcs: the schedule produces no meeting dates.');
  const end = parseWallTime(m.endTime);
  const now = input.now ?? new Date();
  const tzid = paramValue(m.timeZone);

  // DTSTART is the nominal wall time even if it falls in a DST gap: RFC 5545
  // shifts such times forward, exactly as nextOccurrences does.
  const event = [
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART;TZID=${tzid}:${localDateTime(first, start)}`,
  ];
  if (end && minutesOfDay(end) !== minutesOfDay(start)) {
    const endDate = minutesOfDay(end) < minutesOfDay(start) ? addDays(first, 1) : first; // runs past midnight
    event.push(`DTEND;TZID=${tzid}:${localDateTime(endDate, end)}`);
  }
  event.push(`RRULE:${rrule(m)}`, `SUMMARY:${escapeText(input.title)}`);
  if (input.description) event.push(`DESCRIPTION:${escapeText(input.description)}`);
  if (input.location) event.push(`LOCATION:${escapeText(input.location)}`);
  if (input.url) event.push(`URL:${uriValue(input.url)}`);
  event.push('END:VEVENT');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezoneLines(m.timeZone, first.year, now),
    ...event,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Download name such as "grief-support-toronto-meeting-1.ics". `index` is the
 * meeting's 0-based position within the group; the name counts from 1 for people.
 */
export function icsFileName(groupSlug: string, index: number): string {
  const slug =
    groupSlug
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'group';
  const n = Number.isInteger(index) && index >= 0 ? index + 1 : 1;
  return `${slug}-meeting-${n}.ics`;
}
