import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { requireStaffPage } from '@/lib/staff/guards';
import { getOwnAccount } from '@/lib/staff/own-account-data';
import { needsTwoFactor } from '@/lib/staff/policy';
import { PASSWORD_MIN } from '@/lib/staff/schema';
import { changePasswordAction } from './actions/change-password-action';
import { disableTwoFactorAction } from './actions/disable-two-factor-action';
import { regenerateRecoveryCodesAction } from './actions/regenerate-recovery-codes-action';

export const metadata: Metadata = { title: 'My account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const CURRENT = { name: 'current', label: 'Current password', type: 'password', autoComplete: 'current-password' } as const;
// Each confirming field gets its own label, so the page never has two the same.
const confirmWith = (purpose: string) => ({ ...CURRENT, label: `Your password, to ${purpose}` });

export default async function MyAccountPage({ searchParams }: Props) {
  const session = await requireStaffPage();
  const account = await getOwnAccount(session.userId);
  if (!account) return null;
  const left = (await searchParams)['recovery-codes-left'];
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">My account</h1>
      {typeof left === 'string' && /^\d+$/.test(left) && (
        <p role="status" className="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-3 font-semibold">
          You signed in with a recovery code; {left} left. If you lost your phone, set up two-factor again below.
        </p>
      )}
      <p className="mt-2">
        {account.name}, <span className="break-all">{account.email}</span> — {account.role === 'ADMIN' ? 'administrator' : 'editor'}
        {session.referralAccess ? ', with referral access' : ''}.
      </p>

      <section aria-labelledby="tfa-heading" className="mt-8">
        <h2 id="tfa-heading" className="text-2xl font-semibold">Two-factor sign-in</h2>
        {account.totpEnabledAt ? (
          <>
            <p className="mt-1">On. {account.recoveryCodesLeft} unused recovery {account.recoveryCodesLeft === 1 ? 'code' : 'codes'}.</p>
            <p className="mt-2"><Link href="/staff/account/two-factor">Set up a new phone</Link></p>
            <h3 className="mt-4 text-xl font-semibold">New recovery codes</h3>
            <p>Replaces all your old codes.</p>
            <AuthForm action={regenerateRecoveryCodesAction} idPrefix="codes" fields={[confirmWith('make new codes')]} submitLabel="Make new recovery codes" secondary doneMessage="Your old recovery codes no longer work." />
            {!needsTwoFactor(session) && (
              <>
                <h3 className="mt-4 text-xl font-semibold">Turn two-factor off</h3>
                <AuthForm action={disableTwoFactorAction} idPrefix="tfa-off" fields={[confirmWith('turn two-factor off')]} submitLabel="Turn two-factor off" secondary doneMessage="Two-factor sign-in is off." />
              </>
            )}
          </>
        ) : (
          <>
            <p className="mt-1">Off. A code from an authenticator app protects your account even if your password leaks.</p>
            <p className="mt-2"><Link href="/staff/account/two-factor" className="font-semibold">Set up two-factor sign-in</Link></p>
          </>
        )}
      </section>

      <section aria-labelledby="password-heading" className="mt-8">
        <h2 id="password-heading" className="text-2xl font-semibold">Change password</h2>
        <p className="mt-1">Signs you out on every other device.</p>
        <AuthForm
          action={changePasswordAction}
          idPrefix="password"
          fields={[
            CURRENT,
            { name: 'password', label: 'New password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_MIN} characters. A few unrelated words work well.` },
            { name: 'confirm', label: 'New password again', type: 'password', autoComplete: 'new-password' },
          ]}
          submitLabel="Change password"
          doneMessage="Password changed. Other devices are signed out."
        />
      </section>
    </>
  );
}
