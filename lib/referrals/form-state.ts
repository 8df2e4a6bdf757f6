// What the referral form's server action returns, and the form starts from.
import { emptyValues, type FieldErrors, type ReferralFormValues } from '../validation/referral.ts';

export type ReferralFormState =
  | {
      status: 'editing';
      values: ReferralFormValues;
      errors: FieldErrors;
      /** A refusal that belongs to no single field (rate limit, size, fault). */
      message: string | null;
      crisis: boolean;
      /** Bumped on every answer so the form moves focus to the summary again. */
      attempt: number;
    }
  | { status: 'sent'; reference: string; statusPath: string | null; statusUrl: string | null };

export function initialReferralState(idempotencyKey: string, groupSlug = ''): ReferralFormState {
  return { status: 'editing', values: emptyValues(idempotencyKey, groupSlug), errors: {}, message: null, crisis: false, attempt: 0 };
}
