import type { FormState } from '../forms/form-state.ts';
import type { SubmissionFormValues } from './schema.ts';

/** The public "List your group" form: values as typed, messages per field. */
export type SubmissionFormState = FormState<SubmissionFormValues>;
