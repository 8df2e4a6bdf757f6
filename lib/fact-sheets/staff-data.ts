// Fact sheets as staff see them: every sheet whatever its status, one
// sheet's words for the editor, its revisions, and publishing. Saving words
// and revisions is lib/fact-sheets/data.ts (saveFactSheetRevision).
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { PublishStatus } from '../generated/prisma/enums.ts';
import { listFactSheetRevisions, saveFactSheetRevision, type SaveFactSheetResult } from './data.ts';
import type { ChangeContext } from '../staff/context.ts';
import { requestPurge } from '../page-cache/purge-data.ts';
import { purgeForFactSheet } from '../page-cache/policy.ts';
import { queuePagePurge } from '../jobs/queue.ts';

export async function listFactSheetsForStaff() {
  return db.factSheet.findMany({
    select: { slug: true, title: true, status: true, audience: true, updatedAt: true, _count: { select: { revisions: true } } },
    orderBy: { title: 'asc' },
  });
}

export async function getFactSheetForEdit(slug: string) {
  if (slug.length > 100) return null;
  return db.factSheet.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, summary: true, body: true, status: true, publishedAt: true, updatedAt: true } });
}

/** Saves new words (a new revision) and records who did it. */
export async function saveFactSheetAsStaff(slug: string, input: { title: string; summary: string; body: string }, ctx: ChangeContext, action = 'fact-sheet.save'): Promise<SaveFactSheetResult> {
  const before = await getFactSheetForEdit(slug);
  const result = await saveFactSheetRevision(slug, input, { staffUserId: ctx.actor.userId });
  if (result.status === 'saved' && before) {
    await recordAudit(db, {
      actor: ctx.actor, action, entityType: 'FactSheet', entityId: before.id,
      before: { title: before.title, summary: before.summary, body: before.body },
      after: { ...input, revisionId: result.revisionId }, ip: ctx.ip,
    });
  }
  return result;
}

/** A new revision with an older revision's words; the history itself is never rewritten. */
export async function restoreFactSheetRevision(slug: string, revisionId: string, ctx: ChangeContext): Promise<SaveFactSheetResult> {
  const revisions = await listFactSheetRevisions(slug);
  const old = revisions.find((r) => r.id === revisionId);
  if (!old) return { status: 'not-found' };
  return saveFactSheetAsStaff(slug, { title: old.title, summary: old.summary, body: old.body }, ctx, 'fact-sheet.restore');
}

export async function setFactSheetStatus(slug: string, status: PublishStatus, ctx: ChangeContext): Promise<'done' | 'not-found'> {
  const result = await db.$transaction(async (tx) => {
    const before = await tx.factSheet.findUnique({ where: { slug }, select: { id: true, status: true, publishedAt: true } });
    if (!before) return 'not-found' as const;
    const after = await tx.factSheet.update({
      where: { slug },
      data: { status, publishedAt: status === 'PUBLISHED' ? (before.publishedAt ?? new Date()) : before.publishedAt },
      select: { id: true, status: true, publishedAt: true },
    });
    await recordAudit(tx, { actor: ctx.actor, action: status === 'PUBLISHED' ? 'fact-sheet.publish' : 'fact-sheet.unpublish', entityType: 'FactSheet', entityId: before.id, before, after, ip: ctx.ip });
    // Published or taken down: the shelf and the sheet's page change either way.
    if (before.status !== status) await requestPurge(tx, purgeForFactSheet(slug));
    return 'done' as const;
  });
  if (result === 'done') void queuePagePurge();
  return result;
}
