// Next 16 proxy (formerly middleware) for the staff console. It is NOT the
// guard — every page and action checks the account itself (lib/staff/guards)
// — it only keeps the session cookie's idle timer fresh (Auth.js re-issues
// the cookie on each staff request) and tells pages their own path so a
// sign-in can return there. It uses the shared settings without providers
// or database (the proxy bundle cannot load server-only modules).
import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/staff/auth-config';

function withStaffPath(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.set('x-staff-path', `${req.nextUrl.pathname}${req.nextUrl.search}`.slice(0, 500));
  return NextResponse.next({ request: { headers } });
}

// Built on the first request, not at import: the environment is read then.
// (Auth.js's lazy-config form makes its wrapper async, which a proxy cannot
// export, hence the plain config object here.)
type Wrapped = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => void | Response | Promise<void | Response>;
let handler: Wrapped | undefined;

export async function proxy(req: NextRequest): Promise<Response> {
  handler ??= NextAuth(authConfig()).auth(withStaffPath);
  return (await handler(req, { params: Promise.resolve({}) })) ?? withStaffPath(req);
}

export const config = { matcher: ['/staff', '/staff/:path*'] };
