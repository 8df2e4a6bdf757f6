// An HSDS schedule (iCalendar-style freq, interval, byday) read into the
// directory's three recurrences: weekly (every N weeks on some days), the
// nth weekday of the month, or by arrangement. Anything else is reported as
// an unparseable schedule rather than guessed.
import { isValidTimeZone } from '../../schedule/index.ts';
import { DEFAULT_TIME_ZONE, type MeetingFormValues } from '../../listings/meeting-schema.ts';
import type { HsdsSchedule } from './hsds-shapes.ts';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The schedule part of the listing editor's meeting form, which the import fills. */
export type ScheduleFields = Pick<MeetingFormValues, 'recurrence' | 'weekdays' | 'intervalWeeks' | 'monthWeek' | 'startsOn' | 'startTime' | 'endTime' | 'timeZone'>;

type Read = { ok: true; fields: ScheduleFields; notes: string[] } | { ok: false; reason: string };

/** "10:00:00" or "10:00" → "10:00"; null when it is no time of day. */
function wallTime(s: string | null | undefined): string | null | undefined {
  if (s === null || s === undefined || s.trim() === '') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function firstDate(s: HsdsSchedule, today: string): string {
  const d = (s.dtstart ?? s.valid_from ?? '').slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : today;
}

function zoneOf(s: HsdsSchedule, notes: string[]): string {
  if (typeof s.timezone === 'string' && isValidTimeZone(s.timezone)) return s.timezone;
  if (s.timezone !== null && s.timezone !== undefined)
    notes.push(`time zone “${s.timezone}” is not a zone name such as America/Toronto; ${DEFAULT_TIME_ZONE} used`);
  return DEFAULT_TIME_ZONE;
}

/** Reads one schedule; `today` (YYYY-MM-DD) starts a schedule that gives no first date. */
export function readHsdsSchedule(s: HsdsSchedule, today: string): Read {
  const notes: string[] = [];
  const freq = (s.freq ?? '').trim().toUpperCase();
  const opens = wallTime(s.opens_at);
  const closes = wallTime(s.closes_at);
  if (opens === null) return { ok: false, reason: `unparseable schedule: opens_at “${s.opens_at}” is not a time such as 19:00` };
  if (closes === null) return { ok: false, reason: `unparseable schedule: closes_at “${s.closes_at}” is not a time such as 20:30` };
  const base = { startsOn: firstDate(s, today), startTime: opens ?? '', endTime: closes ?? '', timeZone: zoneOf(s, notes), intervalWeeks: '1', monthWeek: '' };
  if (s.until || s.valid_to) notes.push('the schedule’s end date is not kept: listings are checked by staff instead');

  if (freq === '' && !opens) return { ok: true, fields: { ...base, recurrence: 'BY_ARRANGEMENT', weekdays: [] }, notes };
  if (freq === '') return { ok: false, reason: 'unparseable schedule: it has an opening time but no freq (WEEKLY or MONTHLY)' };
  const interval = s.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return { ok: false, reason: `unparseable schedule: interval ${interval} is not a whole number of 1 or more` };
  const parts = (s.byday ?? '').split(',').map((p) => p.trim().toUpperCase()).filter(Boolean);
  if (!opens) return { ok: false, reason: 'unparseable schedule: a weekly or monthly schedule needs opens_at' };

  if (freq === 'DAILY' && interval === 1) return { ok: true, fields: { ...base, recurrence: 'WEEKLY', weekdays: ['1', '2', '3', '4', '5', '6', '7'] }, notes };
  if (freq === 'WEEKLY') {
    const days = parts.map((p) => DAYS.indexOf(p as (typeof DAYS)[number]) + 1);
    if (parts.length === 0 || days.some((d) => d === 0)) return { ok: false, reason: `unparseable schedule: byday “${s.byday ?? ''}” should list days such as MO,TH` };
    if (interval > 12) return { ok: false, reason: `unparseable schedule: every ${interval} weeks is more than the 12 the directory shows` };
    return { ok: true, fields: { ...base, recurrence: 'WEEKLY', weekdays: days.map(String), intervalWeeks: String(interval) }, notes };
  }
  if (freq === 'MONTHLY') {
    const m = parts.length === 1 ? /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts[0]!) : null;
    const nth = m ? Number(m[1]) : NaN;
    if (!m || interval !== 1 || !(nth === -1 || (nth >= 1 && nth <= 4)))
      return { ok: false, reason: `unparseable schedule: a monthly schedule needs one day such as 2TU or -1FR, every month (byday “${s.byday ?? ''}”, interval ${interval})` };
    const day = DAYS.indexOf(m[2] as (typeof DAYS)[number]) + 1;
    return { ok: true, fields: { ...base, recurrence: 'MONTHLY_NTH', weekdays: [String(day)], monthWeek: String(nth) }, notes };
  }
  return { ok: false, reason: `unparseable schedule: freq “${s.freq}” (the directory keeps WEEKLY, MONTHLY with a day such as 2TU, or none for by arrangement)` };
}
