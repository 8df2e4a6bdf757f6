// The log of backups (BackupRun): claimed before a nightly backup starts so
// that of two app servers only one makes it, finished or failed after.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db.ts';

/**
 * Claims the night's backup. Null when another server has it (running or
 * done); a failed night may be claimed again, so a retry can succeed.
 */
export async function claimNightlySlot(slot: string, now: Date): Promise<string | null> {
  // The id is random, never made from the time: two servers claiming at the
  // same millisecond would otherwise collide on the id while the first
  // claim is still open, and the second would fail instead of finding the
  // night taken (ON CONFLICT settles only the slot).
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "BackupRun" (id, kind, slot, status, "startedAt")
    VALUES (${`bk_${slot}_${randomUUID()}`}, 'nightly', ${slot}, 'RUNNING', ${now})
    ON CONFLICT (slot) DO UPDATE SET status = 'RUNNING', "startedAt" = EXCLUDED."startedAt", error = NULL, "finishedAt" = NULL
      WHERE "BackupRun".status = 'FAILED'
    RETURNING id`;
  return rows[0]?.id ?? null;
}

export async function startManualRun(now: Date): Promise<string> {
  const row = await db.backupRun.create({ data: { kind: 'manual', status: 'RUNNING', startedAt: now }, select: { id: true } });
  return row.id;
}

export type FinishedBackup = { fileName: string; bytes: number; databaseBytes: number; rows: number };

export async function finishRun(id: string, now: Date, b: FinishedBackup): Promise<void> {
  await db.backupRun.update({
    where: { id },
    data: { status: 'SUCCEEDED', finishedAt: now, fileName: b.fileName, bytes: BigInt(b.bytes), databaseBytes: BigInt(b.databaseBytes), rows: b.rows },
  });
}

export async function failRun(id: string, now: Date, error: string): Promise<void> {
  await db.backupRun.update({ where: { id }, data: { status: 'FAILED', finishedAt: now, error: error.slice(0, 2000) } });
}

export type BackupRunView = { kind: string; status: 'RUNNING' | 'SUCCEEDED' | 'FAILED'; startedAt: Date; finishedAt: Date | null; fileName: string | null; bytes: number | null; databaseBytes: number | null; error: string | null };

const view = (r: { kind: string; status: BackupRunView['status']; startedAt: Date; finishedAt: Date | null; fileName: string | null; bytes: bigint | null; databaseBytes: bigint | null; error: string | null }): BackupRunView => ({
  ...r,
  bytes: r.bytes === null ? null : Number(r.bytes),
  databaseBytes: r.databaseBytes === null ? null : Number(r.databaseBytes),
});

const fields = { kind: true, status: true, startedAt: true, finishedAt: true, fileName: true, bytes: true, databaseBytes: true, error: true } as const;

/** The last successful backup, the last failure, and the database size a week and a month ago (from past backups). */
export async function backupHistory(now: Date): Promise<{ lastSuccess: BackupRunView | null; lastFailure: BackupRunView | null; sizeWeekAgo: number | null; sizeMonthAgo: number | null }> {
  const [lastSuccess, lastFailure] = await Promise.all([
    db.backupRun.findFirst({ where: { status: 'SUCCEEDED' }, orderBy: { finishedAt: 'desc' }, select: fields }),
    db.backupRun.findFirst({ where: { status: 'FAILED' }, orderBy: { startedAt: 'desc' }, select: fields }),
  ]);
  const sizeBefore = async (days: number) => {
    const r = await db.backupRun.findFirst({
      where: { status: 'SUCCEEDED', databaseBytes: { not: null }, finishedAt: { lte: new Date(now.getTime() - days * 86_400_000) } },
      orderBy: { finishedAt: 'desc' },
      select: { databaseBytes: true },
    });
    return r?.databaseBytes === null || r?.databaseBytes === undefined ? null : Number(r.databaseBytes);
  };
  return { lastSuccess: lastSuccess && view(lastSuccess), lastFailure: lastFailure && view(lastFailure), sizeWeekAgo: await sizeBefore(7), sizeMonthAgo: await sizeBefore(30) };
}

/** Who hears about a failed backup: every administrator whose account is active. */
export async function activeAdminEmails(): Promise<string[]> {
  const rows = await db.staffUser.findMany({ where: { role: 'ADMIN', disabledAt: null }, select: { email: true }, orderBy: { email: 'asc' } });
  return rows.map((r) => r.email);
}
