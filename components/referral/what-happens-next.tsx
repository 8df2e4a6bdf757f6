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
      <ul className="mt-4 flex flex-wrap gap-x-6">
        <li>
          <Link href="/refer" className="inline-flex min-h-11 items-center">
            Refer another client
          </Link>
        </li>
        <li>
          <Link href="/groups" className="inline-flex min-h-11 items-center">
            Back to the directory
          </Link>
        </li>
      </ul>
    </>
  );
}
