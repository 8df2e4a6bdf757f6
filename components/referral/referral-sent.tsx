'use client';
// What the referrer sees once the referral is saved: the reference, the
// private status link (shown this once; the raw token is never stored)
// and what happens next.
import { useEffect, useRef } from 'react';
import { CopyLink } from './copy-link';
import { WhatHappensNext } from './what-happens-next';

type Props = {
  reference: string;
  /** The status page's full address, built from the site's configured address (SITE_URL); null when it was sent before. */
  statusUrl: string | null;
  /** 1 where the confirmation is the page's own heading, 2 under a page heading that stays. */
  headingLevel?: 1 | 2;
};

export function ReferralSent({ reference, statusUrl, headingLevel = 2 }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // A reload now shows the confirmation instead of an empty form; the
    // reference stays out of the address (the page reads this browser's cookie).
    window.history.replaceState(null, '', '/refer/sent');
  }, [reference]);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="sent-heading" className="mt-6 max-w-2xl" data-testid="referral-sent">
      <Heading id="sent-heading" ref={heading} tabIndex={-1} className="text-3xl font-bold text-brand-900 focus:outline-none">
        Referral sent
      </Heading>
      <p className="mt-2 text-lg">
        Your reference is <strong data-testid="referral-reference">{reference}</strong>. Please quote it if you call us.
      </p>
      {statusUrl ? (
        <div className="mt-4 rounded border border-brand-700 bg-brand-50 p-4">
          <Sub className="text-xl font-semibold">Your private status link</Sub>
          <p className="mt-1">
            This link shows the status of the referral, never your client&apos;s details. We have also emailed it to you. Keep it
            safe: we show it only this once.
          </p>
          <CopyLink id="status-url" label="Status link" url={statusUrl} />
          <p className="mt-3">
            <a href={statusUrl} className="inline-flex min-h-11 items-center font-semibold" data-testid="status-link">
              Open the status page
            </a>
          </p>
        </div>
      ) : (
        <p className="mt-4">We already had this referral. Its private status link is in the email we sent you.</p>
      )}
      <WhatHappensNext headingLevel={headingLevel === 1 ? 2 : 3} />
    </section>
  );
}
