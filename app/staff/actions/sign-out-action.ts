'use server';
import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/auth/session';
import { authorizeAction } from '@/lib/auth/guards';
import { getRequestIp } from '@/lib/auth/request-ip';
import { endAllSessions } from '@/lib/data/staff-own-account';

/** Ends every session of the account (bumps its session version), then clears this browser's cookie. */
export async function signOutAction(): Promise<void> {
  const session = await authorizeAction('auth.sign-out');
  await endAllSessions(session, await getRequestIp());
  await clearSessionCookie();
  redirect('/staff/sign-in?signed-out=1');
}
