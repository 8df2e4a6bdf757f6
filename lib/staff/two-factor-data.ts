// Two-factor records: enrolment, one-time use of TOTP time steps and of
// recovery codes, regenerating codes and switching two-factor off.
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { hashSecret, verifySecret } from '@/lib/staff/password-hash';
import { needsTwoFactor } from '@/lib/staff/policy';
import { generateRecoveryCodes } from '@/lib/staff/recovery-codes';
import { matchTotp } from '@/lib/staff/totp';
import type { StaffSession } from '@/lib/staff/guards';
import { encryptText } from '@/lib/crypto';
import { totpSecretField } from '@/lib/staff/encrypted-fields';
import { db } from '@/lib/db';
import { queueMailDelivery } from '@/lib/jobs/queue';
import { enqueueTwoFactorNotice } from './two-factor-notice';

/**
 * Marks a TOTP time step as used for this account; false if it already was
 * (a replayed code). The row lives in the shared expiring key table
 * (rate_limits) for a few minutes, longer than the ±1 step window, and the
 * primary key makes the claim atomic.
 */
export async function claimTotpStep(userId: string, step: number): Promise<boolean> {
  const expire = BigInt(Date.now() + 5 * 60 * 1000);
  const inserted = await db.$executeRaw`
    INSERT INTO rate_limits (key, points, expire) VALUES (${`totp-used:${userId}:${step}`}, 1, ${expire})
    ON CONFLICT (key) DO NOTHING`;
  return inserted === 1;
}

/** True when the code matched an unused recovery code, which is now spent. */
export async function consumeRecoveryCode(userId: string, hashes: string[], code: string): Promise<{ used: boolean; remaining: number }> {
  for (const h of hashes) {
    if (!(await verifySecret(h, code))) continue;
    const remaining = hashes.filter((x) => x !== h);
    // Conditional on the hash still being there, so two requests cannot both spend it.
    const { count } = await db.staffUser.updateMany({ where: { id: userId, recoveryCodeHashes: { has: h } }, data: { recoveryCodeHashes: remaining } });
    return { used: count === 1, remaining: remaining.length };
  }
  return { used: false, remaining: hashes.length };
}

async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = generateRecoveryCodes();
  return { codes, hashes: await Promise.all(codes.map(hashSecret)) };
}

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const row = await db.staffUser.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row ? verifySecret(row.passwordHash, password) : false;
}

export type EnrolResult = { ok: true; codes: string[] } | { ok: false; reason: 'bad-password' | 'bad-code' | 'account-changed' };
/** The account whose two-factor is being set up: its owner's address gets the notice. */
export type EnrollingAccount = Pick<StaffSession, 'userId' | 'email'>;

/**
 * Turns two-factor on once the person types their password again (whoever
 * holds a pending sign-in or an open browser must still know it) and proves
 * their app shows the right code; the owner is mailed in the same
 * transaction. Returns the recovery codes, never stored or shown again.
 */
export async function enrolTwoFactor(
  account: EnrollingAccount,
  expectedSessionVersion: number,
  secretBase32: string,
  code: string,
  password: string,
  ip: string,
): Promise<EnrolResult> {
  // The password first, so a wrong one does not spend the code's time step.
  if (!(await passwordMatches(account.userId, password))) return { ok: false, reason: 'bad-password' };
  const step = matchTotp(secretBase32, code);
  if (step === null || !(await claimTotpStep(account.userId, step))) return { ok: false, reason: 'bad-code' };
  const { codes, hashes } = await newRecoveryCodes();
  const outboxId = await db.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { id: account.userId, sessionVersion: expectedSessionVersion, disabledAt: null },
      data: { totpSecretEnc: encryptText(secretBase32, totpSecretField(account.userId)), totpEnabledAt: new Date(), recoveryCodeHashes: hashes },
    });
    if (count !== 1) return null;
    await recordAudit(tx, { actor: account, action: 'auth.two-factor-enrolled', entityType: 'StaffUser', entityId: account.userId, ip });
    return enqueueTwoFactorNotice(tx, account.email, 'on', 'owner');
  });
  if (!outboxId) return { ok: false, reason: 'account-changed' };
  await queueMailDelivery([outboxId]);
  return { ok: true, codes };
}

/** New recovery codes replace all old ones; needs the current password. */
export async function regenerateRecoveryCodes(account: StaffSession, password: string, ip: string): Promise<string[] | null> {
  if (!(await passwordMatches(account.userId, password))) return null;
  const { codes, hashes } = await newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: account.userId }, data: { recoveryCodeHashes: hashes }, select: { id: true } });
    await recordAudit(tx, { actor: account, action: 'auth.recovery-codes-regenerated', entityType: 'StaffUser', entityId: account.userId, ip });
  });
  return codes;
}

/**
 * Staff who may choose two-factor may switch it off (admins and referral
 * staff may not); needs the current password, and the owner is mailed.
 */
export async function disableOwnTwoFactor(account: StaffSession, password: string, ip: string): Promise<'done' | 'bad-password' | 'required'> {
  if (needsTwoFactor(account)) return 'required';
  if (!(await passwordMatches(account.userId, password))) return 'bad-password';
  const outboxId = await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: account.userId },
      data: { totpSecretEnc: null, totpEnabledAt: null, recoveryCodeHashes: [] },
      select: { id: true },
    });
    await recordAudit(tx, { actor: account, action: 'auth.two-factor-disabled', entityType: 'StaffUser', entityId: account.userId, ip });
    return enqueueTwoFactorNotice(tx, account.email, 'off', 'owner');
  });
  await queueMailDelivery([outboxId]);
  return 'done';
}
