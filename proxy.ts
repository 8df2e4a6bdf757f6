// Next 16 proxy (formerly middleware) for the staff console. It is NOT the
// guard — every page and action checks the account itself (lib/auth/guards)
// — it only keeps the session cookie's idle timer fresh (Auth.js re-issues
// the cookie on each staff request) and tells pages their own path so a
// sign-in can return there. It uses the shared settings without providers
// or database (the proxy bundle cannot load server-only modules).
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/auth-config';

const { auth } = NextAuth(() => authConfig());

export default auth((req) => {
  const headers = new Headers(req.headers);
  headers.set('x-staff-path', `${req.nextUrl.pathname}${req.nextUrl.search}`.slice(0, 500));
  return NextResponse.next({ request: { headers } });
});

export const config = { matcher: ['/staff', '/staff/:path*'] };
