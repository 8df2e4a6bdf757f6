import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { readPendingSignIn } from '@/lib/staff/pending-sign-in';
import { secondFactorAction } from '../../actions/second-factor-action';

export const metadata: Metadata = { title: 'Two-factor check' };

export default async function TwoFactorPage() {
  const pending = await readPendingSignIn();
  if (pending?.step !== 'second-factor') redirect('/staff/sign-in?ended=1');
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Enter your two-factor code</h1>
      <p className="mt-2">Open your authenticator app and enter the 6-digit code it shows for this directory.</p>
      <AuthForm
        action={secondFactorAction}
        idPrefix="two-factor"
        fields={[
          {
            name: 'code',
            label: 'Code',
            autoComplete: 'one-time-code',
            hint: 'Lost your phone? Enter one of your recovery codes instead (like abcde-fghjk). Each works once.',
          },
        ]}
        submitLabel="Continue"
      />
      <p className="mt-6">
        <Link href="/staff/sign-in">Start again</Link>
      </p>
    </>
  );
}
