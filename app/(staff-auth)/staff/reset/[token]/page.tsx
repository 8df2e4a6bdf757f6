import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { findLiveToken } from '@/lib/staff/tokens-data';
import { PASSWORD_MIN } from '@/lib/staff/schema';
import { resetPasswordAction } from '../../actions/reset-password-action';

export const metadata: Metadata = { title: 'Choose a new password' };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const live = await findLiveToken('PASSWORD_RESET', token);
  if (!live) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">This link no longer works</h1>
        <p className="mt-2">Reset links work once, for one hour.</p>
        <p className="mt-4">
          <Link href="/staff/forgot-password">Ask for a new link</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Choose a new password</h1>
      <p className="mt-2">For {live.email}. Changing it signs you out everywhere.</p>
      <AuthForm
        action={resetPasswordAction}
        idPrefix="reset"
        hidden={{ token }}
        fields={[
          { name: 'password', label: 'New password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_MIN} characters. A few unrelated words work well.` },
          { name: 'confirm', label: 'New password again', type: 'password', autoComplete: 'new-password' },
        ]}
        submitLabel="Save the new password"
      />
    </>
  );
}
