// Staff handling of referrals: the status workflow, the inbox filters and
// the small forms of the referral page.
import { z } from 'zod';
import type { ReferralStatus } from '../generated/prisma/enums.ts';
import { readable, UNREADABLE_TEXT } from '../forms/readable-text.ts';

// The inbox's filters live in inbox-filters.ts; these names stay importable from here.
import { REFERRAL_STATUSES } from './inbox-filters.ts';
export { parseReferralInbox, readReferralInbox, referralInboxQuery, REFERRAL_STATUSES, type ReferralInboxFilters } from './inbox-filters.ts';

/** NEW → IN_PROGRESS → CONNECTED / COULD_NOT_CONTACT / NOT_SUITABLE → CLOSED. Nothing else. */
export const NEXT_STATUSES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  NEW: ['IN_PROGRESS'],
  IN_PROGRESS: ['CONNECTED', 'COULD_NOT_CONTACT', 'NOT_SUITABLE'],
  CONNECTED: ['CLOSED'],
  COULD_NOT_CONTACT: ['CLOSED'],
  NOT_SUITABLE: ['CLOSED'],
  CLOSED: [],
};

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export const referralStatusFormSchema = z.object({
  status: z.enum(REFERRAL_STATUSES, { error: 'Choose the new status.' }),
  note: z.string().trim().max(2000, 'Keep the note to 2,000 characters or fewer.').refine(readable({ multiline: true }), UNREADABLE_TEXT),
});

export const referralNoteSchema = z.string().trim().min(1, 'Write the note first.').max(2000, 'Keep the note to 2,000 characters or fewer.').refine(readable({ multiline: true }), UNREADABLE_TEXT);
