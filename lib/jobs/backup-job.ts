// backup-nightly: daily at 02:30 directory time, when BACKUP_DIR is set
// (lib/backup/nightly.ts). Every app server schedules it; pg-boss queues one
// job a night and the night's claim (BackupRun.slot) makes sure only one
// server ever writes it, even if two jobs ran.
import path from 'node:path';
import type { PgBoss } from 'pg-boss';
import { runNightlyBackup } from '../backup/nightly.ts';
import { encryptionKey } from '../crypto/index.ts';
import { dbPool } from '../db.ts';
import { env } from '../env.ts';
import { DIRECTORY_TIME_ZONE } from '../site.ts';
import { QUEUES } from './queue.ts';

export function configuredKeys() {
  const ring = encryptionKey();
  const current = ring.keys.get(ring.currentId)!;
  const previous = [...ring.keys.entries()].filter(([id]) => id !== ring.currentId).map(([, k]) => k);
  return { current, previous, ids: [ring.currentId, ...ring.keys.keys()].filter((id, i, all) => all.indexOf(id) === i) };
}

export async function backupNow(now: Date) {
  const e = env();
  if (!e.BACKUP_DIR) return null;
  return runNightlyBackup({
    now,
    dir: path.resolve(e.BACKUP_DIR),
    pool: dbPool(),
    timeZone: DIRECTORY_TIME_ZONE,
    keys: configuredKeys(),
    passphrase: e.BACKUP_PASSPHRASE,
    siteName: e.SITE_NAME,
  });
}

export async function configureBackupJob(boss: PgBoss, polling: { pollingIntervalSeconds: number }, clock: () => Date = () => new Date()) {
  await boss.createQueue(QUEUES.backup, { policy: 'singleton', retryLimit: 2, retryDelay: 900, expireInSeconds: 3 * 3600 });
  await boss.work(QUEUES.backup, polling, async () => {
    const r = await backupNow(clock());
    if (r?.outcome === 'made') console.info(`[backup] wrote ${r.fileName} (${r.bytes} bytes); rotation removed ${r.deleted.length} old backup(s)`);
  });
  if (env().BACKUP_DIR) await boss.schedule(QUEUES.backup, '30 2 * * *', null, { tz: DIRECTORY_TIME_ZONE });
  else await boss.unschedule(QUEUES.backup).catch(() => {});
}
