// A spreadsheet of listings, one meeting per row: its columns are matched to
// the directory's fields (by name, or by the column-mapping step), and each
// row becomes a listing record in the editor's form values.
import { splitList } from '../../forms/form-values.ts';
import { blankMeetingValues, DEFAULT_TIME_ZONE } from '../../listings/meeting-schema.ts';
import { type CsvTable } from './csv.ts';
import { MAX_RECORDS } from './limits.ts';
import { emptyRecord, type ParsedUpload, type SourceRecord } from './types.ts';

/** The directory's fields a column can fill, with the header names read as each. */
export const CSV_FIELDS = {
  id: { label: 'Id (keeps re-imports from adding copies)', aliases: ['id', 'external_id', 'service_id'] },
  name: { label: 'Name', aliases: ['name', 'group', 'group_name', 'listing'] },
  summary: { label: 'Summary', aliases: ['summary', 'short_description'] },
  description: { label: 'Description', aliases: ['description', 'details', 'about'] },
  topics: { label: 'Topics (names or slugs, separated by ; or ,)', aliases: ['topics', 'topic', 'categories'] },
  languages: { label: 'Languages (codes such as en, fr)', aliases: ['languages', 'language'] },
  cost: { label: 'Cost (free, donation or fee)', aliases: ['cost', 'cost_kind', 'fees'] },
  costDescription: { label: 'Cost details', aliases: ['cost_details', 'cost_description', 'fees_description'] },
  phone: { label: 'Phone', aliases: ['phone', 'telephone'] },
  email: { label: 'Email', aliases: ['email', 'e-mail'] },
  website: { label: 'Website', aliases: ['website', 'url', 'web'] },
  days: { label: 'Meeting days (e.g. Tuesday; Mon, Thu; 2nd Tue; last Fri; by arrangement)', aliases: ['days', 'day', 'meets', 'schedule'] },
  everyWeeks: { label: 'Every N weeks', aliases: ['every_weeks', 'interval', 'interval_weeks'] },
  startTime: { label: 'Start time (HH:MM)', aliases: ['start_time', 'start', 'time', 'opens_at'] },
  endTime: { label: 'End time (HH:MM)', aliases: ['end_time', 'end', 'closes_at'] },
  timeZone: { label: 'Time zone', aliases: ['time_zone', 'timezone'] },
  attendance: { label: 'Attendance (in person, online, phone, hybrid)', aliases: ['attendance', 'format', 'attending_type'] },
  venue: { label: 'Venue', aliases: ['venue', 'venue_name', 'location_name'] },
  address: { label: 'Street address', aliases: ['address', 'address_1', 'street'] },
  town: { label: 'Town', aliases: ['town', 'city'] },
  region: { label: 'Province', aliases: ['province', 'region', 'state_province', 'state'] },
  postalCode: { label: 'Postal code', aliases: ['postal_code', 'postcode', 'zip'] },
  onlineUrl: { label: 'Online meeting link', aliases: ['online_url', 'meeting_link', 'conference_url'] },
  dialIn: { label: 'Dial-in number', aliases: ['dial_in', 'conference_phone'] },
} as const;
export type CsvField = keyof typeof CSV_FIELDS;
export const CSV_FIELD_NAMES = Object.keys(CSV_FIELDS) as CsvField[];

/** Field → column index; fields without a column are absent. */
export type ColumnMapping = Partial<Record<CsvField, number>>;

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The columns matched by their headers; `complete` when every header named a field and a name column was found. */
export function guessMapping(headers: string[]): { mapping: ColumnMapping; complete: boolean } {
  const mapping: ColumnMapping = {};
  let unknown = 0;
  headers.forEach((h, i) => {
    const field = CSV_FIELD_NAMES.find((f) => (CSV_FIELDS[f].aliases as readonly string[]).includes(norm(h)));
    if (field && mapping[field] === undefined) mapping[field] = i;
    else unknown++;
  });
  return { mapping, complete: unknown === 0 && mapping.name !== undefined };
}

const DAY_WORDS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const NTH_WORDS: Record<string, string> = { '1st': '1', first: '1', '2nd': '2', second: '2', '3rd': '3', third: '3', '4th': '4', fourth: '4', last: '-1' };

function dayNumber(word: string): number | undefined {
  return DAY_WORDS[word.toLowerCase().slice(0, 3)];
}

/** "Tuesday", "Mon, Thu", "2nd Tue", "last Friday", "by arrangement" → the meeting's recurrence fields, or null. */
export function readDays(s: string): { recurrence: string; weekdays: string[]; monthWeek: string } | null {
  const t = s.trim().toLowerCase();
  if (t === '' || t === 'by arrangement') return { recurrence: 'BY_ARRANGEMENT', weekdays: [], monthWeek: '' };
  const nth = /^(1st|2nd|3rd|4th|first|second|third|fourth|last)\s+([a-z]+)(?:\s+of the month)?$/.exec(t);
  if (nth) {
    const d = dayNumber(nth[2]!);
    return d && nth[2]!.length >= 3 ? { recurrence: 'MONTHLY_NTH', weekdays: [String(d)], monthWeek: NTH_WORDS[nth[1]!]! } : null;
  }
  const words = t.split(/[,;/&]|\s+and\s+/).map((w) => w.trim()).filter(Boolean);
  const days = words.map((w) => (w.length >= 3 && /^[a-z]+$/.test(w) ? dayNumber(w) : undefined));
  if (days.length === 0 || days.some((d) => d === undefined)) return null;
  return { recurrence: 'WEEKLY', weekdays: days.map(String), monthWeek: '' };
}

const ATTEND: Record<string, string> = { 'in person': 'IN_PERSON', in_person: 'IN_PERSON', online: 'ONLINE', phone: 'PHONE', hybrid: 'HYBRID' };
const COST: Record<string, string> = { free: 'FREE', donation: 'DONATION', fee: 'FEE' };

function recordFromRow(cells: string[], line: number, m: ColumnMapping, today: string): SourceRecord {
  const get = (f: CsvField) => (m[f] === undefined ? undefined : (cells[m[f]] ?? '').trim());
  const rec = emptyRecord(`line ${line}`, get('id') || null);
  const name = get('name') ?? '';
  if (!name) rec.problems.push('missing name');
  const set = <K extends keyof SourceRecord['fields']>(key: K, v: SourceRecord['fields'][K] | undefined) => {
    if (v !== undefined) rec.fields[key] = v;
  };
  set('name', name);
  set('summary', get('summary'));
  set('description', get('description'));
  set('languages', get('languages'));
  set('costDescription', get('costDescription'));
  set('phone', get('phone'));
  set('email', get('email'));
  set('website', get('website'));
  const cost = get('cost');
  if (cost !== undefined && cost !== '') set('costKind', COST[cost.toLowerCase()] ?? cost);
  rec.topics = splitList((get('topics') ?? '').replace(/;/g, ','));
  const days = get('days');
  const hasMeeting = [days, get('startTime'), get('town'), get('onlineUrl'), get('dialIn')].some((v) => v);
  if (!hasMeeting) return rec;
  const when = readDays(days ?? '');
  if (!when) {
    rec.problems.push(`unparseable schedule: “${days}” (write days such as Tuesday, Mon, Thu, 2nd Tue, last Fri or by arrangement)`);
    return rec;
  }
  const attendance = get('attendance') ?? '';
  const kind = ATTEND[attendance.toLowerCase()] ?? (attendance === '' ? (get('onlineUrl') && !get('town') ? 'ONLINE' : 'IN_PERSON') : attendance);
  rec.meetings = [{
    ...blankMeetingValues(today),
    ...when,
    intervalWeeks: get('everyWeeks') || '1',
    startTime: get('startTime') ?? '',
    endTime: get('endTime') ?? '',
    timeZone: get('timeZone') || DEFAULT_TIME_ZONE,
    attendance: kind,
    venueName: get('venue') ?? '',
    addressLine1: get('address') ?? '',
    town: get('town') ?? '',
    region: get('region') || 'ON',
    postalCode: get('postalCode') ?? '',
    onlineUrl: get('onlineUrl') ?? '',
    dialIn: get('dialIn') ?? '',
  }];
  return rec;
}

/** Every row of the table as a listing record, read through `mapping`. */
export function recordsFromCsv(table: CsvTable, mapping: ColumnMapping, today: string): ParsedUpload {
  if (mapping.name === undefined) return { ok: false, problems: [{ where: 'the columns', reason: 'Choose the column that holds each listing’s name.' }] };
  if (table.rows.length > MAX_RECORDS) return { ok: false, problems: [{ where: 'the file', reason: `It has ${table.rows.length} rows; import at most ${MAX_RECORDS} at a time.` }] };
  return { ok: true, format: 'csv', records: table.rows.map((r) => recordFromRow(r.cells, r.line, mapping, today)), notes: [] };
}
