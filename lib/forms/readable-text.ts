// Text a form may store: no NUL byte (PostgreSQL refuses it in text and
// JSON, so it would fail as a server error), no other invisible control
// characters (tabs and line breaks only where the field has lines), and no
// lone surrogate halves (stored as "�", so not what was typed).
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const UNREADABLE_TEXT = 'This contains invisible control characters or characters that cannot be read; please retype it.';

export function isReadableText(value: string, opts: { multiline?: boolean } = {}): boolean {
  return !(opts.multiline ? CONTROL_TEXT : CONTROL_LINE).test(value) && value.isWellFormed();
}

/** For zod: `.refine(readable(), UNREADABLE_TEXT)`. */
export const readable =
  (opts: { multiline?: boolean } = {}) =>
  (value: string): boolean =>
    isReadableText(value, opts);

/**
 * The names of the string fields (and string-list fields) in a form's
 * values that are not readable text, for forms with many free-text fields.
 */
export function unreadableFields(values: Record<string, unknown>, opts: { multiline?: boolean } = {}): string[] {
  return Object.entries(values)
    .filter(([, v]) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []).some((s) => !isReadableText(s, opts)))
    .map(([k]) => k);
}
