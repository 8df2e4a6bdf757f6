// What a staff auth form action returns: errors to show inline, values to
// refill (never passwords), and, once only, new recovery codes.
import type { z } from 'zod';
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors.ts';
import { initialFormState, type FormState } from '../forms/form-state.ts';

export type AuthFormState = FormState<Record<string, string>, { done?: boolean; codes?: string[]; handOver?: string }>;

export const emptyFormState: AuthFormState = initialFormState({});

export function invalid(error: z.ZodError, values: Record<string, string> = {}): AuthFormState {
  return { message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsFrom(error), values };
}

export function failed(message: string, values: Record<string, string> = {}, fieldErrors: FieldErrors = {}): AuthFormState {
  return { message, fieldErrors, values };
}

/** The step worked: the form shows its done message (and any codes) instead of itself. */
export function done(codes?: string[]): AuthFormState {
  return codes ? { ...emptyFormState, done: true, codes } : { ...emptyFormState, done: true };
}

/** Done, with a one-time link the staff member passes on themselves (no mail server), shown this once. */
export function doneWithLink(handOver: string): AuthFormState {
  return { ...emptyFormState, done: true, handOver };
}
