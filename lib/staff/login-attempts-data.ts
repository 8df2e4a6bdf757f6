// Sign-in bookkeeping: every attempt becomes a LoginAttempt row and an audit
// entry; failures are counted per account (by email, whatever the IP) for
// slow-down and lockout.
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { FAILURE_WINDOW_MS, LOCK_AFTER_FAILURES, LOCK_DURATION_MS } from '@/lib/staff/policy';

/** Reasons that count towards slow-down and lockout. */
const FAILURES = ['bad-password', 'unknown-email', 'bad-code'];

export type AttemptAccount = { id: string; email: string; name: string; role: 'ADMIN' | 'EDITOR' };

/** Failed attempts on this email since the window opened or the last success, whichever is later. */
export async function countRecentFailures(email: string, now: number): Promise<number> {
  return countFailuresSince(db, email, now);
}

type Reader = Pick<typeof db, 'loginAttempt'>;
async function countFailuresSince(client: Reader, email: string, now: number): Promise<number> {
  const since = new Date(now - FAILURE_WINDOW_MS);
  const lastSuccess = await client.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return client.loginAttempt.count({
    where: { email, success: false, reason: { in: FAILURES }, createdAt: { gt: lastSuccess?.createdAt ?? since } },
  });
}

/**
 * An attempt that does not change the account: refused (unknown email,
 * locked, disabled) or continuing at the second step ('auth.password-accepted').
 */
export async function recordRefusal(
  email: string,
  account: AttemptAccount | null,
  ip: string,
  reason: string,
  action: 'auth.sign-in-failed' | 'auth.password-accepted' = 'auth.sign-in-failed',
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, staffUserId: account?.id ?? null, ip, success: false, reason }, select: { id: true } });
    await recordAudit(tx, {
      actor: null,
      action,
      entityType: account ? 'StaffUser' : '',
      entityId: account?.id ?? null,
      after: { email, reason },
      ip,
    });
  });
}

/**
 * A wrong password or code on a real account: counted, and the account is
 * locked at the limit. The account's row is locked first, so attempts that
 * arrive together are counted one after another: each sees every failure
 * written before it, and fifty at once cannot all read "none yet".
 */
export async function recordFailure(account: AttemptAccount, ip: string, reason: string, now: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "StaffUser" WHERE id = ${account.id} FOR UPDATE`;
    await tx.loginAttempt.create({ data: { email: account.email, staffUserId: account.id, ip, success: false, reason }, select: { id: true } });
    const failures = await countFailuresSince(tx, account.email, now);
    const lock = failures >= LOCK_AFTER_FAILURES;
    await tx.staffUser.update({
      where: { id: account.id },
      data: { failedLoginCount: { increment: 1 }, ...(lock ? { lockedUntil: new Date(now + LOCK_DURATION_MS) } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, { actor: null, action: 'auth.sign-in-failed', entityType: 'StaffUser', entityId: account.id, after: { email: account.email, reason }, ip });
    // Noted once, when the count reaches the limit; later failures only keep the lock.
    if (failures === LOCK_AFTER_FAILURES) {
      await recordAudit(tx, {
        actor: null,
        action: 'auth.account-locked',
        entityType: 'StaffUser',
        entityId: account.id,
        after: { email: account.email, lockedUntil: new Date(now + LOCK_DURATION_MS), failures },
        ip,
      });
    }
  });
}

/** Every factor passed: reset the counters and note the sign-in. */
export async function recordSuccess(account: AttemptAccount, ip: string, method: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email: account.email, staffUserId: account.id, ip, success: true, reason: method }, select: { id: true } });
    await tx.staffUser.update({
      where: { id: account.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { userId: account.id, email: account.email },
      action: 'auth.sign-in',
      entityType: 'StaffUser',
      entityId: account.id,
      after: { method },
      ip,
    });
  });
}
