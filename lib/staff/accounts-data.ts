// Staff accounts as an administrator manages them. Every change is audited
// with before/after, and none may leave the console without an enabled admin.
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/staff/guards';
import { db } from '@/lib/db';
import type { Prisma, StaffRole } from '@/lib/generated/prisma/client';
import { queueMailDelivery } from '@/lib/jobs/queue';
import { enqueueTwoFactorNotice } from './two-factor-notice';

export async function listStaffAccounts() {
  const [users, invites] = await Promise.all([
    db.staffUser.findMany({
      select: { id: true, email: true, name: true, role: true, referralAccess: true, totpEnabledAt: true, disabledAt: true, lastLoginAt: true, lockedUntil: true },
      orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    }),
    db.staffToken.findMany({
      where: { kind: 'INVITE', usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, expiresAt: true },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  return { users, invites };
}

const stateSelect = { id: true, email: true, role: true, referralAccess: true, disabledAt: true, totpEnabledAt: true, sessionVersion: true } as const;
type State = Prisma.StaffUserGetPayload<{ select: typeof stateSelect }>;
const snapshot = (s: State) => ({
  role: s.role,
  referralAccess: s.referralAccess,
  disabled: s.disabledAt !== null,
  twoFactor: s.totpEnabledAt !== null,
  sessionVersion: s.sessionVersion,
});

export type AccountChange =
  | { kind: 'role'; role: StaffRole }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'reset-two-factor' }
  | { kind: 'referral-access'; grant: boolean };
export type AccountChangeResult = 'done' | 'not-found' | 'last-admin' | 'unchanged';

function apply(change: AccountChange, s: State): Prisma.StaffUserUpdateInput | null {
  switch (change.kind) {
    case 'role':
      // A new role means signing in again (an admin must then enrol two-factor).
      return s.role === change.role ? null : { role: change.role, sessionVersion: { increment: 1 } };
    case 'disable':
      return s.disabledAt ? null : { disabledAt: new Date(), sessionVersion: { increment: 1 } };
    case 'enable':
      return s.disabledAt ? { disabledAt: null, failedLoginCount: 0, lockedUntil: null } : null;
    case 'reset-two-factor':
      return { totpSecretEnc: null, totpEnabledAt: null, recoveryCodeHashes: [], sessionVersion: { increment: 1 } };
    case 'referral-access':
      // No session ends: the guard reads the flag on every request, and one
      // granted without two-factor is sent to sign in and set it up.
      return s.referralAccess === change.grant ? null : { referralAccess: change.grant };
  }
}

const actionName = {
  role: 'staff.change-role',
  disable: 'staff.disable',
  enable: 'staff.enable',
  'reset-two-factor': 'staff.reset-two-factor',
  'referral-access': 'staff.referral-access',
} as const;

export async function changeStaffAccount(actor: StaffSession, userId: string, change: AccountChange, ip: string): Promise<AccountChangeResult> {
  const notices: string[] = [];
  const result = await db.$transaction(
    async (tx): Promise<AccountChangeResult> => {
      // Serialises admin changes so two admins cannot demote each other at once.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff-accounts'))`;
      const before = await tx.staffUser.findUnique({ where: { id: userId }, select: stateSelect });
      if (!before) return 'not-found';
      const data = apply(change, before);
      if (!data) return 'unchanged';
      const losesAdmin = before.role === 'ADMIN' && !before.disabledAt && (change.kind === 'disable' || (change.kind === 'role' && change.role !== 'ADMIN'));
      if (losesAdmin) {
        const others = await tx.staffUser.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: userId } } });
        if (others === 0) return 'last-admin';
      }
      const after = await tx.staffUser.update({ where: { id: userId }, data, select: stateSelect });
      await recordAudit(tx, {
        actor,
        action: actionName[change.kind],
        entityType: 'StaffUser',
        entityId: userId,
        before: { email: before.email, ...snapshot(before) },
        after: { email: after.email, ...snapshot(after) },
        ip,
      });
      // The owner hears of it: a reset they did not ask for is a warning sign.
      if (change.kind === 'reset-two-factor' && before.totpEnabledAt) notices.push(await enqueueTwoFactorNotice(tx, after.email, 'off', 'administrator'));
      return 'done';
    },
  );
  await queueMailDelivery(notices);
  return result;
}

export async function getStaffAccount(id: string) {
  return db.staffUser.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, role: true, referralAccess: true, totpEnabledAt: true,
      disabledAt: true, lastLoginAt: true, lockedUntil: true, createdAt: true, passwordChangedAt: true,
    },
  });
}
