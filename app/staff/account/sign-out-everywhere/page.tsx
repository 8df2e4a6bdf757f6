import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/staff/guards';
import { signOutAction } from '../../actions/sign-out-action';

export const metadata: Metadata = { title: 'Sign out everywhere' };

/** The second step of "Sign out everywhere": a page, so it asks first with or without JavaScript. */
export default async function SignOutEverywherePage() {
  await requireStaffPage();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Sign out everywhere?</h1>
      <p className="mt-4 max-w-prose">
        This ends your sessions on every device and browser, this one included: a phone, a shared computer, anywhere you are still signed in. Use it if you lost a device or signed in somewhere you should not have. You will need to sign in again afterwards.
      </p>
      <p className="mt-2 max-w-prose">To leave only this browser, use “Sign out” in the account menu instead.</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <form action={signOutAction}>
          <button type="submit" className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">Yes, sign out everywhere</button>
        </form>
        <Link href="/staff" className="inline-flex min-h-11 items-center">No, go back to the dashboard</Link>
      </div>
    </>
  );
}
