import type { Metadata } from 'next';
import Link from 'next/link';
import { WhatHappensNext } from '@/components/referral/what-happens-next';
import { readSentReferral } from '@/lib/referrals/sent-receipt';

export const metadata: Metadata = { title: 'Referral sent', robots: { index: false } };

// Where the form leaves the address bar after sending, so a reload shows
// this instead of an empty form. The reference comes from the sending
// browser's own cookie, never from the address: anyone else, whatever they
// put in the address, sees the same general page.
export default async function ReferralSentPage() {
  const reference = await readSentReferral();
  if (!reference) {
    return (
      <section className="max-w-2xl" aria-labelledby="sent-heading">
        <h1 id="sent-heading" className="text-3xl font-bold text-brand-900">
          Referral confirmation
        </h1>
        <p className="mt-2 text-lg">
          We show a referral&apos;s reference here only in the browser that sent it, for 30 minutes after sending.
        </p>
        <p className="mt-2">If you sent a referral, its reference and your private status link are in the email we sent you.</p>
        <p className="mt-4">
          <Link href="/refer" className="inline-flex min-h-11 items-center font-semibold">
            Refer a client
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="max-w-2xl" aria-labelledby="sent-heading">
      <h1 id="sent-heading" className="text-3xl font-bold text-brand-900">
        Referral sent
      </h1>
      <p className="mt-2 text-lg">
        Your reference is <strong>{reference}</strong>. Please quote it if you call us.
      </p>
      <p className="mt-2">We have emailed you the reference and a private link to follow the referral&apos;s progress.</p>
      <WhatHappensNext headingLevel={2} />
    </section>
  );
}
