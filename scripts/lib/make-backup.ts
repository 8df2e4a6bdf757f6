// One backup by command (scripts/backup.ts, and the fresh backup restore
// --replace makes first): the file, the key bundle or where the keys are,
// and a line in the backup log for the staff system page.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { appVersion } from '../../lib/backup/app-version.ts';
import { backupFileName, writeBackupFile, type WrittenBackup } from '../../lib/backup/dump.ts';
import { BACKUP_EXTENSION, KEY_BUNDLE_EXTENSION } from '../../lib/backup/format.ts';
import { sealKeyBundle } from '../../lib/backup/key-bundle.ts';
import { locateKeys } from '../../lib/backup/keys.ts';

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

type Options = { dataDir: string; passphrase?: string; log: (s: string) => void; id: string; now?: Date };

export async function makeBackup(url: string, outDir: string, o: Options): Promise<WrittenBackup & { keyBundle: string | null }> {
  const keys = locateKeys(process.env, o.dataDir);
  const started = o.now ?? new Date();
  const file = path.join(outDir, backupFileName(started));
  const client = new pg.Client({ connectionString: url, application_name: 'selfhelp-backup' });
  await client.connect();
  let written: WrittenBackup;
  try {
    written = await writeBackupFile(client, file, { appVersion: appVersion(), keyIds: keys.ids });
    const rows = Object.values(written.manifest.tables).reduce((a, b) => a + b, 0);
    await client.query(
      `INSERT INTO "BackupRun" (id, kind, status, "startedAt", "finishedAt", "fileName", bytes, "databaseBytes", rows) VALUES ($1, 'manual', 'SUCCEEDED', $2, now(), $3, $4, $5, $6)`,
      [`bk_manual_${o.id}`, started, path.basename(file), written.bytes, written.manifest.databaseBytes ?? 0, rows],
    );
  } finally {
    await client.end();
  }
  const m = written.manifest;
  o.log(`Wrote ${file}`);
  o.log(`  ${mb(written.bytes)} compressed (database ${mb(m.databaseBytes ?? 0)}), ${Object.values(m.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(m.tables).length} tables, ${(written.ms / 1000).toFixed(1)} s.`);
  o.log(`  App ${m.appVersion}, schema ${m.migration}, PostgreSQL ${m.postgresVersion}, SHA-256 ${m.checksum.value}.`);
  let keyBundle: string | null = null;
  if (o.passphrase && keys.keys) {
    keyBundle = file.replace(BACKUP_EXTENSION, KEY_BUNDLE_EXTENSION);
    fs.writeFileSync(keyBundle, sealKeyBundle(keys.keys, o.passphrase), { mode: 0o600 });
    o.log(`The encryption keys (${keys.ids.join(', ')}) are sealed with your passphrase in ${keyBundle}. Keep it and the passphrase apart from each other.`);
  } else {
    o.log(`The encryption keys are NOT in the backup. They are in ${keys.where}${keys.ids.length ? ` (key id ${keys.ids.join(', ')})` : ''}.`);
    if (keys.keys) o.log('Keep a copy of them somewhere else than the backups: without them referral details cannot be read. Or set BACKUP_PASSPHRASE to seal them beside each backup.');
  }
  return { ...written, keyBundle };
}
