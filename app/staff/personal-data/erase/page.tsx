import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { requireStaffPage } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { openCase } from '@/lib/privacy/case';
import { findPersonalData } from '@/lib/privacy/find-data';
import { erasePersonalDataAction } from '../actions/erase-personal-data-action';

export const metadata: Metadata = { title: 'Erase personal data' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The confirmation step of an erasure: what will go, what stays, and a box
// to tick. A page of its own, so it works without JavaScript.
export default async function ErasePersonalDataPage({ searchParams }: Props) {
  const me = await requireStaffPage('REFERRALS');
  const sp = await searchParams;
  const caseToken = typeof sp.case === 'string' ? sp.case : '';
  const query = await openCase(me.userId, caseToken);
  if (!query) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">Erase personal data</h1>
        <p role="alert" className="mt-3 font-semibold">That search has expired (they last half an hour). <Link href="/staff/personal-data">Search again</Link>.</p>
      </>
    );
  }
  const { counts } = await findPersonalData(query, { actor: me, ip: await getRequestIp() }, 'privacy.view');
  const who = [query.email, query.phone].filter(Boolean).join(' or ');
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href={`/staff/personal-data?case=${encodeURIComponent(caseToken)}`}>Back to what is held</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Erase everything held about {who}</h1>
      {sp.error === 'confirm' && <p role="alert" className="mt-3 rounded border-2 border-red-800 bg-red-50 p-3 font-semibold">Tick the box to confirm the erasure.</p>}
      <ul className="mt-4 list-disc space-y-1 pl-6" data-testid="erase-summary">
        <li>{counts.referralsAsClient} referral(s) lose the client’s name, contact, accessibility needs, best times and every note; their status and dates stay for the statistics.</li>
        <li>{counts.referralsAsReferrer} referral(s) lose the referrer’s name, email and phone.</li>
        <li>{counts.messages} message(s) in the outbox, sent or waiting, are deleted.</li>
        <li>{counts.submissions} submission(s) to the directory are deleted.</li>
        <li>{counts.loginAttempts} sign-in attempt(s) with this address are deleted.</li>
        {counts.staffAccounts + counts.listings > 0 && <li>Not erased here: {counts.staffAccounts} staff account(s) and {counts.listings} group listing(s) — disable the account, or change the listing’s contact, on their own pages.</li>}
      </ul>
      <p className="mt-3 max-w-prose">This cannot be undone. The audit trail will record that an erasure happened, by you, and how many records of each kind, but not what they held.</p>
      <form action={erasePersonalDataAction} className="mt-4 space-y-3">
        <input type="hidden" name="case" value={caseToken} />
        <p>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" required className="h-4 w-4" />
            I confirm: erase everything listed above
          </label>
        </p>
        <Button>Erase</Button>
      </form>
    </>
  );
}
