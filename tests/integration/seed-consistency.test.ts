// The seeded directory tells the truth about itself: every group, read back
// from PostgreSQL as the site reads it, is free of contradictions between
// its name, text, topics, languages and meetings, and its verification
// dates give the staff "overdue" queue some work without drowning it.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { DIRECTORY, newStaffCredentials, seedDatabase } from '../../prisma/seed/index.ts';
import { getDashboardCounts } from '../../lib/staff/dashboard-data.ts';
import { staleBefore } from '../../lib/listings/staff-list-data.ts';
import { contradictionReport, type Listing } from '../support/seed-consistency.ts';

const now = new Date();

beforeAll(async () => {
  await seedDatabase(db, newStaffCredentials(), now);
}, 180_000);

async function seededGroups() {
  const groups = await db.group.findMany({
    orderBy: { sortName: 'asc' },
    select: {
      name: true, summary: true, description: true, languages: true, accessibilityFeatures: true, status: true, lastVerifiedAt: true,
      topics: { select: { topic: { select: { slug: true } } } },
      meetings: {
        orderBy: { position: 'asc' },
        select: {
          attendance: true, recurrence: true, startTime: true, endTime: true, venueName: true, addressLine1: true, addressLine2: true,
          town: true, postalCode: true, latitude: true, longitude: true, onlineUrl: true, onlineOnRequest: true, dialIn: true, dialInOnRequest: true,
        },
      },
    },
  });
  return groups.map(({ topics, ...g }) => ({ ...g, topics: topics.map((t) => t.topic.slug) }));
}

describe('the seeded directory', () => {
  it('holds exactly the rows of the directory table', async () => {
    expect(await db.group.count()).toBe(DIRECTORY.length);
  });

  it('has no group whose name, text, topics, languages or meetings contradict each other', async () => {
    const listings: Listing[] = await seededGroups();
    expect(listings.length).toBe(DIRECTORY.length);
    expect(contradictionReport(listings)).toEqual([]);
  });

  it('was mostly verified within the last year, with a few published listings overdue for staff', async () => {
    const published = (await seededGroups()).filter((g) => g.status === 'PUBLISHED');
    const cutoff = staleBefore(now);
    const overdue = published.filter((g) => g.lastVerifiedAt === null || g.lastVerifiedAt <= cutoff);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThanOrEqual(15);
    expect(published.length - overdue.length).toBeGreaterThanOrEqual(0.9 * published.length);
    // Recent checks are spread over the year, not piled on one day.
    const months = new Set(published.flatMap((g) => (g.lastVerifiedAt && g.lastVerifiedAt > cutoff ? [g.lastVerifiedAt.toISOString().slice(0, 7)] : [])));
    expect(months.size).toBeGreaterThanOrEqual(10);
    // The console's dashboard counts the same overdue listings.
    expect((await getDashboardCounts(now)).staleListings).toBe(overdue.length);
  });
});
