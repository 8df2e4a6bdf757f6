/**
 * Zone-free calendar arithmetic. Dates are handled as plain year/month/day
 * triples (a "civil" date) so that recurrence matching never depends on the
 * server's own time zone or on DST.
 */

export type CivilDate = { year: number; month: number; day: number }; // month is 1–12
export type WallTime = { hour: number; minute: number };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. Integer day numbers make "add N days" and week maths trivial. */
export function dayNumber(d: CivilDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): CivilDate {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
