// A proposal's changes in the words the public pages and the public form
// use: "Family members and friends…", "French", "Every week", "7 pm", never
// a stored code. Pure.
import { ATTENDANCE_LABELS, languageName, WHO_MAY_ATTEND_LABELS } from '@/components/group/labels';
import { DAYS, MONTH_WEEKS, RECURRENCES } from '@/components/submissions/meeting-words';
import type { Attendance, Recurrence, WhoMayAttend } from '@/lib/generated/prisma/enums';
import { describeSchedule, describeTimeRange } from '@/lib/schedule';
import type { ListedMeeting, ProposalChange } from '@/lib/submissions/changes';
import type { ProposalMeeting } from '@/lib/submissions/schema';
import { COST_LABELS } from '@/lib/vocabulary';

export type ChangeRow = { key: string; label: string; before: string; after: string; changed: boolean };

const lookup = <K extends string>(labels: Record<K, string>, code: string) => (code in labels ? labels[code as K] : code);

function dayWords(days: string): string {
  const names = days.split(',').filter(Boolean).map((d) => DAYS[Number(d)] ?? d);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function groupWords(field: Extract<ProposalChange, { kind: 'field' }>['field'], value: string | string[], topics: Map<string, string>): string {
  if (Array.isArray(value)) {
    const words = field === 'languages' ? value.map(languageName) : field === 'topicSlugs' ? value.map((s) => topics.get(s) ?? s) : value;
    return [...words].sort((a, b) => a.localeCompare(b)).join(', ');
  }
  if (field === 'whoMayAttend') return lookup<WhoMayAttend>(WHO_MAY_ATTEND_LABELS, value);
  if (field === 'costKind') return lookup(COST_LABELS, value);
  return value;
}

function meetingWords(field: Extract<ProposalChange, { kind: 'meeting-field' }>['field'], value: string): string {
  if (value === '') return '';
  switch (field) {
    case 'attendance': return lookup<Attendance>(ATTENDANCE_LABELS, value);
    case 'recurrence': return RECURRENCES.find((r) => r.value === value)?.label ?? value;
    case 'weekday': return dayWords(value);
    case 'monthWeek': return MONTH_WEEKS.find((w) => w.value === value)?.label ?? value;
    case 'startTime':
    case 'endTime': return describeTimeRange(value, null) || value;
    default: return value;
  }
}

type MeetingLike = { attendance: string; recurrence: string; weekdays: number[]; monthWeek: number | null; startTime: string | null; endTime: string | null; venueName: string | null; town: string | null; onlineUrl: string | null };

/** One line for a whole meeting: "Every Tuesday, 7–8:30 pm · In person · Library, Kingston". */
export function meetingSummary(m: MeetingLike): string {
  const schedule = describeSchedule({
    recurrence: m.recurrence as Recurrence, weekdays: m.weekdays, intervalWeeks: 1, monthWeek: m.monthWeek, startsOn: new Date(0),
    startTime: m.startTime, endTime: m.endTime, timeZone: 'UTC',
  });
  const place = [m.venueName, m.town].filter(Boolean).join(', ');
  return [schedule, lookup<Attendance>(ATTENDANCE_LABELS, m.attendance), place, m.onlineUrl].filter(Boolean).join(' · ');
}

const proposedMeeting = (p: ProposalMeeting): MeetingLike => ({
  ...p, weekdays: p.weekday ? [Number(p.weekday)] : [], monthWeek: p.monthWeek ? Number(p.monthWeek) : null, startTime: p.startTime || null, endTime: p.endTime || null,
});
const listedMeeting = (m: ListedMeeting): MeetingLike => m;

export function changeRow(c: ProposalChange, topics: Map<string, string>): ChangeRow {
  const base = { key: c.key, label: c.label, changed: c.changed };
  switch (c.kind) {
    case 'field': return { ...base, before: groupWords(c.field, c.before, topics), after: groupWords(c.field, c.after, topics) };
    case 'meeting-field': return { ...base, before: meetingWords(c.field, c.before), after: meetingWords(c.field, c.after) };
    case 'meeting-added': return { ...base, before: '(no such meeting)', after: meetingSummary(proposedMeeting(c.after)) };
    case 'meeting-removed': return { ...base, before: meetingSummary(listedMeeting(c.before)), after: '(removed)' };
  }
}
