// The commands as an operator types them (docs/operations.md): npm run
// backup on a database of one's own says where the keys are and, with a
// passphrase, seals them beside the backup; npm run restore puts the keys
// back out, refuses a database with data, and with --replace backs it up first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { db } from '../support/db.ts';
import { emptyDatabase, fingerprint, withPg } from '../support/backup-files.ts';
import { testEncryptionKey } from '../support/referral-form.ts';
import { createGroup, buildGroup, createTopics } from '../../prisma/seed/factories.ts';
import { keyId } from '../../lib/crypto/aes.ts';
import { root } from '../../scripts/lib/schema-engine.ts';

const key = testEncryptionKey();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-commands-'));
const passphrase = 'paper notebook in the safe';
const appRole = inject('dbAppRole');

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _a, MIGRATION_DATABASE_URL: _b, BACKUP_DIR: _c, BACKUP_PASSPHRASE: _d, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: root, env: { ...rest, SELFHELP_DATA_DIR: dir, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The app's role on another database of the test server. */
const asApp = (ownerUrl: string) => {
  const u = new URL(ownerUrl);
  u.username = encodeURIComponent(appRole.name);
  u.password = encodeURIComponent(appRole.password);
  return u.toString();
};

let backupFile: string;

beforeAll(async () => {
  await createTopics(db);
  await createGroup(db, buildGroup({ slug: 'harbour-circle', name: 'Harbour Circle' }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run backup', () => {
  it('writes a backup, says where the keys are, and with a passphrase seals them beside it', () => {
    const owner = process.env.MIGRATION_DATABASE_URL!;
    const plain = run('backup', ['--out', path.join(dir, 'plain')], { DATABASE_URL: process.env.DATABASE_URL!, MIGRATION_DATABASE_URL: owner, REFERRAL_ENCRYPTION_KEY: key });
    expect(plain.status).toBe(0);
    expect(plain.out).toContain('The encryption keys are NOT in the backup. They are in the REFERRAL_ENCRYPTION_KEY environment variable');
    expect(plain.out).toContain(keyId(Buffer.from(key, 'base64')));
    const sealed = run('backup', ['--out', path.join(dir, 'sealed')], { DATABASE_URL: process.env.DATABASE_URL!, MIGRATION_DATABASE_URL: owner, REFERRAL_ENCRYPTION_KEY: key, BACKUP_PASSPHRASE: passphrase });
    expect(sealed.status).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'sealed'));
    expect(files.filter((f) => f.endsWith('.keys'))).toHaveLength(1);
    backupFile = path.join(dir, 'sealed', files.find((f) => f.endsWith('.selfhelp-backup'))!);
    expect(fs.readFileSync(backupFile).includes(Buffer.from(key))).toBe(false);
  }, 120_000);
});

describe('npm run restore', () => {
  it('restores into an empty database and writes the keys out with --key-out', async () => {
    const target = await emptyDatabase();
    try {
      const keysOut = path.join(dir, 'restored.env');
      const r = run('restore', [backupFile, '--keys', backupFile.replace('.selfhelp-backup', '.keys'), '--key-out', keysOut], { DATABASE_URL: target.url, BACKUP_PASSPHRASE: passphrase });
      expect(r.out).toMatch(/Restored \d+ rows/);
      expect(r.status).toBe(0);
      expect(fs.readFileSync(keysOut, 'utf8')).toBe(`REFERRAL_ENCRYPTION_KEY=${key}\n`);
      expect(fs.statSync(keysOut).mode & 0o777).toBe(0o600);
      expect((await fingerprint(target.url)).Group).toEqual((await fingerprint(process.env.MIGRATION_DATABASE_URL!)).Group);
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('refuses a database that holds data, and with --replace backs it up before replacing it', async () => {
    const target = await emptyDatabase();
    try {
      const first = run('restore', [backupFile], { DATABASE_URL: target.url });
      expect(first.status).toBe(0);
      await withPg(target.url, (c) => c.query(`UPDATE "Group" SET name = 'Changed since the backup'`));
      const before = await fingerprint(target.url);
      const refused = run('restore', [backupFile], { DATABASE_URL: target.url });
      expect(refused.out).toContain('already holds a directory');
      expect(refused.status).toBe(1);
      expect(await fingerprint(target.url)).toEqual(before);
      const safety = path.join(dir, 'safety');
      const replaced = run('restore', [backupFile, '--replace'], { DATABASE_URL: asApp(target.url), MIGRATION_DATABASE_URL: target.url, BACKUP_DIR: safety });
      expect(replaced.out).toContain('Backing up what the database holds now');
      expect(replaced.status).toBe(0);
      expect(fs.readdirSync(safety).filter((f) => f.endsWith('.selfhelp-backup'))).toHaveLength(1);
      const names = await withPg(target.url, (c) => c.query<{ name: string }>(`SELECT name FROM "Group"`));
      expect(names.rows.map((r) => r.name)).toEqual(['Harbour Circle']);
    } finally {
      await target.drop();
    }
  }, 180_000);
});
