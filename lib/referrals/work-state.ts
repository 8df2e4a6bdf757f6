// What the referral page's one form (note and/or new status) starts from and
// its server action returns: the values as sent, messages, and — when the
// change would mail the referrer — the exact message, to confirm first.
import { initialFormState, type FormState } from '../forms/form-state.ts';

export type ReferralWorkValues = { status: string; note: string };

/** The second step: the message that will go out, and its digest, which the confirm button sends back. */
export type ReferralMailToConfirm = { status: string; statusLabel: string; to: string; subject: string; text: string; digest: string };

/**
 * `version`: the newest history entry this answer belongs to. Once the
 * referral has moved on (a saved change redirects back to the page), an
 * answer for an older version is not shown: the form starts afresh.
 */
export type ReferralWorkState = FormState<ReferralWorkValues, { confirm: ReferralMailToConfirm | null; version: string | null }>;

/** As first shown: no status chosen ("keep it"), no note. */
export const initialReferralWorkState: ReferralWorkState = initialFormState<ReferralWorkValues, { confirm: null; version: null }>({ status: '', note: '' }, { confirm: null, version: null });
