// Messages per field, and the one way a zod error becomes them. Keys are the
// dotted path of the value ("meetings.0.startTime"), so the form can put each
// message beside its input and the error summary can link to it.
import type { z } from 'zod';

/** Field path → messages, in the order they were found. */
export type FieldErrors = Record<string, string[]>;

/** Where a problem with no path (a whole-form rule) is filed. */
export const FORM_ERROR_KEY = '_form';

type Options = {
  /** Put before every key: the path of a row parsed on its own ("meetings.2."). */
  prefix?: string;
  /** Add to these errors instead of starting afresh, e.g. a second schema's. */
  into?: FieldErrors;
  /** Key by the first path segment only: for a field whose value is a list of checkboxes. */
  topLevel?: boolean;
  /** Keep only the first message per field: forms that show one at a time. */
  firstOnly?: boolean;
};

export function fieldErrorsFrom(error: z.ZodError, { prefix = '', into = {}, topLevel = false, firstOnly = false }: Options = {}): FieldErrors {
  for (const issue of error.issues) {
    const path = topLevel ? issue.path.slice(0, 1) : issue.path;
    const key = prefix + (path.length > 0 ? path.map(String).join('.') : FORM_ERROR_KEY);
    const messages = (into[key] ??= []);
    if (!firstOnly || messages.length === 0) messages.push(issue.message);
  }
  return into;
}

export function addError(errors: FieldErrors, key: string, message: string): void {
  (errors[key] ??= []).push(message);
}
