import type { FieldErrors } from '../validation/form-values.ts';
import type { SubmissionFormValues } from '../validation/submission.ts';

export type SubmissionFormState = { values: SubmissionFormValues; errors: FieldErrors; message: string | null };
