// Field-by-field comparison of two versions of a listing's form values: what
// someone else saved versus what this editor typed (conflicts). Moderation
// compares a proposal with the listing in lib/submissions/changes.ts. Pure.
import type { GroupFormValues } from './schema.ts';
import { isBlankMeetingRow, type MeetingFormValues } from './meeting-schema.ts';

export type FieldDifference = { key: string; label: string; theirs: string; yours: string };
export type Lookups = { topics?: Map<string, string>; organizations?: Map<string, string> };

const GROUP_FIELDS: [keyof GroupFormValues, string][] = [
  ['name', 'Name'], ['summary', 'Summary'], ['description', 'Description'], ['whoMayAttend', 'Who may attend'],
  ['leadership', 'Leadership'], ['languages', 'Languages'], ['costKind', 'Cost'], ['costDescription', 'Cost details'],
  ['accessibilityFeatures', 'Accessibility features'], ['accessibilityNotes', 'Accessibility notes'], ['phone', 'Phone'],
  ['email', 'Email'], ['website', 'Website'], ['privateContactName', 'Private contact name'],
  ['privateContactPhone', 'Private contact phone'], ['privateContactEmail', 'Private contact email'],
  ['organizationId', 'Organization'], ['topicIds', 'Topics'],
];

export const MEETING_FIELDS: [keyof MeetingFormValues, string][] = [
  ['recurrence', 'How often'], ['weekdays', 'Days'], ['intervalWeeks', 'Every N weeks'], ['monthWeek', 'Week of the month'],
  ['startsOn', 'First date'], ['startTime', 'Start time'], ['endTime', 'End time'], ['timeZone', 'Time zone'],
  ['attendance', 'Attendance'], ['venueName', 'Venue'], ['addressLine1', 'Address'], ['addressLine2', 'Address line 2'],
  ['town', 'Town'], ['region', 'Province'], ['postalCode', 'Postal code'], ['country', 'Country'],
  ['latitude', 'Latitude'], ['longitude', 'Longitude'], ['onlineUrl', 'Online link'], ['onlineOnRequest', 'Link on request'],
  ['dialIn', 'Dial-in'], ['dialInOnRequest', 'Dial-in on request'], ['notes', 'Notes'],
];

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function show(value: unknown, key: string, lookups: Lookups): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    const items = value.map(String);
    if (key === 'topicIds') return items.map((id) => lookups.topics?.get(id) ?? id).sort().join(', ');
    if (key === 'weekdays') return [...items].sort().map((d) => WEEKDAY_NAMES[Number(d)] ?? d).join(', ');
    return [...items].sort().join(', ');
  }
  const text = String(value ?? '').trim();
  if (key === 'organizationId' && text) return lookups.organizations?.get(text) ?? text;
  return text;
}

function summarize(m: MeetingFormValues): string {
  const days = show(m.weekdays, 'weekdays', {});
  return [m.recurrence, days, m.startTime && `${m.startTime}${m.endTime ? `–${m.endTime}` : ''}`, m.attendance, m.town].filter(Boolean).join(' · ');
}

type Row = { m: MeetingFormValues; n: number };

function meetingsById(rows: MeetingFormValues[]): Map<string, Row> {
  const out = new Map<string, Row>();
  let n = 0;
  rows.forEach((m, i) => {
    if (isBlankMeetingRow(m)) return;
    n += 1;
    out.set(m.id || `new-${i}`, { m, n });
  });
  return out;
}

/** Only the fields whose shown values differ, group fields first, then each meeting. */
export function compareGroupValues(theirs: GroupFormValues, yours: GroupFormValues, lookups: Lookups = {}): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const [key, label] of GROUP_FIELDS) {
    const a = show(theirs[key], key, lookups);
    const b = show(yours[key], key, lookups);
    if (a !== b) out.push({ key, label, theirs: a, yours: b });
  }
  const a = meetingsById(theirs.meetings);
  const b = meetingsById(yours.meetings);
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const left = a.get(id);
    const right = b.get(id);
    const n = left?.n ?? right?.n ?? 0;
    if (!left || !right || right.m.remove || left.m.remove) {
      const theirsText = left && !left.m.remove ? summarize(left.m) : '(no such meeting)';
      const yoursText = right && !right.m.remove ? summarize(right.m) : right?.m.remove ? '(removed)' : '(no such meeting)';
      if (theirsText !== yoursText) out.push({ key: `meetings.${id}`, label: `Meeting ${n}`, theirs: theirsText, yours: yoursText });
      continue;
    }
    for (const [key, label] of MEETING_FIELDS) {
      const x = show(left.m[key], key, lookups);
      const y = show(right.m[key], key, lookups);
      if (x !== y) out.push({ key: `meetings.${id}.${key}`, label: `Meeting ${n}: ${label}`, theirs: x, yours: y });
    }
  }
  return out;
}
