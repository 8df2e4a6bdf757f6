// Reading an HTML form post into plain values, shared by every form's action.
// Values stay strings (as typed) until the domain's zod schema parses them.

export function text(form: FormData, name: string, max = 20_000): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
}

/** Named fields as strings; file inputs and missing fields become ''. */
export function formValues<const K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  const entries = names.map((n) => {
    const v = form.get(n);
    return [n, typeof v === 'string' ? v : ''] as const;
  });
  return Object.fromEntries(entries) as Record<K, string>;
}

export function list(form: FormData, name: string, maxItems = 100): string[] {
  return form
    .getAll(name)
    .filter((v): v is string => typeof v === 'string')
    .slice(0, maxItems)
    .map((v) => v.slice(0, 200));
}

export function flag(form: FormData, name: string): boolean {
  const v = form.get(name);
  return v === 'on' || v === '1' || v === 'true';
}

/** "" → null after trimming, so optional text columns hold null rather than "". */
export const blankToNull = (s: string): string | null => {
  const t = s.trim();
  return t === '' ? null : t;
};

/** Comma- or newline-separated words, trimmed, without blanks or repeats. */
export function splitList(s: string): string[] {
  return [...new Set(s.split(/[,\n]/).map((w) => w.trim()).filter(Boolean))];
}

/**
 * A fixed table's entry for a value from a link (?done=saved), or undefined.
 * Only the table's own keys: ?done=__proto__ must not find Object.prototype.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
