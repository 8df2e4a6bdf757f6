'use server';
import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/staff/session';
import { authorizeAction } from '@/lib/staff/guards';
import { getRequestIp } from '@/lib/staff/request-ip';
import { endAllSessions } from '@/lib/staff/own-account-data';

/** Ends every session of the account (bumps its session version), then clears this browser's cookie. */
export async function signOutAction(): Promise<void> {
  const session = await authorizeAction('auth.sign-out');
  await endAllSessions(session, await getRequestIp());
  await clearSessionCookie();
  redirect('/staff/sign-in?signed-out=1');
}
