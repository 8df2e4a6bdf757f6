// Staff sign-in, two-factor, sessions and one-time links, against a real
// database. Only the session cookie reader is replaced (identity injection);
// every account check in the guard stays real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '../../lib/staff/policy.ts';

const claims = vi.hoisted(() => ({ current: null as SessionClaims | null }));
vi.mock('@/lib/staff/session', () => ({ readSessionClaims: async () => claims.current }));

import { hashSecret } from '../../lib/staff/password-hash.ts';
import { checkPasswordPolicy } from '../../lib/staff/password-policy.ts';
import { ACCOUNT_LOCK_AFTER_FAILURES, ADDRESS_FAILURE_LIMIT, LOCK_AFTER_FAILURES, MAX_SLOW_DOWN_MS, SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from '../../lib/staff/policy.ts';
import { redeemSignInTicket, issueSignInTicket } from '../../lib/staff/sign-in-ticket.ts';
import { currentTotp, generateTotpSecret } from '../../lib/staff/totp.ts';
import { authorizeAction, AuthorizationError } from '../../lib/staff/guards.ts';
import { checkPasswordStep, checkSecondFactor } from '../../lib/staff/sign-in-data.ts';
import { enrolTwoFactor } from '../../lib/staff/two-factor-data.ts';
import { changeStaffAccount } from '../../lib/staff/accounts-data.ts';
import { endAllSessions } from '../../lib/staff/own-account-data.ts';
import { acceptInvitation, findLiveToken, inviteStaff, requestPasswordReset, resetPassword } from '../../lib/staff/tokens-data.ts';
import { decryptText } from '../../lib/crypto/index.ts';
import { outboxLinkField } from '../../lib/mail/encrypted-fields.ts';
import { db } from '../support/db.ts';
import { asSession, freshClaims, makeStaff } from '../support/staff.ts';

const noSleep = { sleep: async () => {} };

beforeEach(() => {
  claims.current = null;
});

describe('passwords', () => {
  it('are stored as argon2id with at least the OWASP parameters', async () => {
    const staff = await makeStaff('EDITOR');
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashSecret('another long passphrase')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('must be 12 to 128 characters, uncommon, and free of the email name', () => {
    const email = 'sam.taylor@example.org';
    expect(checkPasswordPolicy('short pass', email)).toMatch(/at least 12/);
    expect(checkPasswordPolicy('x'.repeat(129), email)).toMatch(/at most 128/);
    expect(checkPasswordPolicy('password1234', email)).toMatch(/too common/);
    expect(checkPasswordPolicy('qwertyuiop123', email)).toMatch(/too common/);
    expect(checkPasswordPolicy('Sunshine2024!!', email)).toMatch(/too common/);
    expect(checkPasswordPolicy('abcabcabcabc', email)).toMatch(/too common|repeats/);
    expect(checkPasswordPolicy('my sam.taylor secret', email)).toMatch(/email/);
    expect(checkPasswordPolicy('lantern orchard velvet', email)).toBeNull();
    // No composition rules: lower-case words alone are fine.
    expect(checkPasswordPolicy('correct horse battery staple', email)).toBeNull();
  });
});

describe('repeated failures', () => {
  it('refuse the address that guessed ten times, not the account: its owner still signs in from elsewhere and is told by mail', async () => {
    const staff = await makeStaff('EDITOR');
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
      expect(await checkPasswordStep(staff.email, `wrong password ${i}`, '203.0.113.5', noSleep)).toEqual({ kind: 'refused' });
    }
    // The right password from the guessing address is refused, with the same answer.
    expect(await checkPasswordStep(staff.email, staff.password, '203.0.113.5', noSleep)).toEqual({ kind: 'refused' });
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { lockedUntil: true } });
    expect(row.lockedUntil).toBeNull();
    const attempts = await db.loginAttempt.findMany({ where: { email: staff.email }, select: { reason: true }, orderBy: { createdAt: 'asc' } });
    expect(attempts).toHaveLength(LOCK_AFTER_FAILURES + 1);
    expect(attempts.at(-1)?.reason).toBe('address-refused');
    expect(await db.auditLog.count({ where: { action: 'auth.address-refused', entityId: staff.id } })).toBe(1);
    const alert = await db.outboxMessage.findFirstOrThrow({ where: { to: staff.email, kind: 'staff.sign-in-alert' }, select: { text: true } });
    expect(alert.text).toContain('203.0.113.5');
    expect(alert.text).toMatch(/not locked/i);
    // The owner, somewhere else, is not locked out.
    expect((await checkPasswordStep(staff.email, staff.password, '198.51.100.7', noSleep)).kind).toBe('signed-in');
  });

  it('refuse one address that tries many accounts, after 30 failures, for every account, even all at once', async () => {
    const staff = await makeStaff('EDITOR');
    const results = await Promise.all(
      Array.from({ length: ADDRESS_FAILURE_LIMIT + 10 }, (_, i) => checkPasswordStep(`nobody-${i}@example.org`, 'wrong password', '192.0.2.77', noSleep)),
    );
    expect(results.every((r) => r.kind === 'refused')).toBe(true);
    const reasons = await db.loginAttempt.groupBy({ by: ['reason'], where: { ip: '192.0.2.77' }, _count: true });
    expect(Object.fromEntries(reasons.map((r) => [r.reason, r._count]))).toEqual({ 'unknown-email': ADDRESS_FAILURE_LIMIT, 'address-refused': 10 });
    // A real account's right password from that address is refused too; from another address it works.
    expect(await checkPasswordStep(staff.email, staff.password, '192.0.2.77', noSleep)).toEqual({ kind: 'refused' });
    expect((await checkPasswordStep(staff.email, staff.password, '192.0.2.78', noSleep)).kind).toBe('signed-in');
  });

  it('count an IPv6 visitor by their /64, so a new address from the same network changes nothing', async () => {
    const staff = await makeStaff('EDITOR');
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await checkPasswordStep(staff.email, 'wrong password', `2001:db8:7:7::${i + 1}`, noSleep);
    expect(await checkPasswordStep(staff.email, staff.password, '2001:db8:7:7:ffff::1', noSleep)).toEqual({ kind: 'refused' });
  });

  it('lock the account itself only when guessing comes from many addresses, and tell its owner', async () => {
    const staff = await makeStaff('EDITOR');
    for (let i = 0; i < ACCOUNT_LOCK_AFTER_FAILURES; i++) {
      await checkPasswordStep(staff.email, `wrong password ${i}`, `203.0.${Math.floor(i / 5)}.${i % 5}`, noSleep);
    }
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { lockedUntil: true, failedLoginCount: true } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(row.failedLoginCount).toBe(ACCOUNT_LOCK_AFTER_FAILURES);
    expect(await checkPasswordStep(staff.email, staff.password, '198.51.100.9', noSleep)).toEqual({ kind: 'refused' });
    expect(await db.auditLog.count({ where: { action: 'auth.account-locked', entityId: staff.id } })).toBe(1);
    const alert = await db.outboxMessage.findFirstOrThrow({ where: { to: staff.email, kind: 'staff.sign-in-alert' }, orderBy: { createdAt: 'desc' }, select: { text: true } });
    expect(alert.text).toMatch(/locked until/i);
  });

  it('refuse the right password after 50 wrong ones arrive at once from one address', async () => {
    const staff = await makeStaff('EDITOR');
    // Every attempt reads the counts before any has written: the counts must still be exact.
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => checkPasswordStep(staff.email, `wrong password ${i}`, '203.0.113.50', noSleep)));
    expect(results.every((r) => r.kind === 'refused')).toBe(true);
    const counted = await db.loginAttempt.count({ where: { email: staff.email, reason: 'bad-password' } });
    expect(counted).toBe(LOCK_AFTER_FAILURES);
    expect(await checkPasswordStep(staff.email, staff.password, '203.0.113.50', noSleep)).toEqual({ kind: 'refused' });
    expect(await db.auditLog.count({ where: { action: 'auth.address-refused', entityId: staff.id } })).toBe(1);
  });

  it('slow down each attempt after five failures, up to about two seconds', async () => {
    const staff = await makeStaff('EDITOR');
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    for (let i = 0; i < 9; i++) await checkPasswordStep(staff.email, 'not the password', '192.0.2.1', { sleep });
    expect(delays.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(delays[5]).toBeGreaterThan(0);
    for (let i = 6; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(MAX_SLOW_DOWN_MS);
  });

  it('answer an unknown email exactly like a wrong password, and still record it', async () => {
    expect(await checkPasswordStep('nobody@example.org', 'whatever it is', '192.0.2.2', noSleep)).toEqual({ kind: 'refused' });
    expect(await db.loginAttempt.count({ where: { email: 'nobody@example.org', reason: 'unknown-email' } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in-failed' } })).toBeGreaterThan(0);
  });
});

describe('two-factor', () => {
  it('is required for admins: the password alone gives no session', async () => {
    const admin = await makeStaff('ADMIN', { totp: false });
    const step = await checkPasswordStep(admin.email, admin.password, '192.0.2.3', noSleep);
    expect(step.kind).toBe('enrol');
    // Even a ticket forged past the enrolment step is refused for an admin without two-factor.
    expect(await redeemSignInTicket(await issueSignInTicket(admin.id, 1))).toBeNull();

    const enrolled = await makeStaff('ADMIN');
    expect((await checkPasswordStep(enrolled.email, enrolled.password, '192.0.2.3', noSleep)).kind).toBe('second-factor');
    const editor = await makeStaff('EDITOR', { totp: false });
    expect((await checkPasswordStep(editor.email, editor.password, '192.0.2.3', noSleep)).kind).toBe('signed-in');
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in', actorId: editor.id } })).toBe(1);
  });

  it('accepts a valid code once, refuses wrong and replayed codes', async () => {
    const admin = await makeStaff('ADMIN', { totp: false });
    const secret = generateTotpSecret();
    const now = Date.now();
    const enrol = await enrolTwoFactor(asSession(admin), 1, secret, currentTotp(secret, now), admin.password, '');
    expect(enrol.ok && enrol.codes).toHaveLength(10);
    const pending = { userId: admin.id, sessionVersion: 1 };
    // The code used to enrol cannot be used again to sign in.
    expect(await checkSecondFactor(pending, currentTotp(secret, now), '', noSleep)).toEqual({ kind: 'refused' });
    expect(await checkSecondFactor(pending, currentTotp(secret, now + 10 * 60_000), '', noSleep)).toEqual({ kind: 'refused' });
    const next = currentTotp(secret, now + 30_000);
    expect((await checkSecondFactor(pending, next, '', { ...noSleep, now: () => now + 30_000 })).kind).toBe('signed-in');
    expect(await checkSecondFactor(pending, next, '', { ...noSleep, now: () => now + 30_000 })).toEqual({ kind: 'refused' });
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: admin.id }, select: { totpSecretEnc: true } });
    expect(stored.totpSecretEnc).not.toContain(secret);
  });

  it('lets a recovery code stand in for the app exactly once', async () => {
    const admin = await makeStaff('ADMIN', { totp: false });
    const secret = generateTotpSecret();
    const enrol = await enrolTwoFactor(asSession(admin), 1, secret, currentTotp(secret), admin.password, '');
    if (!enrol.ok) throw new Error('enrolment failed');
    const code = enrol.codes[3]!;
    const pending = { userId: admin.id, sessionVersion: 1 };
    const first = await checkSecondFactor(pending, code.toUpperCase().replace('-', ' '), '', noSleep);
    expect(first).toMatchObject({ kind: 'signed-in', method: 'recovery-code', recoveryCodesLeft: 9 });
    expect(await checkSecondFactor(pending, code, '', noSleep)).toEqual({ kind: 'refused' });
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: admin.id }, select: { recoveryCodeHashes: true } });
    expect(row.recoveryCodeHashes).toHaveLength(9);
    expect(row.recoveryCodeHashes.join()).not.toContain(code);
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes or 8 hours in all, whatever the cookie says', async () => {
    const editor = await makeStaff('EDITOR');
    const now = Date.now();
    claims.current = await freshClaims(editor, now);
    await expect(authorizeAction('test.fresh')).resolves.toMatchObject({ userId: editor.id, role: 'EDITOR' });
    claims.current = { ...(await freshClaims(editor)), lastSeenAt: now - SESSION_IDLE_TIMEOUT_MS - 1000 };
    await expect(authorizeAction('test.idle')).rejects.toBeInstanceOf(AuthorizationError);
    claims.current = { ...(await freshClaims(editor)), issuedAt: now - SESSION_ABSOLUTE_LIFETIME_MS - 1000 };
    await expect(authorizeAction('test.too-old')).rejects.toBeInstanceOf(AuthorizationError);
    const refusals = await db.auditLog.findMany({ where: { action: 'auth.refused', actorId: editor.id }, select: { after: true } });
    expect(refusals.map((r) => (r.after as { reason: string }).reason)).toEqual(['expired', 'expired']);
  });

  it('end at once when the account is disabled or signs out everywhere', async () => {
    const admin = await makeStaff('ADMIN');
    const editor = await makeStaff('EDITOR');
    const old = await freshClaims(editor);
    claims.current = old;
    await endAllSessions(asSession(editor), '');
    await expect(authorizeAction('test.after-sign-out')).rejects.toThrow(/session has ended/);

    claims.current = await freshClaims(editor);
    expect(await changeStaffAccount(asSession(admin), editor.id, { kind: 'disable' }, '')).toBe('done');
    await expect(authorizeAction('test.after-disable')).rejects.toBeInstanceOf(AuthorizationError);
    // Enabling again does not revive the old session: its version is gone.
    expect(await changeStaffAccount(asSession(admin), editor.id, { kind: 'enable' }, '')).toBe('done');
    await expect(authorizeAction('test.after-enable')).rejects.toBeInstanceOf(AuthorizationError);
    expect(await redeemSignInTicket(await issueSignInTicket(editor.id, old.sessionVersion))).toBeNull();
  });

  it('refuse an editor on admin-only actions and record the refusal', async () => {
    const editor = await makeStaff('EDITOR');
    claims.current = await freshClaims(editor);
    await expect(authorizeAction('staff.invite', 'ADMIN')).rejects.toThrow(/administrator/);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'auth.refused', actorId: editor.id }, select: { after: true } });
    expect(entry.after).toEqual({ action: 'staff.invite', reason: 'role' });
  });
});

/** The token in the newest outbox message to this address, as the mail will carry it (its link is stored encrypted). */
async function linkTokenSentTo(email: string, kind: 'invite' | 'reset'): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' }, select: { id: true, linkEnc: true } });
  const match = (mail.linkEnc ? decryptText(mail.linkEnc, outboxLinkField(mail.id)) : '').match(new RegExp(`/staff/${kind}/([A-Za-z0-9_-]{43})$`));
  if (!match?.[1]) throw new Error(`no ${kind} link in the message`);
  return match[1];
}

describe('one-time links', () => {
  it('an invitation creates the account once, with the invited role, and stores only a hash', async () => {
    const admin = await makeStaff('ADMIN');
    expect(await inviteStaff(asSession(admin), 'new.editor@example.org', 'EDITOR', '')).toMatchObject({ ok: true });
    const token = await linkTokenSentTo('new.editor@example.org', 'invite');
    expect(await db.staffToken.count({ where: { tokenHash: token } })).toBe(0);
    const accepted = await acceptInvitation(token, 'Jordan Lee', 'lantern orchard velvet', '');
    expect(accepted).toMatchObject({ email: 'new.editor@example.org', role: 'EDITOR' });
    expect(await acceptInvitation(token, 'Jordan Again', 'lantern orchard velvet', '')).toBeNull();
    expect(await db.staffUser.count({ where: { email: 'new.editor@example.org' } })).toBe(1);
    expect(await inviteStaff(asSession(admin), 'new.editor@example.org', 'ADMIN', '')).toEqual({ ok: false, reason: 'already-staff' });
  });

  it('an invitation stops working after seven days', async () => {
    const admin = await makeStaff('ADMIN');
    await inviteStaff(asSession(admin), 'late@example.org', 'ADMIN', '');
    const token = await linkTokenSentTo('late@example.org', 'invite');
    expect(await findLiveToken('INVITE', token)).not.toBeNull();
    await db.staffToken.updateMany({ where: { email: 'late@example.org' }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitation(token, 'Pat Late', 'lantern orchard velvet', '')).toBeNull();
  });

  it('a reset link sets a new password once, ends sessions, and expires after an hour', async () => {
    const editor = await makeStaff('EDITOR');
    const before = await freshClaims(editor);
    await requestPasswordReset(editor.email.toUpperCase(), '');
    await requestPasswordReset('no-such-person@example.org', '');
    expect(await db.outboxMessage.count({ where: { to: 'no-such-person@example.org' } })).toBe(0);
    const token = await linkTokenSentTo(editor.email, 'reset');
    expect(await findLiveToken('INVITE', token)).toBeNull();
    expect(await resetPassword(token, 'brand new passphrase here', '')).toBe(true);
    expect(await resetPassword(token, 'another new passphrase', '')).toBe(false);
    expect((await checkPasswordStep(editor.email, 'brand new passphrase here', '', noSleep)).kind).toBe('signed-in');
    claims.current = before;
    await expect(authorizeAction('test.after-reset')).rejects.toBeInstanceOf(AuthorizationError);

    await requestPasswordReset(editor.email, '');
    const second = await linkTokenSentTo(editor.email, 'reset');
    const row = await db.staffToken.findFirstOrThrow({ where: { email: editor.email, usedAt: null }, select: { expiresAt: true, createdAt: true } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);
    await db.staffToken.updateMany({ where: { email: editor.email, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword(second, 'yet another passphrase', '')).toBe(false);

    // A third and fourth request within the hour: only one more link is sent.
    await requestPasswordReset(editor.email, '');
    await requestPasswordReset(editor.email, '');
    expect(await db.staffToken.count({ where: { email: editor.email, kind: 'PASSWORD_RESET' } })).toBe(3);
  });
});

describe('staff accounts', () => {
  it('never leave the console without an enabled admin', async () => {
    const admins = await db.staffUser.findMany({ where: { role: 'ADMIN' }, select: { id: true } });
    await db.staffUser.updateMany({ where: { id: { in: admins.map((a) => a.id) } }, data: { disabledAt: new Date() } });
    const only = await makeStaff('ADMIN');
    expect(await changeStaffAccount(asSession(only), only.id, { kind: 'role', role: 'EDITOR' }, '')).toBe('last-admin');
    expect(await changeStaffAccount(asSession(only), only.id, { kind: 'disable' }, '')).toBe('last-admin');
    const second = await makeStaff('ADMIN');
    expect(await changeStaffAccount(asSession(second), only.id, { kind: 'role', role: 'EDITOR' }, '')).toBe('done');
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'staff.change-role', entityId: only.id }, select: { before: true, after: true } });
    expect(entry.before).toMatchObject({ role: 'ADMIN' });
    expect(entry.after).toMatchObject({ role: 'EDITOR' });
  });
});
