// The outbox: every message the directory sends, written in the same
// transaction as the change it reports, delivered afterwards by the mail
// worker (lib/mail/deliver.ts) and readable by staff.
import 'server-only';
import { db } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** The Reply-To address, when the recipient should answer someone other than the directory. */
  replyTo?: string | null;
};

/** Writes a message in the caller's transaction; returns its id for the delivery job. */
export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<string> {
  const row = await tx.outboxMessage.create({ data: mail, select: { id: true } });
  return row.id;
}

export type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
};

export const OUTBOX_PAGE_SIZE = 50;

/** Newest first, for the staff console. */
export async function listOutbox({ page = 1 }: { page?: number } = {}): Promise<{ items: OutboxItem[]; total: number; page: number; pageCount: number }> {
  const total = await db.outboxMessage.count();
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const current = Number.isInteger(page) ? Math.min(Math.max(page, 1), pageCount) : 1;
  const items = await db.outboxMessage.findMany({
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
  });
  return { items, total, page: current, pageCount };
}

/** Unsent messages older than `olderThan` that have not used up their attempts: the sweep re-queues them. */
export async function listStrandedOutboxIds(olderThan: Date, maxAttempts: number, limit = 500): Promise<string[]> {
  const rows = await db.outboxMessage.findMany({
    where: { sentAt: null, createdAt: { lt: olderThan }, attempts: { lt: maxAttempts } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}

export type DeliveryOutcome = { outcome: 'sent' | 'kept' | 'already-sent' | 'missing' } | { outcome: 'failed'; error: string };

/**
 * Locks the message row, hands it to `send` and records the result, so two
 * workers never deliver the same message twice. `send` returning 'kept'
 * means there is no SMTP server: the outbox itself is the delivery.
 */
export async function deliverLocked(id: string, send: (m: OutgoingMail) => Promise<'sent' | 'kept'>): Promise<DeliveryOutcome> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<(OutgoingMail & { sentAt: Date | null })[]>`
        SELECT "to", subject, text, kind, "replyTo", "sentAt" FROM "OutboxMessage" WHERE id = ${id} FOR UPDATE`;
      const row = rows[0];
      if (!row) return { outcome: 'missing' } as const;
      if (row.sentAt) return { outcome: 'already-sent' } as const;
      try {
        const how = await send(row);
        await tx.outboxMessage.update({
          where: { id },
          data: { sentAt: new Date(), lastError: null, ...(how === 'sent' ? { attempts: { increment: 1 } } : {}) },
          select: { id: true },
        });
        return { outcome: how };
      } catch (err) {
        const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
        await tx.outboxMessage.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: error }, select: { id: true } });
        return { outcome: 'failed', error } as const;
      }
    },
    // SMTP timeouts (lib/mail/transport.ts) stay well inside this.
    { maxWait: 10_000, timeout: 90_000 },
  );
}
