// Referral statuses in plain words, for the referrer's status page and mail.
import type { ReferralStatus } from '../generated/prisma/enums.ts';

export const STATUS_WORDS: Record<ReferralStatus, { label: string; meaning: string }> = {
  NEW: { label: 'Received', meaning: 'We have your referral. Someone from our team will look at it soon.' },
  IN_PROGRESS: { label: 'In progress', meaning: 'Our team is working on it and may be in touch with your client or the group.' },
  CONNECTED: { label: 'Connected', meaning: 'Your client has been put in touch with a group.' },
  COULD_NOT_CONTACT: { label: 'Could not reach your client', meaning: 'We tried to reach your client but could not. You may want to check in with them.' },
  NOT_SUITABLE: { label: 'No suitable group', meaning: 'We could not find a group that suits your client right now.' },
  CLOSED: { label: 'Closed', meaning: 'This referral is closed.' },
};

/** Statuses that end a referral: they set closedAt, from which retention counts. */
export const CLOSED_STATUSES: readonly ReferralStatus[] = ['CONNECTED', 'COULD_NOT_CONTACT', 'NOT_SUITABLE', 'CLOSED'];
