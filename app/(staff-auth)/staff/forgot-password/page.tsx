import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { forgotPasswordAction } from '../actions/forgot-password-action';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Forgot your password?</h1>
      <p className="mt-2">Enter the email address of your staff account. We will send a link to choose a new password; it works once, for one hour.</p>
      <AuthForm
        action={forgotPasswordAction}
        idPrefix="forgot"
        fields={[{ name: 'email', label: 'Email', type: 'email', autoComplete: 'username' }]}
        submitLabel="Send the link"
        doneMessage="If that address belongs to a staff account, a reset link is on its way. Check your inbox (and spam folder) in a few minutes."
        doneLink={{ href: '/staff/sign-in', label: 'Back to sign-in' }}
      />
      <p className="mt-6">
        <Link href="/staff/sign-in">Back to sign-in</Link>
      </p>
    </>
  );
}
