// "Today", "Tomorrow" or the date: how a person says when the next meeting
// is, in the meeting's own time zone (a meeting at 11 p.m. in Toronto is
// "today" there even when it is already tomorrow in UTC).
import { Temporal } from 'temporal-polyfill';
import { DEFAULT_LOCALE, formatDateInZone, utcToZoned } from './zoned';

export function dayInWords(instant: Date, timeZone: string, now: Date): string {
  const day = (d: Date) => {
    const z = utcToZoned(d, timeZone);
    return Temporal.PlainDate.from({ year: z.year, month: z.month, day: z.day });
  };
  const days = day(now).until(day(instant), { largestUnit: 'days' }).days;
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  // Within the coming months the year goes without saying, and a card is shorter without it.
  if (days > 0 && days < 300) return new Intl.DateTimeFormat(DEFAULT_LOCALE, { timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(instant);
  return formatDateInZone(instant, timeZone);
}
