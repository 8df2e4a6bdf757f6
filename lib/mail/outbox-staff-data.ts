// What staff may do to a message in the outbox: try it again now, or cancel
// it. Both are audited with the message's state before and after, never its
// text. Who may do them is lib/staff/policy.ts's mayManageMail; the actions
// check it, and these functions take the checked context.
import 'server-only';
import { db } from '../db.ts';
import { recordAudit } from '../audit/record.ts';
import type { ChangeContext } from '../staff/context.ts';
import { deliverOutboxMessage, type DeliverOptions } from './deliver.ts';
import { canCancel, canRetry, mailState, type MailState } from './delivery-state.ts';

const stateSelect = { sentAt: true, keptAt: true, cancelledAt: true, attempts: true, lastError: true } as const;

export type RetryResult =
  | { status: 'sent' }
  | { status: 'kept' }
  | { status: 'failed'; error: string }
  | { status: 'not-found' }
  | { status: 'not-retryable'; state: MailState };

/** Tries the message once, now, whatever its automatic retries; the row lock in deliverLocked keeps it to one send. */
export async function retryOutboxMessage(id: string, ctx: ChangeContext, opts: DeliverOptions = {}): Promise<RetryResult> {
  if (id.length > 40) return { status: 'not-found' };
  const row = await db.outboxMessage.findUnique({ where: { id }, select: stateSelect });
  if (!row) return { status: 'not-found' };
  const before = mailState(row);
  if (!canRetry(before)) return { status: 'not-retryable', state: before };
  const result = await deliverOutboxMessage(id, opts);
  const after = await db.outboxMessage.findUnique({ where: { id }, select: stateSelect });
  await recordAudit(db, {
    actor: ctx.actor,
    action: 'mail.retry',
    entityType: 'OutboxMessage',
    entityId: id,
    before: { state: before, attempts: row.attempts },
    after: after ? { state: mailState(after), attempts: after.attempts, error: after.lastError } : { state: 'deleted' },
    ip: ctx.ip,
  });
  switch (result.outcome) {
    case 'sent':
    case 'kept':
      return { status: result.outcome };
    case 'failed':
      return { status: 'failed', error: result.error };
    case 'missing':
      return { status: 'not-found' };
    default:
      // Sent, kept or cancelled by someone else between the check and the lock.
      return { status: 'not-retryable', state: after ? mailState(after) : before };
  }
}

export type CancelResult = { status: 'cancelled' } | { status: 'not-found' } | { status: 'not-cancellable'; state: MailState };

/** Stops a message for good: the sweep and the worker leave it, and its one-time link, if any, is dropped. */
export async function cancelOutboxMessage(id: string, ctx: ChangeContext): Promise<CancelResult> {
  if (id.length > 40) return { status: 'not-found' };
  return db.$transaction(
    async (tx) => {
      // The same lock delivery takes: a message being sent right now is not cancelled under it.
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "OutboxMessage" WHERE id = ${id} FOR UPDATE`;
      if (rows.length === 0) return { status: 'not-found' } as const;
      const row = await tx.outboxMessage.findUniqueOrThrow({ where: { id }, select: stateSelect });
      const before = mailState(row);
      if (!canCancel(before)) return { status: 'not-cancellable', state: before } as const;
      await tx.outboxMessage.update({ where: { id }, data: { cancelledAt: new Date(), nextAttemptAt: null, linkEnc: null }, select: { id: true } });
      await recordAudit(tx, {
        actor: ctx.actor,
        action: 'mail.cancel',
        entityType: 'OutboxMessage',
        entityId: id,
        before: { state: before, attempts: row.attempts },
        after: { state: 'cancelled' },
        ip: ctx.ip,
      });
      return { status: 'cancelled' } as const;
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}
