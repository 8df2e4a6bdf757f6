// The listing editor's inline messages: the same zod rules the save runs
// (./group-rules.ts, ./meeting-rules.ts), for one field at a time as staff
// leave it. Client-safe. Only the gazetteer look-up and the checks against
// stored topics and organizations wait for the save.
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors.ts';
import { isReadableText, UNREADABLE_TEXT } from '../forms/readable-text.ts';
import { groupFieldsSchema, type GroupFormValues } from './group-rules.ts';
import { isBlankMeetingRow, makeMeetingSchema } from './meeting-rules.ts';

/** Intl knows every zone the browser can format; the save asks Temporal as well. */
function zoneIsKnown(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const browserMeetingSchema = makeMeetingSchema({ isValidTimeZone: zoneIsKnown });

function unreadable(value: unknown): boolean {
  const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return texts.some((t) => !isReadableText(t, { multiline: true }));
}

/**
 * The messages for the field `key` ("summary", "meetings.2.startTime") in
 * these values, or null when it is fine. A removed or untouched spare
 * meeting has nothing to say.
 */
export function fieldMessages(values: GroupFormValues, key: string): string[] | null {
  const meeting = /^meetings\.(\d+)\.(\w+)$/.exec(key);
  if (meeting) {
    const i = Number(meeting[1]);
    const row = values.meetings[i];
    if (!row || row.remove || isBlankMeetingRow(row)) return null;
    const field = meeting[2] as keyof typeof row;
    if (unreadable(row[field])) return [UNREADABLE_TEXT];
    const parsed = browserMeetingSchema.safeParse(row);
    if (parsed.success) return null;
    const errors: FieldErrors = fieldErrorsFrom(parsed.error, { prefix: `meetings.${i}.`, topLevel: false });
    return errors[key] ?? null;
  }
  if (!Object.hasOwn(values, key) || key === 'meetings') return null;
  if (unreadable(values[key as keyof GroupFormValues])) return [UNREADABLE_TEXT];
  const parsed = groupFieldsSchema.safeParse(values);
  if (parsed.success) return null;
  return fieldErrorsFrom(parsed.error, { topLevel: true })[key] ?? null;
}
