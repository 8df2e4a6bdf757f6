// Publishing, unpublishing, archiving and "checked today" for a listing.
// Each bumps the version, so an editor with the form open sees the change as
// a conflict instead of silently undoing it.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { GroupStatus } from '../generated/prisma/enums.ts';
import type { ChangeContext } from '../staff/context.ts';
import { requestGroupPurge } from '../page-cache/purge-data.ts';
import { queuePagePurge } from '../jobs/queue.ts';

export type StatusChangeResult = { status: 'done' | 'unchanged'; slug: string; version: number } | { status: 'not-found' };

const statusSelect = { id: true, slug: true, status: true, version: true, lastVerifiedAt: true, lastVerifiedById: true } as const;

export const STATUS_ACTIONS: Record<'publish' | 'unpublish' | 'archive', { to: GroupStatus; audit: string }> = {
  publish: { to: 'PUBLISHED', audit: 'group.publish' },
  unpublish: { to: 'DRAFT', audit: 'group.unpublish' },
  archive: { to: 'ARCHIVED', audit: 'group.archive' },
};

export async function setGroupStatus(id: string, change: keyof typeof STATUS_ACTIONS, ctx: ChangeContext): Promise<StatusChangeResult> {
  const { to, audit } = STATUS_ACTIONS[change];
  const result = await db.$transaction(async (tx) => {
    const before = await tx.group.findUnique({ where: { id }, select: statusSelect });
    if (!before) return { status: 'not-found' } as const;
    if (before.status === to) return { status: 'unchanged', slug: before.slug, version: before.version } as const;
    const after = await tx.group.update({ where: { id }, data: { status: to, version: { increment: 1 } }, select: statusSelect });
    await recordAudit(tx, { actor: ctx.actor, action: audit, entityType: 'Group', entityId: id, before, after, ip: ctx.ip });
    // Appearing in or leaving the public pages: a shared cache must drop them (decision 035).
    if (before.status === 'PUBLISHED' || to === 'PUBLISHED') await requestGroupPurge(tx, after.slug);
    return { status: 'done', slug: after.slug, version: after.version } as const;
  });
  if (result.status === 'done') void queuePagePurge();
  return result;
}

export type CheckedResult = { status: 'done'; slug: string; version: number; checkedAt: Date } | { status: 'not-found' };

/** Staff confirmed the listing with the group today. */
export async function markGroupVerified(id: string, ctx: ChangeContext, now = new Date()): Promise<CheckedResult> {
  const result = await db.$transaction(async (tx) => {
    const before = await tx.group.findUnique({ where: { id }, select: statusSelect });
    if (!before) return { status: 'not-found' } as const;
    const after = await tx.group.update({
      where: { id },
      data: { lastVerifiedAt: now, lastVerifiedById: ctx.actor.userId, version: { increment: 1 } },
      select: statusSelect,
    });
    await recordAudit(tx, { actor: ctx.actor, action: 'group.verify', entityType: 'Group', entityId: id, before, after, ip: ctx.ip });
    // The public page says when the listing was last checked.
    if (after.status === 'PUBLISHED') await requestGroupPurge(tx, after.slug);
    return { status: 'done', slug: after.slug, version: after.version, checkedAt: now } as const;
  });
  if (result.status === 'done') void queuePagePurge();
  return result;
}

/** Who last checked the listing, for the editor's header. */
export async function getGroupVerifier(id: string): Promise<{ name: string } | null> {
  const row = await db.group.findUnique({ where: { id }, select: { lastVerifiedBy: { select: { name: true } } } });
  return row?.lastVerifiedBy ?? null;
}
