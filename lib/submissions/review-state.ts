import { initialFormState, type FormState } from '../forms/form-state.ts';
import type { ProposalValues } from './schema.ts';
import type { DecisionValues } from './review-schema.ts';

/** What a moderation action returns to its form: a message and, for edits, the typed proposal. */
export type ReviewFormState = FormState<ProposalValues | null>;
/** Nothing refused yet: the starting state of every moderation form. */
export const emptyReviewState: FormState<null> = initialFormState(null);

/** The decide form's state: the ticks and the reason as sent, so a refusal keeps them. */
export type DecisionFormState = FormState<DecisionValues | null>;
