import Link from 'next/link';

export function WhatHappensNext({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="mt-6 text-xl font-semibold">What happens next</Heading>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>Our team reviews the referral, usually within two business days.</li>
        <li>We contact your client the way you asked, or you, if you asked us to.</li>
        <li>We email you each time the status changes.</li>
      </ol>
      <p className="mt-4">
        <Link href="/refer">Refer another client</Link> · <Link href="/groups">Back to the directory</Link>
      </p>
    </>
  );
}
