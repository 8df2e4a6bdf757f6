// Small helpers for reading HTML form posts into plain values and zod errors
// into per-field messages, shared by the staff and public listing forms.
import type { z } from 'zod';

/** Field path ("meetings.0.town") → messages. */
export type FieldErrors = Record<string, string[]>;

export function text(form: FormData, name: string, max = 20_000): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
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

/** zod issues → messages keyed by dotted path, prefixed for nested rows. */
export function collectErrors(error: z.ZodError, prefix = '', into: FieldErrors = {}): FieldErrors {
  for (const issue of error.issues) {
    const key = prefix + (issue.path.length > 0 ? issue.path.map(String).join('.') : '_form');
    (into[key] ??= []).push(issue.message);
  }
  return into;
}

export function addError(errors: FieldErrors, key: string, message: string): void {
  (errors[key] ??= []).push(message);
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
