// The moderation queue: list and read submissions, edit a proposal, and
// approve (creating or updating the listing in the same transaction) or
// decline it, telling the submitter by mail either way.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import { env } from '../env.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { SubmissionFilters } from './staff-list-schema.ts';
import { submissionApprovedMail, submissionDeclinedMail, submissionPartlyApprovedMail } from './messages.ts';
import type { GroupInput } from '../listings/schema.ts';
import type { Proposal } from './schema.ts';
import { queueMailDelivery } from '../jobs/queue.ts';
import { enqueueMail } from '../mail/outbox-data.ts';
import type { ChangeContext } from '../staff/context.ts';
import { createGroupInTx, latestOnConflict, ListingSaveStop, runListingSave, updateGroupInTx, type SaveGroupResult } from '../listings/editor-data.ts';

export const SUBMISSION_PAGE_SIZE = 25;

const rowSelect = {
  id: true, kind: true, status: true, groupId: true, payload: true, message: true, submitterName: true, submitterEmail: true,
  declineReason: true, reviewedAt: true, createdAt: true,
  group: { select: { id: true, name: true, slug: true } },
  reviewedBy: { select: { name: true } },
} as const satisfies Prisma.SubmissionSelect;
export type StaffSubmission = Prisma.SubmissionGetPayload<{ select: typeof rowSelect }>;

export async function listSubmissions(f: SubmissionFilters) {
  const where: Prisma.SubmissionWhereInput = {
    status: f.status,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.q
      ? { OR: [{ submitterName: { contains: f.q, mode: 'insensitive' } }, { submitterEmail: { contains: f.q, mode: 'insensitive' } }, { group: { name: { contains: f.q, mode: 'insensitive' } } }] }
      : {}),
  };
  const total = await db.submission.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SUBMISSION_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const dir = f.sort === 'newest' ? 'desc' : 'asc';
  const rows = await db.submission.findMany({ where, select: rowSelect, orderBy: [{ createdAt: dir }, { id: dir }], skip: (page - 1) * SUBMISSION_PAGE_SIZE, take: SUBMISSION_PAGE_SIZE });
  return { rows, total, page, pageCount, requestedPage: f.page };
}

export async function getSubmission(id: string): Promise<StaffSubmission | null> {
  if (id.length > 40) return null;
  return db.submission.findUnique({ where: { id }, select: rowSelect });
}

export type ReviewResult = { status: 'done'; outboxId?: string } | { status: 'already-reviewed' } | { status: 'not-found' } | SaveGroupResult;

/** Claims a pending submission inside the transaction: a second reviewer finds it done. */
async function claim(tx: Prisma.TransactionClient, id: string) {
  const before = await tx.submission.findUnique({ where: { id }, select: rowSelect });
  if (!before) throw new ListingSaveStop({ status: 'not-found' });
  const { count } = await tx.submission.updateMany({ where: { id, status: 'PENDING' }, data: { updatedAt: new Date() } });
  if (count === 0) throw new ReviewStop();
  return before;
}
class ReviewStop extends Error {}

async function review<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | ReviewResult> {
  try {
    return await runListingSave(work);
  } catch (e) {
    if (e instanceof ReviewStop) return { status: 'already-reviewed' };
    throw e;
  }
}

const site = () => ({ name: env().SITE_NAME, url: env().SITE_URL });

/** Staff corrected the proposal before deciding. */
export async function updateSubmissionProposal(id: string, proposal: Proposal, ctx: ChangeContext): Promise<ReviewResult> {
  return review(async (tx) => {
    const before = await claim(tx, id);
    await tx.submission.update({ where: { id }, data: { payload: proposal as Prisma.InputJsonValue }, select: { id: true } });
    await recordAudit(tx, { actor: ctx.actor, action: 'submission.edit', entityType: 'Submission', entityId: id, before: before.payload, after: proposal, ip: ctx.ip });
    return { status: 'done' } as const;
  });
}

/** Changes staff accepted and did not (their labels), and why not; absent when everything was accepted. */
export type PartialDecision = { accepted: string[]; rejected: string[]; reason: string };

/**
 * Approves: a NEW_GROUP becomes a published listing, an UPDATE (all of it,
 * or the part staff accepted) is saved over the listing if it is still at
 * `expectedVersion`, a problem report is marked dealt with. All in one
 * transaction with the mail and audit rows. A partial approval is still
 * APPROVED; its `declineReason` says why the rest was not accepted.
 */
export async function approveSubmission(id: string, listing: GroupInput | null, expectedVersion: number | null, ctx: ChangeContext, partial: PartialDecision | null = null): Promise<ReviewResult> {
  const result = await review(async (tx) => {
    const sub = await claim(tx, id);
    let group: { id: string; slug: string; name: string } | null = sub.group;
    if (sub.kind === 'NEW_GROUP' && listing) {
      const saved = await createGroupInTx(tx, listing, ctx, 'group.create', 'PUBLISHED');
      group = { id: saved.id, slug: saved.slug, name: listing.name };
    } else if (sub.kind === 'UPDATE' && listing && sub.group && expectedVersion !== null) {
      const saved = await updateGroupInTx(tx, sub.group.id, listing, expectedVersion, ctx, 'group.update');
      group = { id: saved.id, slug: saved.slug, name: listing.name };
    } else if (sub.kind !== 'PROBLEM_REPORT') {
      throw new ListingSaveStop({ status: 'invalid', fieldErrors: { _form: ['The proposal cannot be applied; edit it or decline it.'] } });
    }
    const after = await tx.submission.update({
      where: { id },
      data: { status: 'APPROVED', declineReason: partial?.reason ?? null, reviewedById: ctx.actor.userId, reviewedAt: new Date(), groupId: group?.id ?? null },
      select: { status: true, groupId: true, reviewedAt: true, declineReason: true },
    });
    const url = group && sub.kind !== 'PROBLEM_REPORT' ? new URL(`/groups/${group.slug}`, site().url).toString() : null;
    const who = { ...sub, groupName: group?.name ?? '' };
    const mail = partial ? submissionPartlyApprovedMail(who, partial, site(), url) : submissionApprovedMail(who, site(), url);
    const outboxId = await enqueueMail(tx, mail);
    const audited = partial ? { ...after, accepted: partial.accepted, rejected: partial.rejected } : after;
    await recordAudit(tx, { actor: ctx.actor, action: 'submission.approve', entityType: 'Submission', entityId: id, before: { status: sub.status, groupId: sub.groupId }, after: audited, ip: ctx.ip });
    return { status: 'done', outboxId } as const;
  });
  await deliverAfterCommit(result);
  return withLatestListing(result);
}

/** A conflict on an UPDATE: show the listing as saved now. */
async function withLatestListing(result: ReviewResult): Promise<ReviewResult> {
  if (result.status !== 'conflict') return result;
  return latestOnConflict(result.current.id, result);
}

export async function declineSubmission(id: string, reason: string, ctx: ChangeContext): Promise<ReviewResult> {
  const result = await review(async (tx) => {
    const sub = await claim(tx, id);
    const after = await tx.submission.update({
      where: { id },
      data: { status: 'DECLINED', declineReason: reason, reviewedById: ctx.actor.userId, reviewedAt: new Date() },
      select: { status: true, declineReason: true, reviewedAt: true },
    });
    const outboxId = await enqueueMail(tx, submissionDeclinedMail(sub, reason, site()));
    await recordAudit(tx, { actor: ctx.actor, action: 'submission.decline', entityType: 'Submission', entityId: id, before: { status: sub.status }, after, ip: ctx.ip });
    return { status: 'done', outboxId } as const;
  });
  await deliverAfterCommit(result);
  return result;
}

/** The mail is in the outbox; ask the worker to send it now (the sweep would, later). */
async function deliverAfterCommit(result: ReviewResult): Promise<void> {
  if (result.status === 'done' && result.outboxId) await queueMailDelivery([result.outboxId]);
}
