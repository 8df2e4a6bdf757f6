// The seed gives a visitor a directory worth exploring: the promised counts,
// every topic, town, recurrence and attendance kind, and staff accounts.
import { verify } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { DIRECTORY, isSeeded, newStaffCredentials, SEED_GROUP_COUNT, seedDatabase, type StaffCredentials } from '../../prisma/seed/index.ts';
import { TOPICS } from '../../prisma/seed/topics.ts';

let creds: StaffCredentials;
beforeAll(async () => {
  creds = newStaffCredentials();
  expect(await isSeeded(db)).toBe(false);
  await seedDatabase(db, creds);
}, 180_000);

describe('seed data', () => {
  it('has at least 150 published groups, and some drafts, pending and archived ones', async () => {
    const counts = await db.group.groupBy({ by: ['status'], _count: true });
    const by = Object.fromEntries(counts.map((c) => [c.status, c._count]));
    expect(by.PUBLISHED).toBeGreaterThanOrEqual(150);
    expect(by.DRAFT).toBeGreaterThan(0);
    expect(by.PENDING_REVIEW).toBeGreaterThan(0);
    expect(by.ARCHIVED).toBeGreaterThan(0);
    // The counts are the directory table's, not numbers copied here.
    expect(await db.group.count()).toBe(SEED_GROUP_COUNT);
    expect(by.PUBLISHED).toBe(DIRECTORY.filter((r) => (r.status ?? 'PUBLISHED') === 'PUBLISHED').length);
    expect(await isSeeded(db)).toBe(true);
  });

  it('covers every topic with published groups', async () => {
    const rows = await rawQuery<{ slug: string; n: bigint }>(`
      SELECT t.slug, COUNT(g.id) AS n FROM "Topic" t
      LEFT JOIN "GroupTopic" gt ON gt."topicId" = t.id
      LEFT JOIN "Group" g ON g.id = gt."groupId" AND g.status = 'PUBLISHED'
      GROUP BY t.slug`);
    expect(rows.length).toBe(TOPICS.length);
    for (const r of rows) expect(Number(r.n), r.slug).toBeGreaterThan(0);
  });

  it('places in-person meetings in at least 12 real towns with coordinates', async () => {
    const rows = await rawQuery<{ town: string }>(`SELECT DISTINCT town FROM "Meeting" WHERE attendance IN ('IN_PERSON','HYBRID') AND latitude IS NOT NULL`);
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it('uses every recurrence and attendance kind, and every-N-weeks', async () => {
    const rec = await rawQuery<{ recurrence: string }>(`SELECT DISTINCT recurrence::text FROM "Meeting"`);
    expect(rec.map((r) => r.recurrence).sort()).toEqual(['BY_ARRANGEMENT', 'MONTHLY_NTH', 'WEEKLY']);
    const att = await rawQuery<{ attendance: string }>(`SELECT DISTINCT attendance::text FROM "Meeting"`);
    expect(att.map((r) => r.attendance).sort()).toEqual(['HYBRID', 'IN_PERSON', 'ONLINE', 'PHONE']);
    expect(await db.meeting.count({ where: { intervalWeeks: { gt: 1 } } })).toBeGreaterThan(0);
    expect(await db.meeting.count({ where: { monthWeek: -1 } })).toBeGreaterThan(0);
  });

  it('loads the seven fact sheets, each with its first revision', async () => {
    const sheets = await db.factSheet.findMany({ select: { slug: true, status: true, _count: { select: { revisions: true } } } });
    expect(sheets.length).toBeGreaterThanOrEqual(7);
    for (const s of sheets) {
      expect(s.status).toBe('PUBLISHED');
      expect(s._count.revisions).toBe(1);
    }
  });

  it('creates an admin and an editor whose passwords verify against argon2id hashes', async () => {
    const users = await db.staffUser.findMany({ orderBy: { role: 'asc' } });
    expect(users.map((u) => u.role)).toEqual(['ADMIN', 'EDITOR']);
    for (const u of users) {
      expect(u.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const c = creds.find((x) => x.email === u.email);
      expect(c).toBeDefined();
      expect(await verify(u.passwordHash, c?.password ?? '')).toBe(true);
    }
  });
});
