/**
 * An .ics file (RFC 5545) for one recurring meeting, so visitors can add it
 * to their own calendar. ical-generator writes the file (escaping, folding at
 * 75 octets, CRLF) and timezones-ical-library supplies the VTIMEZONE; this
 * file only says what goes in it. Times are local wall-clock times with a
 * TZID so the calendar app keeps 19:00 at 19:00 across DST changes.
 */
import ical, { ICalCalendarMethod, type ICalDayJsStub } from 'ical-generator';
import { type CivilDate, type WallTime, addDays, minutesOfDay, pad2, parseWallTime } from './civil';
import { firstMeetingDate, isValidMonthWeek, normalizeInterval, normalizeWeekdays } from './pattern';
import type { MeetingSchedule } from './types';
import { type CalendarZone, calendarZone } from './vtimezone';
import { isValidTimeZone, zonedToUtc } from './zoned';

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

const PRODID = { company: 'Self-Help Directory', product: 'Meeting Schedule', language: 'EN' };

const ICS_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** ISO weekday (1 = Monday) to its RFC 5545 two-letter code. */
function icsWeekday(isoWeekday: number): string {
  return ICS_WEEKDAYS[isoWeekday - 1] ?? 'MO';
}

/** The RRULE, written from the same normalised pattern the site's dates come from. */
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

/**
 * DTSTART/DTEND as the nominal local time. ical-generator turns Temporal,
 * Luxon or moment values into an instant before writing them, so a 02:30
 * inside a spring-forward gap would be written as 03:30 and every later
 * meeting would move to 03:30 too. RFC 5545 wants the nominal 02:30 (apps
 * shift that one day only), so this hands the library its plain "format me"
 * value type: with no tz() to call, it writes the fields as they are, after
 * the TZID.
 */
function localTime(date: CivilDate, time: WallTime, timeZone: string): ICalDayJsStub {
  const fields: Record<string, string> = {
    YYYY: String(date.year).padStart(4, '0'),
    MM: pad2(date.month),
    DD: pad2(date.day),
    HH: pad2(time.hour),
    mm: pad2(time.minute),
    ss: '00',
  };
  const instant = () => zonedToUtc(date, time, timeZone);
  return {
    format: (pattern = '') => pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => fields[token] ?? token),
    isValid: () => true,
    // The library compares these to keep the end after the start.
    toDate: instant,
    toJSON: () => instant().toISOString(),
  };
}

/**
 * ical-generator escapes URL values as TEXT ("a=1\,2"), which RFC 5545 does
 * not do for URIs, so a calendar app would get a broken link. Percent-encoding
 * the characters it would escape keeps the same address without backslashes.
 */
function uriValue(url: string): string {
  return url.replace(/[\r\n]/g, '').replace(/[\\;,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The VEVENT fields of one recurring meeting, or an Error naming the unusable field. */
function meetingEvent(input: MeetingIcsInput) {
  const m = input.schedule;
  assertExportable(m);
  const zone = calendarZone(m.timeZone);
  if (!zone) throw new Error(`meetingToIcs: unknown time zone ${JSON.stringify(m.timeZone)} for calendar files.`);
  const start = parseWallTime(m.startTime);
  const first = firstMeetingDate(m);
  if (!start || !first) throw new Error('meetingToIcs: the schedule produces no meeting dates.');
  const end = parseWallTime(m.endTime);
  const hasEnd = end !== null && minutesOfDay(end) !== minutesOfDay(start);
  const endDate = hasEnd && minutesOfDay(end) < minutesOfDay(start) ? addDays(first, 1) : first; // runs past midnight
  return {
    zone,
    event: {
      id: input.uid,
      stamp: input.now ?? new Date(),
      timezone: zone.tzid,
      start: localTime(first, start, m.timeZone),
      end: hasEnd ? localTime(endDate, end, m.timeZone) : null,
      repeating: rrule(m),
      summary: input.title,
      description: input.description || null,
      location: input.location || null,
      url: input.url ? uriValue(input.url) : null,
    },
  };
}

/** A calendar whose VTIMEZONEs are the zones its events name. */
function calendarFor(zones: Map<string, CalendarZone>, extra: { name?: string; description?: string; url?: string; ttlSeconds?: number } = {}) {
  return ical({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: extra.name ?? null,
    description: extra.description ?? null,
    url: extra.url ? uriValue(extra.url) : null,
    ttl: extra.ttlSeconds ?? null,
    // No calendar-wide zone: with one, the library writes DTSTAMP in server-local time.
    timezone: { name: null, generator: (tzid) => zones.get(tzid)?.vtimezone ?? null },
  });
}

/** A complete VCALENDAR (CRLF line endings, folded at 75 octets) with one recurring VEVENT. */
export function meetingToIcs(input: MeetingIcsInput): string {
  const { zone, event } = meetingEvent(input);
  const calendar = calendarFor(new Map([[zone.tzid, zone]]));
  calendar.createEvent(event);
  // The library leaves the last line without its CRLF; RFC 5545 ends every line with one.
  return `${calendar.toString()}\r\n`;
}

export type CalendarFeedInput = {
  /** X-WR-CALNAME: what the subscribing app calls the calendar. */
  name: string;
  description?: string;
  url?: string;
  /** How often a subscribing app should fetch it again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  ttlSeconds: number;
  meetings: MeetingIcsInput[];
};

/**
 * A subscribable calendar of several recurring meetings (a group's, a
 * topic's). Meetings with no fixed time or unusable data are left out, as
 * the group page gives them no calendar link either.
 */
export function meetingsToIcs(input: CalendarFeedInput): string {
  const events = input.meetings.flatMap((m) => {
    try {
      return [meetingEvent(m)];
    } catch {
      return [];
    }
  });
  const zones = new Map(events.map((e) => [e.zone.tzid, e.zone]));
  const calendar = calendarFor(zones, { name: input.name, description: input.description, url: input.url, ttlSeconds: input.ttlSeconds });
  for (const e of events) calendar.createEvent(e.event);
  return `${calendar.toString()}\r\n`;
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

export type OccurrenceIcsInput = Omit<MeetingIcsInput, 'schedule'> & {
  /** The one meeting, as UTC instants; a missing end makes it an hour long, as the calendar links do. */
  start: Date;
  end: Date | null;
};

/**
 * A VCALENDAR with one VEVENT and no RRULE: just the next meeting, for a
 * visitor who wants to try a group once. Written in UTC (a single instant
 * needs no zone rules), so no VTIMEZONE either.
 */
export function occurrenceToIcs(input: OccurrenceIcsInput): string {
  const calendar = ical({ prodId: PRODID, method: ICalCalendarMethod.PUBLISH, scale: 'GREGORIAN' });
  calendar.createEvent({
    id: input.uid,
    stamp: input.now ?? new Date(),
    start: input.start,
    end: input.end ?? new Date(input.start.getTime() + 60 * 60 * 1000),
    summary: input.title,
    description: input.description || null,
    location: input.location || null,
    url: input.url ? uriValue(input.url) : null,
  });
  return `${calendar.toString()}\r\n`;
}
