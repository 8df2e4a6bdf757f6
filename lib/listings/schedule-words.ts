// A meeting row of the editor, as typed, in the words the group page will
// use for it: the public page's own describeSchedule, so the two cannot
// disagree. Pure and client-safe: the editor shows it beside each meeting
// and updates it as staff type.
import { describeSchedule } from '../schedule/describe.ts';
import type { Recurrence } from '../schedule/types.ts';
import { DEFAULT_TIME_ZONE, RECURRENCES, type MeetingFormValues } from './meeting-rules.ts';
import { MEETING_TIME_ZONES } from '../vocabulary/index.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// "Central time (Winnipeg, Kenora)" → "Central time": the towns are for choosing, not for reading back.
const ZONE_NAMES = new Map<string, string>(MEETING_TIME_ZONES.map((z) => [z.zone, z.label.replace(/ \(.*\)$/, '')]));

/** "2nd Tuesday of the month, 7–8:30 pm"; a zone other than the directory's own is named after it ("7 pm Central time"). */
export function scheduleInWords(row: Pick<MeetingFormValues, 'recurrence' | 'weekdays' | 'intervalWeeks' | 'monthWeek' | 'startTime' | 'endTime' | 'timeZone'>): string {
  const recurrence: Recurrence = (RECURRENCES as readonly string[]).includes(row.recurrence) ? (row.recurrence as Recurrence) : 'WEEKLY';
  const interval = Number(row.intervalWeeks);
  const monthWeek = Number(row.monthWeek);
  const words = describeSchedule({
    recurrence,
    weekdays: row.weekdays.map(Number).filter((d) => Number.isInteger(d)),
    intervalWeeks: Number.isInteger(interval) && interval >= 1 ? interval : 1,
    monthWeek: row.monthWeek !== '' && Number.isInteger(monthWeek) ? monthWeek : null,
    startsOn: new Date(0),
    startTime: TIME.test(row.startTime) ? row.startTime : null,
    endTime: TIME.test(row.endTime) ? row.endTime : null,
    timeZone: row.timeZone,
  });
  if (recurrence === 'BY_ARRANGEMENT' || row.timeZone === DEFAULT_TIME_ZONE || row.timeZone.trim() === '') return words;
  const zone = ZONE_NAMES.get(row.timeZone);
  return zone ? `${words} ${zone}` : `${words} (${row.timeZone} time)`;
}
