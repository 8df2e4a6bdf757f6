// The one place that touches the Auth.js session cookie: reading its claims
// (for the guard) and writing or clearing it (sign-in, sign-out). Tests
// replace this module (vi.mock) to inject an identity while every account
// check in the guard stays real.
import 'server-only';
import { CredentialsSignin } from 'next-auth';
import type { SessionClaims } from './policy';
import { auth, signIn, signOut } from './auth';
import { issueSignInTicket } from './sign-in-ticket';

export type { SessionClaims };

export async function readSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  return session?.claims ?? null;
}

/**
 * Sets the session cookie once every factor has been checked; false if the
 * account changed in between (disabled, signed out). See sign-in-ticket.ts.
 */
export async function startStaffSession(userId: string, sessionVersion: number): Promise<boolean> {
  const ticket = await issueSignInTicket(userId, sessionVersion);
  try {
    await signIn('staff-ticket', { ticket, redirect: false });
    return true;
  } catch (err) {
    if (err instanceof CredentialsSignin) return false;
    throw err;
  }
}

/** Clears this browser's cookie (the caller bumps sessionVersion to end the others). */
export async function clearSessionCookie(): Promise<void> {
  await signOut({ redirect: false });
}
