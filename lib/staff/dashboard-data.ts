// The console's front page: what is waiting for staff, each count matching
// the filtered list it links to.
import 'server-only';
import { db } from '@/lib/db';
import { staleBefore } from '../listings/staff-list-data';
import { countFailedMail } from '../mail/outbox-list-data';

/** Where each count leads: the list filtered to exactly what it counts (tests/integration/work-queue.test.ts holds them to it). */
export const WORK_QUEUE_LINKS = {
  newReferrals: '/staff/referrals?status=NEW&sort=oldest',
  pendingSubmissions: '/staff/submissions?status=PENDING',
  staleListings: '/staff/listings?status=PUBLISHED&stale=1&sort=verified',
  failedMail: '/staff/outbox?state=failed',
  gaveUpMail: '/staff/outbox?state=gave-up',
} as const;

/** `newReferrals` is null for staff without referral access: their console has no referrals. */
export type DashboardCounts = { newReferrals: number | null; pendingSubmissions: number; staleListings: number; failedMail: number; gaveUpMail: number };

/** Stale: published and never verified, or verified 12 months ago or more (the listings filter's rule). */
export async function getDashboardCounts(now = new Date(), withReferrals = false): Promise<DashboardCounts> {
  const [newReferrals, pendingSubmissions, staleListings, mail] = await Promise.all([
    withReferrals ? db.referral.count({ where: { status: 'NEW' } }) : null,
    db.submission.count({ where: { status: 'PENDING' } }),
    db.group.count({ where: { status: 'PUBLISHED', OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: staleBefore(now) } }] } }),
    countFailedMail(),
  ]);
  return { newReferrals, pendingSubmissions, staleListings, failedMail: mail.failed, gaveUpMail: mail.gaveUp };
}
