// What the listing editor's save returns to the form (useActionState): the
// values as typed, messages per field, and on a conflict the comparison.
import { initialFormState, type FormState } from '../forms/form-state.ts';
import type { GroupFormValues } from './schema.ts';
import type { FieldDifference } from './compare.ts';

export type GroupFormState = FormState<
  GroupFormValues,
  {
    /** The version the next save must match (moves on after a conflict is shown). */
    version: number | null;
    conflict: FieldDifference[] | null;
  }
>;

export const CONFLICT_MESSAGE = 'Someone else saved this listing while you were editing.';
export const INVALID_MESSAGE = 'The listing was not saved. Correct the fields marked below.';

export function initialGroupFormState(values: GroupFormValues, version: number | null): GroupFormState {
  return initialFormState(values, { version, conflict: null });
}
