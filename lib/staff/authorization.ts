// The refusal every staff check throws, and the referral-access check that
// lib/ functions handing out referrals make themselves. Kept apart from the
// guard (lib/staff/guards.ts) so a domain's data module can check a session
// it was given without loading sign-in and cookies.
import type { StaffSession } from './guards.ts';

/** Its message is safe to show. */
export class AuthorizationError extends Error {
  constructor(message = 'You are not allowed to do that.') {
    super(message);
    this.name = 'AuthorizationError';
  }
}

export const REFERRAL_ACCESS_REFUSED = 'Only staff given referral access can do that.';

/**
 * The caller's session must carry referral access, so a page or action
 * that forgot its guard still gets nothing.
 */
export function assertReferralAccess(actor: Pick<StaffSession, 'referralAccess'>): void {
  if (actor.referralAccess !== true) throw new AuthorizationError(REFERRAL_ACCESS_REFUSED);
}
