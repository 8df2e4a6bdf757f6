'use server';
import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/staff/session';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { recordSignOutHere } from '@/lib/staff/own-account-data';

/** Ends the session in this browser only (clears its cookie); other devices stay signed in. */
export async function signOutHereAction(): Promise<void> {
  const session = await authorizeAction('auth.sign-out-here');
  await recordSignOutHere(session, await getRequestIp());
  await clearSessionCookie();
  redirect('/staff/sign-in?signed-out-here=1');
}
