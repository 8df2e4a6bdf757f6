'use client';
// What the referrer sees once the referral is saved: the reference, the
// private status link (shown this once; the raw token is never stored)
// and what happens next.
import { useEffect, useRef } from 'react';
import { WhatHappensNext } from './what-happens-next';

type Props = { reference: string; statusPath: string | null; statusUrl: string | null };

export function ReferralSent({ reference, statusPath, statusUrl }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // A reload now shows the confirmation instead of an empty form.
    window.history.replaceState(null, '', `/refer/sent?ref=${encodeURIComponent(reference)}`);
  }, [reference]);
  return (
    <section aria-labelledby="sent-heading" className="mt-6 max-w-2xl" data-testid="referral-sent">
      <h2 id="sent-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-900 focus:outline-none">
        Referral sent
      </h2>
      <p className="mt-2 text-lg">
        Your reference is <strong data-testid="referral-reference">{reference}</strong>. Please quote it if you call us.
      </p>
      {statusPath && statusUrl ? (
        <div className="mt-4 rounded border border-brand-700 bg-brand-50 p-4">
          <h3 className="font-semibold">Your private status link</h3>
          <p className="mt-1">
            This link shows the status of the referral, never your client&apos;s details. We have also emailed it to you. Keep it
            safe: we show it only this once.
          </p>
          <p className="mt-2 break-all">
            <a href={statusPath} data-testid="status-link">
              {statusUrl}
            </a>
          </p>
        </div>
      ) : (
        <p className="mt-4">We already had this referral. Its private status link is in the email we sent you.</p>
      )}
      <WhatHappensNext />
    </section>
  );
}
