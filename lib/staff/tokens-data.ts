// Invitations (admin → new colleague, 7 days) and password resets (1 hour):
// one-time links sent through the outbox. Only a hash of each token is kept.
import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/staff/guards';
import { hashLinkToken, isLinkTokenShape, newLinkToken } from '@/lib/staff/one-time-token';
import { hashSecret } from '@/lib/staff/password-hash';
import { INVITE_LIFETIME_MS, RESET_LIFETIME_MS } from '@/lib/staff/policy';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { StaffRole, StaffTokenKind } from '@/lib/generated/prisma/enums';
import { queueMailDelivery } from '@/lib/jobs/queue';
import { enqueueMail, LINK_PLACEHOLDER, mailServerConfigured } from '@/lib/mail';
import { SITE } from '@/lib/site';

const link = (path: string) => new URL(path, env().SITE_URL).toString();

/**
 * `handOver` is the link itself, for the inviting admin to pass on, only when
 * no mail server is configured: the outbox never shows it (decision 024).
 */
export type InviteResult = { ok: true; handOver: string | null } | { ok: false; reason: 'already-staff' };

export async function inviteStaff(
  actor: StaffSession,
  email: string,
  role: StaffRole,
  ip: string,
  opts: { mailServer?: boolean } = {},
): Promise<InviteResult> {
  const existing = await db.staffUser.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { ok: false, reason: 'already-staff' };
  const { token, tokenHash } = newLinkToken();
  const inviteUrl = link(`/staff/invite/${token}`);
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
  const outboxId = await db.$transaction(async (tx) => {
    const row = await tx.staffToken.create({ data: { kind: 'INVITE', tokenHash, email, role, createdById: actor.userId, expiresAt }, select: { id: true } });
    await recordAudit(tx, { actor, action: 'staff.invite', entityType: 'StaffToken', entityId: row.id, after: { email, role, expiresAt }, ip });
    return enqueueMail(tx, {
      to: email,
      subject: `You are invited to the ${SITE.name} staff console`,
      text: [
        `${actor.name} has invited you to help keep the ${SITE.name} up to date (${role === 'ADMIN' ? 'administrator' : 'editor'}).`,
        '',
        `Set your name and password here (the link works once, for 7 days):`,
        LINK_PLACEHOLDER,
        '',
        'If you were not expecting this, you can ignore this message.',
      ].join('\n'),
      link: inviteUrl,
      kind: 'staff.invite',
    });
  });
  await queueMailDelivery([outboxId]);
  return { ok: true, handOver: (opts.mailServer ?? mailServerConfigured()) ? null : inviteUrl };
}

/** A reset link for an enabled account; the caller answers the same whether or not one was sent. */
export async function requestPasswordReset(emailInput: string, ip: string): Promise<void> {
  const email = emailInput.trim().toLowerCase();
  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true } });
  // At most three links an hour per account, so the form cannot be used to flood someone's inbox.
  const recent = user
    ? await db.staffToken.count({ where: { staffUserId: user.id, kind: 'PASSWORD_RESET', createdAt: { gt: new Date(Date.now() - RESET_LIFETIME_MS) } } })
    : 0;
  if (!user || user.disabledAt || recent >= 3) {
    await recordAudit(db, { actor: null, action: 'auth.password-reset-requested', entityType: user ? 'StaffUser' : '', entityId: user?.id ?? null, after: { email, sent: false }, ip });
    return;
  }
  const { token, tokenHash } = newLinkToken();
  const outboxId = await db.$transaction(async (tx) => {
    await tx.staffToken.create({
      data: { kind: 'PASSWORD_RESET', tokenHash, email: user.email, staffUserId: user.id, expiresAt: new Date(Date.now() + RESET_LIFETIME_MS) },
      select: { id: true },
    });
    await recordAudit(tx, { actor: null, action: 'auth.password-reset-requested', entityType: 'StaffUser', entityId: user.id, after: { email, sent: true }, ip });
    return enqueueMail(tx, {
      to: user.email,
      subject: `Reset your ${SITE.name} staff password`,
      text: [
        'Someone (hopefully you) asked to reset the password of your staff account.',
        '',
        'Choose a new password here (the link works once, for 1 hour):',
        LINK_PLACEHOLDER,
        '',
        'If it was not you, ignore this message: your password stays as it is.',
      ].join('\n'),
      // Without a mail server it reaches no one: nobody but the account's owner may hold it.
      link: link(`/staff/reset/${token}`),
      kind: 'staff.password-reset',
    });
  });
  await queueMailDelivery([outboxId]);
}

/** Spends every reset link the account still has: called wherever its password changes. */
export async function endResetLinks(tx: Pick<typeof db, 'staffToken'>, staffUserId: string): Promise<void> {
  await tx.staffToken.updateMany({ where: { staffUserId, kind: 'PASSWORD_RESET', usedAt: null }, data: { usedAt: new Date() } });
}

export type LiveToken = { id: string; email: string; role: StaffRole | null; staffUserId: string | null };

/** The unused, unexpired token of this kind, or null (wrong, used or expired look the same). */
export async function findLiveToken(kind: StaffTokenKind, token: string): Promise<LiveToken | null> {
  if (!isLinkTokenShape(token)) return null;
  const row = await db.staffToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, kind: true, email: true, role: true, staffUserId: true, usedAt: true, expiresAt: true, createdAt: true, staffUser: { select: { passwordChangedAt: true } } },
  });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
  // A reset link asked for before the password last changed is dead, however the change was made.
  if (row.staffUser && row.createdAt < row.staffUser.passwordChangedAt) return null;
  return { id: row.id, email: row.email, role: row.role, staffUserId: row.staffUserId };
}

export type AcceptedInvite = { userId: string; email: string; name: string; role: StaffRole; sessionVersion: number };

/** Creates the account and spends the invitation; null if the link is no longer valid. */
export async function acceptInvitation(token: string, name: string, password: string, ip: string): Promise<AcceptedInvite | null> {
  const live = await findLiveToken('INVITE', token);
  if (!live) return null;
  const passwordHash = await hashSecret(password);
  return db.$transaction(async (tx) => {
    // Spending the token first, conditionally, makes a double submit create one account.
    const { count } = await tx.staffToken.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count !== 1) return null;
    if (await tx.staffUser.findUnique({ where: { email: live.email }, select: { id: true } })) return null;
    const user = await tx.staffUser.create({
      data: { email: live.email, name, role: live.role ?? 'EDITOR', passwordHash },
      select: { id: true, email: true, name: true, role: true, sessionVersion: true },
    });
    await recordAudit(tx, {
      actor: { userId: user.id, email: user.email },
      action: 'staff.invitation-accepted',
      entityType: 'StaffUser',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role },
      ip,
    });
    return { userId: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  });
}

/** Sets the new password, ends every session and spends all reset links of the account. */
export async function resetPassword(token: string, password: string, ip: string): Promise<boolean> {
  const live = await findLiveToken('PASSWORD_RESET', token);
  if (!live?.staffUserId) return false;
  const userId = live.staffUserId;
  const passwordHash = await hashSecret(password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffToken.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count !== 1) return false;
    await endResetLinks(tx, userId);
    await tx.staffUser.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, failedLoginCount: 0, lockedUntil: null },
      select: { id: true },
    });
    await recordAudit(tx, { actor: null, action: 'auth.password-reset', entityType: 'StaffUser', entityId: userId, after: { email: live.email }, ip });
    return true;
  });
}
