import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/staff/auth/auth-form';
import { safeNextPath } from '@/lib/staff/schema';
import { signInAction } from '../actions/sign-in-action';

export const metadata: Metadata = { title: 'Staff sign-in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  ended: 'Your session has ended. Please sign in again.',
  'signed-out': 'You are signed out on every device.',
  'signed-out-here': 'You are signed out in this browser.',
  reset: 'Your password has been changed. Sign in with the new one.',
};

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const next = safeNextPath(sp.next);
  const notice = Object.keys(NOTICES).find((k) => sp[k] === '1');
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Staff sign-in</h1>
      <p className="mt-2">For clearinghouse staff who keep the directory up to date.</p>
      {notice && (
        <p role="status" className="mt-4 rounded border-2 border-brand-700 bg-brand-50 p-3 font-semibold">
          {NOTICES[notice]}
        </p>
      )}
      <AuthForm
        action={signInAction}
        idPrefix="sign-in"
        hidden={{ next }}
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
        ]}
        submitLabel="Sign in"
      />
      <p className="mt-6">
        <Link href="/staff/forgot-password">Forgot your password?</Link>
      </p>
    </>
  );
}
