// What the referral form's server action returns, and the form starts from.
import { initialFormState, type FormState } from '../forms/form-state.ts';
import { emptyValues, type ReferralFormValues } from './schema.ts';

export type ReferralFormState =
  | FormState<
      ReferralFormValues,
      {
        status: 'editing';
        crisis: boolean;
        /** Bumped on every answer so the form moves focus to the summary again. */
        attempt: number;
      }
    >
  /** statusUrl is absolute, from SITE_URL; null when the same form was sent before (the link went out then). */
  | { status: 'sent'; reference: string; statusUrl: string | null };

export function initialReferralState(idempotencyKey: string, groupSlug = ''): ReferralFormState {
  return initialFormState(emptyValues(idempotencyKey, groupSlug), { status: 'editing', crisis: false, attempt: 0 });
}
