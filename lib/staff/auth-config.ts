// The Auth.js settings shared by the app (lib/staff/auth.ts, which adds the
// Credentials provider) and proxy.ts. No database and no 'server-only'
// here: the proxy bundle cannot load either. See docs/decisions/009.
import type { NextAuthConfig } from 'next-auth';
import { env } from '@/lib/env';
import { authSecret } from './auth-secret';
import { sessionExpiry, SESSION_ABSOLUTE_LIFETIME_MS } from './policy';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    claims?: { userId: string; sessionVersion: number; issuedAt: number; lastSeenAt: number };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
    /** When the password and second factor were checked. */
    authAt?: number;
    /** The latest request seen with this cookie. */
    seenAt?: number;
    /** seenAt as it was before this request: what the idle limit is measured from. */
    lastSeenAt?: number;
  }
}

// Refused sign-ins are expected and recorded in LoginAttempt/AuditLog; only
// real faults go to the error log.
const quiet = new Set(['CredentialsSignin', 'JWTSessionError']);

export function authConfig(): NextAuthConfig {
  const e = env();
  return {
    secret: authSecret(e),
    trustHost: true,
    useSecureCookies: e.SITE_URL.startsWith('https:'),
    session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 },
    pages: { signIn: '/staff/sign-in', error: '/staff/sign-in' },
    providers: [],
    callbacks: {
      jwt({ token, user, trigger }) {
        const now = Date.now();
        if (trigger === 'signIn' && user?.id) {
          return { sub: user.id, uid: user.id, sv: user.sessionVersion ?? 0, authAt: now, seenAt: now, lastSeenAt: now };
        }
        if (!token.uid || token.sv === undefined || !token.authAt || !token.seenAt) return null;
        // Returning null clears the cookie: an idle or too-old session ends here
        // as well as in the guard.
        if (sessionExpiry({ issuedAt: token.authAt, lastSeenAt: token.seenAt }, now)) return null;
        return { ...token, lastSeenAt: token.seenAt, seenAt: now };
      },
      session({ session, token }) {
        const claims =
          token.uid && token.sv !== undefined && token.authAt && token.lastSeenAt
            ? { userId: token.uid, sessionVersion: token.sv, issuedAt: token.authAt, lastSeenAt: token.lastSeenAt }
            : undefined;
        return { expires: session.expires, user: { id: token.uid ?? '' }, claims } as typeof session;
      },
    },
    logger: {
      error(error: Error) {
        const type = (error as Error & { type?: string }).type ?? error.name;
        if (quiet.has(type)) console.warn(`[auth] ${type}`);
        else console.error('[auth]', error);
      },
    },
  };
}
