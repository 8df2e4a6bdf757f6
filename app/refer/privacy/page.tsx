import type { Metadata } from 'next';
import Link from 'next/link';
import { env } from '@/lib/env';

export const metadata: Metadata = {
  title: 'How we handle referral details',
  description: 'What happens to the details in a referral, who sees them, how they are protected and when they are deleted.',
};

export default function ReferralPrivacyPage() {
  const e = env();
  const days = e.REFERRAL_RETENTION_DAYS;
  return (
    <article className="max-w-2xl space-y-4" aria-labelledby="privacy-heading">
      <h1 id="privacy-heading" className="text-3xl font-bold text-brand-900">
        How we handle referral details
      </h1>
      <p>
        When you refer a client, you share personal information about them with {e.SITE_NAME}. Please make sure your client
        agrees before you send the referral. This page explains what we do with it.
      </p>

      <h2 className="text-xl font-semibold">What we ask for, and why</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Your name, role, organisation and work contact details, so we can tell you how the referral is going.</li>
        <li>
          Your client&apos;s first name or initials and one way to reach them, so we can connect them with a group. We never ask
          for a full name, a date of birth or a health card number.
        </li>
        <li>Optional details that help: language, accessibility needs, the best times to call, and your notes.</li>
        <li>
          The readiness checklist, which helps our team judge whether a group is the right step now. If your client is in
          crisis or having thoughts of suicide, the form does not send anything and shows where to get urgent help.
        </li>
      </ul>

      <h2 className="text-xl font-semibold">Who sees it</h2>
      <p>
        Only the clearinghouse&apos;s intake staff, signed in to the staff console, can read your client&apos;s details, and
        every time they open a referral it is recorded. The email that tells our team about a new referral does not contain
        your client&apos;s name or contact details. We share with a group only what it needs to welcome your client, and only
        with your client&apos;s agreement. We never sell or publish referral information.
      </p>

      <h2 className="text-xl font-semibold">How it is protected</h2>
      <p>
        Your client&apos;s name, contact details, accessibility needs, best times and your notes are encrypted (AES-256) before
        they are stored, with a key kept apart from the database. They are never written to our logs. The private status
        link we give you shows only the reference, the status and the dates it changed, never your client&apos;s details.
        It stops working after {e.REFERRAL_STATUS_LINK_DAYS} days.
      </p>

      <h2 className="text-xl font-semibold">How long we keep it</h2>
      <p>
        {days} days after a referral is closed — or after it arrived, if it is still open then — we delete your client&apos;s
        details, the notes and your name, email and phone for good, and the emails about it too. We keep only what cannot
        identify anyone — the group or topic, the dates and the status history — to count how many referrals we handle and
        how they turn out.
      </p>

      <h2 className="text-xl font-semibold">Questions or corrections</h2>
      <p>
        Call us at {e.CLEARINGHOUSE_PHONE} with the referral&apos;s reference to correct details or to ask us to delete them
        sooner.
      </p>
      <p>
        <Link href="/refer">Back to the referral form</Link>
      </p>
    </article>
  );
}
