/**
 * VTIMEZONE blocks from timezones-ical-library. It ships the IANA zone data
 * already written as iCalendar rules, and follows IANA releases rather than
 * the runtime's ICU, so it can be newer than Node's own zone data. Its rules
 * are the simplified, Outlook-friendly kind (see decision 015); apps that know
 * the IANA name in TZID use their own rules anyway.
 */
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/** The TZID the event should name, and the VTIMEZONE that defines it. */
export type CalendarZone = { tzid: string; vtimezone: string };

const listed = tzlib_get_timezones();
const knownZones = new Set(Array.isArray(listed) ? listed : []);

/** The library's zone for `timeZone`, or null when it has none. */
export function calendarZone(timeZone: string): CalendarZone | null {
  let id: string;
  try {
    // Temporal spells the name the way the IANA list does ("america/toronto" → "America/Toronto").
    id = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    return null;
  }
  // Ask only about listed names: the library prints an error for any other.
  if (!knownZones.has(id)) return null;
  const block = tzlib_get_ical_block(id);
  if (!Array.isArray(block)) return null;
  const [vtimezone, tzidParam] = block;
  if (!vtimezone || !tzidParam?.startsWith('TZID=')) return null;
  // Links ("Canada/Eastern", "UTC") come back as the zone they point to; the event names that zone too.
  return { tzid: tzidParam.slice('TZID='.length), vtimezone };
}
