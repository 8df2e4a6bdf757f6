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

const blankToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);

/**
 * The referral page's one form: a note, a new status, or both. No status is
 * chosen until staff choose one: a missing or empty status means "keep it"
 * (null), so a stray click on Save can never mail the referrer. `version`
 * is the newest history entry the form was drawn from; `confirm` is the
 * digest of the message to the referrer that staff were shown and accepted.
 */
export const referralWorkSchema = z
  .object({
    version: z.string().regex(/^[a-z0-9]{10,40}$/, 'Open the referral again and repeat the change.'),
    status: z.preprocess(blankToNull, z.enum(REFERRAL_STATUSES, { error: 'Choose one of the statuses offered.' }).nullable()),
    note: z.preprocess((v) => v ?? '', z.string().trim().max(2000, 'Keep the note to 2,000 characters or fewer.').refine(readable({ multiline: true }), UNREADABLE_TEXT)),
    confirm: z.preprocess(blankToNull, z.string().regex(/^[0-9a-f]{64}$/, 'Look at the message again and confirm it.').nullable()),
  })
  .refine((v) => v.status !== null || v.note !== '', { path: ['note'], message: 'Write a note, or choose a new status.' });
export type ReferralWork = z.output<typeof referralWorkSchema>;

export function readReferralWork(form: FormData) {
  return referralWorkSchema.safeParse({ version: form.get('version'), status: form.get('status'), note: form.get('note'), confirm: form.get('confirm') });
}
