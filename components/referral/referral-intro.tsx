import Link from 'next/link';

/** Shown above the form: who it is for, and where urgent help is. */
export function ReferralIntro() {
  return (
    <div className="mt-2 space-y-2">
      <p>
        For doctors, counsellors, social workers and other professionals. We pass the referral to the group or help your client
        find one, and keep you informed. It takes about five minutes.
      </p>
      <p>
        Is your client in crisis? Do not use this form: call <strong>911</strong> or call or text <strong>9-8-8</strong>.
      </p>
      <p className="text-sm">
        <Link href="/refer/privacy" className="inline-flex min-h-11 items-center">
          How we handle referral details
        </Link>
      </p>
    </div>
  );
}
