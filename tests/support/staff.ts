// Staff accounts for auth tests: made with the seed's factory, optionally
// with two-factor already on.
import crypto from 'node:crypto';
import { createStaffUser } from '../../prisma/seed/factories.ts';
import { encryptText } from '../../lib/crypto/index.ts';
import { totpSecretField } from '../../lib/staff/encrypted-fields.ts';
import { generateTotpSecret } from '../../lib/staff/totp.ts';
import { db } from './db.ts';

export type TestStaff = { id: string; email: string; name: string; role: 'ADMIN' | 'EDITOR'; password: string; totpSecret: string | null; referralAccess: boolean };

/** `referralAccess` grants the referral permission (such an account also needs two-factor to get in). */
export async function makeStaff(role: 'ADMIN' | 'EDITOR', opts: { totp?: boolean; password?: string; referralAccess?: boolean } = {}): Promise<TestStaff> {
  const email = `${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@example.org`;
  const password = opts.password ?? `quiet harbour ${crypto.randomBytes(6).toString('hex')}`;
  const name = role === 'ADMIN' ? 'Morgan Admin' : 'Riley Editor';
  const user = await createStaffUser(db, { email, name, role, password });
  let totpSecret: string | null = null;
  if (opts.totp ?? role === 'ADMIN') {
    totpSecret = generateTotpSecret();
    await db.staffUser.update({ where: { id: user.id }, data: { totpSecretEnc: encryptText(totpSecret, totpSecretField(user.id)), totpEnabledAt: new Date() } });
  }
  if (opts.referralAccess) await db.staffUser.update({ where: { id: user.id }, data: { referralAccess: true } });
  return { id: user.id, email, name, role, password, totpSecret, referralAccess: opts.referralAccess ?? false };
}

export const asSession = (s: TestStaff) => ({ userId: s.id, email: s.email, name: s.name, role: s.role, referralAccess: s.referralAccess });

/** Claims as a freshly signed-in browser would carry them. */
export async function freshClaims(s: TestStaff, now = Date.now()) {
  const row = await db.staffUser.findUniqueOrThrow({ where: { id: s.id }, select: { sessionVersion: true } });
  return { userId: s.id, sessionVersion: row.sessionVersion, issuedAt: now, lastSeenAt: now };
}
