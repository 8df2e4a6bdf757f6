// The console's front page: what is waiting for staff.
import 'server-only';
import { db } from '@/lib/db';
import { staleBefore } from '../listings/staff-list-data';

/** `newReferrals` is null for staff without referral access: their console has no referrals. */
export type DashboardCounts = { newReferrals: number | null; pendingSubmissions: number; problemReports: number; staleListings: number };

/** Stale: published and never verified, or verified 12 months ago or more (the listings filter's rule). */
export async function getDashboardCounts(now = new Date(), withReferrals = false): Promise<DashboardCounts> {
  const [newReferrals, pendingSubmissions, problemReports, staleListings] = await Promise.all([
    withReferrals ? db.referral.count({ where: { status: 'NEW' } }) : null,
    db.submission.count({ where: { status: 'PENDING', kind: { in: ['NEW_GROUP', 'UPDATE'] } } }),
    db.submission.count({ where: { status: 'PENDING', kind: 'PROBLEM_REPORT' } }),
    db.group.count({ where: { status: 'PUBLISHED', OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: staleBefore(now) } }] } }),
  ]);
  return { newReferrals, pendingSubmissions, problemReports, staleListings };
}
