import { initialFormState, type FormState } from '../forms/form-state.ts';
import type { ProposalValues } from './schema.ts';

/** What a moderation action returns to its form: a message and, for edits, the typed proposal. */
export type ReviewFormState = FormState<ProposalValues | null>;
export const emptyReviewState: ReviewFormState = initialFormState(null);
