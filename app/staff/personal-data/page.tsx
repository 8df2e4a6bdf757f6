import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { PersonalDataSearchForm } from '@/components/staff/personal-data/search-form';
import { PersonalDataResults } from '@/components/staff/personal-data/personal-data-results';
import { requireStaffPage } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { openCase } from '@/lib/privacy/case';
import { findPersonalData } from '@/lib/privacy/find-data';
import { searchPersonalDataAction } from './actions/search-personal-data-action';
import { correctReferralDetailsAction } from './actions/correct-referral-details-action';

export const metadata: Metadata = { title: 'Personal data' };
// Personal details: never cached, always read (and recorded) afresh.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const count = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : 0);

const ERRORS: Record<string, string> = {
  expired: 'That search has expired (they last half an hour). Search again.',
  correction: 'The correction was not saved: check the values and try again.',
  erased: 'The client’s details on that referral have been erased; there is nothing to correct.',
  'bad-contact': 'That contact does not suit how the client asked to be reached (an email address for email, a phone number for phone or text).',
  'not-found': 'That referral no longer exists.',
};

export default async function PersonalDataPage({ searchParams }: Props) {
  const me = await requireStaffPage('REFERRALS');
  const sp = await searchParams;
  const caseToken = one(sp.case);
  const query = caseToken ? await openCase(me.userId, caseToken) : null;
  const searchError = sp.error === 'email' || sp.error === 'phone' ? sp.error : null;
  const error = caseToken && !query ? ERRORS.expired : ERRORS[one(sp.error) ?? ''];
  const data = query && caseToken ? await findPersonalData(query, { actor: me, ip: await getRequestIp() }, 'privacy.view') : null;
  const erased = sp.done === 'erased';
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Personal data</h1>
      <p className="mt-2 max-w-prose">
        When someone asks what the directory holds about them, or asks for it to be corrected or erased, find it here by their email address or phone number.
        Every search, export, correction and erasure is on the audit trail (without the details themselves).
      </p>
      {error && <p role="alert" className="mt-3 rounded border-2 border-red-800 bg-red-50 p-3 font-semibold">{error}</p>}
      {erased && (
        <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3" data-testid="personal-data-erased">
          Erased: the client’s or referrer’s details on {count(sp.referrals)} referral(s), {count(sp.messages)} message(s), {count(sp.submissions)} submission(s) and {count(sp.attempts)} sign-in attempt(s).
        </p>
      )}
      {sp.done === 'corrected' && <p role="status" className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">The correction was saved. If the email or phone changed, the referral may no longer match this search.</p>}
      <div className="print:hidden"><PersonalDataSearchForm action={searchPersonalDataAction} error={searchError} /></div>
      {data && query && caseToken && (
        <>
          <h2 className="mt-6 text-2xl font-bold text-brand-900">Held about {[query.email, query.phone].filter(Boolean).join(' or ')}</h2>
          <p className="mt-3 flex flex-wrap gap-3 print:hidden">
            <a className={buttonClass({ variant: 'secondary' })} href={`/staff/personal-data/export?case=${encodeURIComponent(caseToken)}`} download>Download as a text file</a>
            <Link className={buttonClass({ variant: 'secondary' })} href={`/staff/personal-data/erase?case=${encodeURIComponent(caseToken)}`}>Erase all of it…</Link>
          </p>
          <PersonalDataResults data={data} caseToken={caseToken} correctAction={correctReferralDetailsAction} />
        </>
      )}
    </>
  );
}
