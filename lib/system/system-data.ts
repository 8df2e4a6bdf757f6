// What the staff System page shows (admins only; /api/health stays minimal
// for load balancers): backups, database size and growth, jobs, mail, disk,
// versions and keys, with the warnings an administrator should act on.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { appVersion } from '../backup/app-version.ts';
import { backupHistory, type BackupRunView } from '../backup/backup-data.ts';
import type { EncryptedTable } from '../crypto/rotate-data.ts';
import { encryptionKey } from '../crypto/index.ts';
import { dataDirFor } from '../crypto/key.ts';
import { db } from '../db.ts';
import { env } from '../env.ts';
import { MAIL_ENCRYPTED_TABLES } from '../mail/encrypted-fields.ts';
import { REFERRAL_ENCRYPTED_TABLES } from '../referrals/encrypted-fields.ts';
import { STAFF_ENCRYPTED_TABLES } from '../staff/encrypted-fields.ts';

const DAY = 86_400_000;
/** A backup older than this is a warning. */
export const BACKUP_MAX_AGE_DAYS = 2;
/** Less free space than either is a warning. */
export const LOW_DISK = { bytes: 2 * 1024 ** 3, fraction: 0.1 };

export type DiskSpace = { label: string; path: string; freeBytes: number; totalBytes: number } | { label: string; path: string; error: string };
export type QueueRow = { name: string; waiting: number; active: number; failed: number };

export type SystemStatus = {
  now: Date;
  appVersion: string;
  schema: { applied: string | null; latestKnown: string | null };
  database: { bytes: number; weekAgo: number | null; monthAgo: number | null };
  backups: { dir: string | null; keysSealed: boolean; lastSuccess: BackupRunView | null; lastFailure: BackupRunView | null };
  jobs: { queues: QueueRow[]; waiting: number; failed: number };
  mail: { sent: number; failing: number; waiting: number };
  disk: DiskSpace[];
  keys: { configured: string[]; missing: { keyId: string; values: number }[] };
  warnings: string[];
};

function diskSpace(label: string, dir: string): DiskSpace {
  try {
    const s = fs.statfsSync(dir);
    return { label, path: dir, freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch (err) {
    return { label, path: dir, error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder does not exist' : 'not readable' };
  }
}

function latestKnownMigration(): string | null {
  const dir = path.join(process.cwd(), 'prisma/migrations');
  try {
    const names = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    return names.at(-1) ?? null;
  } catch {
    return null;
  }
}

const ENCRYPTED: EncryptedTable[] = [...REFERRAL_ENCRYPTED_TABLES, ...MAIL_ENCRYPTED_TABLES, ...STAFF_ENCRYPTED_TABLES];
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Stored values sealed with a key that is not configured (a restore without
 * its key, a key dropped too early), counted per key id. The id is the
 * second part of a v2 value (lib/crypto/aes.ts).
 */
export async function missingKeys(configured: string[]): Promise<{ keyId: string; values: number }[]> {
  const parts = ENCRYPTED.flatMap((t) =>
    t.columns.map((c) => `SELECT split_part(${ident(c)}, '.', 2) AS k FROM ${ident(t.table)} WHERE ${ident(c)} LIKE 'v2.%'`),
  );
  const rows = await db.$queryRawUnsafe<{ k: string; n: number }[]>(
    `SELECT k, count(*)::int AS n FROM (${parts.join(' UNION ALL ')}) v WHERE NOT (k = ANY($1::text[])) GROUP BY k ORDER BY k`,
    configured,
  );
  return rows.map((r) => ({ keyId: r.k, values: r.n }));
}

async function jobQueues(): Promise<QueueRow[]> {
  try {
    const rows = await db.$queryRaw<{ name: string; state: string; n: number }[]>`
      SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
       WHERE state IN ('created', 'retry', 'active') OR (state = 'failed' AND completed_on > now() - interval '7 days')
       GROUP BY name, state ORDER BY name`;
    const byName = new Map<string, QueueRow>();
    for (const r of rows) {
      const q = byName.get(r.name) ?? { name: r.name, waiting: 0, active: 0, failed: 0 };
      if (r.state === 'active') q.active += r.n;
      else if (r.state === 'failed') q.failed += r.n;
      else q.waiting += r.n;
      byName.set(r.name, q);
    }
    return [...byName.values()];
  } catch {
    return [];
  }
}

export async function systemStatus(now = new Date(), opts: { lowDisk?: typeof LOW_DISK } = {}): Promise<SystemStatus> {
  const e = env();
  const low = opts.lowDisk ?? LOW_DISK;
  const ring = encryptionKey();
  const configured = [...ring.keys.keys()];
  const [applied, size, history, queues, mail, missing] = await Promise.all([
    db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`.catch(() => []),
    db.$queryRaw<{ bytes: bigint }[]>`SELECT pg_database_size(current_database()) AS bytes`,
    backupHistory(now),
    jobQueues(),
    db.$queryRaw<{ sent: number; failing: number; waiting: number }[]>`
      SELECT count(*) FILTER (WHERE "sentAt" IS NOT NULL)::int AS sent,
             count(*) FILTER (WHERE "sentAt" IS NULL AND "lastError" IS NOT NULL)::int AS failing,
             count(*) FILTER (WHERE "sentAt" IS NULL AND "lastError" IS NULL)::int AS waiting
        FROM "OutboxMessage"`,
    missingKeys(configured),
  ]);
  const backupDir = e.BACKUP_DIR ? path.resolve(e.BACKUP_DIR) : null;
  const disk = [diskSpace('Data folder', dataDirFor(e)), ...(backupDir ? [diskSpace('Backup folder', backupDir)] : [])];
  const status: SystemStatus = {
    now,
    appVersion: appVersion(),
    schema: { applied: applied[0]?.name ?? null, latestKnown: latestKnownMigration() },
    database: { bytes: Number(size[0]!.bytes), weekAgo: history.sizeWeekAgo, monthAgo: history.sizeMonthAgo },
    backups: { dir: backupDir, keysSealed: Boolean(e.BACKUP_PASSPHRASE), lastSuccess: history.lastSuccess, lastFailure: history.lastFailure },
    jobs: { queues, waiting: queues.reduce((a, q) => a + q.waiting, 0), failed: queues.reduce((a, q) => a + q.failed, 0) },
    mail: mail[0]!,
    disk,
    keys: { configured, missing },
    warnings: [],
  };
  status.warnings = warningsFor(status, low);
  return status;
}

export function warningsFor(s: SystemStatus, low: typeof LOW_DISK): string[] {
  const w: string[] = [];
  const last = s.backups.lastSuccess;
  const at = last?.finishedAt ?? null;
  if (!s.backups.dir) w.push('Nightly backups are off: set BACKUP_DIR to a folder (ideally another disk or a mounted share) and restart.');
  if (!at) w.push('No backup has succeeded yet. Make one now with npm run backup.');
  else if (s.now.getTime() - at.getTime() > BACKUP_MAX_AGE_DAYS * DAY) {
    w.push(`The last successful backup is ${Math.floor((s.now.getTime() - at.getTime()) / DAY)} days old (more than ${BACKUP_MAX_AGE_DAYS}).`);
  }
  const fail = s.backups.lastFailure;
  if (fail && (!at || fail.startedAt > at)) w.push(`The latest backup failed: ${fail.error ?? 'no reason recorded'}`);
  for (const d of s.disk) {
    if ('error' in d) w.push(`${d.label} (${d.path}): ${d.error}.`);
    else if (d.freeBytes < low.bytes || d.freeBytes < d.totalBytes * low.fraction) w.push(`${d.label} is low on disk space: ${formatBytes(d.freeBytes)} free of ${formatBytes(d.totalBytes)}.`);
  }
  if (s.jobs.failed > 0) w.push(`${s.jobs.failed} background job(s) failed in the last 7 days.`);
  if (s.mail.failing > 0) w.push(`${s.mail.failing} message(s) could not be sent; see the outbox.`);
  for (const m of s.keys.missing) {
    w.push(`${m.values} stored value(s) were encrypted with key ${m.keyId}, which is not configured: those details cannot be read until that key is put back (REFERRAL_ENCRYPTION_KEY or REFERRAL_ENCRYPTION_PREVIOUS_KEYS; docs/operations.md, "Keys").`);
  }
  if (s.schema.applied && s.schema.latestKnown && s.schema.applied !== s.schema.latestKnown) w.push(`The database schema (${s.schema.applied}) is not the code's (${s.schema.latestKnown}): run npm run db:migrate.`);
  return w;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
