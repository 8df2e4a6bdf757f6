/**
 * Mirror of the Prisma `Meeting` scheduling columns. Kept as a plain type so
 * the schedule logic stays free of database and framework imports.
 */
export type Recurrence = 'WEEKLY' | 'MONTHLY_NTH' | 'BY_ARRANGEMENT';

export type MeetingSchedule = {
  recurrence: Recurrence;
  /** ISO weekdays 1=Mon … 7=Sun. WEEKLY: one or more. MONTHLY_NTH: uses weekdays[0]. */
  weekdays: number[];
  /** WEEKLY: every N weeks (1 = weekly), counted from the ISO week containing startsOn. */
  intervalWeeks: number;
  /** MONTHLY_NTH: 1–4 (nth weekday of the month) or -1 (last). */
  monthWeek: number | null;
  /** A calendar date, stored as UTC midnight of that date; first day the pattern applies. */
  startsOn: Date;
  /** "HH:MM" local wall-clock time in timeZone; null for BY_ARRANGEMENT. */
  startTime: string | null;
  /** "HH:MM"; may be null. */
  endTime: string | null;
  /** IANA zone, e.g. "America/Toronto". */
  timeZone: string;
};

/** One concrete meeting: UTC instants. `end` is null when the schedule has no end time. */
export type Occurrence = { start: Date; end: Date | null };
