import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { TotpSetup } from '@/components/staff/auth/totp-setup';
import { readPendingSignIn } from '@/lib/staff/pending-sign-in';
import { offerEnrolment } from '@/lib/staff/totp-enrolment';
import { getPendingAccount } from '@/lib/staff/sign-in-data';
import { enrolAtSignInAction } from '../../actions/enrol-at-sign-in-action';

export const metadata: Metadata = { title: 'Set up two-factor sign-in' };

export default async function EnrolAtSignInPage() {
  const pending = await readPendingSignIn();
  const account = pending?.step === 'enrol' ? await getPendingAccount(pending) : null;
  if (!account) redirect('/staff/sign-in?ended=1');
  const offer = await offerEnrolment(account.id, account.email);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Set up two-factor sign-in</h1>
      <p className="mt-2">
        Administrators and staff who work on referrals sign in with a password and a code from an authenticator app. Set it up now
        to continue — it takes a minute.
      </p>
      {account.totpEnabledAt ? (
        <p className="mt-4">
          Two-factor sign-in is set up. <a href={pending?.next ?? '/staff'}>Continue to the console</a>.
        </p>
      ) : (
        <TotpSetup offer={offer} />
      )}
      <AuthForm
        action={enrolAtSignInAction}
        idPrefix="enrol"
        hidden={{ sealed: offer.sealed }}
        fields={[
          { name: 'code', label: '6-digit code from the app', autoComplete: 'one-time-code', inputMode: 'numeric' },
          // Asked again so a browser left open cannot bind someone else's phone.
          { name: 'current', label: 'Your password, to turn on two-factor', type: 'password', autoComplete: 'current-password' },
        ]}
        submitLabel="Turn on two-factor"
        doneMessage="Two-factor sign-in is on, and you are signed in."
        doneLink={{ href: pending?.next ?? '/staff', label: 'I have saved my recovery codes — continue' }}
      />
    </>
  );
}
