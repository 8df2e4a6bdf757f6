/** Public API of the meeting-schedule logic. Pure functions: no database, no Next.js. */
export type { MeetingSchedule, Occurrence, Recurrence } from './types';
export { nextOccurrence, nextOccurrences } from './occurrences';
export { BY_ARRANGEMENT_TEXT, describeSchedule, describeTimeRange } from './describe';
export { icsFileName, meetingToIcs, meetingsToIcs, occurrenceToIcs, type CalendarFeedInput, type MeetingIcsInput, type OccurrenceIcsInput } from './ics';
export {
  DEFAULT_LOCALE,
  formatDateInZone,
  formatInZone,
  formatTimeInZone,
  isValidTimeZone,
  utcToZoned,
  zoneAbbreviation,
  zonedToUtc,
  type LocalDateTime,
} from './zoned';
export { dayInWords } from './day-in-words';
export { googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from './calendar-links';
