// Next 16 proxy (formerly middleware), run on every request but those for
// Next's build files (see the matcher). It gives each response its content
// security policy with a fresh nonce (Next reads the nonce from the policy
// on the request and puts it on the page's scripts) and, where the site is
// served over https, HSTS (docs/decisions/027).
//
// For the staff console it also keeps the session cookie's idle timer fresh
// (Auth.js re-issues the cookie on each staff request) and tells pages their
// own path so a sign-in can return there. It is NOT the guard: every page and
// action checks the account itself (lib/staff/guards). It uses the shared
// settings without providers or database (the proxy bundle cannot load
// server-only modules).
//
// While this process cannot reach the database, every request but the
// health check gets a plain 503 "temporarily unavailable" page at once
// (docs/decisions/036).
import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { databaseUnavailable } from '@/lib/db-outage';
import { env } from '@/lib/env';
import { temporarilyUnavailable } from '@/lib/unavailable-page';
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from '@/lib/security/headers';
import { authConfig } from '@/lib/staff/auth-config';

const dev = process.env.NODE_ENV === 'development';
const isStaffPath = (pathname: string) => pathname === '/staff' || pathname.startsWith('/staff/');

/**
 * Passes the request on with a policy of its own. The policy replaces any
 * the client sent, since Next takes the nonce from this request header.
 */
function forward(req: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), { dev });
  const headers = new Headers(req.headers);
  headers.set('content-security-policy', policy);
  if (isStaffPath(req.nextUrl.pathname)) headers.set('x-staff-path', `${req.nextUrl.pathname}${req.nextUrl.search}`.slice(0, 500));
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', policy);
  return res;
}

// Built on the first request, not at import: the environment is read then.
// (Auth.js's lazy-config form makes its wrapper async, which a proxy cannot
// export, hence the plain config object here.)
type Wrapped = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => void | Response | Promise<void | Response>;
let staffHandler: Wrapped | undefined;

/**
 * Next cannot decode a route parameter such as `%E0%A4%A` and answers a bare
 * 500 that skips every header (its own 400 page needs the Pages Router). The
 * proxy runs before that decoding, so it refuses the address itself.
 */
function undecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Everything but the health check (which asks the database itself) and the
 * site's own icons, manifest and robots.txt, which read nothing.
 */
const needsDatabase = (pathname: string) => pathname !== '/api/health' && !/^\/[\w.-]+\.(ico|svg|png|webmanifest|txt)$/.test(pathname);

export async function proxy(req: NextRequest): Promise<Response> {
  let res: Response;
  if (needsDatabase(req.nextUrl.pathname) && (await databaseUnavailable())) {
    // The database is away: one plain answer at once, never a request left
    // waiting on it (lib/db-outage.ts). Health still asks the database itself.
    res = temporarilyUnavailable();
  } else if (undecodable(req.nextUrl.pathname)) {
    res = new NextResponse('This address is not valid: part of it is not readable text.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  } else if (isStaffPath(req.nextUrl.pathname)) {
    staffHandler ??= NextAuth(authConfig()).auth(forward);
    res = (await staffHandler(req, { params: Promise.resolve({}) })) ?? forward(req);
  } else {
    res = forward(req);
  }
  // A response Auth.js made itself still gets a policy: one whose nonce no
  // script carries, so nothing inline runs.
  if (!res.headers.has('content-security-policy')) res.headers.set('Content-Security-Policy', contentSecurityPolicy(newNonce(), { dev }));
  const hsts = strictTransportSecurity(env().SITE_URL, process.env.NODE_ENV);
  if (hsts) res.headers.set('Strict-Transport-Security', hsts);
  return res;
}

// Every path but Next's hashed build files: running the proxy tripled the
// CPU a script or stylesheet costs to serve (decision 027), and a policy on
// one restricts nothing, so next.config.ts gives them a fixed one.
export const config = { matcher: '/((?!_next/static/).*)' };
