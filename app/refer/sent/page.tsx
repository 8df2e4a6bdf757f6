import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WhatHappensNext } from '@/components/referral/what-happens-next';
import { referralReferenceExists } from '@/lib/referrals/status-page-data';
import { REFERENCE_PATTERN } from '@/lib/referrals/reference';

export const metadata: Metadata = { title: 'Referral sent', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Where the form leaves the address bar after sending, so a reload shows
// this instead of an empty form. Only the reference: never client details.
export default async function ReferralSentPage({ searchParams }: Props) {
  const ref = (await searchParams).ref;
  const reference = typeof ref === 'string' ? ref.toUpperCase() : '';
  if (!REFERENCE_PATTERN.test(reference) || !(await referralReferenceExists(reference))) notFound();
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
