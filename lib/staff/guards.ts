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
import { AuthorizationError, REFERRAL_ACCESS_REFUSED } from './authorization';
import { needsTwoFactor, sessionExpiry } from './policy';
import { getRequestIp } from './request-ip';
import { readSessionClaims } from './session';

export { AuthorizationError, assertReferralAccess } from './authorization';

/** `referralAccess`: may read and work referrals (docs/decisions/025). */
export type StaffSession = { userId: string; email: string; name: string; role: 'ADMIN' | 'EDITOR'; referralAccess: boolean };

/** What a page or action needs beyond a good session: the admin role, or referral access (whatever the role). */
export type StaffNeed = 'ADMIN' | 'REFERRALS';

type Refusal = 'no-session' | 'expired' | 'unknown-account' | 'disabled' | 'session-ended' | 'two-factor-missing' | 'role' | 'referral-access';
type Outcome = { ok: true; session: StaffSession } | { ok: false; reason: Refusal; user: StaffForGuard | null };

const toSession = (u: StaffForGuard): StaffSession => ({ userId: u.id, email: u.email, name: u.name, role: u.role, referralAccess: u.referralAccess });

async function checkStaff(need?: StaffNeed): Promise<Outcome> {
  const claims = await readSessionClaims();
  if (!claims) return { ok: false, reason: 'no-session', user: null };
  const user = await getStaffForGuard(claims.userId);
  if (!user) return { ok: false, reason: 'unknown-account', user: null };
  if (sessionExpiry(claims, Date.now())) return { ok: false, reason: 'expired', user };
  if (user.disabledAt) return { ok: false, reason: 'disabled', user };
  if (user.sessionVersion !== claims.sessionVersion) return { ok: false, reason: 'session-ended', user };
  // Admins and referral staff must have two-factor; a session without it
  // (after a reset, or referral access granted since) gets nothing until
  // the next sign-in enrols.
  if (needsTwoFactor(user) && !user.totpEnabledAt) return { ok: false, reason: 'two-factor-missing', user };
  if (need === 'ADMIN' && user.role !== 'ADMIN') return { ok: false, reason: 'role', user };
  if (need === 'REFERRALS' && !user.referralAccess) return { ok: false, reason: 'referral-access', user };
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
export async function requireStaffPage(need?: StaffNeed): Promise<StaffSession> {
  const outcome = await checkStaff(need);
  if (outcome.ok) return outcome.session;
  if ((outcome.reason === 'role' || outcome.reason === 'referral-access') && outcome.user) {
    await recordAudit(db, {
      actor: toSession(outcome.user),
      action: 'auth.refused',
      after: { page: await currentPath(), reason: outcome.reason },
      ip: await getRequestIp(),
    });
    redirect(outcome.reason === 'role' ? '/staff/not-allowed' : '/staff/not-allowed?for=referrals');
  }
  const next = await currentPath();
  const why = outcome.reason === 'expired' || outcome.reason === 'session-ended' ? '&ended=1' : '';
  redirect(`/staff/sign-in?next=${encodeURIComponent(next)}${why}`);
}

/** For server actions and route handlers: returns the session or throws AuthorizationError after recording an "auth.refused" audit entry (action name given). */
export async function authorizeAction(actionName: string, need?: StaffNeed): Promise<StaffSession> {
  const outcome = await checkStaff(need);
  if (outcome.ok) return outcome.session;
  await recordAudit(db, {
    actor: outcome.user ? toSession(outcome.user) : null,
    action: 'auth.refused',
    after: { action: actionName, reason: outcome.reason },
    ip: await getRequestIp(),
  });
  throw new AuthorizationError(REFUSED[outcome.reason] ?? 'Your session has ended. Sign in again to continue.');
}

const REFUSED: Partial<Record<Refusal, string>> = {
  role: 'Only an administrator can do that.',
  'referral-access': REFERRAL_ACCESS_REFUSED,
};
