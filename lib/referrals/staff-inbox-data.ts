// The staff referral inbox (never client details) and assignment. Notes
// and status changes go through workOnReferral (staff-work-data.ts).
// Every function takes the signed-in staff member and refuses one without
// referral access itself, whatever the page or action calling it checked.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ReferralInboxFilters } from './staff-schema.ts';
import type { ChangeContext } from '../staff/context.ts';
import { assertReferralAccess } from '../staff/authorization.ts';
import type { StaffSession } from '../staff/guards.ts';

export const REFERRAL_INBOX_PAGE_SIZE = 25;

export async function listReferralInbox(f: ReferralInboxFilters, me: StaffSession) {
  assertReferralAccess(me);
  const created: Prisma.DateTimeFilter = {};
  if (f.from) created.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) created.lt = new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.ReferralWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.group ? { group: { slug: f.group } } : {}),
    ...(f.mine ? { assignedToId: me.userId } : {}),
    ...(f.from || f.to ? { createdAt: created } : {}),
    ...(f.q ? { OR: [{ reference: { contains: f.q, mode: 'insensitive' } }, { referrerName: { contains: f.q, mode: 'insensitive' } }, { referrerOrganisation: { contains: f.q, mode: 'insensitive' } }] } : {}),
  };
  const dir = f.sort === 'oldest' ? 'asc' : 'desc';
  const total = await db.referral.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REFERRAL_INBOX_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = await db.referral.findMany({
    where,
    select: {
      id: true, reference: true, status: true, createdAt: true, referrerName: true, referrerOrganisation: true, helpTown: true,
      group: { select: { name: true } }, assignedTo: { select: { name: true } },
    },
    orderBy: [{ createdAt: dir }, { id: dir }],
    skip: (page - 1) * REFERRAL_INBOX_PAGE_SIZE,
    take: REFERRAL_INBOX_PAGE_SIZE,
  });
  return { rows, total, page, pageCount, requestedPage: f.page };
}

/** Groups that have referrals, for the inbox filter. */
export async function listReferredGroups(me: StaffSession): Promise<{ slug: string; name: string }[]> {
  assertReferralAccess(me);
  return db.group.findMany({ where: { referrals: { some: {} } }, select: { slug: true, name: true }, orderBy: { name: 'asc' } });
}

/** Enabled staff with referral access: nobody else could open what is assigned to them. */
const ASSIGNABLE = { disabledAt: null, referralAccess: true } as const;

/** For "assign to". */
export async function listAssignableStaff(me: StaffSession): Promise<{ id: string; name: string }[]> {
  assertReferralAccess(me);
  return db.staffUser.findMany({ where: ASSIGNABLE, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export async function getReferralStatus(id: string, me: StaffSession) {
  assertReferralAccess(me);
  if (id.length > 40) return null;
  return db.referral.findUnique({ where: { id }, select: { id: true, status: true, reference: true } });
}

export type AssignResult = { status: 'done' } | { status: 'not-found' } | { status: 'unknown-staff' };

/** Assigns to a staff member (null = nobody), audited. */
export async function assignReferral(id: string, assigneeId: string | null, ctx: ChangeContext): Promise<AssignResult> {
  assertReferralAccess(ctx.actor);
  return db.$transaction(async (tx) => {
    const before = await tx.referral.findUnique({ where: { id }, select: { assignedToId: true } });
    if (!before) return { status: 'not-found' } as const;
    if (assigneeId && !(await tx.staffUser.count({ where: { id: assigneeId, ...ASSIGNABLE } }))) return { status: 'unknown-staff' } as const;
    const after = await tx.referral.update({ where: { id }, data: { assignedToId: assigneeId }, select: { assignedToId: true } });
    await recordAudit(tx, { actor: ctx.actor, action: 'referral.assign', entityType: 'Referral', entityId: id, before, after, ip: ctx.ip });
    return { status: 'done' } as const;
  });
}
