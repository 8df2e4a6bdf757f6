// What the "Contact this group" action returns and its form starts from.
import { initialFormState, type FormState } from '../forms/form-state.ts';
import { emptyContactValues, type ContactFormValues } from './contact-schema.ts';

/** `attempt` counts refused posts, so the form moves focus to the error summary on each one. */
export type ContactFormState = FormState<ContactFormValues, { attempt: number }>;

export function initialContactState(groupSlug: string): ContactFormState {
  return initialFormState(emptyContactValues(groupSlug), { attempt: 0 });
}
