import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { TotpSetup } from '@/components/staff/auth/totp-setup';
import { requireStaffPage } from '@/lib/staff/guards';
import { offerEnrolment } from '@/lib/staff/totp-enrolment';
import { getOwnAccount } from '@/lib/staff/own-account-data';
import { enrolTwoFactorAction } from '../actions/enrol-two-factor-action';

export const metadata: Metadata = { title: 'Set up two-factor sign-in' };

export default async function EnrolTwoFactorPage() {
  const session = await requireStaffPage();
  const account = await getOwnAccount(session.userId);
  const offer = await offerEnrolment(session.userId, session.email);
  return (
    <>
      <p><Link href="/staff/account">My account</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Set up two-factor sign-in</h1>
      {account?.totpEnabledAt && (
        <p className="mt-2">Two-factor is already on. Setting it up again replaces your app&rsquo;s entry and your recovery codes.</p>
      )}
      <TotpSetup offer={offer} />
      <AuthForm
        action={enrolTwoFactorAction}
        idPrefix="enrol"
        hidden={{ sealed: offer.sealed }}
        fields={[
          { name: 'code', label: '6-digit code from the app', autoComplete: 'one-time-code', inputMode: 'numeric' },
          // Asked again so a browser left open cannot bind someone else's phone.
          { name: 'current', label: 'Your password, to turn on two-factor', type: 'password', autoComplete: 'current-password' },
        ]}
        submitLabel="Turn on two-factor"
        doneMessage="Two-factor sign-in is on. From now on you sign in with your password and a code."
        doneLink={{ href: '/staff/account', label: 'I have saved my recovery codes — back to My account' }}
      />
    </>
  );
}
