/**
 * Plain-language schedule text: "Every Tuesday, 7–8:30 pm".
 * Hand-written rather than Intl because the compact house style
 * ("7 pm", "11 am–1 pm") is not something any Intl locale produces.
 */
import { type WallTime, parseWallTime } from './civil';
import { isValidMonthWeek, normalizeInterval, normalizeWeekdays } from './pattern';
import type { MeetingSchedule } from './types';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const ORDINALS = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th' } as const;
const EN_DASH = '\u2013';

export const BY_ARRANGEMENT_TEXT = 'By arrangement \u2014 contact the group';

function dayName(isoWeekday: number): string {
  return DAY_NAMES[isoWeekday - 1] ?? '';
}

/** "Monday", "Monday and Thursday", "Monday, Wednesday and Friday". */
function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function meridiem(t: WallTime): 'am' | 'pm' {
  return t.hour < 12 ? 'am' : 'pm';
}

/** "7", "7:30", "12" — the clock part without am/pm. */
function clock(t: WallTime): string {
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return t.minute === 0 ? String(hour12) : `${hour12}:${String(t.minute).padStart(2, '0')}`;
}

/** "7 pm", "7–8:30 pm", "11 am–1 pm"; '' when there is no usable start time. */
export function describeTimeRange(startTime: string | null, endTime: string | null): string {
  const start = parseWallTime(startTime);
  if (!start) return '';
  const end = parseWallTime(endTime);
  if (!end || (end.hour === start.hour && end.minute === start.minute)) return `${clock(start)} ${meridiem(start)}`;
  // Say am/pm once when both ends share it; a range crossing noon or midnight needs both.
  if (meridiem(start) === meridiem(end)) return `${clock(start)}${EN_DASH}${clock(end)} ${meridiem(end)}`;
  return `${clock(start)} ${meridiem(start)}${EN_DASH}${clock(end)} ${meridiem(end)}`;
}

function describeDays(m: MeetingSchedule): string {
  if (m.recurrence === 'WEEKLY') {
    const days = joinWords(normalizeWeekdays(m.weekdays).map(dayName));
    const interval = normalizeInterval(m.intervalWeeks);
    if (interval === 1) return days ? `Every ${days}` : 'Weekly';
    return days ? `Every ${interval} weeks on ${days}` : `Every ${interval} weeks`;
  }
  const weekday = normalizeWeekdays(m.weekdays.slice(0, 1))[0];
  const nth = m.monthWeek;
  if (weekday === undefined || !isValidMonthWeek(nth)) return 'Monthly';
  const ordinal = nth === -1 ? 'Last' : ORDINALS[nth];
  return `${ordinal} ${dayName(weekday)} of the month`;
}

/** One line of plain words for the group page and listings. */
export function describeSchedule(m: MeetingSchedule): string {
  if (m.recurrence === 'BY_ARRANGEMENT') return BY_ARRANGEMENT_TEXT;
  const days = describeDays(m);
  const times = describeTimeRange(m.startTime, m.endTime);
  return times ? `${days}, ${times}` : days;
}
