// The outbox: every message the directory sends, written in the same
// transaction as the change it reports, delivered afterwards by the mail
// worker (lib/mail/deliver.ts) and readable by staff.
import 'server-only';
import { db } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { encryptText, newRecordId } from '../crypto/index.ts';
import { outboxLinkField } from './encrypted-fields.ts';
import { LINK_PLACEHOLDER } from './one-time-link.ts';

export type Tx = Prisma.TransactionClient;
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** The Reply-To address, when the recipient should answer someone other than the directory. */
  replyTo?: string | null;
  /**
   * A one-time link (reset, invitation, status). The text carries
   * LINK_PLACEHOLDER where it goes; the link is stored encrypted and put in
   * only when the mail is sent (decision 024).
   */
  link?: string | null;
};

/** A message as stored: the link, if any, still encrypted. */
export type StoredMail = Omit<OutgoingMail, 'link'> & { id: string; linkEnc: string | null };

/** Writes a message in the caller's transaction; returns its id for the delivery job. */
export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<string> {
  const { link, ...rest } = mail;
  if (link && !rest.text.includes(LINK_PLACEHOLDER)) throw new Error(`mail "${rest.kind}" has a link but no place for it in its text`);
  const id = newRecordId();
  const row = await tx.outboxMessage.create({ data: { id, ...rest, linkEnc: link ? encryptText(link, outboxLinkField(id)) : null }, select: { id: true } });
  return row.id;
}

/**
 * Unsent messages older than `olderThan` that have not used up their attempts
 * and whose next try is due by `now`: the sweep re-queues them. A failed
 * message is not tried before the time the outbox shows for it.
 */
export async function listStrandedOutboxIds(olderThan: Date, maxAttempts: number, limit = 500, now = new Date()): Promise<string[]> {
  const rows = await db.outboxMessage.findMany({
    where: {
      sentAt: null, keptAt: null, cancelledAt: null, createdAt: { lt: olderThan }, attempts: { lt: maxAttempts },
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}

export type DeliveryOutcome = { outcome: 'sent' | 'kept' | 'already-sent' | 'already-kept' | 'cancelled' | 'missing' } | { outcome: 'failed'; error: string };

/**
 * Locks the message row, hands it to `send` and records what really
 * happened, so two workers never deliver the same message twice. `send`
 * returning 'kept' means there is no SMTP server: the message stays in the
 * outbox for staff and is recorded as kept, never as sent (decision 031).
 * `retryAt` says when the next attempt is due after a failure.
 */
export async function deliverLocked(
  id: string,
  send: (m: StoredMail) => Promise<'sent' | 'kept'>,
  retryAt: (now: Date, attempts: number) => Date | null,
): Promise<DeliveryOutcome> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<(StoredMail & { sentAt: Date | null; keptAt: Date | null; cancelledAt: Date | null; attempts: number })[]>`
        SELECT id, "to", subject, text, kind, "replyTo", "linkEnc", "sentAt", "keptAt", "cancelledAt", attempts FROM "OutboxMessage" WHERE id = ${id} FOR UPDATE`;
      const row = rows[0];
      if (!row) return { outcome: 'missing' } as const;
      if (row.sentAt) return { outcome: 'already-sent' } as const;
      if (row.keptAt) return { outcome: 'already-kept' } as const;
      if (row.cancelledAt) return { outcome: 'cancelled' } as const;
      try {
        const how = await send(row);
        const now = new Date();
        await tx.outboxMessage.update({
          where: { id },
          // The link has done its job (or, kept without a mail server, can reach no one): it goes.
          data: how === 'sent'
            ? { sentAt: now, attempts: { increment: 1 }, lastError: null, nextAttemptAt: null, linkEnc: null }
            : { keptAt: now, lastError: null, nextAttemptAt: null, linkEnc: null },
          select: { id: true },
        });
        return { outcome: how };
      } catch (err) {
        const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
        const nextAttemptAt = retryAt(new Date(), row.attempts + 1);
        await tx.outboxMessage.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: error, nextAttemptAt }, select: { id: true } });
        return { outcome: 'failed', error } as const;
      }
    },
    // SMTP timeouts (lib/mail/transport.ts) stay well inside this.
    { maxWait: 15_000, timeout: 90_000 },
  );
}

const DAY_MS = 86_400_000;

/** Deletes mail sent, kept or cancelled more than `days` days before `now`; mail still waiting stays for the sweep and for staff. */
export async function purgeSentMail(now: Date, days: number): Promise<number> {
  const before = new Date(now.getTime() - days * DAY_MS);
  // Kept and cancelled mail is as finished as sent mail: none of it will go out.
  const { count } = await db.outboxMessage.deleteMany({ where: { OR: [{ sentAt: { lt: before } }, { keptAt: { lt: before } }, { cancelledAt: { lt: before } }] } });
  return count;
}

/**
 * Retention: deletes every message written more than `days` days before
 * `now`, sent or not. Mail carries names, addresses and visitors' messages
 * to groups; one that never went out in that time never will.
 */
export async function eraseOldMail(now: Date, days: number): Promise<number> {
  const { count } = await db.outboxMessage.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - days * DAY_MS) } } });
  return count;
}
