// Two-factor records: enrolment, one-time use of TOTP time steps and of
// recovery codes, regenerating codes and switching two-factor off.
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { hashSecret, verifySecret } from '@/lib/staff/password-hash';
import { generateRecoveryCodes } from '@/lib/staff/recovery-codes';
import { matchTotp } from '@/lib/staff/totp';
import type { StaffSession } from '@/lib/staff/guards';
import { encryptText } from '@/lib/crypto';
import { totpSecretField } from '@/lib/staff/encrypted-fields';
import { db } from '@/lib/db';

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

export type EnrolResult = { ok: true; codes: string[] } | { ok: false; reason: 'bad-code' | 'account-changed' };

/**
 * Turns two-factor on once the person proves their app shows the right code.
 * Returns the recovery codes, which are never stored or shown again.
 */
export async function enrolTwoFactor(
  account: StaffSession,
  expectedSessionVersion: number,
  secretBase32: string,
  code: string,
  ip: string,
): Promise<EnrolResult> {
  const step = matchTotp(secretBase32, code);
  if (step === null || !(await claimTotpStep(account.userId, step))) return { ok: false, reason: 'bad-code' };
  const { codes, hashes } = await newRecoveryCodes();
  const ok = await db.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { id: account.userId, sessionVersion: expectedSessionVersion, disabledAt: null },
      data: { totpSecretEnc: encryptText(secretBase32, totpSecretField(account.userId)), totpEnabledAt: new Date(), recoveryCodeHashes: hashes },
    });
    if (count !== 1) return false;
    await recordAudit(tx, { actor: account, action: 'auth.two-factor-enrolled', entityType: 'StaffUser', entityId: account.userId, ip });
    return true;
  });
  return ok ? { ok: true, codes } : { ok: false, reason: 'account-changed' };
}

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const row = await db.staffUser.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row ? verifySecret(row.passwordHash, password) : false;
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

/** Editors may switch two-factor off (admins may not); needs the current password. */
export async function disableOwnTwoFactor(account: StaffSession, password: string, ip: string): Promise<'done' | 'bad-password' | 'admin'> {
  if (account.role === 'ADMIN') return 'admin';
  if (!(await passwordMatches(account.userId, password))) return 'bad-password';
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: account.userId },
      data: { totpSecretEnc: null, totpEnabledAt: null, recoveryCodeHashes: [] },
      select: { id: true },
    });
    await recordAudit(tx, { actor: account, action: 'auth.two-factor-disabled', entityType: 'StaffUser', entityId: account.userId, ip });
  });
  return 'done';
}
