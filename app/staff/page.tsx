import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';
import { getDashboardCounts, WORK_QUEUE_LINKS as L } from '@/lib/staff/dashboard-data';

export const metadata: Metadata = { title: 'Dashboard' };

type Card = { n: number; one: string; many: string; href: string; testId: string };

/** The work queue: each count links to the list filtered to exactly what it counts. */
export default async function StaffDashboardPage() {
  const session = await requireStaffPage();
  const c = await getDashboardCounts(new Date(), session.referralAccess);
  const cards: Card[] = [
    ...(c.newReferrals === null ? [] : [{ n: c.newReferrals, one: 'new referral', many: 'new referrals', href: L.newReferrals, testId: 'count-new-referrals' }]),
    { n: c.pendingSubmissions, one: 'submission waiting for review', many: 'submissions waiting for review', href: L.pendingSubmissions, testId: 'count-pending-submissions' },
    { n: c.staleListings, one: 'listing overdue for checking', many: 'listings overdue for checking', href: L.staleListings, testId: 'count-stale-listings' },
    { n: c.failedMail, one: 'email that failed and is being retried', many: 'emails that failed and are being retried', href: L.failedMail, testId: 'count-failed-mail' },
    { n: c.gaveUpMail, one: 'email given up on', many: 'emails given up on', href: L.gaveUpMail, testId: 'count-gave-up-mail' },
  ];
  const waiting = cards.reduce((sum, card) => sum + card.n, 0);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Dashboard</h1>
      <p className="mt-2">Welcome, {session.name}. {waiting === 0 ? 'Nothing is waiting.' : 'Here is what is waiting.'}</p>
      <h2 className="mt-6 text-xl font-bold text-brand-900">Work queue</h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <li key={card.testId} className={`rounded border p-4 ${card.n > 0 ? 'border-brand-700 bg-brand-50' : 'border-slate-300'}`}>
            <Link href={card.href} className="block no-underline" data-testid={`${card.testId}-link`}>
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
