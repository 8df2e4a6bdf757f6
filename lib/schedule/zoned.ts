/**
 * Wall-clock ⇄ instant conversion for IANA zones with Temporal
 * (temporal-polyfill, which defers to a native Temporal once Node has one),
 * and display formatting with Intl. See docs/decisions/015-schedule-libraries.md.
 */
import { Temporal } from 'temporal-polyfill';
import type { CivilDate, WallTime } from './civil';

export type LocalDateTime = CivilDate & WallTime & { second: number };

/** Display locale for dates and times across the site. en-CA gives "7:00 p.m." and "EST"/"EDT". */
export const DEFAULT_LOCALE = 'en-CA';

/**
 * A bounded memo for pure functions: up to `limit` entries, then it starts
 * afresh. A zone conversion costs microseconds, and a results page asks
 * for the same readings again and again: the same "now" in the same zone for
 * every meeting, the same Tuesday 19:00 for many groups.
 */
function memo<V>(limit: number): (key: string, compute: () => V) => V {
  const known = new Map<string, V>();
  return (key, compute) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

/** The library's view of `instant` in `timeZone`. */
function zonedDateTime(t: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(timeZone);
}

/**
 * A zone both halves accept: Temporal for the arithmetic and Intl for display.
 * Temporal alone would also take offsets such as "+05:00", which Node 20's
 * Intl cannot show times in.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return zoneVerdicts(timeZone, () => {
    try {
      displayFormatter(DEFAULT_LOCALE, timeZone, 'zone');
      zonedDateTime(0, timeZone);
      return true;
    } catch {
      return false;
    }
  });
}

const zoneVerdicts = memo<boolean>(1_000);

/** The wall-clock reading in `timeZone` at `instant`. */
export function utcToZoned(instant: Date | number, timeZone: string): LocalDateTime {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  // A copy, so a caller can never change what is remembered.
  return { ...zonedReadings(`${timeZone}|${t}`, () => readZoned(t, timeZone)) };
}

const zonedReadings = memo<LocalDateTime>(5_000);

function readZoned(t: number, timeZone: string): LocalDateTime {
  const { year, month, day, hour, minute, second } = zonedDateTime(t, timeZone);
  return { year, month, day, hour, minute, second };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (local − UTC). */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  return zonedDateTime(t, timeZone).offsetNanoseconds / 1_000_000;
}

/**
 * The UTC instant at which clocks in `timeZone` read `date` `time`.
 *
 * Temporal's 'compatible' disambiguation is the rule RFC 5545 gives calendar
 * apps, so the site and a downloaded .ics agree:
 * - a nonexistent (spring-forward gap) time moves forward by the gap, i.e.
 *   02:30 becomes 03:30 when clocks jump from 02:00 to 03:00;
 * - an ambiguous (fall-back) time takes the earlier instant, the first time
 *   the clock shows that reading.
 */
export function zonedToUtc(date: CivilDate, time: WallTime, timeZone: string): Date {
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}|${time.hour}:${time.minute}`;
  return new Date(zonedInstants(key, () => computeZonedToUtc(date, time, timeZone)));
}

const zonedInstants = memo<number>(20_000);

function computeZonedToUtc(date: CivilDate, time: WallTime, timeZone: string): number {
  const local = new Temporal.PlainDateTime(date.year, date.month, date.day, time.hour, time.minute);
  return local.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

const DISPLAY = {
  date: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
  zone: { timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

function displayFormatter(locale: string, timeZone: string, kind: keyof typeof DISPLAY): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...DISPLAY[kind], timeZone });
    displayFormatters.set(key, formatter);
  }
  return formatter;
}

/** "Tuesday, March 10, 2026" (en-CA). */
export function formatDateInZone(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatted('date', instant, timeZone, locale);
}

/** "Tuesday, March 10" (en-CA): a date within the coming months, where the year goes without saying. */
export function formatDayInZone(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatted('day', instant, timeZone, locale);
}

/** "7:00 p.m." (en-CA). */
export function formatTimeInZone(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatted('time', instant, timeZone, locale);
}

/**
 * A reading of `instant`, remembered: a results page formats the next
 * meeting of each of its twenty-five groups, and the same meetings come up
 * on page after page (a few microseconds each through Intl).
 */
function formatted(kind: 'date' | 'day' | 'time', instant: Date, timeZone: string, locale: string): string {
  return readings(`${kind}|${locale}|${timeZone}|${instant.getTime()}`, () => displayFormatter(locale, timeZone, kind).format(instant));
}

const readings = memo<string>(20_000);

/** Both halves at once, for pages that show "Tuesday, March 10, 2026 · 7:00 p.m. EDT". */
export function formatInZone(
  instant: Date,
  timeZone: string,
  locale: string = DEFAULT_LOCALE,
): { date: string; time: string; zone: string } {
  return {
    date: formatDateInZone(instant, timeZone, locale),
    time: formatTimeInZone(instant, timeZone, locale),
    zone: zoneAbbreviation(instant, timeZone, locale),
  };
}

/**
 * Short zone name at `instant`, e.g. "EST"/"EDT". Intl only knows letter
 * abbreviations a locale uses, so zones outside it come back as "GMT+11".
 */
export function zoneAbbreviation(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return abbreviations(`${locale}|${timeZone}|${instant.getTime()}`, () => {
    const parts = displayFormatter(locale, timeZone, 'zone').formatToParts(instant);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  });
}

const abbreviations = memo<string>(5_000);
