import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';
import { getDashboardCounts } from '@/lib/staff/dashboard-data';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function StaffDashboardPage() {
  const session = await requireStaffPage();
  const c = await getDashboardCounts(new Date(), session.referralAccess);
  const cards = [
    ...(c.newReferrals === null ? [] : [{ n: c.newReferrals, one: 'new referral', many: 'new referrals', href: '/staff/referrals?status=NEW', testId: 'count-new-referrals' }]),
    { n: c.pendingSubmissions, one: 'submitted listing to review', many: 'submitted listings to review', href: '/staff/submissions', testId: 'count-pending-submissions' },
    { n: c.problemReports, one: 'problem report', many: 'problem reports', href: '/staff/submissions?kind=PROBLEM_REPORT', testId: 'count-problem-reports' },
    { n: c.staleListings, one: 'listing not verified for a year', many: 'listings not verified for a year', href: '/staff/listings?status=PUBLISHED&stale=1', testId: 'count-stale-listings' },
  ];
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Dashboard</h1>
      <p className="mt-2">Welcome, {session.name}. Here is what is waiting.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <li key={card.href} className="rounded border border-slate-300 p-4">
            <Link href={card.href} className="block no-underline">
              <span className="block text-4xl font-bold text-brand-900" data-testid={card.testId}>
                {card.n}
              </span>
              <span className="underline">{card.n === 1 ? card.one : card.many}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
