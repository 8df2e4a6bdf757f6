// Fills an empty database with the directory's starting content: topics,
// the fictional groups of the directory table (prisma/seed/directory), the
// fact sheets and two staff accounts (the admin also works referrals; the
// editor keeps listings and content). Deterministic apart from the staff
// passwords and the verification dates, which count back from `now` so the
// directory always looks as recently checked as a maintained one.
import crypto from 'node:crypto';
import type { Db } from '../../lib/db-client.ts';
import { TOPICS } from './topics.ts';
import { createGroup, createStaffUser, createTopics } from './factories.ts';
import { DIRECTORY, DIRECTORY_COUNT, groupFromRow } from './directory/index.ts';
import { seedFactSheets } from './fact-sheets.ts';

export { DIRECTORY } from './directory/index.ts';
export const SEED_GROUP_COUNT = DIRECTORY_COUNT;

export type StaffCredentials = { email: string; password: string; role: 'ADMIN' | 'EDITOR' }[];

export function newStaffCredentials(): StaffCredentials {
  const pw = () => crypto.randomBytes(12).toString('base64url');
  return [
    { email: 'admin@example.org', password: pw(), role: 'ADMIN' },
    { email: 'editor@example.org', password: pw(), role: 'EDITOR' },
  ];
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.topic.count()) > 0;
}

export async function seedDatabase(db: Db, staff: StaffCredentials, now = new Date()) {
  await createTopics(db, TOPICS);
  for (const row of DIRECTORY) await createGroup(db, groupFromRow(row, now));
  const sheets = await seedFactSheets(db);
  for (const s of staff) {
    const admin = s.role === 'ADMIN';
    await createStaffUser(db, { ...s, name: admin ? 'Directory administrator' : 'Listings editor', referralAccess: admin });
  }
  return { topics: TOPICS.length, groups: DIRECTORY.length, factSheets: sheets, staff: staff.length };
}
