// One meeting row of the listing editor: what the form posts (all strings, so
// everything typed can be shown again) and the rules that turn it into the
// columns of a Meeting. Client-safe: the editor runs these same rules in the
// browser for inline messages, so it never imports the gazetteer or the
// zone library; the server's schema (./meeting-schema.ts) plugs those in.
import { z } from 'zod';
import type { Attendance, Recurrence } from '../generated/prisma/enums.ts';
import { blankToNull, flag, list, text } from '../forms/form-values.ts';

export const RECURRENCES = ['WEEKLY', 'MONTHLY_NTH', 'BY_ARRANGEMENT'] as const satisfies readonly Recurrence[];
export const ATTENDANCES = ['IN_PERSON', 'ONLINE', 'PHONE', 'HYBRID'] as const satisfies readonly Attendance[];
export const MONTH_WEEKS = ['1', '2', '3', '4', '-1'] as const;
export const LOCATION_SOURCES = ['gazetteer', 'coordinates'] as const;
export const DEFAULT_TIME_ZONE = 'America/Toronto';

export type MeetingFormValues = {
  id: string;
  remove: boolean;
  recurrence: string;
  weekdays: string[];
  intervalWeeks: string;
  monthWeek: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  attendance: string;
  venueName: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  region: string;
  postalCode: string;
  country: string;
  locationSource: string;
  latitude: string;
  longitude: string;
  onlineUrl: string;
  onlineOnRequest: boolean;
  dialIn: string;
  dialInOnRequest: boolean;
  notes: string;
};

export function blankMeetingValues(today: string): MeetingFormValues {
  return {
    id: '', remove: false, recurrence: 'WEEKLY', weekdays: [], intervalWeeks: '1', monthWeek: '', startsOn: today,
    startTime: '', endTime: '', timeZone: DEFAULT_TIME_ZONE, attendance: 'IN_PERSON', venueName: '', addressLine1: '',
    addressLine2: '', town: '', region: 'ON', postalCode: '', country: 'CA', locationSource: 'gazetteer', latitude: '',
    longitude: '', onlineUrl: '', onlineOnRequest: false, dialIn: '', dialInOnRequest: false, notes: '',
  };
}

export function readMeetingValues(form: FormData, prefix: string): MeetingFormValues {
  const t = (name: string, max?: number) => text(form, `${prefix}${name}`, max);
  return {
    id: t('id', 40), remove: flag(form, `${prefix}remove`), recurrence: t('recurrence', 20),
    weekdays: list(form, `${prefix}weekdays`, 7), intervalWeeks: t('intervalWeeks', 4), monthWeek: t('monthWeek', 4),
    startsOn: t('startsOn', 10), startTime: t('startTime', 5), endTime: t('endTime', 5), timeZone: t('timeZone', 64),
    attendance: t('attendance', 20), venueName: t('venueName', 300), addressLine1: t('addressLine1', 300),
    addressLine2: t('addressLine2', 300), town: t('town', 200), region: t('region', 50), postalCode: t('postalCode', 20),
    country: t('country', 2), locationSource: t('locationSource', 20), latitude: t('latitude', 30), longitude: t('longitude', 30),
    onlineUrl: t('onlineUrl', 600), onlineOnRequest: flag(form, `${prefix}onlineOnRequest`), dialIn: t('dialIn', 300),
    dialInOnRequest: flag(form, `${prefix}dialInOnRequest`), notes: t('notes', 2000),
  };
}

/** A row with nothing typed into it: one of the spare rows the form always offers. */
export function isBlankMeetingRow(v: MeetingFormValues): boolean {
  if (v.id !== '') return false;
  const typed = [v.startTime, v.endTime, v.venueName, v.addressLine1, v.addressLine2, v.town, v.postalCode, v.latitude, v.longitude, v.onlineUrl, v.dialIn, v.notes];
  return v.weekdays.length === 0 && typed.every((s) => s.trim() === '');
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const optionalText = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer.`).transform(blankToNull);
const coordinate = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const n = Number(s);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `Enter the ${what} as a number between ${min} and ${max}.` });
        return z.NEVER;
      }
      return Math.round(n * 1e6) / 1e6;
    });
const webUrl = z
  .string()
  .trim()
  .max(500, 'Keep the address to 500 characters or fewer.')
  .refine((s) => s === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(s), 'Enter a full web address starting with https://')
  .transform(blankToNull);

/** The checks that need data the browser does not have: zone rules and the gazetteer. */
export type MeetingChecks = {
  isValidTimeZone: (zone: string) => boolean;
  /** Where a town or postal code is; omitted in the browser, where the look-up is left to the save. */
  placeOf?: (m: { postalCode: string | null; town: string | null }) => { lat: number; lng: number } | null;
};

export const TIME_ZONE_MESSAGE = 'Choose the time zone from the list.';

export function makeMeetingSchema(checks: MeetingChecks) {
  const rowSchema = z.object({
    id: z.string().transform(blankToNull),
    recurrence: z.enum(RECURRENCES, { error: 'Choose how often the group meets.' }),
    weekdays: z.array(z.string().regex(/^[1-7]$/, 'Choose days of the week.').transform(Number)).transform((d) => [...new Set(d)].sort()),
    intervalWeeks: z.string().trim().regex(/^\d{1,2}$/, 'Enter a whole number of weeks, 1 to 12.').transform(Number).pipe(z.number().int().min(1, 'Enter a whole number of weeks, 1 to 12.').max(12, 'Enter a whole number of weeks, 1 to 12.')),
    monthWeek: z.string().transform((s) => (MONTH_WEEKS.includes(s as (typeof MONTH_WEEKS)[number]) ? Number(s) : null)),
    // refine (not a failing transform) so the row's other rules still report at the same time.
    startsOn: z
      .string()
      .refine(isRealDate, 'Enter a real first date as YYYY-MM-DD.')
      .transform((s) => new Date(`${s}T00:00:00Z`)),
    startTime: z.string().trim().refine((s) => s === '' || TIME.test(s), 'Enter the time as HH:MM, e.g. 19:00.').transform(blankToNull),
    endTime: z.string().trim().refine((s) => s === '' || TIME.test(s), 'Enter the time as HH:MM, e.g. 20:30.').transform(blankToNull),
    timeZone: z.string().trim().refine(checks.isValidTimeZone, TIME_ZONE_MESSAGE),
    attendance: z.enum(ATTENDANCES, { error: 'Choose how people attend.' }),
    venueName: optionalText(200, 'the venue'),
    addressLine1: optionalText(200, 'the address'),
    addressLine2: optionalText(200, 'the address'),
    town: optionalText(120, 'the town'),
    region: optionalText(40, 'the province'),
    postalCode: z.string().trim().toUpperCase().max(10, 'Enter a postal code such as M5V 3L9.').transform(blankToNull),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Enter a two-letter country code, e.g. CA.'),
    locationSource: z.enum(LOCATION_SOURCES).catch('gazetteer'),
    latitude: coordinate(-90, 90, 'latitude'),
    longitude: coordinate(-180, 180, 'longitude'),
    onlineUrl: webUrl,
    onlineOnRequest: z.boolean(),
    dialIn: optionalText(200, 'the dial-in details'),
    dialInOnRequest: z.boolean(),
    notes: z.string().trim().max(1000, 'Keep the notes to 1,000 characters or fewer.'),
  });

  // Rules that join several fields; each message sits on the field to fix.
  return rowSchema
    .superRefine((m, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (m.recurrence !== 'BY_ARRANGEMENT') {
        if (m.weekdays.length === 0) issue('weekdays', 'Choose the day it meets.');
        if (!m.startTime) issue('startTime', 'Enter the start time as HH:MM, e.g. 19:00.');
        if (m.startTime && m.endTime && TIME.test(m.startTime) && TIME.test(m.endTime) && m.endTime <= m.startTime) issue('endTime', 'The end time must be after the start time.');
      }
      if (m.recurrence === 'MONTHLY_NTH') {
        if (m.monthWeek === null) issue('monthWeek', 'Choose which week of the month.');
        if (m.weekdays.length > 1) issue('weekdays', 'A monthly meeting is on one day of the week: choose one.');
      }
      const inPerson = m.attendance === 'IN_PERSON' || m.attendance === 'HYBRID';
      if (inPerson && !m.town) issue('town', 'Enter the town where it meets.');
      if ((m.attendance === 'ONLINE' || m.attendance === 'HYBRID') && !m.onlineUrl && !m.onlineOnRequest)
        issue('onlineUrl', 'Enter the meeting link, or tick “Link given on request”.');
      if (m.attendance === 'PHONE' && !m.dialIn && !m.dialInOnRequest) issue('dialIn', 'Enter the dial-in number, or tick “Given on request”.');
      if (m.locationSource === 'coordinates' && (m.latitude === null) !== (m.longitude === null))
        issue(m.latitude === null ? 'latitude' : 'longitude', 'Enter both latitude and longitude, or neither.');
      if (checks.placeOf && inPerson && m.locationSource === 'gazetteer' && m.town && !checks.placeOf(m))
        issue('town', 'We could not find this town or postal code. Check the spelling, or choose “Use these coordinates”.');
    })
    .transform(({ locationSource, ...m }) => {
      const byArrangement = m.recurrence === 'BY_ARRANGEMENT';
      const place = locationSource === 'gazetteer' ? (checks.placeOf?.(m) ?? null) : null;
      const inPerson = m.attendance === 'IN_PERSON' || m.attendance === 'HYBRID';
      return {
        ...m,
        weekdays: m.recurrence === 'MONTHLY_NTH' ? m.weekdays.slice(0, 1) : m.weekdays,
        intervalWeeks: m.recurrence === 'WEEKLY' ? m.intervalWeeks : 1,
        monthWeek: m.recurrence === 'MONTHLY_NTH' ? m.monthWeek : null,
        startTime: byArrangement ? null : m.startTime,
        endTime: byArrangement ? null : m.endTime,
        latitude: locationSource === 'gazetteer' ? (inPerson ? (place?.lat ?? null) : null) : m.latitude,
        longitude: locationSource === 'gazetteer' ? (inPerson ? (place?.lng ?? null) : null) : m.longitude,
      };
    });
}

export type MeetingInput = z.output<ReturnType<typeof makeMeetingSchema>>;
