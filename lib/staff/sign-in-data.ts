// The two sign-in steps. Step one checks the password (with slow-down and
// the per-address and per-account limits of login-attempts-data); step two checks a TOTP or recovery code. Neither
// creates a session: the caller turns a 'signed-in' result into one. The
// answer never tells whether an email has an account.
import 'server-only';
import { needsTwoFactor, slowDownMs } from '@/lib/staff/policy';
import { verifyAgainstDecoy, verifySecret } from '@/lib/staff/password-hash';
import { normalizeRecoveryCode } from '@/lib/staff/recovery-codes';
import { matchTotp } from '@/lib/staff/totp';
import { decryptText } from '@/lib/crypto';
import { totpSecretField } from '@/lib/staff/encrypted-fields';
import { db } from '@/lib/db';
import { closeAsFailure, closeAsRefusal, openAttempt, recordSuccess, type AttemptAccount } from './login-attempts-data';
import { claimTotpStep, consumeRecoveryCode } from './two-factor-data';

export type Pending = { userId: string; sessionVersion: number };
export type PasswordStep =
  | { kind: 'refused' }
  | ({ kind: 'signed-in' | 'second-factor' | 'enrol' } & Pending);
export type SecondFactorStep = { kind: 'refused' } | ({ kind: 'signed-in'; method: 'totp' | 'recovery-code'; recoveryCodesLeft?: number } & Pending);

export type StepOptions = { sleep?: (ms: number) => Promise<void>; now?: () => number };
const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const accountSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  passwordHash: true,
  totpSecretEnc: true,
  totpEnabledAt: true,
  referralAccess: true,
  recoveryCodeHashes: true,
  lockedUntil: true,
  disabledAt: true,
  sessionVersion: true,
} as const;

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase().slice(0, 254);
}

const asAccount = (u: AttemptAccount): AttemptAccount => ({ id: u.id, email: u.email, name: u.name, role: u.role });

export async function checkPasswordStep(emailInput: string, password: string, ip: string, opts: StepOptions = {}): Promise<PasswordStep> {
  const email = normalizeEmail(emailInput);
  const now = opts.now?.() ?? Date.now();
  const user = await db.staffUser.findUnique({ where: { email }, select: accountSelect });
  const account = user ? asAccount(user) : null;
  const attempt = await openAttempt(email, account, ip, now, user?.lockedUntil ?? null);
  await (opts.sleep ?? realSleep)(slowDownMs(attempt.accountFailures));
  if (!user || !account || attempt.verdict !== 'go') {
    // The same work as a real check, so the time taken tells nothing.
    await verifyAgainstDecoy(password);
    if (attempt.verdict === 'go') await closeAsRefusal(attempt, email, null, 'unknown-email');
    return { kind: 'refused' };
  }
  if (!(await verifySecret(user.passwordHash, password))) {
    await closeAsFailure(attempt, account, 'bad-password', now);
    return { kind: 'refused' };
  }
  if (user.disabledAt) {
    await closeAsRefusal(attempt, email, account, 'disabled');
    return { kind: 'refused' };
  }
  const pending = { userId: user.id, sessionVersion: user.sessionVersion };
  if (user.totpEnabledAt) {
    // Not a failure: the attempt continues at the second step.
    await closeAsRefusal(attempt, email, account, 'totp-required', 'auth.password-accepted');
    return { kind: 'second-factor', ...pending };
  }
  if (needsTwoFactor(user)) {
    await closeAsRefusal(attempt, email, account, 'enrolment-required', 'auth.password-accepted');
    return { kind: 'enrol', ...pending };
  }
  await recordSuccess(account, ip, 'password', attempt);
  return { kind: 'signed-in', ...pending };
}

export async function checkSecondFactor(pending: Pending, code: string, ip: string, opts: StepOptions = {}): Promise<SecondFactorStep> {
  const now = opts.now?.() ?? Date.now();
  const user = await db.staffUser.findUnique({ where: { id: pending.userId }, select: accountSelect });
  if (!user || user.disabledAt || user.sessionVersion !== pending.sessionVersion || !user.totpEnabledAt || !user.totpSecretEnc) {
    return { kind: 'refused' };
  }
  const account = asAccount(user);
  const attempt = await openAttempt(user.email, account, ip, now, user.lockedUntil);
  await (opts.sleep ?? realSleep)(slowDownMs(attempt.accountFailures));
  if (attempt.verdict !== 'go') return { kind: 'refused' };

  const digits = code.replace(/\s+/g, '');
  if (/^\d{6}$/.test(digits)) {
    const step = matchTotp(decryptText(user.totpSecretEnc, totpSecretField(user.id)), digits, now);
    if (step !== null && (await claimTotpStep(user.id, step))) {
      await recordSuccess(account, ip, 'password+totp', attempt);
      return { kind: 'signed-in', method: 'totp', ...pending };
    }
  } else {
    const recovery = normalizeRecoveryCode(code);
    const spent = recovery ? await consumeRecoveryCode(user.id, user.recoveryCodeHashes, recovery) : null;
    if (spent?.used) {
      await recordSuccess(account, ip, 'password+recovery-code', attempt);
      return { kind: 'signed-in', method: 'recovery-code', recoveryCodesLeft: spent.remaining, ...pending };
    }
  }
  await closeAsFailure(attempt, account, 'bad-code', now);
  return { kind: 'refused' };
}

/** The account a pending sign-in belongs to, for the enrolment page. */
export async function getPendingAccount(pending: Pending) {
  const user = await db.staffUser.findUnique({
    where: { id: pending.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true, totpEnabledAt: true, referralAccess: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== pending.sessionVersion) return null;
  return user;
}
