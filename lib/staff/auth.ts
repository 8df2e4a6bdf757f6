// Auth.js (next-auth v5) for the staff console: JWT sessions issued by a
// Credentials provider that only accepts a sign-in ticket from our own
// password + two-factor steps (lib/staff/sign-in-ticket.ts). See
// docs/decisions/009-staff-authentication.md.
import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth-config';
import { redeemSignInTicket } from './sign-in-ticket';

export const { auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig(),
  providers: [
    Credentials({
      id: 'staff-ticket',
      credentials: { ticket: {} },
      authorize: async (credentials) => redeemSignInTicket(typeof credentials.ticket === 'string' ? credentials.ticket : ''),
    }),
  ],
}));
