// The element ids of one form field: the input, its error text and its hint.
// One pattern everywhere, so aria-describedby and the error summary's links
// always find what they point at. A prefix keeps two forms (or two meeting
// rows) on one page apart: fieldIds('code', 'enrol').input === 'enrol-code'.
export type FieldIds = { input: string; error: string; hint: string };

export function fieldIds(name: string, prefix?: string): FieldIds {
  const input = prefix ? `${prefix}-${name}` : name;
  return { input, error: `${input}-error`, hint: `${input}-hint` };
}

/** aria-describedby for a control: its hint, then its error, whichever are shown. */
export function describedBy(ids: FieldIds, shown: { hint?: boolean; error?: boolean }): string | undefined {
  return [shown.hint ? ids.hint : null, shown.error ? ids.error : null].filter(Boolean).join(' ') || undefined;
}
