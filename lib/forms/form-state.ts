// What every form's server action returns and the form starts from
// (useActionState): the values as typed, so a refused form comes back as it
// was sent; messages per field; one message for the whole form. A domain
// adds what only it needs (a version, a conflict, recovery codes…).
import type { FieldErrors } from './field-errors.ts';

type NoExtra = Record<never, never>;

export type FormState<V, Extra extends object = NoExtra> = { values: V; fieldErrors: FieldErrors; message: string | null } & Extra;

/** A form as first shown: nothing refused yet. */
export function initialFormState<V>(values: V): FormState<V>;
export function initialFormState<V, Extra extends object>(values: V, extra: Extra): FormState<V, Extra>;
export function initialFormState<V>(values: V, extra: object = {}): FormState<V> {
  return { ...extra, values, fieldErrors: {}, message: null };
}
