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

/** What "Mark as checked today" returns to the editor, so it can carry on without reloading. */
export type CheckedState = {
  /** When the listing was marked as checked (ISO), by whom; null until then. */
  checkedAt: string | null;
  checkedBy: string | null;
  /** The listing's version after the check, and the version the form had: equal to one less means nothing else changed. */
  version: number | null;
  formVersion: number | null;
  message: string | null;
};

export const initialCheckedState: CheckedState = { checkedAt: null, checkedBy: null, version: null, formVersion: null, message: null };
