import type { FieldErrors } from '../validation/form-values.ts';
import type { ProposalValues } from '../validation/submission.ts';

/** What a moderation action returns to its form: a message and, for edits, the typed proposal. */
export type ReviewFormState = { message: string | null; fieldErrors: FieldErrors; values: ProposalValues | null };
export const emptyReviewState: ReviewFormState = { message: null, fieldErrors: {}, values: null };
