// Fills an empty database with the directory's starting content: topics,
// fictional groups across real Ontario towns, the fact sheets and two staff
// accounts. Deterministic apart from the staff passwords.
import crypto from 'node:crypto';
import type { Db } from '../../lib/db-client.ts';
import { SEED_TOWNS } from '../../lib/geo/towns.ts';
import { TOPICS } from './topics.ts';
import { createGroup, createStaffUser, createTopics } from './factories.ts';
import { generateGroup } from './groups.ts';
import { createRng } from './random.ts';
import { seedFactSheets } from './fact-sheets.ts';

export const SEED_GROUP_COUNT = 190;

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

export async function seedDatabase(db: Db, staff: StaffCredentials, groupCount = SEED_GROUP_COUNT) {
  await createTopics(db, TOPICS);
  const rng = createRng(20261123);
  const slugs = TOPICS.map((t) => t.slug);
  for (let i = 0; i < groupCount; i++) await createGroup(db, generateGroup(rng, i, SEED_TOWNS, slugs));
  const sheets = await seedFactSheets(db);
  for (const s of staff) {
    await createStaffUser(db, { ...s, name: s.role === 'ADMIN' ? 'Directory administrator' : 'Listings editor' });
  }
  return { topics: TOPICS.length, groups: groupCount, factSheets: sheets, staff: staff.length };
}
