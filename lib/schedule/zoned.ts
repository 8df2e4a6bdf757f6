/**
 * Wall-clock ⇄ instant conversion for IANA zones using only Intl.DateTimeFormat
 * (Node 20 has no Temporal). See docs/decisions/005-schedule-logic.md.
 */
import type { CivilDate, WallTime } from './civil';

export type LocalDateTime = CivilDate & WallTime & { second: number };

/** Display locale for dates and times across the site. en-CA gives "7:00 p.m." and "EST"/"EDT". */
export const DEFAULT_LOCALE = 'en-CA';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A bounded memo for pure functions: up to `limit` entries, then it starts
 * afresh. Intl formatting costs microseconds a call, and a results page asks
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

// Building a DateTimeFormat is far more expensive than using one; recurrence
// scans call these thousands of times, so keep one per zone.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function utcToZoned(instant: Date | number, timeZone: string): LocalDateTime {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  // A copy, so a caller can never change what is remembered.
  return { ...zonedReadings(`${timeZone}|${t}`, () => readZoned(t, timeZone)) };
}

const zonedReadings = memo<LocalDateTime>(5_000);

function readZoned(t: number, timeZone: string): LocalDateTime {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(t)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    // Some engines have printed midnight as "24" even with h23; the date part is already the new day.
    hour: (fields.hour ?? NaN) % 24,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (local − UTC). */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const wholeSecond = Math.floor(t / 1000) * 1000; // Intl output has no milliseconds
  const l = utcToZoned(wholeSecond, timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - wholeSecond;
}

function sameWallClock(instant: number, date: CivilDate, time: WallTime, timeZone: string): boolean {
  const l = utcToZoned(instant, timeZone);
  return (
    l.year === date.year && l.month === date.month && l.day === date.day &&
    l.hour === time.hour && l.minute === time.minute
  );
}

/**
 * The UTC instant at which clocks in `timeZone` read `date` `time`.
 *
 * Every real offset change is far more than a day apart, so the offsets in
 * force a day either side of the naive guess are the only candidates.
 * - Ambiguous (fall-back) times match twice: take the earlier instant, the
 *   first time the clock shows that reading.
 * - Nonexistent (spring-forward gap) times match never: apply the offset from
 *   before the change, which lands the same distance past the gap, i.e. 02:30
 *   becomes 03:30 when clocks jump from 02:00 to 03:00 (what RFC 5545 expects too).
 */
export function zonedToUtc(date: CivilDate, time: WallTime, timeZone: string): Date {
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}|${time.hour}:${time.minute}`;
  return new Date(zonedInstants(key, () => computeZonedToUtc(date, time, timeZone).getTime()));
}

const zonedInstants = memo<number>(20_000);

function computeZonedToUtc(date: CivilDate, time: WallTime, timeZone: string): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const offsetBefore = zoneOffsetMs(naive - DAY_MS, timeZone);
  const candidates = new Set([offsetBefore, zoneOffsetMs(naive, timeZone), zoneOffsetMs(naive + DAY_MS, timeZone)]);
  const valid = [...candidates]
    .map((offset) => naive - offset)
    .filter((instant) => sameWallClock(instant, date, time, timeZone));
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(naive - offsetBefore);
}

const DISPLAY = {
  date: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
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
  return displayFormatter(locale, timeZone, 'date').format(instant);
}

/** "7:00 p.m." (en-CA). */
export function formatTimeInZone(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return displayFormatter(locale, timeZone, 'time').format(instant);
}

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
