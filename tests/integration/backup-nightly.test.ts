// The nightly backup (docs/operations.md, "Backups"): of two app servers'
// job workers only one makes a night's backup; over a simulated month the
// rotation keeps 7 daily, 4 weekly and 12 monthly backups (and their key
// bundles) and nothing else of the folder; a failure reaches the
// administrators by mail and the System page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PgBoss } from 'pg-boss';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { testEncryptionKey } from '../support/referral-form.ts';
import { makeStaff } from '../support/staff.ts';
import { backupNow, configureBackupJob, configuredKeys } from '../../lib/jobs/backup-job.ts';
import { QUEUES } from '../../lib/jobs/queue.ts';
import { runNightlyBackup } from '../../lib/backup/nightly.ts';
import { claimNightlySlot } from '../../lib/backup/backup-data.ts';
import { openKeyBundle } from '../../lib/backup/key-bundle.ts';
import { dbPool } from '../../lib/db.ts';
import { DIRECTORY_TIME_ZONE } from '../../lib/site.ts';
import { systemStatus } from '../../lib/system/system-data.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-nightly-'));
const jobDir = path.join(root, 'job');
process.env.BACKUP_DIR = jobDir;
process.env.SELFHELP_DATA_DIR = root;
process.env.BACKUP_PASSPHRASE = 'the passphrase kept in the office safe';
process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

const DAY = 86_400_000;
const ours = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.selfhelp-backup')).sort();
const base = (o: { now: Date; dir: string }) => ({ ...o, pool: dbPool(), timeZone: DIRECTORY_TIME_ZONE, keys: configuredKeys(), passphrase: process.env.BACKUP_PASSPHRASE, siteName: 'Test Directory' });

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the nightly backup', () => {
  it('is made once a night even when two servers\u2019 job workers both run it', async () => {
    const night = new Date('2026-10-15T07:30:00Z');
    const bosses = [0, 1].map(() => new PgBoss({ connectionString: process.env.DATABASE_URL!, migrate: false, schedule: false, supervise: false }));
    try {
      for (const boss of bosses) {
        boss.on('error', () => {});
        await boss.start();
        await configureBackupJob(boss, { pollingIntervalSeconds: 0.5 }, () => night);
      }
      // Each server's scheduler queues the night's job.
      for (const boss of bosses) await boss.send(QUEUES.backup, {});
      await expect
        .poll(async () => (await rawQuery<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, QUEUES.backup))[0]!.n, { timeout: 30_000, interval: 250 })
        .toBe(2);
    } finally {
      for (const boss of bosses) await boss.stop({ graceful: false });
    }
    expect(ours(jobDir)).toEqual(['selfhelp-2026-10-15T073000Z.selfhelp-backup']);
    const runs = await db.backupRun.findMany({ where: { slot: '2026-10-15' } });
    expect(runs.map((r) => r.status)).toEqual(['SUCCEEDED']);
    expect(await db.backupRun.count({ where: { startedAt: night } })).toBe(1);
    // Two at the very same moment: one makes it, the other finds the night taken.
    const both = await Promise.all([backupNow(new Date('2026-10-16T07:30:00Z')), backupNow(new Date('2026-10-16T07:30:00Z'))]);
    expect(both.map((r) => r?.outcome).sort()).toEqual(['made', 'taken']);
  }, 60_000);

  // A claim made while another server's claim of the night is still open
  // waits for that transaction: the night is taken if it commits, free if
  // it is rolled back.
  it('a claim made while another server’s claim of the night is still open waits for it, then finds the night taken or free', async () => {
    const now = new Date('2026-10-20T07:30:00.123Z');
    for (const [slot, end, expected] of [['2026-10-20', 'COMMIT', 'taken'], ['2026-10-21', 'ROLLBACK', 'claimed']] as const) {
      const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query(`INSERT INTO "BackupRun" (id, kind, slot, status, "startedAt") VALUES ($1, 'nightly', $2, 'RUNNING', $3)`, [`bk_other_${slot}`, slot, now]);
        const claim = claimNightlySlot(slot, now);
        // Held up behind the open claim, not answered before it ends.
        await expect
          .poll(async () => (await rawQuery<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "BackupRun"%'`))[0]!.n, { timeout: 10_000, interval: 50 })
          .toBe(1);
        await other.query(end);
        const id = await claim;
        expect(id === null ? 'taken' : 'claimed', `${slot} after ${end}`).toBe(expected);
      } finally {
        await other.end();
      }
    }
    expect((await db.backupRun.findMany({ where: { slot: { in: ['2026-10-20', '2026-10-21'] } }, orderBy: { slot: 'asc' } })).map((r) => [r.slot, r.status])).toEqual([
      ['2026-10-20', 'RUNNING'],
      ['2026-10-21', 'RUNNING'],
    ]);
  });

  // Servers claiming in the same millisecond, a hundred nights over: each
  // night goes to exactly one, and the others are told it is taken, never
  // an error. Ids made from the time collided here within a few nights.
  it('six servers claim the same night at the same millisecond: one claims it, the others find it taken', async () => {
    const start = Date.parse('2027-01-01T07:30:00Z');
    for (let night = 0; night < 100; night++) {
      const now = new Date(start + night * 86_400_000);
      const slot = now.toISOString().slice(0, 10);
      const all = await Promise.allSettled(Array.from({ length: 6 }, () => claimNightlySlot(slot, now)));
      const seen = all.map((r) => (r.status === 'rejected' ? `error: ${String(r.reason).slice(-200)}` : r.value === null ? 'taken' : 'claimed')).sort();
      expect(seen, slot).toEqual(['claimed', 'taken', 'taken', 'taken', 'taken', 'taken']);
    }
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups over a simulated month, and nothing else is touched', async () => {
    const dir = path.join(root, 'month');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'README.txt'), 'copied off-site every Friday');
    const start = Date.parse('2026-11-01T07:30:00Z');
    for (let day = 0; day < 35; day++) {
      const r = await runNightlyBackup(base({ now: new Date(start + day * DAY), dir }));
      expect(r.outcome).toBe('made');
      if (day < 7) expect(ours(dir)).toHaveLength(day + 1);
    }
    // Last run 5 December. Daily: 29 Nov – 5 Dec. Weekly (newest of each ISO week):
    // 5 Dec, 29 Nov, 22 Nov, 15 Nov. Monthly: 5 Dec, 30 Nov.
    const kept = ['2026-11-15', '2026-11-22', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];
    expect(ours(dir)).toEqual(kept.map((d) => `selfhelp-${d}T073000Z.selfhelp-backup`));
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.keys')).sort()).toEqual(kept.map((d) => `selfhelp-${d}T073000Z.keys`));
    expect(fs.readFileSync(path.join(dir, 'README.txt'), 'utf8')).toBe('copied off-site every Friday');
    // The bundle beside a backup opens with the passphrase and holds the configured key.
    const bundle = openKeyBundle(fs.readFileSync(path.join(dir, 'selfhelp-2026-12-05T073000Z.keys'), 'utf8'), process.env.BACKUP_PASSPHRASE!);
    expect(bundle.current.toString('base64')).toBe(process.env.REFERRAL_ENCRYPTION_KEY);
  }, 120_000);

  it('tells the administrators by mail and on the System page when it fails', async () => {
    const admin = await makeStaff('ADMIN');
    const blocked = path.join(root, 'not-a-folder');
    fs.writeFileSync(blocked, 'a file where the backup folder should be');
    await expect(runNightlyBackup(base({ now: new Date('2026-12-06T07:30:00Z'), dir: blocked }))).rejects.toThrow();
    const run = await db.backupRun.findUniqueOrThrow({ where: { slot: '2026-12-06' } });
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/EEXIST|ENOTDIR/);
    const mail = await db.outboxMessage.findMany({ where: { kind: 'backup.failed' } });
    expect(mail.map((m) => m.to)).toContain(admin.email);
    expect(mail[0]!.text).toContain('The nightly backup for 2026-12-06 failed');
    const status = await systemStatus(new Date('2026-12-06T08:00:00Z'));
    expect(status.warnings.join('\n')).toContain('The latest backup failed');
    expect(status.mail.waiting).toBeGreaterThanOrEqual(1);
    expect(status.backups.lastSuccess?.fileName).toBe('selfhelp-2026-12-05T073000Z.selfhelp-backup');
    // A retry the next hour may claim the failed night again, and succeeds.
    const retry = await runNightlyBackup(base({ now: new Date('2026-12-06T08:30:00Z'), dir: path.join(root, 'month') }));
    expect(retry.outcome).toBe('made');
  }, 60_000);
});

describe('the System page figures', () => {
  it('warn when the last backup is more than two days old and when disk space is low, and count waiting and failed jobs', async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, migrate: false, schedule: false, supervise: false });
    boss.on('error', () => {});
    await boss.start();
    try {
      await boss.send(QUEUES.backup, {}, { retryLimit: 0 });
      const [job] = await boss.fetch(QUEUES.backup);
      await boss.fail(QUEUES.backup, job!.id, { message: 'disk full' });
      await boss.send(QUEUES.backup, {});
    } finally {
      await boss.stop({ graceful: false });
    }
    const status = await systemStatus(new Date('2026-12-09T12:00:00Z'), { lowDisk: { bytes: Number.MAX_SAFE_INTEGER, fraction: 1 } });
    const text = status.warnings.join('\n');
    expect(text).toMatch(/The last successful backup is 3 days old \(more than 2\)/);
    expect(text).toMatch(/Data folder is low on disk space/);
    expect(text).toMatch(/Backup folder is low on disk space/);
    expect(status.jobs.queues).toContainEqual({ name: QUEUES.backup, waiting: 1, active: 0, failed: 1 });
    expect(text).toContain('1 background job(s) failed in the last 7 days');
    expect(status.database.bytes).toBeGreaterThan(1_000_000);
    expect(status.schema.applied).toBe(status.schema.latestKnown);
    const calm = await systemStatus(new Date('2026-12-06T12:00:00Z'), { lowDisk: { bytes: 0, fraction: 0 } });
    expect(calm.warnings.join('\n')).not.toMatch(/days old|low on disk|latest backup failed/);
  });
});
