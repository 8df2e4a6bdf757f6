// The listing editor's contract: what the form posts (kept as typed, so a
// failed save shows everything again) and the zod schema both the form and
// the save action use. Meeting rows: ./meeting-schema.ts.
import { z } from 'zod';
import type { WhoMayAttend } from '../generated/prisma/enums.ts';
import { ACCESSIBILITY_CODES, COST_KINDS } from '../vocabulary/index.ts';
import { addError, fieldErrorsFrom, FORM_ERROR_KEY, type FieldErrors } from '../forms/field-errors.ts';
import { list, splitList, text, blankToNull } from '../forms/form-values.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { unreadableFields, UNREADABLE_TEXT } from '../forms/readable-text.ts';
import { isBlankMeetingRow, meetingSchema, readMeetingValues, type MeetingFormValues, type MeetingInput } from './meeting-schema.ts';

export const WHO_MAY_ATTEND = ['PEOPLE_WITH_CONCERN', 'FAMILY_AND_FRIENDS', 'BOTH'] as const satisfies readonly WhoMayAttend[];
/** Rows the form offers beyond the saved meetings, so a meeting can be added without JavaScript. */
export const SPARE_MEETING_ROWS = 2;
export const MAX_MEETING_ROWS = 20;
export { SLUG_PATTERN };

export type GroupFormValues = {
  name: string;
  slug: string;
  summary: string;
  description: string;
  whoMayAttend: string;
  leadership: string;
  languages: string;
  costKind: string;
  costDescription: string;
  accessibilityFeatures: string[];
  accessibilityNotes: string;
  phone: string;
  email: string;
  website: string;
  privateContactName: string;
  privateContactPhone: string;
  privateContactEmail: string;
  organizationId: string;
  topicIds: string[];
  meetings: MeetingFormValues[];
};

export function readGroupValues(form: FormData): GroupFormValues {
  const rows = Math.min(Number(text(form, 'meetingRows', 3)) || 0, MAX_MEETING_ROWS);
  return {
    name: text(form, 'name', 300),
    slug: text(form, 'slug', 200),
    summary: text(form, 'summary', 1000),
    description: text(form, 'description', 10_000),
    whoMayAttend: text(form, 'whoMayAttend', 40),
    leadership: text(form, 'leadership', 2),
    languages: text(form, 'languages', 200),
    costKind: text(form, 'costKind', 20),
    costDescription: text(form, 'costDescription', 500),
    accessibilityFeatures: list(form, 'accessibilityFeatures', 20),
    accessibilityNotes: text(form, 'accessibilityNotes', 2000),
    phone: text(form, 'phone', 100),
    email: text(form, 'email', 300),
    website: text(form, 'website', 600),
    privateContactName: text(form, 'privateContactName', 300),
    privateContactPhone: text(form, 'privateContactPhone', 100),
    privateContactEmail: text(form, 'privateContactEmail', 300),
    organizationId: text(form, 'organizationId', 40),
    topicIds: list(form, 'topicIds', 100),
    meetings: Array.from({ length: rows }, (_, i) => readMeetingValues(form, `meetings.${i}.`)),
  };
}

const optional = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer.`).transform(blankToNull);
const email = z
  .string()
  .trim()
  .max(254, 'Enter a shorter email address.')
  .refine((s) => s === '' || z.email().safeParse(s).success, 'Enter an email address like name@example.org.')
  .transform(blankToNull);
export const webAddress = z
  .string()
  .trim()
  .max(500, 'Keep the address to 500 characters or fewer.')
  .refine((s) => s === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), 'Enter a full web address starting with https://')
  .transform(blankToNull);
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const groupFieldsSchema = z.object({
  name: z.string().trim().min(3, 'The name needs at least 3 characters.').max(120, 'Keep the name to 120 characters or fewer.'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => s === '' || (SLUG_PATTERN.test(s) && s.length <= 80), 'Use lower-case letters, digits and single hyphens, e.g. grief-support-kingston.'),
  summary: z.string().trim().min(10, 'Write a one-sentence summary (at least 10 characters).').max(300, 'Keep the summary to 300 characters or fewer.'),
  description: z.string().trim().min(1, 'Describe the group.').max(5000, 'Keep the description to 5,000 characters or fewer.'),
  whoMayAttend: z.enum(WHO_MAY_ATTEND, { error: 'Choose who may attend.' }),
  leadership: z.string().regex(/^[1-5]$/, 'Choose a point on the leadership scale.').transform(Number),
  languages: z
    .string()
    .transform(splitList)
    .refine((tags) => tags.length > 0, 'Enter at least one language code, e.g. en.')
    .refine((tags) => tags.length <= 10 && tags.every((t) => LANGUAGE_TAG.test(t)), 'Enter language codes such as en, fr, pa, separated by commas.'),
  costKind: z.enum(COST_KINDS, { error: 'Choose what it costs.' }),
  costDescription: z.string().trim().max(200, 'Keep the cost details to 200 characters or fewer.'),
  accessibilityFeatures: z.array(z.enum(ACCESSIBILITY_CODES, { error: 'Choose features from the list.' })).transform((a) => [...new Set(a)]),
  accessibilityNotes: z.string().trim().max(1000, 'Keep the accessibility notes to 1,000 characters or fewer.'),
  phone: optional(40, 'the phone number'),
  email,
  website: webAddress,
  privateContactName: optional(120, 'the name'),
  privateContactPhone: optional(40, 'the phone number'),
  privateContactEmail: email,
  organizationId: z.string().trim().transform(blankToNull),
  topicIds: z.array(z.string().min(1)).transform((a) => [...new Set(a)]),
});

export type GroupInput = z.output<typeof groupFieldsSchema> & { meetings: MeetingInput[] };
export type ParsedGroupForm = { success: true; data: GroupInput } | { success: false; fieldErrors: FieldErrors };

/** Group fields and every meeting row; removed and untouched spare rows are left out. */
export function parseGroupForm(values: GroupFormValues): ParsedGroupForm {
  const fieldErrors: FieldErrors = {};
  const group = groupFieldsSchema.safeParse(values);
  if (!group.success) fieldErrorsFrom(group.error, { into: fieldErrors });
  const meetings: MeetingInput[] = [];
  const { meetings: rows, ...fields } = values;
  // So many free-text fields: one check for text the database cannot keep (a NUL byte) or a person cannot read.
  for (const k of unreadableFields(fields, { multiline: true })) addError(fieldErrors, k, UNREADABLE_TEXT);
  rows.forEach((row, i) => {
    if (row.remove || isBlankMeetingRow(row)) return;
    const m = meetingSchema.safeParse(row);
    if (m.success) meetings.push(m.data);
    else fieldErrorsFrom(m.error, { prefix: `meetings.${i}.`, into: fieldErrors });
    for (const k of unreadableFields(row, { multiline: true })) addError(fieldErrors, `meetings.${i}.${k}`, UNREADABLE_TEXT);
  });
  if (!group.success || Object.keys(fieldErrors).length > 0) {
    if (Object.keys(fieldErrors).length === 0) addError(fieldErrors, FORM_ERROR_KEY, 'Check the form.');
    return { success: false, fieldErrors };
  }
  return { success: true, data: { ...group.data, meetings } };
}

export function readVersion(form: FormData): number | null {
  const v = text(form, 'version', 12);
  return /^\d{1,9}$/.test(v) ? Number(v) : null;
}

