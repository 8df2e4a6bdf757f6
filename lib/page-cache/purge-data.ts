import 'server-only';
// The purge outbox (model PagePurge): a listing change writes what it made
// stale in its own transaction; the page-purge job sends it to the hook.
// Rows, not a message after commit, because a process may die between its
// commit and any later step, and another instance must still send the purge.
import { db } from '../db.ts';
import { env } from '../env.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { purgeForGroup } from './policy.ts';

type Tx = Prisma.TransactionClient;

export type PurgeRequest = { tags: string[]; paths: string[] };

/** In the change's transaction: pages a shared cache must drop (lib/page-cache/policy.ts says which). Nothing when no hook is set. */
export async function requestPurge(tx: Tx, pages: PurgeRequest): Promise<void> {
  if (!env().PAGE_PURGE_URL) return;
  await tx.pagePurge.create({ data: pages, select: { id: true } });
}

/** In the change's transaction: the pages of this listing a shared cache must drop. */
export const requestGroupPurge = (tx: Tx, slug: string) => requestPurge(tx, purgeForGroup(slug));

/**
 * After this many failed sends a purge is dropped with a warning: by then the
 * pages have long aged out of the cache (decision 035), and a hook that is
 * gone for good must not grow the table.
 */
export const MAX_PURGE_ATTEMPTS = 20;

/**
 * Sends the waiting purges, merged into one request, oldest first; rows are
 * deleted only once `send` resolved. Rows are claimed FOR UPDATE SKIP LOCKED,
 * so two instances never send the same purge at the same time.
 */
export async function sendPendingPurges(send: (p: PurgeRequest) => Promise<void>, limit = 100): Promise<{ sent: number; failed: number }> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; tags: string[]; paths: string[]; attempts: number }[]>`
        SELECT id, tags, paths, attempts FROM "PagePurge" ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (!rows.length) return { sent: 0, failed: 0 };
      const merged = { tags: [...new Set(rows.flatMap((r) => r.tags))], paths: [...new Set(rows.flatMap((r) => r.paths))] };
      const ids = rows.map((r) => r.id);
      try {
        await send(merged);
      } catch (err) {
        await tx.pagePurge.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 } } });
        const dropped = await tx.pagePurge.deleteMany({ where: { id: { in: ids }, attempts: { gte: MAX_PURGE_ATTEMPTS } } });
        console.warn(`[page-cache] purge of ${rows.length} change(s) failed${dropped.count ? `, ${dropped.count} given up` : ''}: ${err instanceof Error ? err.message : 'unknown error'}`);
        return { sent: 0, failed: rows.length };
      }
      await tx.pagePurge.deleteMany({ where: { id: { in: ids } } });
      return { sent: rows.length, failed: 0 };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}
