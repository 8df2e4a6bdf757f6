// The nightly backup, run by the pg-boss job (lib/jobs/backup-job.ts) on
// whichever app server takes it: claim the night (only one server makes it),
// write the backup into BACKUP_DIR with the keys sealed beside it when
// BACKUP_PASSPHRASE is set, rotate, and record the outcome for the system
// page. A failure is recorded and mailed to every active administrator.
import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { db } from '../db.ts';
import { enqueueMail } from '../mail/outbox-data.ts';
import { appVersion } from './app-version.ts';
import { activeAdminEmails, claimNightlySlot, failRun, finishRun } from './backup-data.ts';
import { backupFileName, writeBackupFile } from './dump.ts';
import { KEY_BUNDLE_EXTENSION, BACKUP_EXTENSION } from './format.ts';
import { sealKeyBundle, type KeySet } from './key-bundle.ts';
import { backupsToDelete, nightlySlot } from './rotation.ts';

export type NightlyOptions = {
  now: Date;
  dir: string;
  pool: pg.Pool;
  timeZone: string;
  /** The configured keys (ids go into the manifest; the keys only into a sealed bundle). */
  keys: KeySet & { ids: string[] };
  passphrase?: string;
  siteName: string;
};

export type NightlyOutcome = { outcome: 'made'; fileName: string; bytes: number; deleted: string[] } | { outcome: 'taken' };

export async function runNightlyBackup(o: NightlyOptions): Promise<NightlyOutcome> {
  const slot = nightlySlot(o.now, o.timeZone);
  const runId = await claimNightlySlot(slot, o.now);
  if (!runId) return { outcome: 'taken' };
  // Times recorded on the same clock as the start (a test's simulated nights).
  const t0 = Date.now();
  const at = () => new Date(o.now.getTime() + Date.now() - t0);
  try {
    const fileName = backupFileName(o.now);
    const file = path.join(o.dir, fileName);
    const client = await o.pool.connect();
    let written;
    try {
      written = await writeBackupFile(client, file, { appVersion: appVersion(), keyIds: o.keys.ids });
    } finally {
      client.release();
    }
    if (o.passphrase) fs.writeFileSync(file.replace(BACKUP_EXTENSION, KEY_BUNDLE_EXTENSION), bundleFor(o.keys, o.passphrase), { mode: 0o600 });
    const rows = Object.values(written.manifest.tables).reduce((a, b) => a + b, 0);
    await finishRun(runId, at(), { fileName, bytes: written.bytes, databaseBytes: written.manifest.databaseBytes ?? 0, rows });
    const deleted = rotate(o.dir, o.timeZone);
    return { outcome: 'made', fileName, bytes: written.bytes, deleted };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await failRun(runId, at(), message);
    await mailAdmins(o.siteName, slot, message);
    throw err;
  }
}

// Sealing costs a deliberate third of a second of scrypt; the same keys and
// passphrase give an equally good bundle every night, so it is sealed once per process.
const sealed = new Map<string, string>();
function bundleFor(keys: KeySet & { ids: string[] }, passphrase: string): string {
  const id = crypto.createHash('sha256').update(`${keys.ids.join(',')}\n${passphrase}`).digest('hex');
  let text = sealed.get(id);
  if (!text) sealed.set(id, (text = sealKeyBundle(keys, passphrase)));
  return text;
}

/** Deletes nightly backups (and their key bundles) the rotation no longer keeps. */
export function rotate(dir: string, timeZone: string): string[] {
  const deleted = backupsToDelete(fs.readdirSync(dir), timeZone);
  for (const name of deleted) {
    fs.rmSync(path.join(dir, name), { force: true });
    fs.rmSync(path.join(dir, name.replace(BACKUP_EXTENSION, KEY_BUNDLE_EXTENSION)), { force: true });
  }
  return deleted;
}

async function mailAdmins(siteName: string, slot: string, error: string) {
  const to = await activeAdminEmails();
  await db.$transaction(async (tx) => {
    for (const address of to) {
      await enqueueMail(tx, {
        to: address,
        kind: 'backup.failed',
        subject: `${siteName}: the nightly backup failed`,
        text:
          `The nightly backup for ${slot} failed:\n\n  ${error}\n\n` +
          'Until a backup succeeds, the directory\'s data exists only on its server. ' +
          'Staff → System shows the latest backup; docs/operations.md ("Backups") says how to make one by hand with npm run backup.\n',
      });
    }
  });
}
