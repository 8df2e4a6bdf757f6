// What a staff member does to their own account: see it, change the
// password, end every session.
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/staff/guards';
import { hashSecret, verifySecret } from '@/lib/staff/password-hash';
import { endResetLinks } from '@/lib/staff/tokens-data';
import { db } from '@/lib/db';

export async function getOwnAccount(userId: string) {
  const user = await db.staffUser.findUnique({
    where: { id: userId },
    select: { email: true, name: true, role: true, totpEnabledAt: true, recoveryCodeHashes: true, passwordChangedAt: true, lastLoginAt: true },
  });
  if (!user) return null;
  const { recoveryCodeHashes, ...rest } = user;
  return { ...rest, recoveryCodesLeft: recoveryCodeHashes.length };
}

/** The account's current session version, to hand the browser a fresh session after a change. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const row = await db.staffUser.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? null;
}

/** Ends every session of the account (all browsers), including the current one. */
export async function endAllSessions(account: StaffSession, ip: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: account.userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    await recordAudit(tx, { actor: account, action: 'auth.sign-out', entityType: 'StaffUser', entityId: account.userId, ip });
  });
}

/**
 * "Sign out" in this browser only: the caller clears the cookie. Recorded so
 * the trail shows the session ending; other browsers keep theirs, so "Sign
 * out everywhere" (endAllSessions) is the one to use after a lost device.
 */
export async function recordSignOutHere(account: StaffSession, ip: string): Promise<void> {
  await recordAudit(db, { actor: account, action: 'auth.sign-out-here', entityType: 'StaffUser', entityId: account.userId, ip });
}

/** Needs the current password; ends every other session (the caller starts a new one here) and every reset link still out. */
export async function changeOwnPassword(account: StaffSession, current: string, next: string, ip: string): Promise<'done' | 'bad-password'> {
  const row = await db.staffUser.findUnique({ where: { id: account.userId }, select: { passwordHash: true } });
  if (!row || !(await verifySecret(row.passwordHash, current))) {
    await recordAudit(db, { actor: account, action: 'auth.password-change-refused', entityType: 'StaffUser', entityId: account.userId, ip });
    return 'bad-password';
  }
  const passwordHash = await hashSecret(next);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: account.userId },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await endResetLinks(tx, account.userId);
    await recordAudit(tx, { actor: account, action: 'auth.password-changed', entityType: 'StaffUser', entityId: account.userId, ip });
  });
  return 'done';
}
