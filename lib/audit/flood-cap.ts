// Caps on flood-prone audit entries: refusals, failed sign-ins and reset
// requests, which anyone can cause as often as they like. Each one is
// counted per hour, action and source in AuditRollup; the AuditLog row
// itself is written only while its source is under PER_SOURCE_PER_HOUR and
// all sources together are under ALL_SOURCES_PER_HOUR. The trail stays
// append-only (a trigger refuses UPDATE and DELETE), so the cap works when
// writing instead of rolling rows up afterwards.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';

/** Actions anyone can repeat without being signed in, or by being refused. */
export const FLOOD_PRONE_ACTIONS: ReadonlySet<string> = new Set([
  'auth.refused',
  'auth.sign-in-failed',
  'auth.password-reset-requested',
  'auth.password-change-refused',
]);

/** Detailed rows per source (address) and hour: enough to see who and what, not a flood. */
export const PER_SOURCE_PER_HOUR = 20;
/** Detailed rows per action and hour from all sources together: the bound on growth. */
export const ALL_SOURCES_PER_HOUR = 500;
/** The rollup row counting every source together. */
export const ALL_SOURCES = '*';

type Client = Prisma.TransactionClient | typeof db;

/** Adds one to the hour's count for (action, source); returns the new count. Atomic under concurrency. */
async function countOne(client: Client, action: string, source: string): Promise<number> {
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "AuditRollup" (hour, action, source, count)
    VALUES (date_trunc('hour', timezone('UTC', now())), ${action}, ${source}, 1)
    ON CONFLICT (hour, action, source) DO UPDATE SET count = "AuditRollup".count + 1
    RETURNING count`;
  return rows[0]?.count ?? 0;
}

/**
 * Counts a flood-prone entry and says whether it still gets its own AuditLog
 * row. The source is the client's address. Past the all-sources cap only the "*" count grows, so distinct
 * sources cannot grow the rollup table without bound either.
 */
export async function admitFloodProne(client: Client, action: string, source: string): Promise<boolean> {
  const all = await countOne(client, action, ALL_SOURCES);
  if (all > ALL_SOURCES_PER_HOUR) return false;
  // No address means no request (a script, a test: lib/staff/request-ip.ts): only the total caps it.
  if (!source) return true;
  return (await countOne(client, action, source)) <= PER_SOURCE_PER_HOUR;
}

/**
 * Retention: per-source counts older than `before` are deleted (a source is
 * an address); the "*" totals stay for statistics. Returns how many went.
 */
export async function forgetRollupSources(before: Date): Promise<number> {
  const { count } = await db.auditRollup.deleteMany({ where: { hour: { lt: before }, source: { not: ALL_SOURCES } } });
  return count;
}

/** Flood-prone entries counted in the last 24 hours, listed or not: what the audit page reports beside the list. */
export async function countFloodProneToday(now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - 24 * 3600_000);
  const r = await db.auditRollup.aggregate({ where: { source: ALL_SOURCES, hour: { gte: since } }, _sum: { count: true } });
  return r._sum.count ?? 0;
}
