// What a staff auth form action returns: errors to show inline, values to
// refill (never passwords), and, once only, new recovery codes.
import type { z } from 'zod';

export type AuthFormState = {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
  done?: boolean;
  codes?: string[];
};

export const emptyFormState: AuthFormState = { message: null, fieldErrors: {}, values: {} };

/** Form fields as strings; file inputs and missing fields become ''. */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, typeof form.get(n) === 'string' ? (form.get(n) as string) : '']));
}

export function invalid(error: z.ZodError, values: Record<string, string> = {}): AuthFormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { message: 'Please correct the highlighted fields.', fieldErrors, values };
}

export function failed(message: string, values: Record<string, string> = {}, fieldErrors: Record<string, string[]> = {}): AuthFormState {
  return { message, fieldErrors, values };
}
