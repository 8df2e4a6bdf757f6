/**
 * Zone-free calendar arithmetic. Dates are handled as plain year/month/day
 * triples (a "civil" date) so that recurrence matching never depends on the
 * server's own time zone or on DST.
 *
 * Kept as integer arithmetic on purpose (decision 015): Temporal.PlainDate
 * from the polyfill costs microseconds per step, and the recurrence scan takes
 * a step for every day it looks at, which made a results page milliseconds
 * slower. Time zones are the library's job (zoned.ts).
 */

export type CivilDate = { year: number; month: number; day: number }; // month is 1–12
export type WallTime = { hour: number; minute: number };

/**
 * Days since 1970-01-01. Integer day numbers make "add N days" and week maths
 * trivial. Pure integer arithmetic (the days-from-civil algorithm) rather
 * than Date: recurrence scans call these for every day they look at.
 */
export function dayNumber(d: CivilDate): number {
  // Months are shifted so the year starts in March and the leap day is the last day of the year.
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of dayNumber (civil-from-days). */
export function fromDayNumber(n: number): CivilDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4). */
export function isoWeekday(d: CivilDate): number {
  return mod(dayNumber(d) + 3, 7) + 1;
}

/** Day number of the Monday of the ISO week containing `d`. */
export function mondayOf(d: CivilDate): number {
  return dayNumber(d) - (isoWeekday(d) - 1);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** `startsOn` is stored as UTC midnight, so its UTC fields are the intended calendar date. */
export function civilDateOfUtcMidnight(date: Date): CivilDate | null {
  if (!Number.isFinite(date.getTime())) return null;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Strict "HH:MM" (24-hour) parser; anything else is treated as missing. */
export function parseWallTime(value: string | null | undefined): WallTime | null {
  if (value == null) return null;
  const match = HH_MM.exec(value.trim());
  if (!match) return null;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function minutesOfDay(t: WallTime): number {
  return t.hour * 60 + t.minute;
}

/** Always-non-negative remainder; `%` keeps the sign of the dividend. */
export function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
