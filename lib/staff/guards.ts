// The one staff guard. Pages call requireStaffPage(), server actions and
// route handlers call authorizeAction(). Both read the session claims and
// then check the account in the database every time, so a layout or the
// proxy is never the only check and ending a session takes effect at once.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { getStaffForGuard, type StaffForGuard } from '@/lib/staff/session-data';
import { sessionExpiry } from './policy';
import { getRequestIp } from './request-ip';
import { readSessionClaims } from './session';

export type StaffSession = { userId: string; email: string; name: string; role: 'ADMIN' | 'EDITOR' };

/** Its message is safe to show. */
export class AuthorizationError extends Error {
  constructor(message = 'You are not allowed to do that.') {
    super(message);
    this.name = 'AuthorizationError';
  }
}

type Refusal = 'no-session' | 'expired' | 'unknown-account' | 'disabled' | 'session-ended' | 'two-factor-missing' | 'role';
type Outcome = { ok: true; session: StaffSession } | { ok: false; reason: Refusal; user: StaffForGuard | null };

const toSession = (u: StaffForGuard): StaffSession => ({ userId: u.id, email: u.email, name: u.name, role: u.role });

async function checkStaff(role?: 'ADMIN'): Promise<Outcome> {
  const claims = await readSessionClaims();
  if (!claims) return { ok: false, reason: 'no-session', user: null };
  const user = await getStaffForGuard(claims.userId);
  if (!user) return { ok: false, reason: 'unknown-account', user: null };
  if (sessionExpiry(claims, Date.now())) return { ok: false, reason: 'expired', user };
  if (user.disabledAt) return { ok: false, reason: 'disabled', user };
  if (user.sessionVersion !== claims.sessionVersion) return { ok: false, reason: 'session-ended', user };
  // Admins must have two-factor; a session without it (e.g. after a reset)
  // gets nothing until the next sign-in enrols again.
  if (user.role === 'ADMIN' && !user.totpEnabledAt) return { ok: false, reason: 'two-factor-missing', user };
  if (role === 'ADMIN' && user.role !== 'ADMIN') return { ok: false, reason: 'role', user };
  return { ok: true, session: toSession(user) };
}

/** The path being rendered (set by proxy.ts), to come back to after signing in. */
async function currentPath(): Promise<string> {
  let path = '/staff';
  try {
    path = (await headers()).get('x-staff-path') ?? path;
  } catch {
    // Outside a request (tests): the dashboard.
  }
  return path.startsWith('/staff/') ? path : '/staff';
}

/** For pages/layouts: the signed-in, enabled staff member, or redirect('/staff/sign-in?next=…'). */
export async function requireStaffPage(role?: 'ADMIN'): Promise<StaffSession> {
  const outcome = await checkStaff(role);
  if (outcome.ok) return outcome.session;
  if (outcome.reason === 'role' && outcome.user) {
    await recordAudit(db, {
      actor: toSession(outcome.user),
      action: 'auth.refused',
      after: { page: await currentPath(), reason: outcome.reason },
      ip: await getRequestIp(),
    });
    redirect('/staff/not-allowed');
  }
  const next = await currentPath();
  const why = outcome.reason === 'expired' || outcome.reason === 'session-ended' ? '&ended=1' : '';
  redirect(`/staff/sign-in?next=${encodeURIComponent(next)}${why}`);
}

/** For server actions and route handlers: returns the session or throws AuthorizationError after recording an "auth.refused" audit entry (action name given). */
export async function authorizeAction(actionName: string, role?: 'ADMIN'): Promise<StaffSession> {
  const outcome = await checkStaff(role);
  if (outcome.ok) return outcome.session;
  await recordAudit(db, {
    actor: outcome.user ? toSession(outcome.user) : null,
    action: 'auth.refused',
    after: { action: actionName, reason: outcome.reason },
    ip: await getRequestIp(),
  });
  throw new AuthorizationError(
    outcome.reason === 'role' ? 'Only an administrator can do that.' : 'Your session has ended. Sign in again to continue.',
  );
}
