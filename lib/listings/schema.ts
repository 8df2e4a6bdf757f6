// The listing editor's save-side parse: the group rules (./group-rules.ts)
// and each meeting row through the server's meeting schema, into one result.
import { addError, fieldErrorsFrom, FORM_ERROR_KEY, type FieldErrors } from '../forms/field-errors.ts';
import { text } from '../forms/form-values.ts';
import { unreadableFields, UNREADABLE_TEXT } from '../forms/readable-text.ts';
import { groupFieldsSchema, type GroupFormValues } from './group-rules.ts';
import { isBlankMeetingRow, meetingSchema, type MeetingInput } from './meeting-schema.ts';
import type { z } from 'zod';

export * from './group-rules.ts';

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

