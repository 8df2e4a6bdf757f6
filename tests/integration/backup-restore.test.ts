// Backups and restores (docs/operations.md, "Backups" and "Restoring"): a
// backup of a seeded directory with referrals, wiped and restored, gives
// back every table exactly; an encrypted referral opens with its key and,
// without it, the app names the missing key instead of failing; a damaged,
// cut, altered or too-new backup is refused and nothing is changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { emptyDatabase, fingerprint, tableCount, withEditedManifest, withPg } from '../support/backup-files.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { makeStaff, asSession } from '../support/staff.ts';
import { newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { submitReferral } from '../../lib/referrals/submit.ts';
import { getReferralForStaff } from '../../lib/referrals/data.ts';
import { encryptField, keyId, keyRing } from '../../lib/crypto/aes.ts';
import { writeBackupFile } from '../../lib/backup/dump.ts';
import { openKeyBundle, sealKeyBundle } from '../../lib/backup/key-bundle.ts';
import { restoreBackup, wipeDatabase } from '../../scripts/lib/restore.ts';
import { applyMigrations, readMigrationsList } from '../../scripts/lib/schema-engine.ts';
import { systemStatus } from '../../lib/system/system-data.ts';
import { closeRateLimitPools } from '../../lib/abuse/index.ts';

const appKey = testEncryptionKey();
process.env.REFERRAL_ENCRYPTION_KEY = appKey;
const ownerUrl = process.env.MIGRATION_DATABASE_URL!;
const appRole = inject('dbAppRole');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-backup-test-'));
const limits = { perIp: { name: 'bk-ip', points: 1000, durationSeconds: 60 }, perEmail: { name: 'bk-email', points: 1000, durationSeconds: 60 } };
const lostKey = crypto.randomBytes(32);

async function backupOf(url: string, name: string) {
  return withPg(url, (c) => writeBackupFile(c, path.join(dir, name), { appVersion: '0.1.0', keyIds: [] }));
}

async function refer(clientName: string) {
  const { outcome } = await submitReferral(toFormData(referralFields({ clientName })), { ip: '198.51.100.60', limits });
  if (outcome.kind !== 'sent') throw new Error(`expected a new referral, got ${JSON.stringify(outcome)}`);
  return db.referral.findUniqueOrThrow({ where: { reference: outcome.reference }, select: { id: true } });
}

let good: string;
let ours: { id: string };
let orphan: { id: string };

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials());
  ours = await refer('Alex');
  orphan = await refer('Jordan');
  // A referral sealed under a key this installation no longer has (as after a restore without it).
  const sealed = encryptField('Jordan', { table: 'Referral', column: 'clientNameEnc', rowId: orphan.id }, keyRing(lostKey));
  await rawQuery(`UPDATE "Referral" SET "clientNameEnc" = $1 WHERE id = $2`, sealed, orphan.id);
  good = (await backupOf(ownerUrl, 'good.selfhelp-backup')).file;
}, 120_000);

afterAll(async () => {
  await closeRateLimitPools();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup, wipe, restore', () => {
  it('gives back every table with the same rows and the same content', async () => {
    const before = await fingerprint(ownerUrl);
    expect(before.Group!.rows).toBeGreaterThan(100);
    expect(before.Referral!.rows).toBe(2);
    await wipeDatabase(ownerUrl);
    expect(await tableCount(ownerUrl)).toBe(0);
    const report = await restoreBackup(good, ownerUrl, { appRole });
    expect(await fingerprint(ownerUrl)).toEqual(before);
    expect(report.rows.Group).toBe(before.Group!.rows);
    expect(report.appliedLater).toEqual([]);
  }, 120_000);

  it('opens a restored referral with its key; without the key the app names the missing key instead of failing', async () => {
    const staff = await makeStaff('EDITOR', { referralAccess: true, totp: true });
    const ctx = { actor: asSession(staff), ip: '198.51.100.61' };
    const opened = await getReferralForStaff(ours.id, ctx);
    expect(opened?.unreadable).toBe(false);
    expect(opened?.client.name).toBe('Alex');
    const locked = await getReferralForStaff(orphan.id, ctx);
    expect(locked?.unreadable).toBe(true);
    expect(locked?.client.name).toBeNull();
    const status = await systemStatus();
    expect(status.keys.missing).toEqual([{ keyId: keyId(lostKey), values: 1 }]);
    expect(status.warnings.join('\n')).toContain(`encrypted with key ${keyId(lostKey)}, which is not configured`);
  });

  it('seals the keys with a passphrase into a bundle that only that passphrase opens', () => {
    const current = Buffer.from(appKey, 'base64');
    const bundle = sealKeyBundle({ current, previous: [lostKey] }, 'a long passphrase for keys');
    expect(bundle).not.toContain(appKey);
    const opened = openKeyBundle(bundle, 'a long passphrase for keys');
    expect(opened.current.equals(current)).toBe(true);
    expect(opened.previous[0]!.equals(lostKey)).toBe(true);
    expect(() => openKeyBundle(bundle, 'another passphrase here')).toThrow(/does not open/);
  });
});

describe('a restore that is refused changes nothing', () => {
  const cases: [string, (out: string) => void, RegExp][] = [
    ['a corrupted file', (out) => {
      const b = fs.readFileSync(good);
      for (let i = 0; i < 64; i++) b.writeUInt8(b.readUInt8(Math.floor(b.length / 2) + i) ^ 0x5a, Math.floor(b.length / 2) + i);
      fs.writeFileSync(out, b);
    }, /corrupt|damaged|checksum/],
    ['a truncated file', (out) => fs.writeFileSync(out, fs.readFileSync(good).subarray(0, Math.floor(fs.statSync(good).size * 0.6))), /incomplete \(truncated\)/],
    ['a wrong checksum', (out) => withEditedManifest(good, out, (m) => ((m.checksum as { value: string }).value = 'a'.repeat(64))), /checksum does not match/],
    ['a backup from a newer schema', (out) => withEditedManifest(good, out, (m) => ((m.migration = '29990101000000_from_the_future'), (m.appVersion = '9.0.0'))), /newer version of the directory \(app 9\.0\.0/],
    ['a file that is not a backup', (out) => fs.writeFileSync(out, 'hello'), /corrupt|not a directory backup|incomplete/],
  ];
  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      const out = path.join(dir, `bad-${what.replace(/\W+/g, '-')}.selfhelp-backup`);
      make(out);
      const target = await emptyDatabase();
      try {
        await expect(restoreBackup(out, target.url)).rejects.toThrow(message);
        expect(await tableCount(target.url)).toBe(0);
      } finally {
        await target.drop();
      }
    });
  }

  it('refuses a database that already holds rows', async () => {
    const before = await fingerprint(ownerUrl);
    await expect(restoreBackup(good, ownerUrl)).rejects.toThrow(/already holds \d+ rows/);
    expect(await fingerprint(ownerUrl)).toEqual(before);
  });
});

describe('a backup from an older schema', () => {
  it('is restored at its own schema, then brought up to date by the pending migrations', async () => {
    const names = readMigrationsList().migrationDirectories.map((d) => d.path);
    const old = await emptyDatabase();
    const target = await emptyDatabase();
    try {
      await applyMigrations(old.url, { upTo: names.length - 1 });
      await withPg(old.url, (c) => c.query(`INSERT INTO "Topic" (id, slug, name, description, keywords, "updatedAt") VALUES ('t1', 'grief', 'Grief', 'Loss', '{loss}', now())`));
      const { file } = await backupOf(old.url, 'older.selfhelp-backup');
      const report = await restoreBackup(file, target.url, { appRole });
      expect(report.manifest.migration).toBe(names.at(-2));
      expect(report.appliedLater).toEqual([names.at(-1)]);
      expect(report.rows.Topic).toBe(1);
      const restored = await withPg(target.url, (c) => c.query(`SELECT slug FROM "Topic"`));
      expect(restored.rows).toEqual([{ slug: 'grief' }]);
    } finally {
      await old.drop();
      await target.drop();
    }
  }, 120_000);
});
