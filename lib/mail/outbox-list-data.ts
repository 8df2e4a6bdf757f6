// The staff outbox: every message with what really happened to it, searchable
// and filtered by state; one-time links hidden for every role (decision 024).
import 'server-only';
import { db } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { MAX_DELIVERY_ATTEMPTS, mailState, type MailState } from './delivery-state.ts';
import { hideOneTimeLinks } from './one-time-link.ts';
import type { OutboxFilters } from './outbox-list-schema.ts';

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  createdAt: Date;
  sentAt: Date | null;
  keptAt: Date | null;
  cancelledAt: Date | null;
  nextAttemptAt: Date | null;
  attempts: number;
  lastError: string | null;
  state: MailState;
};

/** The rows in each state; the same rules as mailState. */
export function stateWhere(state: MailState): Prisma.OutboxMessageWhereInput {
  const waiting = { sentAt: null, keptAt: null, cancelledAt: null };
  switch (state) {
    case 'sent': return { sentAt: { not: null } };
    case 'kept': return { sentAt: null, keptAt: { not: null } };
    case 'cancelled': return { sentAt: null, keptAt: null, cancelledAt: { not: null } };
    case 'gave-up': return { ...waiting, attempts: { gte: MAX_DELIVERY_ATTEMPTS } };
    case 'failed': return { ...waiting, attempts: { gt: 0, lt: MAX_DELIVERY_ATTEMPTS } };
    case 'queued': return { ...waiting, attempts: 0 };
  }
}

function whereOf(f: Pick<OutboxFilters, 'q' | 'state'>): Prisma.OutboxMessageWhereInput {
  const and: Prisma.OutboxMessageWhereInput[] = [];
  if (f.q) and.push({ OR: [{ to: { contains: f.q, mode: 'insensitive' } }, { subject: { contains: f.q, mode: 'insensitive' } }] });
  if (f.state) and.push(stateWhere(f.state));
  return { AND: and };
}

export async function listOutbox(f: Partial<OutboxFilters> = {}): Promise<{ items: OutboxItem[]; total: number; page: number; pageCount: number; requestedPage: number }> {
  const where = whereOf({ q: f.q ?? '', state: f.state ?? null });
  const total = await db.outboxMessage.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const requestedPage = f.page ?? 1;
  const page = Number.isInteger(requestedPage) ? Math.min(Math.max(requestedPage, 1), pageCount) : 1;
  const dir = f.sort === 'oldest' ? 'asc' : 'desc';
  const rows = await db.outboxMessage.findMany({
    where,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true, keptAt: true, cancelledAt: true, nextAttemptAt: true, attempts: true, lastError: true },
    orderBy: [{ createdAt: dir }, { id: dir }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
  });
  // Stored text has no links since decision 024; older rows are hidden here too.
  const items = rows.map((m) => ({ ...m, text: hideOneTimeLinks(m.text), state: mailState(m) }));
  return { items, total, page, pageCount, requestedPage };
}

/** Mail that did not go out after trying, still retrying and given up: for the console's home. */
export async function countFailedMail(): Promise<{ failed: number; gaveUp: number }> {
  const [failed, gaveUp] = await Promise.all([db.outboxMessage.count({ where: stateWhere('failed') }), db.outboxMessage.count({ where: stateWhere('gave-up') })]);
  return { failed, gaveUp };
}
